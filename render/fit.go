package render

import (
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"

	"resolute/termsafe"
)

// fit turns glamour output into the reading pane's lines: the padding glamour
// adds to every line is cut (it is styled spaces only), the result goes
// through termsafe.Filter, lines wider than width are broken, and blank
// lines at both ends are dropped.
func fit(s string, width int) string {
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
// and keeps at most one blank line in a row.
func clip(s string, width int) string {
	ls := strings.Split(s, "\n")
	out := ls[:0]
	gap := false
	for _, l := range ls {
		if blank(l) {
			gap = len(out) > 0
			continue
		}
		if gap {
			out = append(out, "")
			gap = false
		}
		if ansi.StringWidth(l) > width {
			l = ansi.Hardwrap(l, width, true)
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

// blank reports whether a line shows nothing but spaces.
func blank(line string) bool {
	return strings.TrimSpace(ansi.Strip(line)) == ""
}

// trimPadding cuts the trailing spaces of a line with the escape sequences
// around them. Hyperlink (OSC) sequences in the cut part are kept so that a
// link is always closed, and a reset ends a line that had styles.
func trimPadding(line string) string {
	cut, styled := 0, false
	for i := 0; i < len(line); {
		if line[i] == 0x1b {
			styled = true
			i = seqEnd(line, i)
			continue
		}
		r, size := utf8.DecodeRuneInString(line[i:])
		i += size
		if r != ' ' {
			cut = i
		}
	}
	if cut == len(line) || !styled && cut == 0 {
		return line[:cut]
	}
	var sb strings.Builder
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
	if strings.IndexByte(line[:cut], 0x1b) >= 0 {
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
