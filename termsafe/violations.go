package termsafe

import (
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// Violations lists, in order, every escape sequence, control character and
// invalid byte in s that [Filter] would remove: anything other than
// printable text, newline, tab, SGR and acceptable OSC 8 hyperlinks. It is a
// test aid: tests of rendered output assert that it returns nothing. It walks
// s independently of Filter, grapheme by grapheme, so each checks the other.
func Violations(s string) []string {
	var found []string
	state := ansi.NormalState
	for len(s) > 0 {
		seq, _, n, next := ansi.DecodeSequence(s, state, nil)
		if n <= 0 || seq == "" {
			n, seq = max(n, 1), s[:max(n, 1)]
		}
		if next != ansi.NormalState {
			// An unterminated sequence runs to the end of s.
			found = append(found, s)
			break
		}
		if bad := violation(seq); bad {
			found = append(found, seq)
		}
		state, s = next, s[n:]
	}
	return found
}

// violation reports whether seq, one sequence or grapheme cluster as
// ansi.DecodeSequence returns it, is not allowed in terminal output.
func violation(seq string) bool {
	switch {
	case seq == "\n" || seq == "\t":
		return false
	case seq[0] == 0x1b:
		return !isSGR(seq) && !isHyperlink(seq)
	case !utf8.ValidString(seq):
		return true
	}
	return strings.ContainsFunc(seq, func(r rune) bool {
		return r < 0x20 || r == 0x7f || unsafeRune(r)
	})
}
