// Package reshape answers questions about the shape of a regular
// expression, for tests that check a fast path against the pattern it
// guards: which characters a match can start with, whether it can be empty.
package reshape

import (
	"regexp/syntax"
	"unicode"
)

// MatchesRune reports whether re can match a text holding r, looking at its
// literals and character classes (any-character matches everything).
func MatchesRune(re *syntax.Regexp, r rune) bool {
	switch re.Op {
	case syntax.OpLiteral:
		for _, c := range re.Rune {
			if c == r || re.Flags&syntax.FoldCase != 0 && unicode.SimpleFold(c) == r {
				return true
			}
		}
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			if re.Rune[i] <= r && r <= re.Rune[i+1] {
				return true
			}
		}
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return true
	}
	for _, sub := range re.Sub {
		if MatchesRune(sub, r) {
			return true
		}
	}
	return false
}

// Nullable reports whether re can match the empty text.
func Nullable(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpLiteral, syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return false
	case syntax.OpCapture, syntax.OpPlus:
		return Nullable(re.Sub[0])
	case syntax.OpRepeat:
		return re.Min == 0 || Nullable(re.Sub[0])
	case syntax.OpConcat:
		for _, s := range re.Sub {
			if !Nullable(s) {
				return false
			}
		}
		return true
	case syntax.OpAlternate:
		for _, s := range re.Sub {
			if Nullable(s) {
				return true
			}
		}
		return false
	}
	return true // empty match, assertions, star, quest
}

// StartsWell reports whether every character re's matches can start with
// satisfies ok (characters are checked range by range, by their ends and
// by ok being a union of whole ranges: digits, 'S', 'E', non-ASCII).
func StartsWell(re *syntax.Regexp, ok func(rune) bool) bool {
	return everyFirst(re, func(re *syntax.Regexp) bool {
		switch re.Op {
		case syntax.OpLiteral:
			c := re.Rune[0]
			return ok(c) && (re.Flags&syntax.FoldCase == 0 || ok(unicode.SimpleFold(c)))
		case syntax.OpCharClass:
			for i := 0; i+1 < len(re.Rune); i += 2 {
				lo, hi := re.Rune[i], re.Rune[i+1]
				if hi >= 0x80 {
					lo = max(lo, 0x80)
					if !ok(lo) {
						return false
					}
					if re.Rune[i] >= 0x80 {
						continue
					}
					hi = 0x7f
					lo = re.Rune[i]
				}
				for r := lo; r <= hi; r++ {
					if !ok(r) {
						return false
					}
				}
			}
			return true
		}
		return false // any character
	})
}

// FirstBytesOK reports whether every match of re starts with a character
// whose first UTF-8 byte b satisfies ok.
func FirstBytesOK(re *syntax.Regexp, ok func(b byte) bool) bool {
	runeOK := func(r rune) bool { return ok(string(r)[0]) }
	return everyFirst(re, func(re *syntax.Regexp) bool {
		switch re.Op {
		case syntax.OpLiteral:
			c := re.Rune[0]
			if re.Flags&syntax.FoldCase != 0 {
				for f := unicode.SimpleFold(c); f != c; f = unicode.SimpleFold(f) {
					if !runeOK(f) {
						return false
					}
				}
			}
			return runeOK(c)
		case syntax.OpCharClass:
			for i := 0; i+1 < len(re.Rune); i += 2 {
				for r := re.Rune[i]; r <= min(re.Rune[i+1], 0x7f); r++ {
					if !runeOK(r) {
						return false
					}
				}
				if re.Rune[i+1] >= 0x80 && !ok(0x80) && !ok(0xc2) {
					return false
				}
			}
			return true
		}
		return false // any character
	})
}

// everyFirst reports whether first holds for every node a match of re can
// start with: a non-empty literal, a character class or an any-character.
func everyFirst(re *syntax.Regexp, first func(*syntax.Regexp) bool) bool {
	switch re.Op {
	case syntax.OpLiteral:
		return len(re.Rune) == 0 || first(re)
	case syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return first(re)
	case syntax.OpCapture, syntax.OpPlus, syntax.OpStar, syntax.OpQuest, syntax.OpRepeat:
		return everyFirst(re.Sub[0], first)
	case syntax.OpConcat:
		for _, s := range re.Sub {
			if !everyFirst(s, first) {
				return false
			}
			if !Nullable(s) {
				return true
			}
		}
		return true
	case syntax.OpAlternate:
		for _, s := range re.Sub {
			if !everyFirst(s, first) {
				return false
			}
		}
		return true
	}
	return true // assertions and empty matches hold no character
}
