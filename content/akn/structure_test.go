package akn

import (
	"fmt"
	"strings"
	"testing"

	"resolute/content"
	"resolute/internal/idcheck"
)

// TestStructureRules checks how paragraphs the markup places oddly are
// counted: each case is a small body in the layout of a real file.
func TestStructureRules(t *testing.T) {
	tests := []struct {
		name, lang, body string
		pre, op          int // preambular paragraphs, numbered operative ones
		unnum            int // unnumbered operative paragraphs
		leads            string
	}{
		{
			// The Arabic A/RES/77/132: the last preambular paragraph opens
			// <mainBody>, unnumbered, ending with an Arabic comma.
			name: "last preambular paragraph at the head of the body",
			body: `<preamble><formula name="enactingFormula"><p><span class="italic">إن الجمعية العامة</span>،</p></formula>
<container name="إذ تشير"><p><span class="italic">إذ تشير</span> إلى قرارها 76/88،</p></container></preamble>
<mainBody><paragraph><content><p><span class="italic">وإذ هي مقتنعة</span> بضرورة الاستمرار،</p></content></paragraph>
<paragraph><content><p>1 -	<span class="italic">تحيط علما</span> بتقرير الأمين العام؛</p></content></paragraph>
<paragraph><content><p>2 -	<span class="italic">تعرب</span> عن تقديرها؛</p></content></paragraph></mainBody>`,
			pre: 2, op: 2, leads: "إذ تشير|وإذ هي مقتنعة",
		},
		{
			// A/RES/75/55 in all six languages: the paragraph announcing a
			// list ends its container, and the list follows as a
			// <blockList> of the preamble.
			name: "a preambular list after its paragraph's container",
			body: `<preamble><container name="Recalling"><p><span class="italic">Recalling</span> its resolution 1/1,</p></container>
<container name="Convinced"><p><span class="italic">Convinced</span> that it contributes to:</p></container>
<blockList><item><num>(a)</num><p>Peace,</p></item><item><num>(b)</num><p>Security,</p></item></blockList></preamble>
<mainBody><paragraph><num>1.</num><content><p><span class="italic">Decides</span> to act;</p></content></paragraph></mainBody>`,
			pre: 2, op: 1, leads: "Recalling|Convinced",
		},
		{
			name: "a list after a paragraph not announcing it stays a paragraph",
			body: `<preamble><container name="Recalling"><p><span class="italic">Recalling</span> its resolution 1/1,</p></container>
<blockList><item><num>(a)</num><p>Peace,</p></item></blockList></preamble>
<mainBody><paragraph><num>1.</num><content><p><span class="italic">Decides</span> to act;</p></content></paragraph></mainBody>`,
			pre: 2, op: 1, leads: "Recalling|",
		},
		{
			// S/RES/2820 (2026) in all six languages: paragraph 5 is marked
			// up as a point of the sub-list under 4 (d) (ii).
			name: "the next paragraph marked up as a point of a sub-list",
			body: `<preamble><container name="Recalling"><p><span class="italic">Recalling</span> its resolution 1/1,</p></container></preamble>
<mainBody><paragraph><num>4.</num><content><p><span class="italic">Decides</span> the mandate:</p></content></paragraph>
<paragraph><num>(d)</num><list><intro><p>Monitoring:</p></intro>
<point><num>(i)</num><content><p>To monitor;</p></content></point>
<point><num>(ii)</num><content><p>To coordinate;</p></content></point>
<sublist><point><num>5.</num><content><p><span class="italic">Decides</span> to reduce the force;</p></content></point></sublist></list></paragraph>
<paragraph><num>6.</num><content><p><span class="italic">Takes note</span> of progress;</p></content></paragraph></mainBody>`,
			pre: 1, op: 3, leads: "Recalling",
		},
		{
			name: "a point numbered other than the next paragraph stays a point",
			body: `<preamble><container name="Recalling"><p><span class="italic">Recalling</span> its resolution 1/1,</p></container></preamble>
<mainBody><paragraph><num>4.</num><content><p><span class="italic">Decides</span> the mandate:</p></content></paragraph>
<paragraph><num>(d)</num><list><intro><p>Monitoring:</p></intro>
<point><num>(i)</num><content><p>To monitor;</p></content></point>
<sublist><point><num>7.</num><content><p>To report;</p></content></point></sublist></list></paragraph>
<paragraph><num>5.</num><content><p><span class="italic">Takes note</span> of progress;</p></content></paragraph></mainBody>`,
			pre: 1, op: 2, leads: "Recalling",
		},
		{
			// A/RES/78/148: headings and "* * *" between preambular
			// paragraphs head the paragraph after them.
			name: "headings and asterisks inside a preamble",
			body: `<preamble><container name="Recalling"><p><span class="italic">Recalling</span> its resolution 1/1,</p></container>
<container><p>Transport and transit corridors</p></container>
<container name="Noting"><p><span class="italic">Noting</span> the need for cooperation,</p></container>
<container><p>* * *</p></container>
<container name="Welcoming"><p><span class="italic">Welcoming</span> the efforts,</p></container></preamble>
<mainBody><paragraph><num>1.</num><content><p><span class="italic">Decides</span> to act;</p></content></paragraph></mainBody>`,
			pre: 3, op: 1, leads: "Recalling|Noting|Welcoming",
		},
		{
			// S/RES/1340 (2001): the last preambular paragraph opens a body
			// without numbered paragraphs.
			name: "last preambular paragraph at the head of an unnumbered body", lang: "eng",
			body: `<preamble><container name="Recalling"><p><span class="italic">Recalling</span> its resolutions 808 (1993) and 827 (1993),</p></container></preamble>
<mainBody><paragraph><content><p><span class="italic">Having decided</span> to consider the nominations received,</p></content></paragraph>
<paragraph><content><p><span class="italic">Forwards</span> the following nominations to the General Assembly:</p></content></paragraph></mainBody>`,
			pre: 2, unnum: 1, leads: "Recalling|Having decided",
		},
		{
			name: "an unnumbered body of paragraphs ending with commas stays operative", lang: "eng",
			body: `<preamble><container name="Recalling"><p><span class="italic">Recalling</span> its resolutions 808 (1993) and 827 (1993),</p></container></preamble>
<mainBody><paragraph><content><p><span class="italic">Having decided</span> to consider the nominations received,</p></content></paragraph>
<paragraph><content><p><span class="italic">Noting</span> the list,</p></content></paragraph></mainBody>`,
			pre: 1, unnum: 2, leads: "Recalling",
		},
		{
			// S/RES/1977 (2011): the operative paragraphs are the list of
			// the last preambular paragraph, which ends with a colon.
			name: "operative paragraphs as items of Acting under Chapter VII", lang: "eng",
			body: `<preamble><container name="Recalling"><p><span class="italic">Recalling</span> its resolution 1540 (2004),</p></container>
<container name="Acting"><blockList><listIntroduction><span class="italic">Acting</span> under Chapter VII of the Charter of the United Nations:</listIntroduction>
<item><num>1.</num><p><span class="italic">Reiterates</span> its decisions;</p></item>
<item><num>2.</num><p><span class="italic">Decides</span> to extend the mandate.</p></item></blockList></container></preamble>`,
			pre: 2, op: 2, leads: "Recalling|Acting",
		},
		{
			name: "an unnumbered operative paragraph alone stays operative",
			body: `<preamble><container name="Recalling"><p><span class="italic">Recalling</span> its resolution 1/1,</p></container></preamble>
<mainBody><paragraph><content><p><span class="italic">Decides</span> to take note,</p></content></paragraph></mainBody>`,
			pre: 1, unnum: 1, leads: "Recalling",
		},
		{
			name: "an unnumbered paragraph ending with a full stop before numbered ones stays operative",
			body: `<preamble><container name="Recalling"><p><span class="italic">Recalling</span> its resolution 1/1,</p></container></preamble>
<mainBody><paragraph><content><p><span class="italic">Decides</span> as follows.</p></content></paragraph>
<paragraph><num>1.</num><content><p>First;</p></content></paragraph></mainBody>`,
			pre: 1, op: 1, unnum: 1, leads: "Recalling",
		},
		{
			// The Chinese A/RES/75/254 A: the lead-in of the operative
			// paragraphs is the preamble's last container.
			name: "lead-in ending with a colon before paragraph 1", lang: "zho",
			body: `<preamble><formula name="enactingFormula"><p><span class="bold">大会</span></p></formula>
<container name="正式决定"><p><span class="bold">正式决定</span>，对于2021年：</p></container></preamble>
<mainBody><paragraph><num>1.</num><content><p>核准批款共计3 208 080 100美元；</p></content></paragraph>
<paragraph><num>2.</num><content><p>授权秘书长；</p></content></paragraph></mainBody>`,
			op: 2, unnum: 1,
		},
		{
			// The Chinese A/RES/77/266: "正式决定：" in the preamble holds
			// paragraphs 1 to 3 as a list; (a) and 4 follow in the body.
			name: "operative paragraphs as items of the preamble's last container", lang: "zho",
			body: `<preamble><formula name="enactingFormula"><p><span class="bold">大会</span></p></formula>
<container name="正式决定："><blockList><listIntroduction><span class="bold">正式决定：</span></listIntroduction>
<item><num>1.</num><p>将周转基金的数额定为2.50亿美元；</p></item>
<item><num>2.</num><p>会员国应预缴；</p></item>
<item><num>3.</num><p>上述预缴摊款应减除：</p></item></blockList></container></preamble>
<mainBody><paragraph><num>(a)</num><content><p>贷记的款额；</p></content></paragraph>
<paragraph><num>4.</num><content><p>超出数额应减除；</p></content></paragraph></mainBody>`,
			op: 4, unnum: 1,
		},
		{
			// The Chinese A/RES/76/74: the last preambular paragraph's list
			// holds paragraphs 1 to 13; 14 follows as a container opening
			// with its number, the rest in the body.
			name: "operative paragraphs as items of a preambular paragraph ending with a comma", lang: "zho",
			body: `<preamble><formula name="enactingFormula"><p><span class="bold">大会</span>，</p></formula>
<container name="回顾"><p><span class="bold">回顾</span>其决议，</p></container>
<container name="注意到"><blockList><listIntroduction><span class="bold">注意到</span>专家组的工作，</listIntroduction>
<item><num>1.</num><p><span class="bold">表示注意到</span>秘书长的报告；</p></item>
<item><num>2.</num><p><span class="bold">促请</span>会员国：</p></item>
<item><num>(a)</num><p>履行义务；</p></item>
<item><num>3.</num><p><span class="bold">敦促</span>各国；</p></item></blockList></container>
<container name="鼓励"><p>4	<span class="bold">鼓励</span>本地化；</p></container></preamble>
<mainBody><paragraph><num>5.</num><content><p><span class="bold">决定</span>继续审议；</p></content></paragraph></mainBody>`,
			pre: 2, op: 5, leads: "回顾|注意到",
		},
		{
			// The Chinese A/RES/76/54: the same, in a resolution with no
			// <mainBody>.
			name: "operative paragraphs as items of a preambular paragraph, no body", lang: "zho",
			body: `<preamble><formula name="enactingFormula"><p><span class="bold">大会</span>，</p></formula>
<container name="回顾"><p><span class="bold">回顾</span>其决议，</p></container>
<container name="又重申"><blockList><listIntroduction><span class="bold">又重申</span>应采取共同行动，</listIntroduction>
<item><num>1.</num><p><span class="bold">重申</span>其承诺；</p></item>
<item><num>2.</num><p><span class="bold">促请</span>各国；</p></item></blockList></container>
<container name="决定"><p>3	<span class="bold">决定</span>列入议程。</p></container></preamble>`,
			pre: 2, op: 3, leads: "回顾|又重申",
		},
		{
			// Items numbered from 1 that end with commas are the
			// preambular paragraph's own list.
			name: "a preambular list numbered from 1 with commas stays", lang: "zho",
			body: `<preamble><container name="回顾"><blockList><listIntroduction><span class="bold">回顾</span>以下各项，</listIntroduction>
<item><num>1.</num><p>第一项，</p></item>
<item><num>2.</num><p>第二项，</p></item></blockList></container></preamble>
<mainBody><paragraph><num>1.</num><content><p><span class="bold">决定</span>继续审议；</p></content></paragraph></mainBody>`,
			pre: 1, op: 1, leads: "回顾",
		},
		{
			// The Chinese A/RES/80/116: the question put to the Court, in
			// a body between two preambles, ends with a full-width
			// question mark; it is a paragraph, not a heading.
			name: "a question in the body between two preambles", lang: "zho",
			body: `<preamble><container name="回顾"><p><span class="bold">回顾</span>其决议，决定请法院就下列问题发表咨询意见：</p></container></preamble>
<mainBody><paragraph><content><p>以色列作为占领国负有哪些义务？</p></content></paragraph></mainBody>
<preamble><container name="赞扬"><p><span class="bold">赞扬</span>国际法院加快程序，</p></container></preamble>
<mainBody><paragraph><num>1.</num><content><p><span class="bold">欢迎</span>咨询意见；</p></content></paragraph></mainBody>`,
			pre: 3, op: 1, leads: "回顾||赞扬",
		},
		{
			// The Chinese A/RES/75/253, section XV: "决定…；" marked up as
			// the section's third preambular crossHeading.
			name: "a section's closing decision marked up as preambular", lang: "zho",
			body: `<preamble><formula name="enactingFormula"><p><span class="bold">大会</span>，</p></formula></preamble>
<mainBody><section><subheading>十四</subheading><subheading>标题</subheading>
<crossHeading refersTo="#preamble"><span class="bold">审议了</span>秘书长的报告，</crossHeading>
<paragraph><num>1.</num><content><p><span class="bold">核准</span>批款；</p></content></paragraph></section>
<section><subheading>十五</subheading><subheading>全球服务提供模式</subheading>
<crossHeading refersTo="#preamble"><span class="bold">回顾</span>其第67/246号决议，</crossHeading>
<crossHeading refersTo="#preamble"><span class="bold">审议了</span>秘书长的报告，</crossHeading>
<crossHeading refersTo="#preamble"><span class="bold">决定</span>继续审议全球服务提供模式问题；</crossHeading></section>
<section><subheading>十六</subheading><subheading>国际贸易中心</subheading>
<crossHeading refersTo="#preamble"><span class="bold">回顾</span>其第75/252号决议，</crossHeading>
<crossHeading refersTo="#preamble"><span class="bold">注意到</span>报告；</crossHeading></section></mainBody>`,
			// Section XVI ends as XV does, with "；": its "注意到报告；" is
			// operative too (a section decides something; the Chinese
			// A/RES/76/240 marks sections C and D up the same way).
			pre: 4, op: 1, unnum: 2, leads: "审议了|回顾|审议了|回顾",
		},
		{
			name: "a preambular paragraph with sub-paragraphs ending with a colon stays",
			body: `<preamble><container name="Convinced"><p><span class="italic">Convinced</span> that the Convention has contributed to the following:</p>
<blockList><item><num>(a)</num><p>first,</p></item><item><num>(b)</num><p>second,</p></item></blockList></container></preamble>
<mainBody><paragraph><num>1.</num><content><p>Decides;</p></content></paragraph></mainBody>`,
			pre: 1, op: 1, leads: "Convinced",
		},
		{
			// S/RES/2663 (2022): "Acting under Chapter VII …:" ends the
			// preamble with a colon.
			name: "a preambular lead ending with a colon stays", lang: "eng",
			body: `<preamble><container name="Acting"><p><span class="italic">Acting</span> under Chapter VII of the Charter of the United Nations:</p></container></preamble>
<mainBody><paragraph><num>1.</num><content><p>Decides;</p></content></paragraph></mainBody>`,
			pre: 1, op: 1, leads: "Acting",
		},
		{
			// The Arabic A/RES/79/174: numbers left in the text between
			// right-to-left marks.
			name: "number in the text between directional marks", lang: "ara",
			body: "<preamble><container name=\"إذ تشير\"><p>إذ تشير إلى قرارها،</p></container></preamble>\n<mainBody><paragraph><num>18 -</num><content><p>تقرر؛</p></content></paragraph>\n" +
				"<paragraph><content><p> \u200f19 -\u200f <span class=\"bold italic\">تحيط علما</span> بعمل المقررة الخاصة؛</p></content></paragraph></mainBody>",
			pre: 1, op: 2, leads: "إذ تشير",
		},
		{
			// The Arabic A/RES/78/43: a second preambular paragraph in the
			// same <p>, after the comma and a tab; its footnote goes with it.
			name: "two preambular paragraphs in one p", lang: "ara",
			body: "<preamble><container name=\"وإذ تشير\"><p>\t<span class=\"bold italic\">وإذ تشير </span>إلى قرار مجلس الأمن 2325 (2016)،\t<span class=\"bold italic\">وإذ تشير أيضا</span> إلى بدء نفاذ الاتفاقية<authorialNote marker=\"1\"><p>المرجع.</p></authorialNote>،</p></container></preamble>\n" +
				"<mainBody><paragraph><num>1 -</num><content><p>تقرر؛</p></content></paragraph></mainBody>",
			pre: 2, op: 1, leads: "وإذ تشير|وإذ تشير أيضا",
		},
		{
			// The Arabic S/RES/2513 (2020): "…، <span>وإذ يسلم</span> …"
			// without a tab is a second clause, as English "…, and
			// recognizing …" is.
			name: "an emphasised lead inside a paragraph without a tab stays", lang: "ara",
			body: "<preamble><container name=\"وإذ يقر\"><p>\t<span class=\"bold italic\">وإذ يقر</span> بمطالبة الشعب بالسلام، <span class=\"bold italic\">وإذ يسلم</span> بأنه لا يمكن تحقيق سلام مستدام،</p></container></preamble>\n" +
				"<mainBody><paragraph><num>1 -</num><content><p>يرحب؛</p></content></paragraph></mainBody>",
			pre: 1, op: 1, leads: "وإذ يقر",
		},
		{
			// The Arabic A/RES/77/151: paragraph numbers in the text, right-
			// to-left marks after them, and paragraph 22 in the <p> of 21.
			name: "numbers in the text and the next paragraph in the same p", lang: "ara",
			body: "<preamble><container name=\"إذ تشير\"><p>إذ تشير إلى قرارها،</p></container></preamble>\n<mainBody>" +
				"<paragraph><content><p>\t20 -\t\u200f\u200f\u200f<span class=\"bold italic\">ترحب</span> بالقرار؛</p></content></paragraph>\n" +
				"<paragraph><content><p>\t21 -\t<span class=\"bold italic\">تؤكد</span> أن أي تدابير طارئة ينبغي أن تكون مؤقتة؛\t22 -\t\u200f<span class=\"bold italic\">ترحب </span>باعتماد الاتفاق؛</p></content></paragraph>\n" +
				"<paragraph><content><p>\t23 -\t<span class=\"bold italic\">تشدد</span> على أهمية الاتفاق؛</p></content></paragraph></mainBody>",
			pre: 1, op: 4, leads: "إذ تشير",
		},
		{
			// The Arabic A/RES/75/326 and S/RES/2794 (2025) in six
			// languages: the annexes follow the operative paragraphs inside
			// <mainBody>, under an "Annex" heading, numbered from 1 again.
			name: "annexes inside the body", lang: "ara",
			body: "<preamble><container name=\"إذ تشير\"><p>إذ تشير إلى قرارها،</p></container></preamble>\n<mainBody>" +
				"<paragraph><num>1 -</num><content><p>تقرر؛</p></content></paragraph>\n" +
				"<paragraph><num>2 -</num><content><p>تشجع الدول.</p></content></paragraph>\n" +
				"<paragraph class=\"H1\"><heading>المرفق الأول</heading></paragraph>\n<paragraph class=\"H1\"><heading>جدول الأعمال المؤقت</heading></paragraph>\n" +
				"<paragraph><num>1 -</num><content><p>افتتاح الاجتماع.</p></content></paragraph>\n" +
				"<paragraph class=\"H1\"><heading>المرفق الثاني</heading></paragraph>\n" +
				"<paragraph><num>1 -</num><content><p>التنظيم.</p></content></paragraph></mainBody>",
			pre: 1, op: 2, leads: "إذ تشير",
		},
		{
			// The English and French S/RES/2776 (2025) and 2806 (2025): a
			// section heading in bold in a <container name="">, its first
			// word a preambular lead ("Degrading"), is a heading.
			name: "a bold heading in an unnamed container of the preamble", lang: "eng",
			body: `<preamble><container name="Emphasising"><p>	<span class="italic">Emphasising</span> that the purpose of this resolution is to degrade the threat,</p></container>
<container name=""><p>	<span class="bold">Degrading the threat posed by Al-Shabaab, and the Arms Embargo targeting Al-Shabaab</span></p></container>
<container name="Expressing"><p>	<span class="italic">Expressing</span> grave concern,</p></container></preamble>
<mainBody><paragraph><num>1.</num><content><p><span class="italic">Decides</span> to act;</p></content></paragraph></mainBody>`,
			pre: 2, op: 1, leads: "Emphasising|Expressing",
		},
		{
			// Section XXI of the Arabic A/RES/77/263: an unnumbered
			// operative paragraph ending with a comma stays operative.
			name: "an operative lead ending with a comma stays operative", lang: "ara",
			body: "<preamble><container name=\"إذ تشير\"><p>إذ تشير إلى قرارها،</p></container></preamble>\n<mainBody>" +
				"<paragraph><content><p><span class=\"bold italic\">تحيط علما</span> بالتقديرات المنقحة،</p></content></paragraph>\n" +
				"<paragraph><num>1 -</num><content><p>تقرر؛</p></content></paragraph></mainBody>",
			pre: 1, op: 1, unnum: 1, leads: "إذ تشير",
		},
		{
			// A/RES/80/173: "Adopts the following outcome document:" in
			// the body, then the adopted text's own preamble marked up as
			// a <preamble>: paragraphs of the adopted text, not preambular
			// ones of the resolution.
			name: "the preamble of an adopted text after the adopting paragraph", lang: "eng",
			body: `<preamble><formula name="enactingFormula"><p><span class="italic">The General Assembly</span></p></formula></preamble>
<mainBody><paragraph><content><p><span class="italic">Adopts</span> the following outcome document:</p></content></paragraph>
<paragraph><content><p>We, the Ministers, declare:</p></content></paragraph></mainBody>
<preamble><container name="Recalling"><p><span class="italic">Recalling</span> resolution 70/125,</p></container>
<container name="Reaffirming"><p><span class="italic">Reaffirming</span> resolution 70/1,</p></container></preamble>
<mainBody><paragraph><num>1.</num><content><p>We reaffirm our commitment.</p></content></paragraph>
<paragraph><num>2.</num><content><p>We recognize the gaps.</p></content></paragraph></mainBody>`,
			pre: 0, op: 2, unnum: 4, leads: "",
		},
		{
			// A/RES/78/248 paragraph 14 quotes the new paragraph 4 of an
			// article: numbered back after a colon, it is part of 14.
			name: "a quoted paragraph numbered back", lang: "eng",
			body: `<preamble><container name="Recalling"><p><span class="italic">Recalling</span> its resolution 1/1,</p></container></preamble>
<mainBody><paragraph><num>13.</num><content><p><span class="italic">Recalls</span> paragraph 7;</p></content></paragraph>
<paragraph><num>14.</num><content><p><span class="italic">Decides</span> to approve the following amendment:</p></content></paragraph>
<paragraph><content><p>Article 9, new paragraph 4:</p></content></paragraph>
<paragraph><num>4.</num><content><p>In hearing an application, the Tribunal shall pass judgment.</p></content></paragraph>
<paragraph><num>15.</num><content><p><span class="italic">Invites</span> the Sixth Committee;</p></content></paragraph></mainBody>`,
			pre: 1, op: 3, leads: "Recalling",
		},
		{
			// A/RES/80/236 A-B section II: "A. Base/floor salary scale"
			// heads a subsection (not an item of the paragraph before),
			// whose "*Approves* …;" closes it before subsection B's own
			// preamble: operative, not the middle of one preamble.
			name: "subsections lettered A, B with their own preambles", lang: "eng",
			body: `<preamble><container name="Recalling"><p><span class="italic">Recalling</span> its resolution 1/1,</p></container></preamble>
<mainBody><paragraph><num>1.</num><content><p><span class="italic">Takes note</span> of the report;</p></content></paragraph>
<paragraph><content><p><span class="italic">Confirms</span> that teleworking is not a right;</p></content></paragraph>
<paragraph><num>A.</num><content><p><span class="bold">Base/floor salary scale</span></p></content></paragraph></mainBody>
<preamble><container name="Recalling"><p><span class="italic">Recalling</span> its resolution 44/198,</p></container></preamble>
<mainBody><paragraph><content><p><span class="italic">Approves</span>, with effect from 1 January 2026, the revised scale;</p></content></paragraph>
<paragraph><num>B.</num><content><p><span class="bold">Evolution of the margin</span></p></content></paragraph></mainBody>
<preamble><container name="Recalling"><p><span class="italic">Recalling</span> section I.B of its resolution 51/216,</p></container></preamble>
<mainBody><paragraph><num>1.</num><content><p><span class="italic">Reaffirms</span> the range;</p></content></paragraph></mainBody>`,
			pre: 3, op: 2, unnum: 2, leads: "Recalling|Recalling|Recalling",
		},
		{
			// The Chinese A/RES/80/236 A-B: "确认…，并请委员会…；" marked up as
			// a <preamble> of its own between operative paragraphs.
			name: "a preamble whose paragraphs end as operative ones", lang: "zho",
			body: `<preamble><container name="回顾"><p><span class="bold">回顾</span>其决议，</p></container></preamble>
<mainBody><paragraph><num>1.</num><content><p><span class="bold">表示注意到</span>报告；</p></content></paragraph></mainBody>
<preamble><container name="确认"><p><span class="bold">确认</span>远程工作不是一项权利，并请委员会引进一个共同框架；</p></container></preamble>
<mainBody><paragraph><num>2.</num><content><p><span class="bold">决定</span>继续审议；</p></content></paragraph></mainBody>`,
			pre: 1, op: 2, unnum: 1, leads: "回顾",
		},
		{
			// S/RES/2713 (2023): a heading in bold as a bare <p> of the
			// preamble, opening with a participle.
			name: "an emphasised heading between preambular paragraphs", lang: "eng",
			body: `<preamble><container name="Emphasising"><p><span class="italic">Emphasising</span> that the purpose is to degrade the threat,</p></container>
<p><span class="bold">Degrading the threat posed by Al-Shabaab, and the Arms Embargo on Al-Shabaab</span></p>
<container name="Expressing"><p><span class="italic">Expressing</span> grave concern,</p></container></preamble>
<mainBody><paragraph><num>1.</num><content><p><span class="italic">Recalls</span> its decisions;</p></content></paragraph></mainBody>`,
			pre: 2, op: 1, leads: "Emphasising|Expressing",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			meta := ""
			if tt.lang != "" {
				meta = `<identification><FRBRExpression><FRBRlanguage language="` + tt.lang + `"/></FRBRExpression></identification>`
			}
			d, err := ParseBytes([]byte(wrap(meta, tt.body)), "s.xml")
			if err != nil {
				t.Fatal(err)
			}
			pre, op, un := 0, 0, 0
			var leads []string
			for _, p := range d.Parts {
				pre += len(p.Preamble)
				for _, q := range p.Preamble {
					leads = append(leads, q.Lead)
				}
				for _, o := range p.Operative {
					if o.Number != nil {
						op++
					} else {
						un++
					}
				}
			}
			if pre != tt.pre || op != tt.op || un != tt.unnum {
				t.Errorf("preambular %d, numbered %d, unnumbered %d; want %d, %d, %d", pre, op, un, tt.pre, tt.op, tt.unnum)
			}
			if got := strings.Join(leads, "|"); got != tt.leads {
				t.Errorf("preambular leads %q, want %q", got, tt.leads)
			}
		})
	}
}

// TestSectionNumeralsAroundPreambles checks a body laid out as A/RES/80/243
// is: each section's preamble is a <preamble> of its own, the first
// section's numeral and title come after it, and every later one's close
// the body before its preamble. Each section is a part with its numeral.
func TestSectionNumeralsAroundPreambles(t *testing.T) {
	body := `<preamble><formula name="enactingFormula"><p><span class="italic">The General Assembly</span>,</p></formula>
<container name="Recalling"><p><span class="italic">Recalling</span> its resolution 37/240,</p></container></preamble>
<mainBody><paragraph><content><p><span class="bold">I</span></p></content></paragraph>
<paragraph><content><p><span class="bold">Conditions of service</span></p></content></paragraph>
<paragraph><num>1.</num><content><p><span class="italic">Takes note</span> of the report;</p></content></paragraph>
<paragraph><content><p><span class="bold">II</span></p></content></paragraph>
<paragraph><content><p><span class="bold">Strategic heritage plan</span></p></content></paragraph></mainBody>
<preamble><container name="Recalling"><p><span class="italic">Recalling</span> part XI of its resolution 64/243,</p></container></preamble>
<mainBody><paragraph><num>1.</num><content><p><span class="italic">Takes note</span> of the report;</p></content></paragraph></mainBody>`
	d, err := ParseBytes([]byte(wrap("", body)), "s.xml")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range d.Parts {
		got = append(got, fmt.Sprintf("%s %s %d/%d", p.Label, p.Heading, len(p.Preamble), len(p.Operative)))
	}
	want := "I Conditions of service 1/1|II Strategic heritage plan 1/1"
	if strings.Join(got, "|") != want {
		t.Errorf("parts %q, want %q", strings.Join(got, "|"), want)
	}
	for _, dg := range d.Diagnostics {
		if strings.Contains(dg.Message, "heading with no paragraph") {
			t.Errorf("diagnostic %q", dg.Message)
		}
	}
}

// TestIsAnnexWord checks the headings that open an annex in a body.
func TestIsAnnexWord(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"Annex II", true},
		{"المرفق الأول", true},
		{"Designation Annex", true},
		{"指认附件", true},
		{"Приложение: внесение в санкционный перечень", true},
		{"ANNEX 1 - President Donald J. Trump’s Comprehensive Plan to End the Gaza Conflict", true},
		{"Annexes to the report of the Secretary-General on the work of the Organization", false},
		{"Decides to annex the report", false},
		{"Annex to resolution 1526 (2004)", true},
		{"Annex I to resolution 1617 (2005)", true},
		{"Annexe II à la résolution 1617 (2005)", true},
		{"Anexo de la resolución 1526 (2004)", true},
		{"Приложение I к резолюции 1617 (2005)", true},
		{"المرفق الأول للقرار 1617 (2005)", true},
		{"第1617(2005)号决议附件一", true},
		{"as set out in the annex to resolution 1267 (1999)", false},
		{"Annex to resolution 1267 (1999) lists the responsibilities", false},
		{"Annex to the present resolution", true},
		{"Annexes: list of the documents before the Council", false},
	} {
		if got := isAnnexWord(tt.s); got != tt.want {
			t.Errorf("isAnnexWord(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestIsAnnexTitle checks the headings standing alone after the operative
// paragraphs that open an annex with its title on the same line.
func TestIsAnnexTitle(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"Annex II", true},
		{"Annex to resolution 1526 (2004)", true},
		{"Annex A: UNAMID benchmarks as set out in Annex 1 of the Secretary-General report of 15 April 2014 (S/2014/279)", true},
		{"Annex: UNAMID benchmarks as set out in Annex 1 of the Secretary-General report of 15 April 2014 (S/2014/279)", true},
		{"Annex Article 11: Composition of the Chambers", true},
		{"Приложение B — Компоненты самодельных взрывных устройств", true},
		{"المرفق باء - مكونات الأجهزة المتفجرة اليدوية الصنع", true},
		{"Annexes: list of the documents before the Council", false},
		{"Annex to resolution 1267 (1999), as updated by the Committee, lists the responsibilities of the Team", false},
		{"Libya: UNSCR proposed designations", false},
	} {
		if got := isAnnexTitle(tt.s); got != tt.want {
			t.Errorf("isAnnexTitle(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestAnnexToResolution checks the annexes the older Security Council
// resolutions set in the body after the operative paragraphs, under a
// heading naming the resolution ("Annex to resolution 1526 (2004)" in
// S/RES/1526 (2004), "Annex I to resolution 1617 (2005)" and "Annex II …"
// in S/RES/1617 (2005)): the heading opens an annex, the paragraphs after
// it are the annex's, not operative paragraphs of the resolution; "annex"
// inside an operative paragraph opens none.
func TestAnnexToResolution(t *testing.T) {
	tests := []struct {
		name, lang, heading, heading2 string
		text                          string // the operative paragraph naming an annex
	}{
		{"English", "eng", "Annex I to resolution 1617 (2005)", "Annex II to resolution 1617 (2005)", "as set out in the annex to resolution 1267 (1999)"},
		{"English, no numeral", "eng", "Annex to resolution 1526 (2004)", "", "enumerated in the Annex to this resolution"},
		{"French", "fra", "Annexe I à la résolution 1617 (2005)", "Annexe II à la résolution 1617 (2005)", "figurant dans l’annexe à la résolution 1267 (1999)"},
		{"Spanish", "spa", "Anexo I de la resolución 1617 (2005)", "Anexo II de la resolución 1617 (2005)", "que figura en el anexo de la resolución 1267 (1999)"},
		{"Russian", "rus", "Приложение I к резолюции 1617 (2005)", "Приложение II к резолюции 1617 (2005)", "изложенные в приложении к резолюции 1267 (1999)"},
		{"Arabic", "ara", "المرفق الأول للقرار 1617 (2005)", "المرفق الثاني للقرار 1617 (2005)", "المبينة في مرفق القرار 1267 (1999)"},
		{"Chinese", "zho", "第1617(2005)号决议附件一", "第1617(2005)号决议附件二", "第1267(1999)号决议附件所列"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := `<preamble><container name="Recalling"><p><span class="italic">Recalling</span> its resolution 1267 (1999),</p></container></preamble>
<mainBody><paragraph><num>1.</num><content><p><span class="italic">Decides</span> to take the measures ` + tt.text + `;</p></content></paragraph>
<paragraph><content><p><span class="italic">Decides</span> that the Team shall report ` + tt.text + `;</p></content></paragraph>
<paragraph><num>2.</num><content><p><span class="italic">Decides</span> to remain seized of the matter.</p></content></paragraph>
<paragraph class="H23"><subheading>` + tt.heading + `</subheading></paragraph>
<paragraph><content><p>The Monitoring Team shall have the following responsibilities:</p></content></paragraph>
<paragraph><num>(a)</num><content><p>To collate, assess, monitor and report;</p></content></paragraph>
<paragraph><num>(b)</num><content><p>Any other responsibility identified by the Committee.</p></content></paragraph>`
			wantAnnexes := []string{tt.heading + " 1/2"}
			if tt.heading2 != "" {
				body += "\n<paragraph class=\"H1\"><heading>" + tt.heading2 + `</heading></paragraph>
<paragraph class="H1"><heading>1267 Committee Checklist</heading></paragraph>
<paragraph><num>1.</num><content><p>Mr. Doe (Number ____ on Consolidated List)</p></content></paragraph>
<paragraph><num>2.</num><content><p>The Doe Corp. (Number ____ on Consolidated List)</p></content></paragraph>`
				wantAnnexes = append(wantAnnexes, tt.heading2+" 2/0")
			}
			body += "</mainBody>"
			meta := `<identification><FRBRExpression><FRBRlanguage language="` + tt.lang + `"/></FRBRExpression></identification>`
			d, err := ParseBytes([]byte(wrap(meta, body)), "s.xml")
			if err != nil {
				t.Fatal(err)
			}
			var ops []string
			for _, p := range d.Parts {
				for _, o := range p.Operative {
					ops = append(ops, o.ID)
				}
			}
			if got := strings.Join(ops, " "); got != "op1 op1_1 op2" {
				t.Errorf("operative %q, want %q", got, "op1 op1_1 op2")
			}
			var annexes []string
			for _, a := range d.Annexes {
				items := 0
				if len(a.Paragraphs) > 0 {
					items = len(a.Paragraphs[0].Items)
				}
				annexes = append(annexes, fmt.Sprintf("%s %d/%d", a.Label, len(a.Paragraphs), items))
			}
			if got, want := strings.Join(annexes, "|"), strings.Join(wantAnnexes, "|"); got != want {
				t.Errorf("annexes %q, want %q", got, want)
			}
		})
	}
}

// TestHeadingNestedAsPoint checks a section heading the markup nests as
// the last point of the paragraph before it (the French and Chinese
// S/RES/2776 (2025): "E. Réduire la menace …" as a point of 17 (b)): it
// heads the next paragraph, and lettered points that end as clauses stay.
func TestHeadingNestedAsPoint(t *testing.T) {
	tests := []struct {
		name, lang, sub string
		items, heading  string
	}{
		{"French heading", "fra", `<num>E.</num><content><p>	<span class="bold">Réduire la menace que représentent les engins explosifs improvisés</span></p></content>`, "a b", "E. Réduire la menace que représentent les engins explosifs improvisés"},
		{"Chinese heading, not bold", "zho", `<num>E.</num><content><p>	降低简易爆炸装置构成的威胁</p></content>`, "a b", "E. 降低简易爆炸装置构成的威胁"},
		{"a point ending as a clause", "fra", `<num>E.</num><content><p>	de faire rapport au Comité;</p></content>`, "a b be", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := `<preamble><container name="Rappelant"><p><span class="italic">Rappelant</span> ses résolutions,</p></container></preamble>
<mainBody><paragraph><num>17.</num><content><p><span class="italic">Rappelle</span> sa décision et demande :</p></content>
<list><point><num>a)</num><content><p>au Groupe de continuer de surveiller les stocks;</p></content></point>
<point><num>b)</num><content><p>au Gouvernement de continuer de se concerter avec le Comité;</p></content></point>
<sublist><point>` + tt.sub + `</point></sublist></list></paragraph>
<paragraph><num>18.</num><content><p><span class="italic">Décide</span> que les États empêchent la vente;</p></content></paragraph></mainBody>`
			meta := `<identification><FRBRExpression><FRBRlanguage language="` + tt.lang + `"/></FRBRExpression></identification>`
			d, err := ParseBytes([]byte(wrap(meta, body)), "s.xml")
			if err != nil {
				t.Fatal(err)
			}
			ops := d.Parts[0].Operative
			if len(ops) != 2 {
				t.Fatalf("%d operative paragraphs, want 2", len(ops))
			}
			var items []string
			for _, it := range ops[0].Items {
				items = append(items, strings.Trim(it.ID[len("op17"):], "()"))
				for _, sub := range it.Items {
					items = append(items, strings.NewReplacer("(", "", ")", "").Replace(sub.ID[len("op17"):]))
				}
			}
			if got := strings.Join(items, " "); got != tt.items {
				t.Errorf("items of 17: %q, want %q", got, tt.items)
			}
			if got := ops[1].Heading; got != tt.heading {
				t.Errorf("heading of 18: %q, want %q", got, tt.heading)
			}
		})
	}
}

// TestSplitSectionHead checks the numeral and title of a section read
// from the heading lines that close the body before its preamble, the
// numeral on a line of its own (A/RES/80/243) or opening the title's line
// (the Chinese A/RES/80/237: "二 独立审计咨询委员会的活动").
func TestSplitSectionHead(t *testing.T) {
	tests := []struct{ head, label, heading string }{
		{"II\nStrategic heritage plan", "II", "Strategic heritage plan"},
		{"二 独立审计咨询委员会的活动", "II", "独立审计咨询委员会的活动"},
		{"二 独立审计咨询委员会\n的活动", "II", "独立审计咨询委员会\n的活动"},
		{"Strategic heritage plan", "", ""},
		{"二", "II", ""},
	}
	for _, tt := range tests {
		if label, heading := splitSectionHead(tt.head); label != tt.label || heading != tt.heading {
			t.Errorf("splitSectionHead(%q) = %q, %q; want %q, %q", tt.head, label, heading, tt.label, tt.heading)
		}
	}
}

// TestSectionsInAFlatBody checks a budget resolution's sections laid out
// as A/RES/76/246 lays them out: numerals and titles as <subheading>s of
// the body, a section's preamble as a crossHeading, a section without a
// preamble restarting at 1, and (the Spanish) a section's numeral inside
// the section before it. Each section is a part under its numeral, and
// no paragraph is renamed.
func TestSectionsInAFlatBody(t *testing.T) {
	para := func(n, text string) string {
		return `<paragraph><num>` + n + `</num><content><p><span class="italic">Decides</span> ` + text + `;</p></content></paragraph>`
	}
	plain := func(text string) string {
		return `<paragraph><content><p>` + text + `</p></content></paragraph>`
	}
	cross := `<crossHeading refersTo="#preamble"><span class="italic">Having considered</span> the report,</crossHeading>`
	tests := []struct{ name, body, want, lang string }{
		{"flat body",
			`<mainBody><subheading>I</subheading><subheading>Financial performance</subheading>` + cross + para("1.", "a") + para("2.", "b") +
				`<subheading>II</subheading><subheading>Revised estimates</subheading>` + cross + para("1.", "c") +
				`<subheading>III</subheading><subheading>Contingency fund</subheading>` + para("1.", "d") + para("2.", "e") + `</mainBody>`,
			"I:I.pp1 I.pp2 I.op1 I.op2 | II:II.pp1 II.op1 | III:III.op1 III.op2", ""},
		{"numeral inside the section before",
			`<mainBody><section><subheading>XIII</subheading><subheading>Pension Fund</subheading>` + cross + para("1.", "a") +
				`<subheading>XIV</subheading><subheading>Common system</subheading>` + cross + para("1.", "b") + `</section></mainBody>`,
			"1:1.pp1 | XIII:XIII.pp1 XIII.op1 | XIV:XIV.pp1 XIV.op1", ""},
		{"number left in the text of a section without a preamble",
			`<mainBody><section><subheading>XIV</subheading><subheading>Revised estimates</subheading>` + cross + para("1.", "a") + para("2.", "b") + `</section>` +
				`<section><subheading>XV</subheading><subheading>International Trade Centre</subheading><paragraph><content><p>	1 -	<span class="italic">Decides</span> c;</p></content></paragraph></section></mainBody>`,
			"1:1.pp1 | XIV:XIV.pp1 XIV.op1 XIV.op2 | XV:XV.op1", ""},
		{"a subsection's preamble in a paragraph of its own",
			// The Arabic A/RES/77/256 B: "<paragraph><crossHeading
			// refersTo="#preamble">" under the numeral and the letter
			// given as paragraphs.
			`<mainBody>` + para("1.", "a") + `<paragraph><content><p>أولا</p></content></paragraph><paragraph><content><p>شروط الخدمة</p></content></paragraph>` +
				`<paragraph><content><p>	1 -	<span class="bold italic">تطلب</span> دراسة؛</p></content></paragraph><paragraph><content><p>ثانيا</p></content></paragraph><paragraph><content><p>شروط الخدمة</p></content></paragraph>` +
				`<paragraph><content><p><span class="bold">ألف -	جدول المرتبات</span></p></content></paragraph><paragraph><crossHeading refersTo="#preamble"><span class="bold italic">إذ تشير </span>إلى قرارها 44/198،</crossHeading></paragraph>` +
				`<paragraph><content><p><span class="bold italic">توافق</span> على الجدول؛</p></content></paragraph></mainBody>`,
			"1:1.pp1 1.op1 | I:I.op1 | II:II.pp1 II.op1", "ara"},
		{"lettered subsections, one without a preamble",
			// A/RES/76/240: "<subheading>A</subheading>" (five languages)
			// or "<num>A</num>" (Spanish), and section C's only paragraph
			// with no preamble before it.
			`<mainBody>` + para("1.", "a") + `<section><subheading>Conditions of service</subheading><subheading>A</subheading><subheading>Base/floor salary scale</subheading>` + cross + para("1.", "b") + `</section>` +
				`<section><subheading>C</subheading><subheading>Education grant</subheading>` + plain("<i>Decides</i> to maintain the rates;") + `</section></mainBody>`,
			"1:1.pp1 1.op1 | 2:2.pp1 2.op1 | 3:3.op1", ""},
		{"lettered subsections numbered in <num>",
			`<mainBody>` + para("1.", "a") + `<section><subheading>Condiciones de servicio</subheading><num>A</num><subheading>Escala de sueldos</subheading>` + cross + para("1.", "b") + `</section>` +
				`<section><num>C</num><subheading>Subsidio de educación</subheading>` + plain("<i>Decide</i> mantener las tasas;") + `</section></mainBody>`,
			"1:1.pp1 1.op1 | 2:2.pp1 2.op1 | 3:3.op1", "spa"},
		{"sections whose only paragraphs are marked up as their preamble",
			// The Chinese A/RES/76/246, sections XX to XXIV: "注意到…；"
			// (Notes …) alone as XXI's crossHeading, and "审议了…，",
			// "表示注意到…；" as XXIII's, before XXIV's numbered paragraphs.
			`<mainBody><subheading>XX</subheading>` + plain("<b>核可</b>预算；") + `<subheading>XXI</subheading><crossHeading refersTo="#preamble"><b>注意到</b>毛额预算；</crossHeading>` +
				`<subheading>XXII</subheading>` + plain("<b>核可</b>预算；") + `<subheading>XXIII</subheading><crossHeading refersTo="#preamble"><b>审议了</b>报告，</crossHeading><crossHeading refersTo="#preamble"><b>表示注意到</b>订正估计数；</crossHeading>` +
				`<subheading>XXIV</subheading>` + para("1.", "a") + para("2.", "b") + `</mainBody>`,
			"XX:XX.pp1 XX.op1 | XXI:XXI.op1 | XXII:XXII.op1 | XXIII:XXIII.pp1 XXIII.op1 | XXIV:XXIV.op1 XXIV.op2", "zho"},
	}
	for _, tt := range tests {
		meta := ""
		if tt.lang != "" {
			meta = `<identification><FRBRExpression><FRBRlanguage language="` + tt.lang + `"/></FRBRExpression></identification>`
		}
		d, err := ParseBytes([]byte(wrap(meta, `<preamble><container name="Recalling"><p><span class="italic">Recalling</span> its resolution 1/1,</p></container></preamble>`+tt.body)), "s.xml")
		if err != nil {
			t.Fatal(err)
		}
		var parts []string
		for _, p := range d.Parts {
			var ids []string
			for _, q := range p.Preamble {
				ids = append(ids, q.ID)
			}
			for _, q := range p.Operative {
				ids = append(ids, q.ID)
			}
			if len(ids) > 0 {
				parts = append(parts, p.Label+":"+strings.Join(ids, " "))
			}
		}
		got := strings.Join(parts, " | ")
		if got != tt.want {
			t.Errorf("%s: %s\nwant %s", tt.name, got, tt.want)
		}
	}
}

// TestLiftContinuations checks that an item nested in the item before it,
// whose label continues that item's series, is put back at its level with
// the items after it as its own (the Russian S/RES/2612 (2021) and 2524
// (2020)), and that a run-on series (h, i) is left alone.
func TestLiftContinuations(t *testing.T) {
	item := func(label string, kids ...*rawItem) *rawItem {
		return &rawItem{label: label, text: &unit{}, items: kids}
	}
	var shape func(list []*rawItem) string
	shape = func(list []*rawItem) string {
		var parts []string
		for _, it := range list {
			s := it.label
			if len(it.items) > 0 {
				s += "[" + shape(it.items) + "]"
			}
			parts = append(parts, s)
		}
		return strings.Join(parts, " ")
	}
	tests := []struct {
		name string
		in   []*rawItem
		want string
	}{
		{"ii) among the a)–h) of i)", []*rawItem{item("i)", item("a)"), item("b)"), item("ii)", item("a)")))}, "i)[a) b)] ii)[a)]"},
		{"(iii) with its items after it", []*rawItem{item("i)", item("a.")), item("ii)", item("a."), item("(iii)"), item("a."), item("b.")), item("iv)")}, "i)[a.] ii)[a.] (iii)[a. b.] iv)"},
		{"letters running on", []*rawItem{item("(a)", item("(i)"), item("(ii)")), item("(b)")}, "(a)[(i) (ii)] (b)"},
		{"h, i run on inside a numbered list", []*rawItem{item("1.", item("(h)"), item("(i)"))}, "1.[(h) (i)]"},
	}
	for _, tt := range tests {
		if got := shape(liftContinuations(tt.in)); got != tt.want {
			t.Errorf("%s: %s, want %s", tt.name, got, tt.want)
		}
	}
}

// TestSubsectionLetterParagraph checks a subsection whose letter and title
// are paragraphs of their own at the head of its <section>, after the
// section's title (the Chinese A/RES/76/240): they head the part.
func TestSubsectionLetterParagraph(t *testing.T) {
	body := `<preamble><container name="回顾"><p><span class="bold">回顾</span>其决议，</p></container></preamble>
<mainBody><paragraph><num>1.</num><content><p>表示注意到报告；</p></content></paragraph>
<section><paragraph><content><p>专业及以上职类工作人员的服务条件</p></content></paragraph><paragraph><content><p>B</p></content></paragraph><paragraph><content><p>比值的演变</p></content></paragraph>
<crossHeading refersTo="#preamble"><span class="bold">回顾</span>其第51/216号决议，</crossHeading>
<paragraph><num>1.</num><content><p>重申比值；</p></content></paragraph></section></mainBody>`
	d, err := ParseBytes([]byte(wrap(`<identification><FRBRExpression><FRBRlanguage language="zho"/></FRBRExpression></identification>`, body)), "s.xml")
	if err != nil {
		t.Fatal(err)
	}
	if n := len(d.Parts); n != 2 || d.Parts[1].Heading != "专业及以上职类工作人员的服务条件\nB\n比值的演变" || d.Parts[1].Operative[0].Heading != "" {
		t.Errorf("%d parts; want 2, the second headed by the section's title, its letter and the subsection's title", n)
	}
}

// TestSplitPartTitle checks the label a component's preface gives its
// part: a letter or numeral whatever the language prints, the names of
// Arabic letters ("باء", the Arabic A/RES/77/256 B) given as the Latin
// letter the other versions print.
func TestSplitPartTitle(t *testing.T) {
	for _, tt := range []struct{ in, label, heading string }{
		{"A Information in the service of humanity", "A", "Information in the service of humanity"},
		{"B", "B", ""},
		{"\tألف", "A", ""},
		{"باء", "B", ""},
		{"جيم - الإعلام", "C", "الإعلام"},
		{"II. Budget", "II", "Budget"},
		{"Information", "", "Information"},
	} {
		if l, h := splitPartTitle(tt.in); l != tt.label || h != tt.heading {
			t.Errorf("splitPartTitle(%q) = %q, %q; want %q, %q", tt.in, l, h, tt.label, tt.heading)
		}
	}
}

// TestStarNoteInAList checks that a note marked "*" printed inside a list
// quoted in a paragraph does not break the list: the items after it go on
// the list and the note stays a paragraph after it, as where the version
// prints it after the list (A/RES/77/256 A.1: after (c) in five
// languages, between (b) and (c) in Arabic); a line of asterisks stays a
// heading line.
func TestStarNoteInAList(t *testing.T) {
	item := func(l, text string) string {
		return `<paragraph><num>` + l + `</num><content><p>` + text + `</p></content></paragraph>`
	}
	note := `<paragraph class="Footnote"><content><p>*	Dependency allowances and language incentives.</p></content></paragraph>`
	head := `<mainBody><paragraph><num>1.</num><content><p><span class="italic">Recalls</span> articles 10 and 11:</p></content></paragraph>` +
		`<paragraph><content><p>Article 10</p></content></paragraph><paragraph><content><p>The Commission shall make recommendations on:</p></content></paragraph>` + item("(a)", "The principles;") + item("(b)", "Allowances.") +
		`<paragraph><content><p>Article 11</p></content></paragraph><paragraph><content><p>The Commission shall establish:</p></content></paragraph>` + item("(a)", "The methods;") + item("(b)", "Rates of allowances*;")
	tail := `<paragraph><num>2.</num><content><p><span class="italic">Reaffirms</span> the authority;</p></content></paragraph></mainBody>`
	for name, tt := range map[string]struct{ body, want string }{
		"note after the list":  {head + item("(c)", "The post adjustment.") + note + tail, "op1 op1(1) op1(2) op1(2)(a) op1(2)(b) op1_1 op1_1(a) op1_1(b) op1_1(c) op1_2 op2"},
		"note inside the list": {head + note + item("(c)", "The post adjustment.") + tail, "op1 op1(1) op1(2) op1(2)(a) op1(2)(b) op1_1 op1_1(a) op1_1(b) op1_1(c) op1_2 op2"},
		"asterisks":            {head + `<paragraph><content><p>*	*	*</p></content></paragraph>` + item("(c)", "The post adjustment.") + tail, "op1 op1(1) op1(2) op1(2)(a) op1(2)(b) op1_1 op1_1(a) op1_1(b) op1_1(c) op2"},
	} {
		d, err := ParseBytes([]byte(wrap("", tt.body)), "s.xml")
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(idcheck.List(d), " "); got != tt.want {
			t.Errorf("%s: %s\nwant %s", name, got, tt.want)
		}
	}
}

// TestAlternatingSections checks budget sections that alternate
// <preamble> and <mainBody> (A/RES/80/243): a section whose only
// paragraph is unnumbered ("XVIII / International Trade Centre /
// Approves …;") is a part of its own; a body holding only the next
// section's numeral and title ends the section before, whose last
// preambular paragraph ending as operative ones do is its operative one
// (the Chinese "表示注意到…；"); a preamble under a section's numeral whose
// paragraphs all end as operative ones is that section's body (the
// Chinese "注意到…；" of section XXI); a lone point "A. Pension
// Administration" over a table is the table's heading, and a table is
// never a heading however short its text.
func TestAlternatingSections(t *testing.T) {
	pre := func(lead, text string) string {
		return `<preamble><container name="` + lead + `"><p><span class="italic">` + lead + `</span>` + text + `</p></container></preamble>`
	}
	plain := func(text string) string {
		return `<paragraph><content><p>` + text + `</p></content></paragraph>`
	}
	num := func(n, text string) string {
		return `<paragraph><num>` + n + `</num><content><p>` + text + `</p></content></paragraph>`
	}
	table := `<container name="table"><table><tr><th><p>行动</p></th><th><p>员额</p></th></tr><tr><td><p>设立</p></td><td><p>P-4</p></td></tr></table></container>`
	tests := []struct{ name, lang, body, want string }{
		{"unnumbered paragraphs under numerals", "eng",
			pre("Having considered", " the report,") + `<mainBody>` + num("1.", "<i>Approves</i> a;") + num("2.", "<i>Decides</i> b;") +
				`<subheading>XVIII</subheading><subheading>International Trade Centre</subheading>` + plain("<i>Approves</i> the budget;") +
				`<subheading>XIX</subheading><subheading>Joint Inspection Unit</subheading>` + plain("<i>Approves</i> the budget;") + plain("<i>Notes</i> the report;") + `</mainBody>`,
			"1:1.pp1 1.op1 1.op2 | XVIII:XVIII.op1 | XIX:XIX.op0_1 XIX.op0_2"},
		{"a body of headings between two preambles", "zho",
			pre("审议了", "报告，") + `<mainBody>` + num("1.", "核准预算；") + plain("二十") + plain("共同出资的预算") + `</mainBody>` +
				pre("注意到", "毛额预算；") + `<mainBody>` + plain("二十一") + plain("汇率变动的影响") + `</mainBody>` +
				`<preamble><container name="审议了"><p>审议了报告，</p></container><container name="表示注意到"><p>表示注意到订正估计数；</p></container></preamble>` +
				`<mainBody>` + plain("二十二") + plain("应急基金") + `</mainBody>` + pre("回顾", "其决议，") + `<mainBody>` + num("1.", "注意到余额；") + num("2.", "决定数额。") + `</mainBody>`,
			"1:1.pp1 1.op1 | XX:XX.op1 | XXI:XXI.pp1 XXI.op1 | XXII:XXII.pp1 XXII.op1 XXII.op2"},
		{"a section of its own before a subsection's preamble", "eng",
			pre("Recalling", " its resolutions,") + `<mainBody>` + num("1.", "<i>Takes note</i> of the report;") + plain("I") + plain("Conditions of service of both categories") + plain("<i>Approves</i> the standards;") +
				plain("II") + plain("Conditions of service of the Professional category") + plain("<i>Confirms</i> that teleworking is no right;") + num("A.", "Base/floor salary scale") + `</mainBody>` +
				pre("Recalling", " its resolution 44/198,") + `<mainBody>` + plain("<i>Approves</i> the scale;") + num("B.", "Evolution of the margin") + `</mainBody>` +
				pre("Recalling", " section I.B of its resolution 51/216,") + `<mainBody>` + num("1.", "<i>Reaffirms</i> the range;") + `</mainBody>`,
			"1:1.pp1 1.op1 | I:I.op1 | II:II.op1 | 4:4.pp1 4.op1 | 5:5.pp1 5.op1"},
		{"the first section's numeral in a body before its preamble", "eng",
			`<preamble><formula name="enactingFormula"><p>The General Assembly,</p></formula></preamble><mainBody>` + plain("I") + plain("Conditions of service of the judges") + `</mainBody>` +
				pre("Recalling", " its resolutions,") + `<mainBody>` + num("1.", "<i>Takes note</i> of the report;") + plain("II") + plain("Strategic heritage plan") + `</mainBody>` +
				pre("Recalling", " section II of its resolution 79/257,") + `<mainBody>` + num("1.", "<i>Approves</i> the plan;") + `</mainBody>`,
			"I:I.pp1 I.op1 | II:II.pp1 II.op1"},
		{"a point titling a table", "zho",
			pre("审议了", "报告，") + `<mainBody>` + `<paragraph><num>17.</num><list><intro><p>核可下表所示人员配置表的变动：</p></intro><point><num>A.</num><content><p>养恤金行政管理局</p></content></point></list></paragraph>` +
				table + num("B.", "投资管理厅") + table + plain("缩写：GS (OL)，一般事务人员。") + num("18.", "又核可估计数；") + `</mainBody>`,
			"pp1 op17 op17_1 op17_2 op17_3 op18"},
	}
	for _, tt := range tests {
		d, err := ParseBytes([]byte(wrap(`<identification><FRBRExpression><FRBRlanguage language="`+tt.lang+`"/></FRBRExpression></identification>`, tt.body)), "s.xml")
		if err != nil {
			t.Fatal(err)
		}
		var parts []string
		for _, p := range d.Parts {
			var ids []string
			for _, q := range p.Preamble {
				ids = append(ids, q.ID)
			}
			for _, q := range p.Operative {
				ids = append(ids, q.ID)
			}
			if len(d.Parts) == 1 {
				parts = append(parts, strings.Join(ids, " "))
			} else if len(ids) > 0 {
				parts = append(parts, p.Label+":"+strings.Join(ids, " "))
			}
		}
		if got := strings.Join(parts, " | "); got != tt.want {
			t.Errorf("%s: %s\nwant %s", tt.name, got, tt.want)
		}
		if tt.name == "a point titling a table" {
			if h := d.Parts[0].Operative[1].Heading; h != "A. 养恤金行政管理局" {
				t.Errorf("the first table's heading is %q", h)
			}
		}
	}
}

// TestNumberAlone checks a paragraph number the markup gives as a
// paragraph of its own, its text (and items) in the unnumbered paragraph
// after it (the Spanish annex of A/RES/75/290 B; the French and Spanish
// A/RES/76/3 in the body): the two are one numbered paragraph, in the body
// and in an annex alike.
func TestNumberAlone(t *testing.T) {
	alone := func(n, text, items string) string {
		return `<paragraph><num>` + n + `</num><content><p></p></content></paragraph>
<paragraph class="SingleTxt"><content><p>` + text + `</p></content></paragraph>` + items
	}
	// Items as paragraphs of their own after the text, and as the points
	// of a list inside it.
	items := `<paragraph><num>a)</num><content><p>La primera;</p></content></paragraph>
<paragraph><num>b)</num><content><p>La segunda.</p></content></paragraph>`
	list := `<paragraph><num>3.</num><content><p></p></content></paragraph>
<paragraph><list><intro><p>El foro reforzará:</p></intro><point><num>a)</num><content><p>El aprendizaje;</p></content></point>
<point><num>b)</num><content><p>La cooperación.</p></content></point></list></paragraph>`
	paras := alone("1.", "El foro proporcionará liderazgo político.", "") +
		alone("2.", "Los principios son los siguientes:", items) + list
	body := `<preamble><container name="Recordando"><p><span class="italic">Recordando</span> su resolución 67/290,</p></container></preamble>
<mainBody>` + paras + `</mainBody>
<attachments><attachment><doc name="annex"><mainBody><paragraph><content><p>Anexo</p></content></paragraph>` + paras + `</mainBody></doc></attachment></attachments>`
	meta := `<identification><FRBRExpression><FRBRlanguage language="spa"/></FRBRExpression></identification>`
	d, err := ParseBytes([]byte(wrap(meta, body)), "s.xml")
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Parts) != 1 || len(d.Annexes) != 1 {
		t.Fatalf("%d parts, %d annexes; want 1 and 1", len(d.Parts), len(d.Annexes))
	}
	describe := func(ps []content.Paragraph) string {
		var out []string
		for _, p := range ps {
			n := "-"
			if p.Number != nil {
				n = *p.Number
			}
			out = append(out, fmt.Sprintf("%s %s %d %.8s", p.ID, n, len(p.Items), p.Text))
		}
		return strings.Join(out, " | ")
	}
	for _, tt := range []struct {
		where string
		got   []content.Paragraph
		want  string
	}{
		{"body", d.Parts[0].Operative, "op1 1 0 El foro  | op2 2 2 Los prin | op3 3 2 El foro "},
		{"annex", d.Annexes[0].Paragraphs, "annex.p1 1 0 El foro  | annex.p2 2 2 Los prin | annex.p3 3 2 El foro "},
	} {
		if got := describe(tt.got); got != tt.want {
			t.Errorf("%s:\n got %s\nwant %s", tt.where, got, tt.want)
		}
	}
}

// TestAttachmentOfSeveralAnnexes checks the layout of A/RES/75/212's one
// attachment: annexes I to III each under an "Annex …" heading, and
// section and subsection headings given as a numeral with the title as
// the block's subheading. Each heading opens its annex; the section and
// subsection titles head the paragraph after them, and the letter is no
// empty item of the paragraph before.
func TestAttachmentOfSeveralAnnexes(t *testing.T) {
	para := func(n, text string) string {
		return `<paragraph class="SingleTxt"><num>` + n + `</num><content><p>` + text + `</p></content></paragraph>`
	}
	head := func(s string) string { return `<paragraph class="H1"><heading>` + s + `</heading></paragraph>` }
	sub := func(n, s string) string {
		return `<paragraph class="H23"><num>	` + n + `</num><subheading>	` + n + `	` + s + `</subheading></paragraph>`
	}
	body := `<preamble><container name="Recalling"><p><span class="italic">Recalling</span> its resolution 1/1,</p></container></preamble>
<mainBody>` + para("1.", "<span class=\"italic\">Decides</span> to convene the Conference;") + `</mainBody>
<attachments><attachment><doc name="annex"><mainBody>` +
		head("Annex I") + head("Provisional agenda") + para("1.", "Opening of the Conference.") + para("2.", "Closure of the Conference.") +
		head("Annex II") + head("Proposed organization of work") + para("1.", "The Conference will be held in New York.") +
		sub("I.", "Organization of work") + sub("A.", "Plenary meetings") + para("2.", "The Conference will consist of six plenary meetings.") +
		head("Annex III") + head("Provisional rules of procedure") + para("1.", "Each State shall be represented.") +
		`</mainBody></doc></attachment></attachments>`
	d, err := ParseBytes([]byte(wrap("", body)), "s.xml")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range d.Annexes {
		for _, p := range a.Paragraphs {
			got = append(got, fmt.Sprintf("%s %s/%q/%d", p.ID, a.Title, p.Heading, len(p.Items)))
		}
	}
	want := []string{
		`annexI.p1 Provisional agenda/""/0`, `annexI.p2 Provisional agenda/""/0`,
		`annexII.p1 Proposed organization of work/""/0`,
		`annexII.p2 Proposed organization of work/"I. Organization of work\nA. Plenary meetings"/0`,
		`annexIII.p1 Provisional rules of procedure/""/0`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("annex paragraphs:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// Under the bare word "Annex", "Annex I" and "Annex II" are the
	// annexes of the annexed text (A/RES/77/100): one annex.
	bare := `<mainBody>` + para("1.", "<span class=\"italic\">Adopts</span> the Model Law annexed;") + `</mainBody>
<attachments><attachment><doc name="annex"><mainBody>` +
		head("Annex") + head("Model Law") + para("1.", "This Law applies.") +
		head("Annex I") + para("1.", "First schedule.") + head("Annex II") + para("1.", "Second schedule.") +
		`</mainBody></doc></attachment></attachments>`
	d, err = ParseBytes([]byte(wrap("", bare)), "s.xml")
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Annexes) != 1 || len(d.Annexes[0].Paragraphs) != 3 {
		t.Errorf("under a bare Annex: %d annexes, want one of 3 paragraphs", len(d.Annexes))
	}
}

// TestSectionsNumberedOn checks sections that number their paragraphs on
// from one another (S/RES/1295 (2000): sections A to G, paragraphs 1 to
// 39, section A opening with "Determining …" and "Acting under Chapter
// VII …"): one part, its preamble in reading order, the section letters
// as headings; sections that each restart at 1 stay parts.
func TestSectionsNumberedOn(t *testing.T) {
	pre := `<preamble><formula name="enactingFormula"><p><span class="italic">The Security Council</span>,</p></formula>
<container name="Reaffirming"><p><span class="italic">Reaffirming</span> its resolution 864 (1993),</p></container>
<container name="Recalling"><p><span class="italic">Recalling</span> the Final Communiqué of the meeting,</p></container></preamble>`
	para := func(n, text string) string {
		return `<paragraph><num>` + n + `.</num><content><p><span class="italic">` + text + `</span> the matter;</p></content></paragraph>`
	}
	sectionA := func(first string) string {
		return `<section><num>A</num>
<crossHeading refersTo="#preamble"><span class="italic">Determining</span> that the situation constitutes a threat,</crossHeading>
<crossHeading refersTo="#preamble"><span class="italic">Acting</span> under Chapter VII of the Charter,</crossHeading>` +
			para(first, "Stresses") + para("2", "Welcomes") + `</section>`
	}
	tests := []struct {
		name, body string
		want       string // each part: its preamble's leads, then its operative ids
	}{
		{"numbered on", pre + `<mainBody>` + sectionA("1") + `<section><num>B</num>` + para("3", "Encourages") + para("4", "Invites") + `</section></mainBody>`,
			"Reaffirming Recalling Determining Acting / op1 op2 op3 op4"},
		{"each from 1", pre + `<mainBody>` + sectionA("1") + `<section><num>B</num>
<crossHeading refersTo="#preamble"><span class="italic">Noting</span> the report,</crossHeading>` + para("1", "Encourages") + `</section></mainBody>`,
			"Reaffirming Recalling / | Determining Acting / op1 op2 | Noting / op1"},
	}
	for _, tt := range tests {
		d, err := ParseBytes([]byte(wrap("", tt.body)), "s.xml")
		if err != nil {
			t.Fatal(err)
		}
		var parts []string
		for _, p := range d.Parts {
			var s []string
			for _, q := range p.Preamble {
				s = append(s, strings.Fields(q.Text)[0])
			}
			s = append(s, "/")
			for _, q := range p.Operative {
				s = append(s, q.ID[strings.LastIndexByte(q.ID, '.')+1:]) // the part's prefix is not the question here
			}
			parts = append(parts, strings.Join(s, " "))
		}
		if got := strings.Join(parts, " | "); got != tt.want {
			t.Errorf("%s:\n got %s\nwant %s", tt.name, got, tt.want)
		}
	}
}

// TestAnnexTableNotes checks the notes under an annex's table, their
// markers in their text or as a <num> ("(أ) انظر A/75/383." in the Arabic
// A/RES/75/249, where the others print "a See A/75/383."): paragraphs of
// their own, marker and all, not items of the table's last row; a list
// after a paragraph that is no table stays a list.
func TestAnnexTableNotes(t *testing.T) {
	table := `<container><table><tr><td><p>الاعتماد المقدر(أ)</p></td><td><p>194 97</p></td></tr>
<tr><td><p>المجموع(ب)</p></td><td><p>029 88</p></td></tr></table></container>`
	notes := `<paragraph class="FootnoteText"><content><p>	(أ)	انظر A/75/383.</p></content></paragraph>
<paragraph class="FootnoteText"><num>(ب)</num><content><p>انظر A/75/639.</p></content></paragraph>
<paragraph class="FootnoteText"><content><p>	(ج)	تتضمن المبالغ بعد إعادة تقدير التكاليف.</p></content></paragraph>`
	list := `<paragraph><content><p>تقرر ما يلي:</p></content></paragraph>
<paragraph><content><p>	(أ)	أن تعتمد الميزانية؛</p></content></paragraph>`
	body := `<mainBody><paragraph><num>1.</num><content><p><span class="italic">تقرر</span> اعتماد المبالغ.</p></content></paragraph></mainBody>
<attachments><attachment><doc name="annex"><mainBody>` + table + notes + list + `</mainBody></doc></attachment></attachments>`
	meta := `<identification><FRBRExpression><FRBRlanguage language="ara"/></FRBRExpression></identification>`
	d, err := ParseBytes([]byte(wrap(meta, body)), "s.xml")
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Annexes) != 1 {
		t.Fatalf("%d annexes, want 1", len(d.Annexes))
	}
	var got []string
	for _, p := range d.Annexes[0].Paragraphs {
		got = append(got, fmt.Sprintf("%s %d %.8s", p.ID, len(p.Items), p.Text))
	}
	want := []string{"annex.p1 0 الاعتماد", "annex.p2 0 المجموع(", "annex.p3 0 (أ) انظر", "annex.p4 0 (ب) انظر", "annex.p5 0 (ج) تتضم", "annex.p6 1 تقرر ما "}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("annex paragraphs:\n got %q\nwant %q", got, want)
	}
}
