package content

import (
	"strings"
	"testing"
)

// TestDashItems checks that dash lines become the items of the paragraph
// that introduces them, labelled with the dash and numbered by place.
func TestDashItems(t *testing.T) {
	tests := []struct {
		name, text, want string
		items            []string // id|label|text of the items, depth first
	}{
		{"operative", "The Security Council,\n\nRecalling its work,\n\n1. Stresses, in this regard:\n\n— Calls for calm;\n\n— Calls also for the surrender of persons indicted, and\n\n— Reiterates its demand;\n\n2. Decides to remain seized.\n",
			"pp1 | op1 op1(1) op1(2) op1(3) op2;",
			[]string{"op1(1)|—|Calls for calm;", "op1(2)|—|Calls also for the surrender of persons indicted, and", "op1(3)|—|Reiterates its demand;"}},
		{"hyphen and en dash", "The Security Council,\n\n1. Demands:\n\n- that the parties withdraw;\n\n– that they report.\n",
			"| op1 op1(1) op1(2);",
			[]string{"op1(1)|-|that the parties withdraw;", "op1(2)|–|that they report."}},
		{"under a lettered item", "The General Assembly,\n\n1. Requests:\n\n(a) The following:\n\n— first;\n\n— second;\n\n(b) A report;\n",
			"| op1 op1(a) op1(a)(1) op1(a)(2) op1(b);",
			[]string{"op1(a)|(a)|The following:", "op1(a)(1)|—|first;", "op1(a)(2)|—|second;", "op1(b)|(b)|A report;"}},
		{"after lettered items", "The General Assembly,\n\n1. Requests:\n\n(a) A plan;\n\n— and a budget;\n",
			"| op1 op1(a) op1(2);",
			[]string{"op1(a)|(a)|A plan;", "op1(2)|—|and a budget;"}},
		{"bullets under a mandate's point", "The Security Council,\n\n4. Decides the mandate:\n\n(a) Protection of civilians:\n\n(i) To use all means and, in this regard:\n\n• To prevent violence;\n\n• To maintain deployment;\n\n(ii) To protect civilians;\n\n5. Decides to remain seized.\n",
			// The bullets are the points of the (i) that introduces them,
			// as the XML of S/RES/2820 (2026) nests them.
			"| op4 op4(a) op4(a)(i) op4(a)(ii) op5;",
			[]string{"op4(a)|(a)|Protection of civilians:", "op4(a)(i)|(i)|To use all means and, in this regard:", "op4(a)(i)(1)|•|To prevent violence;", "op4(a)(i)(2)|•|To maintain deployment;", "op4(a)(ii)|(ii)|To protect civilians;"}},
		{"under a lettered heading", "The Security Council,\n\n2. Commends the phases:\n\n(a) Phase II (post-electoral phase)\n\n– UNIOGBIS will continue its good offices;\n\n– UNIOGBIS will establish the conditions;\n\n(b) Phase III (transition phase)\n\n– UNIOGBIS will implement its transition plan.\n\n3. Decides to remain seized.\n",
			"| op2 op2(a) op2(a)(1) op2(a)(2) op2(b) op2(b)(1) op3;",
			[]string{"op2(a)|(a)|Phase II (post-electoral phase)", "op2(a)(1)|–|UNIOGBIS will continue its good offices;", "op2(a)(2)|–|UNIOGBIS will establish the conditions;", "op2(b)|(b)|Phase III (transition phase)", "op2(b)(1)|–|UNIOGBIS will implement its transition plan."}},
		{"not introduced", "The Security Council,\n\nRecalling its work,\n\n— Noting the report,\n\n1. Decides to act.\n",
			"pp1 pp2 | op1;", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := Parse(tc.text, Options{})
			if got := summary(d); got != tc.want {
				t.Errorf("structure %s, want %s", got, tc.want)
			}
			var got []string
			var walk func([]Item)
			walk = func(its []Item) {
				for _, it := range its {
					got = append(got, it.ID+"|"+it.Label+"|"+it.Text)
					walk(it.Items)
				}
			}
			for _, p := range d.Parts {
				for _, o := range p.Operative {
					walk(o.Items)
				}
			}
			if strings.Join(got, "\n") != strings.Join(tc.items, "\n") {
				t.Errorf("items:\n got %q\nwant %q", got, tc.items)
			}
		})
	}
	// A dash line no paragraph introduces keeps its dash.
	d := Parse(tests[len(tests)-1].text, Options{})
	if pp := d.Parts[0].Preamble; len(pp) != 2 || pp[1].Text != "— Noting the report," {
		t.Errorf("lone dash line: %+v", pp)
	}
}

// TestDashItemsHardWrapped reads an older Security Council text, hard
// wrapped, whose operative paragraph 2 lists its points under dashes, one
// of them ending in "and".
func TestDashItemsHardWrapped(t *testing.T) {
	d := Parse(fixture(t, "sc-dash.en.txt"), Options{})
	if got, want := summary(d), "pp1 | op1 op2 op2(1) op2(2) op2(3) op3;"; got != want || d.Symbol != "S/RES/1999 (2002)" {
		t.Fatalf("symbol %q, %s; want S/RES/1999 (2002), %s", d.Symbol, got, want)
	}
	its := d.Parts[0].Operative[1].Items
	if its[1].Text != "Calls also for the surrender to the Tribunal of any persons indicted by the Tribunal, and" || its[2].Label != "—" {
		t.Errorf("items %+v", its)
	}
}

func TestDashItem(t *testing.T) {
	tests := []struct{ in, label, rest string }{
		{"— Calls for calm;", "—", "Calls for calm;"},
		{"- that they report.", "-", "that they report."},
		{"– b", "–", "b"},
		{"—Calls", "", ""},
		{"- -", "", ""},
		{"-", "", ""},
		{"Calls — for calm", "", ""},
	}
	for _, tc := range tests {
		if l, r := dashItem(tc.in); l != tc.label || r != tc.rest {
			t.Errorf("dashItem(%q) = %q, %q; want %q, %q", tc.in, l, r, tc.label, tc.rest)
		}
	}
}
