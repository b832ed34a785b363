package content

import (
	"os"
	"path/filepath"
	"regexp"
	"regexp/syntax"
	"resolute/internal/corpus"
	"resolute/internal/reshape"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// firstBytes returns every byte a match of re can start with (a superset:
// a character class adds the whole range of its lead bytes).
func firstBytes(re *syntax.Regexp, set *[256]bool) {
	lead := func(r rune) byte {
		var b [utf8.UTFMax]byte
		utf8.EncodeRune(b[:], r)
		return b[0]
	}
	switch re.Op {
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return
		}
		c := re.Rune[0]
		set[lead(c)] = true
		if re.Flags&syntax.FoldCase != 0 {
			for f := unicode.SimpleFold(c); f != c; f = unicode.SimpleFold(f) {
				set[lead(f)] = true
			}
		}
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for b := int(lead(re.Rune[i])); b <= int(lead(re.Rune[i+1])); b++ {
				set[b] = true
			}
		}
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		for b := range set {
			set[b] = true
		}
	case syntax.OpCapture, syntax.OpPlus, syntax.OpStar, syntax.OpQuest, syntax.OpRepeat:
		firstBytes(re.Sub[0], set)
	case syntax.OpConcat:
		for _, s := range re.Sub {
			firstBytes(s, set)
			if !reshape.Nullable(s) {
				return
			}
		}
	case syntax.OpAlternate:
		for _, s := range re.Sub {
			firstBytes(s, set)
		}
	}
}

// maxMatchLen returns the longest text, in bytes, that re can match, or
// -1 when there is no bound.
func maxMatchLen(re *syntax.Regexp) int {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return 0
	case syntax.OpLiteral:
		n := 0
		for _, r := range re.Rune {
			size := utf8.RuneLen(r)
			if re.Flags&syntax.FoldCase != 0 {
				for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
					size = max(size, utf8.RuneLen(f))
				}
			}
			n += size
		}
		return n
	case syntax.OpCharClass:
		if len(re.Rune) == 0 {
			return 0
		}
		return utf8.RuneLen(min(re.Rune[len(re.Rune)-1], unicode.MaxRune)) // the longest is the last
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return utf8.UTFMax
	case syntax.OpCapture, syntax.OpQuest:
		return maxMatchLen(re.Sub[0])
	case syntax.OpRepeat:
		if n := maxMatchLen(re.Sub[0]); n >= 0 && re.Max >= 0 {
			return n * re.Max
		}
	case syntax.OpConcat, syntax.OpAlternate:
		n := 0
		for _, s := range re.Sub {
			m := maxMatchLen(s)
			if m < 0 {
				return -1
			}
			if re.Op == syntax.OpConcat {
				n += m
			} else {
				n = max(n, m)
			}
		}
		return n
	}
	return -1 // star, plus
}

// parseRE parses a compiled pattern's source for the shape checks.
func parseRE(t *testing.T, re *regexp.Regexp) *syntax.Regexp {
	t.Helper()
	s, err := syntax.Parse(re.String(), syntax.Perl)
	if err != nil {
		t.Fatal(err)
	}
	return s.Simplify()
}

// TestClassifyPrechecks checks the byte tests classify and tokenize run
// before the line patterns: every line a pattern matches passes its test.
// The first bytes of each pattern are checked by its shape, the finer tests
// on the corpus lines and on lines made to sit at their edges.
func TestClassifyPrechecks(t *testing.T) {
	lp := newLinePatterns()
	first := func(b byte) string { return string([]byte{b}) }
	for _, c := range []struct {
		re *regexp.Regexp
		ok func(byte) bool
	}{
		{lp.footnote, func(b byte) bool { return mayOpenFootnote(first(b)) }},
		{lp.closing, mayOpenClosing},
		{lp.closingSC, func(b byte) bool { return b == 'A' }},
		{lp.annex, mayOpenAnnex},
		{lp.numberHead, func(b byte) bool { return mayOpenNumber(first(b)) }},
		{lp.number, func(b byte) bool { return mayOpenNumber(first(b)) }},
		{lp.numberAlone, isDigitByte},
		{lp.numberLoose, isDigitByte},
		{lp.itemHead, func(b byte) bool {
			return mayOpenItem(first(b)+"a)") || mayOpenItem(first(b)+"б)") || mayOpenItem(first(b)+") x") ||
				mayOpenItem(string([]byte{b, 0xA3})+" - x") || mayOpenItem(string([]byte{b, 0x8A})+" - x")
		}},
		{lp.sectionText, func(b byte) bool { return mayOpenSectionText(first(b)+".") || mayOpenSectionText(first(b)) }},
	} {
		re := parseRE(t, c.re)
		if reshape.Nullable(re) || !strings.HasPrefix(strings.TrimPrefix(c.re.String(), "(?i)"), "^") {
			t.Errorf("%s is not anchored or may match nothing", c.re)
			continue
		}
		var set [256]bool
		firstBytes(re, &set)
		for b, in := range set {
			if in && !c.ok(byte(b)) {
				t.Errorf("%s may start with byte %#x, which its test skips", c.re, b)
			}
		}
	}
	if n := maxMatchLen(parseRE(t, lp.section)); n < 0 || n > maxSection {
		t.Errorf("section matches up to %d bytes", n)
	}

	lines := []string{"a) x", "ab) x", "abcd) x", "abcde) x", "б) x", "бв) x", "(a) x", "I. x", "IV. x", "IVXLCIV. x",
		"IVXLCIVX. x", "A x", "A、x", "A\tx", "Ab x", "一、x", "حادي عشر", "ثاني عشر.", "XXXVIII.", "IVXLCIV", "a", "б"}
	files, _ := filepath.Glob(corpus.Path("akn", "*", "*.txt"))
	more, _ := filepath.Glob(corpus.Path("text", "*.txt"))
	for _, f := range append(files, more...) {
		if raw, err := os.ReadFile(f); err == nil {
			lines = append(lines, strings.Split(string(raw), "\n")...)
		}
	}
	for _, l := range lines {
		for _, s := range []string{l, strings.TrimSpace(l), strings.Trim(stripItalics(l), "* ")} {
			if lp.itemHead.MatchString(s) && !mayOpenItem(s) {
				t.Errorf("mayOpenItem(%q) is false", s)
			}
			if lp.sectionText.MatchString(s) && !mayOpenSectionText(s) {
				t.Errorf("mayOpenSectionText(%q) is false", s)
			}
			if lp.section.MatchString(s) && len(s) > maxSection {
				t.Errorf("section %q is longer than %d bytes", s, maxSection)
			}
		}
	}
}
