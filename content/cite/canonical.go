package cite

import (
	"strings"
)

// Canonical returns the key under which every spelling of a symbol meets,
// and whether s reads as a UN symbol at all. It is the one normaliser for
// lookups: the library files documents and citations under it, and looks
// up what a user types through it.
//
// A full symbol is written as Scan writes citations ("s/res/2334(2016)" →
// "S/RES/2334 (2016)", "A/RES/56/214 B" → "A/RES/56/214B"); a bare
// resolution number is read as a citation of it would be ("75/1" →
// "A/RES/75/1", "2334 (2016)" → "S/RES/2334 (2016)", "1514 (XV)" →
// "A/RES/1514 (XV)", "2019/19" → "E/RES/2019/19"). The key is upper case
// throughout ("A/65/L.6/ADD.1"), so that case never keeps two spellings
// apart. For a string that is no symbol, ok is false and key is s with its
// spaces folded and upper-cased.
func Canonical(s string) (key string, ok bool) {
	s = normSpaces(s)
	up := strings.ToUpper(s)
	if rest, isDecision := strings.CutPrefix(up, "DECISION "); isDecision {
		if p, ok := parseToken(normToken(rest, "")); ok {
			sym, _, _ := classify(p, true, "")
			return strings.ToUpper(sym), true
		}
		return up, false
	}
	if strings.Contains(up, "/") && up != "" && up[0] >= 'A' && up[0] <= 'Z' {
		first, rest, _ := strings.Cut(s, "/")
		if c, ok := canonicalSymbol(strings.ToUpper(first) + "/" + upperRES(rest)); ok {
			return strings.ToUpper(c), true
		}
	}
	if p, ok := parseToken(normToken(up, "")); ok {
		sym, _, _ := classify(p, false, "")
		return strings.ToUpper(sym), true
	}
	return up, false
}

// upperRES upper-cases the rest of a resolution symbol ("res/2334(2016)"),
// so that its tail reads as one; the components of other symbols keep
// their case for canonicalSymbol ("L.6/Add.1").
func upperRES(rest string) string {
	if up := strings.ToUpper(rest); strings.HasPrefix(up, "RES/") || strings.Contains(up, "/RES/") {
		return up
	}
	return rest
}

// Keys returns the keys a document with the given symbol answers to: its
// Canonical key first, then, for a document holding a range of lettered
// resolutions, the key of each ("A/RES/77/128 A-B" also answers to
// A/RES/77/128, as the UN links 77/128 A, and to A/RES/77/128B). It returns
// nil for a string that is no symbol.
func Keys(symbol string) []string {
	key, ok := Canonical(symbol)
	if !ok {
		return nil
	}
	keys := []string{key}
	base, from, to, ok := letterRange(key)
	if !ok {
		return keys
	}
	for c := from; c <= to; c++ {
		if c == 'A' {
			keys = append(keys, base)
		} else {
			keys = append(keys, base+string(c))
		}
	}
	return keys
}

// letterRange takes apart a key ending in a range of letters after a
// number, "A/RES/77/128A-B": the key without them and the first and last
// letter.
func letterRange(key string) (base string, from, to byte, ok bool) {
	n := len(key)
	if n < 4 || key[n-2] != '-' || !isUpper(key[n-1]) || !isUpper(key[n-3]) || !isDigit(key[n-4]) {
		return "", 0, 0, false
	}
	from, to = key[n-3], key[n-1]
	if from > to {
		return "", 0, 0, false
	}
	return key[:n-3], from, to, true
}

func isUpper(b byte) bool { return b >= 'A' && b <= 'Z' }
