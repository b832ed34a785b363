// Package akn reads the United Nations' own XML for resolutions (Akoma Ntoso
// for the UN, AKN4UN) into the same content.Document the text parser builds:
// masthead, title, parts with their preambular and operative paragraphs and
// sub-paragraphs, annexes, footnotes, the hyperlinked citations and the
// metadata only the XML records (sponsors, vote, subjects).
//
// Input is untrusted: the reader is size- and depth-bounded, refuses entity
// declarations, and every text node goes through input cleaning before it
// reaches the Document.
package akn
