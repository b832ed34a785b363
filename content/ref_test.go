package content

import (
	"reflect"
	"strings"
	"testing"
)

func TestParseRef(t *testing.T) {
	tests := []struct {
		in   string
		want Ref
	}{
		{"3", Ref{Kind: Operative, Number: 3}},
		{"op3", Ref{Kind: Operative, Number: 3}},
		{"OP3", Ref{Kind: Operative, Number: 3}},
		{" op 12 ", Ref{Kind: Operative, Number: 12}},
		{"paragraph 5 (b)", Ref{Kind: Operative, Number: 5, Items: []string{"b"}}},
		{"para. 5", Ref{Kind: Operative, Number: 5}},
		{"pp2", Ref{Kind: Preambular, Number: 2}},
		{"PP2", Ref{Kind: Preambular, Number: 2}},
		{"3(a)", Ref{Kind: Operative, Number: 3, Items: []string{"a"}}},
		{"5 (b)(ii)", Ref{Kind: Operative, Number: 5, Items: []string{"b", "ii"}}},
		{"II.3", Ref{Part: "II", Kind: Operative, Number: 3}},
		{"b.pp1", Ref{Part: "B", Kind: Preambular, Number: 1}},
		{"II.op3(a)", Ref{Part: "II", Kind: Operative, Number: 3, Items: []string{"a"}}},
		{"annex", Ref{Annex: "annex"}},
		{"annex.p4", Ref{Annex: "annex", Number: 4}},
		{"annexII.p1", Ref{Annex: "annexII", Number: 1}},
	}
	for _, tt := range tests {
		got, err := ParseRef(tt.in)
		if err != nil {
			t.Errorf("ParseRef(%q): %v", tt.in, err)
			continue
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("ParseRef(%q) = %+v, want %+v", tt.in, got, tt.want)
		}
	}
}

func TestParseRefErrors(t *testing.T) {
	for _, in := range []string{"", "   ", "op", "pp", "x3", "3(", "3 a", "3()", "pp2(a)", "0", "op0", "..3", "annex.x", "II.", "3(zz9)"} {
		if r, err := ParseRef(in); err == nil {
			t.Errorf("ParseRef(%q) = %+v, want an error", in, r)
		} else if strings.Contains(err.Error(), "\n") {
			t.Errorf("ParseRef(%q): error is not one line: %q", in, err)
		}
	}
}

func TestItemKey(t *testing.T) {
	tests := map[string]string{
		"(a)": "a", "a)": "a", "(b)": "b", "(aa)": "aa",
		"(i)": "i", "i)": "i", "(iv)": "iv", "(1)": "i", "(2)": "ii",
		"(أ)": "a", "(ب)": "b", "(ج)": "c", "(هـ)": "e",
		"㈠": "i", "㈡": "ii", "’1‘": "i", "’3‘": "iii",
		"а)": "a", "с)": "c", "(а)": "a", // Cyrillic look-alikes
		"(?)": "", "": "",
		// The shortcut for plain Latin keys and the cases around it.
		"a": "a", "A": "a", "iv": "iv", "(ab)": "ab", "(IV)": "iv", "(Ab)": "ab", "(xl)": "xl",
		"abcdefghijklmnopqrstuvwxyz": "", "a b": "", "(б)": "",
		// A word in brackets is no label; Roman numerals are, however long.
		"(Signed)": "", "(signed)": "", "(aaa)": "aaa", "(xviii)": "xviii", "(XXXVIII)": "xxxviii",
		"x\xff": "", "\xff": "", "ـ": "", "㈢": "iii",
		"١": "i", "(١٢)": "xii", "۳": "iii", "12": "xii", "(3)": "iii", "40": "", "0": "",
		// Chinese: numerals as (i), (ii) …, the cyclical signs as (a), (b) ….
		"(一)": "i", "(十)": "x", "(十一)": "xi", "(十三)": "xiii", "(二十)": "xx", "(二十一)": "xxi", "（十二）": "xii",
		"(子)": "a", "(丑)": "b", "(寅)": "c", "(亥)": "l", "(甲)": "a", "(乙)": "b", "(丙)": "c",
		"(十十)": "", "(一二)": "", "(美元)": "",
		// Arabic: marks that print nothing, presentation forms, doubled letters.
		"\u200f(ب)\u200f": "b", "\u200e(أ)": "a", "(\ufeeb)": "e", "(\ufe8d)": "a", "(أ أ)": "aa", "(ب ب)": "bb", "(دد)": "dd",
		"(أ ب)": "", "(ب ب ب ب)": "", "1 -": "i", "٣ -": "iii", "أ -": "a", "ب –": "b", "ab -": "", "-": "",
	}
	for in, want := range tests {
		if got := ItemKey(in); got != want {
			t.Errorf("ItemKey(%q) = %q, want %q", in, got, want)
		}
	}
}

// refDoc is a small two-part document for Resolve.
func refDoc() *Document {
	num := func(s string) *string { return &s }
	return &Document{
		Symbol: "A/RES/1/1 A-B",
		Parts: []Part{
			{Label: "A", Preamble: []Paragraph{{ID: "A.pp1"}}, Operative: []Paragraph{
				{ID: "A.op1", Number: num("1")},
				{ID: "A.op2", Number: num("2"), Items: []Item{{ID: "A.op2(a)", Label: "(a)", Items: []Item{{ID: "A.op2(a)(i)", Label: "(i)"}}}}},
			}},
			{Label: "B", Preamble: []Paragraph{{ID: "B.pp1"}, {ID: "B.pp2"}}, Operative: []Paragraph{{ID: "B.op", Number: nil, Items: []Item{{ID: "B.op(a)", Label: "(a)"}}}}},
		},
		Annexes: []Annex{{ID: "annex", Paragraphs: []Paragraph{{ID: "annex.p1"}}}},
	}
}

func TestResolve(t *testing.T) {
	d := refDoc()
	tests := map[string]string{
		"1": "A.op1", "op2": "A.op2", "2(a)": "A.op2(a)", "2 (a)(i)": "A.op2(a)(i)",
		"B.pp2": "B.pp2", "pp1": "A.pp1", "B.1": "B.op", "B.1(a)": "B.op(a)", "annex": "annex", "annex.p1": "annex.p1",
	}
	for in, want := range tests {
		got, err := d.Resolve(in)
		if err != nil || got != want {
			t.Errorf("Resolve(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, in := range []string{"3", "pp3", "C.1", "2(b)", "2(a)(ii)", "annex.p2", "B.2"} {
		if id, err := d.Resolve(in); err == nil {
			t.Errorf("Resolve(%q) = %q, want an error", in, id)
		} else if !strings.Contains(err.Error(), strings.TrimSpace(in)) {
			t.Errorf("Resolve(%q): error %q does not name the reference", in, err)
		}
	}
}

func FuzzParseRef(f *testing.F) {
	for _, s := range []string{"3", "op3", "pp2", "3(a)", "5 (b)(ii)", "II.3", "B.pp1", "annex.p4", "paragraph 5 (b)", "(", "..", "3(((", "annexII.", "١٢", "op٣"} {
		f.Add(s)
	}
	d := refDoc()
	f.Fuzz(func(t *testing.T, s string) {
		r, err := ParseRef(s)
		if err != nil {
			return
		}
		if r.Annex == "" && r.Number <= 0 {
			t.Fatalf("ParseRef(%q) = %+v: accepted without a number", s, r)
		}
		if id, err := d.Resolve(s); err == nil {
			if _, ok := d.Paragraph(id); !ok && !strings.HasPrefix(id, "annex") {
				t.Fatalf("Resolve(%q) = %q, which names no paragraph", s, id)
			}
		}
	})
}
