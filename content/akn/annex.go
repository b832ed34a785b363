package akn

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"resolute/content"
)

// rawAnnex is an attachment before ids are given.
type rawAnnex struct {
	label, title string
	paras        []*rawPara
	pending      string
	// afterTable is set while the block read last was a table.
	afterTable bool
}

// readAnnexes reads an attachment: its heading ("Annex", "Annex II"),
// title and paragraphs. An attachment may hold several annexes, each
// under its heading (the one attachment of A/RES/75/212 holds its
// annexes I to III): a heading of an annex standing alone after the
// paragraphs began opens the next, unless the attachment's own heading
// is the bare word, "Annex": then "Annex I" and "Annex II" inside it are
// the annexes of the text it annexes (A/RES/77/100), and stay in it.
func (b *builder) readAnnexes(doc *node) []*rawAnnex {
	a := &rawAnnex{}
	out := []*rawAnnex{a}
	body := doc.child("mainBody")
	if body == nil {
		body = doc
	}
	if pf := doc.child("preface"); pf != nil {
		b.annexHeading(a, pf.plain())
	}
	for _, k := range body.kids {
		if k.name != "" && len(a.paras) > 0 && !content.BareAnnexWord(out[0].label) {
			if h := bodyAnnexHeading(readBlock(k)); h != "" {
				a.flushPending()
				a = &rawAnnex{}
				b.annexHeading(a, h)
				out = append(out, a)
				continue
			}
		}
		b.annexFlow(a, &node{kids: []*node{k}})
	}
	a.flushPending()
	return out
}

// flushPending keeps a heading left at the end of an annex as a paragraph
// of its own.
func (a *rawAnnex) flushPending() {
	if a.pending != "" {
		rp := &rawPara{rawItem: rawItem{text: &unit{}}}
		rp.head = a.pending
		a.paras = append(a.paras, rp)
		a.pending = ""
	}
}

// bodyAnnexHeading reports whether a block of <mainBody> is the heading of
// an annex the file puts in the body rather than among its attachments
// ("المرفق الأول" in the Arabic A/RES/75/326).
func bodyAnnexHeading(rp *rawPara) string {
	if rp.label != "" || len(rp.items) > 0 {
		return ""
	}
	h := joinLines(rp.heading, rp.text.text())
	if strings.Contains(h, "\n") || !isAnnexTitle(h) {
		return ""
	}
	return h
}

// takeBodyAnnexes returns the annexes found in the body read last, closed.
func (b *builder) takeBodyAnnexes() []*rawAnnex {
	out := b.bodyAnnexes
	for _, a := range out {
		a.flushPending()
	}
	b.bodyAnnexes = nil
	return out
}

// annexHeading takes a heading line at the top of an annex as its label or
// title; it reports false when both are already set or paragraphs began.
func (b *builder) annexHeading(a *rawAnnex, s string) bool {
	if s == "" {
		return true
	}
	if len(a.paras) > 0 || a.pending != "" {
		return false
	}
	if a.label == "" && a.title == "" && isAnnexWord(s) {
		a.label = s
		return true
	}
	if a.title == "" {
		a.title = s
		return true
	}
	return false
}

// annexFlow reads the paragraphs of an annex body.
func (b *builder) annexFlow(a *rawAnnex, body *node) {
	for _, k := range body.kids {
		switch k.name {
		case "", "meta", "num":
			continue
		}
		afterTable := a.afterTable
		a.afterTable = false
		switch k.name {
		case "heading", "subheading":
			if !b.annexHeading(a, k.plain()) {
				a.pending = addHeading(a.pending, k.plain())
			}
			continue
		case "section", "part", "chapter", "division", "title", "hcontainer", "subsection", "mainBody":
			h := joinLines(trimLabel(plainChild(k, "num")), joinLines(plainChild(k, "heading"), plainChild(k, "subheading")))
			if h != "" && !b.annexHeading(a, h) {
				a.pending = addHeading(a.pending, h)
			}
			b.annexFlow(a, k)
			continue
		}
		if k.name == "container" && k.child("table") != nil {
			for _, row := range tableRows(k.child("table")) {
				rp := &rawPara{rawItem: rawItem{text: &unit{}}}
				for j, c := range row {
					if j > 0 {
						rp.text.writeText(" | ")
					}
					inline(rp.text, c)
				}
				b.annexPara(a, rp)
			}
			a.afterTable = true
			continue
		}
		rp := readBlock(k)
		kind, num := classify(trimLabel(rp.label))
		if kind == itemLabel && afterTable {
			// A note under a table, "(أ) انظر A/75/383." in the Arabic
			// A/RES/75/249 where the others print "a See A/75/383.": a
			// paragraph of its own, its marker in its text, since a
			// table row has no sub-paragraphs.
			rp.text = labelledText(rp.label, rp.text)
			rp.label, kind = "", noLabel
			a.afterTable = true // the notes after it too
		}
		if afterTable && rp.label == "" {
			if m := leadingItemRe().FindStringSubmatch(rp.text.text()); m != nil && itemKey(m[1]) != "" {
				a.afterTable = true // a note with its marker in its text; the notes after it too
			}
		}
		if rp.label == "" && !afterTable {
			if l := labelFromText(rp.text, 0); l != "" {
				rp.label = l
				kind, num = classify(l)
			}
		}
		switch {
		case kind == numberLabel:
			n := num
			rp.number = &n
		case kind == sectionLabel && len(rp.items) == 0:
			a.pending = addHeading(a.pending, sectionHeading(rp))
			continue
		case kind == itemLabel && rp.text.empty() && len(rp.items) == 0 && rp.heading != "":
			// A subsection's letter with its title as the heading,
			// "<num>A.</num><subheading>A.	Plenary meetings</subheading>":
			// a heading, not an empty item of the paragraph before.
			a.pending = addHeading(a.pending, sectionHeading(rp))
			continue
		case kind == itemLabel && len(a.paras) > 0:
			attachItem(&a.paras[len(a.paras)-1].rawItem, &rawItem{label: trimLabel(rp.label), text: rp.text, items: rp.items, tail: rp.tail})
			continue
		case rp.text.empty() && len(rp.items) == 0 || kind == noLabel && headingLike(rp):
			h := joinLines(rp.heading, rp.text.text())
			if !b.annexHeading(a, h) {
				a.pending = addHeading(a.pending, h)
			}
			continue
		}
		b.annexPara(a, rp)
	}
}

// labelledText returns text with label before it, "(أ) انظر …".
func labelledText(label string, text *unit) *unit {
	u := &unit{}
	u.writeText(trimLabel(label))
	if text != nil {
		u.join(text)
	}
	return u
}

// annexPara appends a paragraph to an annex, giving it the pending
// heading; the text of a number alone joins the number.
func (b *builder) annexPara(a *rawAnnex, rp *rawPara) {
	if n := len(a.paras); n > 0 && rp.label == "" && a.pending == "" && numberAlone(a.paras[n-1], rp) {
		takeText(a.paras[n-1], rp)
		return
	}
	rp.head = joinLines(a.pending, rp.heading)
	a.pending = ""
	rp.lead = rp.text.lead()
	a.paras = append(a.paras, rp)
}

// annexWords are the words that open an annex heading in the six languages.
var annexWords = []string{"annex", "annexe", "anexo", "приложение", "مرفق", "المرفق", "附件"}

// annexTitledRe matches an annex heading with its number and title on one
// line: "ANNEX 1 - President Donald J. Trump’s Comprehensive Plan …"
// (S/RES/2803 (2025)).
var annexTitledRe = onceRegexp(`^\p{L}+\s+(?:[0-9]{1,2}|[ivxlc]{1,6})\s*[-–—:]\s*\S`)

// annexToResolutionRe matches an annex heading that names the resolution it
// is annexed to, after the annex's numeral if it has one, and nothing
// after the resolution's number: "Annex to resolution 1526 (2004)",
// "Annex I to resolution 1617 (2005)", "Annexe I à la résolution …",
// "Anexo de la resolución …", "Приложение I к резолюции …", "مرفق القرار
// …", "المرفق الأول للقرار …", "第1617(2005)号决议附件一".
var annexToResolutionRe = onceRegexp(`^(?:(?:` +
	`annex(?:\s+\S{1,6})?\s+(?:to|of)\s+(?:the\s+(?:present\s+)?|this\s+)?resolution` +
	`|annexe(?:\s+\S{1,6})?\s+(?:à|de)\s+la\s+(?:présente\s+)?résolution` +
	`|anexo(?:\s+\S{1,6})?\s+(?:a|de)\s+la\s+(?:presente\s+)?resolución` +
	`|приложение(?:\s+\S{1,6})?\s+к\s+(?:настоящей\s+)?резолюции` +
	`|(?:ال)?مرفق(?:\s+\S{1,10})?\s+(?:لل|بال|ال)?قرار(?:\s+(?:ال)?(?:هذا|الحالي))?` +
	`)(?:\s*[0-9][0-9/]*(?:\s*\([0-9]{4}\))?)?` +
	`|第?\s*[0-9][0-9/]*\s*(?:\([0-9]{4}\))?\s*号决议附件\S{0,3}|本决议附件\S{0,3})\s*$`)

// isAnnexWord reports whether s is an annex heading such as "Annex II".
// So is the word, a number and a title ("Annex 1 - Comprehensive Plan"),
// and the word with the resolution it is annexed to ("Annex I to
// resolution 1617 (2005)"). A short heading ending with the word is one
// too ("Designation Annex", "指认附件" in S/RES/2794 (2025)), and so is the
// word with a colon and a title ("Приложение: внесение в санкционный
// перечень").
func isAnnexWord(s string) bool {
	low := strings.ToLower(strings.TrimSpace(s))
	if annexToResolutionRe().MatchString(low) {
		return true
	}
	for _, w := range annexWords {
		switch {
		case strings.HasPrefix(low, w) && len(low) < len(w)+20:
			return true
		case strings.HasPrefix(low, w+":") && utf8.RuneCountInString(low) <= 60:
			return true
		case strings.HasPrefix(low, w) && annexTitledRe().MatchString(low) && utf8.RuneCountInString(low) <= 200:
			return true
		case strings.HasSuffix(low, w) && len(strings.Fields(low)) <= 3 && utf8.RuneCountInString(low) <= 30:
			return true
		}
	}
	return false
}

// annexTitleRe matches the word of an annex heading, a word or two (a
// letter, an article), a dash or colon and a title: "Annex A: UNAMID
// benchmarks …" (S/RES/2228 (2015)), "Annex: UNAMID benchmarks …",
// "Annex Article 11: Composition of the Chambers" (S/RES/1855 (2008), the
// annex's heading and the article's on one line).
var annexTitleRe = onceRegexp(`^\p{L}+(?:\s+[\p{L}\p{N}.]{1,10}){0,2}\s*[-–—:]\s*\S`)

// isAnnexTitle reports whether s, a heading line standing alone in the
// body after the operative paragraphs, opens an annex: an annex heading
// (isAnnexWord), or the word of one, whole, with a title after a dash or
// colon. The line is then the annex's title, under the word "Annex", as
// the same heading is in an attachment.
func isAnnexTitle(s string) bool {
	if isAnnexWord(s) {
		return true
	}
	low := strings.ToLower(strings.TrimSpace(s))
	if utf8.RuneCountInString(low) > 200 || !annexTitleRe().MatchString(low) {
		return false
	}
	for _, w := range annexWords {
		if strings.HasPrefix(low, w) && wordEnds(low[len(w):]) {
			return true
		}
	}
	return false
}

// wordEnds reports whether rest, what follows a word, starts with no
// letter: the word is whole.
func wordEnds(rest string) bool {
	r, _ := utf8.DecodeRuneInString(rest)
	return rest == "" || !unicode.IsLetter(r)
}
