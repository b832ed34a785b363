// Package content turns the text of a United Nations resolution into a typed
// Document: masthead, title, preambular and operative paragraphs with their
// sub-paragraphs, footnotes, annexes and the resolutions and documents it cites.
//
// It does no terminal I/O and imports no Charm package. Parsing never fails on
// odd text: what the parser could not place becomes a Diagnostic on the
// Document. Only unreadable input is an error.
//
// Paragraph ids are stable and follow the way delegates talk: pp1, pp2 … for
// preambular paragraphs, op1, op2 … for operative ones, op2(a)(i) for
// sub-paragraphs, and in a document of several parts the part's label first:
// II.op3, B.pp1. Annex paragraphs are annex.p1, or annexII.p1 when there are
// several annexes.
package content
