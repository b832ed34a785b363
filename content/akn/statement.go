package akn

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"resolute/content"
)

// readStatement reads the preambles and main bodies of a statement, in
// order. A preamble that follows a main body holding only unnumbered
// paragraphs continues the same preamble (those paragraphs were preambular
// ones marked up as body); after numbered paragraphs it starts a new part.
func (b *builder) readStatement(st *node) []*rawPart {
	parts := []*rawPart{{}}
	for _, k := range st.kids {
		part := parts[len(parts)-1]
		switch k.name {
		case "preamble":
			if len(part.ops) > 0 && !numbered(part.ops) && b.adoptsText(part.ops[0]) {
				// "Adopts the following outcome document …:" and the
				// adopted text, whose own preamble the English, French,
				// Spanish, Russian and Chinese A/RES/80/173 mark up as a
				// <preamble> after it: paragraphs of the text adopted, as
				// the Arabic file and the text reader have them.
				b.preambleAsBody(part, k)
				continue
			}
			if label, _, _ := lastSectionHead(part.pending); label != "" && len(part.ops) > 0 && allEndOperatively(k, b.doc.Language) {
				// The next section's numeral and title, then its only
				// paragraph marked up as a preamble though it ends as
				// operative ones do (the Chinese A/RES/80/243, section
				// XXI: "注意到…；", Notes … elsewhere in the body): the
				// section's body.
				part = nextPart(part, part.lastNumber)
				parts = append(parts, part)
				b.preambleAsBody(part, k)
				continue
			}
			if len(part.ops) > 0 && numbered(part.ops) && allEndOperatively(k, b.doc.Language) {
				// A <preamble> between operative paragraphs whose every
				// paragraph ends as operative ones do: "确认…，并请委员会…；"
				// (Confirms …, and requests …) in the Chinese A/RES/80/236
				// A-B. Its paragraphs are the body's.
				b.preambleAsBody(part, k)
				continue
			}
			if len(part.ops) > 0 && numbered(part.ops) && continuesNumbering(k, part.lastNumber+1) {
				// A numbered paragraph marked up as a preamble between two
				// operative ones (10 in the Chinese A/RES/75/161).
				b.preambleAsBody(part, k)
				continue
			}
			if len(part.ops) == 0 && len(part.pre) == 0 && part.label == "" {
				if label, heading, before := lastSectionHead(part.pending); label != "" && before == "" {
					// The first section's numeral and title in a
					// <mainBody> before its preamble (A/RES/80/243: "I",
					// "Conditions of service … of the International Court
					// of Justice …"): they head the part that preamble
					// opens.
					part.label, part.heading, part.pending = label, heading, ""
				}
			}
			if len(part.ops) == 0 && len(part.pre) > 0 {
				if label, _, _ := lastSectionHead(part.pending); label != "" {
					// Sections alternating <preamble> and <mainBody>, a
					// body holding only the next section's numeral and
					// title (the Chinese A/RES/80/243: "二十四", "应急基金"
					// between the preambles of XXIII and XXIV): this
					// preamble opens that section, and the section before
					// it ends.
					closeSection(part)
					part = nextPart(part, part.lastNumber)
					parts = append(parts, part)
				}
			}
			if len(part.ops) > 0 {
				// A section opened under its numeral by body paragraphs
				// (section I of A/RES/80/236 A-B, "Approves …") holds no
				// preamble for them to be the tail of.
				sectionBody := part.label != "" && len(part.pre) == 0
				if label, _, _ := lastSectionHead(part.pending); label != "" || sectionBody || numbered(part.ops) || closesOperatively(part.ops, b.doc.Language) {
					// The next section's numeral and title closing the body
					// before its preamble (A/RES/80/243: "II", "Strategic
					// heritage plan …") are that section's.
					part = nextPart(part, part.lastNumber)
					parts = append(parts, part)
				} else {
					for _, op := range part.ops {
						op.head = ""
						part.pre = append(part.pre, op)
					}
					part.ops = nil
				}
			}
			b.readPreamble(part, k)
		case "mainBody":
			b.moveNumberedPreamble(part)
			b.moveNumberedItems(part, b.doc.Language)
			moveOperativeTail(part, k, b.doc.Language)
			b.numberedOn = numberedOnSections(k)
			b.readBody(&parts, k)
			b.numberedOn = false
		}
	}
	for _, p := range parts {
		// A statement with no <mainBody> (the Chinese A/RES/76/54) may
		// hold all its operative paragraphs in the preamble's list.
		b.moveNumberedItems(p, b.doc.Language)
		moveClosingOperative(p, b.doc.Language)
		movePreambleTail(p, b.doc.Language)
		colonHeadings(p)
	}
	if len(parts) > 1 {
		for _, p := range parts {
			// The first section's numeral and title, read as the heading
			// of its first operative paragraph after its preamble.
			if p.label == "" && len(p.pre) > 0 && len(p.ops) > 0 {
				if label, heading := splitSectionHead(p.ops[0].head); label != "" {
					p.label, p.heading, p.ops[0].head = label, heading, ""
				}
			}
		}
	}
	return parts
}

// splitSectionHead splits heading lines that open with a section numeral
// ("II", "Strategic heritage plan …") into the numeral, as a Roman one,
// and the title; it returns "" and "" when the first line is no numeral.
func splitSectionHead(head string) (label, heading string) {
	first, rest, _ := strings.Cut(head, "\n")
	if first != "" && !isSectionLabel(first) {
		// "二 独立审计咨询委员会的活动" (the Chinese A/RES/80/237): the
		// numeral opens the title's line.
		if num, title, ok := strings.Cut(first, " "); ok && isSectionLabel(num) && strings.TrimSpace(title) != "" {
			return sectionNumeral(num), strings.TrimSpace(joinLines(strings.TrimSpace(title), rest))
		}
	}
	if first == "" || !isSectionLabel(first) {
		return "", ""
	}
	return sectionNumeral(first), strings.TrimSpace(rest)
}

// preambleAsBody reads the blocks of a <preamble> as body paragraphs of
// part, its formula left out.
func (b *builder) preambleAsBody(part *rawPart, pre *node) {
	for _, c := range pre.kids {
		if c.name != "" && c.name != "formula" {
			b.bodyParagraph(part, readBlock(c))
		}
	}
}

// closesOperatively reports whether unnumbered body paragraphs before a
// preamble end as an operative part does: the last one ends with ";" or
// "." and opens with an operative lead ("*Approves*, with effect from 1
// January 2026, …;" closing section II.A of A/RES/80/236 A-B before
// section II.B's "Recalling …"), or, but in Chinese, the lead is an
// operative verb form whatever ends it (the French "*Approuve* …,").
// Such a body is not the middle of a preamble but a section's operative
// part.
func closesOperatively(ops []*rawPara, lang string) bool {
	last := ops[len(ops)-1]
	t := last.text.text()
	return content.OperativeForm(lang, t) || endsOperative(last) && content.OperativeLead(lang, t)
}

// allEndOperatively reports whether a <preamble> holds paragraphs and each
// ends with "；" or "。", or, outside Chinese, with ";" or "." and without
// a preambular lead: the Arabic A/RES/80/243 ends a "وقد نظرت …" with "؛"
// by a slip, while Chinese punctuation tells the two kinds apart.
func allEndOperatively(pre *node, lang string) bool {
	n := 0
	for _, c := range pre.kids {
		if c.name == "" || c.name == "formula" {
			continue
		}
		rp := readBlock(c)
		if !endsOperative(rp) || lang != "zh" && content.PreambularLead(lang, rp.text.text()) {
			return false
		}
		n++
	}
	return n > 0
}

// adoptsText reports whether p is an operative paragraph that adopts the
// text following it: a colon at its end, and a lead that is not a
// preambular one ("Adopts", or the Chinese "在其第八十届会议上通过了").
func (b *builder) adoptsText(p *rawPara) bool {
	t := p.text.text()
	return len(p.items) == 0 && endsWithColon(t) && !content.PreambularLead(b.doc.Language, t)
}

// moveNumberedPreamble moves to the operative part the paragraphs of a
// preamble from one whose text opens with "1." (or "1 -") on: the Chinese
// A/RES/76/243 marks operative paragraphs 1 to 4 up as preambular
// containers, their numbers in the text.
func (b *builder) moveNumberedPreamble(part *rawPart) {
	if len(part.ops) > 0 {
		return
	}
	for i, p := range part.pre {
		m := leadingNumberRe().FindStringSubmatch(p.text.text())
		if m == nil || m[1] != "" || content.ASCIIDigits(m[2]) != "1" || strings.Trim(m[3], " \t\u200e\u200f,，") == "" {
			continue
		}
		rest := part.pre[i:]
		part.pre = part.pre[:i]
		for _, q := range rest {
			q.head = ""
			b.bodyParagraph(part, q)
		}
		return
	}
}

// moveNumberedItems moves to the operative part the operative paragraphs
// 1, 2, … marked up as the sub-paragraphs of a preambular paragraph: the
// Chinese A/RES/77/266 marks "正式决定：" up as a preambular container
// whose list holds paragraphs 1 to 3, the others following in the body.
// When the paragraph ends with a colon and its lead is not a preambular
// one, it is the operative lead-in and becomes an unnumbered operative
// paragraph; when it ends with a comma, as a preambular paragraph does
// (the Chinese A/RES/76/54 and 76/74: the last preambular paragraph's
// list holds paragraphs 1 to 6 and 1 to 13), or with a colon after a
// preambular lead ("*Acting* under Chapter VII of the Charter of the
// United Nations:", whose list holds the operative paragraphs in
// S/RES/1977 (2011), 1991 (2011), 2053 (2012)), it stays preambular. Each
// numbered item becomes a paragraph of its own, and so does each
// preambular paragraph after it, which must open with its number ("7
// 决定…") for the rule to apply.
func (b *builder) moveNumberedItems(part *rawPart, lang string) {
	n := len(part.pre)
	if len(part.ops) > 0 || n == 0 {
		return
	}
	i := n - 1
	for i > 0 && len(part.pre[i].items) == 0 && textOpensWithNumber(part.pre[i]) {
		i--
	}
	p := part.pre[i]
	if len(p.items) == 0 || p.tail != nil && !p.tail.empty() {
		return
	}
	if kind, num := classify(trimLabel(p.items[0].label)); kind != numberLabel || num != "1" {
		return
	}
	t := p.text.text()
	lead := endsWithColon(t) && !content.PreambularLead(lang, t)
	if !lead && !endsWithComma(t) && !endsWithColon(t) {
		return
	}
	if first := p.items[0].text; first == nil || endsWithComma(first.text()) {
		return
	}
	if lead && i != n-1 {
		return
	}
	items := p.items
	rest := part.pre[i+1:]
	p.items = nil
	part.pre = part.pre[:i]
	if lead {
		p.lead = p.text.lead()
		part.ops = append(part.ops, p)
	} else {
		part.pre = append(part.pre, p)
	}
	for _, it := range items {
		q := &rawPara{rawItem: *it}
		if q.text == nil {
			q.text = &unit{}
		}
		b.bodyParagraph(part, q)
	}
	for _, q := range rest {
		q.head = ""
		b.bodyParagraph(part, q)
	}
}

// textOpensWithNumber reports whether a paragraph without a label opens its
// text with a paragraph number ("7	决定…").
func textOpensWithNumber(p *rawPara) bool {
	return p.label == "" && p.text != nil && leadingNumberRe().MatchString(p.text.text())
}

// moveClosingOperative moves to the operative part the last paragraph of
// a part that has no operative paragraphs when it reads as one: its lead
// is an operative one only and it ends with a semicolon or a full stop,
// after a preambular paragraph ending with a comma. The Chinese A/RES/75/253
// marks section XV's "决定继续审议全球服务提供模式问题…；" ("Decides to keep
// … under review") up as a preambular crossHeading after the section's
// two preambular ones.
func moveClosingOperative(part *rawPart, lang string) {
	n := len(part.pre)
	if len(part.ops) > 0 || n < 2 {
		return
	}
	p := part.pre[n-1]
	t := p.text.text()
	if len(p.items) > 0 || !endsOperative(p) || !content.OperativeLead(lang, t) || !endsWithComma(part.pre[n-2].text.text()) {
		return
	}
	p.lead = p.text.lead()
	p.head = ""
	part.pre = part.pre[:n-1]
	part.ops = append(part.ops, p)
}

// movePreambleTail moves to the preamble the unnumbered paragraphs a main
// body opens with before its first numbered paragraph when each ends as a
// preambular paragraph does, with a comma: markup sometimes puts the last
// preambular paragraph in the body (the Arabic and Chinese A/RES/80/88),
// where it became op0_1 while the other languages had it as pp4, or all
// of a short preamble after the formula (the Arabic A/RES/79/131). A
// paragraph opening with an operative lead stays, its comma a slip ("تحيط
// علما …،" in section XXI of the Arabic A/RES/77/263). In a body without
// numbered paragraphs, a paragraph moves only when it opens with a
// preambular lead and the paragraph after it reads as operative
// (S/RES/1340 (2001): "*Having decided* to consider the nominations …,"
// then "*Forwards* the following nominations …:").
func movePreambleTail(part *rawPart, lang string) {
	if len(part.pre) == 0 && part.formula == "" {
		return
	}
	isNumbered := numbered(part.ops)
	i := 0
	for i < len(part.ops) && part.ops[i].number == nil && len(part.ops[i].items) == 0 && endsWithComma(part.ops[i].text.text()) && !content.OperativeForm(lang, part.ops[i].text.text()) &&
		(isNumbered || content.PreambularLead(lang, part.ops[i].text.text())) {
		i++
	}
	if i == 0 || i == len(part.ops) || isNumbered && part.ops[i].number == nil || !isNumbered && !operativeNext(lang, part.ops[i]) {
		return
	}
	for _, p := range part.ops[:i] {
		p.head = ""
		part.pre = append(part.pre, p)
	}
	part.ops = part.ops[i:]
}

// operativeNext reports whether p, unnumbered, reads as an operative
// paragraph: it does not open with a preambular lead nor end with a
// comma.
func operativeNext(lang string, p *rawPara) bool {
	t := p.text.text()
	return !content.PreambularLead(lang, t) && !endsWithComma(t)
}

// colonHeadings makes a heading of the next paragraph each short
// unnumbered line ending with a colon that stands between two numbered
// paragraphs, the one before it closing its sentence: the Chinese
// S/RES/2625 (2022) and 2729 (2024) give "报告：" as a paragraph where the
// other languages mark "Reporting:" up as a subheading. A lead-in of a
// list has items after it, not a numbered paragraph.
func colonHeadings(part *rawPart) {
	var ops []*rawPara
	for i, p := range part.ops {
		if i > 0 && i+1 < len(part.ops) && p.number == nil && p.label == "" && len(p.items) == 0 && (p.tail == nil || p.tail.empty()) &&
			part.ops[i-1].number != nil && endsOperative(part.ops[i-1]) && part.ops[i+1].number != nil && shortColonLine(p.text.text()) {
			part.ops[i+1].head = joinLines(joinLines(p.head, p.text.text()), part.ops[i+1].head)
			continue
		}
		ops = append(ops, p)
	}
	part.ops = ops
}

// shortColonLine reports whether s is a line of at most four words and
// 40 characters ending with a colon, in any script.
func shortColonLine(s string) bool {
	return endsWithColon(s) && len(strings.Fields(s)) <= 4 && utf8.RuneCountInString(s) <= 40
}

// endsWithComma reports whether a paragraph's text ends with a comma, in
// any of the six languages' scripts, footnote markers aside.
func endsWithComma(s string) bool {
	s = strings.TrimRight(s, content.SuperscriptDigits+" \u200f")
	return strings.HasSuffix(s, ",") || strings.HasSuffix(s, "،") || strings.HasSuffix(s, "，")
}

// continuesNumbering reports whether the first paragraph of a preamble
// opens with the number next, the one the operative paragraphs before it
// call for.
func continuesNumbering(pre *node, next int) bool {
	for _, c := range pre.kids {
		if c.name == "" || c.name == "formula" {
			continue
		}
		rp := readBlock(c)
		if rp.label == "" {
			rp.label = labelFromText(rp.text, next)
		}
		kind, num := classify(trimLabel(rp.label))
		return kind == numberLabel && num == strconv.Itoa(next)
	}
	return false
}

// numbered reports whether any paragraph has a number.
func numbered(ps []*rawPara) bool {
	for _, p := range ps {
		if p.number != nil {
			return true
		}
	}
	return false
}

// moveOperativeTail moves to the operative part the last paragraphs of a
// preamble that read as operative ones: markup sometimes puts an unnumbered
// operative paragraph in the preamble. They are paragraphs with
// sub-paragraphs whose last words end with a full stop or semicolon (a
// preambular one ends with a comma), or the paragraph just before a body
// that opens with sub-paragraphs, which must continue it, or a last one
// ending with a colon before paragraph 1 unless its lead is a preambular
// one ("Acting under Chapter VII of the Charter …:", S/RES/2663 (2022)).
func moveOperativeTail(part *rawPart, body *node, lang string) {
	if len(part.ops) > 0 {
		return
	}
	i := len(part.pre)
	for i > 0 && len(part.pre[i-1].items) > 0 && endsOperative(part.pre[i-1]) {
		i--
	}
	if i == len(part.pre) && i > 1 && opensWithItem(body) {
		i--
	}
	colon := false
	if i == len(part.pre) && i > 0 && len(part.pre[i-1].items) == 0 && endsWithColon(part.pre[i-1].text.text()) && opensWithNumber(body) && !content.PreambularLead(lang, part.pre[i-1].text.text()) {
		// "正式决定：" ("Resolves that:") marked up in the preamble of the
		// Chinese A/RES/76/249, before paragraph 1: op0_1 as in the other
		// languages, even when it is all the preamble there is.
		i, colon = i-1, true
	}
	if i == 0 && !colon || i == len(part.pre) {
		return
	}
	for _, p := range part.pre[i:] {
		p.lead = p.text.lead()
		part.ops = append(part.ops, p)
	}
	part.pre = part.pre[:i]
}

// opensWithItem reports whether the first paragraph of a body is labelled
// as a sub-paragraph, "(a)" or "i)"; a body opening with a section
// lettered "A" (S/RES/1295 (2000)) does not.
func opensWithItem(body *node) bool {
	for _, k := range body.kids {
		if k.name == "" {
			continue
		}
		if k.name == "section" {
			return false
		}
		label := plainChild(k, "num")
		kind, _ := classify(trimLabel(label))
		return kind == itemLabel && !misprintedOne(label)
	}
	return false
}

// opensWithNumber reports whether the first paragraph of a body is
// numbered.
func opensWithNumber(body *node) bool {
	for _, k := range body.kids {
		if k.name == "" {
			continue
		}
		label := plainChild(k, "num")
		kind, _ := classify(trimLabel(label))
		return kind == numberLabel || misprintedOne(label)
	}
	return false
}

// endsWithColon reports whether a text ends with a colon, in any of the
// six languages' scripts.
func endsWithColon(s string) bool {
	s = strings.TrimRight(s, content.SuperscriptDigits+" \u200f")
	return strings.HasSuffix(s, ":") || strings.HasSuffix(s, "：")
}

// endsOperative reports whether a paragraph's last words end with a full
// stop or semicolon.
func endsOperative(p *rawPara) bool {
	last := lastText(&p.rawItem)
	last = strings.TrimRight(last, content.SuperscriptDigits+"”’\"»() ")
	return strings.HasSuffix(last, ".") || strings.HasSuffix(last, ";") || strings.HasSuffix(last, "。") || strings.HasSuffix(last, "；") || strings.HasSuffix(last, "؛")
}

// lastText returns the text that ends an item: its tail, its last
// sub-item's, or its own.
func lastText(it *rawItem) string {
	if it.tail != nil && it.tail.text() != "" {
		return it.tail.text()
	}
	if n := len(it.items); n > 0 {
		return lastText(it.items[n-1])
	}
	return it.text.text()
}
