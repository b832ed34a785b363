// Package render lays a resolution out as Markdown blocks in reading order
// and renders them for the terminal with glamour, one block at a time, in
// parallel and cached per width and style.
//
// All document text is escaped with termsafe.EscapeMarkdown before it becomes
// Markdown, and everything glamour writes passes through termsafe.Filter, so
// no control sequence from a document reaches the terminal.
package render

import (
	"strings"

	"resolute/content"
)

// BlockKind says what a block shows.
type BlockKind int

// The kinds of block, in the order they usually appear.
const (
	Masthead       BlockKind = iota // symbol, organ, date, session, agenda item
	Title                           // adoption line, proponent line and "65/122. Title"
	Formula                         // "The General Assembly,"
	PartHeading                     // "A", "II. Heading"
	Paragraph                       // a preambular or operative paragraph
	Closing                         // the plenary meeting line and its date
	AnnexHeading                    // "Annex", "Anexo II", with the annex's title
	AnnexParagraph                  // a paragraph of an annex
	Notes                           // footnotes not attached to any paragraph
)

// String returns the kind's name, for tests and debugging.
func (k BlockKind) String() string {
	names := [...]string{"masthead", "title", "formula", "part-heading", "paragraph",
		"closing", "annex-heading", "annex-paragraph", "notes"}
	if k < 0 || int(k) >= len(names) {
		return "unknown"
	}
	return names[k]
}

// Block is one unit of the reading pane.
type Block struct {
	Kind BlockKind
	// ID is the paragraph id for paragraph blocks ("pp3", "op5", "II.op3",
	// "annex.p2"), and a stable id for the others: "masthead", "title",
	// "formula", "part:II", "formula:II", "closing:II", "closing", "annex",
	// "annexII", "footnotes".
	ID string
	// Markdown is the block's Markdown source; all document text in it is
	// escaped with termsafe.EscapeMarkdown.
	Markdown string
	// Plain is the visible text without markup, for search.
	Plain string
	// Links are the citation mentions the block shows, made hyperlinks to
	// the cited documents when rendered in the dark or light style.
	Links []Link
	// Hang is set for the blocks of a Chinese document: a closing mark
	// ("，", "。", "」") that would open a line hangs at the end of the line
	// before, as Chinese typesetting wants (see hangPunctuation).
	Hang bool
	// Upright is set for the blocks of a document in a script without
	// italics (Arabic, Chinese): its emphasis, the lead phrases, is set in
	// bold instead (see styleConfig).
	Upright bool
}

// Blocks lays out the document in reading order: masthead, title, formula,
// each part's heading, formula, preamble, operative paragraphs and closing,
// the closing lines, the annexes, and footnotes that belong to no paragraph.
// A paragraph's footnotes are kept in the paragraph's own block.
func Blocks(d *content.Document) []Block {
	if d == nil {
		return nil
	}
	b := builder{notes: notesByParagraph(d), arabic: strings.EqualFold(d.Language, "ar"), hang: strings.EqualFold(d.Language, "zh")}
	b.upright = b.arabic || b.hang
	b.masthead(d)
	b.title(d)
	// In a document of several resolutions or sections, each part may
	// open with the formula: then it is not shown a first time before them.
	if d.Formula != "" && !(len(d.Parts) > 0 && clean(d.Parts[0].Formula) == clean(d.Formula)) {
		b.add(Formula, "formula", emph(d.Formula), clean(d.Formula))
	}
	for _, p := range d.Parts {
		b.part(p)
	}
	if len(d.Closing) > 0 {
		b.add(Closing, "closing", lines(d.Closing), plainLines(d.Closing))
	}
	for _, a := range d.Annexes {
		b.annex(a)
	}
	b.leftoverNotes(d)
	attachLinks(d, b.blocks)
	return b.blocks
}

// Markdown returns the whole document as Markdown, the blocks joined by blank
// lines.
func Markdown(d *content.Document) string {
	blocks := Blocks(d)
	var sb strings.Builder
	for i, bl := range blocks {
		if i > 0 {
			sb.WriteString("\n\n")
		}
		sb.WriteString(bl.Markdown)
	}
	if sb.Len() > 0 {
		sb.WriteByte('\n')
	}
	return sb.String()
}

// Find returns the index of the block that shows the paragraph or item id
// ("op2(a)(i)" is in the block of "op2"), or -1.
func Find(blocks []Block, id string) int {
	id = paragraphID(id)
	for i, b := range blocks {
		if b.ID == id {
			return i
		}
	}
	return -1
}
