package akn

import (
	"strings"
	"testing"

	"resolute/content/cite"
)

func TestMergeCitations(t *testing.T) {
	in := wrap(`<identification><FRBRExpression><FRBRlanguage language="eng"/></FRBRExpression></identification>`,
		`<preamble><container name="Recalling"><p>Recalling its resolutions <a href="https://undocs.org/en/A/HRC/RES/40/151">40/151</a> and 59/50 and <a href="https://undocs.org/en/A/RES/65/122">65/122</a>,</p></container></preamble>`)
	root, err := readTreeBytes([]byte(in), "m.xml")
	if err != nil {
		t.Fatal(err)
	}
	b := newBuilder("m.xml")
	b.buildFrom(root)
	text := b.doc.Parts[0].Preamble[0].Text
	at := func(s string) (int, int) {
		i := strings.Index(text, s)
		return i, i + len(s)
	}
	// A fake scanner: it reads 40/151 as a GA resolution (the link says
	// HRC), finds the unlinked 59/50, and agrees with the link on 65/122.
	scan := func(text, lang, organ string) []cite.Match {
		var out []cite.Match
		for _, m := range []struct{ s, sym string }{{"40/151", "A/RES/40/151"}, {"59/50", "A/RES/59/50"}, {"65/122", "A/RES/65/122"}} {
			s, e := at(m.s)
			out = append(out, cite.Match{Start: s, End: e, Symbol: m.sym, Kind: "resolution", Date: "2004-12-02"})
		}
		return out
	}
	b.mergeCitations(scan)
	var got []string
	for _, c := range b.doc.Citations {
		got = append(got, c.Symbol)
		for _, m := range c.Mentions {
			if m.Paragraph != "pp1" || m.Start < 0 || m.End > len(text) {
				t.Errorf("%s: bad mention %+v", c.Symbol, m)
			}
		}
		if c.Symbol == "A/RES/65/122" && (len(c.Mentions) != 1 || c.Date != "2004-12-02") {
			t.Errorf("linked and scanned 65/122 give %d mentions and date %q, want 1 and the scanned date", len(c.Mentions), c.Date)
		}
	}
	want := "A/HRC/RES/40/151 A/RES/40/151 A/RES/59/50 A/RES/65/122"
	if strings.Join(got, " ") != want {
		t.Errorf("citations %q, want %q", strings.Join(got, " "), want)
	}
}

func TestArabicSession(t *testing.T) {
	tests := []struct{ sym, before, want string }{
		{"A/RES/10/2", "القرار دإ-", "A/RES/S-10/2"},
		{"A/RES/10/15", "القرار دإط-", "A/RES/ES-10/15"},
		{"A/RES/10/2", "القرار ", "A/RES/10/2"},
		{"A/RES/S-10/2", "دإ-", "A/RES/S-10/2"},
		{"S/RES/10 (1946)", "دإ-", "S/RES/10 (1946)"},
	}
	for _, tt := range tests {
		if got := arabicSession(tt.sym, tt.before); got != tt.want {
			t.Errorf("arabicSession(%q, %q) = %q, want %q", tt.sym, tt.before, got, tt.want)
		}
	}
}
