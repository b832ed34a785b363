package parallel

import (
	"strconv"
	"strings"
	"testing"

	"resolute/content"
)

// annexDoc returns a document whose one annex (annexID) holds a paragraph
// for each of numbers: a number, or "-" for an unnumbered paragraph.
func annexDoc(annexID, numbers string) *content.Document {
	a := content.Annex{ID: annexID}
	for i, n := range strings.Fields(numbers) {
		p := content.Paragraph{ID: annexID + ".p" + strconv.Itoa(i+1), Kind: content.AnnexText, Text: "x"}
		if n != "-" {
			p.Number = &n
		}
		a.Paragraphs = append(a.Paragraphs, p)
	}
	return &content.Document{Language: "en", Annexes: []content.Annex{a}}
}

// keyList returns the keys of d's annex paragraphs under keys, in order.
func keyList(d *content.Document, keys map[string]string) string {
	var out []string
	for _, p := range d.Annexes[0].Paragraphs {
		k, ok := keys[p.ID]
		if !ok {
			k = p.ID
		}
		out = append(out, k)
	}
	return strings.Join(out, " ")
}

// TestKeys checks the keys annex paragraphs align by: the printed number,
// the place after the last number for an unnumbered one, a suffix for a
// number printed twice; and the ids themselves where a version prints no
// numbers or misprints them, so that numbers would pair fewer paragraphs.
func TestKeys(t *testing.T) {
	tests := []struct {
		name, annex, left, right, wantLeft, wantRight string
	}{
		{"numbered", "annex", "1 2 3", "1 2 3", "annex.n1 annex.n2 annex.n3", "annex.n1 annex.n2 annex.n3"},
		{"a line more", "annex", "1 2 3", "1 - 2 3", "annex.n1 annex.n2 annex.n3", "annex.n1 annex.n1_1 annex.n2 annex.n3"},
		{"unnumbered among them", "annex", "- 1 - - 2", "- 1 - - 2",
			"annex.n0_1 annex.n1 annex.n1_1 annex.n1_2 annex.n2", "annex.n0_1 annex.n1 annex.n1_1 annex.n1_2 annex.n2"},
		{"a table", "annexII", "- - -", "- - -", "annexII.n0_1 annexII.n0_2 annexII.n0_3", "annexII.n0_1 annexII.n0_2 annexII.n0_3"},
		{"a number printed twice", "annex", "1 1 2", "1 1 2", "annex.n1 annex.n1-2 annex.n2", "annex.n1 annex.n1-2 annex.n2"},
		{"no numbers in one version", "annex", "1 2 3", "- - -", "annex.p1 annex.p2 annex.p3", "annex.p1 annex.p2 annex.p3"},
		{"numbers misprinted", "annex", "1 2 3 4 5", "1 1 1 2 3", "annex.p1 annex.p2 annex.p3 annex.p4 annex.p5", "annex.p1 annex.p2 annex.p3 annex.p4 annex.p5"},
	}
	for _, tt := range tests {
		l, r := annexDoc(tt.annex, tt.left), annexDoc(tt.annex, tt.right)
		lk, rk := Keys(l, r)
		if got := keyList(l, lk); got != tt.wantLeft {
			t.Errorf("%s: left %q, want %q", tt.name, got, tt.wantLeft)
		}
		if got := keyList(r, rk); got != tt.wantRight {
			t.Errorf("%s: right %q, want %q", tt.name, got, tt.wantRight)
		}
	}
	if lk, rk := Keys(nil, annexDoc("annex", "1")); lk != nil || rk != nil {
		t.Error("Keys with a nil document gives keys")
	}
}

// TestRowsByKey checks that annex paragraphs pair by their numbers: a line
// the right version has more (an unnumbered paragraph before 2) is a gap,
// and paragraph 2 still stands beside paragraph 2 though its id there is
// annex.p3.
func TestRowsByKey(t *testing.T) {
	l, r := annexDoc("annex", "1 2 3"), annexDoc("annex", "1 - 2 3")
	lp, rp := paragraphsOf(l), paragraphsOf(r)
	ids := func(ps []content.Paragraph) []string {
		var out []string
		for _, p := range ps {
			out = append(out, p.ID)
		}
		return out
	}
	li, ri := ids(lp), ids(rp)
	lk, rk := Keys(l, r)
	rows := rowsByKey(li, ri, keysOf(li, lk), keysOf(ri, rk), NamesOf("en", "fr"))
	var got []string
	for _, row := range rows {
		s := row.ID + " "
		if row.L >= 0 {
			s += li[row.L]
		} else {
			s += "-"
		}
		s += "|"
		if row.R >= 0 {
			s += ri[row.R]
		} else {
			s += "-"
		}
		if row.Note != "" {
			s += " (" + row.Note + ")"
		}
		got = append(got, s)
	}
	want := "annex.p1 annex.p1|annex.p1, annex.p2 -|annex.p2 (en has no paragraph after annex paragraph 1), annex.p2 annex.p2|annex.p3, annex.p3 annex.p3|annex.p4"
	if strings.Join(got, ", ") != want {
		t.Errorf("\n got %s\nwant %s", strings.Join(got, ", "), want)
	}
	// By id alone, the same versions pair 2 with the unnumbered line.
	if byID := Rows(li, ri, NamesOf("en", "fr")); byID[1].L != 1 || byID[1].R != 1 {
		t.Errorf("Rows by id: row 2 is %+v, want the two annex.p2", byID[1])
	}
}
