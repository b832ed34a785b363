package content

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// closingWords are words one of which every line holds that the
// plenary-meeting pattern (linePatterns.closing) matches and that opens
// with a digit: "37th plenary meeting", "46e séance plénière", "2nd
// meeting". The other lines it matches open with "الجلسة" or "第".
// TestClosingGuard checks this against the pattern.
var closingWords = [...]string{"meeting", "séance", "sesión", "заседание"}

// sharedClosingFolds holds closingWords ready for containsFoldWord, built
// once and only read afterwards.
var sharedClosingFolds = sync.OnceValue(func() []foldWord {
	out := make([]foldWord, len(closingWords))
	for i, w := range closingWords {
		out[i] = newFoldWord(w)
	}
	return out
})

// mayBeClosing reports whether t may be a plenary-meeting line, so that
// linePatterns.closing, case-insensitive and backtracking, runs only on
// the few lines that can match it: it is false only for lines the pattern
// cannot match (a first byte no match starts with, or a digit without any
// of closingWords, compared as the pattern's (?i) compares: by Unicode
// simple case folding).
func mayBeClosing(t string) bool {
	c := firstByte(t)
	if !mayOpenClosing(c) {
		return false
	}
	if !isDigitByte(c) {
		return true
	}
	for _, w := range sharedClosingFolds() {
		if containsFoldWord(t, w) {
			return true
		}
	}
	return false
}

// foldWord is a word to search for under simple case folding, split at a
// pivot rune: the UTF-8 forms of every rune the pivot folds to ("é", "É";
// "m", "M"), and the parts of the word before and after it. The pivot is
// the word's first rune that never folds to ASCII, rare in most text, else
// its first rune.
type foldWord struct {
	pivots        []string
	before, after string
}

// newFoldWord prepares w, a non-empty word, for containsFoldWord.
func newFoldWord(w string) foldWord {
	at, size := 0, 0
	for i, r := range w {
		if i == 0 {
			size = utf8.RuneLen(r)
		}
		if r >= utf8.RuneSelf && !foldsToASCII(r) {
			at, size = i, utf8.RuneLen(r)
			break
		}
	}
	pivot, _ := utf8.DecodeRuneInString(w[at:])
	fw := foldWord{pivots: []string{string(pivot)}, before: w[:at], after: w[at+size:]}
	for r := unicode.SimpleFold(pivot); r != pivot; r = unicode.SimpleFold(r) {
		fw.pivots = append(fw.pivots, string(r))
	}
	return fw
}

// foldsToASCII reports whether r's simple fold orbit holds an ASCII rune.
func foldsToASCII(r rune) bool {
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		if f < utf8.RuneSelf {
			return true
		}
	}
	return false
}

// containsFold reports whether s holds sub under Unicode simple case
// folding, as a (?i) pattern compares literals: "MEETING" and "Meeting"
// hold "meeting", and "ſ" (long s) stands for "s".
func containsFold(s, sub string) bool {
	if sub == "" {
		return true
	}
	return containsFoldWord(s, newFoldWord(sub))
}

// containsFoldWord is containsFold for a prepared word: each form of its
// pivot is found by a plain (vectorised) search, and only there are the
// parts around it compared rune by rune.
func containsFoldWord(s string, w foldWord) bool {
	for _, f := range w.pivots {
		for i := 0; ; {
			j := strings.Index(s[i:], f)
			if j < 0 {
				break
			}
			at := i + j
			i = at + len(f)
			if hasPrefixFold(s[i:], w.after) && hasSuffixFold(s[:at], w.before) {
				return true
			}
		}
	}
	return false
}

// hasSuffixFold reports whether s ends with suffix under simple case
// folding.
func hasSuffixFold(s, suffix string) bool {
	for suffix != "" {
		p, n := utf8.DecodeLastRuneInString(suffix)
		if s == "" {
			return false
		}
		r, size := utf8.DecodeLastRuneInString(s)
		if !foldEq(r, p) {
			return false
		}
		s, suffix = s[:len(s)-size], suffix[:len(suffix)-n]
	}
	return true
}

// hasPrefixFold reports whether s opens with prefix under simple case
// folding.
func hasPrefixFold(s, prefix string) bool {
	for _, p := range prefix {
		if s == "" {
			return false
		}
		r, size := utf8.DecodeRuneInString(s)
		if !foldEq(r, p) {
			return false
		}
		s = s[size:]
	}
	return true
}

// foldEq reports whether a and b are the same rune under simple case
// folding: b's fold orbit holds a.
func foldEq(a, b rune) bool {
	if a == b {
		return true
	}
	switch {
	case a < utf8.RuneSelf && b < utf8.RuneSelf:
		// Two ASCII runes: equal but for case.
		return a|0x20 == b|0x20 && a|0x20 >= 'a' && a|0x20 <= 'z'
	case a < utf8.RuneSelf || b < utf8.RuneSelf:
		// One ASCII rune: only the orbits of k and s mix ASCII with
		// other runes, the Kelvin sign and the long s
		// (TestFoldOrbitsASCII).
		a, b = min(a, b), max(a, b)
		return a|0x20 == 'k' && b == '\u212a' || a|0x20 == 's' && b == 'ſ'
	}
	for r := unicode.SimpleFold(b); r != b; r = unicode.SimpleFold(r) {
		if r == a {
			return true
		}
	}
	return false
}
