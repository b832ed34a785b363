package cite

import (
	"os"
	"path/filepath"
	"regexp/syntax"
	"resolute/internal/reshape"
	"slices"
	"strings"
	"testing"
)

// TestTokenPatternShape checks what findNumbers relies on: no language's
// number pattern can match ',' or ';', and every number starts with a byte
// nextNumberStart stops at.
func TestTokenPatternShape(t *testing.T) {
	starts := func(r rune) bool {
		return r >= 0x80 || r >= '0' && r <= '9' || r == 'S' || r == 'E'
	}
	for _, lang := range []string{"en", "fr", "es", "ru", "ar", "zh"} {
		re, err := syntax.Parse(specFor(lang).token.String(), syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range ",;" {
			if reshape.MatchesRune(re, r) {
				t.Errorf("%s: the number pattern can match %q", lang, r)
			}
		}
		if reshape.Nullable(re) || !reshape.StartsWell(re, starts) {
			t.Errorf("%s: the number pattern may start with other characters: %s", lang, re)
		}
	}
}

// TestFindNumbersSame checks findNumbers against FindAllStringIndex on
// every paragraph of the corpus texts, in every language's patterns.
func TestFindNumbersSame(t *testing.T) {
	texts := []string{"59/50 and 60/1, 61/2; S-10/2 ES-10/3 1631 (2005) 2625 (XXV) 56/214 A-B",
		"résolutions 59/50 et 60/1 à 60/3", "Е/60/1 АВ 60/2 С", "القرار 59/50 دإط-10/2 (د-25)", "第59/50号和60/1号决议",
		"S", "E", "5", "ES-", "59/", "\xff59/50\xc0", "x59/50y", "12345/678"}
	files, _ := filepath.Glob(filepath.Join(corpusDir(t), "akn", "*", "*.txt"))
	more, _ := filepath.Glob(filepath.Join(corpusDir(t), "text", "*.txt"))
	for _, f := range append(files, more...) {
		if raw, err := os.ReadFile(f); err == nil {
			texts = append(texts, strings.Split(string(raw), "\n\n")...)
		}
	}
	for _, lang := range []string{"en", "fr", "es", "ru", "ar", "zh"} {
		l := specFor(lang)
		for _, p := range texts {
			got, want := findNumbers(l, p), l.token.FindAllStringIndex(p, -1)
			if !slices.EqualFunc(got, want, slices.Equal[[]int]) {
				t.Errorf("%s: findNumbers = %v, want %v in %.80q", lang, got, want, p)
			}
		}
	}
}

// BenchmarkFindNumbers compares findNumbers with FindAllStringIndex on the
// paragraphs of A/RES/79/1.
func BenchmarkFindNumbers(b *testing.B) {
	raw, err := os.ReadFile(filepath.Join(corpusDir(b), "text", "ga-79-1.en.txt"))
	if err != nil {
		b.Skip(err)
	}
	paras := strings.Split(string(raw), "\n\n")
	l := specFor("en")
	b.Run("findNumbers", func(b *testing.B) {
		b.SetBytes(int64(len(raw)))
		for b.Loop() {
			for _, p := range paras {
				findNumbers(l, p)
			}
		}
	})
	b.Run("FindAllStringIndex", func(b *testing.B) {
		b.SetBytes(int64(len(raw)))
		for b.Loop() {
			for _, p := range paras {
				l.token.FindAllStringIndex(p, -1)
			}
		}
	})
}

// FuzzFindNumbers checks findNumbers against FindAllStringIndex on any
// text, in every language's patterns.
func FuzzFindNumbers(f *testing.F) {
	for _, s := range []string{"59/50 and 60/1, 61/2; S-10/2 ES-10/3 1631 (2005) 2625 (XXV) 56/214 A-B",
		"القرار 59/50 دإط-10/2 (د-25)", "第59/50号和60/1号决议", "\xff59/50\xc0", "Е/60/1 АВ 60/2 С"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, lang := range []string{"en", "fr", "es", "ru", "ar", "zh"} {
			l := specFor(lang)
			got, want := findNumbers(l, s), l.token.FindAllStringIndex(s, -1)
			if !slices.EqualFunc(got, want, slices.Equal[[]int]) {
				t.Errorf("%s: findNumbers(%q) = %v, want %v", lang, s, got, want)
			}
		}
	})
}

// BenchmarkScanLanguages scans the corpus texts of each language
// (akn/*/LANG.txt) paragraph by paragraph, as the parser does.
func BenchmarkScanLanguages(b *testing.B) {
	for _, lang := range []string{"ar", "en", "es", "fr", "ru", "zh"} {
		files, _ := filepath.Glob(filepath.Join(corpusDir(b), "akn", "*", lang+".txt"))
		var paras []string
		size := 0
		for _, f := range files {
			raw, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			paras = append(paras, strings.Split(string(raw), "\n\n")...)
			size += len(raw)
		}
		b.Run(lang, func(b *testing.B) {
			b.SetBytes(int64(size))
			for b.Loop() {
				for _, p := range paras {
					Scan(p, lang, "General Assembly")
				}
			}
		})
	}
}
