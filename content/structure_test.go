package content

import (
	"fmt"
	"strings"
	"testing"
)

// partsShape writes a document's parts as "label:preambular/operative",
// separated by spaces.
func partsShape(d *Document) string {
	var out []string
	for _, p := range d.Parts {
		out = append(out, fmt.Sprintf("%s:%d/%d", p.Label, len(p.Preamble), len(p.Operative)))
	}
	return strings.Join(out, " ")
}

// TestFormulaWithoutComma checks that parts A and B still split when each
// repeats a formula that lost its comma, in the languages whose formula has
// no article: italic in the UN's Russian layout, bare in the Chinese.
func TestFormulaWithoutComma(t *testing.T) {
	tests := []struct{ lang, head, formula, pre, op, want string }{
		{"ru", "Генеральная Ассамблея", "*Генеральная Ассамблея*", "*принимая к сведению* доклад,", "1. *постановляет* утвердить;", "A:1/1 B:1/1"},
		{"zh", "大会", "大会", "注意到报告，", "1. 决定核准；", "A:1/1 B:1/1"},
		{"en", "General Assembly", "*The General Assembly*", "*Noting* the report,", "1. *Decides* to approve;", "A:1/1 B:1/1"},
	}
	for _, tt := range tests {
		text := "United Nations\n\nA/RES/75/254 A-B\n\n" + tt.head + "\n\nDistr.: General\n\n75/254. Budget\n\nA\n\n" +
			tt.formula + "\n\n" + tt.pre + "\n\n" + tt.op + "\n\nB\n\n" + tt.formula + "\n\n" + tt.pre + "\n\n" + tt.op + "\n"
		d := Parse(text, Options{Language: tt.lang})
		if got := partsShape(d); got != tt.want {
			t.Errorf("%s: parts %q, want %q", tt.lang, got, tt.want)
		}
		if d.Masthead.Organ != tt.head {
			t.Errorf("%s: masthead organ %q, want %q", tt.lang, d.Masthead.Organ, tt.head)
		}
	}
}

// TestSpecialSessionTitle checks the title line of a special or emergency
// special session's resolution ("S-32/1.", Arabic "د إ ط-11/1."): the
// number and title are read and, without a symbol line, give the symbol;
// a formula that follows without its comma is still found after it.
func TestSpecialSessionTitle(t *testing.T) {
	tests := []struct{ lang, title, formula, number, symbol, name string }{
		{"zh", "S-32/1. 我们共同承诺", "大会", "S-32/1", "A/RES/S-32/1", "我们共同承诺"},
		{"en", "ES-11/1. Aggression against Ukraine", "The General Assembly,", "ES-11/1", "A/RES/ES-11/1", "Aggression against Ukraine"},
		{"ar", "د إ ط-11/1. العدوان على أوكرانيا", "إن الجمعية العامة،", "ES-11/1", "A/RES/ES-11/1", "العدوان على أوكرانيا"},
		{"fr", "Décision S-32/2. Calendrier", "L’Assemblée générale,", "S-32/2", "decision S-32/2", "Calendrier"},
	}
	for _, tt := range tests {
		d := Parse("United Nations\n\n"+tt.title+"\n\n"+tt.formula+"\n\n1. Decides;\n", Options{Language: tt.lang})
		if d.Number != tt.number || d.Symbol != tt.symbol || d.Title != tt.name {
			t.Errorf("%s: number %q symbol %q title %q, want %q %q %q", tt.lang, d.Number, d.Symbol, d.Title, tt.number, tt.symbol, tt.name)
		}
		if d.Formula == "" {
			t.Errorf("%s: no formula found", tt.lang)
		}
	}
}

// TestItalicNumbers checks operative numbers and section headings set in
// italics with the lead phrase (*203 -* *تحيط علما*, *1.* *Decides*): they
// are numbers and headings still, not text.
func TestItalicNumbers(t *testing.T) {
	tests := []struct{ lang, text, want, heading string }{
		{"ar", "*إن الجمعية العامة*،\n\n*إذ تشير* إلى قرارها 76/88،\n\n*أولا*\n\n*202 -* *تقرر* أن تواصل؛\n\n*203 -* *تحيط علما* بالتقرير؛\n", "1/2 202,203", "أولا"},
		{"ar", "*إن الجمعية العامة*،\n\n*إذ تشير* إلى قرارها 76/88،\n\n*ثانيا - معلومات أساسية*\n\n*1 -* *تقرر* أن تواصل؛\n\n*2 -* *تحيط علما* بالتقرير؛\n", "1/2 1,2", "ثانيا - معلومات أساسية"},
		{"en", "*The General Assembly*,\n\n*Recalling* its resolution 76/88,\n\n*1.* *Decides* to continue;\n\n*2.* *Takes note* of the report;\n", "1/2 1,2", ""},
		// The Arabic A/RES/75/106 writes its formula with a shadda: "إنّ".
		{"ar", "*إنّ الجمعية العامة*،\n\n*وقد نظرت* بتمعن في المسألة،\n\n1 - *تحيط علما* بالتقرير؛\n", "1/1 1", ""},
		// The French A/RES/75/112 lost the space of its formula.
		{"fr", "L’Assembléegénérale,\n\n*Ayant examiné* la question,\n\n1. *Réaffirme* le droit ;\n", "1/1 1", ""},
	}
	for _, tt := range tests {
		d := Parse("United Nations\n\nA/RES/79/10\n\n"+tt.text, Options{Language: tt.lang})
		pre, ops, nums := 0, 0, []string{}
		heading := ""
		for _, p := range d.Parts {
			pre += len(p.Preamble)
			ops += len(p.Operative)
			for _, o := range p.Operative {
				if o.Number != nil {
					nums = append(nums, *o.Number)
				}
			}
			if len(p.Operative) > 0 && heading == "" {
				heading = strings.TrimSpace(p.Label + " " + p.Heading)
				if p.Operative[0].Heading != "" {
					heading = p.Operative[0].Heading
				}
			}
		}
		got := fmt.Sprintf("%d/%d %s", pre, ops, strings.Join(nums, ","))
		if got != tt.want {
			t.Errorf("%s: %q, want %q", tt.lang, got, tt.want)
		}
		if heading != tt.heading {
			t.Errorf("%s: heading %q, want %q", tt.lang, heading, tt.heading)
		}
	}
}

// TestArabicAdoptionLine checks that the Arabic adoption line, in each of
// its forms (one resolution "اتخذته" or "اتخذتها", two, several), ends the
// agenda title instead of joining it.
func TestArabicAdoptionLine(t *testing.T) {
	for _, adoption := range []string{
		"قرار اتخذته الجمعية العامة في 18 تشرين الثاني/نوفمبر 2024",
		"قرار اتخذتها الجمعية العامة في 18 تشرين الثاني/نوفمبر 2024",
		"قراران اتخذتهما الجمعية العامة في 18 تشرين الثاني/نوفمبر 2024",
		"قرارات اتخذتها الجمعية العامة في 18 تشرين الثاني/نوفمبر 2024",
	} {
		text := "الأمم المتحدة\n\nA/RES/79/10\n\nالجمعية العامة\n\nالدورة التاسعة والسبعون\n\nالبند 122 من جدول الأعمال\n\nالتعاون بين الأمم المتحدة والمنظمات الإقليمية\n\n" +
			adoption + "\n\n79/10 التعاون\n\n*إن الجمعية العامة*،\n\n*إذ تشير* إلى قرارها،\n\n1 - *تحيط علما* بالتقرير؛\n"
		d := Parse(text, Options{Language: "ar"})
		if d.Masthead.AgendaTitle != "التعاون بين الأمم المتحدة والمنظمات الإقليمية" || d.Masthead.Adoption != adoption {
			t.Errorf("agenda title %q, adoption %q; want the adoption line %q apart", d.Masthead.AgendaTitle, d.Masthead.Adoption, adoption)
		}
		if d.Masthead.AdoptionDate != "2024-11-18" {
			t.Errorf("%s: adoption date %q", adoption, d.Masthead.AdoptionDate)
		}
	}
}

// TestLeadInWithColonBeforeParagraphOne checks that the paragraph just
// before paragraph 1 is read as operative when it ends with a colon and
// its lead is not a preambular one ("正式决定：", the Chinese A/RES/77/266,
// whose lead no table lists), and stays preambular when it is ("Acting
// under Chapter VII …:").
func TestLeadInWithColonBeforeParagraphOne(t *testing.T) {
	tests := []struct{ lang, formula, paras, want string }{
		{"zh", "大会", "正式决定：\n\n1. 将周转基金的数额定为2.50亿美元；\n\n2. 会员国应预缴。", ":0/3"},
		{"zh", "大会，", "回顾其第76/272号决议，\n\n正式决定：\n\n1. 将周转基金的数额定为2.50亿美元；", ":1/2"},
		{"en", "The Security Council,", "*Recalling* its resolution 2250 (2015),\n\n*Acting* under Chapter VII of the Charter of the United Nations:\n\n1. *Decides* to renew;", ":2/1"},
	}
	for _, tt := range tests {
		text := "United Nations\n\nA/RES/77/266\n\nGeneral Assembly\n\nDistr.: General\n\n77/266. Fund\n\n" + tt.formula + "\n\n" + tt.paras + "\n"
		d := Parse(text, Options{Language: tt.lang})
		if got := partsShape(d); got != tt.want {
			t.Errorf("%s %q: parts %q, want %q", tt.lang, tt.paras[:12], got, tt.want)
		}
	}
}

// TestUnnumberedOperativeBeforeSection checks the paragraphs between a
// preamble and a first numbered paragraph that opens a section under a
// heading (A/RES/77/256 A-B, section A closing with "Approves …;" and B
// numbered from 1): one with an operative lead ending with a semicolon or
// a full stop is operative; without the heading it stays preambular.
func TestUnnumberedOperativeBeforeSection(t *testing.T) {
	tests := []struct{ name, lang, body, want string }{
		{"zh before a heading", "zh", "回顾其第44/198号决议，\n\n核准订正统一基薪表；\n\nB. 比值的演变\n\n1. 重申比值；\n\n2. 注意到比值。", ":1/3"},
		{"en before a heading", "en", "*Recalling* its resolution 44/198,\n\n*Approves* the revised scale;\n\nB. Evolution of the margin\n\n1. *Reaffirms* the range;\n\n2. *Notes* the margin.", ":1/3"},
		{"zh without a heading", "zh", "回顾其第44/198号决议，\n\n重申支持缅甸人民。\n\n1. 促请各方；\n\n2. 决定继续审议。", ":2/2"},
		{"zh a preambular lead", "zh", "回顾其第44/198号决议，\n\n注意到订正表；\n\nB. 比值的演变\n\n1. 重申比值；\n\n2. 注意到比值。", ":2/2"},
	}
	for _, tt := range tests {
		if got := partsShape(parseBudgetBody("77/256", tt.lang, tt.body)); got != tt.want {
			t.Errorf("%s: parts %q, want %q", tt.name, got, tt.want)
		}
	}
}

// parseBudgetBody parses body as the resolution symbol's, after its title
// and the Assembly's formula in lang ("zh" or "en").
func parseBudgetBody(symbol, lang, body string) *Document {
	formula := "大会，"
	if lang == "en" {
		formula = "*The General Assembly*,"
	}
	return Parse("United Nations\n\nA/RES/"+symbol+"\n\n"+symbol+". Title\n\n"+formula+"\n\n"+body+"\n", Options{Language: lang})
}

// TestSectionPreambleAfterUnnumberedSection checks A/RES/79/252 A-B's
// layout: after numbered paragraphs, section A has a preamble of its own
// and one unnumbered operative paragraph, and section B a preamble and
// paragraphs numbered from 1. Each section is a part, as in the XML.
func TestSectionPreambleAfterUnnumberedSection(t *testing.T) {
	tests := []struct{ name, lang, body, want string }{
		{"zh", "zh", "回顾其各项决议，\n\n1. 决定维持；\n\n2. 请委员会报告；\n\nA 基薪/底薪表\n\n回顾其第44/198号决议，\n\n核准订正统一基薪表；\n\nB 比值的演变\n\n回顾其第51/216号决议，\n\n1. 重申比值；\n\n2. 注意到比值。",
			"1:1/2 2:1/1 3:1/2"},
		{"en", "en", "*Recalling* its resolutions,\n\n1. *Decides* to maintain;\n\n2. *Requests* a report;\n\nA Base/floor salary scale\n\n*Recalling* its resolution 44/198,\n\n*Approves* the revised scale;\n\nB Evolution of the margin\n\n*Recalling* section I.B of its resolution 51/216,\n\n1. *Reaffirms* the range;\n\n2. *Notes* the margin.",
			"1:1/2 2:1/1 3:1/2"},
		{"no preamble after the unnumbered paragraph", "en", "*Recalling* its resolutions,\n\n1. *Decides* to maintain;\n\nA Base/floor salary scale\n\n*Recalling* its resolution 44/198,\n\n*Approves* the revised scale;\n\nB Evolution of the margin\n\n*Approves* the margin;\n\n*Decides* to act.",
			":1/5"},
	}
	for _, tt := range tests {
		if got := partsShape(parseBudgetBody("79/252", tt.lang, tt.body)); got != tt.want {
			t.Errorf("%s: parts %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestHeadingWithWeakLead checks a short Chinese line without closing
// punctuation before paragraph 1 that opens with a one-character lead
// ("对南共体特派团的支持", "Support to SAMIDRC", in the Chinese S/RES/2746
// (2024)): a heading, not a preambular paragraph. A longer line, or one
// with a lead of more characters, is still a paragraph.
func TestHeadingWithWeakLead(t *testing.T) {
	tests := []struct{ name, line, want, heading string }{
		{"one-character lead", "对南共体特派团的支持", ":1/1", "对南共体特派团的支持"},
		{"longer lead", "强调南共体特派团的支持", ":2/1", ""},
		{"long line", "对南共体特派团的支持以及对其在创造安全环境和保护平民方面所作的一切贡献表示赞赏和感谢", ":2/1", ""},
	}
	for _, tt := range tests {
		d := Parse("United Nations\n\nS/RES/2746 (2024)\n\n第2746(2024)号决议\n\n安全理事会，\n\n回顾其以往各项决议，\n\n"+tt.line+"\n\n1. 授权联刚稳定团提供支持；\n", Options{Language: "zh"})
		if got := partsShape(d); got != tt.want {
			t.Errorf("%s: parts %q, want %q", tt.name, got, tt.want)
			continue
		}
		if h := d.Parts[0].Operative[0].Heading; h != tt.heading {
			t.Errorf("%s: heading %q, want %q", tt.name, h, tt.heading)
		}
	}
}
