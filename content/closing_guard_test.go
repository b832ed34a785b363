package content

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"resolute/internal/corpus"
)

// closingGuardLines are lines at the edges of the plenary-meeting pattern
// and its guard: every case, long s for s, each language.
var closingGuardLines = []string{
	"37th plenary meeting", "37th PLENARY MEETING", "2nd meeting", "2nd Meeting.", "1382nd meeting",
	"46e séance plénière", "46e SÉANCE PLÉNIÈRE", "46e ſéance plénière", "65.ª sesión plenaria", "65 SESIÓN PLENARIA",
	"1 ſeſión plenaria", "46-е пленарное заседание", "46-е ПЛЕНАРНОЕ ЗАСЕДАНИЕ", "9073-е заседание",
	"الجلسة العامة 46", "الجلسة 9073", "第46次全体会议", "第 9073 次会议",
	"1. Requests the Secretary-General to report;", "12 meetings were held", "3 séances", "7 Meeting",
	"5 meetinG of the plenary", "1 mEEting", "22 Adopted without vote.", "", "1",
}

// TestClosingGuard checks mayBeClosing against the plenary-meeting
// pattern: every line the pattern matches, among the corpus lines and the
// edge lines above, passes the guard.
func TestClosingGuard(t *testing.T) {
	lp := newLinePatterns()
	lines := append([]string(nil), closingGuardLines...)
	files, _ := filepath.Glob(corpus.Path("akn", "*", "*.txt"))
	more, _ := filepath.Glob(corpus.Path("text", "*.txt"))
	for _, f := range append(files, more...) {
		if raw, err := os.ReadFile(f); err == nil {
			lines = append(lines, strings.Split(string(raw), "\n")...)
		}
	}
	matched := 0
	for _, l := range lines {
		for _, s := range []string{strings.TrimSpace(l), stripItalics(strings.TrimSpace(l))} {
			if !lp.closing.MatchString(s) {
				continue
			}
			matched++
			if !mayBeClosing(s) {
				t.Errorf("mayBeClosing(%q) is false, but the closing pattern matches", s)
			}
		}
	}
	if matched < len(closingGuardLines)/2 {
		t.Errorf("only %d lines matched the closing pattern", matched)
	}
	for _, s := range []string{"1. Requests the Secretary-General to report;", "12 items were held", "Adopted at the 2nd meeting"} {
		if mayBeClosing(s) {
			t.Errorf("mayBeClosing(%q) is true", s)
		}
	}
}

// TestContainsFold checks containsFold against a case-insensitive pattern
// of the same word, on the edge lines and on lines made to fold oddly.
func TestContainsFold(t *testing.T) {
	lines := append([]string{"ſéance", "SÉANCE", "séAnce", "seance", "meetinG", "meetin", "ЗАСЕДАНИЕ", "засеДание", "ᲃ", "ſesión", "sesion",
		"MEETING", "me\u0301eting", "xmeetingx", "mmeeting", "ssesión"}, closingGuardLines...)
	words := append(closingWords[:], "k", "ſ", "é", "straße", "KELVIN")
	lines = append(lines, "\u212aelvin", "\u212a", "ſtraße", "STRAßE")
	for _, w := range words {
		re := regexp.MustCompile("(?i)" + regexp.QuoteMeta(w))
		for _, s := range lines {
			if got, want := containsFold(s, w), re.MatchString(s); got != want {
				t.Errorf("containsFold(%q, %q) = %v, want %v", s, w, got, want)
			}
		}
	}
}

// TestFoldOrbitsASCII checks what foldEq assumes: the only runes outside
// ASCII whose simple fold orbit holds an ASCII rune are the Kelvin sign
// (with k, K) and the long s (with s, S).
func TestFoldOrbitsASCII(t *testing.T) {
	for r := rune(0x80); r <= unicode.MaxRune; r++ {
		if unicode.SimpleFold(r) == r {
			continue
		}
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			if f < 0x80 && !(r == '\u212a' && f|0x20 == 'k' || r == 'ſ' && f|0x20 == 's') {
				t.Errorf("%U folds to ASCII %q", r, f)
			}
		}
	}
	for a := rune(0); a < 0x80; a++ {
		for b := rune(0); b < 0x300; b++ {
			want := a == b
			for f := unicode.SimpleFold(b); f != b; f = unicode.SimpleFold(f) {
				want = want || f == a
			}
			if foldEq(a, b) != want || foldEq(b, a) != want {
				t.Errorf("foldEq(%q, %q) = %v, want %v", a, b, foldEq(a, b), want)
			}
		}
	}
}

// TestHasSuperDigit checks hasSuperDigit against a rune-by-rune search on
// the corpus lines and on edge lines.
func TestHasSuperDigit(t *testing.T) {
	lines := []string{"", "¹", "a²", "x³y", "⁰", "⁴⁵", "…⁹", "— ’ “", "\xc2", "\xe2\x81", "\xe2\x81\xb9", "\xc2\xb9", "Â¹", "½"}
	files, _ := filepath.Glob(corpus.Path("akn", "*", "*.txt"))
	more, _ := filepath.Glob(corpus.Path("text", "*.txt"))
	for _, f := range append(files, more...) {
		if raw, err := os.ReadFile(f); err == nil {
			lines = append(lines, strings.Split(string(raw), "\n")...)
		}
	}
	for _, l := range lines {
		if got, want := hasSuperDigit(l), strings.IndexFunc(l, isSuperDigit) >= 0; got != want {
			t.Errorf("hasSuperDigit(%q) = %v, want %v", l, got, want)
		}
	}
}

// TestClosingPattern checks which lines the plenary-meeting pattern takes
// for a resolution's closing line: an ordinal before "plenary meeting",
// in each language, but not a numbered paragraph about plenary meetings
// ("1. Four plenary meetings of the General Assembly shall be held …",
// the annex of A/RES/77/5, was read as a closing line and lost its number).
func TestClosingPattern(t *testing.T) {
	lp := newLinePatterns()
	tests := []struct {
		line string
		want bool
	}{
		{"37th plenary meeting", true},
		{"46e séance plénière", true},
		{"65.ª sesión plenaria", true},
		{"65ª sesión plenaria", true},
		{"46-е пленарное заседание", true},
		{"9073rd meeting", true},
		{"1. Four plenary meetings of the General Assembly shall be held on 8 and 9 December, as follows:", false},
		{"2. Decides to hold two plenary meetings;", false},
		{"3. Se celebrarán dos sesiones plenarias;", false},
		{"4. Quatre séances plénières seront consacrées", false},
	}
	for _, tt := range tests {
		if got := lp.closing.MatchString(tt.line); got != tt.want {
			t.Errorf("closing.MatchString(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}
