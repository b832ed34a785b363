package content

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// pagedFixtures are short resolutions, invented for the tests, in the
// canonical layout of the corpus: italic leads, superscript markers, notes
// at the end.
var pagedFixtures = []struct {
	lang, symbol, text string
	pre, op, notes     int
}{
	{"fr", "A/RES/99/1", `Nations Unies

A/RES/99/1

Assemblée générale

Distr. générale

3 janvier 2031

99/1. Coopération entre l’Organisation des Nations Unies et l’Organisation d’exemple

*L’Assemblée générale*,

*Ayant examiné* le rapport du Secrétaire général sur la coopération entre l’Organisation des Nations Unies et les organisations régionales ou autres¹,

*Rappelant* les articles de la Charte des Nations Unies qui préconisent l’adoption de mesures de coopération régionale propres à promouvoir les buts et principes des Nations Unies,

*Se félicitant* des mesures concrètes prises par l’Organisation d’exemple pour appliquer la Stratégie antiterroriste mondiale de l’Organisation des Nations Unies,

*Se félicitant également* de la signature d’un mémorandum d’accord entre le secrétariat de l’Organisation d’exemple et le Haut-Commissariat des Nations Unies pour les réfugiés,

*Notant* les efforts importants déployés par l’Organisation d’exemple dans le cadre de son opération régionale, visant à réduire l’incidence et les effets négatifs de la migration irrégulière²,

*Constatant* que les deux organisations ont la ferme intention de resserrer encore leur coopération,

1. *Accueille avec satisfaction* le rapport du Secrétaire général ;

2. *Note avec satisfaction* que l’Organisation d’exemple s’emploie à renforcer son rôle dans le domaine de la prévention des conflits ;

3. *Engage* les deux organisations à continuer de réfléchir à des moyens de renforcer encore leurs échanges dans le domaine du maintien de la paix ;

4. *Décide* d’inscrire la question à l’ordre du jour provisoire de sa centième session.

39e séance plénière 2 janvier 2031

¹ A/99/302.

² Voir A/99/400, par. 12.
`, 6, 4, 2},
	{"ru", "A/RES/99/2", `Организация Объединенных Наций

A/RES/99/2

Генеральная Ассамблея

99/2. Сотрудничество между Организацией Объединенных Наций и примерной организацией

*Генеральная Ассамблея*,

*рассмотрев* доклад Генерального секретаря о сотрудничестве между Организацией Объединенных Наций и региональными и другими организациями¹,

*ссылаясь* на статьи Устава Организации Объединенных Наций, в которых поощряется деятельность в рамках региональных договоренностей,

*повторяя* торжественное обещание, что никто не будет забыт, и подчеркивая важность сотрудничества на всех уровнях,

*с признательностью констатируя* ту масштабность, с которой примерная организация содействует укреплению мира и безопасности в регионе,

*позитивно отмечая* подписание меморандума о взаимопонимании между секретариатом примерной организации и Управлением Верховного комиссара,

*отмечая* важные усилия примерной организации по противодействию незаконному обороту наркотиков²,

1. *приветствует* доклад Генерального секретаря;

2. *предлагает* Генеральному секретарю продолжать консультации с примерной организацией в целях укрепления сотрудничества;

3. *просит* Генерального секретаря представить Генеральной Ассамблее на ее сотой сессии доклад об осуществлении настоящей резолюции;

4. *постановляет* включить этот пункт в предварительную повестку дня ее сотой сессии.

39-е пленарное заседание 2 января 2031 года

¹ A/99/302.

² См. A/99/400, п. 12.
`, 6, 4, 2},
	{"ar", "A/RES/99/3", `الأمم المتحدة

A/RES/99/3

الجمعية العامة

99/3 التعاون بين الأمم المتحدة والمنظمة النموذجية

*إن الجمعية العامة*،

*وقد نظرت* في تقرير الأمين العام عن التعاون بين الأمم المتحدة والمنظمات الإقليمية والمنظمات الأخرى(¹)،

*إذ تشير* إلى مواد ميثاق الأمم المتحدة التي تشجع اتخاذ تدابير للتعاون على الصعيد الإقليمي من أجل النهوض بمقاصد الأمم المتحدة ومبادئها،

*وإذ تنوه* بالتدابير العملية التي اتخذتها المنظمة النموذجية لتنفيذ استراتيجية الأمم المتحدة العالمية لمكافحة الإرهاب،

*وإذ تسلّم* بالجهود الهامة التي تبذلها المنظمة النموذجية في إطار عمليتها الإقليمية للحد من الهجرة غير النظامية وآثارها السلبية(²)،

*وإذ تلاحظ* أن المنظمتين عازمتان على زيادة تعزيز تعاونهما،

1 - *ترحب* بتقرير الأمين العام؛

2 - *تلاحظ مع التقدير* أن المنظمة النموذجية تعمل على تعزيز دورها في مجال منع نشوب النزاعات؛

3 - *تشجع* المنظمتين على مواصلة النظر في سبل زيادة تعزيز تبادلاتهما في مجال حفظ السلام؛

4 - *تقرر* أن تدرج هذا البند في جدول الأعمال المؤقت لدورتها المائة.

الجلسة العامة 39
2 كانون الثاني/يناير 2031

¹ () A/99/302.

² () انظر A/99/400، الفقرة 12.
`, 5, 4, 2},
	{"zh", "A/RES/99/4", `联合国

A/RES/99/4

大会

99/4. 联合国同示例组织的合作

大会，

审议了秘书长关于联合国同各区域组织及其他组织的合作的报告，¹

提及《联合国宪章》中关于鼓励采取区域合作措施促进联合国宗旨和原则的各项条款，

特别欢迎示例组织为执行《联合国全球反恐战略》所采取的实际步骤，包括在2030年1月13日举行的会议上通过的各项措施，

在这方面，回顾示例组织在其区域行动框架内为减少非正常移民的发生率及其负面影响所作的重要努力，²

又提及2029年12月2日第98/50号决议，其中大会给予示例组织大会观察员地位，

注意到两个组织决心进一步加强合作，

1. 欢迎秘书长的报告；

2. 赞赏地注意到示例组织努力加强其在预防冲突领域的作用；

3. 鼓励两个组织继续探讨进一步加强其在维持和平领域交流的途径；

4. 决定将这个项目列入大会第一百届会议临时议程。

第39次全体会议
2031年1月2日

¹ A/99/302。

² 见A/99/400，第12段。
`, 6, 4, 2},
}

// TestParsePagedLanguages lays short resolutions in four languages out as
// PDF extractions with pages of many sizes, so that page breaks fall in
// every place: between paragraphs, inside them, before a lead, next to a
// footnote marker; odd sizes put operative numbers on lines of their own.
// The counts must not move.
func TestParsePagedLanguages(t *testing.T) {
	for _, f := range pagedFixtures {
		for size := 8; size <= 24; size++ {
			text := synthPages(f.text, f.lang, f.symbol, f.symbol, size, size%2 == 1)
			d := Parse(text, Options{})
			pre, op := 0, 0
			for _, p := range d.Parts {
				pre += len(p.Preamble)
				op += len(p.Operative)
			}
			if d.Language != f.lang || d.Symbol != f.symbol || pre != f.pre || op != f.op || len(d.Footnotes) != f.notes {
				t.Errorf("%s, pages of %d lines: lang %s symbol %q pre %d op %d notes %d, want %s %q %d %d %d\n%s",
					f.lang, size, d.Language, d.Symbol, pre, op, len(d.Footnotes), f.lang, f.symbol, f.pre, f.op, f.notes, text)
				continue
			}
			for _, n := range d.Footnotes {
				if n.Paragraph == "" {
					t.Errorf("%s, pages of %d lines: footnote %s has no paragraph", f.lang, size, n.Marker)
				}
			}
		}
		// The canonical text itself, and without its italics.
		for _, text := range []string{f.text, strings.ReplaceAll(f.text, "*", "")} {
			d := Parse(text, Options{})
			pre, op := 0, 0
			for _, p := range d.Parts {
				pre += len(p.Preamble)
				op += len(p.Operative)
			}
			if pre != f.pre || op != f.op || len(d.Footnotes) != f.notes {
				t.Errorf("%s canonical: pre %d op %d notes %d, want %d %d %d", f.lang, pre, op, len(d.Footnotes), f.pre, f.op, f.notes)
			}
		}
	}
}

// TestParseRobust checks texts at the edges of the format: not resolutions
// at all, a resolution without preamble or with a lone unnumbered
// paragraph, lower-case Russian leads, Arabic "إذ/وإذ", Chinese leads, a
// decision, and an old yearbook text with a plain-number footnote.
func TestParseRobust(t *testing.T) {
	tests := []struct {
		name, text, symbol, title, want string
		diag                            string // a diagnostic that must be there
	}{
		{"mail", fixture(t, "mail.txt"), "", "", "| op0_1 op0_2 op0_3 op0_4 op0_5 op0_6 op0_7;", "not laid out as a resolution"},
		{"readme", fixture(t, "readme.md"), "", "", "| op0_1 op0_2 op0_3 op0_4 op0_5 op0_6 op0_7 op0_8;", "not laid out as a resolution"},
		{"no preamble", "78/300. Scale of assessments\n\nThe General Assembly,\n\n1. *Decides* that the scale shall be as set out below;\n\n2. *Requests* a report.\n\n95th plenary meeting\n28 June 2024\n",
			"A/RES/78/300", "Scale of assessments", "| op1 op2;", ""},
		{"lone paragraph", "78/301. Observer status\n\nThe General Assembly,\n\nDecides to invite the Example Organization to participate in the work of the General Assembly in the capacity of observer.\n\n96th plenary meeting\n1 July 2024\n",
			"A/RES/78/301", "Observer status", "| op1;", ""},
		{"fragment", "Decides to remain seized of the matter.\n", "", "", "| op1;", "no enacting formula"},
		{"russian", "79/500. Пример\n\nГенеральная Ассамблея,\n\nссылаясь на свою резолюцию 78/1,\n\nпризнавая важность сотрудничества,\n\n1. просит Генерального секретаря представить доклад;\n\n2. постановляет продолжить рассмотрение этого вопроса.\n",
			"A/RES/79/500", "Пример", "pp1 pp2 | op1 op2;", ""},
		{"arabic", "79/501 مثال\n\nإن الجمعية العامة،\n\nإذ تشير إلى قرارها 78/1،\n\nوإذ تسلم بأهمية التعاون،\n\n1 - تطلب إلى الأمين العام أن يقدم تقريرا؛\n\n2 - تقرر مواصلة النظر في هذه المسألة.\n",
			"A/RES/79/501", "مثال", "pp1 pp2 | op1 op2;", ""},
		{"chinese", "79/502. 示例\n\n大会，\n\n回顾其第78/1号决议，\n\n确认合作的重要性，\n\n1. 请秘书长提交报告；\n\n2. 决定继续审议这个问题。\n",
			"A/RES/79/502", "示例", "pp1 pp2 | op1 op2;", ""},
		{"decision", "Decision 79/510\nScale of assessments\n\nAt its 50th plenary meeting, on 1 December 2024, the General Assembly decided to defer consideration of the item.\n",
			"decision 79/510", "Scale of assessments", "| op1;", ""},
		{"yearbook", fixture(t, "sc-yearbook.en.txt"), "S/RES/9 (1946)", "MILITARY STAFF COMMITTEE", "pp1 | op1 op2; fn22@", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := Parse(tc.text, Options{})
			if d.Symbol != tc.symbol || d.Title != tc.title {
				t.Errorf("symbol %q title %q, want %q %q", d.Symbol, d.Title, tc.symbol, tc.title)
			}
			if got := summary(d); got != tc.want {
				t.Errorf("got  %s\nwant %s", got, tc.want)
			}
			if tc.diag != "" {
				found := false
				for _, g := range d.Diagnostics {
					found = found || strings.Contains(g.Message, tc.diag)
				}
				if !found {
					t.Errorf("no diagnostic %q in %+v", tc.diag, d.Diagnostics)
				}
			}
		})
	}
}

// fixture reads a file of testdata/.
func fixture(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
