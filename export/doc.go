// Package export writes a content.Document out again, as the plain-text
// layout of a UN document: the layout of the corpus's text renderings,
// which the text parser reads back.
package export
