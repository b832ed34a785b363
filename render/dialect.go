package render

import (
	"slices"
	"strings"

	"resolute/termsafe"
)

// markup turns cleaned document text into Markdown, in one of two forms:
//
//   - glamour's input (Blocks: the reader and --format ansi): every character
//     Markdown could read as markup is escaped by termsafe.EscapeMarkdown
//     ('&' as "&amp;", since glamour decodes character references even after
//     a backslash), and the text carries the break hints of hints.go;
//   - printed Markdown (MarkdownBlocks: --format markdown): CommonMark
//     escaped only where a reader would otherwise take text for markup, with
//     the citations as links to their undocs.org addresses.
type markup struct {
	printed bool
	hints   *hinter // glamour's input only
}

// text returns s, cleaned, as Markdown inside a line.
func (m *markup) text(s string) string {
	s = clean(s)
	if m.printed {
		return printEscape(s, 0, len(s))
	}
	pieces, _ := m.hints.hint(s)
	return termsafe.EscapeMarkdown(pieces[0])
}

// line returns s, cleaned, as Markdown that begins a line.
func (m *markup) line(s string) string { return m.lineStart(m.text(s)) }

// lineStart guards escaped text that begins a Markdown line, so that it can
// never open a heading, quote, list, rule or table.
func (m *markup) lineStart(s string) string {
	if m.printed {
		return printLineStart(s)
	}
	return lineStart(s)
}

// emph returns the text in italics.
func (m *markup) emph(s string) string {
	if s = clean(s); s == "" {
		return ""
	}
	return "*" + m.text(s) + "*"
}

// strong returns the text in bold.
func (m *markup) strong(s string) string {
	if s = clean(s); s == "" {
		return ""
	}
	return "**" + m.text(s) + "**"
}

// heading returns an ATX heading of the level showing s.
func (m *markup) heading(level int, s string) string {
	t := m.text(s)
	if m.printed {
		t = guardClosingHashes(t)
	}
	return strings.Repeat("#", level) + " " + t
}

// sep joins a number or label to the text after it: for glamour a no-break
// space, so that wrapping never leaves it alone at the end of a line
// (Chinese text has no spaces to break at, so without it the whole text
// would move to the next line); in print a space.
func (m *markup) sep() string {
	if m.printed {
		return " "
	}
	return nbsp
}

// lines returns the lines as one Markdown paragraph with hard breaks.
func (m *markup) lines(ls []string) string {
	var out []string
	for _, l := range ls {
		if l = clean(l); l != "" {
			out = append(out, m.line(l))
		}
	}
	return strings.Join(out, hardBreak)
}

// inline returns the cleaned body as Markdown, with its lead phrase in
// italics when the text starts with it (after at most a few words such as
// "Also") and, in print, every mention of links as a link; start is set
// when the body begins a Markdown line (or a list item or quote).
func (m *markup) inline(body, lead string, links []Link, start bool) string {
	lead = clean(lead)
	li := -1
	if lead != "" {
		li = strings.Index(body, lead)
	}
	if li > 64 {
		li = -1
	}
	if m.printed {
		if s := printInline(body, li, len(lead), links); start {
			return printLineStart(s)
		} else {
			return s
		}
	}
	if li < 0 {
		pieces, _ := m.hints.hint(body)
		return lineStart(termsafe.EscapeMarkdown(pieces[0]))
	}
	pieces, breakAt := m.hints.hint(body, li, li+len(lead))
	before, mid, after := pieces[0], pieces[1], pieces[2]
	var sb strings.Builder
	if before != "" {
		sb.WriteString(lineStart(termsafe.EscapeMarkdown(before)))
	}
	if breakAt[0] {
		sb.WriteString(breakHint)
	}
	sb.WriteString("*" + termsafe.EscapeMarkdown(mid) + "*")
	if breakAt[1] {
		sb.WriteString(breakHint)
	}
	if strings.HasPrefix(after, " ") {
		// EscapeMarkdown drops the spaces that start a line.
		sb.WriteByte(' ')
	}
	sb.WriteString(termsafe.EscapeMarkdown(after))
	return sb.String()
}

// printInline writes body as printed Markdown: the lead phrase at
// body[li:li+n] (li < 0 for none) in italics, the mentions of links as
// links.
func printInline(body string, li, n int, links []Link) string {
	type span struct {
		start, end int
		url        string // "" for the lead phrase
	}
	var spans []span
	if li >= 0 {
		spans = append(spans, span{li, li + n, ""})
	}
	overlaps := func(a, b int) bool {
		for _, s := range spans {
			if a < s.end && s.start < b {
				return true
			}
		}
		return false
	}
	for _, l := range links {
		if l.Text == "" || l.URL == "" {
			continue
		}
		for from := 0; len(spans) < maxLinks; {
			i := strings.Index(body[from:], l.Text)
			if i < 0 {
				break
			}
			a, b := from+i, from+i+len(l.Text)
			from = b
			if !overlaps(a, b) && wordEdge(body, a) && wordEdge(body, b) {
				spans = append(spans, span{a, b, l.URL})
			}
		}
	}
	slices.SortFunc(spans, func(a, b span) int { return a.start - b.start })
	var sb strings.Builder
	at := 0
	for _, s := range spans {
		sb.WriteString(printEscape(body, at, s.start))
		if s.url == "" {
			sb.WriteString("*" + printEscape(body, s.start, s.end) + "*")
		} else {
			sb.WriteString("[" + linkText(body[s.start:s.end]) + "](" + linkDestination(s.url) + ")")
		}
		at = s.end
	}
	sb.WriteString(printEscape(body, at, len(body)))
	return sb.String()
}

// wordEdge reports whether offset i of s is not inside a word or number,
// so that a mention "59/50" is not linked inside "159/50".
func wordEdge(s string, i int) bool {
	if i == 0 || i == len(s) {
		return true
	}
	alnum := func(c byte) bool { return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' }
	return !alnum(s[i-1]) || !alnum(s[i])
}
