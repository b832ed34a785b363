package export

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"resolute/content"
	"resolute/content/akn"
	"resolute/internal/corpus"
)

func ptr(s string) *string { return &s }

func TestTextSmall(t *testing.T) {
	d := &content.Document{
		Symbol:   "A/RES/75/34",
		Language: "en",
		Masthead: content.Masthead{Organ: "General Assembly", Distribution: "Distr.: General", Adoption: "Resolution adopted by the General Assembly on 7 December 2020"},
		Number:   "75/34",
		Title:    "Conclusion of arrangements",
		Formula:  "The General Assembly,",
		Parts: []content.Part{{
			Preamble: []content.Paragraph{{ID: "pp1", Lead: "Recalling", Text: "Recalling its resolution 35/46,¹"}},
			Operative: []content.Paragraph{
				{ID: "op1", Number: ptr("1"), Lead: "Decides", Text: "Decides:", Items: []content.Item{{ID: "op1(a)", Label: "(a)", Text: "To act;", Items: []content.Item{{ID: "op1(a)(i)", Label: "(i)", Text: "Now."}}}}},
			},
		}},
		Closing:   []string{"37th plenary meeting", "7 December 2020"},
		Footnotes: []content.Footnote{{Marker: "1", Text: "See A/35/1.", Paragraph: "pp1"}},
	}
	want := strings.Join([]string{
		"United Nations", "A/RES/75/34", "General Assembly", "Distr.: General",
		"Resolution adopted by the General Assembly on 7 December 2020",
		"75/34. Conclusion of arrangements", "*The General Assembly*,",
		"*Recalling* its resolution 35/46,¹", "1. *Decides*:", "(a) To act;", "(i) Now.",
		"37th plenary meeting 7 December 2020", "¹ See A/35/1.",
	}, "\n\n")
	if got := Text(d); got != want {
		t.Errorf("Text:\n%s\nwant:\n%s", got, want)
	}
	d.Language = "ar"
	if got := Text(d); !strings.Contains(got, "\n1 - *Decides*:") || !strings.Contains(got, "\n75/34. Conclusion") || strings.Contains(got, " - Conclusion") {
		t.Errorf("Arabic numbering not used, or a stray \" - \" in the title:\n%s", got)
	}
	if Text(nil) != "" {
		t.Error("Text(nil) is not empty")
	}
}

// corpusXML lists the corpus XML files, skipping when the corpus is absent.
func corpusXML(t *testing.T) []string {
	t.Helper()
	root := corpus.Require(t, "akn")
	files, _ := filepath.Glob(filepath.Join(root, "*", "??.xml"))
	if len(files) == 0 {
		t.Fatalf("no XML in %s", root)
	}
	sort.Strings(files)
	return files
}

func parseXML(t *testing.T, path string) *content.Document {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	d, err := akn.ParseBytes(data, path)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestLayoutMatchesCorpus compares Text of each corpus XML with the UN
// text rendering beside it, line by line (as a multiset: the share of the
// rendering's lines that Text writes identically).
func TestLayoutMatchesCorpus(t *testing.T) {
	same, total := 0, 0
	var worst []string
	for _, x := range corpusXML(t) {
		want, err := os.ReadFile(strings.TrimSuffix(x, ".xml") + ".txt")
		if err != nil {
			continue
		}
		got := Text(parseXML(t, x))
		have := map[string]int{}
		for _, l := range strings.Split(got, "\n\n") {
			have[l]++
		}
		s, n := 0, 0
		for _, l := range strings.Split(strings.TrimSpace(string(want)), "\n\n") {
			n++
			if have[l] > 0 {
				have[l]--
				s++
			}
		}
		same += s
		total += n
		if s*100 < n*95 {
			worst = append(worst, fmt.Sprintf("%s: %d/%d lines", x, s, n))
		}
	}
	pct := 100 * float64(same) / float64(max(total, 1))
	t.Logf("lines identical to the corpus text: %d/%d (%.1f%%)", same, total, pct)
	for _, w := range worst {
		t.Log(w)
	}
	if pct < 90 {
		t.Errorf("only %.1f%% of the corpus lines reproduced", pct)
	}
}

// TestUnlabelledPartsText checks that the numbers the reader gives
// unlabelled parts ("1", "2") are not written: alone on a line they would
// read back as operative numbers.
func TestUnlabelledPartsText(t *testing.T) {
	one := "1"
	d := &content.Document{Language: "en", Formula: "The General Assembly,", Parts: []content.Part{
		{Label: "1", Formula: "The General Assembly,", Preamble: []content.Paragraph{{ID: "1.pp1", Kind: content.Preambular, Lead: "Recalling", Text: "Recalling its resolution 37/240,"}},
			Operative: []content.Paragraph{{ID: "1.op1", Kind: content.Operative, Number: &one, Lead: "Takes note", Text: "Takes note of the report;"}}},
		{Label: "2", Preamble: []content.Paragraph{{ID: "2.pp1", Kind: content.Preambular, Lead: "Recalling", Text: "Recalling part XI of its resolution 64/243,"}},
			Operative: []content.Paragraph{{ID: "2.op1", Kind: content.Operative, Number: &one, Lead: "Takes note", Text: "Takes note of the report;"}}},
	}}
	out := Text(d)
	for _, l := range strings.Split(out, "\n") {
		if l == "1" || l == "2" {
			t.Fatalf("a part's number stands alone on a line:\n%s", out)
		}
	}
	back := content.Parse(out, content.Options{Language: "en"})
	numbered := 0
	for _, p := range back.Parts {
		for _, o := range p.Operative {
			if o.Number != nil {
				numbered++
			}
		}
	}
	if numbered != 2 {
		t.Errorf("read back %d numbered paragraphs, want 2:\n%s", numbered, out)
	}
}

// TestUnlabelledPointsText checks that points a version lists without a
// label (the Chinese S/RES/2796 (2025) paragraph 3 and the Russian
// A/RES/78/318 paragraph 4, where other versions set a bullet or none)
// are written after a bullet, so that the text reads back with the ids
// the XML gives them, op3(1), op3(2), and not as paragraphs op3_1, op3_2.
func TestUnlabelledPointsText(t *testing.T) {
	for _, tt := range []struct{ lang, formula, lead, text, one, two string }{
		{"zh", "安全理事会，", "鼓励", "鼓励联利支助团实施战略审查所提建议，包括：", "继续将支持政治解决利比亚冲突置于支助团任务的核心，", "精简联利支助团的工作流程，"},
		{"ru", "Генеральная Ассамблея,", "постановляет", "постановляет, что Саммит будет включать два заседания за круглым столом:", "круглый стол 1 «Укрепление трех компонентов социального развития»;", "круглый стол 2 «Оценка прогресса»;"},
		{"en", "The Security Council,", "Encourages", "Encourages UNSMIL to implement the recommendations, including:", "Continuing to place the support of a political solution at the core,", "Streamlining UNSMIL’s workstreams,"},
	} {
		d := &content.Document{Language: tt.lang, Formula: tt.formula, Parts: []content.Part{{Operative: []content.Paragraph{
			{ID: "op3", Kind: content.Operative, Number: ptr("3"), Lead: tt.lead, Text: tt.text, Items: []content.Item{
				{ID: "op3(1)", Text: tt.one}, {ID: "op3(2)", Text: tt.two}}},
			{ID: "op4", Kind: content.Operative, Number: ptr("4"), Lead: tt.lead, Text: tt.lead + " the Secretary-General to report；"},
		}}}}
		out := Text(d)
		back := content.Parse(out, content.Options{Language: tt.lang})
		var ids []string
		for _, p := range back.Parts {
			for _, o := range p.Operative {
				ids = append(ids, o.ID)
				for _, it := range o.Items {
					ids = append(ids, it.ID)
				}
			}
		}
		if got := strings.Join(ids, " "); got != "op3 op3(1) op3(2) op4" {
			t.Errorf("%s: read back %s, want op3 op3(1) op3(2) op4:\n%s", tt.lang, got, out)
		}
	}
}
