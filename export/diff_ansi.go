package export

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"

	"resolute/compare"
	"resolute/content/input"
	"resolute/termsafe"
)

// The SGR sequences of the coloured track changes.
const (
	sgrReset    = "\x1b[m"
	sgrDelete   = "\x1b[9;31m" // struck through, red
	sgrInsert   = "\x1b[4;32m" // underlined, green
	sgrMinor    = "\x1b[2m"    // faint
	sgrBold     = "\x1b[1m"
	sgrInserted = "\x1b[32m"
	sgrDeleted  = "\x1b[31m"
	sgrOther    = "\x1b[33m"
)

// DiffANSI returns the comparison as coloured track changes for a
// terminal, wrapped at width columns: deletions struck through in red,
// insertions underlined in green, minor changes (white space, typography,
// footnote markers) faint in their new form; each pair under a bold
// heading, sub-paragraphs indented. Every style is closed at the end of its
// line, so the output pages well (less -R).
func DiffANSI(r *compare.Result, width int) string {
	width = max(width, 20)
	var sb strings.Builder
	for i, l := range SummaryLines(r) {
		style := ""
		if i == 0 {
			style = sgrBold
		}
		wrapSegments(&sb, []segment{{text: l, style: style}}, width, "")
	}
	for _, p := range r.Pairs {
		sb.WriteString("\n")
		indent := strings.Repeat("    ", min(p.Depth, 4))
		sb.WriteString(indent + ansiHeading(p) + "\n")
		segs := ansiWords(p.Words)
		if len(p.Tail) > 0 {
			segs = append(segs, segment{text: "\n"})
			segs = append(segs, ansiWords(p.Tail)...)
		}
		wrapSegments(&sb, segs, width, indent)
	}
	return termsafe.Filter(sb.String())
}

func ansiHeading(p compare.Pair) string {
	h := Heading(p)
	ids, rest, _ := strings.Cut(h, " · ")
	out := sgrBold + ids + sgrReset
	if rest == "" {
		return out
	}
	colour := sgrOther
	switch p.Op {
	case compare.Inserted:
		colour = sgrInserted
	case compare.Deleted:
		colour = sgrDeleted
	case compare.Equal:
		colour = sgrMinor
	}
	return out + " " + colour + "· " + rest + sgrReset
}

// segment is a run of text in one style ("" for none).
type segment struct {
	text, style string
}

func ansiWords(ws []compare.Word) []segment {
	var out []segment
	for _, w := range ws {
		t := input.Clean(w.Text)
		switch {
		case w.Op == compare.WordEqual:
			out = append(out, segment{text: t})
		case w.Minor:
			if w.Op == compare.WordInsert {
				out = append(out, segment{text: t, style: sgrMinor})
			}
		case w.Op == compare.WordDelete:
			out = append(out, pilcrows(t, sgrDelete, false)...)
		default:
			out = append(out, pilcrows(t, sgrInsert, true)...)
		}
	}
	return out
}

// pilcrows returns a changed run as segments, a paragraph break in it shown
// as a pilcrow (followed by the break itself for an insertion).
func pilcrows(t, style string, keepBreak bool) []segment {
	var out []segment
	for i, l := range strings.Split(t, "\n") {
		if i > 0 {
			out = append(out, segment{text: "¶", style: style})
			if keepBreak {
				out = append(out, segment{text: "\n"})
			}
		}
		if l != "" {
			out = append(out, segment{text: l, style: style})
		}
	}
	return out
}

// piece is a unit of wrapping: a word, a run of spaces, an ideograph, or a
// line break.
type piece struct {
	text, style string
	space       bool
	width       int
}

// wrapSegments writes segs to sb as lines of at most width columns, each
// starting with indent: breaking at spaces and between ideographs, cutting a
// word longer than a line, dropping the spaces at a break.
func wrapSegments(sb *strings.Builder, segs []segment, width int, indent string) {
	limit := max(width-len(indent), 10)
	var line []piece
	used := 0
	flush := func() {
		for len(line) > 0 && line[len(line)-1].space {
			line = line[:len(line)-1]
		}
		sb.WriteString(indent)
		style := ""
		for _, p := range line {
			if p.style != style {
				if style != "" {
					sb.WriteString(sgrReset)
				}
				sb.WriteString(p.style)
				style = p.style
			}
			sb.WriteString(p.text)
		}
		if style != "" {
			sb.WriteString(sgrReset)
		}
		sb.WriteString("\n")
		line, used = line[:0], 0
	}
	for _, s := range segs {
		for _, p := range pieces(s) {
			switch {
			case p.text == "\n":
				flush()
				continue
			case p.space && used == 0:
				continue
			case !p.space && used+p.width > limit && used > 0 && !closingMark(p.text):
				flush() // a closing mark hangs at the end of the line instead
			}
			for !p.space && p.width > limit { // a word longer than a line
				head, tail := cutWidth(p.text, limit)
				line = append(line, piece{text: head, style: p.style})
				flush()
				p.text, p.width = tail, ansi.StringWidth(tail)
			}
			line = append(line, p)
			used += p.width
		}
	}
	flush()
}

// pieces cuts a segment into pieces.
func pieces(s segment) []piece {
	var out []piece
	t := s.text
	for len(t) > 0 {
		r, n := utf8.DecodeRuneInString(t)
		end := n
		space := unicode.IsSpace(r) && r != '\n'
		switch {
		case r == '\n':
		case space:
			for end < len(t) {
				r2, m := utf8.DecodeRuneInString(t[end:])
				if r2 == '\n' || !unicode.IsSpace(r2) {
					break
				}
				end += m
			}
		case ansi.StringWidth(string(r)) == 2:
			// an ideograph: a break is allowed after it
		default:
			for end < len(t) {
				r2, m := utf8.DecodeRuneInString(t[end:])
				if unicode.IsSpace(r2) || ansi.StringWidth(string(r2)) == 2 {
					break
				}
				end += m
			}
		}
		text := t[:end]
		if space {
			text = " "
		}
		out = append(out, piece{text: text, style: s.style, space: space, width: ansi.StringWidth(text)})
		t = t[end:]
	}
	return out
}

// cutWidth cuts s after at most w columns (at least one rune).
func cutWidth(s string, w int) (string, string) {
	used := 0
	for i, r := range s {
		rw := ansi.StringWidth(string(r))
		if used+rw > w && i > 0 {
			return s[:i], s[i:]
		}
		used += rw
	}
	return s, ""
}

// closingMark reports whether s is a full-width closing punctuation mark,
// which no line may start with in Chinese.
func closingMark(s string) bool {
	return len(s) == 3 && strings.Contains("，。；：、）》」』！？", s)
}
