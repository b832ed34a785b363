package content

import (
	"fmt"
	"strings"
	"testing"
)

// TestAnnexSectionHeadings checks that an annex's section headings, label
// and title on one line, are headings in every language's form and not
// paragraphs, so that the annex's numbered paragraphs keep their ids.
func TestAnnexSectionHeadings(t *testing.T) {
	tests := []struct {
		lang, text, heading string
	}{
		{"en", "Annex\n\nTerms of reference\n\nI. . Establishment\n\n1. The fund is established.\n\nII. . Background\n\n2. The Court is the organ.\n",
			"I. Establishment"},
		{"ar", "المرفق\n\nاختصاصات الصندوق\n\nأولا - الإنشاء\n\n1 - يُنشأ الصندوق.\n\nثانيا - معلومات أساسية\n\n2 - المحكمة هي الجهاز.\n",
			"أولا - الإنشاء"},
		{"zh", "附件\n\n信托基金职权范围\n\n一. 设立\n\n1. 信托基金由秘书长设立。\n\n二. 背景\n\n2. 国际法院是主要司法机关。\n",
			"一. 设立"},
	}
	for _, tt := range tests {
		d := Parse("United Nations\n\nA/RES/75/129\n\nThe General Assembly,\n\n1. Decides to establish the fund;\n\n"+tt.text, Options{Language: tt.lang})
		if len(d.Annexes) != 1 {
			t.Errorf("%s: %d annexes", tt.lang, len(d.Annexes))
			continue
		}
		ps := d.Annexes[0].Paragraphs
		if len(ps) != 2 || ps[0].ID != "annex.p1" || ps[1].ID != "annex.p2" {
			t.Errorf("%s: annex paragraphs %d, want 2 (annex.p1, annex.p2)", tt.lang, len(ps))
			continue
		}
		if ps[0].Heading != tt.heading {
			t.Errorf("%s: heading %q, want %q", tt.lang, ps[0].Heading, tt.heading)
		}
	}
}

// TestNamedAnnexHeadings checks that the named annexes of sanctions
// resolutions (S/RES/2794 (2025) in six languages) open an annex, so
// that the designations numbered 1, 2 are not operative paragraphs.
func TestNamedAnnexHeadings(t *testing.T) {
	for _, tt := range []struct{ lang, heading string }{
		{"en", "Designation Annex"},
		{"es", "Anexo de designación"},
		{"ru", "Приложение: внесение в санкционный перечень"},
		{"ar", "مرفق: اسمان تسري عليهما الجزاءات"},
		{"zh", "指认附件"},
		{"fr", "Annexe"},
		{"en", "ANNEX 1 - President Donald J. Trump’s Comprehensive Plan to End the Gaza Conflict"},
		{"zh", "附件1"},
		{"zh", "附件A"},
		{"ar", "المرفق ألف"},
	} {
		d := Parse("United Nations\n\nS/RES/2794 (2025)\n\nThe Security Council,\n\n1. Decides to act;\n\n2. Decides to remain seized of the matter.\n\n"+tt.heading+"\n\n1. Dimitri Herard has committed acts.\n\n2. Kempes Sanon has committed acts.\n", Options{Language: tt.lang})
		ops := 0
		for _, p := range d.Parts {
			ops += len(p.Operative)
		}
		if tt.lang != "fr" && !strings.HasPrefix(tt.heading, "附件") && !strings.HasPrefix(tt.heading, "المرفق ") && !mayBeNamedAnnex(tt.heading) {
			t.Errorf("%s: %q fails mayBeNamedAnnex", tt.lang, tt.heading)
		}
		if ops != 2 || len(d.Annexes) != 1 || d.Annexes[0].Label != tt.heading || len(d.Annexes[0].Paragraphs) != 2 {
			t.Errorf("%s: %d operative paragraphs, %d annexes; want 2 and one annex %q with 2 paragraphs", tt.lang, ops, len(d.Annexes), tt.heading)
		}
	}
}

// TestSectionWithOwnPreamble checks that a section with a preamble of its
// own, under a heading and without a formula, after numbered paragraphs,
// is a part of its own whose paragraphs are numbered from 1 again (as in
// A/RES/76/240), and that a heading over a paragraph that does not restart
// the numbering opens no part.
func TestSectionWithOwnPreamble(t *testing.T) {
	head := "United Nations\n\nA/RES/76/240\n\nThe General Assembly,\n\n*Recalling* its resolution 44/198,\n\n1. *Takes note* of the report;\n\n2. *Requests* a study;\n\n"
	tests := []struct {
		name, lang, text string
		ids              string
	}{
		{"restarted at 1", "en", "Conditions of service\n\nA\n\nBase/floor salary scale\n\n*Recalling* its resolution 44/198, by which it established a floor,\n\n1. *Approves* the scale;\n\n2. *Requests* a report;\n",
			"1.pp1 1.op1 1.op2 | 2.pp1 2.op1 2.op2"},
		{"not restarted", "en", "Conditions of service\n\n*Recalling* its resolution 44/198, by which it established a floor,\n\n3. *Approves* the scale;\n",
			"pp1 op1 op2 op2_1 op3"},
		{"French", "fr", "Conditions d’emploi\n\n*Rappelant* sa résolution 44/198,\n\n1. *Approuve* le barème ;\n",
			"1.pp1 1.op1 1.op2 | 2.pp1 2.op1"},
	}
	for _, tt := range tests {
		d := Parse(head+tt.text, Options{Language: tt.lang})
		var parts []string
		for _, p := range d.Parts {
			var ids []string
			for _, q := range append(append([]Paragraph{}, p.Preamble...), p.Operative...) {
				ids = append(ids, q.ID)
			}
			parts = append(parts, strings.Join(ids, " "))
		}
		got := strings.Join(parts, " | ")
		if got != tt.ids {
			t.Errorf("%s: ids %q, want %q", tt.name, got, tt.ids)
		}
	}
}

// TestPreambleListTail checks that a line after a preambular paragraph's
// open list, without a lead phrase of its own and ending with a comma, is
// that paragraph's tail (the Chinese and Russian A/RES/77/177), and that a
// preambular paragraph with its own lead, or after a list its last item
// closes, stays a paragraph.
func TestPreambleListTail(t *testing.T) {
	tests := []struct {
		name, lang, text string
		pre              int
		tail             string
	}{
		{"Chinese tail", "zh", "大会，\n\n*回顾*其各项决议，\n\n*认识到*以下方面：\n\n(a) 第一项；\n\n(b) 第二项，\n\n并立足于《行动纲领》所载承诺和目标，\n\n1. *决定*采取行动；\n", 2, "并立足于《行动纲领》所载承诺和目标，"},
		{"next paragraph with its lead", "en", "The General Assembly,\n\n*Recalling* its resolutions,\n\n*Recognizing* the following:\n\n(a) First;\n\n(b) Second,\n\n*Noting* the report,\n\n1. *Decides* to act;\n", 3, ""},
		{"after a closed list", "zh", "大会，\n\n*回顾*其各项决议，\n\n*认识到*以下方面：\n\n(a) 第一项；\n\n(b) 第二项。\n\n并立足于《行动纲领》所载承诺和目标，\n\n1. *决定*采取行动；\n", 3, ""},
	}
	for _, tt := range tests {
		d := Parse(tt.text, Options{Language: tt.lang})
		if len(d.Parts) != 1 {
			t.Errorf("%s: %d parts", tt.name, len(d.Parts))
			continue
		}
		pre := d.Parts[0].Preamble
		if len(pre) != tt.pre {
			t.Errorf("%s: %d preambular paragraphs, want %d", tt.name, len(pre), tt.pre)
			continue
		}
		if got := pre[len(pre)-1].Tail; len(pre) > 1 && got != tt.tail {
			t.Errorf("%s: tail %q, want %q", tt.name, got, tt.tail)
		}
	}
}

// TestNumberSequenceBreaks checks which printed numbers that break the
// sequence keep their number: a number printed twice does (the Chinese
// A/RES/77/204 has two paragraphs 66, as its XML says), a stray run the
// sequence resumes after does not (table cells numbered 1 and 2 between
// paragraphs 2 and 3).
func TestNumberSequenceBreaks(t *testing.T) {
	tests := []struct {
		name  string
		nums  []string
		wants []string
	}{
		{"printed twice", []string{"1", "2", "2", "3"}, []string{"1", "2", "2", "3"}},
		{"table cells", []string{"1", "2", "1", "2", "3"}, []string{"1", "2", "", "", "3"}},
		{"in sequence", []string{"1", "2", "3"}, []string{"1", "2", "3"}},
	}
	for _, tt := range tests {
		var ps []*pbuild
		for _, n := range tt.nums {
			ps = append(ps, &pbuild{number: n})
		}
		demoteStrays(ps)
		var got []string
		for _, p := range ps {
			got = append(got, p.number)
		}
		if strings.Join(got, ",") != strings.Join(tt.wants, ",") {
			t.Errorf("%s: %v, want %v", tt.name, got, tt.wants)
		}
	}
}

// TestSectionTitleAndCommaSlip checks two readings of budget resolutions'
// sections, as the XML reader has them: the title under a section's
// numeral is a heading even when it opens with a lead (the French
// A/RES/77/263, section III), and an unnumbered operative paragraph
// ending with a comma before paragraph 1 stays operative (the Arabic
// A/RES/77/263, section XXI).
func TestSectionTitleAndCommaSlip(t *testing.T) {
	tests := []struct {
		name, lang, text string
		pre, unnum       int
	}{
		{"title opening with a lead", "fr", "Assemblée générale,\n\n*Rappelant* sa résolution 58/284,\n\n1. *Prend acte* du rapport ;\n\nIII\n\nDemande de subvention pour le Tribunal spécial résiduel pour la Sierra Leone\n\n*Rappelant* sa résolution 58/284,\n\n1. *Prend acte* du rapport ;\n", 2, 0},
		{"operative lead ending with a comma, the section's last paragraph", "ar", "إن الجمعية العامة،\n\nإذ تشير إلى قرارها 76/246،\n\n1 - تقرر؛\n\nثانيا\n\nأثر التغيرات\n\nوقد نظرت في تقرير الأمين العام،\n\nتحيط علما بالتقديرات المنقحة،\n\nثالثا\n\nصندوق الطوارئ\n\n1 - تشير إلى قرارها 76/246 ألف؛\n\n2 - تقرر؛\n", 2, 1},
		{"adopting paragraph without a known lead", "zh", "大会，\n\n在其第八十届会议上通过了高级别会议成果文件：\n\n我们，各国部长和代表团团长，\n\n回顾第70/125号决议，\n\n1. 我们重申承诺。\n\n2. 我们认识到差距。\n", 0, 3},
		{"a section opening with an operative lead ending with a comma", "ar", "إن الجمعية العامة،\n\nإذ تشير إلى قرارها 76/246،\n\n1 - تقرر؛\n\nثانيا\n\nصندوق الطوارئ\n\nتشير إلى قرارها 78/253 الذي حُدّد فيه مستوى صندوق الطوارئ،\n\n1 - تلاحظ الرصيد؛\n", 1, 1},
		{"a section's only paragraph, an operative verb ending with a comma", "fr", "Assemblée générale,\n\n*Rappelant* sa résolution 44/198,\n\n1. *Prend acte* du rapport ;\n\nI\n\nConditions d’emploi\n\n*Approuve*, avec effet au 1er janvier 2026, les normes de conduite révisées,\n\nII\n\nConditions des administrateurs\n\n*Rappelant* sa résolution 51/216,\n\n1. *Réaffirme* la fourchette ;\n", 2, 1},
		{"operative lead ending with a comma", "ar", "إن الجمعية العامة،\n\nإذ تشير إلى قرارها 76/246،\n\n1 - تقرر؛\n\nثانيا\n\nأثر التغيرات\n\nوقد نظرت في تقرير الأمين العام،\n\nتحيط علما بالتقديرات المنقحة،\n\n1 - تشير إلى قرارها 76/246 ألف؛\n", 2, 1},
	}
	for _, tt := range tests {
		d := Parse("United Nations\n\nA/RES/77/263\n\n"+tt.text, Options{Language: tt.lang})
		pre, unnum := 0, 0
		for _, p := range d.Parts {
			pre += len(p.Preamble)
			for _, o := range p.Operative {
				if o.Number == nil {
					unnum++
				}
			}
		}
		if pre != tt.pre || unnum != tt.unnum {
			t.Errorf("%s: %d preambular, %d unnumbered operative; want %d, %d", tt.name, pre, unnum, tt.pre, tt.unnum)
		}
	}
}

// TestAnnexHeadingForms checks the forms of an annex's heading line: the
// Chinese S/RES/2803 (2025) prints "附件1", the number glued to the word,
// where the numbered paragraphs after it are the annex's, not operative
// paragraphs 12 to 31; the Russian S/RES/2641 (2022) letters its annexes
// in Cyrillic, "Приложение А".
func TestAnnexHeadingForms(t *testing.T) {
	tests := []struct{ lang, line string }{
		{"zh", "附件1"},
		{"zh", "附件一"},
		{"zh", "附件 2"},
		{"zh", "附件"},
		{"en", "Annex 1"},
		{"en", "Annex I"},
		{"en", "Annex A"},
		{"ru", "Приложение А"}, // a Cyrillic А, the Russian S/RES/2641 (2022)
		{"ru", "Приложение B"}, // a Latin one
	}
	for _, tt := range tests {
		d := Parse("United Nations\n\nS/RES/2803 (2025)\n\n安全理事会，\n\n欢迎《全面计划》，\n\n1. 认可《全面计划》；\n\n2. 决定继续处理此案。\n\n"+tt.line+"\n\n全面计划\n\n1. 加沙将成为无恐怖区。\n\n2. 加沙将进行重新开发。\n", Options{Language: tt.lang})
		if len(d.Annexes) != 1 || len(d.Parts) != 1 || len(d.Parts[0].Operative) != 2 {
			t.Errorf("%s %q: %d annexes, %d parts; want 1 annex and 2 operative paragraphs", tt.lang, tt.line, len(d.Annexes), len(d.Parts))
		}
	}
}

// TestPlenaryMeetingsInAParagraph checks that an operative paragraph
// speaking of plenary meetings ("1. Decides that the plenary meetings will
// be held as follows:", A/RES/75/326) is not taken for the closing line
// "85th (resumed) plenary meeting", which still closes the resolution.
func TestPlenaryMeetingsInAParagraph(t *testing.T) {
	d := Parse("United Nations\n\nA/RES/75/326\n\nThe General Assembly,\n\n*Recalling* its resolution 73/333,\n\n1. *Decides* that the plenary meetings will be held as follows:\n\nThursday, 2 June: from 9.30 a.m. to 1 p.m.\n\n2. *Also decides* that the dialogues will be held;\n\n85th (resumed) plenary meeting\n\n2 June 2021\n", Options{Language: "en"})
	ops := 0
	for _, p := range d.Parts {
		for _, o := range p.Operative {
			if o.Number != nil {
				ops++
			}
		}
	}
	if ops != 2 || len(d.Closing) == 0 || d.Closing[0] != "85th (resumed) plenary meeting" {
		t.Errorf("%d numbered paragraphs, closing %q; want 2 and the plenary meeting line", ops, d.Closing)
	}
}

// TestDotLabels checks items labelled "a.", "b.", "ii." as the Security
// Council's S/RES/2714 (2023) labels them, in the preamble and in the
// operative part, and that "e.g." at the start of a line is no label.
func TestDotLabels(t *testing.T) {
	d := Parse("United Nations\n\nS/RES/2714 (2023)\n\nThe Security Council,\n\n*Emphasising* that effective management will:\n\na. reduce the ability of Al-Shabaab to obtain weapons;\n\nb. improve the ability of the GFRS,\n\n*Welcoming* the assessments,\n\n1. *Calls upon* the GFRS to continue to:\n\na. implement the Strategy;\n\nb. establish a system;\n\n2. *Decides* to act, for instance:\n\ne.g. by reporting;\n", Options{Language: "en"})
	var got []string
	for _, p := range d.Parts {
		for _, q := range p.Preamble {
			got = append(got, q.ID)
			for _, it := range q.Items {
				got = append(got, it.ID)
			}
		}
		for _, q := range p.Operative {
			got = append(got, q.ID)
			for _, it := range q.Items {
				got = append(got, it.ID)
			}
		}
	}
	want := "pp1 pp1(a) pp1(b) pp2 op1 op1(a) op1(b) op2 op2_1"
	if strings.Join(got, " ") != want {
		t.Errorf("ids %s, want %s", strings.Join(got, " "), want)
	}
}

// TestSectionOpenedByOperativeForm checks that a section whose only
// paragraph opens with an operative verb form but ends with a comma (the
// French A/RES/80/236 A-B: "*Confirme* …,", "*Approuve*, …,", where the
// other versions end with a semicolon) is no preamble: the subsections
// after it open parts of their own, each with its one preambular
// paragraph.
func TestSectionOpenedByOperativeForm(t *testing.T) {
	text := "Nations Unies\n\nA/RES/80/236 A-B\n\nL’Assemblée générale,\n\n*Rappelant* ses résolutions,\n\n1. *Prend note* du rapport ;\n\n2. *Encourage* les organisations ;\n\n" +
		"I\n\nConditions d’emploi applicables aux deux catégories\n\n*Approuve*, avec effet au 1er janvier 2026, les normes ;\n\n" +
		"II\n\nConditions d’emploi des administrateurs\n\n*Confirme* que le télétravail n’est pas un droit,\n\n" +
		"A. Barème des traitements de base minima\n\n*Rappelant* sa résolution 44/198, par laquelle elle a institué des traitements,\n\n*Approuve*, avec effet au 1er janvier 2026, le barème,\n\n" +
		"B. Évolution de la marge\n\n*Rappelant* la section I.B de sa résolution 51/216,\n\n1. *Réaffirme* la fourchette ;\n\n2. *Note* la marge ;\n"
	d := Parse(text, Options{Language: "fr"})
	var pre []string
	for _, p := range d.Parts {
		for _, q := range p.Preamble {
			pre = append(pre, q.Lead)
		}
	}
	if len(pre) != 3 {
		t.Errorf("%d preambular paragraphs %q, want the three Rappelant", len(pre), pre)
	}
}

// TestLongSectionTitleLine checks that a section's numeral and a long
// title on one line ("V Fonds d’affectation spéciale …", 124 characters,
// as the French A/RES/75/237 prints it) head the next paragraph in every
// language, whatever the numeral: no numeral is a lead phrase, so that
// the line is not an unnumbered paragraph.
func TestLongSectionTitleLine(t *testing.T) {
	title := "Fonds d’affectation spéciale pour le Programme pour la Décennie de la lutte contre le racisme et la discrimination raciale"
	for _, tt := range []struct{ lang, numeral, recall, decide string }{
		{"fr", "V", "*Rappelant* sa résolution 74/137,", "*Rappelle* la création du fonds ;"},
		{"fr", "IV", "*Rappelant* sa résolution 74/137,", "*Rappelle* la création du fonds ;"},
		{"en", "V", "*Recalling* its resolution 74/137,", "*Recalls* the establishment of the fund;"},
		{"en", "II", "*Recalling* its resolution 74/137,", "*Recalls* the establishment of the fund;"},
		{"es", "V", "*Recordando* su resolución 74/137,", "*Recuerda* la creación del fondo;"},
		{"ru", "V", "*ссылаясь* на свою резолюцию 74/137,", "*напоминает* о создании фонда;"},
		{"ru", "I", "*ссылаясь* на свою резолюцию 74/137,", "*напоминает* о создании фонда;"},
	} {
		text := "United Nations\n\nA/RES/75/237\n\nThe General Assembly,\n\n" + tt.recall + "\n\n1. " + tt.decide + "\n\n" +
			tt.numeral + " " + title + "\n\n2. " + tt.decide + "\n"
		d := Parse(text, Options{Language: tt.lang})
		var ids []string
		heading := ""
		for _, p := range d.Parts {
			for _, o := range p.Operative {
				ids = append(ids, o.ID)
				if o.ID == "op2" {
					heading = o.Heading
				}
			}
		}
		if strings.Join(ids, " ") != "op1 op2" || !strings.HasSuffix(heading, title) {
			t.Errorf("%s %s: operative ids %v, op2's heading %q; want op1 op2 under the title", tt.lang, tt.numeral, ids, heading)
		}
	}
}

// TestTableLineIsParagraph checks that a table written out on one line
// (cells " | ", rows " / ", as resolute prints the tables of the XML) is
// a paragraph of its own after the paragraph that announces it, in every
// language, and not the heading of the next paragraph: the Chinese
// A/RES/79/253 paragraph 19's staffing tables and the note under them.
func TestTableLineIsParagraph(t *testing.T) {
	for _, tt := range []struct{ lang, formula, approve, table, note, next string }{
		{"zh", "大会，", "1. 核可下表所示人员配置表的变动：", "行动 | 员额职称 | 职类/职等 | 数目 / 设立 | 方案管理干事 | P-4 | 1 / 净变动共计 | 1",
			"简称：GS(OL)，一般事务人员(其他职等)。", "2. 又核可养恤基金2025年管理费估计数；"},
		{"zh", "大会，", "1. 除会员国摊款外，核准收入估计数，细目如下：", "收入款次 | 数额(美元) / 1. 工作人员薪金税收入 | 283 437 900 / 共计 | 302 522 600",
			"", "2. 工作人员薪金税收入应贷记衡平征税基金账内；"},
		{"en", "The General Assembly,", "1. *Approves* the changes to the staffing table below:", "Action | Post title | Category/level | Number / Establishment | Programme Management Officer | P-4 | 1",
			"Abbreviation: GS (OL), General Service (Other level).", "2. *Also approves* the estimates;"},
		{"ru", "Генеральная Ассамблея,", "1. *одобряет* изменения в штатном расписании:", "Действие | Должность | Категория/класс | Число / Создание | сотрудник по программам | С-4 | 1",
			"", "2. *одобряет также* смету;"},
	} {
		body := []string{"United Nations", "A/RES/79/253", tt.formula, tt.approve, tt.table}
		want := "op1 op1_1 op2"
		if tt.note != "" {
			body = append(body, tt.note)
			want = "op1 op1_1 op1_2 op2"
		}
		d := Parse(strings.Join(append(body, tt.next), "\n\n")+"\n", Options{Language: tt.lang})
		var ids []string
		for _, p := range d.Parts {
			for _, o := range p.Operative {
				ids = append(ids, o.ID)
				if o.Heading != "" {
					t.Errorf("%s: %s has the heading %q", tt.lang, o.ID, o.Heading)
				}
			}
		}
		if got := strings.Join(ids, " "); got != want {
			t.Errorf("%s: operative ids %s, want %s", tt.lang, got, want)
		}
	}
}

// TestLabelsOfOtherLanguages checks that items labelled "1)", "2)" (the
// Spanish, French and Russian S/RES/2760 (2024) paragraph 3, where the
// English has "(1)", "(2)") and "أ -", "ب -" (the Arabic S/RES/2653
// (2022), where the others have "(a)", "(b)") are the paragraph's items,
// with the ids the other labels give, and not unnumbered paragraphs.
func TestLabelsOfOtherLanguages(t *testing.T) {
	for _, tt := range []struct{ lang, formula, para, one, two, next, want string }{
		{"en", "The Security Council,", "3. *Determines* that both parties should demonstrate progress:", "(1) UNISFA Patrols: Achieve standing clearance;", "(2) JBVMM Team Sites: Support the operation;", "4. *Decides* to maintain the troop ceiling;", "op3 op3(i) op3(ii) op4"},
		{"es", "El Consejo de Seguridad,", "3. *Determina* que ambas partes deberían seguir demostrando avances:", "1) Patrullas de la UNISFA: lograr una autorización permanente;", "2) Bases de operaciones del MCVVF: prestar apoyo;", "4. *Decide* mantener la dotación máxima;", "op3 op3(i) op3(ii) op4"},
		{"ru", "Совет Безопасности,", "3. *определяет*, что обе стороны должны продемонстрировать прогресс:", "1) патрули ЮНИСФА: сохранять в силе разрешение;", "2) опорные пункты СМНКГ: обеспечивать функционирование;", "4. *постановляет* сохранить численность;", "op3 op3(i) op3(ii) op4"},
		{"fr", "Le Conseil de sécurité,", "3. *Considère* que les deux parties doivent continuer de progresser :", "10) Patrouilles de la FISNUA : obtenir une autorisation permanente ;", "11) Bases d’opérations : appuyer la mise en service ;", "4. *Décide* de maintenir l’effectif ;", "op3 op3(x) op3(xi) op4"},
		{"en", "The Security Council,", "5. *Decides* that the measures shall not apply:", "(a) Where the Committee determines that such travel is justified;", "(b) Where entry or transit is necessary;", "6. *Decides* that all Member States shall freeze funds;", "op5 op5(a) op5(b) op6"},
		{"ar", "إن مجلس الأمن،", "5 - *يقرر* ألا تسري التدابير المفروضة على الحالات التالية:", "أ - عندما تقرر اللجنة أن هذا السفر له ما يبرره؛", "ب - عندما يكون الدخول أو المرور العابر ضروريين؛", "6 - *يقرر* أن على جميع الدول الأعضاء أن تقوم دون إبطاء بتجميد الأموال؛", "op5 op5(a) op5(b) op6"},
		{"ar", "إن مجلس الأمن،", "5 - *يقرر* ألا تسري التدابير المفروضة على الحالات التالية:", "هـ - عندما تقرر اللجنة أن هذا السفر له ما يبرره؛", "و – عندما يكون الدخول أو المرور العابر ضروريين؛", "6 - *يقرر* أن على جميع الدول الأعضاء أن تقوم دون إبطاء بتجميد الأموال؛", "op5 op5(e) op5(f) op6"},
	} {
		d := Parse(strings.Join([]string{"United Nations", "S/RES/2760 (2024)", tt.formula, tt.para, tt.one, tt.two, tt.next}, "\n\n")+"\n", Options{Language: tt.lang})
		var ids []string
		for _, p := range d.Parts {
			for _, o := range p.Operative {
				ids = append(ids, o.ID)
				for _, it := range o.Items {
					ids = append(ids, it.ID)
				}
			}
		}
		if got := strings.Join(ids, " "); got != tt.want {
			t.Errorf("%s %q: ids %s, want %s", tt.lang, tt.one, got, tt.want)
		}
	}
}

// TestDottedRomanItemsNest checks that points labelled "i.", "ii." under
// an item labelled "b." (the English S/RES/2741 (2024) paragraph 10) are
// that item's points, as "(i)" under "(b)" are, and that "i." after "h."
// is the next letter.
func TestDottedRomanItemsNest(t *testing.T) {
	for _, tt := range []struct {
		items []string
		want  string
	}{
		{[]string{"a. schedule a meeting by 2 August 2024;", "b. request the Secretary-General to:", "i. finalise the overall design of the mission;", "ii. provide an estimation of the resources required;"},
			"op10 op10(a) op10(b) op10(b)(i) op10(b)(ii) op11"},
		{[]string{"(a) schedule a meeting by 2 August 2024;", "(b) request the Secretary-General to:", "(i) finalise the overall design of the mission;", "(ii) provide an estimation of the resources required;"},
			"op10 op10(a) op10(b) op10(b)(i) op10(b)(ii) op11"},
		{[]string{"g. schedule a meeting;", "h. request a report;", "i. finalise the design;", "j. provide an estimation;"},
			"op10 op10(g) op10(h) op10(i) op10(j) op11"},
	} {
		text := strings.Join(append(append([]string{"United Nations", "S/RES/2741 (2024)", "The Security Council,", "10. *Requests* the African Union Commission to:"}, tt.items...),
			"11. *Decides* to remain actively seized of the matter."), "\n\n") + "\n"
		d := Parse(text, Options{Language: "en"})
		var ids []string
		var walk func([]Item)
		walk = func(its []Item) {
			for _, it := range its {
				ids = append(ids, it.ID)
				walk(it.Items)
			}
		}
		for _, p := range d.Parts {
			for _, o := range p.Operative {
				ids = append(ids, o.ID)
				walk(o.Items)
			}
		}
		if got := strings.Join(ids, " "); got != tt.want {
			t.Errorf("%q: ids %s, want %s", tt.items[0], got, tt.want)
		}
	}
}

// TestNoteUnderTable checks that a note labelled like an item under a
// table ("(أ) تستفيد الدول الأعضاء …" after the table of levels of the
// Arabic A/RES/79/250 paragraph 11) is a paragraph of its own, label and
// all, as the XML has it: a table has no sub-paragraphs. Under a
// paragraph, the same line is an item.
func TestNoteUnderTable(t *testing.T) {
	for _, tt := range []struct{ lang, formula, para, table, note, next, want string }{
		{"ar", "إن الجمعية العامة،", "11 - *تقرر* أن تكون معدلات الأنصبة على النحو التالي:", "المستوى | المعيار | الحد الأدنى / ألف | الأعضاء الدائمون | -", "(أ) تستفيد الدول الأعضاء المدرجة في المستوى حاء من تخفيض بنسبة 70 في المائة.", "12 - *تشجع* الدول الأعضاء على التبرع؛", "op11 op11_1 op11_2 op12"},
		{"en", "The General Assembly,", "11. *Decides* that the rates shall be as follows:", "Level | Criteria | Threshold / A | Permanent members | -", "(a) Member States in level H benefit from a discount of 70 per cent.", "12. *Encourages* Member States to contribute;", "op11 op11_1 op11_2 op12"},
		{"en", "The General Assembly,", "11. *Decides* that the rates shall be as follows:", "", "(a) Member States in level H benefit from a discount of 70 per cent.", "12. *Encourages* Member States to contribute;", "op11 op11(a) op12"},
	} {
		lines := []string{"United Nations", "A/RES/79/250", tt.formula, tt.para}
		if tt.table != "" {
			lines = append(lines, tt.table)
		}
		d := Parse(strings.Join(append(lines, tt.note, tt.next), "\n\n")+"\n", Options{Language: tt.lang})
		var ids []string
		for _, p := range d.Parts {
			for _, o := range p.Operative {
				ids = append(ids, o.ID)
				for _, it := range o.Items {
					ids = append(ids, it.ID)
				}
				if o.ID == "op11_2" && !strings.HasPrefix(o.Text, "(") {
					t.Errorf("%s: the note lost its label: %q", tt.lang, o.Text)
				}
			}
		}
		if got := strings.Join(ids, " "); got != tt.want {
			t.Errorf("%s: ids %s, want %s", tt.lang, got, tt.want)
		}
	}
}

// TestAnnexLongTitle checks an annex whose title line runs past 300
// characters (the French annex of A/RES/77/5 has 360) and whose first
// paragraph speaks of plenary meetings: the line is the title, and the
// paragraphs keep their numbers 1 and 2.
func TestAnnexLongTitle(t *testing.T) {
	title := "Modalités d’organisation des séances plénières des 8 et 9 décembre 2022 consacrées à l’examen de la question intitulée « Les océans et le droit de la mer » et à la célébration du quarantième anniversaire de l’adoption et de l’ouverture à la signature de la Convention des Nations Unies sur le droit de la mer, tenues au Siège"
	d := Parse("Nations Unies\n\nA/RES/77/5\n\nL’Assemblée générale,\n\n1. Décide de tenir les séances;\n\n2. Prie le Président.\n\nAnnexe\n\n"+title+
		"\n\n1. Quatre séances plénières de l’Assemblée générale auront lieu les 8 et 9 décembre :\n\na) Deux séances;\n\nb) Deux autres.\n\n2. La liste des orateurs est la suivante.\n", Options{Language: "fr"})
	if len(d.Annexes) != 1 {
		t.Fatalf("%d annexes, want 1", len(d.Annexes))
	}
	a := d.Annexes[0]
	if a.Title != title {
		t.Errorf("title %q, want the %d-character line", a.Title, len([]rune(title)))
	}
	var got []string
	for _, p := range a.Paragraphs {
		n := "-"
		if p.Number != nil {
			n = *p.Number
		}
		got = append(got, fmt.Sprintf("%s %s %d", p.ID, n, len(p.Items)))
	}
	if want := "annex.p1 1 2|annex.p2 2 0"; strings.Join(got, "|") != want {
		t.Errorf("paragraphs %q, want %q", strings.Join(got, "|"), want)
	}
}

// TestAnnexSubtitle checks a subtitle of 170 characters under an annex's
// title (the political declaration annexed to A/RES/80/117) and a heading
// as long further down ("Priority area 4: …" in A/RES/79/233): each heads
// the paragraph after it, as the XML reader reads them, rather than being
// a paragraph of its own; a line as long ending with a full stop stays a
// paragraph.
func TestAnnexSubtitle(t *testing.T) {
	sub := "Equity and integration: transforming lives and livelihoods through leadership and action on noncommunicable diseases and the promotion of mental health and well-being"
	area := "Priority area 4: Enhancing adaptive capacity, strengthening resilience and reducing vulnerability to climate change and disasters"
	d := Parse("United Nations\n\nA/RES/80/117\n\nThe General Assembly,\n\n1. Approves the political declaration annexed to the present resolution.\n\nAnnex\n\nPolitical declaration of the fourth high-level meeting\n\n"+
		sub+"\n\nWe, Heads of State and Government, assembled at the United Nations on 25 September 2025,\n\n1. Strongly reaffirm our commitment;\n\n"+
		area+"\n\n2. Reaffirm resolution 70/1.\n\n"+area+".\n\n3. Commit to act.\n", Options{Language: "en"})
	if len(d.Annexes) != 1 {
		t.Fatalf("%d annexes, want 1", len(d.Annexes))
	}
	var got []string
	for _, p := range d.Annexes[0].Paragraphs {
		h := "-"
		switch p.Heading {
		case sub:
			h = "sub"
		case area:
			h = "area"
		}
		got = append(got, p.ID+" "+h)
	}
	if want := "annex.p1 sub|annex.p2 -|annex.p3 area|annex.p4 -|annex.p5 -"; strings.Join(got, "|") != want {
		t.Errorf("paragraphs (id, heading) %q, want %q", strings.Join(got, "|"), want)
	}
}

// TestAnnexesOfTheAnnexedText checks "Annex I" and "Annex II" under an
// annex headed by the bare word (the Model Law annexed to A/RES/77/100
// has annexes of its own): headings in the one annex, as the XML reader
// reads them, while "Annex I" then "Annex II" are two annexes.
func TestAnnexesOfTheAnnexedText(t *testing.T) {
	head := "United Nations\n\nA/RES/77/100\n\nThe General Assembly,\n\n1. Adopts the Model Law annexed to the present resolution.\n\n"
	tests := []struct {
		name, text, want string
	}{
		{"under a bare Annex", "Annex\n\nModel Law\n\n1. This Law applies.\n\nAnnex I\n\n1. First schedule.\n\nAnnex II\n\n1. Second schedule.\n",
			"annex: annex.p1 |annex.p2 Annex I|annex.p3 Annex II"},
		{"numbered annexes", "Annex I\n\nModel Law\n\n1. This Law applies.\n\nAnnex II\n\n1. First schedule.\n",
			"annexI: annexI.p1 |annexII: annexII.p1 "},
	}
	for _, tt := range tests {
		d := Parse(head+tt.text, Options{Language: "en"})
		var got []string
		for _, a := range d.Annexes {
			for i, p := range a.Paragraphs {
				s := p.ID + " " + p.Heading
				if i == 0 {
					s = a.ID + ": " + s
				}
				got = append(got, s)
			}
		}
		if strings.Join(got, "|") != tt.want {
			t.Errorf("%s: %q, want %q", tt.name, strings.Join(got, "|"), tt.want)
		}
	}
}

// TestAnnexTableText checks an annex table in text, its cells joined by
// " | " as resolute prints them: a line of one cell between two rows is a
// row, not a heading over the next ("(United States dollars)", "Total
// assessment for 2021" in A/RES/75/249), and the notes under the table,
// "(أ) انظر A/75/383.", are paragraphs of their own, not items of its last
// row, as the XML reader reads both.
func TestAnnexTableText(t *testing.T) {
	tests := []struct {
		lang, annex, want string
	}{
		{"en", "Annex\n\nFinancing for 2021\n\nGross | Net\n\n(United States dollars)\n\nEstimated appropriation for 2021a | 97 194 000 | 88 029 600\n\nTotal assessment for 2021\n\nRequirements for 2021 | 97 519 900 | 88 431 800\n\na See A/75/383.\n",
			"annex.p1 0 |annex.p2 0 |annex.p3 0 |annex.p4 0 |annex.p5 0 |annex.p6 0 "},
		{"en", "Annex\n\nStaffing table for 2026\n\nCategory | Number of posts | Total\n\nExpenditure sections\n\nProfessional and higher\n\nD-2 | 115 | 120\n\nD-1 | 302 | 347\n\nGeneral Service\n\n1. The posts are approved.\n",
			"annex.p1 0 |annex.p2 0 |annex.p3 0 |annex.p4 0 |annex.p5 0 |annex.p6 0 General Service"},
		{"ar", "المرفق\n\nتمويل الآلية لعام 2021\n\nالإجمالي | الصافي\n\nالاعتماد المقدر(أ) | 194 97 | 600 029 88\n\n(أ) انظر A/75/383.\n\n(ب) انظر A/75/639.\n",
			"annex.p1 0 |annex.p2 0 |annex.p3 0 |annex.p4 0 "},
	}
	for _, tt := range tests {
		d := Parse("United Nations\n\nA/RES/75/249\n\nThe General Assembly,\n\n1. Decides to appropriate the amounts.\n\n"+tt.annex, Options{Language: tt.lang})
		if len(d.Annexes) != 1 {
			t.Errorf("%s: %d annexes, want 1", tt.lang, len(d.Annexes))
			continue
		}
		var got []string
		for _, p := range d.Annexes[0].Paragraphs {
			got = append(got, fmt.Sprintf("%s %d %s", p.ID, len(p.Items), p.Heading))
		}
		if strings.Join(got, "|") != tt.want {
			t.Errorf("%s: %q, want %q", tt.lang, strings.Join(got, "|"), tt.want)
		}
	}
}

// TestAnnexLeadHeading checks a short line opening with a lead phrase over
// a numbered paragraph of an annex ("Reaffirming international resolve"
// in the declaration annexed to A/RES/75/284): the paragraph's heading, as
// the XML has it; such a line over an unnumbered one heads nothing.
func TestAnnexLeadHeading(t *testing.T) {
	d := Parse("United Nations\n\nA/RES/75/284\n\nThe General Assembly,\n\n1. Adopts the political declaration annexed to the present resolution.\n\nAnnex\n\nPolitical Declaration on HIV and AIDS\n\n1. We, Heads of State, commit to end AIDS.\n\nReaffirming international resolve\n\n2. Reaffirm the 2030 Agenda for Sustainable Development.\n\nReaffirming our commitments\n\nWe note the progress made.\n", Options{Language: "en"})
	if len(d.Annexes) != 1 {
		t.Fatalf("%d annexes, want 1", len(d.Annexes))
	}
	var got []string
	for _, p := range d.Annexes[0].Paragraphs {
		got = append(got, p.ID+" "+p.Heading)
	}
	if want := "annex.p1 |annex.p2 Reaffirming international resolve|annex.p3 "; strings.Join(got, "|") != want {
		t.Errorf("%q, want %q", strings.Join(got, "|"), want)
	}
}
