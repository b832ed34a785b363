package layout

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// suffixes are word endings that are never words of their own: a line that
// ends in "coopera-" and goes on with "tion" split a word, not a compound.
// UN documents seldom hyphenate words at line ends, so everything else keeps
// its hyphen ("Secretary-General", "decision-making", "human-made").
var suffixes = map[string]bool{
	"tion": true, "tions": true, "sion": true, "sions": true, "ment": true, "ments": true,
	"ness": true, "ity": true, "ities": true, "ance": true, "ances": true, "ence": true,
	"ences": true, "ation": true, "ations": true, "ing": true, "ings": true, "ed": true,
	"ly": true, "ally": true, "ical": true, "ible": true, "able": true, "ive": true,
	"ives": true, "ous": true, "ual": true, "ial": true, "ize": true, "ized": true,
	"ise": true, "ised": true, "ization": true, "isation": true, "ial's": true,
	"cil": true, "tary": true, "ral": true, "nal": true, "ter": true, "ters": true,
	"ber": true, "bers": true, "ty": true, "ties": true, "ture": true, "tures": true,
	"ted": true, "ting": true, "tive": true, "tance": true, "dent": true, "dents": true,
}

// joinLines joins wrapped line b onto a: with a space, or with nothing after
// a hyphen that ends a line, dropping the hyphen only when b's first word is
// a bare suffix.
func joinLines(a, b string) string {
	if a == "" {
		return b
	}
	if b == "" {
		return a
	}
	last, size := utf8.DecodeLastRuneInString(a)
	switch last {
	case '-', '\u2010', '\u2011', '\u00ad':
		before, _ := utf8.DecodeLastRuneInString(a[:len(a)-size])
		if !unicode.IsLetter(before) {
			break
		}
		w := firstWord(b)
		if last == '\u00ad' || (w != "" && suffixes[w] && unicode.IsLower(before)) {
			return a[:len(a)-size] + b
		}
		return a + b
	case '–':
		before, _ := utf8.DecodeLastRuneInString(a[:len(a)-size])
		if unicode.IsDigit(before) {
			return a + b
		}
	case '/':
		if !strings.HasSuffix(a, " /") {
			return a + b
		}
	}
	return a + " " + b
}
