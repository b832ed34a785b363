package content

import (
	"strings"
	"unicode/utf8"
)

// attachFootnotes sets each footnote's Paragraph to the id of the first
// paragraph or item, at or after the previous footnote's, whose text carries
// its marker as a superscript number.
func attachFootnotes(d *Document) {
	var units []Unit // the texts of paragraphs and items, without the notes
	for _, u := range d.Units() {
		if u.Footnote == "" {
			units = append(units, u)
		}
	}
	where := map[string][]int{} // marker → indexes of the units that carry it
	for i, u := range units {
		for _, m := range superscriptRuns(u.Text) {
			if w := where[m]; len(w) == 0 || w[len(w)-1] != i {
				where[m] = append(where[m], i)
			}
		}
	}
	cursor := 0
	for i := range d.Footnotes {
		f := &d.Footnotes[i]
		w := where[f.Marker]
		if len(w) == 0 {
			continue
		}
		pick := w[0]
		for _, k := range w {
			if k >= cursor {
				pick = k
				break
			}
		}
		f.Paragraph = units[pick].ID
		cursor = pick
	}
}

// superscriptRuns returns the footnote markers in s: each run of superscript
// digits, as ASCII digits.
func superscriptRuns(s string) []string {
	var out []string
	for i := 0; i < len(s); {
		k := nextSuperDigit(s, i)
		if k < 0 {
			break
		}
		j := k
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if !isSuperDigit(r) {
				break
			}
			j += size
		}
		out = append(out, superToASCII(s[k:j]))
		i = j
	}
	return out
}

// nextSuperDigit returns the index of the first superscript digit in s at
// or after i, or -1. Every superscript digit starts with byte C2 (¹²³) or
// E2 (the others), which are never inside another character.
func nextSuperDigit(s string, i int) int {
	for ; i < len(s); i++ {
		if c := s[i]; c == 0xC2 || c == 0xE2 {
			if r, _ := utf8.DecodeRuneInString(s[i:]); isSuperDigit(r) {
				return i
			}
		}
	}
	return -1
}

// hasSuperDigit reports whether s holds a superscript digit, as
// nextSuperDigit(s, 0) >= 0 does, by a vectorised search for each of the
// two bytes a superscript digit starts with.
func hasSuperDigit(s string) bool {
	for _, c := range [...]byte{0xC2, 0xE2} {
		for i := 0; ; i++ {
			k := strings.IndexByte(s[i:], c)
			if k < 0 {
				break
			}
			i += k
			if r, _ := utf8.DecodeRuneInString(s[i:]); isSuperDigit(r) {
				return true
			}
		}
	}
	return false
}
