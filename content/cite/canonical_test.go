package cite

import (
	"slices"
	"testing"
)

func TestCanonical(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"S/RES/2334 (2016)", "S/RES/2334 (2016)", true},
		{"s/res/2334(2016)", "S/RES/2334 (2016)", true},
		{"S/RES/2334\u00a0(2016)", "S/RES/2334 (2016)", true},
		{"  S/RES/2334  (2016) ", "S/RES/2334 (2016)", true},
		{"A/RES/75/1", "A/RES/75/1", true},
		{"a/res/75/1", "A/RES/75/1", true},
		{"75/1", "A/RES/75/1", true},
		{"2334 (2016)", "S/RES/2334 (2016)", true},
		{"2334(2016)", "S/RES/2334 (2016)", true},
		{"1514 (XV)", "A/RES/1514 (XV)", true},
		{"A/RES/1514 (XV)", "A/RES/1514 (XV)", true},
		{"A/RES/3201 (S-VI)", "A/RES/3201(S-VI)", true},
		{"ES-10/1", "A/RES/ES-10/1", true},
		{"A/RES/ES-10/1", "A/RES/ES-10/1", true},
		{"A/RES/S-26/2", "A/RES/S-26/2", true},
		{"A/RES/77/128 A-B", "A/RES/77/128A-B", true},
		{"A/RES/77/128 A–B", "A/RES/77/128A-B", true}, // en dash
		{"A/RES/56/214 B", "A/RES/56/214B", true},
		{"56/214 B", "A/RES/56/214B", true},
		{"A/RES/61/250 A", "A/RES/61/250", true},
		{"A/RES/40/151 G", "A/RES/40/151", true},
		{"2019/19", "E/RES/2019/19", true},
		{"E/RES/2019/19", "E/RES/2019/19", true},
		{"A/HRC/RES/43/1", "A/HRC/RES/43/1", true},
		{"a/hrc/res/43/1", "A/HRC/RES/43/1", true},
		{"A/65/L.6", "A/65/L.6", true},
		{"A/65/L.6/Add.1", "A/65/L.6/ADD.1", true},
		{"decision 64/555", "DECISION 64/555", true},
		{"Decision 64/555", "DECISION 64/555", true},
		{"hello", "HELLO", false},
		{"", "", false},
		{"75", "75", false},
		{"notes/today.txt", "NOTES/TODAY.TXT", false},
	}
	for _, tt := range tests {
		got, ok := Canonical(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("Canonical(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

// TestCanonicalMeetsScan checks that what Scan writes for a citation is
// its own key: a document's citations and a user's lookups meet.
func TestCanonicalMeetsScan(t *testing.T) {
	texts := []struct{ text, lang, organ string }{
		{"Recalling its resolution 59/50 of 2 December 2004 and Security Council resolution 1631 (2005)", "en", "General Assembly"},
		{"Rappelant sa résolution 56/214 B et la résolution 2625 (XXV)", "fr", "General Assembly"},
		{"Reaffirming resolution S/RES/2334 (2016) and A/RES/77/128 A–B", "en", "Security Council"},
		{"回顾其2004年12月2日第59/50号决议", "zh", "General Assembly"},
	}
	for _, tt := range texts {
		for _, m := range Scan(tt.text, tt.lang, tt.organ) {
			key, ok := Canonical(m.Symbol)
			if !ok {
				t.Errorf("Canonical(%q) (from Scan) is no symbol", m.Symbol)
			}
			if want, _ := Canonical(key); key != want {
				t.Errorf("Canonical not idempotent on %q: %q then %q", m.Symbol, key, want)
			}
			if key != upper(m.Symbol) {
				t.Errorf("Canonical(%q) = %q, want the symbol itself upper-cased", m.Symbol, key)
			}
		}
	}
}

func upper(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
	}
	return string(b)
}

func TestKeys(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"A/RES/77/128 A-B", []string{"A/RES/77/128A-B", "A/RES/77/128", "A/RES/77/128B"}},
		{"A/RES/76/84 B-C", []string{"A/RES/76/84B-C", "A/RES/76/84B", "A/RES/76/84C"}},
		{"A/RES/75/1", []string{"A/RES/75/1"}},
		{"S/RES/2334 (2016)", []string{"S/RES/2334 (2016)"}},
		{"A/RES/3201 (S-VI)", []string{"A/RES/3201(S-VI)"}},
		{"not a symbol", nil},
	}
	for _, tt := range tests {
		if got := Keys(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("Keys(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
