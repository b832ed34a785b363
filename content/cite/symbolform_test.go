package cite

import (
	"strings"
	"testing"
)

func TestSymbol(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		// Full symbols, as written and as linked.
		{"S/RES/2334 (2016)", "S/RES/2334 (2016)", true},
		{"s/res/2334(2016)", "S/RES/2334 (2016)", true},
		{"S/RES/2334\u00a0(2016)", "S/RES/2334 (2016)", true},
		{"A/RES/75/1", "A/RES/75/1", true},
		{"a/res/75/1", "A/RES/75/1", true},
		{" A/RES/75/1 ", "A/RES/75/1", true},
		{"A/hrc/RES/43/1", "A/HRC/RES/43/1", true},
		{"A/HRC/RES/S-21/1", "A/HRC/RES/S-21/1", true},
		{"A/RES/56/214 B", "A/RES/56/214B", true},
		{"A/RES/61/250 A", "A/RES/61/250", true},
		{"A/RES/217 A (III)", "A/RES/217 (III)", true},
		{"A/RES/217(III)", "A/RES/217 (III)", true},
		{"A/RES/3201 (S-VI)", "A/RES/3201(S-VI)", true},
		{"A/RES/3201(S-VI)", "A/RES/3201(S-VI)", true},
		{"A/RES/ES-11/1", "A/RES/ES-11/1", true},
		{"E/RES/2019/19", "E/RES/2019/19", true},
		{"E/CN.4/RES/2005/1", "E/CN.4/RES/2005/1", true},
		{"A/65/L.6", "A/65/L.6", true},
		{"a/65/l.6/add.1", "A/65/L.6/Add.1", true},
		{"A/C.3/65/L.20/Rev.1", "A/C.3/65/L.20/Rev.1", true},
		{"A/CONF.157/24 (Part I)", "A/CONF.157/24 (Part I)", true},
		{"A/CONF.157/24(PartI)", "A/CONF.157/24 (Part I)", true},
		{"S/PV.6201 (Resumption 1)", "S/PV.6201 (Resumption 1)", true},
		{"A/HRC/DEC/19/119", "A/HRC/DEC/19/119", true},
		// Bare numbers: the Assembly's, the Council's by its year, the
		// Economic and Social Council's by its year-first number.
		{"75/1", "A/RES/75/1", true},
		{"2334 (2016)", "S/RES/2334 (2016)", true},
		{"2334(2016)", "S/RES/2334 (2016)", true},
		{"2019/19", "E/RES/2019/19", true},
		{"1514 (XV)", "A/RES/1514 (XV)", true},
		{"ES-11/1", "A/RES/ES-11/1", true},
		{"56/214 B", "A/RES/56/214B", true},
		// Citations in words.
		{"resolution 1631 (2005)", "S/RES/1631 (2005)", true},
		{"Security Council resolution 2334 (2016)", "S/RES/2334 (2016)", true},
		{"Human Rights Council resolution 43/1", "A/HRC/RES/43/1", true},
		{"decision 64/555", "decision 64/555", true},
		{"résolution 59/50 du Conseil des droits de l’homme", "A/HRC/RES/59/50", true},
		{"resolución 59/50", "A/RES/59/50", true},
		{"резолюция 1631 (2005)", "S/RES/1631 (2005)", true},
		{"القرار 59/50", "A/RES/59/50", true},
		{"第59/50号决议", "A/RES/59/50", true},
		// Not one citation.
		{"", "", false},
		{"75", "", false},
		{"resolutions 59/50 and 60/1", "", false},
		{"WHA75/10", "", false},
		{"X/2", "", false},
		{"hello", "", false},
	}
	for _, tt := range tests {
		got, ok := Symbol(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("Symbol(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
		if ok {
			if again, ok2 := Symbol(got); again != got || !ok2 {
				t.Errorf("Symbol(%q) = %q, %v; a canonical symbol must stay itself", got, again, ok2)
			}
			if key, _ := Canonical(tt.in); writtenAsSymbol(tt.in) && key != strings.ToUpper(got) {
				t.Errorf("Canonical(%q) = %q, want Symbol's %q upper-cased", tt.in, key, got)
			}
		}
	}
}

// TestKeyApart checks that Canonical keeps another body's resolution,
// which Scan writes in words, apart from the Assembly's number.
func TestKeyApart(t *testing.T) {
	a, _ := Canonical("resolution 51/2")
	b, _ := Canonical("A/RES/51/2")
	if a == b {
		t.Errorf("Canonical joins %q and %q", "resolution 51/2", "A/RES/51/2")
	}
	c, _ := Canonical("A/CONF.157/24(PartI)")
	d, _ := Canonical("A/CONF.157/24 (Part I)")
	if c != d {
		t.Errorf("Canonical(%q) = %q, Canonical(%q) = %q", "A/CONF.157/24(PartI)", c, "A/CONF.157/24 (Part I)", d)
	}
}

func TestPossible(t *testing.T) {
	tests := []struct {
		symbol, date string
		want         bool
	}{
		{"A/RES/75/1", "", true},
		{"A/RES/75/1", "2020-09-22", true},
		{"A/RES/46/21", "2021-03-24", false}, // a Human Rights Council date
		{"A/RES/31/1", "", true},
		{"A/RES/30/1", "", false}, // the 30th session numbered 3379 (XXX)
		{"A/RES/5/7", "", false},  // an Environment Assembly number
		{"A/RES/ES-11/1", "", true},
		{"A/RES/S-26/2", "", true},
		{"A/RES/999/1", "", false},
		{"A/HRC/RES/43/1", "", true},
		{"A/HRC/RES/99/1", "", false},
		{"S/RES/1631 (2005)", "", true},
		{"S/RES/39 (2022)", "", false}, // "general recommendation No. 39 (2022)"
		{"A/RES/1514 (XV)", "", true},
		{"A/RES/8 (XXXII)", "", false}, // an African Union declaration
		{"E/RES/2019/19", "", true},
		{"A/65/L.6", "", true},
	}
	for _, tt := range tests {
		if got := Possible(tt.symbol, tt.date); got != tt.want {
			t.Errorf("Possible(%q, %q) = %v, want %v", tt.symbol, tt.date, got, tt.want)
		}
	}
}

// TestInvisibleAt checks the byte-level test against the invisible set,
// over every rune of the Basic Multilingual Plane.
func TestInvisibleAt(t *testing.T) {
	for r := rune(1); r < 0x10000; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		s := string(r) + "x"
		want := 0
		if strings.ContainsRune(invisible, r) {
			want = len(string(r))
		}
		if got := invisibleAt(s, 0); got != want {
			t.Fatalf("invisibleAt(%U) = %d, want %d", r, got, want)
		}
	}
	text := "قــرارَها 59/50"
	clean, cuts := stripInvisible(text)
	if clean != "قرارها 59/50" {
		t.Errorf("stripInvisible = %q", clean)
	}
	for i := 0; i < len(clean); i++ {
		if o := orig(cuts, i); text[o] != clean[i] {
			t.Fatalf("orig(%d) = %d: %q, want %q", i, o, text[o], clean[i])
		}
	}
}

// writtenAsSymbol reports whether s is a symbol or a bare number, as
// written, not a citation in words.
func writtenAsSymbol(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return false
	}
	if isDigit(s[0]) || strings.HasPrefix(s, "ES-") {
		return true
	}
	i := strings.IndexByte(s, '/')
	return i > 0 && i <= 8 && strings.Trim(strings.ToUpper(s[:i]), "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") == ""
}
