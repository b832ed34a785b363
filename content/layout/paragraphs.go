package layout

import (
	"sort"
	"strings"
	"unicode"
)

// para is one output paragraph being built.
type para struct {
	text    joiner
	label   bool // only a number or item label so far: "1.", "(a)"
	heading bool // a section label or annex heading
	title   bool // a heading's title, which may wrap but never runs into text
	formula bool // the enacting formula, a line of its own
	closing bool // the plenary-meeting line, which only its date may follow
	labeled bool // opens with a heading's name and number, "Action 1."
	table   bool // a table row, kept as its own line
}

// builder joins body lines into paragraphs.
type builder struct {
	paras []para
	// last is the last operative number seen, to tell "12. " opening a
	// paragraph from a wrapped line that happens to start with a number.
	last int
	// lead reports whether a line opens with a lead phrase; nil for the
	// English fallback.
	lead func(string) bool
}

// gap says what lay between the previous text line and this one.
type gap struct {
	blank      bool // a blank line, not counting those after a page break
	page       bool // a page break
	blankFirst bool // a blank line before the page break
}

// paragraphs joins the body lines ("" blank, pageBreak between pages) into
// paragraphs.
func paragraphs(lines []string, lead func(string) bool) []para {
	b := &builder{lead: lead}
	cells := cellRuns(lines)
	var g gap
	for i, l := range lines {
		switch l {
		case "":
			if !g.page {
				g.blank = true
			}
			continue
		case pageBreak:
			g.blankFirst = g.blank
			g.page = true
			continue
		}
		b.add(l, g, cells[i])
		g = gap{}
	}
	return b.paras
}

// Limits of a run of table cells, which PDF extraction may put one per line.
const (
	minCellRun  = 6
	maxCellLen  = 40
	maxCellMean = 25
)

// cellRuns marks the lines that belong to runs of at least minCellRun short
// lines in a row, most opening with a capital or digit and few ending in
// punctuation: table cells extracted one per line, which must not be joined
// into one paragraph.
func cellRuns(lines []string) []bool {
	cells := make([]bool, len(lines))
	width := lineWidth(lines)
	start, total, caps, prose, lower := 0, 0, 0, 0, 0
	flush := func(end int) {
		// Table cells mostly start with a capital or a digit; prose that
		// justification spread one word a line does not, and a quarter of
		// its words or more are lower-case ("of", "the"), which cells
		// hardly ever open with.
		if n := end - start; n >= minCellRun && total <= n*maxCellMean && caps*2 >= n && prose*3 <= n && lower*4 < n && !oneLineRunOn(lines, start, total+n-1, width) {
			for i := start; i < end; i++ {
				cells[i] = true
			}
		}
	}
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" || l == pageBreak || len(t) > maxCellLen {
			flush(i)
			start, total, caps, prose, lower = i+1, 0, 0, 0, 0
			continue
		}
		total += len(t)
		if r := firstRune(t); unicode.IsUpper(r) || unicode.IsDigit(r) {
			caps++
		} else if unicode.IsLower(r) {
			lower++
		}
		if strings.ContainsRune(".,;:", lastRune(t)) || t[0] >= '0' && t[0] <= '9' && numberLeadRe().MatchString(t) {
			prose++
		}
	}
	flush(len(lines))
	return cells
}

// lineWidth is the width, in bytes, of a full line of the text: the 90th
// percentile of its non-blank lines' lengths.
func lineWidth(lines []string) int {
	var ws []int
	for _, l := range lines {
		if t := strings.TrimSpace(l); t != "" && l != pageBreak {
			ws = append(ws, len(t))
		}
	}
	if len(ws) == 0 {
		return 0
	}
	sort.Ints(ws)
	return ws[len(ws)*9/10]
}

// oneLineRunOn reports whether the run of short lines from start, joined
// length long, is one justified line spread a word a line: no longer than
// a full line, and after a line that runs on into it (no blank line, no
// punctuation that ends a sentence). A table's cells fill more than a line
// or follow a heading.
func oneLineRunOn(lines []string, start, length, width int) bool {
	if start == 0 || length*10 > width*11 {
		return false
	}
	prev := strings.TrimSpace(lines[start-1])
	return prev != "" && lines[start-1] != pageBreak && !strings.ContainsRune(stopPunct, lastRune(prev))
}

// maxShort and maxFormula bound, in bytes, the lines that numberAloneRe,
// sectionRe and annexRe, and formulaRe, can match.
const (
	maxShort   = 64
	maxFormula = 512
)

// mayOpenFormula reports whether t starts as every enacting formula does
// (TestShortPatterns checks formulaRe): with a capital or a non-ASCII
// letter, not with the lower-case word that continues a wrapped line.
func mayOpenFormula(t string) bool {
	return t != "" && (t[0] >= 'A' && t[0] <= 'Z' || t[0] >= 0x80)
}

// formulaStarts are the openings of the enacting formulas formulaRe
// matches, one of which every match starts with (TestFormulaStarts).
var formulaStarts = [...]string{"The ", "La Asamblea", "El Consejo", "L'Assemblée", "L’Assemblée", "Le Conseil", "إن ",
	"Генеральная Ассамблея", "Совет Безопасности", "大会", "安全理事会"}

// startsFormula reports whether t opens as an enacting formula does.
func startsFormula(t string) bool {
	for _, s := range formulaStarts {
		if strings.HasPrefix(t, s) {
			return true
		}
	}
	return false
}

// mayOpenSectionTitle reports whether t starts as sectionTitleRe needs: a
// capital, or up to seven roman digits, then a full stop (TestShortPatterns
// checks the pattern).
func mayOpenSectionTitle(t string) bool {
	if len(t) < 2 || t[0] < 'A' || t[0] > 'Z' {
		return false
	}
	if t[1] == '.' {
		return true
	}
	k := 0
	for k < len(t) && k < 8 && strings.IndexByte("IVXL", t[k]) >= 0 {
		k++
	}
	return k <= 7 && k < len(t) && t[k] == '.'
}

// mayOpenLabelHeading reports whether t can match labelHeadingRe: its
// first space, after a word of three letters at least, is followed by a
// digit ("Action 1."). Most lines fail here, before the pattern is run.
func mayOpenLabelHeading(t string) bool {
	i := strings.IndexByte(t, ' ')
	return i >= 3 && i+1 < len(t) && t[i+1] >= '0' && t[i+1] <= '9'
}

// add places one text line.
func (b *builder) add(raw string, g gap, cell bool) {
	t := closeSpacedHyphen(collapse(raw))
	p := para{table: cell || isTableRow(raw)}
	if p.table {
		t = strings.TrimSpace(raw)
	}
	// The length and first-byte tests only skip patterns that cannot match
	// (bounded patterns ending in $, checked by TestShortPatterns; one
	// starting with a capital), so long lines are not scanned again and
	// again.
	c := byte(0) // the first byte: the patterns below start with a few only (TestShortPatterns)
	if t != "" {
		c = t[0]
	}
	digit, capital, other := c >= '0' && c <= '9', c >= 'A' && c <= 'Z', c >= 0x80
	p.label = len(t) <= maxShort && digit && numberAloneRe().MatchString(t) || len(t) <= 8 && c == '(' && itemRe().MatchString(t)
	p.heading = len(t) <= maxShort && (capital && sectionRe().MatchString(t) || (c == 'A' || other) && annexRe().MatchString(t))
	p.title = mayOpenSectionTitle(t) && sectionTitleRe().MatchString(t) && !strings.ContainsRune(".;:,", lastRune(t))
	p.formula = len(t) <= maxFormula && mayOpenFormula(t) && startsFormula(t) && formulaRe().MatchString(t)
	p.closing = len(t) <= 160 && (digit || other) && closingLineRe().MatchString(t)
	p.labeled = capital && mayOpenLabelHeading(t) && labelHeadingRe().MatchString(t)
	if len(b.paras) == 0 || b.startsNew(&b.paras[len(b.paras)-1], p, t, g) {
		if n := len(b.paras); n > 0 && b.paras[n-1].heading && !p.heading && !p.label {
			p.title = !numberLeadRe().MatchString(t)
		}
		b.note(t)
		p.text.add(t)
		b.paras = append(b.paras, p)
		return
	}
	prev := &b.paras[len(b.paras)-1]
	prev.text.add(t)
	prev.label = false
}

// note records the operative number a new paragraph opens with.
func (b *builder) note(t string) {
	if t == "" || t[0] < '0' || t[0] > '9' {
		return // the number patterns start with a digit (TestShortPatterns)
	}
	if m := numberAloneRe().FindStringSubmatch(t); m != nil {
		b.last = atoi(m[1])
	} else if m := numberLeadRe().FindStringSubmatch(t); m != nil {
		b.last = atoi(m[1])
	} else if m := numberLooseRe().FindStringSubmatch(t); m != nil && atoi(m[1]) == b.last+1 && b.last > 0 && b.lead != nil && b.lead(m[2]) {
		b.last++
	}
}

// startsNew decides whether line p opens a new paragraph after prev.
func (b *builder) startsNew(prev *para, p para, t string, g gap) bool {
	if prev.label {
		return false
	}
	if p.table || prev.table || prev.heading || prev.formula || p.formula {
		return true
	}
	if p.closing && isFullStop(lastRune(trimMarkers(prev.text.tail()))) {
		// The plenary-meeting line follows the last paragraph's full stop.
		return true
	}
	if prev.closing {
		return g.blank || g.page || !dateLine(t)
	}
	tail := prev.text.tail()
	end := lastRune(trimMarkers(tail))
	if p.labeled && isFullStop(end) {
		// "Action 1. We will …" after a sentence's end heads what
		// follows; a wrapped line does not open with a name, a number and
		// a full stop.
		return true
	}
	if (end == ':' || end == '：') && opensBlockQuote(t) {
		// "… on the following question:" and the quoted question below it,
		// which goes on past this line as an inline quotation does not.
		return true
	}
	punct := strings.ContainsRune(stopPunct, end)
	opens := b.opens(p, t, tail, end)
	switch {
	case prev.title:
		return opens || g.blank || g.page
	case opens && numberAloneRe().MatchString(t):
		return true
	case opens && dashItem(t):
		// A dash item ends the one before it even after "and" and a
		// blank line, which otherwise say a sentence goes on.
		return true
	case g.page && opens:
		return true
	case g.page && !strings.ContainsRune(clausePunct, end):
		// Extractions often leave a blank line before each page header,
		// so a sentence cut by the page break goes on.
		return false
	case g.page:
		// Blank lines around page furniture say nothing: a paragraph
		// ends at a page break only when the next line opens one.
		if isFullStop(end) && (unicode.IsUpper(firstRune(t)) || unicode.IsDigit(firstRune(t))) {
			return true
		}
		return b.leadAfter(end, t)
	case g.blank || g.blankFirst:
		// A blank line inside a sentence (the sample's page break, or a
		// page break an extraction left unmarked) does not end a paragraph.
		if strings.ContainsRune(clausePunct+"!?)）", end) {
			return true
		}
		return !unicode.IsLower(firstRune(t)) && !endsWithFunctionWord(tail)
	}
	if b.last == 0 && isClauseEnd(end) && unicode.IsUpper(firstRune(t)) && b.leadLike(t) {
		// Preambular paragraphs run together without their blank line.
		// Only a capitalised lead says so: a lower-case one (Russian) or
		// one in a script without case may well go on a sentence.
		return true
	}
	// The first operative paragraph follows the last preambular one, which
	// ends in a comma.
	return opens && (punct || p.heading || p.title || itemRe().MatchString(t) || isClauseEnd(end) && numberLeadRe().MatchString(t))
}

// opens reports whether line p looks like the start of a paragraph: an
// operative number in sequence, a sub-paragraph label or dash after
// punctuation (or after "and", "or"), or a heading.
func (b *builder) opens(p para, t, prevText string, end rune) bool {
	// The number patterns start with a digit and itemRe with "(" (checked
	// by TestShortPatterns): other lines skip them.
	if t != "" && t[0] >= '0' && t[0] <= '9' {
		if m := numberAloneRe().FindStringSubmatch(t); m != nil {
			n := atoi(m[1])
			return n == 1 || (n > b.last && n <= b.last+5)
		}
		if m := numberLeadRe().FindStringSubmatch(t); m != nil {
			n := atoi(m[1])
			return n == b.last+1 || n == 1
		}
		if m := numberLooseRe().FindStringSubmatch(t); m != nil && b.last > 0 && atoi(m[1]) == b.last+1 && b.lead != nil && b.lead(m[2]) {
			return true
		}
	}
	if strings.HasPrefix(t, "(") && itemRe().MatchString(t) || dashItem(t) {
		return strings.ContainsRune(clausePunct, end) || strings.HasSuffix(prevText, " and") || strings.HasSuffix(prevText, " or")
	}
	return (p.heading || p.title) && strings.ContainsRune(stopPunct, end)
}

// opensBlockQuote reports whether t opens a quotation that it does not
// close: the first line of a quoted block.
func opensBlockQuote(t string) bool {
	for _, q := range []string{"“", "«", "\""} {
		if rest, ok := strings.CutPrefix(t, q); ok {
			closing := map[string]string{"“": "”", "«": "»", "\"": "\""}[q]
			return !strings.Contains(rest, closing)
		}
	}
	return false
}

// dateLine reports whether t is a short line opening with a number and
// holding a year, the date of a plenary-meeting line wrapped onto its own
// line: "2 April 2031", "2020年12月7日".
func dateLine(t string) bool {
	if len(t) > 60 || t[0] < '0' || t[0] > '9' {
		return false
	}
	digits := 0
	for _, r := range t {
		if r >= '0' && r <= '9' {
			digits++
		}
	}
	return digits >= 4
}

// Punctuation that ends a paragraph or clause, in the six languages.
const (
	// stopPunct ends a sentence, clause or introduction: ".", ";", ":".
	stopPunct = ".;:。；：؛"
	// clausePunct adds the commas that end a preambular paragraph.
	clausePunct = stopPunct + ",，،"
)

// leadAfter reports whether, across a page break, text starting a new
// preambular paragraph follows: prev ended a clause and t opens with a lead
// word such as "Recalling" or "Deeply".
func (b *builder) leadAfter(end rune, t string) bool {
	if !isClauseEnd(end) && !isFullStop(end) {
		return false
	}
	return b.leadLike(t)
}

// leadLike reports whether t opens with a lead phrase: by the language's
// table when there is one, else by the English fallback.
func (b *builder) leadLike(t string) bool {
	if b.lead != nil && b.lead(t) {
		return true
	}
	return leadLike(t)
}

// isClauseEnd reports whether r ends a preambular paragraph or a clause in
// one of the six languages: a comma or semicolon, Latin, Arabic or
// full-width.
func isClauseEnd(r rune) bool {
	return strings.ContainsRune(",;،؛，；", r)
}

// isFullStop reports whether r ends a sentence: ".", "。".
func isFullStop(r rune) bool {
	return r == '.' || r == '。'
}

// leadLike reports whether t opens with a preambular lead phrase:
// "Recalling its", "Deeply concerned", "Mindful that" — a capitalised
// participle or adjective followed by a lower-case word.
func leadLike(t string) bool {
	w := firstWord(t)
	if w == "" || !unicode.IsUpper(firstRune(w)) {
		return false
	}
	rest := strings.TrimPrefix(t[len(w):], " ")
	if rest == t[len(w):] || !unicode.IsLower(firstRune(rest)) {
		return false
	}
	switch firstWord(rest) {
	case "and", "or", "of", "for":
		return false // "Unreported and Unregulated Fishing"
	}
	if len(w) >= 6 && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")) {
		return true
	}
	switch w {
	case "Mindful", "Aware", "Cognizant", "Deeply", "Gravely", "Desirous", "Further", "Also", "Strongly", "Acknowledging", "Noting":
		return true
	}
	return false
}

// endsWithFunctionWord reports whether s ends with a word that cannot end a
// paragraph or heading: "by its", "the", "of".
func endsWithFunctionWord(s string) bool {
	k := strings.LastIndexByte(s, ' ')
	switch s[k+1:] {
	case "a", "an", "the", "its", "their", "of", "to", "in", "on", "at", "by", "for", "with", "from",
		"and", "or", "that", "which", "as", "into", "between", "under", "such", "this", "these", "those",
		"is", "are", "be", "been", "has", "have", "was", "were", "would", "should", "shall", "will", "may":
		return true
	}
	return false
}

// dashItem reports whether t opens with a dash and a space, as the
// sub-paragraphs of older Security Council texts do: "— Calls for …",
// "- Demands …".
func dashItem(t string) bool {
	for _, d := range [...]string{"- ", "– ", "— "} {
		if strings.HasPrefix(t, d) && len(t) > len(d) {
			return true
		}
	}
	return false
}
