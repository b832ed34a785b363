package content

import (
	"strings"
	"testing"
)

// docIDs lists a document's paragraph and item ids in reading order.
func docIDs(d *Document) string {
	var out []string
	var items func([]Item)
	items = func(its []Item) {
		for _, it := range its {
			out = append(out, it.ID)
			items(it.Items)
		}
	}
	for _, p := range d.Parts {
		for _, q := range append(append([]Paragraph{}, p.Preamble...), p.Operative...) {
			out = append(out, q.ID)
			items(q.Items)
		}
	}
	return strings.Join(out, " ")
}

// scText is a Security Council resolution around body, as resolute -f
// text prints one.
func scText(body string) string {
	return "United Nations\n\nS/RES/2677 (2023)\n\nSecurity Council\n\nResolution 2677 (2023)\n\n*The Security Council*,\n\n*Recalling* its previous resolutions,\n\n" + body
}

// TestColonHeading checks that a short unnumbered line ending with a
// colon between two numbered paragraphs ("Reporting:", as the English and
// Spanish S/RES/2677 (2023) write the heading the French writes without
// one) heads the paragraph after it, even after a paragraph that ends with
// a colon; a line with a lead phrase, one before paragraph 1, or one
// followed by sub-paragraphs or an unnumbered line, stays a paragraph.
func TestColonHeading(t *testing.T) {
	tests := []struct{ name, body, want, heading string }{
		{"after a semicolon", "1. *Decides* to extend the mandate;\n\nReporting:\n\n2. *Requests* a report;\n", "pp1 op1 op2", "Reporting:"},
		{"after a colon", "1. *Requests* the Secretary-General to implement the activities listed in resolution 2625 (2022):\n\nUnited Nations and International Support:\n\n2. *Requests* a report;\n", "pp1 op1 op2", "United Nations and International Support:"},
		{"without a colon", "1. *Decides* to extend the mandate;\n\nReporting\n\n2. *Requests* a report;\n", "pp1 op1 op2", "Reporting"},
		{"a lead phrase", "1. *Decides* to extend the mandate;\n\n*Decides* as follows:\n\n2. *Requests* a report;\n", "pp1 op1 op1_1 op2", ""},
		{"before items", "1. *Decides* to extend the mandate;\n\nThe following tasks:\n\n(a) Protection of civilians;\n\n2. *Requests* a report;\n", "pp1 op1 op1_1 op1_1(a) op2", ""},
		{"before paragraph 1", "Decisions taken:\n\n1. *Requests* a report;\n", "pp1 op0_1 op1", ""},
		{"before an unnumbered line", "1. *Decides* to extend the mandate;\n\nThe following tasks:\n\nProtection of civilians;\n\n2. *Requests* a report;\n", "pp1 op1 op1_1 op1_2 op2", ""},
	}
	for _, tt := range tests {
		d := Parse(scText(tt.body), Options{Language: "en"})
		if got := docIDs(d); got != tt.want {
			t.Errorf("%s: ids %q, want %q", tt.name, got, tt.want)
			continue
		}
		ops := d.Parts[0].Operative
		if h := ops[len(ops)-1].Heading; h != tt.heading {
			t.Errorf("%s: heading %q, want %q", tt.name, h, tt.heading)
		}
	}
}

// TestDoubledLetterItem checks that "(ii)" after "(hh)" is the next
// letter of a long list ((y), (z), (aa) … (hh), (ii), (jj), as in
// A/RES/76/140), not a roman sub-item of (hh), as "(i)" after "(h)" is
// the letter; after an item with sub-items of its own, or after another
// letter, "(ii)" is still roman.
func TestDoubledLetterItem(t *testing.T) {
	tests := []struct{ name, items, want string }{
		{"after (hh)", "(gg) Seven;\n\n(hh) Eight;\n\n(ii) Nine;\n\n(jj) Ten;\n", "op1(gg) op1(hh) op1(ii) op1(jj)"},
		{"after (h)", "(g) Seven;\n\n(h) Eight;\n\n(i) Nine;\n\n(j) Ten;\n", "op1(g) op1(h) op1(i) op1(j)"},
		{"after (z)", "(y) Seven;\n\n(z) Eight;\n\n(aa) Nine;\n", "op1(y) op1(z) op1(aa)"},
		{"roman under (b)", "(a) One;\n\n(b) Two:\n\n(i) First;\n\n(ii) Second;\n\n(c) Three;\n", "op1(a) op1(b) op1(b)(i) op1(b)(ii) op1(c)"},
		{"roman under (hh)", "(hh) Eight:\n\n(i) First;\n\n(ii) Second;\n\n(ii) Nine;\n", "op1(hh) op1(hh)(i) op1(hh)(ii) op1(hh)(ii)-2"},
	}
	for _, tt := range tests {
		d := Parse(scText("1. *Decides* as follows:\n\n"+tt.items), Options{Language: "en"})
		got := strings.TrimPrefix(docIDs(d), "pp1 op1 ")
		if got != tt.want {
			t.Errorf("%s: ids %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestTailAfterConjunction checks that the words closing a paragraph's
// sentence after its sub-paragraphs are its tail when the last
// sub-paragraph ends with a conjunction ("…; и" then "подтверждает, что
// …", the Russian S/RES/2662 (2022) paragraph 21), as after a bare
// semicolon, and a paragraph of their own after a full stop.
func TestTailAfterConjunction(t *testing.T) {
	tests := []struct{ name, end, want, tail string }{
		{"conjunction", "поставки оружия; и", "pp1 op1 op1(a) op1(b) op2", "подтверждает, что будет держать процедуры в поле своего зрения;"},
		{"semicolon", "поставки оружия;", "pp1 op1 op1(a) op1(b) op2", "подтверждает, что будет держать процедуры в поле своего зрения;"},
		{"full stop", "поставки оружия.", "pp1 op1 op1(a) op1(b) op1_1 op2", ""},
	}
	for _, tt := range tests {
		text := "United Nations\n\nS/RES/2662 (2022)\n\nСовет Безопасности\n\nРезолюция 2662 (2022)\n\n*Совет Безопасности*,\n\n*ссылаясь* на свои резолюции,\n\n" +
			"1. *подтверждает*, что пункт 10 не распространяется на:\n\na) поставки имущества;\n\nb) " + tt.end + "\n\nподтверждает, что будет держать процедуры в поле своего зрения;\n\n2. *постановляет* продолжать заниматься этим вопросом.\n"
		d := Parse(text, Options{Language: "ru"})
		if got := docIDs(d); got != tt.want {
			t.Errorf("%s: ids %q, want %q", tt.name, got, tt.want)
			continue
		}
		if got := d.Parts[0].Operative[0].Tail; got != tt.tail {
			t.Errorf("%s: tail %q, want %q", tt.name, got, tt.tail)
		}
	}
}

// TestSeriesLabelWithoutStop checks that a line opening with the letter
// that follows the last sub-paragraph's, its stop lost ("b 加快实施…" after
// "a. 确保…", the Chinese S/RES/2657 (2022) paragraph 7), is that
// sub-paragraph, and that a line opening with another letter is not (it
// continues the sub-paragraph before it, which ends with a comma).
func TestSeriesLabelWithoutStop(t *testing.T) {
	tests := []struct{ name, line, want string }{
		{"next letter", "b 加快实施国家稳定战略，", "op1(a) op1(b) op1(c)"},
		{"not the next", "d 加快实施国家稳定战略，", "op1(a) op1(c)"},
		{"roman", "ii 加快实施国家稳定战略，", "op1(a) op1(c)"},
	}
	for _, tt := range tests {
		text := "United Nations\n\nS/RES/2657 (2022)\n\n安全理事会，\n\n回顾其以往各项决议，\n\n1. 鼓励联索援助团支持索马里：\n\na. 确保制定计划，\n\n" + tt.line + "\n\nc. 支持索马里文职人员，\n\n2. 决定继续处理此案。\n"
		d := Parse(text, Options{Language: "zh"})
		got := strings.TrimSuffix(strings.TrimPrefix(docIDs(d), "pp1 op1 "), " op2")
		if got != tt.want {
			t.Errorf("%s: ids %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestChineseDotLabels checks that "一.", "二." … after a numbered paragraph
// ending with a colon are its points (the Chinese S/RES/2719 (2023)
// paragraph 3, whose English labels them "i.", "ii."), and that "一." after
// a paragraph closed by a semicolon is not.
func TestChineseDotLabels(t *testing.T) {
	tests := []struct{ name, end, want string }{
		{"after a colon", "程序都将包括以下步骤：", "pp1 op1 op1(i) op1(ii) op2"},
		{"after a semicolon", "程序都将包括以下步骤；", "pp1 op1 op1_1 op1_2 op2"},
	}
	for _, tt := range tests {
		text := "United Nations\n\nS/RES/2719 (2023)\n\n安全理事会，\n\n回顾其以往各项决议，\n\n1. 确认" + tt.end + "\n\n一. 非洲联盟主席和联合国秘书长将协商进行联合战略评估；\n\n二. 联合战略评估将通过协商开展；\n\n2. 决定继续处理此案。\n"
		d := Parse(text, Options{Language: "zh"})
		if got := docIDs(d); got != tt.want {
			t.Errorf("%s: ids %q, want %q", tt.name, got, tt.want)
		}
	}
}
