package cite

import (
	"strings"
	"unicode"
)

// Symbol returns the canonical symbol of a resolution, decision or
// document written in any of the usual forms, as Match.Symbol holds it and
// as a reader sees it (Canonical's key is this, upper-cased), and whether s
// was one:
//
//   - a full symbol, in any case and spacing: "S/RES/2334 (2016)",
//     "s/res/2334(2016)", "A/RES/75/1", "a/hrc/res/43/1", "A/65/l.6";
//   - a bare number, read as the scanner reads it after "resolution" with no
//     organ named: "75/1" is A/RES/75/1, "2334 (2016)" S/RES/2334 (2016),
//     "2019/19" E/RES/2019/19, "1514 (XV)" A/RES/1514 (XV), "ES-11/1"
//     A/RES/ES-11/1;
//   - one citation in words, in any of the six languages: "resolution 1631
//     (2005)", "Human Rights Council resolution 43/1" (A/HRC/RES/43/1),
//     "decision 64/555", "第59/50号决议".
//
// The result is what Match.Symbol holds for the same citation, and
// Symbol of a canonical symbol is that symbol. Anything else (two
// citations, a symbol outside the UN's series, a number alone) gives "" and
// false.
func Symbol(s string) (string, bool) {
	t := normSpaces(s)
	if t == "" || len(t) > maxSymbol {
		return "", false
	}
	if c, ok := canonicalWritten(t); ok {
		return c, true
	}
	if isDigit(t[0]) || strings.HasPrefix(t, "S-") || strings.HasPrefix(t, "ES-") {
		return onlyCitation("resolution "+t, "en")
	}
	for _, lang := range scriptLangs(t) {
		if c, ok := onlyCitation(t, lang); ok {
			return c, true
		}
	}
	return "", false
}

// Possible reports whether a canonical resolution symbol can exist: an
// Assembly "A/RES/session/number" of a session from the 31st to the
// current one (before the 31st the Assembly numbered "1514 (XV)"), a Human
// Rights Council session that has been held, a Security Council number in
// the range of its year, an Assembly session in roman numerals up to XXX.
// A date (ISO, or "") adopted on must fall in the session's years. Any
// other symbol is possible.
func Possible(symbol, date string) bool {
	for _, s := range []struct{ prefix, organ string }{{"A/RES/", organGA}, {"A/HRC/RES/", organHRC}, {"S/RES/", organSC}} {
		tail, ok := strings.CutPrefix(symbol, s.prefix)
		if !ok {
			continue
		}
		p, ok := parseToken(normToken(tail, ""))
		if !ok {
			return true
		}
		if sessionNumber(p) > 0 {
			return plausible(s.organ, p, date)
		}
		if isYearNumber(p) {
			return true
		}
		return plausibleShape(p, "")
	}
	return true
}

// canonicalWritten canonicalises t when it is, as a whole, a full symbol in
// one of the UN's series, upper case or not.
func canonicalWritten(t string) (string, bool) {
	slash := strings.IndexByte(t, '/')
	if slash <= 0 || !inSeries(strings.ToUpper(t[:slash])) {
		return "", false
	}
	u := strings.ToUpper(t)
	if !strings.Contains(u, "/RES/") {
		u = symbolCase().Replace(u)
	}
	loc := symbolAnchoredRE().FindStringIndex(u)
	if loc == nil || loc[1] != len(u) {
		return "", false
	}
	return canonicalSymbol(u)
}

// onlyCitation scans text in lang and returns the symbol of its one
// resolution or decision citation.
func onlyCitation(text, lang string) (string, bool) {
	ms := Scan(text, lang, "")
	if len(ms) != 1 || ms[0].Kind == "document" {
		return "", false
	}
	return ms[0].Symbol, true
}

// scriptLangs lists the languages a citation in words may be written in,
// judged by its script.
func scriptLangs(t string) []string {
	for _, r := range t {
		switch {
		case unicode.Is(unicode.Han, r):
			return []string{"zh"}
		case unicode.Is(unicode.Arabic, r):
			return []string{"ar"}
		case unicode.Is(unicode.Cyrillic, r):
			return []string{"ru"}
		}
	}
	return []string{"en", "fr", "es"}
}

// symbolCase restores the mixed case of the parts of a document symbol that
// are not upper case ("Add.1", "Rev.2", "(Part I)"), once the whole symbol
// is upper-cased. It is read-only.
var symbolCase = onceReplacer("/ADD.", "/Add.", "/CORR.", "/Corr.", "/REV.", "/Rev.", "/AMEND.", "/Amend.",
	"/SUMMARY", "/Summary", "/SUB.", "/Sub.", "(VOL.", "(Vol.", "(PART", "(Part",
	" AND ", " and ", "(RESUMPTION", "(Resumption", "(SUPP.", "(Supp.", "(CLOSED)", "(closed)")
