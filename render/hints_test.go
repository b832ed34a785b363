package render

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"resolute/content"
)

// TestBreakHints checks glamour's input: hints where lines may break in
// Chinese, kept spaces and stand-ins where they must not, no hint next to
// an emphasis delimiter inside it, and nothing of them in the output.
func TestBreakHints(t *testing.T) {
	d := &content.Document{Language: "zh", Parts: []content.Part{{Operative: []content.Paragraph{
		{ID: "op1", Number: ptr("1"), Lead: "决定", Text: "决定第67/6号决议于2004年12月2日生效，"},
	}}}}
	md := Blocks(d)[0].Markdown
	g := glueHint
	for _, want := range []string{"定*" + breakHint + "第" + g + "67/6" + g + "号" + breakHint + "决", "于" + g + "2004" + g + "年" + g + "12" + g + "月" + g + "2" + g + "日" + breakHint + "生"} {
		if !strings.Contains(md, want) {
			t.Errorf("Chinese Markdown %q lacks %q", md, want)
		}
	}
	if strings.Contains(md, "*"+breakHint+"决定") || strings.Contains(md, "决定"+breakHint+"*") {
		t.Errorf("a hint inside the emphasis: %q", md)
	}
	en := &content.Document{Language: "en", Parts: []content.Part{{Operative: []content.Paragraph{
		{ID: "op1", Text: "COVID-19 and the Secretary-General, calibre 14.5 mm, on 2 December 2004 (S/AC.51/2020/6)"},
	}}}}
	md = Blocks(en)[0].Markdown
	for _, want := range []string{"COVID\ue00019", "Secretary\\-General", "14\ue0025" + keepSpace + g + "mm",
		"2" + keepSpace + g + "December" + keepSpace + g + "2004", "S/AC\ue00251/2020/6"} {
		if !strings.Contains(md, want) {
			t.Errorf("English Markdown %q lacks %q", md, want)
		}
	}
	for _, doc := range []*content.Document{d, en} {
		for _, w := range []int{8, 20, 40} {
			out := ANSI(doc, w, "dark")
			if strings.ContainsAny(out, breakHint+keepSpace+"\ue000\ue001\ue002\ue003\ue004\ue005") {
				t.Errorf("width %d: the output keeps a hint: %q", w, out)
			}
		}
	}
}

// TestWrapKeepsNumbersWhole renders sentences of the six languages at
// narrow widths and checks that each whole stays on one line, and that
// where the line is too narrow for it, it breaks only at its spaces.
func TestWrapKeepsNumbersWhole(t *testing.T) {
	tests := []struct {
		lang, text string
		whole      []string
	}{
		{"zh", "回顾其关于加强联合国人道主义紧急援助协调的1991年12月19日第46/182号决议和2012年11月19日第67/6号决议以及A/RES/75/1号文件，", []string{"1991年12月19日", "第46/182号", "第67/6号", "A/RES/75/1号"}},
		{"en", "Recalling its resolutions 59/50 of 2 December 2004 and Security Council resolution 2334 (2016), and document A/RES/75/1, COVID-19 and 1 000 000 people",
			[]string{"59/50", "2 December 2004", "2334 (2016)", "A/RES/75/1", "COVID-19", "1 000 000"}},
		{"fr", "Rappelant sa résolution 59/50 du 2 décembre 2004 et le programme « Programme commun » ; décide : 5 % de 500 dollars",
			[]string{"2 décembre 2004", "« Programme", "commun » ;", "décide :", "5 %", "500 dollars"}},
		{"es", "Recordando su resolución 59/50, de 2 de diciembre de 2004, y el calibre de 14,5 mm", []string{"2 de diciembre de 2004", "14,5 mm"}},
		{"ru", "ссылаясь на свою резолюцию 59/50 от 2 декабря 2004 года и на 5 000 долл. США", []string{"2 декабря 2004 года", "5 000 долл."}},
		{"ar", "إذ تشير إلى قرارها 59/50 المؤرخ 2 كانون الأول/ديسمبر 2004 وإلى الوثيقة A/RES/75/1", []string{"2 كانون الأول/ديسمبر 2004", "A/RES/75/1"}},
	}
	for _, tt := range tests {
		d := &content.Document{Language: tt.lang, Parts: []content.Part{{Operative: []content.Paragraph{{ID: "op1", Text: tt.text}},
			Preamble: []content.Paragraph{{ID: "pp1", Text: tt.text}}}},
			Footnotes: []content.Footnote{{Marker: "1", Text: tt.text, Paragraph: "op1"}}}
		for w := 24; w <= 60; w++ {
			out := ansi.Strip(ANSI(d, w, "dark"))
			for _, whole := range tt.whole {
				// Three copies: the preambular and operative paragraphs,
				// and the footnote.
				if n := strings.Count(out, whole); n != 3 && (w >= 40 || !strings.Contains(whole, " ")) {
					t.Errorf("%s at %d columns: %q is split:\n%s", tt.lang, w, whole, out)
				}
				for _, word := range strings.Fields(whole) {
					if n := strings.Count(out, word); n < 3 {
						t.Errorf("%s at %d columns: %q is cut:\n%s", tt.lang, w, word, out)
					}
				}
			}
		}
	}
}
