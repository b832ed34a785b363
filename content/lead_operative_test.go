package content

import "testing"

// TestOperativeForm checks which openings are operative only: the reader
// keeps such a paragraph operative even when it ends with a comma.
func TestOperativeForm(t *testing.T) {
	tests := []struct {
		lang, text string
		want       bool
	}{
		{"en", "Takes note of the revised estimates,", true},
		{"en", "Recalling its resolution 76/246,", false},
		{"ar", "تحيط علما بالتقديرات المنقحة،", true},
		{"ar", "وإذ تحيط علما بالتقرير،", false},
		{"ar", "تُقرر، وفقا لأحكام المادة 96 من الميثاق، أن تطلب فتوى:", true},
		{"zh", "指出，阿富汗伊斯兰酋长国不为联合国所承认，", false},
		{"zh", "对针对外国记者的恐吓和报复行为感到震惊，", false},
		{"fr", "Rappelant sa résolution 76/246,", false},
	}
	for _, tt := range tests {
		if got := OperativeForm(tt.lang, tt.text); got != tt.want {
			t.Errorf("OperativeForm(%s, %q) = %v, want %v", tt.lang, tt.text, got, tt.want)
		}
	}
}

// TestChineseAlsoPrefix checks that "又" and "还" (also) before a Chinese
// lead make a lead ("还申明", also affirming, the Chinese A/RES/77/177),
// so that the line opens a preambular paragraph rather than closing the
// list before it; a line without a lead after them stays without one.
func TestChineseAlsoPrefix(t *testing.T) {
	m := sharedLeadMatchers()["zh"]
	for _, tt := range []struct{ text, want string }{
		{"还申明《联合国宪章》宗旨和原则，", "还申明"},
		{"又申明《联合国宪章》宗旨和原则，", "又申明"},
		{"申明《联合国宪章》宗旨和原则，", "申明"},
		{"还回顾其第76/216号决议，", "还回顾"},
		{"还有《行动纲领》所载承诺，", ""},
	} {
		if got, _ := m.match(tt.text); got != tt.want {
			t.Errorf("match(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
	if !PreambularLead("zh", "还申明《联合国宪章》宗旨和原则，") {
		t.Error("还申明 is not a preambular lead")
	}
}
