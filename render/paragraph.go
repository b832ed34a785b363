package render

import (
	"strings"

	"resolute/content"
	"resolute/termsafe"
)

// paragraph adds the block of a paragraph: its sub-heading, its number, its
// text with the lead phrase in italics, its items indented under their
// printed labels, its tail, and its footnotes quoted below it.
func (b *builder) paragraph(kind BlockKind, p content.Paragraph) {
	var md, plain strings.Builder
	if h := clean(p.Heading); h != "" {
		md.WriteString("### " + text(h) + "\n\n")
		plain.WriteString(h + "\n")
	}
	body := clean(p.Text)
	num := ""
	if p.Number != nil {
		num = clean(*p.Number)
	}
	var line string
	if num != "" {
		n := strings.TrimSuffix(num, ".") + "."
		if b.arabic {
			n = strings.TrimSuffix(num, ".") + " -"
		}
		line = strong(n)
		plain.WriteString(n)
		if body != "" {
			line += nbsp + withLead(p.Lead, body)
			plain.WriteString(" ")
		}
	} else if body != "" {
		line = withLead(p.Lead, body)
	}
	plain.WriteString(body)
	md.WriteString(line)
	if len(p.Items) > 0 {
		if line != "" {
			md.WriteString("\n\n")
		}
		items(&md, &plain, p.Items, 0)
	}
	if tail := clean(p.Tail); tail != "" {
		// After a list (which ends with a line break) a blank line ends it.
		if len(p.Items) == 0 {
			md.WriteString("\n")
		}
		md.WriteString("\n" + lineStart(text(tail)))
		plain.WriteString("\n" + tail)
	}
	if b.placed == nil {
		b.placed = make(map[string]bool)
	}
	if notes := b.notes[p.ID]; len(notes) > 0 && !b.placed[p.ID] {
		b.placed[p.ID] = true
		nmd, nplain := footnotes(notes)
		md.WriteString("\n\n" + nmd)
		plain.WriteString("\n" + nplain)
	}
	b.add(kind, p.ID, strings.TrimSpace(md.String()), strings.TrimSpace(plain.String()))
}

// nbsp joins a number or label to the text after it, so that wrapping never
// leaves it alone at the end of a line (Chinese text has no spaces to break
// at, so without it the whole text would move to the next line).
const nbsp = "\u00a0"

// maxDepth bounds the nesting of items rendered as nested lists; deeper
// items are shown at this depth.
const maxDepth = 6

// items writes sub-paragraphs as a list whose items start with their
// printed labels; the renderer's style hides the bullets.
func items(md, plain *strings.Builder, its []content.Item, depth int) {
	for _, it := range its {
		indent := strings.Repeat("  ", min(depth, maxDepth))
		label, body := clean(it.Label), clean(it.Text)
		md.WriteString(indent + "- ")
		switch {
		case label != "" && body != "":
			md.WriteString(lineStart(text(label)) + nbsp + text(body))
		case label != "":
			md.WriteString(lineStart(text(label)))
		default:
			md.WriteString(lineStart(text(body)))
		}
		md.WriteByte('\n')
		plain.WriteString("\n" + strings.TrimSpace(label+" "+body))
		items(md, plain, it.Items, depth+1)
	}
}

// footnotes returns the footnotes as a quote, one per line, each starting
// with its superscript marker.
func footnotes(notes []content.Footnote) (md, plain string) {
	var m, p []string
	for _, f := range notes {
		mark := superscript(clean(f.Marker))
		body := clean(f.Text)
		if mark == "" && body == "" {
			continue
		}
		line := lineStart(text(mark))
		switch {
		case line == "":
			line = lineStart(text(body))
		case body != "":
			line += nbsp + text(body)
		}
		m = append(m, "> "+line)
		p = append(p, strings.TrimSpace(mark+" "+body))
	}
	return strings.Join(m, hardBreak), strings.Join(p, "\n")
}

// withLead returns the cleaned text, escaped, with its lead phrase in
// italics when the text starts with it (after at most a few words such as
// "Also"). The result may begin a Markdown line.
func withLead(lead, body string) string {
	lead = clean(lead)
	i := -1
	if lead != "" {
		i = strings.Index(body, lead)
	}
	if i < 0 || i > 64 {
		return lineStart(termsafe.EscapeMarkdown(body))
	}
	before, after := body[:i], body[i+len(lead):]
	rest := termsafe.EscapeMarkdown(after)
	if strings.HasPrefix(after, " ") {
		// EscapeMarkdown drops the spaces that start a line.
		rest = " " + rest
	}
	return lineStart(termsafe.EscapeMarkdown(before)) + emph(lead) + rest
}
