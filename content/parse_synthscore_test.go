package content

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var synthDump = flag.String("synthdump", "", "write the synthetic PDF texts of TestSynthPDF to this directory")

// TestSynthPDF lays every corpus resolution out as a synthetic PDF
// extraction in its six languages and checks that Parse still finds the
// gold structure: preambular and operative counts, footnotes and symbol.
func TestSynthPDF(t *testing.T) {
	rows := map[string]*scoreRow{}
	attach := map[string]*[2]int{}
	for _, c := range corpusTexts(t) {
		lang := c.lang
		// Every other resolution has its operative numbers on lines of
		// their own.
		text := synthPages(c.text, lang, c.gold.Symbol, c.slug, synthPage, c.k%2 == 1)
		if *synthDump != "" {
			if err := os.WriteFile(filepath.Join(*synthDump, c.slug+"."+lang+".txt"), []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		if rows[lang] == nil {
			rows[lang] = &scoreRow{}
			attach[lang] = &[2]int{}
		}
		// Footnotes attached where the canonical text attaches them.
		want := Parse(strings.ReplaceAll(c.text, "*", ""), Options{}).Footnotes
		got := Parse(text, Options{}).Footnotes
		for i, n := range want {
			attach[lang][1]++
			if i < len(got) && got[i].Paragraph == n.Paragraph {
				attach[lang][0]++
			}
		}
		if bad := rows[lang].score(text, lang, c.gold, nil); bad != "" {
			t.Logf("%s/%s: %s", c.slug, lang, bad)
		}
	}
	logTable(t, "synthetic PDF layout", rows)
	for _, lang := range []string{"ar", "en", "es", "fr", "ru", "zh"} {
		if a := attach[lang]; a != nil {
			t.Logf("%s: %.1f%% of %d footnotes on the paragraph the canonical text gives", lang, pct(a[0], a[1]), a[1])
		}
	}
	for lang, r := range rows {
		// The misses left are the corpus's own: 78/247 (gold counts its
		// sections' preambles as 0), the zh text of 75/287 (paragraph 7
		// lacks its number) and of 77/336 (Arabic text).
		if pct(r.exact, r.docs) < 90 || pct(r.fn, r.docs) < 95 || pct(r.sym, r.docs) < 99 {
			t.Errorf("%s: exact %.1f%% fn %.1f%% sym %.1f%%, below the bars 90/95/99", lang, pct(r.exact, r.docs), pct(r.fn, r.docs), pct(r.sym, r.docs))
		}
	}
}

var canonDump = flag.String("canondump", "", "print the canonical layout of this hard-wrapped text file (TestCanonDump)")

// TestCanonDump prints what the layout stage makes of the file given by
// -canondump, for looking at by eye.
func TestCanonDump(t *testing.T) {
	if *canonDump == "" {
		t.Skip("no -canondump file")
	}
	b, err := os.ReadFile(*canonDump)
	if err != nil {
		t.Fatal(err)
	}
	os.Stdout.WriteString(canonicalLayout(normalizeText(string(b)), ""))
}
