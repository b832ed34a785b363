package content

import "testing"

// TestParagraphEndMarks checks that what may follow a paragraph's final
// punctuation, invisible format characters included, does not hide it.
func TestParagraphEndMarks(t *testing.T) {
	tests := []struct {
		name         string
		in           string
		comma, final bool
	}{
		{"plain comma", "回顾其决议，", true, false},
		{"LRM after comma", "回顾其决议，\u200e", true, false},
		{"LRM then footnote", "收到了年度报告，\u200e¹", true, false},
		{"footnote then LRM", "收到了年度报告，¹\u200e", true, false},
		{"zero width space", "Recalling its resolution,\u200b", true, false},
		{"full stop and RLM", "决定继续审议该问题。\u200f", false, true},
		{"no punctuation", "回顾其决议\u200e", false, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := endsWithComma(tc.in); got != tc.comma {
				t.Errorf("endsWithComma(%q) = %v, want %v", tc.in, got, tc.comma)
			}
			if got := endsSentence(tc.in); got != tc.final {
				t.Errorf("endsSentence(%q) = %v, want %v", tc.in, got, tc.final)
			}
		})
	}
}

// TestFormulaFormatMarks checks that an enacting formula followed by a
// left-to-right mark is still the formula.
func TestFormulaFormatMarks(t *testing.T) {
	names := map[string]string{organKey("大会，"): organGA, organKey("大会"): organGA}
	for _, in := range []string{"大会，", "大会，\u200e", "\u200e大会，\u200e"} {
		if o, ok := formulaOrgan(in, names); !ok || o != organGA {
			t.Errorf("formulaOrgan(%q) = %q, %v; want %q", in, o, ok, organGA)
		}
	}
	if o, _, ok := bareFormulaOrgan("大会\u200e", names); !ok || o != organGA {
		t.Errorf("bareFormulaOrgan(大会+LRM) = %q, %v", o, ok)
	}
}
