package content

import (
	"regexp"
	"resolute/content/cite"
	"strings"
	"sync"

	"resolute/content/layout"
)

// The compiled patterns and tables, built once and never changed: safe for
// concurrent use.
var (
	sharedLinePatterns     = sync.OnceValue(newLinePatterns)
	sharedMastheadPatterns = sync.OnceValue(newMastheadPatterns)
	sharedOrganNames       = sync.OnceValue(organNames)
	sharedLeadMatchers     = sync.OnceValue(func() map[string]*leadMatcher {
		m := map[string]*leadMatcher{}
		for lang := range leadTables() {
			m[lang] = newLeadMatcher(lang)
		}
		return m
	})
	zhDateRe = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(zhDatePattern) })
)

// Options tune Parse.
type Options struct {
	// Language forces the language (ar, en, es, fr, ru, zh) instead of
	// detecting it from the text.
	Language string
}

// Parse reads the plain text of a resolution, in any of the six official
// languages, laid out as the UN prints it: masthead, number and title,
// enacting formula, one paragraph per line between blank lines, plenary
// line, annexes, footnotes at the end. Hard-wrapped text (PDF extraction,
// OCR) is first brought to that layout.
//
// It never fails. A text with no enacting formula, symbol or resolution
// number whose lines seldom open with lead phrases (a mail, a README) is
// given as plain paragraphs, each an unnumbered operative paragraph, with a
// Diagnostic saying so; a fragment of a resolution is parsed as one. A
// decision ("Decision 79/510") gets the symbol "decision 79/510". Work is
// linear in the size of the text.
func Parse(text string, opt Options) *Document {
	text = normalizeText(text)
	orig := text
	lines, blank := splitLines(text)
	d := &Document{Language: strings.ToLower(strings.TrimSpace(opt.Language)), Footnotes: []Footnote{}, Citations: []Citation{}, Diagnostics: []Diagnostic{}, Parts: []Part{}}
	if hardWrapped(lines, blank) || layout.HardWrapped(text) {
		if onePerLine(lines) {
			// Each line is a block, as if blank lines separated them.
			for i := range blank {
				blank[i] = true
			}
		} else {
			text = canonicalLayout(text, d.Language)
			lines, blank = splitLines(text)
		}
	}
	if d.Language == "" {
		d.Language = detectLanguage(text)
	}
	lp := sharedLinePatterns()
	names := sharedOrganNames()
	if hardWrapped(lines, blank) {
		lines = joinBlocks(lines, blank, lp, names)
	}
	lines = plainFootnotes(lines, lp)
	mp := sharedMastheadPatterns()
	head, body, formula := splitMasthead(d, lines, mp, names)
	rest := parseMasthead(d, head, mp, names)
	if !formula && d.Symbol == "" && d.Number == "" && !resolutionLike(d.Language, body, lp) {
		plainDocument(d, orig)
		d.IndexCitations()
		if d.Citations == nil {
			d.Citations = []Citation{}
		}
		return d
	}
	b := &bodyBuilder{d: d, lang: d.Language, leads: sharedLeadMatchers()[d.Language]}
	toks := tokenize(b, lp, names, append(rest, body...))
	b.split = sectionsSplit(toks, b)
	ahead := make([]bool, len(toks))
	for i, seen := len(toks)-1, false; i >= 0; i-- {
		ahead[i] = seen
		switch toks[i].kind {
		case tokFormula:
			seen = true
		case tokAnnex:
			seen = false
		}
	}
	for i, t := range toks {
		b.ahead = ahead[i]
		b.next = token{}
		if i+1 < len(toks) {
			b.next = toks[i+1]
		}
		b.add(t)
	}
	finish(d, b)
	if d.Organ == "" {
		d.Organ = cite.OrganOf(d.Symbol)
	}
	deriveSymbol(d)
	d.IndexCitations()
	if d.Citations == nil {
		d.Citations = []Citation{}
	}
	return d
}

// splitMasthead cuts the lines into those before the enacting formula and
// the body, and reports whether there is a formula. Without a formula, the masthead ends with the title and the
// adoption lines that follow it.
func splitMasthead(d *Document, lines []line, mp *mastheadPatterns, names map[string]string) (head, body []line, formula bool) {
	titled := &Document{}
	for i, ln := range lines {
		if _, ok := formulaOrgan(stripItalics(ln.text), names); ok {
			return lines[:i], lines[i:], true
		}
		// A formula without its comma or article ("*Генеральная
		// Ассамблея*", "大会") is told from the masthead's organ line by its
		// italics or by coming after the title.
		if _, italic, ok := bareFormulaOrgan(ln.text, names); ok && (italic || titled.Number != "") {
			return lines[:i], lines[i:], true
		}
		if titled.Number == "" && i < 40 {
			setTitle(titled, strings.TrimSpace(strings.ReplaceAll(ln.text, "*", "")), mp)
		}
	}
	d.Diagnostics = append(d.Diagnostics, Diagnostic{Message: "no enacting formula (\"The General Assembly,\") found"})
	scratch := &Document{}
	for i, ln := range lines {
		if i >= 40 {
			break
		}
		t := strings.TrimSpace(strings.ReplaceAll(ln.text, "*", ""))
		if setTitle(scratch, t, mp) && runeLen(t) <= 300 {
			end := i + 1
			if strings.HasPrefix(scratch.Symbol, "decision ") && scratch.Title == "" && end < len(lines) && !endsSentence(lines[end].text) && runeLen(lines[end].text) <= 300 {
				end++ // the decision's title, on the line after its number
			}
			for end < len(lines) && end <= i+2 && (mp.adoption.MatchString(lines[end].text) || mp.scOf.MatchString(lines[end].text)) {
				end++
			}
			return lines[:end], lines[end:], false
		}
	}
	return nil, lines, false
}

// tokenize classifies the body lines, joins a number alone on its line to
// the paragraph after it, and joins the parts of a paragraph split by a
// page break.
func tokenize(b *bodyBuilder, lp *linePatterns, names map[string]string, lines []line) []token {
	toks := make([]token, 0, len(lines))
	rawMore := make([][]string, 0, len(lines)) // continuation pieces of each token
	textMore := make([][]string, 0, len(lines))
	tail := make([]string, 0, len(lines)) // last piece of each token's text
	for i := 0; i < len(lines); i++ {
		ln := lines[i]
		if !hasLetterOrDigit(ln.text) && !lp.footnote.MatchString(ln.text) {
			continue
		}
		// numberAlone and numberLoose start with a digit (TestClassifyPrechecks).
		digit := isDigitByte(firstByte(ln.text))
		if digit && lp.numberAlone.MatchString(ln.text) && i+1 < len(lines) && !lp.number.MatchString(lines[i+1].text) && b.paragraphLike(lines[i+1].text) {
			num := strings.TrimRight(ln.text, ".-– ")
			i++
			ln = line{text: num + ". " + lines[i].text, no: ln.no}
		}
		t := lp.classify(ln, names)
		if m := numberLoose(lp, ln.text, digit); m != nil && t.kind == tokPara && t.number == "" {
			if lead, _ := b.leadOf(m[2], stripItalics(m[2])); lead != "" {
				t.number, t.raw, t.text = m[1], m[2], stripItalics(m[2])
			}
		}
		if num, item, ok := splitOpeningItem(lp, names, t); ok {
			toks = append(toks, num)
			rawMore, textMore, tail = append(rawMore, nil), append(textMore, nil), append(tail, "")
			t = item
		}
		if n := len(toks); n > 0 && b.continues(toks[n-1], tail[n-1], len(rawMore[n-1]) > 0, t) {
			rawMore[n-1] = append(rawMore[n-1], t.raw)
			textMore[n-1] = append(textMore[n-1], t.text)
			tail[n-1] = t.text
			continue
		}
		toks = append(toks, t)
		rawMore, textMore, tail = append(rawMore, nil), append(textMore, nil), append(tail, t.text)
	}
	for i := range toks {
		if len(rawMore[i]) > 0 {
			toks[i].raw += " " + strings.Join(rawMore[i], " ")
			toks[i].text += " " + strings.Join(textMore[i], " ")
		}
	}
	return toks
}

// numberLoose is the submatches of the loose number pattern in s, whose
// first byte is a digit when digit is true, or nil.
func numberLoose(lp *linePatterns, s string, digit bool) []string {
	if !digit {
		return nil
	}
	return lp.numberLoose.FindStringSubmatch(s)
}

// splitOpeningItem cuts a numbered paragraph whose text opens with the
// first label of a list into the number, without text, and that
// sub-paragraph: "11." then "(a) Expresses concern …" (S/RES/2592 (2021),
// whose paragraph 11 has no words before its points, as resolute prints
// it, the number on its own line), or "11. (a) Expresses concern …" on one
// line. Only "(a)" and "(i)" open a list so.
func splitOpeningItem(lp *linePatterns, names map[string]string, t token) (num, item token, ok bool) {
	if t.kind != tokPara || t.number == "" || !mayOpenItem(t.text) {
		return t, t, false
	}
	it := lp.classify(line{text: t.raw, no: t.no}, names)
	if it.kind != tokItem {
		return t, t, false
	}
	if k := ItemKey(it.label); k != "a" && k != "i" {
		return t, t, false
	}
	num = t
	num.raw, num.text = "", ""
	return num, it, true
}
