// Package render lays a resolution out as Markdown blocks in reading order
// and renders them for the terminal with glamour, one block at a time, in
// parallel and cached per width and style.
//
// All document text is escaped with termsafe.EscapeMarkdown before it becomes
// glamour's Markdown, and everything glamour writes passes through
// termsafe.Filter, so no control sequence from a document reaches the
// terminal. Lines break where package linebreak allows (UAX #14 with
// tailorings that keep numbers, symbols and dates whole). MarkdownBlocks and
// Markdown write the document as printed Markdown instead.
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
	Note                            // what resolute says about the text: empty, or not a resolution
)

// String returns the kind's name, for tests and debugging.
func (k BlockKind) String() string {
	names := [...]string{"masthead", "title", "formula", "part-heading", "paragraph",
		"closing", "annex-heading", "annex-paragraph", "notes", "note"}
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
	// "annexII", "footnotes", "note".
	ID string
	// Markdown is the block's Markdown source. From Blocks it is glamour's
	// input: all document text in it is escaped with
	// termsafe.EscapeMarkdown and carries break hints (see hints.go), so it
	// is not for printing; from MarkdownBlocks it is printed Markdown.
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

	// glueRun is the widest text, in cells, that the tailorings of package
	// linebreak keep on one line; depth is how deep the block's items go
	// (1 for items, 2 for their items …), quoted whether it has footnotes.
	// They tell at which widths the renderer relaxes the tailorings
	// (relaxAt).
	glueRun, depth int
	quoted         bool

	// Upright is set for the blocks of a document in a script without
	// italics (Arabic, Chinese): its emphasis, the lead phrases, is set in
	// bold instead (see styleConfig).
	Upright bool
}

// relaxAt reports whether, rendered at width, some text the tailorings keep
// together would be wider than its line, so that the block renders with
// them relaxed rather than have glamour cut that text anywhere. The text's
// room mirrors styleConfig: the document margins, the list indents, the
// quote bar, the column glamour keeps free and the room for hanging marks.
func (b Block) relaxAt(width int) bool {
	if b.glueRun == 0 {
		return false
	}
	room, indent := width-1-4, 4
	if width < 40 {
		room, indent = width-1, 2
	}
	if b.Hang {
		room -= hangRoom
	}
	nest := indent * b.depth
	if b.quoted {
		nest = max(nest, 2)
	}
	return b.glueRun > room-nest
}

// Blocks lays out the document in reading order: a note when the text is
// empty or not laid out as a resolution, masthead, title, formula,
// each part's heading, formula, preamble, operative paragraphs and closing,
// the closing lines, the annexes, and footnotes that belong to no paragraph.
// A paragraph's footnotes are kept in the paragraph's own block.
func Blocks(d *content.Document) []Block {
	if d == nil {
		return nil
	}
	zh := strings.EqualFold(d.Language, "zh")
	blocks := build(d, &markup{hints: &hinter{hang: zh}}, nil)
	attachLinks(d, blocks)
	return blocks
}

// MarkdownBlocks lays out the document like Blocks, as printed Markdown for
// --format markdown: each block's Markdown is CommonMark escaped only where
// it would otherwise be read as markup, with the citations the reader links
// as links to their undocs.org addresses, and no break hints.
func MarkdownBlocks(d *content.Document) []Block {
	if d == nil {
		return nil
	}
	blocks := build(d, &markup{printed: true}, nil)
	attachLinks(d, blocks)
	links := make(map[string][]Link, len(blocks))
	for _, bl := range blocks {
		if len(bl.Links) > 0 {
			links[bl.ID] = bl.Links
		}
	}
	blocks = build(d, &markup{printed: true}, links)
	attachLinks(d, blocks)
	return blocks
}

// build lays out the document's blocks with m; links holds the links to
// write into each block's Markdown, by block id.
func build(d *content.Document, m *markup, links map[string][]Link) []Block {
	b := builder{notes: notesByParagraph(d), arabic: strings.EqualFold(d.Language, "ar"),
		hang: strings.EqualFold(d.Language, "zh"), m: m, links: links}
	b.upright = b.arabic || b.hang
	b.note(d)
	b.masthead(d)
	b.title(d)
	// In a document of several resolutions or sections, each part may
	// open with the formula: then it is not shown a first time before them.
	if d.Formula != "" && !(len(d.Parts) > 0 && clean(d.Parts[0].Formula) == clean(d.Formula)) {
		b.add(Formula, "formula", m.emph(d.Formula), clean(d.Formula))
	}
	for _, p := range d.Parts {
		b.part(p)
	}
	if len(d.Closing) > 0 {
		b.add(Closing, "closing", m.lines(d.Closing), plainLines(d.Closing))
	}
	for _, a := range d.Annexes {
		b.annex(a)
	}
	b.leftoverNotes(d)
	b.runJobs()
	return b.blocks
}

// Markdown returns the whole document as printed Markdown (MarkdownBlocks),
// the blocks joined by blank lines.
func Markdown(d *content.Document) string {
	blocks := MarkdownBlocks(d)
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
