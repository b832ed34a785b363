package akn

import (
	"strings"
	"testing"

	"resolute/content/cite"
)

func TestMergeCitations(t *testing.T) {
	in := wrap(`<identification><FRBRExpression><FRBRlanguage language="eng"/></FRBRExpression></identification>`,
		`<preamble><container name="Recalling"><p>Recalling its resolutions <a href="https://undocs.org/en/A/HRC/RES/40/151">40/151</a> and 59/50 and <a href="https://undocs.org/en/A/RES/65/122">65/122</a> and Human Rights Council resolution <a href="https://undocs.org/en/a/res/48/6">48/6</a>,</p></container></preamble>`)
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
	// A fake scanner: it reads 40/151 as a GA resolution from its shape
	// alone (the link says HRC, and wins), finds the unlinked 59/50, agrees
	// with the link on 65/122, and reads 48/6 as the HRC's because the
	// text says so (the link, in lower case, says GA: the text wins).
	scan := func(text, lang, organ string) []cite.Match {
		var out []cite.Match
		for _, m := range []struct {
			s, sym, date string
			stated       bool
		}{{"40/151", "A/RES/40/151", "", false}, {"59/50", "A/RES/59/50", "", false}, {"65/122", "A/RES/65/122", "2010-12-10", true}, {"48/6", "A/HRC/RES/48/6", "", true}} {
			s, e := at(m.s)
			out = append(out, cite.Match{Start: s, End: e, Symbol: m.sym, Kind: "resolution", Date: m.date, Stated: m.stated})
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
		if c.Symbol == "A/RES/65/122" && (len(c.Mentions) != 1 || c.Date != "2010-12-10") {
			t.Errorf("linked and scanned 65/122 give %d mentions and date %q, want 1 and the scanned date", len(c.Mentions), c.Date)
		}
	}
	want := "A/HRC/RES/40/151 A/RES/59/50 A/RES/65/122 A/HRC/RES/48/6"
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

func TestLinkSymbol(t *testing.T) {
	tests := []struct{ href, want string }{
		{"https://undocs.org/ru/A/hrc/RES/42/12", "A/HRC/RES/42/12"},
		{"https://undocs.org/en/a/res/75/1", "A/RES/75/1"},
		{"https://undocs.org/en/A/CONF.157/24(PartI)", "A/CONF.157/24 (Part I)"},
		{"https://undocs.org/S/RES/2140 (2014)", "S/RES/2140 (2014)"},
		{"https://docs.un.org/fr/S/RES/2140(2014)", "S/RES/2140 (2014)"},
		{"https://undocs.org/en/A/RES/56/214 B", "A/RES/56/214B"},
		// Not a UN symbol: kept as the link writes it (the text wins
		// over it, see TestMergeCitations).
		{"https://undocs.org/ch/hrc/RES/49/21", "HRC/RES/49/21"},
		{"https://example.org/A/RES/75/1", ""},
	}
	for _, tt := range tests {
		if got := linkSymbol(tt.href); got != tt.want {
			t.Errorf("linkSymbol(%q) = %q, want %q", tt.href, got, tt.want)
		}
	}
}

// TestMergeOneSymbolPerMention checks, with the real scanner, that a link
// and the scanner's reading of the same words give one citation: spelled
// two ways (one key), an impossible link dropped, another body's
// resolution kept apart from the Assembly's number.
func TestMergeOneSymbolPerMention(t *testing.T) {
	in := wrap(`<identification><FRBRExpression><FRBRlanguage language="eng"/></FRBRExpression></identification>`,
		`<preamble><container name="Recalling"><p>Recalling the Vienna Declaration (<a href="https://undocs.org/en/A/CONF.157/24(PartI)">A/CONF.157/24 (Part I)</a>), `+
			`Commission on the Status of Women resolution <a href="https://undocs.org/en/A/RES/51/2">51/2</a> of 9 March 2007 `+
			`and United Nations Environment Assembly resolution <a href="https://undocs.org/en/A/RES/5/7">5/7</a>,</p></container></preamble>`)
	d, err := ParseBytes([]byte(in), "m.xml")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range d.Citations {
		got = append(got, c.Symbol+"|"+c.Organ)
	}
	want := "A/CONF.157/24 (Part I)|General Assembly; resolution 51/2|Commission on the Status of Women; resolution 5/7|United Nations Environment Assembly"
	if strings.Join(got, "; ") != want {
		t.Errorf("citations %q, want %q", strings.Join(got, "; "), want)
	}
}
