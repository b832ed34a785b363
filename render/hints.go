package render

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"resolute/linebreak"
)

// glamour wraps text with github.com/charmbracelet/x/ansi, which breaks a
// line at any space, after any hyphen and, in lists and quotes, after any
// of ",.;+|", and nowhere else, cutting a run without spaces (a Chinese
// paragraph) wherever the width runs out. The Markdown given to glamour
// therefore carries hints, so that its lines break where package linebreak
// allows and nowhere else; fit takes them out of glamour's output (unhint).
const (
	// breakHint marks a break opportunity between two characters that have
	// no space between them. ansi's wrapping takes it for a space of no
	// width; it is removed from the output.
	breakHint = "\u2028"
	// keepSpace replaces a space at which a line must not break: ansi does
	// not break at a no-break space. It becomes a space again.
	keepSpace = nbsp
	// glueHint, of no width, follows a place where only the tailorings of
	// package linebreak forbid a break ("2 December 2004"): at a width too
	// narrow for what they keep together, the renderer lets the line break
	// there (relax) rather than cut the text anywhere. It is removed.
	glueHint = "\u2060"
)

// keepers are the stand-ins, from the private use area and one cell wide
// like the characters they stand for, of the characters after which ansi
// breaks a line, where a line must not break after them: "COVID-19",
// "14.5", "1,000", "S/AC.51/2020/6".
var keepers = [...]struct {
	char byte
	keep string
}{
	{'-', "\ue000"}, {',', "\ue001"}, {'.', "\ue002"}, {';', "\ue003"}, {'+', "\ue004"}, {'|', "\ue005"},
}

// plainWords reports whether s is only ASCII words of letters, with single
// spaces between them and commas or full stops before a space or at the
// end: text glamour wraps as linebreak would (a line breaks at every space,
// rule LB18), which needs no hint.
func plainWords(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
		case c == ' ':
			if i == 0 || s[i-1] == ' ' || i+1 == len(s) {
				return false
			}
		case c == ',' || c == '.':
			if i+1 < len(s) && s[i+1] != ' ' {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// cutAt returns s cut at cuts.
func cutAt(s string, cuts []int) []string {
	pieces := make([]string, 0, len(cuts)+1)
	at := 0
	for _, c := range cuts {
		pieces = append(pieces, s[at:c])
		at = c
	}
	return append(pieces, s[at:])
}

// isKeeper reports whether c has a stand-in (keepers).
func isKeeper(c byte) bool {
	switch c {
	case '-', ',', '.', ';', '+', '|':
		return true
	}
	return false
}

// keeper returns the stand-in of c, or "".
func keeper(c byte) string {
	switch c {
	case '-', ',', '.', ';', '+', '|':
		for _, k := range keepers {
			if k.char == c {
				return k.keep
			}
		}
	}
	return ""
}

// unhint turns glamour's output back into the document's characters: the
// hints go, kept spaces and the stand-ins become what they stand for.
var unhint = func() *strings.Replacer {
	pairs := []string{breakHint, "", keepSpace, " ", glueHint, ""}
	for _, k := range keepers {
		pairs = append(pairs, k.keep, string(k.char))
	}
	return strings.NewReplacer(pairs...)
}()

// hinter adds break hints to the text of one document's blocks.
type hinter struct {
	breaker linebreak.Breaker
	// hang is set for Chinese text: a line may also break before a
	// closing mark that follows an ideograph, which hangPunctuation then
	// hangs at the end of the line before.
	hang bool
	// glueRun is the widest run, in cells, that the tailorings keep
	// together in the text hinted since takeGlueRun.
	glueRun    int
	opps, glue []int
}

// takeGlueRun returns glueRun and starts it again.
func (h *hinter) takeGlueRun() int {
	n := h.glueRun
	h.glueRun = 0
	return n
}

// hint returns cleaned text s with break hints, in the pieces cut at cuts
// (ascending offsets into s), and for each cut whether a line may break
// there. A break at a cut gets no hint in the pieces: the caller writes it
// outside the markup it puts at the cut, since goldmark would take the
// hint for white space inside an emphasis. Where only the tailorings of
// package linebreak keep the text together, a glueHint follows.
func (h *hinter) hint(s string, cuts ...int) (pieces []string, breakAt []bool) {
	if plainWords(s) {
		return cutAt(s, cuts), make([]bool, len(cuts))
	}
	h.opps, h.glue = h.breaker.Tailored(h.opps[:0], h.glue[:0], s)
	opps, glue := h.opps, h.glue
	breakAt = make([]bool, len(cuts))
	var sb strings.Builder
	sb.Grow(len(s) + len(s)/8)
	oi, gi, k := 0, 0, 0 // the next opportunity, glued place and cut
	// can reports whether a line may break at s[i], for i at or after
	// the last one asked about.
	can := func(i int) bool {
		for oi < len(opps) && opps[oi] < i {
			oi++
		}
		return oi < len(opps) && opps[oi] == i || h.hang && hangsBefore(s, i)
	}
	// nextEvent returns where the next opportunity, glued place or cut
	// is.
	nextEvent := func() int {
		n := len(s)
		if oi < len(opps) {
			n = opps[oi]
		}
		if gi < len(glue) {
			n = min(n, glue[gi])
		}
		if k < len(cuts) {
			n = min(n, cuts[k])
		}
		return n
	}
	ev := nextEvent()
	runFrom, runGlued := 0, false
	copied := 0 // s[:copied] is written
	for i := 0; i < len(s); i++ {
		c := s[i]
		event := i == ev || h.hang && c >= 0xe0 && hangsBefore(s, i)
		if !event && !(c <= '.' && (c == ' ' || c == ',' || c == '-' || c == '.' || c == '+') || c == ';' || c == '|') {
			continue
		}
		atCut := false
		for k < len(cuts) && cuts[k] == i {
			sb.WriteString(s[copied:i])
			copied = i
			pieces = append(pieces, sb.String())
			sb.Reset()
			breakAt[k] = i > 0 && s[i-1] != ' ' && s[i-1] != '-' && can(i)
			k++
			atCut = true
		}
		if event && i > 0 && !atCut && s[i-1] != ' ' && s[i-1] != '-' && can(i) {
			sb.WriteString(s[copied:i])
			copied = i
			sb.WriteString(breakHint)
			if runGlued {
				h.glueRun = max(h.glueRun, width(s[runFrom:i]))
			}
			runFrom, runGlued = i, false
		}
		if gi < len(glue) && glue[gi] == i {
			gi++
			if i > 0 && !atCut {
				sb.WriteString(s[copied:i])
				copied = i
				sb.WriteString(glueHint)
				runGlued = true
			}
		}
		for oi < len(opps) && opps[oi] <= i {
			oi++
		}
		kept := ""
		switch {
		case c == ' ':
			kept = keepSpace
		case isKeeper(c) && i+1 < len(s) && s[i+1] != ' ':
			kept = keeper(c)
		}
		if kept != "" && !can(i+1) {
			sb.WriteString(s[copied:i])
			sb.WriteString(kept)
			copied = i + 1
		} else if c == ' ' || c == '-' {
			if runGlued {
				h.glueRun = max(h.glueRun, width(s[runFrom:i]))
			}
			runFrom, runGlued = i+1, false
		}
		ev = nextEvent()
	}
	sb.WriteString(s[copied:])
	if runGlued {
		h.glueRun = max(h.glueRun, width(s[runFrom:]))
	}
	pieces = append(pieces, sb.String())
	for ; k < len(cuts); k++ {
		pieces = append(pieces, "")
	}
	return pieces, breakAt
}

// relax returns glamour's input with the text the tailorings keep together
// free to break where UAX #14 allows, for a width at which it would not
// fit on a line.
var relax = strings.NewReplacer(keepSpace+glueHint, " ", glueHint, breakHint)

// width returns the cells s takes, two for each wide character.
func width(s string) int {
	n := 0
	for _, r := range s {
		n++
		if r >= 0x1100 && (r <= 0x115f || r >= 0x2e80 && r <= 0xa4cf || r >= 0xac00 && r <= 0xd7a3 ||
			r >= 0xf900 && r <= 0xfaff || r >= 0xfe30 && r <= 0xfe4f || r >= 0xff00 && r <= 0xff60 ||
			r >= 0xffe0 && r <= 0xffe6 || r >= 0x20000 && r <= 0x3fffd) {
			n++
		}
	}
	return n
}

// hangsBefore reports whether s[i] starts a closing mark that a line may
// open, to be hung at the end of the line before: one mark alone, after
// an ideograph, and before a character that may open a line.
func hangsBefore(s string, i int) bool {
	if i == 0 || i >= len(s) || s[i] < 0x80 {
		return false
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	if !strings.ContainsRune(closingMarks, r) {
		return false
	}
	next, _ := utf8.DecodeRuneInString(s[i+n:])
	prev, _ := utf8.DecodeLastRuneInString(s[:i])
	return !strings.ContainsRune(closingMarks, next) && !strings.ContainsRune(")]}!?:;,.%", next) &&
		unicode.Is(unicode.Han, prev)
}
