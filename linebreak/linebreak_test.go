package linebreak

import (
	"bufio"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"resolute/internal/corpus"
)

// TestKeepsWhole checks, in real sentences of the six languages, that no
// break falls inside what must stay whole, and that breaks remain where
// they should.
func TestKeepsWhole(t *testing.T) {
	tests := []struct {
		lang, text string
		whole      []string // no break strictly inside these
		breakAfter []string // a break right after each of these
	}{
		{"en", "Recalling its resolution 59/50 of 2 December 2004 and Security Council resolution 2334 (2016), and taking note of document A/RES/75/1,",
			[]string{"59/50", "2 December 2004", "2334 (2016)", "A/RES/75/1,"}, []string{"Recalling ", "its ", "and "}},
		{"en", "COVID-19 and the Secretary-General’s report (A/79/L.2-A/79/L.5), with 1 000 000 people and 5 % of US$ 5 million",
			[]string{"COVID-19", "(A/79/L.2-A/79/L.5),", "1 000 000", "5 %", "US$ 5"}, []string{"Secretary-"}},
		{"en", "the 2013–2014 budget, paragraph 5 (b), resolutions 76/84 A and B, GOV/2005/77-GC(49)/INF/6 and December 2020",
			[]string{"5 (b)", "76/84 A", "GOV/2005/77-GC(49)/INF/6", "December 2020"}, []string{"budget, "}},
		{"fr", "Rappelant sa résolution 59/50 du 2 décembre 2004 et le programme intitulé « Programme commun »⁴ ; décide : 1er janvier 2020, 500 dollars",
			[]string{"2 décembre 2004", "« Programme", "commun »⁴ ;", "décide :", "1er janvier 2020", "500 dollars"}, []string{"Rappelant ", "intitulé "}},
		{"es", "Recordando su resolución 59/50, de 2 de diciembre de 2004, y la del 13–18 de septiembre de 2020",
			[]string{"59/50,", "2 de diciembre de 2004", "13–18 de septiembre de 2020"}, []string{"Recordando ", "resolución "}},
		{"ru", "ссылаясь на свою резолюцию 59/50 от 2 декабря 2004 года и на 5 000 долл. США, выделенных в 2021 году",
			[]string{"59/50", "2 декабря 2004 года", "5 000 долл."}, []string{"ссылаясь ", "свою "}},
		{"ar", "إذ تشير إلى قرارها 59/50 المؤرخ 2 كانون الأول/ديسمبر 2004 وإلى الوثيقة A/RES/75/1",
			[]string{"59/50", "2 كانون الأول/ديسمبر 2004", "A/RES/75/1"}, []string{"تشير "}},
		{"zh", "回顾其关于加强联合国人道主义紧急援助协调的1991年12月19日第46/182号决议和第67/6号决议，以及A/RES/75/1号文件",
			[]string{"1991年12月19日", "第46/182号", "第67/6号", "A/RES/75/1号", "议，"}, []string{"回", "顾", "其", "决议，"}},
	}
	for _, tt := range tests {
		breaks := Breaks(tt.text)
		for _, w := range tt.whole {
			at := strings.Index(tt.text, w)
			if at < 0 {
				t.Fatalf("%s: %q not in the text", tt.lang, w)
			}
			for _, p := range breaks {
				if at < p && p < at+len(w) {
					t.Errorf("%s: a break inside %q: %q / %q", tt.lang, w, tt.text[at:p], tt.text[p:at+len(w)])
				}
			}
		}
		for _, w := range tt.breakAfter {
			at := strings.Index(tt.text, w)
			if at < 0 {
				t.Fatalf("%s: %q not in the text", tt.lang, w)
			}
			if !slices.Contains(breaks, at+len(w)) {
				t.Errorf("%s: no break after %q", tt.lang, w)
			}
		}
	}
}

// TestBreaksAreOrdered checks the shape of the result: ascending offsets
// at character boundaries, inside the text.
func TestBreaksAreOrdered(t *testing.T) {
	for _, s := range []string{"", "a", "a b", "中文", "a - b", "-5", "5-", "  ", "a  b", "第6号 7", "\u0301a b", "a\u0301 b"} {
		checkShape(t, s, Breaks(s))
	}
}

func checkShape(t *testing.T, s string, breaks []int) {
	t.Helper()
	for i, p := range breaks {
		if p <= 0 || p >= len(s) || !utf8.RuneStart(s[p]) || i > 0 && p <= breaks[i-1] {
			t.Fatalf("Breaks(%q) = %v: %d is out of place", s, breaks, p)
		}
	}
}

// TestSpacedMatchesUnicode checks, on the corpus texts of the six
// languages, that the decisions taken around spaces and hyphens from a
// window and the shortcuts are those of UAX #14 on the whole text.
func TestSpacedMatchesUnicode(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(corpus.Require(t, "akn"), "*", "*.txt"))
	var b Breaker
	lines := 0
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			line := strings.Join(strings.Fields(sc.Text()), " ")
			if unspaced(line) {
				continue
			}
			lines++
			if msg := compareSpaced(&b, line); msg != "" {
				t.Errorf("%s: %s", filepath.Base(filepath.Dir(f)), msg)
			}
		}
		fh.Close()
	}
	if lines < 1000 {
		t.Errorf("only %d lines checked", lines)
	}
}

// compareSpaced returns how the spaced decisions on s differ from UAX #14
// on the whole of s, or "".
func compareSpaced(b *Breaker, s string) string {
	full := unicodeBreaks(nil, s)
	got := b.spacedBreaks(nil, s)
	var want []int
	for _, p := range full {
		if s[p-1] == ' ' || s[p-1] == '\n' || s[p-1] == '-' && s[p] != ' ' {
			want = append(want, p)
		}
	}
	if slices.Equal(got, want) {
		return ""
	}
	for _, p := range want {
		if !slices.Contains(got, p) {
			return "UAX #14 breaks at " + context(s, p) + ", the window does not"
		}
	}
	for _, p := range got {
		if !slices.Contains(want, p) {
			return "the window breaks at " + context(s, p) + ", UAX #14 does not"
		}
	}
	return "the decisions differ"
}

func context(s string, p int) string {
	from, to := max(0, p-10), min(len(s), p+10)
	for from > 0 && !utf8.RuneStart(s[from]) {
		from--
	}
	for to < len(s) && !utf8.RuneStart(s[to]) {
		to++
	}
	return "\"" + s[from:p] + "|" + s[p:to] + "\""
}

// FuzzBreaks checks, for any text, that the breaks are well placed, that
// the tailorings only take breaks away from UAX #14's, and that in spaced
// text the window decisions are UAX #14's.
func FuzzBreaks(f *testing.F) {
	for _, s := range []string{"Recalling its resolution 59/50 of 2 December 2004,", "第67/6号决议，", "« texte » : 5 %",
		"a -5", "(“ a", "x ) y", "A/RES/ES-10/1", "1 000", "e\u0301 ! b", "2 كانون الأول/ديسمبر 2004", "— a —"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) || len(s) > 400 {
			return
		}
		s = strings.Map(func(r rune) rune {
			if r < 0x20 || r >= 0x7f && r < 0xa0 {
				return ' '
			}
			return r
		}, s)
		breaks := Breaks(s)
		checkShape(t, s, breaks)
		full := unicodeBreaks(nil, s)
		for _, p := range breaks {
			if !slices.Contains(full, p) {
				t.Fatalf("Breaks(%q) has %d, which UAX #14 does not", s, p)
			}
		}
		if !unspaced(s) {
			var b Breaker
			if msg := compareSpaced(&b, s); msg != "" {
				t.Fatalf("%q: %s", s, msg)
			}
		}
	})
}

func BenchmarkBreaks(b *testing.B) {
	raw, err := os.ReadFile(corpus.Require(b, "text", "ga-79-1.en.txt"))
	if err != nil {
		b.Fatal(err)
	}
	paras := strings.Split(string(raw), "\n\n")
	for i, p := range paras {
		paras[i] = strings.Join(strings.Fields(p), " ")
	}
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	for b.Loop() {
		var br Breaker
		var dst []int
		for _, p := range paras {
			dst = br.Breaks(dst[:0], p)
		}
	}
}
