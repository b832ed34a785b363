package content

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// sampleText reads the Spanish sample resolution from the shared corpus.
func sampleText(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(corpusDir(t), "text", "a-res-65-122.es.txt"))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestParseSample(t *testing.T) {
	d := Parse(sampleText(t), Options{})
	if d.Language != "es" {
		t.Errorf("language %q, want es", d.Language)
	}
	if d.Symbol != "A/RES/65/122" {
		t.Errorf("symbol %q, want A/RES/65/122", d.Symbol)
	}
	if len(d.Parts) != 1 {
		t.Fatalf("%d parts, want 1", len(d.Parts))
	}
	p := d.Parts[0]
	if len(p.Preamble) != 8 || len(p.Operative) != 5 {
		t.Fatalf("%d preambular and %d operative paragraphs, want 8 and 5", len(p.Preamble), len(p.Operative))
	}
	pp6 := p.Preamble[5]
	if !strings.HasPrefix(pp6.Text, "Haciendo referencia a la resolución 1631") || !strings.HasSuffix(pp6.Text, "internacionales¹,") {
		t.Errorf("pp6 not whole: %q", pp6.Text)
	}
	if len(d.Footnotes) != 1 || d.Footnotes[0].Paragraph != "pp6" || d.Footnotes[0].Marker != "1" {
		t.Errorf("footnotes %+v, want one on pp6", d.Footnotes)
	}
	if !strings.HasPrefix(p.Operative[2].Text, "Invita a los componentes especializados") {
		t.Errorf("op3 text %q", p.Operative[2].Text)
	}
	if p.Operative[1].Lead != "Hace notar también" {
		t.Errorf("op2 lead %q, want Hace notar también", p.Operative[1].Lead)
	}
	if p.Preamble[0].Lead != "Haciendo referencia" {
		t.Errorf("pp1 lead %q", p.Preamble[0].Lead)
	}
	if d.Number != "65/122" || d.Title == "" || d.Formula != "La Asamblea General," || d.Organ != organGA {
		t.Errorf("number %q title %q formula %q organ %q", d.Number, d.Title, d.Formula, d.Organ)
	}
	if d.Masthead.AdoptionDate != "2010-12-13" || d.Masthead.Proponent == "" || d.Masthead.AgendaItem != "Tema 122.f) del programa" {
		t.Errorf("masthead %+v", d.Masthead)
	}
	if len(d.Closing) != 2 || !strings.Contains(d.Closing[0], "64ª sesión plenaria") {
		t.Errorf("closing %q", d.Closing)
	}
}

// TestParseSampleNoItalics checks the sample parses the same without its
// asterisks.
func TestParseSampleNoItalics(t *testing.T) {
	a := Parse(sampleText(t), Options{})
	b := Parse(strings.ReplaceAll(sampleText(t), "*", ""), Options{})
	ja, _ := json.Marshal(a.Parts)
	jb, _ := json.Marshal(b.Parts)
	if string(ja) != string(jb) {
		t.Errorf("parts differ without asterisks:\n%s\n%s", ja, jb)
	}
}

func TestParseSampleGolden(t *testing.T) {
	d := Parse(sampleText(t), Options{})
	// Citations come from content/cite and are checked there; leaving them
	// out keeps this golden file about the parser.
	d.Citations = nil
	got, err := json.MarshalIndent(d, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "a-res-65-122.es.golden.json", got)
}

// golden compares got with testdata/name, rewriting it under -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if string(want) != string(got) {
		t.Errorf("%s differs from the parse; run go test -run %s -update and review the diff", path, t.Name())
	}
}

// summary describes a document's structure compactly for table tests.
func summary(d *Document) string {
	var b strings.Builder
	for _, p := range d.Parts {
		if p.Label != "" {
			b.WriteString("[" + p.Label + "]")
		}
		for _, x := range p.Preamble {
			b.WriteString(" " + x.ID)
		}
		b.WriteString(" |")
		for _, x := range p.Operative {
			b.WriteString(" " + x.ID)
			for _, it := range x.Items {
				b.WriteString(" " + it.ID)
				for _, it2 := range it.Items {
					b.WriteString(" " + it2.ID)
				}
			}
		}
		b.WriteString(";")
	}
	for _, a := range d.Annexes {
		b.WriteString(" " + a.ID + ":" + itoa(len(a.Paragraphs)))
	}
	for _, f := range d.Footnotes {
		b.WriteString(" fn" + f.Marker + "@" + f.Paragraph)
	}
	return strings.TrimSpace(b.String())
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}

func TestParseFixtures(t *testing.T) {
	tests := []struct {
		file, lang, symbol, want string
	}{
		{"sc-old.en.txt", "en", "S/RES/242 (1967)", "pp1 pp2 | op1 op1(i) op1(ii) op2 op2(a) op2(b);"},
		{"ga-parts.en.txt", "en", "A/RES/70/999 A-B", "[A] A.pp1 | A.op1 A.op1(a) A.op1(b);[B] B.pp1 | B.op1 B.op2; annex:2 fn1@A.pp1"},
		{"ga-sections.fr.txt", "fr", "A/RES/78/1", "[I] I.pp1 | I.op1 I.op2;[II] II.pp1 | II.op1;"},
		{"ga-items.ar.txt", "ar", "A/RES/79/5", "pp1 pp2 | op1 op1(a) op1(a)(i) op1(a)(ii) op1(b) op2;"},
		{"sc-lone.zh.txt", "zh", "S/RES/2638 (2022)", "pp1 pp2 | op1;"},
		{"not-a-resolution.txt", "en", "", "| op0_1 op0_2 op0_3;"},
		{"page-break.en.txt", "en", "A/RES/80/5", "pp1 pp2 | op1 op1(a) op1(b) op2; fn1@pp1"},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join("testdata", tc.file))
			if err != nil {
				t.Fatal(err)
			}
			d := Parse(string(b), Options{})
			if d.Language != tc.lang || d.Symbol != tc.symbol {
				t.Errorf("language %q symbol %q, want %q %q", d.Language, d.Symbol, tc.lang, tc.symbol)
			}
			if got := summary(d); got != tc.want {
				t.Errorf("Parse(%s):\n got %s\nwant %s", tc.file, got, tc.want)
			}
		})
	}
}

func TestParsePageBreakAndTail(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "page-break.en.txt"))
	if err != nil {
		t.Fatal(err)
	}
	d := Parse(string(b), Options{})
	if len(d.Parts) != 1 || len(d.Parts[0].Preamble) != 2 || len(d.Parts[0].Operative) != 2 {
		t.Fatalf("structure %s", summary(d))
	}
	pp1 := d.Parts[0].Preamble[0]
	if !strings.HasSuffix(pp1.Text, "decided to review its implementation at its eighty-second session,¹") {
		t.Errorf("pp1 not joined across the page break: %q", pp1.Text)
	}
	if pp2 := d.Parts[0].Preamble[1]; pp2.Lead != "Noting with concern" {
		t.Errorf("pp2 lead %q", pp2.Lead)
	}
	if op1 := d.Parts[0].Operative[0]; op1.Tail != "and decides to remain seized of the matter;" || op1.Lead != "Requests" {
		t.Errorf("op1 lead %q tail %q", op1.Lead, op1.Tail)
	}
}

func TestParseLanguageOption(t *testing.T) {
	d := Parse("The General Assembly,\n\n1. Decides to do it.\n", Options{Language: "fr"})
	if d.Language != "fr" {
		t.Errorf("language %q, want fr", d.Language)
	}
}

func TestDetectLanguage(t *testing.T) {
	tests := []struct{ text, want string }{
		{"The General Assembly, Recalling its resolution of the year,", "en"},
		{"La Asamblea General, Recordando su resolución y los informes del Secretario,", "es"},
		{"L’Assemblée générale, Rappelant sa résolution et les rapports du Secrétaire,", "fr"},
		{"Генеральная Ассамблея, ссылаясь на свою резолюцию", "ru"},
		{"إن الجمعية العامة، إذ تشير إلى قرارها", "ar"},
		{"大会，回顾其决议", "zh"},
	}
	for _, tc := range tests {
		if got := detectLanguage(tc.text); got != tc.want {
			t.Errorf("detectLanguage(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestIsoDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Resolution adopted by the General Assembly on 9 December 2021", "2021-12-09"},
		{"Résolution adoptée par l’Assemblée générale le 1er décembre 2021", "2021-12-01"},
		{"Resolución aprobada por la Asamblea General el 13 de diciembre de 2010", "2010-12-13"},
		{"Резолюция, принятая Генеральной Ассамблеей 22 декабря 2023 года", "2023-12-22"},
		{"قرار اتخذته الجمعية العامة في 22 كانون الأول/ديسمبر 2023", "2023-12-22"},
		{"2023年12月22日大会决议", "2023-12-22"},
		{"no date here", ""},
	}
	for _, tc := range tests {
		if got := isoDate(tc.in); got != tc.want {
			t.Errorf("isoDate(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
