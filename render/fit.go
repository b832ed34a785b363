package render

import (
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"

	"resolute/termsafe"
)

// fit turns glamour output into the reading pane's lines: the break hints
// go (unhint), the padding glamour adds to every line is cut (it is styled
// spaces only), the result goes through termsafe.Filter, lines wider than
// width are broken, blank lines at both ends are dropped and runs of blank
// lines become one.
func fit(s string, width int) string {
	s = unhint.Replace(s)
	var sb strings.Builder
	sb.Grow(len(s) / 2)
	for line := range strings.SplitSeq(s, "\n") {
		sb.WriteString(trimPadding(line))
		sb.WriteByte('\n')
	}
	return clip(termsafe.Filter(sb.String()), width)
}

// fallback shows plain text when glamour fails.
func fallback(plain string, width int) string {
	return clip(ansi.Wordwrap(termsafe.Filter(plain), width, ""), width)
}

// clip breaks every line wider than width, drops blank lines at both ends
// and keeps at most one blank line in a row. Tabs become spaces.
func clip(s string, width int) string {
	if strings.IndexByte(s, '\t') >= 0 {
		// A tab's width depends on the terminal; glamour writes none.
		s = strings.ReplaceAll(s, "\t", " ")
	}
	var sb strings.Builder
	sb.Grow(len(s))
	gap := false
	for line := range strings.SplitSeq(s, "\n") {
		cut, _, cells := scanLine(line)
		if cut == 0 {
			gap = sb.Len() > 0
			continue
		}
		if sb.Len() > 0 {
			sb.WriteByte('\n')
		}
		if gap {
			sb.WriteByte('\n')
			gap = false
		}
		if cells > width && ansi.StringWidth(line) > width {
			line = ansi.Hardwrap(line, width, true)
		}
		sb.WriteString(line)
	}
	return sb.String()
}

// scanLine returns the byte offset just after the last visible character of
// a line that is not a space (0 for a blank line), whether the line holds
// escape sequences, and an upper bound of its width in cells (two for every
// character that may be wide).
func scanLine(line string) (cut int, styled bool, cells int) {
	for i := 0; i < len(line); {
		c := line[i]
		if c == 0x1b {
			styled = true
			i = seqEnd(line, i)
			continue
		}
		if c < utf8.RuneSelf {
			i++
			cells++
			if c != ' ' {
				cut = i
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(line[i:])
		i += size
		cells += 2
		if r != ' ' {
			cut = i
		}
	}
	return cut, styled, cells
}

// trimPadding cuts the trailing spaces of a line with the escape sequences
// around them. Hyperlink (OSC) sequences in the cut part are kept so that a
// link is always closed, and a reset ends a line that had styles.
func trimPadding(line string) string {
	cut, styled, _ := scanLine(line)
	if cut == len(line) || !styled {
		return line[:cut]
	}
	var sb strings.Builder
	sb.Grow(cut + 4)
	sb.WriteString(line[:cut])
	tail := line[cut:]
	for i := 0; i < len(tail); {
		if tail[i] != 0x1b {
			i++
			continue
		}
		j := seqEnd(tail, i)
		if i+1 < len(tail) && tail[i+1] == ']' {
			sb.WriteString(tail[i:j])
		}
		i = j
	}
	if k := strings.LastIndex(line[:cut], "\x1b["); k >= 0 && !isReset(line[k:cut]) {
		sb.WriteString("\x1b[m")
	}
	return sb.String()
}

// seqEnd returns the index just after the escape sequence that starts at
// s[i] (an ESC byte).
func seqEnd(s string, i int) int {
	if i+1 >= len(s) {
		return len(s)
	}
	switch s[i+1] {
	case '[':
		for j := i + 2; j < len(s); j++ {
			if s[j] >= 0x40 && s[j] <= 0x7e {
				return j + 1
			}
		}
		return len(s)
	case ']', 'P', '_', '^', 'X':
		for j := i + 2; j < len(s); j++ {
			if s[j] == 0x07 {
				return j + 1
			}
			if s[j] == 0x1b && j+1 < len(s) && s[j+1] == '\\' {
				return j + 2
			}
		}
		return len(s)
	}
	return i + 2
}

// isReset reports whether s starts with an SGR reset.
func isReset(s string) bool {
	return strings.HasPrefix(s, "\x1b[m") || strings.HasPrefix(s, "\x1b[0m")
}
