package content

import (
	"os"
	"path/filepath"
	"regexp"
	"resolute/internal/corpus"
	"resolute/internal/cpumeter"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// numberedLine matches the number that opens an operative paragraph, alone
// on its line (PDF text) or before the paragraph's text.
var numberedLine = regexp.MustCompile(`^(\s*)(\d{1,4})\.(\s|$)`)

// bigText returns text grown to at least size bytes by repeating its
// numbered paragraphs after the last one, renumbered to follow on, so that
// the result reads as one long resolution with the original's masthead and
// closing lines. Text without numbered paragraphs is repeated whole.
func bigText(text string, size int) string {
	lines := strings.SplitAfter(text, "\n")
	first, last, top := -1, -1, 0
	for i, l := range lines {
		if m := numberedLine.FindStringSubmatch(l); m != nil {
			if first < 0 {
				first = i
			}
			last = i
			n, _ := strconv.Atoi(m[2])
			top = max(top, n)
		}
	}
	if first < 0 || len(text) == 0 {
		return strings.Repeat(text+"\n", size/max(1, len(text))+1)
	}
	end := last + 1 // the end of the last numbered paragraph: its blank line
	for end < len(lines) && strings.TrimSpace(lines[end]) != "" {
		end++
	}
	body := lines[first:end]
	var b strings.Builder
	b.Grow(size + len(text))
	for _, l := range lines[:end] {
		b.WriteString(l)
	}
	for k := 1; b.Len() < size; k++ {
		for _, l := range body {
			if m := numberedLine.FindStringSubmatchIndex(l); m != nil {
				n, _ := strconv.Atoi(l[m[4]:m[5]])
				l = l[:m[4]] + strconv.Itoa(n+k*top) + l[m[5]:]
			}
			b.WriteString(l)
		}
	}
	for _, l := range lines[end:] {
		b.WriteString(l)
	}
	return b.String()
}

// parseCases returns the texts to parse: the biggest PDF extraction (A/RES/79/1,
// about 200 KB), the biggest text laid out as the UN prints it, and a 1 MB
// document grown from A/RES/79/1.
func parseCases(b *testing.B) []struct{ name, text string } {
	b.Helper()
	read := func(p string) string {
		raw, err := os.ReadFile(corpus.Require(b, p))
		if err != nil {
			b.Fatal(err)
		}
		return string(raw)
	}
	pdf := read("text/ga-79-1.en.txt")
	return []struct{ name, text string }{
		{"ga-79-1", pdf},
		{"a-res-77-128", read("akn/a-res-77-128/en.txt")},
		{"1MB", bigText(pdf, 1<<20)},
	}
}

// BenchmarkParse measures Parse, citations included, in bytes of text per
// second; run it with -cpu 1 for the single-core figure.
func BenchmarkParse(b *testing.B) {
	for _, c := range parseCases(b) {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(c.text)))
			cpu := cpumeter.Start()
			for b.Loop() {
				Parse(c.text, Options{})
			}
			cpu.Report(b, len(c.text))
		})
	}
}

// TestBigText checks bigText grows a text to the size asked, numbering on.
func TestBigText(t *testing.T) {
	src := "The General Assembly,\n\n1. Decides one;\n\n2. Decides two.\n\n3rd plenary meeting\n"
	got := bigText(src, 200)
	if len(got) < 200 {
		t.Fatalf("bigText gave %d bytes", len(got))
	}
	for _, want := range []string{"\n3. Decides one;", "\n4. Decides two.", "\n\n3rd plenary meeting\n"} {
		if !strings.Contains(got, want) {
			t.Errorf("bigText lacks %q:\n%s", want, got)
		}
	}
	d := Parse(got, Options{})
	if n := len(d.Parts[0].Operative); n < 6 {
		t.Errorf("parsed %d operative paragraphs from the grown text", n)
	}
}

// TestJoinFields checks joinFields against strings.Fields and strings.Join.
func TestJoinFields(t *testing.T) {
	for _, s := range []string{"", " ", "a", " a", "a ", "a b", "a  b", "a\tb", "a\u00a0b", "a\u3000b",
		"\u2003a", "a\u2003", "Décide que\u0085x", "a b c", "\xffa b", "a \xff", "a\x01b", "a\rb", "a\nb", "a\x1fb ", "\vx", " ", "  ", "a ", " a", "a \u00a0b", "a\u00a0 b", "a \tb", "a\x7fb", "\u3000", "a b\u0085", "\xffa\xff b"} {
		if got, want := joinFields(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("joinFields(%q) = %q, want %q", s, got, want)
		}
	}
}

// slowLatinLanguage is latinLanguage as first written, the reference its
// faster form must agree with.
func slowLatinLanguage(text string) string {
	words := functionWords()
	count := map[string]int{}
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if lang, ok := words[strings.ToLower(w)]; ok {
			count[lang]++
		}
	}
	best, n := "en", 0
	for _, lang := range []string{"en", "es", "fr"} {
		if count[lang] > n {
			best, n = lang, count[lang]
		}
	}
	return best
}

// TestLatinLanguageSame checks latinLanguage agrees with its first form on
// the corpus texts and on mixed-case and non-ASCII words.
func TestLatinLanguageSame(t *testing.T) {
	texts := []string{"", "THE AND Of", "Él y LOS", "Les élèves et LES", "the\u00e9 de\u0301l del", "KELVIN \u212a the", "the", "thé the", "\u00e9the de", "\xffthe\xff", "THE LES les", "aux1los_del", "sus\u0301 sus"}
	files, _ := filepath.Glob(corpus.Path("akn", "*", "*.txt"))
	more, _ := filepath.Glob(corpus.Path("text", "*.txt"))
	for _, f := range append(files, more...) {
		if raw, err := os.ReadFile(f); err == nil {
			texts = append(texts, string(raw))
		}
	}
	for _, s := range texts {
		if got, want := latinLanguage(s), slowLatinLanguage(s); got != want {
			t.Errorf("latinLanguage(%.40q) = %s, want %s", s, got, want)
		}
	}
}

// TestHeadMatchSame checks headMatch with the cut patterns gives what the
// full number and item patterns give, on every line of the corpus texts.
func TestHeadMatchSame(t *testing.T) {
	lines := []string{"1. Decides", "*2*. *Requests* x", "3 - text", "٣. نص", "(a) item", "a) x", "(i)\ttext", "㈠ 项",
		"1.\ntext", "(a) x\ny", "12.   ", "(b)", "1. x\n"}
	files, _ := filepath.Glob(corpus.Path("akn", "*", "*.txt"))
	more, _ := filepath.Glob(corpus.Path("text", "*.txt"))
	for _, f := range append(files, more...) {
		if raw, err := os.ReadFile(f); err == nil {
			lines = append(lines, strings.Split(string(raw), "\n")...)
		}
	}
	lp := newLinePatterns()
	for _, l := range lines {
		for _, c := range []struct{ full, head *regexp.Regexp }{{lp.number, lp.numberHead}, {lp.item, lp.itemHead}} {
			if got, want := headMatch(c.head, l), c.full.FindStringSubmatch(l); !slices.Equal(got, want) {
				t.Errorf("headMatch(%q) = %q, want %q", l, got, want)
			}
		}
	}
}

// TestNormalizeTextSame checks normalizeText against the replacer it skips
// when there is nothing to replace.
func TestNormalizeTextSame(t *testing.T) {
	r := strings.NewReplacer("\r", "\n", "\x00", "", "\t", " ", "\u00a0", " ", "\u202f", " ", "\u2028", "\n", "\u2029", "\n", "\f", "\n", "\v", "\n")
	for _, s := range []string{"", "plain text\n", "a\r\nb\rc", "a\x00b", "a\tb", "a\u00a0b", "a\u202fb", "a\u2028b", "a\u2029b",
		"a\fb\vc", "\ufeffBOM", "bad \xff byte", "’quotes’ — dash"} {
		want := r.Replace(strings.ReplaceAll(strings.ToValidUTF8(strings.TrimPrefix(s, "\ufeff"), "\uFFFD"), "\r\n", "\n"))
		if got := normalizeText(s); got != want {
			t.Errorf("normalizeText(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestFunctionWord checks functionWord against the functionWords table.
func TestFunctionWord(t *testing.T) {
	for w, lang := range functionWords() {
		if k := functionWord(w); k < 0 || latinLanguages[k] != lang {
			t.Errorf("functionWord(%q) = %d, want %s", w, k, lang)
		}
	}
	for _, w := range []string{"", "a", "The", "thé", "lesx", "e"} {
		if k := functionWord(w); k >= 0 {
			t.Errorf("functionWord(%q) = %d, want -1", w, k)
		}
	}
}

// slowSuperscriptRuns is superscriptRuns as first written, rune by rune.
func slowSuperscriptRuns(s string) []string {
	var out []string
	var run strings.Builder
	flush := func() {
		if run.Len() > 0 {
			out = append(out, superToASCII(run.String()))
			run.Reset()
		}
	}
	for _, r := range s {
		if isSuperDigit(r) {
			run.WriteRune(r)
			continue
		}
		flush()
	}
	flush()
	return out
}

// TestSuperscriptRunsSame checks superscriptRuns against its first form.
func TestSuperscriptRunsSame(t *testing.T) {
	texts := []string{"", "¹", "a¹²b³", "x⁴⁵⁶⁷⁸⁹⁰", "“quote”¹ — ²", "\xe2\xc2\xb9", "\xc2\xe2\x81\xb9", "¹\xff²", "₁ ¹"}
	files, _ := filepath.Glob(corpus.Path("akn", "*", "*.txt"))
	for _, f := range files {
		if raw, err := os.ReadFile(f); err == nil {
			texts = append(texts, string(raw))
		}
	}
	for _, s := range texts {
		if got, want := superscriptRuns(s), slowSuperscriptRuns(s); !slices.Equal(got, want) {
			t.Errorf("superscriptRuns(%.40q) = %q, want %q", s, got, want)
		}
	}
}

// slowDetectLanguage is detectLanguage as first written: a pass counting
// scripts, then slowLatinLanguage.
func slowDetectLanguage(text string) string {
	if len(text) > 64<<10 {
		text = text[:64<<10]
	}
	var arabic, han, cyrillic, latin int
	for _, r := range text {
		switch {
		case r < utf8.RuneSelf:
			if 'a' <= r|0x20 && r|0x20 <= 'z' {
				latin++
			}
		case unicode.Is(unicode.Arabic, r):
			arabic++
		case unicode.Is(unicode.Han, r):
			han++
		case unicode.Is(unicode.Cyrillic, r):
			cyrillic++
		case r < 0x250 && unicode.IsLetter(r):
			latin++
		}
	}
	switch {
	case arabic > latin && arabic >= han && arabic >= cyrillic:
		return "ar"
	case han*3 > latin && han >= cyrillic:
		return "zh"
	case cyrillic > latin:
		return "ru"
	}
	return slowLatinLanguage(text)
}

// TestDetectLanguageSame checks detectLanguage against its first form on
// the corpus texts, their starts and ends, and mixed scripts.
func TestDetectLanguageSame(t *testing.T) {
	texts := []string{"", "a", "the les", "قرار the", "决议 the and", "резолюция и the", "Él y los", "ßtraße the", "\xff\xfe the",
		"mixed\u0430the and", strings.Repeat("é", 40000) + " the", strings.Repeat("les ", 20000) + "the"}
	files, _ := filepath.Glob(corpus.Path("akn", "*", "*.txt"))
	more, _ := filepath.Glob(corpus.Path("text", "*.txt"))
	for _, f := range append(files, more...) {
		if raw, err := os.ReadFile(f); err == nil {
			s := string(raw)
			texts = append(texts, s, s[:len(s)/3], s[len(s)/2:])
		}
	}
	for _, s := range texts {
		if got, want := detectLanguage(s), slowDetectLanguage(s); got != want {
			t.Errorf("detectLanguage(%.40q) = %s, want %s", s, got, want)
		}
	}
}

// BenchmarkDetectLanguage measures detectLanguage on the start of A/RES/79/1
// as PDF text, the 64 KB it reads.
func BenchmarkDetectLanguage(b *testing.B) {
	raw, err := os.ReadFile(corpus.Require(b, "text", "ga-79-1.en.txt"))
	if err != nil {
		b.Fatal(err)
	}
	text := string(raw)
	b.SetBytes(int64(min(len(text), maxDetect)))
	for b.Loop() {
		detectLanguage(text)
	}
}
