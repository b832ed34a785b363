package render

import (
	"strings"

	"resolute/content"
)

// builder collects blocks in reading order.
type builder struct {
	blocks []Block
	// notes holds each paragraph's footnotes, keyed by paragraph id.
	notes map[string][]content.Footnote
	// placed records the paragraphs whose footnotes were shown.
	placed map[string]bool
	// arabic is set for an Arabic document, whose operative numbers are
	// printed "3 -" instead of "3.".
	arabic bool
	// hang is set for a Chinese document (Block.Hang).
	hang bool
	// m writes the Markdown: glamour's input or printed Markdown.
	m *markup
	// links holds, in print, the links of each block by block id.
	links map[string][]Link
	// depth and quoted are the block's so far: the depth of its deepest
	// item, whether it has footnotes (Block.depth, Block.quoted).
	depth  int
	quoted bool
	// jobs are the paragraphs whose blocks are still to write (glamour's
	// input only; runJobs).
	jobs []paragraphJob
	// upright is set for a script without italics (Block.Upright).
	upright bool
}

func (b *builder) add(kind BlockKind, id, md, plain string) {
	bl := Block{Kind: kind, ID: id, Markdown: md, Plain: plain, Hang: b.hang, Upright: b.upright, depth: b.depth, quoted: b.quoted}
	if b.m.hints != nil {
		bl.glueRun = b.m.hints.takeGlueRun()
	}
	b.depth, b.quoted = 0, false
	if md == "" {
		return
	}
	b.blocks = append(b.blocks, bl)
}

// note adds the note that says the document holds no text, or that it is
// not laid out as a resolution and is shown as plain paragraphs.
func (b *builder) note(d *content.Document) {
	msg := ""
	switch {
	case d.Empty():
		msg = "the file holds no text."
	case d.PlainNote() != "":
		msg = d.PlainNote() + "."
	default:
		return
	}
	b.add(Note, "note", "> "+b.m.strong("Note:")+" "+b.m.text(msg), "Note: "+msg)
}

func (b *builder) masthead(d *content.Document) {
	m := d.Masthead
	organ := m.Organ
	if organ == "" {
		organ = d.Organ
	}
	var md, plain []string
	first := clean(organ)
	if d.Symbol != "" {
		sym := b.m.strong(d.Symbol)
		if first != "" {
			md = append(md, sym+" · "+b.m.text(first))
		} else {
			md = append(md, sym)
		}
		plain = append(plain, joinNonEmpty(" · ", clean(d.Symbol), first))
	} else if first != "" {
		md = append(md, b.m.line(first))
		plain = append(plain, first)
	}
	for _, l := range []string{
		joinNonEmpty(" · ", m.Distribution, m.IssueDate),
		joinNonEmpty(" · ", m.Session, m.AgendaItem),
		clean(m.AgendaTitle),
	} {
		if l != "" {
			md = append(md, b.m.line(l))
			plain = append(plain, l)
		}
	}
	b.add(Masthead, "masthead", strings.Join(md, hardBreak), strings.Join(plain, "\n"))
}

// headLines returns the adoption, proponent and meeting lines; in print
// the citations of the proponent line ("(A/65/L.6)") are links.
func (b *builder) headLines(head []string) string {
	if !b.m.printed {
		return b.m.lines(head)
	}
	out := make([]string, len(head))
	for i, l := range head {
		out[i] = b.m.inline(clean(l), "", b.links["title"], true)
	}
	return strings.Join(out, hardBreak)
}

func (b *builder) title(d *content.Document) {
	m := d.Masthead
	var md, plain []string
	var head []string
	for _, l := range []string{m.Adoption, m.Proponent} {
		if l = clean(l); l != "" {
			head = append(head, l)
		}
	}
	if meet := clean(m.Meeting); meet != "" && !shownElsewhere(d, meet) {
		head = append(head, meet)
	}
	if len(head) > 0 {
		md = append(md, b.headLines(head))
		plain = append(plain, head...)
	}
	title := clean(d.Title)
	if num := clean(d.Number); num != "" {
		title = joinNonEmpty(" ", strings.TrimSuffix(num, ".")+".", title)
	}
	if title != "" {
		md = append(md, b.m.heading(2, title))
		plain = append(plain, title)
	}
	b.add(Title, "title", strings.Join(md, "\n\n"), strings.Join(plain, "\n"))
}

func (b *builder) part(p content.Part) {
	label, heading := clean(p.Label), clean(p.Heading)
	if label != "" || heading != "" {
		h := heading
		if label != "" {
			h = joinNonEmpty(". ", label, heading)
		}
		id := "part:" + label
		if label == "" {
			id = "part:" + heading
		}
		b.add(PartHeading, id, b.m.heading(2, h), h)
	}
	suffix := ""
	if label != "" {
		suffix = ":" + label
	}
	if p.Formula != "" {
		b.add(Formula, "formula"+suffix, b.m.emph(p.Formula), clean(p.Formula))
	}
	for _, para := range p.Preamble {
		b.paragraph(Paragraph, para)
	}
	for _, para := range p.Operative {
		b.paragraph(Paragraph, para)
	}
	if len(p.Closing) > 0 {
		b.add(Closing, "closing"+suffix, b.m.lines(p.Closing), plainLines(p.Closing))
	}
}

func (b *builder) annex(a content.Annex) {
	label, title := clean(a.Label), clean(a.Title)
	var md, plain []string
	if label != "" {
		md = append(md, b.m.heading(2, label))
		plain = append(plain, label)
	}
	if title != "" {
		md = append(md, b.m.heading(3, title))
		plain = append(plain, title)
	}
	b.add(AnnexHeading, a.ID, strings.Join(md, "\n\n"), strings.Join(plain, "\n"))
	for _, p := range a.Paragraphs {
		b.paragraph(AnnexParagraph, p)
	}
}

// leftoverNotes adds a block for the footnotes no paragraph block showed.
func (b *builder) leftoverNotes(d *content.Document) {
	var left []content.Footnote
	for _, f := range d.Footnotes {
		if !b.placed[paragraphID(f.Paragraph)] {
			left = append(left, f)
		}
	}
	md, plain := b.footnotes(left, b.links["footnotes"])
	b.add(Notes, "footnotes", md, plain)
}

// notesByParagraph groups the footnotes by the paragraph carrying their
// marker; a marker in an item counts for the item's paragraph.
func notesByParagraph(d *content.Document) map[string][]content.Footnote {
	m := make(map[string][]content.Footnote)
	for _, f := range d.Footnotes {
		if id := paragraphID(f.Paragraph); id != "" {
			m[id] = append(m[id], f)
		}
	}
	return m
}

// paragraphID returns the id of the paragraph that holds the paragraph or
// item id: "op2(a)(i)" → "op2".
func paragraphID(id string) string {
	if i := strings.IndexByte(id, '('); i >= 0 {
		return id[:i]
	}
	return id
}

func joinNonEmpty(sep string, parts ...string) string {
	var out []string
	for _, p := range parts {
		if p = clean(p); p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, sep)
}

// shownElsewhere reports whether the meeting line is already part of the
// adoption line or of a closing line.
func shownElsewhere(d *content.Document, meeting string) bool {
	if strings.Contains(clean(d.Masthead.Adoption), meeting) {
		return true
	}
	closings := [][]string{d.Closing}
	for _, p := range d.Parts {
		closings = append(closings, p.Closing)
	}
	for _, ls := range closings {
		for _, l := range ls {
			if strings.Contains(clean(l), meeting) {
				return true
			}
		}
	}
	return false
}
