package content

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"resolute/content/layout"
)

// dropBlankLines is `grep -v '^[[:space:]]*$'`: the text as a web page or a
// word processor gives it, one paragraph a line.
func dropBlankLines(s string) string {
	var b strings.Builder
	for l := range strings.SplitSeq(s, "\n") {
		if strings.TrimSpace(l) != "" {
			b.WriteString(l)
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// blankBetween puts a blank line between every two lines: the canonical
// layout of a one-paragraph-a-line text.
func blankBetween(s string) string {
	return strings.Join(strings.Split(strings.TrimSpace(s), "\n"), "\n\n") + "\n"
}

// hardWrap wraps every line of s at width display columns, between words
// (or between any two characters in Chinese), as a PDF extraction does.
func hardWrap(s string, width int) string {
	var b strings.Builder
	for l := range strings.SplitSeq(strings.TrimSpace(s), "\n") {
		col := 0
		var word strings.Builder
		flush := func() {
			w := word.String()
			if w == "" {
				return
			}
			if col > 0 && col+displayWidth(w) > width {
				b.WriteByte('\n')
				col = 0
				w = strings.TrimLeft(w, " ")
			}
			b.WriteString(w)
			col += displayWidth(w)
			word.Reset()
		}
		for _, r := range l {
			if r == ' ' || isWideRune(r) {
				flush()
			}
			word.WriteRune(r)
			if isWideRune(r) {
				flush()
			}
		}
		flush()
		b.WriteString("\n\n")
	}
	return b.String()
}

// structure is a Document without its diagnostics (whose line numbers
// differ between layouts), as JSON.
func structure(t *testing.T, d *Document) string {
	t.Helper()
	c := *d
	c.Diagnostics = nil
	b, err := json.Marshal(&c)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestOnePerLineFixtures reads a small resolution in each script family
// (Latin, Cyrillic, Arabic, Chinese), one paragraph a line with no blank
// line, and checks that it parses as its canonical layout does, and that the
// same text hard-wrapped is not taken for one paragraph a line.
func TestOnePerLineFixtures(t *testing.T) {
	const want = "pp1 pp2 pp3 | op1 op2 op2(a) op2(b) op3; fn1@pp2"
	for _, name := range []string{"oneline.fr.txt", "oneline.ru.txt", "oneline.ar.txt", "oneline.zh.txt"} {
		t.Run(name, func(t *testing.T) {
			text := fixture(t, name)
			lines, _ := splitLines(normalizeText(text))
			if !onePerLine(lines) {
				t.Errorf("onePerLine = false on a text of one paragraph a line")
			}
			d := Parse(text, Options{})
			if got := summary(d); got != want || d.Symbol != "A/RES/81/12" {
				t.Errorf("Parse: symbol %q, %s\nwant A/RES/81/12, %s", d.Symbol, got, want)
			}
			if got, canon := structure(t, d), structure(t, Parse(blankBetween(text), Options{})); got != canon {
				t.Errorf("one paragraph a line parses unlike its canonical layout:\n got %s\nwant %s", got, canon)
			}
			wrapped := dropBlankLines(hardWrap(text, 80))
			lines, _ = splitLines(normalizeText(wrapped))
			if onePerLine(lines) {
				t.Errorf("onePerLine = true on the text hard-wrapped at 80 columns")
			}
		})
	}
}

// TestOnePerLineCorpus drops the blank lines of every akn/<slug>/<lang>.txt
// of the corpus, as is and without asterisks, and holds the parse to the
// bars of TestScoreAKN.
func TestOnePerLineCorpus(t *testing.T) {
	texts := corpusTexts(t)
	for _, variant := range textVariants {
		rows := map[string]*scoreRow{}
		same, all := 0, 0
		for _, c := range texts {
			text := variantOf(c.text, variant)
			flat := dropBlankLines(text)
			if rows[c.lang] == nil {
				rows[c.lang] = &scoreRow{}
			}
			if bad := rows[c.lang].score(flat, c.lang, c.gold, c.gold.ResolutionCitations); bad != "" {
				t.Logf("%s %s/%s: %s", variant, c.slug, c.lang, bad)
			}
			all++
			if structure(t, Parse(flat, Options{})) == structure(t, Parse(text, Options{})) {
				same++
			}
		}
		logTable(t, "akn txt without blank lines, "+variant, rows)
		t.Logf("%s: %d of %d texts parse as with their blank lines", variant, same, all)
		checkAKNBars(t, variant, rows)
	}
}

// TestOnePerLineNotHardWrapped checks that no hard-wrapped text of the
// corpus (PDF extractions, OCR), with or without its blank lines, is taken
// for one paragraph a line.
func TestOnePerLineNotHardWrapped(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(corpusDir(t), "text", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := normalizeText(string(b))
		if lines, blank := splitLines(text); !hardWrapped(lines, blank) && !layout.HardWrapped(text) {
			continue // laid out canonically: not a case for this test
		}
		for _, text := range []string{text, dropBlankLines(text)} {
			lines, _ := splitLines(text)
			checked++
			if onePerLine(lines) {
				t.Errorf("%s: hard-wrapped text taken for one paragraph a line", filepath.Base(f))
			}
		}
	}
	if checked == 0 {
		t.Errorf("no hard-wrapped text found in the corpus")
	}
}

// TestOnePerLine checks the statistic on small cases.
func TestOnePerLine(t *testing.T) {
	long := strings.Repeat("word ", 40)
	tests := []struct {
		name string
		text string
		want bool
	}{
		{"paragraphs", "Title\n" + long + "one,\n" + long + "two;\n" + long + "three.\n", true},
		{"wrapped", "Title\nRecalling its resolution of the year and\nthe reports of the Secretary-General on the\nquestion, and noting the work of the\ncommittees on the subject,\n", false},
		{"markers after the comma", "Title\n" + long + "one,¹\n" + long + "two;”\n" + long + "three.*\n", true},
		{"one line", long + "one.\n", false},
		{"empty", "", false},
	}
	for _, tc := range tests {
		lines, _ := splitLines(tc.text)
		if got := onePerLine(lines); got != tc.want {
			t.Errorf("%s: onePerLine = %v, want %v", tc.name, got, tc.want)
		}
	}
}
