package content

import "testing"

// TestAnnexSectionHeadings checks that an annex's section headings, label
// and title on one line, are headings in every language's form and not
// paragraphs, so that the annex's numbered paragraphs keep their ids.
func TestAnnexSectionHeadings(t *testing.T) {
	tests := []struct {
		lang, text, heading string
	}{
		{"en", "Annex\n\nTerms of reference\n\nI. . Establishment\n\n1. The fund is established.\n\nII. . Background\n\n2. The Court is the organ.\n",
			"I. Establishment"},
		{"ar", "المرفق\n\nاختصاصات الصندوق\n\nأولا - الإنشاء\n\n1 - يُنشأ الصندوق.\n\nثانيا - معلومات أساسية\n\n2 - المحكمة هي الجهاز.\n",
			"أولا - الإنشاء"},
		{"zh", "附件\n\n信托基金职权范围\n\n一. 设立\n\n1. 信托基金由秘书长设立。\n\n二. 背景\n\n2. 国际法院是主要司法机关。\n",
			"一. 设立"},
	}
	for _, tt := range tests {
		d := Parse("United Nations\n\nA/RES/75/129\n\nThe General Assembly,\n\n1. Decides to establish the fund;\n\n"+tt.text, Options{Language: tt.lang})
		if len(d.Annexes) != 1 {
			t.Errorf("%s: %d annexes", tt.lang, len(d.Annexes))
			continue
		}
		ps := d.Annexes[0].Paragraphs
		if len(ps) != 2 || ps[0].ID != "annex.p1" || ps[1].ID != "annex.p2" {
			t.Errorf("%s: annex paragraphs %d, want 2 (annex.p1, annex.p2)", tt.lang, len(ps))
			continue
		}
		if ps[0].Heading != tt.heading {
			t.Errorf("%s: heading %q, want %q", tt.lang, ps[0].Heading, tt.heading)
		}
	}
}
