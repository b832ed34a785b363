package ui

import (
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"

	"resolute/textfold"
)

// clean makes document text safe to print as a plain string: tabs and line
// breaks become spaces, and every other control (see isControl) is dropped.
func clean(s string) string {
	ok := true
	for _, r := range s {
		if isControl(r) || r == utf8.RuneError {
			ok = false
			break
		}
	}
	if ok {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r == '\t' || r == '\n' || r == '\r':
			b.WriteByte(' ')
		case isControl(r), r == utf8.RuneError:
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// cleanText is clean but keeps line breaks, for multi-line placeholders.
func cleanText(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = clean(l)
	}
	return strings.Join(lines, "\n")
}

// isControl reports whether r is a C0 or C1 control, DEL, or a bidi
// embedding, override or isolate, which could reorder what is around it.
func isControl(r rune) bool {
	return r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) ||
		(r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069)
}

// fold returns the folded form of s, for search (package textfold).
func fold(s string) string { return textfold.String(s) }

// foldedLine is one line of plain text, folded, with the cell column at which
// each byte of the folded text starts.
type foldedLine struct {
	text string
	col  []int // len(text)+1 entries; col[len(text)] is the line's width
}

// foldLine folds the plain text of a line, keeping the cell columns.
func foldLine(plain string) foldedLine {
	b := make([]byte, 0, len(plain))
	cols := make([]int, 0, len(plain)+1)
	c := 0
	for _, r := range plain {
		n := len(b)
		b = textfold.AppendRune(b, r)
		for range len(b) - n {
			cols = append(cols, c)
		}
		c += runeCells(r)
	}
	cols = append(cols, c)
	return foldedLine{text: string(b), col: cols}
}

// runeCells is the number of terminal cells r takes.
func runeCells(r rune) int {
	if r < utf8.RuneSelf {
		return 1
	}
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], r)
	return ansi.StringWidth(string(buf[:n]))
}

// cellRange is a half-open range of cell columns on a line.
type cellRange struct {
	start, end int
	kind       int // hlSearch, hlCurrent or hlCite
}

// The kinds of highlight, in increasing priority.
const (
	hlCite = iota
	hlSearch
	hlCurrent
)

// occurrences returns the cell ranges of every non-overlapping occurrence of
// the folded needle in the folded line.
func occurrences(fl foldedLine, needle string) []cellRange {
	if needle == "" {
		return nil
	}
	var out []cellRange
	for from := 0; from < len(fl.text); {
		i := strings.Index(fl.text[from:], needle)
		if i < 0 {
			break
		}
		s, e := from+i, from+i+len(needle)
		if fl.col[e] > fl.col[s] {
			out = append(out, cellRange{start: fl.col[s], end: fl.col[e]})
		}
		from = e
	}
	return out
}

// wrapPlain wraps plain text to width cells, for a placeholder.
func wrapPlain(s string, width int) []string {
	if width < 1 {
		width = 1
	}
	return strings.Split(ansi.Wrap(cleanText(s), width, ""), "\n")
}

// fit truncates or pads a styled line to exactly width cells.
func fit(s string, width int) string {
	if width <= 0 {
		return ""
	}
	w := ansi.StringWidth(s)
	if w > width {
		s = ansi.Truncate(s, width, "")
		w = ansi.StringWidth(s)
	}
	if w < width {
		s += strings.Repeat(" ", width-w)
	}
	return s
}

// alignRight right-aligns a styled line in width cells: trailing blanks are
// dropped and the line is padded on the left. The text keeps its logical
// order; the terminal's bidi handling, if any, does the rest.
func alignRight(s string, width int) string {
	plain := ansi.Strip(s)
	w := ansi.StringWidth(strings.TrimRight(plain, " "))
	if w > width {
		return ansi.Truncate(s, width, "")
	}
	return strings.Repeat(" ", width-w) + ansi.Truncate(s, w, "")
}
