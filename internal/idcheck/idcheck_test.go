package idcheck

import (
	"reflect"
	"strings"
	"testing"

	"resolute/content"
)

func TestClass(t *testing.T) {
	for id, want := range map[string]string{
		"pp3": "pp", "op5": "op", "op4_1": "op_", "op0_1": "op_", "op5-2": "duplicate", "op2(a)": "item",
		"op2(a)-2": "duplicate", "II.op3": "op", "B.pp1": "pp", "annex.p4": "annex", "annexII.p1(b)": "item",
	} {
		if got := Class(id); got != want {
			t.Errorf("Class(%q) = %q, want %q", id, got, want)
		}
	}
}

func TestCompare(t *testing.T) {
	f := strings.Fields
	tests := []struct {
		name     string
		versions map[string][]string
		same     bool
		ref      string
		kinds    map[string]int
	}{
		{"same", map[string][]string{"en": f("pp1 op1"), "fr": f("pp1 op1"), "zh": f("pp1 op1")}, true, "en", map[string]int{}},
		{"a language skips a number", map[string][]string{"en": f("op6 op7 op8"), "fr": f("op6 op7 op8"), "zh": f("op6 op8")}, false, "en", map[string]int{"op missing": 1}},
		{"a language repeats a number", map[string][]string{"en": f("op3 op4"), "fr": f("op3 op3-2 op4"), "ar": f("op3 op4")}, false, "en", map[string]int{"duplicate extra": 1}},
		{"the majority wins over English", map[string][]string{"en": f("op1 op1_1 op2"), "fr": f("op1 op2"), "es": f("op1 op2")}, false, "es", map[string]int{"op_ extra": 1}},
		{"order", map[string][]string{"en": f("op1 op2"), "ru": f("op2 op1")}, false, "en", map[string]int{"order": 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Compare(tt.versions)
			if r.Same != tt.same || r.Reference != tt.ref || !reflect.DeepEqual(r.Kinds, tt.kinds) {
				t.Errorf("got same %v ref %s kinds %v; want %v %s %v", r.Same, r.Reference, r.Kinds, tt.same, tt.ref, tt.kinds)
			}
		})
	}
}

func TestNumbers(t *testing.T) {
	num := func(s string) *string { return &s }
	d := &content.Document{Parts: []content.Part{
		{Label: "A", Operative: []content.Paragraph{{ID: "A.op0_1"}, {ID: "A.op1", Number: num("1")}}},
		{Label: "B", Operative: []content.Paragraph{{ID: "B.op1", Number: num("1"), Items: []content.Item{{ID: "B.op1(a)"}}}, {ID: "B.op1_1"}, {ID: "B.op3", Number: num("3")}}},
	}}
	if got := strings.Join(Numbers(d), " "); got != "1 1 3" {
		t.Errorf("Numbers = %q", got)
	}
	if got := strings.Join(List(d), " "); got != "A.op0_1 A.op1 B.op1 B.op1(a) B.op1_1 B.op3" {
		t.Errorf("List = %q", got)
	}
}

func TestKindsRepeated(t *testing.T) {
	// The same numbers, one printed twice: an order difference, no panic.
	got := Kinds(strings.Fields("1 2 3"), strings.Fields("1 2 3 3"))
	if len(got) != 1 || got["order"] == "" {
		t.Errorf("Kinds = %v", got)
	}
}
