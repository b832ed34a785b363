package render

import (
	"regexp"
	"strings"
	"testing"

	"resolute/content"
)

// sgrBefore returns the SGR parameters in force just before the first
// occurrence of word in a rendered line, since the last reset.
func sgrBefore(out, word string) string {
	i := strings.Index(out, word)
	if i < 0 {
		return ""
	}
	seqs := regexp.MustCompile(`\x1b\[([0-9;]*)m`).FindAllStringSubmatch(out[:i], -1)
	var params []string
	for _, s := range seqs {
		if s[1] == "" || s[1] == "0" {
			params = nil
			continue
		}
		params = append(params, strings.Split(s[1], ";")...)
	}
	return ";" + strings.Join(params, ";") + ";"
}

// TestLeadPhraseCue checks that lead phrases carry a cue besides italics,
// the style's heading colour, in every language, and are bold instead of
// italic in Arabic and Chinese, whose fonts mostly have no italics.
func TestLeadPhraseCue(t *testing.T) {
	tests := []struct {
		lang, lead, text string
		italic           bool
	}{
		{"en", "Recalling", "Recalling its resolution 59/50,", true},
		{"fr", "Rappelant", "Rappelant sa résolution 59/50,", true},
		{"ru", "ссылаясь", "ссылаясь на свою резолюцию 59/50,", true},
		{"ar", "وإذ تشير", "وإذ تشير إلى قرارها 59/50،", false},
		{"zh", "回顾", "回顾其第59/50号决议，", false},
	}
	for _, tt := range tests {
		d := &content.Document{Language: tt.lang, Parts: []content.Part{{Preamble: []content.Paragraph{
			{ID: "pp1", Kind: content.Preambular, Lead: tt.lead, Text: tt.text},
		}}}}
		blocks := Blocks(d)
		i := Find(blocks, "pp1")
		for _, style := range []string{"dark", "light"} {
			out := NewRenderer(blocks, style).Render(i, 80)
			word := []rune(tt.lead)[0:2]
			sgr := sgrBefore(out, string(word))
			if !strings.Contains(sgr, ";38;5;") {
				t.Errorf("%s %s: lead phrase without colour (SGR %q): %q", tt.lang, style, sgr, out)
			}
			if got := strings.Contains(sgr, ";3;"); got != tt.italic {
				t.Errorf("%s %s: italic %v, want %v (SGR %q)", tt.lang, style, got, tt.italic, sgr)
			}
			if !tt.italic && !strings.Contains(sgr, ";1;") {
				t.Errorf("%s %s: lead phrase not bold (SGR %q)", tt.lang, style, sgr)
			}
			rest := sgrBefore(out, string([]rune(tt.text)[len([]rune(tt.lead))+2:][:2]))
			if strings.Contains(rest, ";38;5;") || strings.Contains(rest, ";3;") {
				t.Errorf("%s %s: the text after the lead phrase is styled too (SGR %q)", tt.lang, style, rest)
			}
		}
		if out := NewRenderer(blocks, "ascii").Render(i, 80); !strings.Contains(out, "*"+tt.lead+"*") {
			t.Errorf("%s ascii: lead phrase not marked: %q", tt.lang, out)
		}
	}
}

func TestFormulaOnceBeforeParts(t *testing.T) {
	d := &content.Document{Language: "en", Formula: "The General Assembly,", Parts: []content.Part{
		{Label: "A", Formula: "The General Assembly,", Operative: []content.Paragraph{{ID: "A.op1", Kind: content.Operative, Text: "Decides;"}}},
		{Label: "B", Formula: "The General Assembly,", Operative: []content.Paragraph{{ID: "B.op1", Kind: content.Operative, Text: "Decides;"}}},
	}}
	n := strings.Count(Markdown(d), "The General Assembly,")
	if n != 2 {
		t.Errorf("the formula is shown %d times for two parts that each open with it:\n%s", n, Markdown(d))
	}
	d.Parts[0].Formula, d.Parts[1].Formula = "", ""
	if n := strings.Count(Markdown(d), "The General Assembly,"); n != 1 {
		t.Errorf("without formulas of their own: %d", n)
	}
}
