package render

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"resolute/content"
)

func TestHeadingsWithoutHashes(t *testing.T) {
	d := multipart()
	d.Annexes = []content.Annex{{ID: "annex", Label: "Annex", Title: "Terms of reference",
		Paragraphs: []content.Paragraph{{ID: "annex.p1", Kind: content.AnnexText, Heading: "I. Establishment", Text: "A fund is established."}}}}
	for _, style := range []string{"dark", "light"} {
		out := ansi.Strip(ANSI(d, 80, style))
		if strings.Contains(out, "#") {
			t.Errorf("%s: hash marks in the rendering:\n%s", style, out)
		}
		for _, want := range []string{"Annex", "Terms of reference", "I. Establishment", clean(d.Title)} {
			if !strings.Contains(out, want) {
				t.Errorf("%s: %q missing:\n%s", style, want, out)
			}
		}
	}
}

func TestArabicNumbers(t *testing.T) {
	n := "3"
	d := &content.Document{Language: "ar", Parts: []content.Part{{Operative: []content.Paragraph{
		{ID: "op3", Kind: content.Operative, Number: &n, Text: "تقرر أن تبقي المسألة قيد نظرها."}}}}}
	bl := Blocks(d)
	if len(bl) != 1 || !strings.HasPrefix(bl[0].Plain, "3 - ") || !strings.HasPrefix(bl[0].Markdown, "**3 \\-**") {
		t.Errorf("Arabic number: %+v", bl)
	}
	d.Language = "en"
	if bl := Blocks(d); len(bl) != 1 || !strings.HasPrefix(bl[0].Plain, "3. ") {
		t.Errorf("English number: %+v", bl)
	}
}
