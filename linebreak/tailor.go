package linebreak

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// allowed reports whether the tailorings keep the opportunity at s[p] that
// UAX #14 found (see the package documentation).
func allowed(s string, p int) bool {
	q := p
	for q > 0 && s[q-1] == ' ' {
		q--
	}
	a, _ := utf8.DecodeLastRuneInString(s[:q])
	b, _ := utf8.DecodeRuneInString(s[p:])
	if q == p {
		return !inSymbol(s, p) && !(isDigit(a) && isIdeograph(b) || isIdeograph(a) && isDigit(b))
	}
	if a < 0x80 && b < 0x80 && !isDigit(a) && a != '$' {
		return true // none of the tailorings below
	}
	switch {
	case isDigit(a) && (isDigit(b) || shortParenthesis(s[p:])):
		return false
	case isDigit(a) && (partLetter(s[p:]) || isUnit(word(s[p:]))):
		return false
	case (a == '$' || a >= 0x80 && unicode.Is(unicode.Sc, a)) && isDigit(b):
		return false
	case a >= 0x80 && unicode.Is(unicode.Pi, a) && opensQuote(s[:q]):
		return false // LB15a
	case b >= 0x80 && unicode.Is(unicode.Pf, b) && closesQuote(s[p+utf8.RuneLen(b):]):
		return false // LB15b
	}
	return true
}

// inSymbol reports whether s[p] is inside a run of ASCII letters, digits
// and punctuation that holds a solidus: a symbol or a number such as 59/50.
func inSymbol(s string, p int) bool {
	if p == 0 || p == len(s) || !symbolByte(s[p-1]) || !symbolByte(s[p]) {
		return false
	}
	from, to := p, p
	for from > 0 && symbolByte(s[from-1]) {
		from--
	}
	for to < len(s) && symbolByte(s[to]) {
		to++
	}
	return strings.IndexByte(s[from:to], '/') >= 0
}

// symbolByte reports whether c is printable ASCII other than a space.
func symbolByte(c byte) bool { return c > ' ' && c < 0x7f }

func isDigit(r rune) bool {
	return r >= '0' && r <= '9' || r >= 0x80 && unicode.IsDigit(r)
}

// isIdeograph reports whether r is a Han ideograph or kana.
func isIdeograph(r rune) bool {
	return r >= 0x2e80 && unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana)
}

// shortParenthesis reports whether s starts with a short parenthesis that
// belongs with the number before it: a year, a letter, a numeral
// ("2334 (2016)", "5 (b)", "1514 (XV)", "1874 (S-IV)").
func shortParenthesis(s string) bool {
	if len(s) < 3 || s[0] != '(' {
		return false
	}
	end := strings.IndexByte(s[:min(len(s), 9)], ')')
	return end > 1 && !strings.ContainsAny(s[1:end], " /(")
}

// partLetter reports whether s starts with a single capital letter as a
// word, the letter of a part of a resolution: "76/84 A and B".
func partLetter(s string) bool {
	if len(s) == 0 || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	return len(s) == 1 || !unicode.IsLetter(rune(s[1])) && !isDigit(rune(s[1])) && s[1] < 0x80
}

// word returns the first word of s, without the punctuation after it
// (other than a full stop, which abbreviations keep).
func word(s string) string {
	end := strings.IndexByte(s, ' ')
	if end < 0 {
		end = len(s)
	}
	return strings.TrimRight(s[:end], ",;:)]»”’")
}

// isUnit reports whether w is a unit written after a number.
func isUnit(w string) bool {
	switch w {
	case "%", "‰", "‱", "°", "°C",
		"km", "km2", "km²", "m", "m2", "m²", "m3", "m³", "cm", "mm", "kg", "g", "t", "ha",
		"kW", "kWh", "MW", "GW", "Mt", "Gt",
		"dollars", "dólares", "euros", "francs", "долл.", "долларов", "евро",
		"млн", "млн.", "млрд", "млрд.", "тыс.", "км", "кг", "га", "т":
		return true
	}
	return len(w) > 0 && len(w) <= 4 && allSymbols(w)
}

// allSymbols reports whether w is made only of currency and other symbols
// ("$", "€", "US$" is not).
func allSymbols(w string) bool {
	for _, r := range w {
		if !unicode.In(r, unicode.Sc, unicode.So) {
			return false
		}
	}
	return true
}

// opensQuote reports whether the initial quotation mark that ends s opens
// a quotation: it starts s or follows a space, an opening bracket or
// another quotation mark (Unicode 15.1, LB15a).
func opensQuote(s string) bool {
	r, n := utf8.DecodeLastRuneInString(s)
	if r == utf8.RuneError {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(s[:len(s)-n])
	return len(s) == n || unicode.IsSpace(before) || unicode.In(before, unicode.Ps, unicode.Pi, unicode.Pf) || before == '"' || before == '\''
}

// closesQuote reports whether the text after a final quotation mark lets
// it close a quotation: nothing, a space, or punctuation (Unicode 15.1,
// LB15b), after the footnote markers that may follow it ("»⁴,").
func closesQuote(after string) bool {
	after = strings.TrimLeftFunc(after, func(r rune) bool { return unicode.Is(unicode.No, r) })
	r, _ := utf8.DecodeRuneInString(after)
	return after == "" || unicode.IsSpace(r) || unicode.IsPunct(r)
}
