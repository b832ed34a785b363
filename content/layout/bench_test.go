package layout

import (
	"os"
	"path/filepath"
	"regexp"
	"regexp/syntax"
	"resolute/internal/corpus"
	"resolute/internal/cpumeter"
	"resolute/internal/reshape"
	"strings"
	"testing"
	"unicode/utf8"
)

// BenchmarkCanonical measures Canonical on the biggest PDF extraction of
// the corpus, A/RES/79/1 (about 200 KB), in bytes per second.
func BenchmarkCanonical(b *testing.B) {
	raw, err := os.ReadFile(corpus.Require(b, "text", "ga-79-1.en.txt"))
	if err != nil {
		b.Fatal(err)
	}
	text := string(raw)
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	cpu := cpumeter.Start()
	for b.Loop() {
		Canonical(text)
	}
	cpu.Report(b, len(text))
}

// maxMatch returns the longest text, in bytes, that re can match, or -1
// when there is no bound.
func maxMatch(re *syntax.Regexp) int {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return 0
	case syntax.OpLiteral:
		n := 0
		for _, r := range re.Rune {
			n += utf8.RuneLen(r)
			if re.Flags&syntax.FoldCase != 0 {
				n += utf8.UTFMax // a folded form may be longer
			}
		}
		return n
	case syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return utf8.UTFMax
	case syntax.OpCapture:
		return maxMatch(re.Sub[0])
	case syntax.OpQuest:
		return maxMatch(re.Sub[0])
	case syntax.OpRepeat:
		n := maxMatch(re.Sub[0])
		if n < 0 || re.Max < 0 {
			return -1
		}
		return n * re.Max
	case syntax.OpConcat:
		n := 0
		for _, s := range re.Sub {
			m := maxMatch(s)
			if m < 0 {
				return -1
			}
			n += m
		}
		return n
	case syntax.OpAlternate:
		n := 0
		for _, s := range re.Sub {
			m := maxMatch(s)
			if m < 0 {
				return -1
			}
			n = max(n, m)
		}
		return n
	}
	return -1 // star, plus
}

// TestShortPatterns checks the length bounds builder.add tests before
// running the anchored patterns (no line longer than the bound can match),
// and that every formula starts as mayOpenFormula expects.
func TestShortPatterns(t *testing.T) {
	re, err := syntax.Parse(formulaRe().String(), syntax.Perl)
	if err != nil {
		t.Fatal(err)
	}
	if !reshape.FirstBytesOK(re, func(b byte) bool { return mayOpenFormula(string(b)) }) {
		t.Errorf("formulaRe() may match a line mayOpenFormula skips")
	}
	if reshape.FirstBytesOK(re, func(b byte) bool { return b == 'T' }) {
		t.Errorf("FirstBytesOK does not see the formulas that do not start with T")
	}
	// builder.add and builder.opens try these only on lines that start so.
	for _, c := range []struct {
		re    *regexp.Regexp
		first func(byte) bool
	}{
		{numberAloneRe(), func(b byte) bool { return b >= '0' && b <= '9' }},
		{numberLeadRe(), func(b byte) bool { return b >= '0' && b <= '9' }},
		{numberLooseRe(), func(b byte) bool { return b >= '0' && b <= '9' }},
		{itemRe(), func(b byte) bool { return b == '(' }},
		{sectionRe(), func(b byte) bool { return b >= 'A' && b <= 'Z' }},
		{annexRe(), func(b byte) bool { return b == 'A' || b >= 0x80 }},
		{closingLineRe(), func(b byte) bool { return b >= '0' && b <= '9' || b >= 0x80 }},
		{sectionTitleRe(), func(b byte) bool { return b >= 'A' && b <= 'Z' }},
		{ruleRe(), func(b byte) bool { return b == '_' }},
		// isFurniture tries them only on lines mayOpenFurniture accepts.
		{jobRe(), func(b byte) bool { return mayOpenFurniture(string(b)) }},
		{jobTokenRe(), func(b byte) bool { return mayOpenFurniture(string(b)) }},
		{barcodeRe(), func(b byte) bool { return mayOpenFurniture(string(b)) }},
	} {
		re, err := syntax.Parse(c.re.String(), syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		if !reshape.FirstBytesOK(re, c.first) {
			t.Errorf("%s may start otherwise than builder.opens expects", c.re)
		}
	}
	for _, c := range []struct {
		re    *regexp.Regexp
		bound int
	}{{numberAloneRe(), maxShort}, {sectionRe(), maxShort}, {annexRe(), maxShort}, {formulaRe(), maxFormula}} {
		s := c.re.String()
		if s[0] != '^' || s[len(s)-1] != '$' {
			t.Errorf("%s is not anchored at both ends", s)
			continue
		}
		re, err := syntax.Parse(s, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		n := maxMatch(re.Simplify())
		t.Logf("%d bytes at most: %s", n, s)
		if n < 0 || n > c.bound {
			t.Errorf("%s matches up to %d bytes, more than the bound %d", s, n, c.bound)
		}
	}
}

// TestPrechecksAgree checks the byte tests that guard patterns against the
// patterns on the corpus lines and on lines made to sit at their edges: a
// line the pattern matches always passes its test.
func TestPrechecksAgree(t *testing.T) {
	lines := []string{"I. Title", "IV. Title", "IVXLIVX. Title", "IVXLIVXL. Title", "A.  Title", "B.Title", "VII.\tT", "X",
		"24-21660 2/4", "3/4 24-21660", "24-21660 (E) *2421660*", "(E) 24-21660", " 24-21660", "*2421660*", "a 1/2",
		"a  b", "a\tb", "a\u00a0b", "a \u00a0b", "a   b   c", "a -b", "-a", " -", "a--b", "___", "_____"}
	files, _ := filepath.Glob(corpus.Path("text", "*.txt"))
	more, _ := filepath.Glob(corpus.Path("akn", "*", "*.txt"))
	for _, f := range append(files, more...) {
		if raw, err := os.ReadFile(f); err == nil {
			lines = append(lines, strings.Split(string(raw), "\n")...)
		}
	}
	for _, l := range lines {
		for _, s := range []string{l, strings.TrimSpace(l), collapse(l)} {
			if sectionTitleRe().MatchString(s) && !mayOpenSectionTitle(s) {
				t.Errorf("mayOpenSectionTitle(%q) is false", s)
			}
			for _, sub := range []string{" ", "  ", "   "} {
				if got, want := containsSpaces(s, sub), strings.Contains(s, sub); got != want {
					t.Errorf("containsSpaces(%q, %q) = %v", s, sub, got)
				}
			}
			if got, want := hasSpacedHyphen(s), strings.Contains(s, " -"); got != want {
				t.Errorf("hasSpacedHyphen(%q) = %v", s, got)
			}
			if got, want := isRule(s), ruleRe().MatchString(s); got != want {
				t.Errorf("isRule(%q) = %v", s, got)
			}
		}
	}
}

// TestContainsSpaces checks containsSpaces finds a run of spaces at every
// place in texts around its window's length.
func TestContainsSpaces(t *testing.T) {
	for n := 0; n <= 3*spaceWindow; n++ {
		s := strings.Repeat("a", n)
		for _, sub := range []string{"  ", "   "} {
			if containsSpaces(s, sub) {
				t.Fatalf("containsSpaces(%q, %q) is true", s, sub)
			}
			for k := 0; k+len(sub) <= n; k++ {
				if x := s[:k] + sub + s[k+len(sub):]; !containsSpaces(x, sub) {
					t.Fatalf("containsSpaces(%q, %q) is false", x, sub)
				}
			}
		}
	}
}

// literalStarts returns texts one of which every match of re starts with,
// or false when re's shape is beyond it: it follows literals, small
// character classes, groups and alternatives from the start of the pattern.
func literalStarts(re *syntax.Regexp) ([]string, bool) {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return nil, false
		}
		return []string{string(re.Rune)}, true
	case syntax.OpCharClass:
		var out []string
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if out = append(out, string(r)); len(out) > 8 {
					return nil, false
				}
			}
		}
		return out, true
	case syntax.OpCapture:
		return literalStarts(re.Sub[0])
	case syntax.OpAlternate:
		var out []string
		for _, s := range re.Sub {
			st, ok := literalStarts(s)
			if !ok {
				return nil, false
			}
			out = append(out, st...)
		}
		return out, true
	case syntax.OpConcat:
		out := []string{""}
		for _, s := range re.Sub {
			if s.Op == syntax.OpBeginText || s.Op == syntax.OpBeginLine {
				continue
			}
			st, ok := literalStarts(s)
			if !ok || reshape.Nullable(s) {
				break // what follows out is not known: out still opens every match
			}
			var next []string
			for _, a := range out {
				for _, b := range st {
					next = append(next, a+b)
				}
			}
			out = next
		}
		return out, true
	}
	return nil, false
}

// TestFormulaStarts checks that every enacting formula formulaRe matches
// starts with one of formulaStarts, which builder.add tests first.
func TestFormulaStarts(t *testing.T) {
	re, err := syntax.Parse(formulaRe().String(), syntax.Perl)
	if err != nil {
		t.Fatal(err)
	}
	starts, ok := literalStarts(re)
	if !ok || len(starts) < len(formulaStarts) {
		t.Fatalf("literalStarts(formulaRe) = %q, %v", starts, ok)
	}
	for _, s := range starts {
		if !startsFormula(s) {
			t.Errorf("a formula may start with %q, which startsFormula refuses", s)
		}
	}
	for _, s := range []string{"The General Assembly,", "L’Assemblée générale,", "大会，", "إن الجمعية العامة،", "Совет Безопасности,"} {
		if !formulaRe().MatchString(s) || !startsFormula(s) {
			t.Errorf("%q is not read as a formula", s)
		}
	}
}
