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

// TestQuotedArabicSecondLevel checks that the Arabic second level reads
// the same with its quotes either way round: "‘1’" (as the XML of the
// Arabic S/RES/2514 (2020) has most of them) as well as "’1‘" (as PDF
// text gives them, and as the same paragraph has its fifth).
func TestQuotedArabicSecondLevel(t *testing.T) {
	tests := []struct{ name, one, two string }{
		{"left first", "‘1’", "‘2’"},
		{"right first", "’1‘", "’2‘"},
		{"mixed", "‘1’", "’2‘"},
	}
	for _, tt := range tests {
		text := "United Nations\n\nS/RES/2514 (2020)\n\nمجلس الأمن\n\n*إن مجلس الأمن*،\n\n*إذ يشير* إلى قراراته السابقة،\n\n" +
			"1 - *يقرر* أن تتمثل ولاية البعثة في المهام التالية:\n\n(أ) حماية المدنيين:\n\n" + tt.one + " حماية المدنيين المعرضين لخطر العنف البدني؛\n\n" + tt.two + " ردع أعمال العنف ضد المدنيين؛\n\n(ب) تهيئة الظروف المؤاتية؛\n\n2 - *يقرر* أن يبقي المسألة قيد نظره.\n"
		d := Parse(text, Options{Language: "ar"})
		if got, want := docIDs(d), "pp1 op1 op1(a) op1(a)(i) op1(a)(ii) op1(b) op2"; got != want {
			t.Errorf("%s: ids %q, want %q", tt.name, got, want)
		}
	}
}

// TestStrayBracketCircledNumeral checks that "(㈣", a circled numeral with
// a stray opening bracket (the Chinese S/RES/2709 (2023) paragraph 37), is
// the point ㈣, as the XML reader reads its label.
func TestStrayBracketCircledNumeral(t *testing.T) {
	text := "United Nations\n\nS/RES/2709 (2023)\n\n安全理事会，\n\n回顾其以往各项决议，\n\n1. 授权稳定团执行下列任务：\n\n(e) 支持法治：\n\n㈢ 紧急临时措施；\n\n(㈣ 特别刑事法院：提供技术援助；\n\n㈤ 协助协调支助；\n\n2. 决定继续处理此案。\n"
	d := Parse(text, Options{Language: "zh"})
	if got, want := docIDs(d), "pp1 op1 op1(e) op1(e)(iii) op1(e)(iv) op1(e)(v) op2"; got != want {
		t.Errorf("ids %q, want %q", got, want)
	}
}

// TestDigitListUnderPoint checks that a list numbered from 1 again under a
// point that ends with a colon is that point's ("iii. supporting Somalia
// … implemented to:" then "1. protect …", "2. ensure …", S/RES/2705 (2023)
// paragraph 3; "1)", "(1)" and the Arabic "1 -" likewise), a third level,
// and that the next paragraph's number, a point without a colon, or a
// digit list under a letter, is left as before.
func TestDigitListUnderPoint(t *testing.T) {
	tests := []struct{ name, lang, point, one, two, want string }{
		{"numbers", "en", "iii. supporting Somalia to:", "1. protect civilians;", "2. ensure support;", "pp1 op3 op3(f) op3(f)(i) op3(f)(iii) op3(f)(iii)(i) op3(f)(iii)(ii) op4"},
		{"bracket", "es", "iii) Prestación de apoyo a Somalia destinados a:", "1) Proteger a la población civil;", "2) Garantizar un apoyo;", "pp1 op3 op3(f) op3(f)(i) op3(f)(iii) op3(f)(iii)(i) op3(f)(iii)(ii) op4"},
		{"parentheses", "en", "(iii) supporting Somalia to:", "(1) protect civilians;", "(2) ensure support;", "pp1 op3 op3(f) op3(f)(i) op3(f)(iii) op3(f)(iii)(i) op3(f)(iii)(ii) op4"},
		{"no colon", "en", "iii. supporting Somalia;", "1. protect civilians;", "2. ensure support;", "pp1 op3 op3(f) op3(f)(i) op3(f)(iii) op3_1 op3_2 op4"},
	}
	for _, tt := range tests {
		body := "3. *Encourages* UNSOM to support the following:\n\nf. supporting peacebuilding, including:\n\ni. the establishment of local governance;\n\n" +
			strings.Replace(tt.point, "iii", "iii", 1) + "\n\n" + tt.one + "\n\n" + tt.two + "\n\n4. *Recalls* its statement;\n"
		if tt.lang == "es" || strings.HasPrefix(tt.point, "(") {
			body = strings.Replace(strings.Replace(body, "f. supporting", "(f) supporting", 1), "i. the establishment", "(i) the establishment", 1)
		}
		d := Parse(scText(body), Options{Language: tt.lang})
		if got := docIDs(d); got != tt.want {
			t.Errorf("%s: ids %q, want %q", tt.name, got, tt.want)
		}
	}
	// Under a letter, (1) and (2) stay the letter's points.
	d := Parse(scText("3. *Decides* as follows:\n\n(a) Patrols:\n\n(1) First;\n\n(2) Second;\n\n4. *Recalls* its statement;\n"), Options{Language: "en"})
	if got, want := docIDs(d), "pp1 op3 op3(a) op3(a)(i) op3(a)(ii) op4"; got != want {
		t.Errorf("under a letter: ids %q, want %q", got, want)
	}
	// The Arabic "1 -" under "’3‘ …:".
	ar := "United Nations\n\nS/RES/2705 (2023)\n\nمجلس الأمن\n\n*إن مجلس الأمن*،\n\n*إذ يشير* إلى قراراته السابقة،\n\n3 - *يشجع* البعثة على ما يلي:\n\n(و) دعم بناء السلام، بما في ذلك:\n\n’1‘ إرساء عمليات الحوكمة؛\n\n’3‘ دعم الصومال في ضمان وجود خطط من أجل:\n\n1 - حماية المدنيين؛\n\n2 - ضمان تقديم الدعم؛\n\n4 - *يشير* إلى بيانه الصحفي.\n"
	if got, want := docIDs(Parse(ar, Options{Language: "ar"})), "pp1 op3 op3(f) op3(f)(i) op3(f)(iii) op3(f)(iii)(i) op3(f)(iii)(ii) op4"; got != want {
		t.Errorf("Arabic: ids %q, want %q", got, want)
	}
}

// TestNumeralsOverLetters checks a list that opens with a roman numeral and
// runs its letters on under the numerals (S/RES/2765 (2024) paragraph 36:
// "(i) Protection of civilians …:", "(a)" … "(h)", "(ii) Disarmament …",
// "(i)" … "(n)", "(iii) Security Sector Reform", "(o)"): the letters are
// the numerals' points, "(i)" after "(h)" the letter, "(ii)" after "(i)"
// the next numeral; a list of numerals alone is unchanged, and so is one
// whose letters start at (b) after the numerals, its (a) missing (the
// English A/RES/80/116 preambular paragraph 13).
func TestNumeralsOverLetters(t *testing.T) {
	tests := []struct{ name, items, want string }{
		{"letters under numerals", "(i) Protection of civilians:\n\n(a) Task a;\n\n(b) Task b;\n\n(c) Task c;\n\n(d) Task d;\n\n(e) Task e;\n\n(f) Task f;\n\n(g) Task g;\n\n(h) Task h;\n\n(ii) Disarmament and stabilisation\n\n(i) Provide good offices;\n\n(j) Support;\n\n(iii) Security Sector Reform\n\n(k) Provide advice:\n\n– accelerate national ownership;\n\n– promote reforms;\n",
			"op36(i) op36(i)(a) op36(i)(b) op36(i)(c) op36(i)(d) op36(i)(e) op36(i)(f) op36(i)(g) op36(i)(h) op36(ii) op36(ii)(i) op36(ii)(j) op36(iii) op36(iii)(k) op36(iii)(k)(1) op36(iii)(k)(2)"},
		{"numerals alone", "(i) First;\n\n(ii) Second;\n\n(iii) Third;\n", "op36(i) op36(ii) op36(iii)"},
		{"(a) missing", "(i) First;\n\n(ii) Second;\n\n(b) Israel has an obligation;\n\n(c) Israel has another;\n", "op36(i) op36(ii) op36(b) op36(c)"},
		{"letters first", "(a) First:\n\n(i) One;\n\n(ii) Two;\n\n(b) Second;\n", "op36(a) op36(a)(i) op36(a)(ii) op36(b)"},
	}
	for _, tt := range tests {
		d := Parse(scText("36. *Decides* that the mandate shall include the following tasks:\n\n"+tt.items+"\n37. *Authorises* the Mission;\n"), Options{Language: "en"})
		got := strings.TrimSuffix(strings.TrimPrefix(docIDs(d), "pp1 op36 "), " op37")
		if got != tt.want {
			t.Errorf("%s: ids %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestDashesAfterSemicolon checks that dash points after a numbered
// paragraph ending with a semicolon where its colon was lost ("…
// следующие приоритетные меры;" then "• использование …", the Russian
// S/RES/2820 (2026) paragraph 7) are its points, as after a colon, and
// that after a full stop they stay paragraphs.
func TestDashesAfterSemicolon(t *testing.T) {
	tests := []struct{ name, end, want string }{
		{"colon", "меры:", "pp1 op7 op7(1) op7(2) op8"},
		{"semicolon", "меры;", "pp1 op7 op7(1) op7(2) op8"},
		{"full stop", "меры.", "pp1 op7 op7_1 op7_2 op8"},
	}
	for _, tt := range tests {
		text := "United Nations\n\nS/RES/2820 (2026)\n\nСовет Безопасности\n\n*Совет Безопасности*,\n\n*ссылаясь* на свои резолюции,\n\n7. *настоятельно призывает* правительство осуществить следующие приоритетные " + tt.end +
			"\n\n• использование данных анализа;\n\n• ведение диалога с МООНЮС;\n\n8. *требует*, чтобы все стороны обеспечили доступ.\n"
		if got := docIDs(Parse(text, Options{Language: "ru"})); got != tt.want {
			t.Errorf("%s: ids %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestSectionOfOneParagraph checks that a section under its numeral whose
// paragraph, after numbered ones, is unnumbered ("I / Conditions of
// service … / *Approves* …;" after paragraph 15 of A/RES/80/236 A) opens a
// part of its own, as the XML has it, in Chinese too, where "确认"
// (confirms, recognizing) opens both kinds of paragraph and the semicolon
// decides; a section whose paragraphs are numbered on does not.
func TestSectionOfOneParagraph(t *testing.T) {
	ga := func(body string) string {
		return "United Nations\n\nA/RES/80/236 A-B\n\nGeneral Assembly\n\n*The General Assembly*,\n\n*Recalling* its resolutions,\n\n1. *Takes note* of the report;\n\n2. *Encourages* the organizations;\n\n" + body + "\n69th plenary meeting\n30 December 2025\n"
	}
	tests := []struct{ name, body, want string }{
		{"unnumbered", "I\n\nConditions of service applicable to both categories of staff\n\n*Approves*, with effect from 1 January 2026, the revised standards;\n\nII\n\nConditions of service of staff in the Professional category\n\n*Confirms* that teleworking is not a right;\n",
			"1.pp1 1.op1 1.op2 I.op1 II.op1"},
		{"numbered on", "I\n\nConditions of service applicable to both categories of staff\n\n3. *Approves*, with effect from 1 January 2026, the revised standards;\n\nII\n\nConditions of service of staff in the Professional category\n\n4. *Confirms* that teleworking is not a right;\n",
			"pp1 op1 op2 op3 op4"},
	}
	for _, tt := range tests {
		if got := docIDs(Parse(ga(tt.body), Options{Language: "en"})); got != tt.want {
			t.Errorf("%s: ids %q, want %q", tt.name, got, tt.want)
		}
	}
	zh := "United Nations\n\nA/RES/80/236 A-B\n\n大会，\n\n回顾其各项决议，\n\n1. 表示注意到报告；\n\n2. 鼓励各组织采用奖励办法；\n\nI\n\n适用于两职类工作人员的服务条件\n\n核可订正版国际公务员行为标准；\n\nII\n\n专业及以上职类工作人员的服务条件\n\n确认远程工作不是一项权利，并请委员会报告有关情况；\n\nA. 基薪/底薪表\n\n回顾其第44/198号决议，\n\n核可专业及以上职类的基薪/底薪表；\n\nB. 薪酬净额比值的演变\n\n回顾其第51/216号决议，\n\n1. 重申比值的幅度；\n\n2. 注意到委员会的决定。\n\n第69次全体会议\n"
	if got, want := docIDs(Parse(zh, Options{Language: "zh"})), "1.pp1 1.op1 1.op2 I.op1 II.op1 4.pp1 4.op1 5.pp1 5.op1 5.op2"; got != want {
		t.Errorf("Chinese: ids %q, want %q", got, want)
	}
}

// TestDashesUnderSubItem checks that dash points after a sub-item that
// introduces them ("(i) To use all necessary means …, including:" under
// "(a) Protection of civilians:", then "• To prevent …", S/RES/2820 (2026)
// paragraph 4) are that sub-item's, and that the sub-item after them is
// the letter's again; after a sub-item closed by a full stop they are the
// letter's, numbered by their place among its points.
func TestDashesUnderSubItem(t *testing.T) {
	tests := []struct{ name, end, want string }{
		{"colon", "including:", "op4(a) op4(a)(i) op4(a)(i)(1) op4(a)(i)(2) op4(a)(ii)"},
		{"full stop", "civilians.", "op4(a) op4(a)(i) op4(a)(2) op4(a)(3) op4(a)(ii)"},
	}
	for _, tt := range tests {
		d := Parse(scText("4. *Decides* that UNMISS shall have the following mandate:\n\n(a) Protection of civilians:\n\n(i) To use all necessary means to protect "+tt.end+"\n\n• To prevent violence;\n\n• To maintain a proactive deployment;\n\n(ii) To protect civilians;\n\n5. *Requests* a report;\n"), Options{Language: "en"})
		got := strings.TrimSuffix(strings.TrimPrefix(docIDs(d), "pp1 op4 "), " op5")
		if got != tt.want {
			t.Errorf("%s: ids %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestDashHeadingAfterSubItem checks that a dash line ending with a colon
// after a sub-item that does not ("(ii) To help build the capacities …;"
// then "• Urgent temporary measures:" and "(iii) To urgently adopt …",
// S/RES/2552 (2020) paragraph 32 (e), as resolute prints the XML's
// unlabelled subheadings) is a heading at the letter's level, not a point
// of the sub-item, while a point after a sub-item ending with a colon is
// the sub-item's.
func TestDashHeadingAfterSubItem(t *testing.T) {
	tests := []struct{ name, sub, dash, want string }{
		{"heading", "(ii) To help build the capacities of the institution;", "• Urgent temporary measures:", "op32(e) op32(e)(i) op32(e)(ii) op32(e)(3) op32(e)(iii)"},
		{"point", "(ii) To help build the capacities, including:", "• Urgent temporary measures;", "op32(e) op32(e)(i) op32(e)(ii) op32(e)(ii)(1) op32(e)(iii)"},
	}
	for _, tt := range tests {
		d := Parse(scText("32. *Further authorises* MINUSCA to pursue the following tasks:\n\n(e) Support for national and international justice\n\n(i) To help reinforce the judiciary;\n\n"+tt.sub+"\n\n"+tt.dash+"\n\n(iii) To urgently adopt measures;\n\n33. *Requests* a report;\n"), Options{Language: "en"})
		got := strings.TrimSuffix(strings.TrimPrefix(docIDs(d), "pp1 op32 "), " op33")
		if got != tt.want {
			t.Errorf("%s: ids %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestListUnderDashPoint checks that a list opening with "(i)" or "(a)"
// after a dash point ending with a colon is that point's ("(c) Supporting
// the Implementation …:" then "• To carry out … the following tasks …:"
// and "(i) Using good offices …", S/RES/2514 (2020) paragraph 8; "•
// Article 10 … on:" then "(a)" … in A/RES/77/256 A), or with a semicolon
// as the French has it; the letter after the list is the paragraph's
// again.
func TestListUnderDashPoint(t *testing.T) {
	tests := []struct{ name, items, want string }{
		{"romans under a bullet", "(c) Supporting the peace process:\n\n• To carry out the following tasks:\n\n(i) Using good offices;\n\n(ii) Participating in the CTSAMVM;\n\n(d) Monitoring human rights:\n",
			"op8(c) op8(c)(1) op8(c)(1)(i) op8(c)(1)(ii) op8(d)"},
		{"semicolon", "(c) Supporting the peace process:\n\n• To carry out the following tasks ;\n\n(i) Using good offices;\n\n(ii) Participating in the CTSAMVM;\n\n(d) Monitoring human rights:\n",
			"op8(c) op8(c)(1) op8(c)(1)(i) op8(c)(1)(ii) op8(d)"},
		{"letters under a bullet", "• Article 10 The Commission shall make recommendations on:\n\n(a) The broad principles;\n\n(b) The salary scale;\n",
			"op8(1) op8(1)(a) op8(1)(b)"},
	}
	for _, tt := range tests {
		d := Parse(scText("8. *Decides* that the mandate shall be as follows:\n\n"+tt.items+"\n9. *Requests* a report;\n"), Options{Language: "en"})
		got := strings.TrimSuffix(strings.TrimPrefix(docIDs(d), "pp1 op8 "), " op9")
		if got != tt.want {
			t.Errorf("%s: ids %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestNumberedListOfParagraph checks that a list numbered from 1 after a
// numbered paragraph ending with a colon is that paragraph's ("11.
// Approves the following provisional agenda …:" then "1. Opening of the
// Congress.", "2. Organizational matters.", A/RES/78/223), up to the next
// paragraph's number, and that after a paragraph ending with a semicolon
// the numbers stay paragraphs.
func TestNumberedListOfParagraph(t *testing.T) {
	tests := []struct{ name, end, want string }{
		{"colon", "finalized by the Commission:", "pp1 op11 op11(i) op11(ii) op11(iii) op12"},
		{"semicolon", "finalized by the Commission;", "pp1 op11 op11_1 op11_2 op11_3 op12"},
	}
	for _, tt := range tests {
		text := "United Nations\n\nA/RES/78/223\n\nGeneral Assembly\n\n*The General Assembly*,\n\n*Recalling* its resolutions,\n\n11. *Approves* the following provisional agenda for the Fifteenth Congress, " + tt.end +
			"\n\n1. Opening of the Congress.\n\n2. Organizational matters.\n\n3. Advancing crime prevention strategies.\n\n12. *Requests* the Secretary-General to report.\n"
		if got := docIDs(Parse(text, Options{Language: "en"})); got != tt.want {
			t.Errorf("%s: ids %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestParagraphOpeningWithItem checks that a numbered paragraph with no
// words before its points ("11." on its line, then "(a) Expresses concern
// …", S/RES/2592 (2021), as resolute prints it; or "11. (a) …" on one line)
// holds "(a)" as its first point, and that a paragraph opening with
// another label keeps it in its text.
func TestParagraphOpeningWithItem(t *testing.T) {
	tests := []struct{ name, para, want string }{
		{"number alone", "11.\n\n(a) Expresses concern about the violations;\n\n(i) to end them;\n\n(b) calls upon the Government to act;\n", "pp1 op11 op11(a) op11(a)(i) op11(b) op12"},
		{"one line", "11. (a) Expresses concern about the violations;\n\n(i) to end them;\n\n(b) calls upon the Government to act;\n", "pp1 op11 op11(a) op11(a)(i) op11(b) op12"},
		{"another label", "11. (c) of resolution 2540 (2020) is replaced;\n", "pp1 op11 op12"},
	}
	for _, tt := range tests {
		d := Parse(scText(tt.para+"\n12. *Decides* to remain seized.\n"), Options{Language: "en"})
		if got := docIDs(d); got != tt.want {
			t.Errorf("%s: ids %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestNumberUnderDashPoint checks that a numbered line breaking the
// paragraphs' sequence right after a dash point ending with a colon is
// that point's ("14. Decides to approve the following amendment …:", "•
// Article 9, new paragraph 4:", "4. In hearing an application …",
// A/RES/78/248), and that the next paragraph's number is not.
func TestNumberUnderDashPoint(t *testing.T) {
	tests := []struct{ name, number, want string }{
		{"the amended text's number", "4.", "pp1 op14 op14(1) op14(1)(iv) op16"},
		{"the next paragraph", "15.", "pp1 op14 op14(1) op15 op16"},
	}
	for _, tt := range tests {
		text := "United Nations\n\nA/RES/78/248\n\nGeneral Assembly\n\n*The General Assembly*,\n\n*Recalling* its resolutions,\n\n14. *Decides* to approve the following amendment to the statute of the Tribunal:\n\n• Article 9, new paragraph 4:\n\n" + tt.number +
			" In hearing an application to appeal a decision, the Tribunal shall review the case.\n\n16. *Invites* the Sixth Committee to consider the report.\n"
		if got := docIDs(Parse(text, Options{Language: "en"})); got != tt.want {
			t.Errorf("%s: ids %q, want %q", tt.name, got, tt.want)
		}
	}
}
