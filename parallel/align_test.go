package parallel

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// show writes an alignment as "L|R" cells: "a|a", "b|-", "-|c".
func show(left, right []string, rows []Row) string {
	var cells []string
	for _, r := range rows {
		l, rr := "-", "-"
		if r.L >= 0 {
			l = left[r.L]
		}
		if r.R >= 0 {
			rr = right[r.R]
		}
		c := l + "|" + rr
		if r.Note != "" {
			c += " (" + r.Note + ")"
		}
		cells = append(cells, c)
	}
	return strings.Join(cells, ", ")
}

func TestRows(t *testing.T) {
	ids := func(s string) []string { return strings.Fields(s) }
	tests := []struct {
		name        string
		left, right string
		want        string
	}{
		{"same", "pp1 op1 op2", "pp1 op1 op2", "pp1|pp1, op1|op1, op2|op2"},
		{"empty left", "", "op1", "-|op1 (en has no OP1)"},
		{"both empty", "", "", ""},
		{"right lacks one", "op6 op7 op8", "op6 op8", "op6|op6, op7|- (fr has no OP7), op8|op8"},
		{"left lacks one", "op6 op8", "op6 op7 op8", "op6|op6, -|op7 (en has no OP7), op8|op8"},
		{"left repeats", "op3 op4 op4-2 op5", "op3 op4 op5", "op3|op3, op4|op4, op4-2|- (en repeats 4), op5|op5"},
		{"both repeat", "op4 op4-2", "op4 op4-2", "op4|op4, op4-2|op4-2"},
		{"repeat in a part", "B.op4 B.op4-2", "B.op4", "B.op4|B.op4, B.op4-2|- (en repeats 4)"},
		{"different unnumbered", "op4 op4_1 op5", "op4 op5", "op4|op4, op4_1|- (fr has no paragraph after OP4), op5|op5"},
		{"order differs", "op1 op2 op3", "op1 op3 op2", "op1|op1, op2|- (OP2 is elsewhere in fr), op3|op3, -|op2 (OP2 is elsewhere in en)"},
		{"both sides gap between anchors", "op1 x op3", "op1 y op3", "op1|op1, x|- (fr has no x), -|y (en has no y), op3|op3"},
		{"duplicates matched in order", "a a b", "a b", "a|a, a|- (en repeats a), b|b"},
		{"parts and annex", "A.pp1 A.op1 B.op1 annex.p1", "A.pp1 A.op1 B.op1 annex.p1 annex.p2",
			"A.pp1|A.pp1, A.op1|A.op1, B.op1|B.op1, annex.p1|annex.p1, -|annex.p2 (en has no annex.p2)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, r := ids(tt.left), ids(tt.right)
			got := show(l, r, Rows(l, r, NamesOf("en", "fr")))
			if got != tt.want {
				t.Errorf("\n got %s\nwant %s", got, tt.want)
			}
		})
	}
}

// TestAlignCoversEverything checks, on generated sequences, that every index
// of each side appears once, in increasing order, and that paired ids are
// equal.
func TestAlignCoversEverything(t *testing.T) {
	pool := []string{"pp1", "pp2", "op1", "op2", "op2-2", "op3", "op3_1", "op4", "annex.p1"}
	seed := uint32(1)
	rnd := func(n int) int {
		seed = seed*1664525 + 1013904223
		return int(seed>>8) % n
	}
	for trial := 0; trial < 500; trial++ {
		gen := func() []string {
			out := make([]string, rnd(12))
			for i := range out {
				out[i] = pool[rnd(len(pool))]
			}
			return out
		}
		l, r := gen(), gen()
		pairs := Align(l, r)
		var li, ri []int
		for _, p := range pairs {
			if p.L >= 0 {
				li = append(li, p.L)
			}
			if p.R >= 0 {
				ri = append(ri, p.R)
			}
			if p.L >= 0 && p.R >= 0 && l[p.L] != r[p.R] {
				t.Fatalf("%v / %v: paired %q with %q", l, r, l[p.L], r[p.R])
			}
			if p.L < 0 && p.R < 0 {
				t.Fatalf("%v / %v: an empty row", l, r)
			}
		}
		want := func(n int) []int {
			out := []int{}
			for i := range n {
				out = append(out, i)
			}
			return out
		}
		if !slices.Equal(append([]int{}, li...), want(len(l))) || !slices.Equal(append([]int{}, ri...), want(len(r))) {
			t.Fatalf("%v / %v: indices %v %v", l, r, li, ri)
		}
	}
}

func TestAlignIdentityIsLinear(t *testing.T) {
	var ids []string
	for i := range 20000 {
		ids = append(ids, fmt.Sprintf("op%d", i))
	}
	pairs := Align(ids, ids)
	if len(pairs) != len(ids) {
		t.Fatalf("%d rows for %d ids", len(pairs), len(ids))
	}
	for i, p := range pairs {
		if p.L != i || p.R != i {
			t.Fatalf("row %d is %v", i, p)
		}
	}
}

func TestName(t *testing.T) {
	tests := map[string]string{
		"op7":        "OP7",
		"pp2":        "PP2",
		"B.op5":      "B.OP5",
		"op3(a)":     "OP3(a)",
		"op4_1":      "the paragraph after OP4",
		"op4_2":      "paragraph 2 after OP4",
		"op0_1":      "unnumbered paragraph 1",
		"II.op0_2":   "unnumbered paragraph 2 of II",
		"annex.p2":   "annex.p2",
		"masthead":   "the masthead",
		"formula:A":  "the enacting formula of A",
		"part:II":    "part II",
		"closing:II": "the closing lines of II",
		"annexII":    "annex II",
		"annex":      "the annex",
		// The keys annex paragraphs align by (Keys).
		"annex.n12":   "annex paragraph 12",
		"annexII.n3":  "paragraph 3 of annex II",
		"annex.n12_1": "the paragraph after annex paragraph 12",
		"annex.n12_2": "paragraph 2 after annex paragraph 12",
		"annex.n0_3":  "unnumbered annex paragraph 3",
		"annex.n1-2":  "annex paragraph 1-2",
		"annex.notes": "annex.notes",
	}
	for id, want := range tests {
		if got := Name(id); got != want {
			t.Errorf("Name(%q) = %q, want %q", id, got, want)
		}
	}
}

func TestNamesOf(t *testing.T) {
	if n := NamesOf("en", "EN"); n.Left != "the left version" {
		t.Errorf("one language: %+v", n)
	}
	if n := NamesOf("EN", "fr"); n != (Names{"en", "fr"}) {
		t.Errorf("two languages: %+v", n)
	}
}
