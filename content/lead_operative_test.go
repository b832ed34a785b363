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
