package content

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// pbuild is a paragraph under construction.
type pbuild struct {
	number  string
	heading string
	lead    string
	hint    leadHint
	text    string
	tail    string
	items   []*ibuild
	no      int
	// row is set on an annex line read as a table row of one cell.
	row bool
}

// ibuild is a sub-paragraph under construction.
type ibuild struct {
	label string
	level int
	text  string
	items []*ibuild
}

// partBuild is a part under construction.
type partBuild struct {
	label, heading, formula string
	paras                   []*pbuild
	closing                 []string
}

// annexBuild is an annex under construction.
type annexBuild struct {
	label, number, title string
	paras                []*pbuild
	// heading holds heading lines ("I. Establishment") waiting for the
	// paragraph they stand over, as the UN's XML attaches them.
	heading string
	// tableNotes is set while the lines read last are a table's rows or
	// the notes under it.
	tableNotes bool
}

// bodyBuilder turns the body's tokens into parts, annexes and footnotes.
type bodyBuilder struct {
	d         *Document
	lang      string
	leads     *leadMatcher
	split     bool // sections start parts of their own
	parts     []*partBuild
	annexes   []*annexBuild
	pending   []token // section labels and headings waiting for their paragraph
	inAnnex   bool
	closed    bool  // a closing line has been read and no formula since
	ahead     bool  // a formula follows the current token
	next      token // the token after the current one (the zero token, unnumbered, at the end)
	inNotes   bool
	closing   *[]string // the closing being read, for its date line
	footnotes []Footnote
	noteMore  [][]string // continuation lines of each footnote
}

// leadOf returns a paragraph's lead phrase and hint: the opening italics
// when the text has them, else the longest phrase of the language's table.
func (b *bodyBuilder) leadOf(raw, text string) (string, leadHint) {
	lead, hint := b.leads.match(text)
	if it := leadingItalic(raw); it != "" {
		if lead == "" {
			_, hint = b.leads.match(it)
		}
		return strings.TrimSpace(it), hint
	}
	return lead, hint
}

// headingLike reports whether an unnumbered line reads as a heading rather
// than a paragraph: short, no closing punctuation, no lead phrase.
func (b *bodyBuilder) headingLike(t token) bool {
	if t.kind != tokPara || t.number != "" {
		return false
	}
	limit := 250
	afterNumeral := false
	if n := len(b.pending); n > 0 && b.pending[n-1].kind == tokSection && b.pending[n-1].text == "" {
		limit = 400 // a section's title can be long
		afterNumeral = true
	}
	if runeLen(t.text) > limit || endsTerminal(t.text) || isTableLine(t.text) {
		return false
	}
	if afterNumeral {
		// The title under a section's numeral, even when its first word
		// is a lead ("III / Demande de subvention pour le Tribunal …" in
		// the French A/RES/77/263).
		return true
	}
	// A line in italics from end to end ("*Criterios de designación*") is
	// a heading, not a lead phrase with nothing after it.
	lead, _ := b.leadOf(t.raw, t.text)
	return lead == "" || strings.TrimSpace(strings.Trim(lead, "*")) == strings.TrimSpace(t.text) || weakLead(lead, t.text)
}

// colonHeading reports whether an unnumbered line ending with a colon is
// a heading over the numbered paragraph that follows it, as the Security
// Council writes some ("United Nations and International Support:",
// "Reporting:" in the English and Spanish S/RES/2677 (2023), where the
// French and Russian have no colon): short, no lead phrase, after a
// numbered paragraph, and the next line is a numbered paragraph, not the
// sub-paragraphs or text a colon would introduce.
func (b *bodyBuilder) colonHeading(t token) bool {
	if t.kind != tokPara || t.number != "" || !endsWithColon(t.text) || runeLen(t.text) > 100 || isTableLine(t.text) {
		return false
	}
	if b.next.kind != tokPara || b.next.number == "" {
		return false
	}
	if ps := b.cur().paras; len(ps) == 0 || ps[len(ps)-1].number == "" {
		return false // "正式决定：" ("Formally decides:") before paragraph 1 opens the operative part
	}
	lead, _ := b.leadOf(t.raw, t.text)
	return lead == ""
}

// isTableLine reports whether a line is a table written out on one line,
// as resolute prints one (and the XML reader reads one): its cells
// separated by " | ", its rows by " / " ("行动 | 员额职称 | 职类/职等 | 数目 /
// 新员额 | …", a staffing table). A table is no heading, however short
// and unpunctuated: it is a paragraph of its own, as in the XML, and no
// page break runs it into the line before or after.
func isTableLine(s string) bool {
	return strings.Contains(s, " | ")
}

// weakLead reports whether lead, opening a short line without closing
// punctuation, is a single Chinese character that opens headings as often
// as paragraphs: "对" ("on", "for") in "对南共体特派团的支持" ("Support to
// SAMIDRC", the Chinese S/RES/2746 (2024)), which the XML has as a
// heading before paragraph 1.
func weakLead(lead, text string) bool {
	r := []rune(strings.TrimSpace(lead))
	return len(r) == 1 && unicode.Is(unicode.Han, r[0]) && runeLen(text) <= 30
}

// paragraphLike reports whether a line reads as the text of a paragraph
// rather than a table cell: it has a lead phrase, closing punctuation or
// some length.
func (b *bodyBuilder) paragraphLike(raw string) bool {
	t := stripItalics(raw)
	if lead, _ := b.leadOf(raw, t); lead != "" {
		return true
	}
	return endsTerminal(t) || runeLen(t) > 60
}

// paraLike reports whether a token is a paragraph that a continuation line
// may extend.
func (b *bodyBuilder) paraLike(t token) bool {
	if t.kind == tokItem || (t.kind == tokPara && t.number != "") {
		return true
	}
	if t.kind != tokPara {
		return false
	}
	return !b.headingLike(t)
}

// continues reports whether next continues prev across a page break.
// prevEnd is the last piece of prev's text; joined says prev already has
// continuation lines (and so is a paragraph).
func (b *bodyBuilder) continues(prev token, prevEnd string, joined bool, next token) bool {
	if next.kind != tokPara || next.number != "" || !joined && !b.paraLike(prev) {
		return false
	}
	if lead, _ := b.leadOf(next.raw, next.text); lead != "" {
		return false
	}
	if isTableLine(prevEnd) || isTableLine(next.text) {
		return false // a table is printed whole on its line
	}
	if !endsTerminal(prevEnd) {
		return true
	}
	switch b.lang {
	case "ru", "ar", "zh":
		return false
	}
	return startsLower(next.text) && !endsSentence(prevEnd)
}

// cur returns the part being filled, creating the first one.
func (b *bodyBuilder) cur() *partBuild {
	if len(b.parts) == 0 {
		b.parts = append(b.parts, &partBuild{})
	}
	return b.parts[len(b.parts)-1]
}

// takePending returns the pending section label and heading, and clears them.
func (b *bodyBuilder) takePending() (label, heading string, section bool) {
	var heads []string
	for _, t := range b.pending {
		if t.kind == tokSection && label == "" {
			label, section = t.number, true
			if t.text != "" {
				heads = append(heads, t.text)
			}
			continue
		}
		heads = append(heads, t.text)
	}
	b.pending = nil
	return label, strings.Join(heads, " "), section
}

// add handles one token.
func (b *bodyBuilder) add(t token) {
	if t.kind == tokFootnote {
		b.footnotes = append(b.footnotes, Footnote{Marker: t.number, Text: t.text})
		b.noteMore = append(b.noteMore, nil)
		b.inNotes, b.closing = true, nil
		return
	}
	if b.inNotes && t.kind != tokAnnex && len(b.footnotes) > 0 {
		n := len(b.footnotes) - 1
		b.noteMore[n] = append(b.noteMore[n], t.text)
		return
	}
	b.inNotes = false
	if b.closing != nil && t.kind == tokPara && t.number == "" && (looksLikeDate(t.text) || isBracketed(t.text)) {
		*b.closing = append(*b.closing, t.text) // the date, "[Adopted without a vote.]"
		return
	}
	b.closing = nil
	if b.closed && !b.inAnnex && !b.ahead && t.kind != tokFormula && t.kind != tokAnnex && t.kind != tokClosing {
		b.inAnnex = true
		b.annexes = append(b.annexes, &annexBuild{})
		b.d.Diagnostics = append(b.d.Diagnostics, Diagnostic{Line: t.no, Message: "text after the closing lines read as an annex"})
	}
	switch t.kind {
	case tokClosing:
		if b.inAnnex {
			b.annexPara(t)
			return
		}
		p := b.cur()
		p.closing = append(p.closing, t.text)
		b.closing = &p.closing
		b.closed = true
		b.pending = nil
	case tokAnnex:
		if n := len(b.annexes); b.inAnnex && n > 0 && len(b.annexes[n-1].paras) > 0 && BareAnnexWord(b.annexes[0].label) {
			// "Annex I" inside an annex headed by the bare word: an annex
			// of the annexed text (A/RES/77/100), a heading in it, as the
			// XML reader reads it.
			a := b.annexes[n-1]
			a.heading = strings.TrimPrefix(a.heading+"\n"+t.text, "\n")
			return
		}
		b.inAnnex = true
		b.pending = nil
		b.annexes = append(b.annexes, &annexBuild{label: t.text, number: t.number})
	case tokFormula:
		if b.inAnnex {
			b.annexPara(t)
			return
		}
		b.closed = false
		label, heading, _ := b.takePending()
		p := b.cur()
		if len(p.paras) > 0 || p.formula != "" || len(p.closing) > 0 {
			p = &partBuild{}
			b.parts = append(b.parts, p)
		}
		if label == "" {
			label, heading = splitLabel(heading)
		}
		p.label, p.heading, p.formula = label, heading, t.text
		if b.d.Formula == "" {
			b.d.Formula = t.text
		}
		if b.d.Organ == "" {
			b.d.Organ = t.organ
		}
	case tokSection:
		if b.inAnnex {
			b.annexPara(t)
			return
		}
		b.pending = append(b.pending, t)
	case tokItem:
		if ItemKey(t.label) == "" { // a dash
			b.dash(t)
			return
		}
		if b.inAnnex {
			a := b.annexes[len(b.annexes)-1]
			if n := len(a.paras); n > 0 && (a.tableNotes || isTable(a.paras[n-1])) {
				// A note under a table, "(أ) انظر A/75/383." (the Arabic
				// A/RES/75/249, where the others print "a See …"): a
				// paragraph of its own, its marker in its text, as the XML
				// reader reads it; the notes after it too.
				t.kind, t.text = tokPara, t.label+" "+t.text
				t.label, t.level = "", 0
				b.annexPara(t)
				a.tableNotes = true
				return
			}
			if n := len(a.paras); n > 0 {
				addItem(a.paras[n-1], t)
				return
			}
			b.annexPara(t)
			return
		}
		if n := len(b.cur().paras); n > 0 {
			if isTable(b.cur().paras[n-1]) {
				// A note under a table, "(أ) تستفيد الدول الأعضاء …" (the
				// Arabic A/RES/79/250, where the others write "a" as a
				// superscript), is a paragraph of its own, label and all: a
				// table has no sub-paragraphs.
				t.kind, t.text = tokPara, t.label+" "+t.text
				t.label, t.level = "", 0
				b.paragraph(t)
				return
			}
			addItem(b.cur().paras[n-1], t)
			return
		}
		b.paragraph(t)
	default:
		if b.inAnnex {
			b.annexPara(t)
			return
		}
		if b.numberedUnderDash(t) {
			return
		}
		if b.numberedSubItem(&t) {
			addItem(b.cur().paras[len(b.cur().paras)-1], t)
			return
		}
		if b.seriesItem(&t) {
			addItem(b.cur().paras[len(b.cur().paras)-1], t)
			return
		}
		if b.headingLike(t) || b.colonHeading(t) {
			b.pending = append(b.pending, t)
			return
		}
		if t.number == "" && len(b.pending) == 0 {
			if ps := b.cur().paras; len(ps) > 0 && (isListTail(ps[len(ps)-1]) || b.preambleListTail(ps, t)) {
				ps[len(ps)-1].tail = t.text
				return
			}
		}
		b.paragraph(t)
	}
}

// isListTail reports whether a line without number or label after p is
// the end of the sentence p opened with its sub-paragraphs, as the XML
// reader decides (akn isListTail): p is numbered, has no tail yet, and its
// last sub-paragraph does not close the sentence. Only punctuation
// decides, so that the six languages decide alike (Russian paragraphs
// open in lower case, Arabic and Chinese have no case).
func isListTail(p *pbuild) bool {
	if p.number == "" {
		return false
	}
	return listOpen(p)
}

// preambleListTail reports whether t, a line without number or label, is
// the end of the sentence the preambular paragraph before it opened with
// its sub-paragraphs ("…: (a) …; (f) …, 并立足于…承诺和目标，", the
// Chinese and Russian A/RES/77/177): no paragraph of the part is numbered
// yet, the last one's list is open, and t has no lead phrase of its own and
// ends as a preambular paragraph does.
func (b *bodyBuilder) preambleListTail(ps []*pbuild, t token) bool {
	for _, p := range ps {
		if p.number != "" {
			return false
		}
	}
	if lead, _ := b.leadOf(t.raw, t.text); lead != "" || !endsWithComma(t.text) {
		return false
	}
	return listOpen(ps[len(ps)-1])
}

// listOpen reports whether p has sub-paragraphs and no tail yet, and its
// last sub-paragraph does not close the sentence.
func listOpen(p *pbuild) bool {
	if len(p.items) == 0 || p.tail != "" {
		return false
	}
	it := p.items[len(p.items)-1]
	for len(it.items) > 0 {
		it = it.items[len(it.items)-1]
	}
	t := strings.TrimRight(it.text, SuperscriptDigits+"”’\")» \u200f")
	if m := conjunctionEndRE.FindStringIndex(t); m != nil {
		// "…; and", "…; и", "…; y": the conjunction before the words that
		// close the sentence (the Russian S/RES/2662 (2022) paragraph 21,
		// "… 2244 (2015)); и" then "подтверждает, что …"), as the XML
		// reader reads it (akn isListTail).
		t = strings.TrimRight(t[:m[0]+1], " ")
	}
	end, _ := utf8.DecodeLastRuneInString(t)
	return t != "" && strings.ContainsRune(",;:،؛，；：", end)
}

// conjunctionEndRE matches a clause's closing comma or semicolon and one
// short word after it at the end of a text: "; and", "; y", ", et".
var conjunctionEndRE = regexp.MustCompile(`[,;،؛][ \x{a0}]+\p{L}{1,3}$`)

// paragraph adds a paragraph to the current part, opening a new part first
// when a pending section label starts one.
func (b *bodyBuilder) paragraph(t token) {
	label, heading, section := b.takePending()
	p := b.cur()
	if section && b.split && !isLetterLabel(label) {
		if len(p.paras) > 0 || len(p.closing) > 0 {
			p = &partBuild{}
			b.parts = append(b.parts, p)
		}
		p.label, p.heading = label, heading
		heading = ""
	} else if section {
		heading = strings.TrimSpace(sectionHeading(b.lang, label, heading))
		if strings.HasSuffix(heading, ".") || strings.HasSuffix(heading, " -") {
			heading = label
		}
	}
	p.paras = append(p.paras, b.newPara(t, heading))
}

func (b *bodyBuilder) newPara(t token, heading string) *pbuild {
	lead, hint := b.leadOf(t.raw, t.text)
	if lead == "" {
		lead = participleLead(b.lang, t.text)
	}
	return &pbuild{number: t.number, heading: heading, lead: lead, hint: hint, text: t.text, no: t.no}
}

// sectionHeading joins a section's label and title as the language prints
// them: "I. Establishment", "一. 宗旨", "أولا - الإنشاء".
func sectionHeading(lang, label, title string) string {
	if lang == "ar" {
		return label + " - " + title
	}
	return label + ". " + title
}

// maxAnnexTitle bounds, in characters, the first line of an annex read as
// its title: titles run past 300 characters (the annex of A/RES/77/5,
// "Organizational arrangements for the plenary meetings on 8 and 9
// December 2022 devoted to …", has 309 in English, 326 in Spanish and 360
// in French).
const maxAnnexTitle = 600

// annexPara adds a line of an annex: its title, a paragraph or a heading.
func (b *bodyBuilder) annexPara(t token) {
	a := b.annexes[len(b.annexes)-1]
	a.tableNotes = false
	text := t.text
	if t.kind == tokSection {
		text = strings.TrimSpace(sectionHeading(b.lang, t.number, t.text))
	}
	if t.kind == tokItem {
		text = t.label + " " + t.text
	}
	if a.title == "" && len(a.paras) == 0 && a.heading == "" && t.kind == tokPara && t.number == "" && !endsTerminal(text) && runeLen(text) <= maxAnnexTitle {
		a.title = text
		return
	}
	// A line between two rows of a table is a row of one cell ("(United
	// States dollars)", "Total assessment for 2021" in A/RES/75/249), as
	// the XML has it, not a heading; so are two such lines in a row
	// ("Expenditure sections", "Professional and higher" in the staffing
	// table of A/RES/80/242).
	prevRow := len(a.paras) > 0 && (isTableLine(a.paras[len(a.paras)-1].text) || a.paras[len(a.paras)-1].row)
	nextRow := isTableLine(b.next.text) || b.next.kind == tokPara && b.next.number == "" && !endsTerminal(b.next.text) && runeLen(b.next.text) <= 120
	inTable := prevRow && nextRow
	if !inTable && b.annexHeading(t, text) {
		a.heading = strings.TrimPrefix(a.heading+"\n"+text, "\n")
		return
	}
	p := b.newPara(t, a.heading)
	p.row = inTable
	a.heading = ""
	p.text = text
	a.paras = append(a.paras, p)
}

// isTable reports whether p is a table written out on one line, an
// unnumbered paragraph without sub-paragraphs (isTableLine): the line
// after it labelled "(أ)" is a note under the table, not its item.
func isTable(p *pbuild) bool {
	return p.number == "" && len(p.items) == 0 && isTableLine(p.text)
}

// bareAnnexWords are the annex words that, standing alone, head an annex
// without a numeral.
var bareAnnexWords = []string{"annex", "annexe", "anexo", "приложение", "مرفق", "المرفق", "附件"}

// BareAnnexWord reports whether an annex's label is the word alone, in any
// of the six languages: "Annex", "Annexe", "附件". Both readers use it: an
// "Annex I" under such an annex is an annex of the annexed text.
func BareAnnexWord(label string) bool {
	low := strings.ToLower(strings.Trim(label, " \t.:*"))
	for _, w := range bareAnnexWords {
		if low == w {
			return true
		}
	}
	return false
}

// annexHeading reports whether a line of an annex is a heading over the
// paragraphs that follow: a section label with its title, or a line
// without closing punctuation or lead phrase, as long as headingLike
// allows, that is not a table row. Headings run that long: the subtitle
// "Equity and integration: transforming lives and livelihoods through
// leadership and action on noncommunicable diseases …" under the title of
// the political declaration annexed to A/RES/80/117, "Priority area 4:
// Enhancing adaptive capacity, strengthening resilience and reducing
// vulnerability to climate change and disasters" in A/RES/79/233.
func (b *bodyBuilder) annexHeading(t token, text string) bool {
	if t.kind == tokSection {
		return true
	}
	if strings.Contains(text, "  ") || strings.Contains(text, "\t") {
		return false
	}
	if b.headingLike(t) {
		return true
	}
	// A short line over a numbered paragraph is its heading though it
	// opens with a lead ("Reaffirming international resolve" before
	// paragraph 2 of the declaration annexed to A/RES/75/284).
	return t.kind == tokPara && t.number == "" && !endsTerminal(text) && !isTableLine(text) && runeLen(text) <= 80 &&
		b.next.kind == tokPara && b.next.number != ""
}

// isLetterLabel reports whether a section label is a subsection's letter
// (a subsection "A." rather than a section "I"): a Latin capital, or the
// name of an Arabic letter.
func isLetterLabel(s string) bool {
	switch s {
	case "ألف", "باء", "جيم", "دال": // the Arabic A, B, C, D ("ألف - جدول المرتبات …")
		return true
	}
	return len(s) == 1 && s[0] >= 'A' && s[0] <= 'Z' && !isRoman(strings.ToLower(s))
}

// isBracketed reports whether a short line is wholly in square brackets.
func isBracketed(s string) bool {
	return strings.HasPrefix(s, "[") && strings.HasSuffix(s, "]") && runeLen(s) <= 120
}

// splitLabel cuts a part heading such as "A Information in the service of
// humanity" into its label and title.
func splitLabel(h string) (string, string) {
	f := strings.Fields(h)
	if len(f) == 0 {
		return "", ""
	}
	l := strings.TrimSuffix(f[0], ".")
	if len(l) <= 2 && strings.ToUpper(l) == l && l >= "A" && l <= "ZZ" || isRoman(strings.ToLower(l)) && strings.ToUpper(l) == l {
		return l, strings.Join(f[1:], " ")
	}
	return "", h
}

// addItem attaches a sub-paragraph to its paragraph, nesting (i) under (a)
// and (1) under an (i) that introduces a list of its own.
func addItem(p *pbuild, t token) {
	it := &ibuild{label: t.label, level: t.level, text: t.text}
	if under := dashListParent(p, it.label); under != nil {
		it.level = under.level + 1
		under.items = append(under.items, it)
		return
	}
	if under := digitListParent(p, it.label); under != nil {
		it.level = under.level + 1
		under.items = append(under.items, it)
		return
	}
	if under := invertedListParent(p, it); under != nil {
		it.level = under.level + 1
		under.items = append(under.items, it)
		return
	}
	var last *ibuild
	if n := len(p.items); n > 0 {
		last = p.items[n-1]
	}
	if it.level == 2 && last != nil && last.level == 1 {
		key := ItemKey(it.label)
		prev := ItemKey(last.label)
		if key != "" && key == nextLetterKey(prev) && len(last.items) == 0 {
			it.level = 1 // (i) after (h), (ii) after (hh), is a letter
		}
	}
	if it.level == 2 && last != nil && last.level == 1 {
		last.items = append(last.items, it)
		return
	}
	p.items = append(p.items, it)
}

// seriesLabelRE matches a letter or Roman numeral left at the start of a
// line without brackets or stop ("b 加快实施…").
var seriesLabelRE = regexp.MustCompile(`^([a-z]|[ivx]{1,5})\s+`)

// seriesItem reports whether t, a line without number or label, is the
// next sub-paragraph of the paragraph before it whose label lost its
// stop: "b 加快实施国家稳定战略…" after "a. 确保制定计划…" (the Chinese
// S/RES/2657 (2022) paragraph 7), as the XML reader reads it (akn
// seriesLabelFromText), or a Chinese numeral with a full stop ("一.
// 非洲联盟主席…"). Only the label that follows the last one in its
// series is taken, so that a word is not read as a label, or "一." after a
// numbered paragraph ending with a colon. It makes t that item.
func (b *bodyBuilder) seriesItem(t *token) bool {
	if t.kind != tokPara || t.number != "" || len(b.pending) > 0 {
		return false
	}
	ps := b.cur().paras
	if len(ps) == 0 {
		return false
	}
	p := ps[len(ps)-1]
	label, level := "", 0
	m := seriesLabelRE.FindStringSubmatch(t.text)
	if m == nil {
		m = chineseDotLabelRE.FindStringSubmatch(t.text)
		if m != nil {
			label = "(" + m[1] + ")"
			level = itemLevel(label)
		}
	} else {
		label = m[1]
	}
	if m == nil || len(m[0]) >= len(t.text) {
		return false
	}
	key := ItemKey(label)
	if len(p.items) == 0 {
		// Only a Chinese numeral opens a list, and only the first one
		// after a numbered paragraph that ends with a colon.
		if level == 0 || key != "i" || p.number == "" || !endsWithColon(p.text) {
			return false
		}
	} else {
		last := p.items[len(p.items)-1]
		if !followsInSeries(ItemKey(last.label), key) {
			return false
		}
		if level == 0 {
			level = last.level
		}
	}
	t.kind, t.label, t.level, t.text = tokItem, label, level, strings.TrimSpace(t.text[len(m[0]):])
	return true
}

// chineseDotLabelRE matches a Chinese numeral and a full stop opening a
// line, "一. 非洲联盟主席…", as the Chinese S/RES/2719 (2023) labels the
// points of paragraph 3 that the others label "i.", "ii." ….
var chineseDotLabelRE = regexp.MustCompile(`^([一二三四五六七八九十]{1,3})[.．]\s*`)

// followsInSeries reports whether label key b comes right after a in its
// series: "b" after "a", "ii" after "hh", "iv" after "iii".
func followsInSeries(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	if b == nextLetterKey(a) {
		return true
	}
	for n := 1; n < 39; n++ {
		if roman(n) == a {
			return roman(n+1) == b
		}
	}
	return false
}

// nextLetterKey returns the letter label that follows key in a list of
// sub-paragraphs: "i" after "h", "aa" after "z", "ii" after "hh" (the
// General Assembly's long lists run (y), (z), (aa), (bb) …); "" when key
// is not such a label.
func nextLetterKey(key string) string {
	if key == "" {
		return ""
	}
	for i := 1; i < len(key); i++ {
		if key[i] != key[0] {
			return ""
		}
	}
	c := key[0]
	switch {
	case c < 'a' || c > 'z':
		return ""
	case c == 'z':
		return strings.Repeat("a", len(key)+1)
	}
	return strings.Repeat(string(c+1), len(key))
}

// sectionsSplit decides whether section labels start parts of their own:
// they do when a section has its own preamble or restarts the numbering.
func sectionsSplit(toks []token, b *bodyBuilder) bool {
	last := 0
	for i, t := range toks {
		switch t.kind {
		case tokAnnex:
			return false
		case tokFormula:
			last = 0
		case tokPara:
			if t.number != "" {
				last, _ = strconv.Atoi(t.number)
			}
		case tokSection:
			if isLetterLabel(t.number) {
				continue
			}
			for k, u := range toks[i+1:] {
				if u.kind != tokPara {
					if u.kind == tokItem {
						continue
					}
					break
				}
				if u.number != "" {
					if n, _ := strconv.Atoi(u.number); n <= last {
						return true
					}
					break
				}
				if !b.headingLike(u) && endsWithComma(u.text) {
					return true
				}
				if k > 0 && last > 0 && !b.headingLike(u) {
					// After numbered paragraphs, a section whose paragraph
					// under its title is unnumbered and opens with a lead:
					// "I / Conditions of service … / *Approves*, with effect
					// from 1 January 2026, …;" after paragraph 15
					// (A/RES/80/236 A), as the single paragraph of a
					// section is. The title itself, however long, is none.
					if lead, _ := b.leadOf(u.raw, u.text); lead != "" {
						return true
					}
				}
			}
		}
	}
	return false
}

// digitListParent returns the second-level item a sub-paragraph labelled
// with a digit goes under, or nil: "1." or "(1)" after "iii. supporting
// Somalia to ensure that plans are in place and implemented to:" (S/RES/2705
// (2023) paragraph 3, "㈢ …以便：" then "(1)" in the Chinese, "’3‘ …:" then
// "1 -" in the Arabic), a list that a point ending with a colon opens and
// that restarts its numbering, one level below it; then "2.", "3." … while
// they follow in series. A digit list under a lettered item ((a), then
// (1), (2)) is left to addItem.
func digitListParent(p *pbuild, label string) *ibuild {
	if !isDigitLabel(label) || p.tail != "" || len(p.items) == 0 {
		return nil
	}
	key := ItemKey(label)
	first := p.items[len(p.items)-1]
	if len(first.items) == 0 {
		return nil
	}
	second := first.items[len(first.items)-1]
	if ItemKey(second.label) == "" || isDigitLabel(second.label) {
		return nil
	}
	if n := len(second.items); n > 0 {
		if last := second.items[n-1]; isDigitLabel(last.label) && followsInSeries(ItemKey(last.label), key) {
			return second
		}
		return nil
	}
	if key == "i" && endsWithColon(second.text) {
		return second
	}
	return nil
}

// numberedSubItem reports whether t, a numbered line, is a point of the
// last paragraph's own numbered list (numberedListOf) or of a list under
// its second-level item (digitListParent) rather than a paragraph: "1.
// protect civilians …" after "iii. … implemented to:" under paragraph 3
// (S/RES/2705 (2023)), where the next paragraph is 4. It makes t that
// item, labelled "1." ("1 -" in Arabic).
func (b *bodyBuilder) numberedSubItem(t *token) bool {
	if t.kind != tokPara || t.number == "" || len(b.pending) > 0 {
		return false
	}
	ps := b.cur().paras
	if len(ps) == 0 || ps[len(ps)-1].number == "" {
		return false
	}
	p := ps[len(ps)-1]
	if !breaksSequence(p.number, t.number) {
		return false
	}
	label := t.number + "." // the number's stop or dash is not kept
	if b.lang == "ar" {
		label = t.number + " -"
	}
	if p.tail == "" && numberedListOf(p, label) {
		t.kind, t.label, t.level, t.number = tokItem, label, 2, ""
		return true
	}
	if digitListParent(p, label) == nil {
		return false
	}
	t.kind, t.label, t.level, t.number = tokItem, label, 3, ""
	return true
}

// numberedListOf reports whether a line numbered label is a point of p's
// own numbered list: "1." after a paragraph ending with a colon that has
// no points yet ("11. Approves the following provisional agenda for the
// Fifteenth Congress …:" then "1. Opening of the Congress.", "2.
// Organizational matters." …, A/RES/78/223), or the number after its last
// point.
func numberedListOf(p *pbuild, label string) bool {
	key := ItemKey(label)
	if len(p.items) == 0 {
		return key == "i" && endsWithColon(p.text)
	}
	last := p.items[len(p.items)-1]
	return isDigitLabel(last.label) && last.level == 2 && followsInSeries(ItemKey(last.label), key)
}

// isDigitLabel reports whether an item label is a number, "1.", "(1)",
// "1)", "1 -", and not the Arabic second level "’1‘", which stands for
// (i).
func isDigitLabel(label string) bool {
	return strings.ContainsAny(label, "0123456789٠١٢٣٤٥٦٧٨٩") && !strings.ContainsAny(label, "’‘'")
}

// invertedListParent returns the item a sub-paragraph goes under in a list
// that opens with a roman numeral and holds letters under its numerals, or
// nil: "36. Decides that the mandate … shall include the following tasks:
// (i) Protection of civilians …: (a) Prevent …; … (h) Maintain …; (ii)
// Disarmament, demobilisation, reintegration (DDR) and stabilisation (i)
// Provide good offices …" (S/RES/2765 (2024); "’1‘", "(أ)" in the
// Arabic), the letters running on from one numeral to the next. A letter
// goes under the last numeral; so does a label that reads as a numeral
// but is the letter after the last one ("(i)" after "(h)"); the next
// numeral in its series ("(ii)" after "(i)") is the list's own.
func invertedListParent(p *pbuild, it *ibuild) *ibuild {
	if len(p.items) == 0 || p.tail != "" {
		return nil
	}
	top := p.items[0]
	if top.level != 2 || ItemKey(top.label) != "i" || isDigitLabel(top.label) {
		return nil
	}
	key := ItemKey(it.label)
	if key == "" {
		return nil
	}
	last := p.items[len(p.items)-1]
	if !lettersUnderNumerals(p) {
		// Only "(a)" right under the first numeral starts the letters:
		// "(i)" … "(vi)" then "(b)" is a list whose "(a)" is missing (the
		// English A/RES/80/116 preambular paragraph 13), its letters
		// beside the numerals.
		if it.level != 1 || key != "a" || len(p.items) != 1 {
			return nil
		}
		return last
	}
	if it.level == 1 {
		return last
	}
	if it.level != 2 || followsInSeries(ItemKey(last.label), key) {
		return nil
	}
	for i := len(p.items) - 1; i >= 0; i-- {
		if n := len(p.items[i].items); n > 0 {
			if c := p.items[i].items[n-1]; c.level == 2+1 && key == nextLetterKey(ItemKey(c.label)) {
				return last
			}
			return nil
		}
	}
	return nil
}

// lettersUnderNumerals reports whether the first numeral of p's list
// holds letters, as invertedListParent places them.
func lettersUnderNumerals(p *pbuild) bool {
	its := p.items[0].items
	return len(its) > 0 && its[0].level == 2+1 && !isDigitLabel(its[0].label) && ItemKey(its[0].label) == "a"
}

// dashListParent returns the dash point a labelled sub-paragraph goes
// under, or nil: a list opening with "(a)" or "(i)" after a dash point
// that ends with a colon ("• To carry out … the following tasks …:" then
// "(i) Using good offices …", S/RES/2514 (2020) paragraph 8 (c); "•
// Article 10 The Commission shall make recommendations to the General
// Assembly on:" then "(a)" … "(d)", A/RES/77/256 A paragraph 1), as the
// XML nests them, and the labels that follow in its series.
func dashListParent(p *pbuild, label string) *ibuild {
	key := ItemKey(label)
	if key == "" || p.tail != "" || len(p.items) == 0 {
		return nil
	}
	var chain []*ibuild
	for its := p.items; len(its) > 0; its = its[len(its)-1].items {
		chain = append(chain, its[len(its)-1])
	}
	isDash := func(c *ibuild) bool { return c.label != "" && ItemKey(c.label) == "" }
	n := len(chain)
	if d := chain[n-1]; isDash(d) {
		if key != "a" && key != "i" {
			return nil
		}
		if endsWithColon(d.text) {
			return d
		}
		// The French S/RES/2514 ends the same point with " ;": so may the
		// point, unless the label is the letter after the dash's own
		// ("(i)" after "(h)" and its dash).
		if endsWithSemicolon(d.text) && (n < 2 || key != nextLetterKey(ItemKey(chain[n-2].label))) {
			return d
		}
		return nil
	}
	if n >= 2 && isDash(chain[n-2]) && followsInSeries(ItemKey(chain[n-1].label), key) {
		return chain[n-2]
	}
	return nil
}

// numberedUnderDash places a numbered line that breaks the paragraphs'
// sequence right after a dash point ending with a colon under that point,
// and reports whether it did: "14. Decides to approve the following
// amendment to the statute …:", "• Article 9, new paragraph 4:", then "4.
// In hearing an application …", the amended text's own number
// (A/RES/78/248), as the XML has it.
func (b *bodyBuilder) numberedUnderDash(t token) bool {
	if t.kind != tokPara || t.number == "" || len(b.pending) > 0 {
		return false
	}
	ps := b.cur().paras
	if len(ps) == 0 || ps[len(ps)-1].number == "" || ps[len(ps)-1].tail != "" {
		return false
	}
	p := ps[len(ps)-1]
	if len(p.items) == 0 || !breaksSequence(p.number, t.number) {
		return false
	}
	d := p.items[len(p.items)-1]
	for len(d.items) > 0 {
		d = d.items[len(d.items)-1]
	}
	if d.label == "" || ItemKey(d.label) != "" || !endsWithColon(d.text) {
		return false
	}
	label := t.number + "."
	if b.lang == "ar" {
		label = t.number + " -"
	}
	d.items = append(d.items, &ibuild{label: label, level: d.level + 1, text: t.text})
	return true
}

// breaksSequence reports whether number is not the one after prev, both
// numbered paragraphs' numbers.
func breaksSequence(prev, number string) bool {
	n, err := strconv.Atoi(prev)
	m, err2 := strconv.Atoi(number)
	return err == nil && err2 == nil && m != n+1
}
