package content

import "strings"

// SuperscriptDigits are the superscript forms of 0–9, in order: the
// footnote markers in a paragraph's text.
const SuperscriptDigits = "⁰¹²³⁴⁵⁶⁷⁸⁹"

// Superscript writes a footnote marker the way resolute keeps it in a
// paragraph's text: its digits as superscripts ("12" → "¹²"); any other
// character is kept as it is.
func Superscript(marker string) string {
	digits := []rune(SuperscriptDigits)
	var b strings.Builder
	for _, c := range marker {
		if c >= '0' && c <= '9' {
			b.WriteRune(digits[c-'0'])
		} else {
			b.WriteRune(c)
		}
	}
	return b.String()
}
