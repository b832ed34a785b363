package akn

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"resolute/content"
)

// rawPart is a part (a whole resolution, or a section with its own
// preamble) before ids are given.
type rawPart struct {
	label, heading, formula string
	pre, ops                []*rawPara
	closing                 []string
	pending                 string // heading waiting for the next paragraph
	itemHead                *unit  // subheading waiting for the next item
	lastNumber              int
}

// readPreamble reads a <preamble> into part: the enacting formula and one
// preambular paragraph per container.
func (b *builder) readPreamble(part *rawPart, pre *node) {
	if pre == nil {
		return
	}
	for _, k := range pre.kids {
		switch k.name {
		case "":
		case "formula":
			part.formula = k.plain()
		case "container", "p", "blockContainer", "crossHeading", "paragraph", "blockList":
			rp := readBlock(k)
			if rp.text.empty() && len(rp.items) == 0 {
				continue
			}
			if listOfPrevious(part.pre, rp) {
				// "… a major contribution to:" closes its container and the
				// list (a)–(e) follows as a <blockList> of its own (A/RES/75/55
				// in all six languages): the items are the paragraph's.
				prev := part.pre[len(part.pre)-1]
				prev.items, prev.tail = rp.items, rp.tail
				continue
			}
			if part.formula == "" && len(part.pre) == 0 && len(rp.items) == 0 && looksLikeFormula(rp.text.text()) {
				part.formula = rp.text.text()
				continue
			}
			if len(part.pre) > 0 && (b.preambleHeading(rp) || (k.name == "p" || k.name == "container" && k.attr("name") == "") && emphasisedHeading(rp)) {
				// "Transport and transit corridors", "* * *" between
				// preambular paragraphs (A/RES/78/148): a heading over
				// the paragraph after it, as the text reader reads it.
				part.pending = addHeading(part.pending, rp.text.text())
				continue
			}
			for _, q := range b.splitPreambular(rp) {
				if q == rp {
					q.lead = cleanLine(k.attr("name"))
				}
				if q != rp || q.lead == "" || q.lead == "table" {
					q.lead = q.text.lead()
				}
				q.head, part.pending = joinLines(part.pending, q.head), ""
				part.pre = append(part.pre, q)
			}
		}
	}
}

// splitPreambular returns rp cut into the preambular paragraphs it holds.
// The Arabic A/RES/78/43 puts two paragraphs in one <p>: "…،\t<span
// class="bold italic">وإذ تشير أيضا</span> …". A paragraph without items
// is cut before an emphasised run that opens with a preambular lead phrase
// and follows a clause's closing comma.
func (b *builder) splitPreambular(rp *rawPara) []*rawPara {
	out := []*rawPara{rp}
	if len(rp.items) > 0 || rp.tail != nil {
		return out
	}
	cur := rp
	for {
		k := innerLead(b.doc.Language, cur.text)
		if k < 0 {
			return out
		}
		next := &rawPara{class: rp.class}
		next.text = cur.text.split(k)
		out = append(out, next)
		cur = next
	}
}

// innerLead returns the offset of an emphasised preambular lead phrase
// inside u (not at its start) that follows a clause's closing comma and a
// tab, or -1. Without the tab it is a second clause of one paragraph ("…
// الحرب، <span>وإذ يسلم</span> …", as English "…, and recognizing …").
func innerLead(lang string, u *unit) int {
	s := u.text()
	for _, e := range u.emph {
		if e.start <= 0 || e.start >= len(s) || e.end > len(s) || e.start >= e.end || !slices.Contains(u.tabs, e.start) {
			continue
		}
		before := strings.TrimRightFunc(s[:e.start], unicode.IsSpace)
		if before == "" || !strings.ContainsRune(",،;؛，；", lastRune(before)) {
			continue
		}
		lead := strings.TrimSpace(s[e.start:e.end])
		if len(strings.Fields(lead)) > 5 || !content.PreambularLead(lang, lead) {
			continue
		}
		return e.start
	}
	return -1
}

// innerNumber returns the offset inside u of the next paragraph's number,
// num, printed after a tab where a clause ends, or -1.
func innerNumber(u *unit, num int) int {
	s := u.text()
	for _, t := range u.tabs {
		if t <= 0 || t >= len(s) {
			continue
		}
		before := strings.TrimRightFunc(s[:t], func(r rune) bool { return unicode.IsSpace(r) || r == '\u200e' || r == '\u200f' })
		if before == "" || !strings.ContainsRune(";؛；.。", lastRune(before)) {
			continue
		}
		m := leadingNumberRe().FindStringSubmatch(s[t:])
		if m == nil || strings.TrimSpace(m[3]) == "" || content.ASCIIDigits(m[2]) != strconv.Itoa(num) {
			continue
		}
		return t
	}
	return -1
}

// emphasisedHeading reports whether a bare <p> of a preamble, or a
// container the markup gave no lead's name, is a heading: set in bold or
// italics from end to end, without items, and not closed as a clause is
// ("Degrading the threat posed by Al-Shabaab, and the Arms Embargo on
// Al-Shabaab" in S/RES/2713 (2023), and in S/RES/2776 (2025) and 2806
// (2025) inside <container name="">, whose first word would otherwise
// read as a preambular lead).
func emphasisedHeading(rp *rawPara) bool {
	t := strings.TrimSpace(rp.text.text())
	if t == "" || len(rp.items) > 0 || utf8.RuneCountInString(t) > 200 || strings.ContainsRune(",;:.،؛，；：。", lastRune(t)) {
		return false
	}
	return rp.text.lead() == t
}

// preambleHeading reports whether a block of a preamble is a heading over
// the paragraphs after it rather than a preambular paragraph: a line of
// asterisks, or a short text without items that neither opens with a
// preambular lead nor ends as a clause does.
func (b *builder) preambleHeading(rp *rawPara) bool {
	t := strings.TrimSpace(rp.text.text())
	if t == "" || len(rp.items) > 0 {
		return false
	}
	if strings.Trim(t, "* ") == "" {
		return true
	}
	// A heading is a few words; a preambular paragraph that only lacks
	// its comma (the Chinese S/RES/2806 (2025)) is longer.
	limit := 90
	if strings.IndexFunc(t, func(r rune) bool { return unicode.Is(unicode.Han, r) }) >= 0 {
		limit = 30
	}
	return utf8.RuneCountInString(t) <= limit && headingLike(rp) && !content.PreambularLead(b.doc.Language, t)
}

// listOfPrevious reports whether rp, a block without text of its own, is
// the list the preambular paragraph before it announces with a colon.
func listOfPrevious(pre []*rawPara, rp *rawPara) bool {
	if len(pre) == 0 || !rp.text.empty() || len(rp.items) == 0 {
		return false
	}
	prev := pre[len(pre)-1]
	return len(prev.items) == 0 && (prev.tail == nil || prev.tail.empty()) && endsWithColon(prev.text.text())
}

// readBody reads a <mainBody> (or a section of it) into parts, starting a
// new part for each section that has its own preamble.
func (b *builder) readBody(parts *[]*rawPart, body *node) {
	started := false // a block of the body was read
	for _, k := range body.kids {
		part := (*parts)[len(*parts)-1]
		k = unwrapCrossHeading(k)
		if k.name != "" && k.name != "num" && k.name != "heading" && k.name != "subheading" {
			started = true
		}
		if n := len(b.bodyAnnexes); n > 0 && k.name != "" {
			if h := bodyAnnexHeading(readBlock(k)); h != "" {
				b.openBodyAnnex(h)
			} else {
				b.annexFlow(b.bodyAnnexes[n-1], &node{kids: []*node{k}})
			}
			continue
		}
		switch k.name {
		case "":
			continue
		case "section", "part", "chapter", "division", "title", "hcontainer", "subsection":
			label, heading := sectionTitle(k)
			if label == "" {
				if l, h, rest := numeralParagraph(k); l != "" || h != "" {
					label, heading, k = l, joinLines(h, heading), rest
				}
			}
			if !b.numberedOn && (hasPreambleHeading(k) || label == "" && capitalLetterHead(heading) && len(part.pre)+len(part.ops) > 0) {
				// A section with its own preamble is a part; so is a
				// subsection under its letter without one ("C /
				// Education grant …" in A/RES/76/240, whose Chinese
				// marks its only paragraph up as a preamble).
				*parts = append(*parts, &rawPart{label: strings.TrimRight(label, ". "), heading: heading, lastNumber: part.lastNumber})
			} else {
				part.pending = addHeading(part.pending, joinLines(label, heading))
			}
			b.readBody(parts, k)
			closeSection((*parts)[len(*parts)-1])
		case "num", "heading", "subheading":
			// A section's own are read with it; those standing in the
			// body itself ("<subheading>II</subheading>" and the section's
			// title in the English A/RES/76/246) or after a section's
			// content (section XIV's inside XIII's in the Spanish) head
			// what follows.
			if body.name == "mainBody" || started && k.name != "num" {
				part.pending = addHeading(part.pending, k.plain())
			}
		case "crossHeading":
			rp := readBlock(k)
			if k.attr("refersTo") == "#preamble" {
				if label, _, _ := lastSectionHead(part.pending); numbered(part.ops) || label != "" && (len(part.ops) > 0 || sectionOpened(part)) {
					// A section's own preamble after numbered paragraphs,
					// in a body without section elements (A/RES/76/246):
					// a new part, under the numeral and title before it;
					// so does one under the next section's numeral after
					// unnumbered ones (section XXI of the Chinese
					// A/RES/76/246, "注意到…；" after XX's "核可…；").
					closeSection(part)
					part = nextPart(part, part.lastNumber)
					*parts = append(*parts, part)
				}
				rp.lead = rp.text.lead()
				part.pre = append(part.pre, rp)
			} else {
				part.pending = addHeading(part.pending, rp.text.text())
			}
		default:
			if k.name != "paragraph" && k.child("paragraph") != nil {
				// A grouping element (level, article, …) read as a section.
				if label, heading := sectionTitle(k); label != "" || heading != "" {
					part.pending = addHeading(part.pending, joinLines(label, heading))
				}
				b.readBody(parts, k)
				continue
			}
			rp := readBlock(k)
			if len(part.ops) > 0 {
				if h := bodyAnnexHeading(rp); h != "" {
					b.openBodyAnnex(h)
					continue
				}
			}
			if restartsSection(part, rp) {
				// "IV / Addressing the deterioration …" then 1., 2. in a
				// body without section elements (A/RES/76/246): the
				// section is a part of its own, numbered from 1 again.
				closeSection(part)
				part = nextPart(part, 0)
				*parts = append(*parts, part)
			}
			h := cutHeadingItem(&rp.rawItem)
			b.bodyParagraph(part, rp)
			if h != "" {
				part.pending = addHeading(part.pending, h)
			}
		}
	}
}

// cutHeadingItem removes from the end of it's list, at any depth, a point
// that is the heading of the section after it, and returns the heading:
// labelled with a capital letter, without items, short and not closed as
// a clause is, after points that are not lettered so. The French and Chinese S/RES/2776 (2025) nest "E.
// Réduire la menace que représentent les engins explosifs improvisés" as a
// point of 17 (b), where the English has the <num>E.</num> and
// <subheading> of a paragraph of its own.
func cutHeadingItem(it *rawItem) string {
	n := len(it.items)
	if n == 0 {
		return ""
	}
	last := it.items[n-1]
	if h := cutHeadingItem(last); h != "" {
		return h
	}
	if !capitalLetterLabel(last.label) || len(last.items) > 0 || last.tail != nil && !last.tail.empty() {
		return ""
	}
	if n > 1 && capitalLetterLabel(it.items[n-2].label) {
		return ""
	}
	t := strings.TrimSpace(last.text.text())
	if t == "" || utf8.RuneCountInString(t) > 150 || strings.ContainsRune(",;:.،؛，；：。", lastRune(t)) {
		return ""
	}
	it.items = it.items[:n-1]
	return trimLabel(last.label) + " " + strings.TrimSpace(last.text.text())
}

// unwrapCrossHeading returns the crossHeading a <paragraph> holds as its
// only element, a subsection's preamble the markup put in a paragraph of
// its own (the Arabic A/RES/77/256 B: "<paragraph><crossHeading
// refersTo="#preamble">إذ تشير …"), to be read as the body's own; other
// elements are returned as they are.
func unwrapCrossHeading(k *node) *node {
	if k.name != "paragraph" {
		return k
	}
	var only *node
	for _, c := range k.kids {
		if c.name == "" {
			continue
		}
		if only != nil {
			return k
		}
		only = c
	}
	if only != nil && only.name == "crossHeading" {
		return only
	}
	return k
}

// headItem gives an item of the last paragraph the heading lines pending
// before it: a heading set between the items of a paragraph heads the item
// after it, as the document prints it ("Gel des avoirs" as a paragraph of
// its own before a) of paragraph 1 of the French S/RES/2610 (2021), where
// the English has "Asset Freeze" as the <subheading> of (a); "المادة 10"
// before the article it heads in the Arabic A/RES/77/256 A, the English's
// <subheading> of that article, own). It does not wait for the next
// numbered paragraph, which it does not head.
func (part *rawPart) headItem(it *rawItem, own string) {
	h := joinLines(part.pending, own)
	part.pending = ""
	it.text = headed(strings.ReplaceAll(h, "\n", " "), it.text)
}

// closeSection makes operative the last paragraph of a section part that
// has no operative paragraph when it ends as operative ones do: the
// Chinese A/RES/76/240 marks section C's only paragraph, "决定…；"
// (Decides), up as the section's preamble. A section decides something.
func closeSection(part *rawPart) {
	n := len(part.pre)
	if n == 0 || len(part.ops) > 0 {
		return
	}
	if p := part.pre[n-1]; endsOperative(p) && p.number == nil {
		p.lead = p.text.lead()
		part.pre = part.pre[:n-1]
		part.ops = append(part.ops, p)
	}
}

// openBodyAnnex starts an annex found inside <mainBody>: what follows is
// read into it.
func (b *builder) openBodyAnnex(heading string) {
	a := &rawAnnex{}
	b.annexHeading(a, heading)
	b.bodyAnnexes = append(b.bodyAnnexes, a)
}

// capitalLetterLabel reports whether a label is a subsection's letter: a
// capital Latin or Cyrillic letter with an optional full stop ("A.", "Б"),
// or the name of an Arabic one ("ألف", "باء").
func capitalLetterLabel(label string) bool {
	l := strings.TrimRight(trimLabel(label), ".- ")
	if r := []rune(l); len(r) == 1 {
		return r[0] >= 'A' && r[0] <= 'Z' || r[0] >= 'А' && r[0] <= 'Я'
	}
	switch l {
	case "ألف", "باء", "جيم", "دال", "هاء", "واو":
		return true
	}
	return false
}

// capitalLetterHead reports whether heading lines open with a
// subsection's capital letter, with its title on the line ("A. Base/floor
// salary scale") or on the next (the Chinese A/RES/76/240: "B", then
// "比值的演变…").
func capitalLetterHead(head string) bool {
	first, _, _ := strings.Cut(head, "\n")
	if capitalLetterLabel(first) {
		return true
	}
	l, _, ok := strings.Cut(first, " ")
	return ok && capitalLetterLabel(l)
}

// partHead reads the heading lines pending before a part's preamble: a
// section's numeral and title (the last numeral among them), or a
// subsection's letter and title, which head the part whole. It returns
// the lines left to the part before.
func partHead(pending string) (label, heading, before string) {
	label, heading, before = lastSectionHead(pending)
	if label == "" && capitalLetterHead(pending) {
		return "", pending, ""
	}
	return label, heading, before
}

// nextPart returns the part that follows prev, headed by the heading lines
// prev leaves pending (partHead), its numbering going on from lastNumber.
func nextPart(prev *rawPart, lastNumber int) *rawPart {
	next := &rawPart{lastNumber: lastNumber}
	next.label, next.heading, prev.pending = partHead(prev.pending)
	return next
}

// restartsSection reports whether rp, numbered 1 under a section's numeral
// after operative paragraphs, opens a section of its own.
func restartsSection(part *rawPart, rp *rawPara) bool {
	if len(part.ops) == 0 && !sectionOpened(part) {
		return false
	}
	kind, num := classify(trimLabel(rp.label))
	if rp.label == "" {
		// The number left in the text ("\t1 -\t" in the Arabic A/RES/77/263).
		if m := leadingNumberRe().FindStringSubmatch(rp.text.text()); m != nil && strings.TrimSpace(m[3]) != "" {
			kind, num = numberLabel, content.ASCIIDigits(m[2])
		}
	}
	if kind != numberLabel && !(kind == noLabel && rp.label == "" && !headingLike(rp)) || kind == numberLabel && num != "1" {
		return false
	}
	label, _, _ := lastSectionHead(part.pending)
	return label != ""
}

// sectionOpened reports whether part is a section opened under its
// numeral whose paragraphs so far are all marked up as its preamble
// ("二十三", then "审议了…，" and "表示注意到…；" as crossHeadings in the
// Chinese A/RES/76/246): the next numeral closes it.
func sectionOpened(part *rawPart) bool {
	return part.label != "" && len(part.pre) > 0 && len(part.ops) == 0
}

// lastSectionHead finds in pending heading lines the last section numeral
// and returns it with the title after it, and the lines before it (a
// table's header left pending in the Spanish A/RES/76/246, section XIII).
func lastSectionHead(pending string) (label, heading, before string) {
	lines := strings.Split(pending, "\n")
	for i := len(lines) - 1; i >= 0; i-- {
		if l, h := splitSectionHead(strings.Join(lines[i:], "\n")); l != "" {
			return l, h, strings.Join(lines[:i], "\n")
		}
	}
	return "", "", pending
}

// sectionTitle returns a section's numeral and heading. Some files give
// the numeral as a first subheading instead of a <num>; a heading that
// repeats the numeral is dropped.
func sectionTitle(k *node) (label, heading string) {
	label = trimLabel(plainChild(k, "num"))
	letter := subsectionLetter(label)
	if letter {
		// "<num>A</num>" (the Spanish A/RES/76/240): a subsection's
		// letter, a heading line as the other versions' "<subheading>A"
		// is, in its place among them.
		label = ""
	}
	var heads []string
	for _, c := range k.kids {
		if c.name != "" && c.name != "num" && c.name != "heading" && c.name != "subheading" {
			break // the headings after the section's content head what follows them
		}
		if c.name == "heading" || c.name == "subheading" || c.name == "num" && letter {
			if h := c.plain(); h != "" {
				heads = append(heads, h)
			}
		}
	}
	if len(heads) > 0 && (label == "" && isSectionLabel(heads[0]) || strings.TrimRight(heads[0], ". ") == strings.TrimRight(label, ". ")) {
		label, heads = heads[0], heads[1:]
	}
	if label == "" && len(heads) > 0 {
		// "一 内部监督事务厅的活动": the numeral opens the heading.
		if first, rest, ok := strings.Cut(heads[0], " "); ok && isSectionLabel(first) {
			label, heads[0] = first, strings.TrimSpace(rest)
		}
	}
	return sectionNumeral(label), strings.Join(heads, "\n")
}

// subsectionLetter reports whether a section's label is a subsection's
// capital letter rather than a numeral: a Latin letter other than I, V
// and X, a Cyrillic one, or the name of an Arabic one.
func subsectionLetter(label string) bool {
	l := strings.TrimRight(strings.TrimSpace(label), ".- ")
	return capitalLetterLabel(l) && l != "I" && l != "V" && l != "X"
}

// numeralParagraph reads the numeral of a section that gives it, not in a
// <num> or heading, but as the text of its first paragraph ("أولا" in the
// Arabic A/RES/75/247, "I Demande de subvention …" in the French
// A/RES/75/253): the numeral, the heading that follows it, and the
// section without that paragraph. It returns "" when the first
// paragraph is not such a title.
func numeralParagraph(k *node) (label, heading string, rest *node) {
	for i, c := range k.kids {
		if c.name == "" {
			continue
		}
		// <paragraph> without a number, or <p><num>I</num></p> (the
		// English A/RES/78/253).
		if !(c.name == "paragraph" && c.child("num") == nil || c.name == "p") {
			return "", "", k
		}
		t := cleanLine(c.plain())
		first, after, _ := strings.Cut(t, " ")
		switch {
		case isSectionLabel(t):
			label = t
		case isSectionLabel(first) && titleLike(after):
			label, heading = first, strings.TrimSpace(after)
		default:
			// A subsection's letter, "B", and its title in the paragraph
			// after it, maybe after the section's own title (the Chinese
			// A/RES/76/240): the part's heading, as the other languages'
			// <heading>s give it.
			if h, rest := subsectionHead(k, i); h != "" {
				return "", h, rest
			}
			return "", "", k
		}
		cp := *k
		cp.kids = append(append([]*node{}, k.kids[:i]...), k.kids[i+1:]...)
		return sectionNumeral(label), heading, &cp
	}
	return "", "", k
}

// subsectionHead reads the paragraphs from kid i of a section that make a
// subsection's heading: up to three short unnumbered title lines, one of
// them a capital letter ("专业及以上职类工作人员的服务条件", "A", "基薪/底薪表").
// It returns them joined, and the section without them, or "" when they
// hold no letter.
func subsectionHead(k *node, i int) (string, *node) {
	drop := map[int]bool{}
	var lines []string
	letter := false
	for j := i; j < len(k.kids) && len(lines) < 3; j++ {
		c := k.kids[j]
		if c.name == "" {
			continue
		}
		t := cleanLine(c.plain())
		if c.name != "paragraph" || c.child("num") != nil || !(capitalLetterLabel(t) || titleLike(t)) {
			break
		}
		letter = letter || capitalLetterLabel(t)
		lines = append(lines, t)
		drop[j] = true
	}
	if !letter {
		return "", k
	}
	cp := *k
	cp.kids = nil
	for j, c := range k.kids {
		if !drop[j] {
			cp.kids = append(cp.kids, c)
		}
	}
	return strings.Join(lines, "\n"), &cp
}

// titleLike reports whether s reads as a heading (headingLike).
func titleLike(s string) bool {
	p := &rawPara{}
	p.text = &unit{}
	p.text.writeText(s)
	return strings.TrimSpace(s) != "" && headingLike(p)
}

// plainChild returns the text of n's first child named name.
func plainChild(n *node, name string) string {
	if c := n.child(name); c != nil {
		return c.plain()
	}
	return ""
}

// hasPreambleHeading reports whether a section holds preambular paragraphs.
func hasPreambleHeading(n *node) bool {
	for _, k := range n.kids {
		if k.name == "crossHeading" && k.attr("refersTo") == "#preamble" {
			return true
		}
	}
	return false
}

// numberedOnSections reports whether the sections of a body number their
// paragraphs on from one another, as the Security Council's S/RES/1295
// (2000) does (sections A to G, paragraphs 1 to 39; section A opens with
// two preambular paragraphs of its own, "Determining …", "Acting under
// Chapter VII …"): two sections or more, each with numbered paragraphs,
// each section's first number past the last of the section before, and no
// preamble of its own but in the first. Such sections are headings of one
// resolution, not parts numbered apart, as the budget sections that
// restart at 1 are, or as S/RES/1305 (2000)'s sections I to III are,
// whose third has its own preamble.
func numberedOnSections(body *node) bool {
	sections, last := 0, 0
	for _, k := range body.kids {
		if k.name != "section" {
			continue
		}
		first, end := numberRange(k)
		if first == 0 || first <= last || sections > 0 && hasPreambleHeading(k) {
			return false
		}
		sections++
		last = end
	}
	return sections >= 2
}

// numberRange returns the first and the last paragraph number under n
// (0, 0 without one).
func numberRange(n *node) (first, last int) {
	for _, k := range n.kids {
		if k.name == "" {
			continue
		}
		if k.name == "paragraph" {
			if kind, num := classify(trimLabel(plainChild(k, "num"))); kind == numberLabel {
				if v, err := strconv.Atoi(num); err == nil {
					if first == 0 {
						first = v
					}
					last = v
				}
			}
			continue
		}
		if f, l := numberRange(k); f > 0 {
			if first == 0 {
				first = f
			}
			last = l
		}
	}
	return first, last
}

// bodyParagraph places one paragraph of the operative part: a numbered
// paragraph, a sub-paragraph of the previous one, a heading, or an
// unnumbered paragraph.
func (b *builder) bodyParagraph(part *rawPart, rp *rawPara) {
	kind, num := classify(trimLabel(rp.label))
	if kind == noLabel && rp.label == "" {
		if l := labelFromText(rp.text, part.lastNumber+1); l != "" {
			rp.label = l
			kind, num = classify(l)
		} else if n := len(part.ops); n > 0 && endsWithColon(lastText(&part.ops[n-1].rawItem)) {
			// "Article 9, new paragraph 4:" then "«4.\tПри …»": the
			// number of the paragraph quoted, inside its quotation
			// marks (read below as the other versions' "4.").
			if l := quotedNumber(rp.text, part.lastNumber); l != "" {
				rp.label = l
				kind, num = classify(l)
			}
		}
	}
	if kind == noLabel && rp.label == "" && len(part.ops) > 0 {
		if l := seriesLabelFromText(rp.text, &part.ops[len(part.ops)-1].rawItem); l != "" {
			rp.label = l
			kind, num = classify(l)
		}
	}
	if kind == itemLabel && len(part.ops) == 0 && part.lastNumber == 0 && misprintedOne(rp.label) {
		kind, num = numberLabel, "1"
	}
	if kind == numberLabel && len(part.ops) > 0 {
		if v, err := strconv.Atoi(num); err == nil && v < part.lastNumber && endsWithColon(lastText(&part.ops[len(part.ops)-1].rawItem)) {
			// "Article 9, new paragraph 4:" then "4. In hearing …" under
			// paragraph 14 (A/RES/78/248): a paragraph of the text quoted,
			// numbered back, is part of the paragraph that quotes it.
			last := part.ops[len(part.ops)-1]
			attachItem(&last.rawItem, rp.asItem())
			return
		}
	}
	if head := part.itemHead; head != nil {
		part.itemHead = nil
		switch {
		case kind == itemLabel && len(part.ops) > 0 && continuesList(&part.ops[len(part.ops)-1].rawItem, itemKey(trimLabel(rp.label))):
			head.softBreak()
			head.join(rp.text)
			rp.text = head
		case kind == itemLabel:
			// The line opens a list of its own ("The Commission shall
			// establish:" and its (a)–(c)): a paragraph, not a subheading.
			hp := &rawPara{rawItem: rawItem{text: head}}
			hp.lead = head.lead()
			hp.head, part.pending = part.pending, ""
			part.ops = append(part.ops, hp)
		default:
			part.pending = addHeading(part.pending, head.text())
		}
	}
	switch kind {
	case numberLabel:
		n := num
		rp.number = &n
		if v, err := strconv.Atoi(n); err == nil {
			part.lastNumber = v
		}
	case itemLabel:
		if n := len(part.ops); n > 0 && tableNote(part.ops[n-1], rp) {
			// The note under a table, its marker given as a label: an
			// unnumbered paragraph, as where the marker is in the text.
			t := &unit{}
			t.writeText(trimLabel(rp.label))
			t.join(rp.text)
			rp.text, rp.label = t, ""
			break
		}
		if capitalLetterLabel(rp.label) && len(rp.items) == 0 && headingLike(rp) {
			// "B. Evolution of the … margin" (A/RES/80/236 A-B): a
			// subsection's letter and title, not an item (a), (b).
			part.pending = addHeading(part.pending, joinLines(rp.heading, trimLabel(rp.label)+" "+rp.text.text()))
			return
		}
		if len(part.ops) > 0 {
			last := part.ops[len(part.ops)-1]
			if n := len(last.items); n > 0 && last.items[n-1].headLike && last.items[n-1].label == "" {
				// The line taken for an entry of the list is the heading
				// of the labelled points after it: "资产冻结" (Asset
				// freeze) over (a) in the Chinese S/RES/2610 (2021),
				// where the English has a <subheading> in (a).
				part.pending = addHeading(part.pending, last.items[n-1].text.text())
				last.items = last.items[:n-1]
			}
			if n := len(part.ops); n > 1 && last.number == nil && len(last.items) == 0 && isStarNote(last.text.text()) && len(part.ops[n-2].items) > 0 {
				// "*	Dependency allowances …", the note to an item of a
				// list quoted in the paragraph before, printed inside
				// the list (the Arabic A/RES/77/256 A.1, between (b) and
				// (c), where the other versions print it after (c)): the
				// list goes on, the note after it.
				last = part.ops[n-2]
			}
			it := rp.asItem()
			part.headItem(it, rp.heading)
			attachItem(&last.rawItem, it)
			if next := cutNumberedItem(last, part.lastNumber+1); next != nil {
				b.bodyParagraph(part, next)
			}
			return
		}
	case sectionLabel:
		if len(rp.items) == 0 {
			part.pending = addHeading(part.pending, sectionHeading(rp))
			return
		}
	default:
		if n := len(part.ops); n > 0 && rp.label == "" {
			if it := openList(part.ops[n-1], rp); it != nil && (len(it.items) == 0 || !endsList(it, rp)) {
				entry := &rawItem{text: rp.text, headLike: headingLike(rp), indent: rp.indent}
				part.headItem(entry, rp.heading)
				it.items = append(it.items, entry)
				return
			}
		}
		if rp.number == nil && headingLike(rp) {
			part.pending = addHeading(part.pending, joinLines(rp.heading, rp.text.text()))
			return
		}
		if n := len(part.ops); n > 0 && rp.label == "" && numberAlone(part.ops[n-1], rp) {
			takeText(part.ops[n-1], rp)
			return
		}
		if n := len(part.ops); n > 0 && rp.label == "" && continuesText(part.ops[n-1], rp) {
			last := part.ops[n-1]
			last.text.join(rp.text)
			last.lead = last.text.lead()
			return
		}
		if n := len(part.ops); n > 0 && (rp.label == "" || isBulletMark(rp.label)) {
			if host := pointHost(part.ops[n-1], rp); host != nil {
				it := rp.asItem()
				part.headItem(it, rp.heading)
				host.items = append(host.items, it)
				return
			}
		}
		if n := len(part.ops); n > 0 && rp.label == "" && itemSubheading(part.ops[n-1], rp) {
			part.itemHead = rp.text
			return
		}
		if n := len(part.ops); n > 0 && (rp.label == "" || isBulletMark(rp.label)) && isBullet(part.ops[n-1], rp) {
			it := &rawItem{label: trimLabel(rp.label), text: rp.text, indent: rp.indent}
			part.headItem(it, rp.heading)
			part.ops[n-1].items = append(part.ops[n-1].items, it)
			return
		}
		if n := len(part.ops); n > 0 && rp.label == "" && isListTail(part.ops[n-1], rp) {
			part.ops[n-1].tail = rp.text
			return
		}
	}
	var next *rawPara
	if rp.number != nil {
		next = cutNumberedItem(rp, part.lastNumber+1)
		if next == nil && len(rp.items) == 0 && rp.tail == nil {
			if k := innerNumber(rp.text, part.lastNumber+1); k > 0 {
				// "…؛\t22 -\t<span>ترحب</span> …": the next paragraph
				// in the same <p> (the Arabic A/RES/77/151).
				next = &rawPara{class: rp.class}
				next.text = rp.text.split(k)
			}
		}
	}
	rp.head = joinLines(part.pending, rp.heading)
	part.pending = ""
	rp.lead = rp.text.lead()
	part.ops = append(part.ops, rp)
	if h := trailingSubsectionHead(rp); h != "" {
		part.pending = addHeading(part.pending, h)
	}
	if h := trailingChapterHead(rp); h != "" {
		part.pending = addHeading(part.pending, h)
	}
	if next != nil {
		b.bodyParagraph(part, next)
	}
}

// trailingChapterHead takes off the end of p's list a chapter's numeral
// and title that the markup nests as the only point of the last item's
// sublist, and returns it as a heading line: "(b) Invite the high-level
// political forum … at the centre of our work." with "II. International
// peace and security" as its point (the English, Russian and Chinese
// A/RES/79/1 at the end of each chapter), which the other versions give as
// the heading over the next paragraph. The numeral is a section's (upper-
// case Roman, Chinese, an Arabic ordinal) and the title reads as a heading.
func trailingChapterHead(p *rawPara) string {
	if p.tail != nil && !p.tail.empty() {
		return ""
	}
	for it := &p.rawItem; len(it.items) > 0; {
		last := it.items[len(it.items)-1]
		if last.tail != nil && !last.tail.empty() {
			return ""
		}
		if len(last.items) == 1 && chapterPoint(last.items[0]) {
			ch := last.items[0]
			last.items = nil
			return trimLabel(ch.label) + " " + strings.TrimSpace(ch.text.text())
		}
		it = last
	}
	return ""
}

// chapterPoint reports whether a point is a chapter's numeral and title:
// a section numeral as its label, no points or tail of its own, and a
// text that reads as a heading.
func chapterPoint(it *rawItem) bool {
	label := trimLabel(it.label)
	if label == "" || strings.ContainsAny(label, "()（）") || !isSectionLabel(label) {
		return false
	}
	if len(it.items) > 0 || it.tail != nil && !it.tail.empty() || it.text.text() == "" {
		return false
	}
	return headingLike(&rawPara{rawItem: *it})
}

// trailingSubsectionHead takes off p's items the last one when it is a
// subsection's capital letter and title, the heading of what follows, and
// returns it as a heading line: "Approves the changes … in the table
// below:" then "A. Pension Administration" and the table, which the
// English, French and Chinese A/RES/77/258 and 79/253 mark up as a point of
// paragraph 35 (19), the Arabic as a heading of its own after it, as all
// mark up "B. …" before the next table. It leaves the items alone when
// one before it has a capital letter too, or the point has points of
// its own or a text after it.
func trailingSubsectionHead(p *rawPara) string {
	n := len(p.items)
	if n == 0 || p.tail != nil && !p.tail.empty() {
		return ""
	}
	last := p.items[n-1]
	if len(last.items) > 0 || last.tail != nil && !last.tail.empty() || !capitalLetterLabel(last.label) {
		return ""
	}
	for _, it := range p.items[:n-1] {
		if capitalLetterLabel(it.label) {
			return ""
		}
	}
	if h := (&rawPara{rawItem: *last}); !headingLike(h) {
		return ""
	}
	p.items = p.items[:n-1]
	return trimLabel(last.label) + " " + strings.TrimSpace(last.text.text())
}

// cutNumberedItem takes out of p's items the next operative paragraph
// marked up as a point of its sub-list (the Security Council's
// S/RES/2820 (2026), in all six languages: paragraph 5 is a point of the
// sub-list under 4 (e) (iv)), with the points after it, and returns it as a
// paragraph; nil when no item is numbered next.
func cutNumberedItem(p *rawPara, next int) *rawPara {
	found, after := cutItemNumbered(&p.rawItem, strconv.Itoa(next))
	if found == nil {
		return nil
	}
	rp := &rawPara{rawItem: *found}
	rp.items = append(append([]*rawItem{}, found.items...), after...)
	return rp
}

// cutItemNumbered finds, depth first, the item of it labelled as the
// paragraph number num, cuts it and the items after it (at its level and
// at each level above) out of it, and returns them.
func cutItemNumbered(it *rawItem, num string) (found *rawItem, after []*rawItem) {
	for i, c := range it.items {
		if kind, n := classify(trimLabel(c.label)); kind == numberLabel && n == num {
			after = append([]*rawItem{}, it.items[i+1:]...)
			it.items = it.items[:i]
			return c, after
		}
		if f, a := cutItemNumbered(c, num); f != nil {
			a = append(a, it.items[i+1:]...)
			it.items = it.items[:i+1]
			return f, a
		}
	}
	return nil, nil
}

// misprintedOne reports whether a label is "l." printed for "1." (the
// English and Russian A/RES/76/256): read so only where it opens a body,
// since no list has an item l without a k before it.
func misprintedOne(label string) bool {
	return trimLabel(label) == "l."
}

// continuesText reports whether rp, a paragraph without number or label,
// is the rest of the paragraph before it, which the markup cut in two
// (the Arabic A/RES/75/257 B, the Russian 75/281, the Chinese 77/134):
// last is numbered, has no items, and its text stops without a full stop,
// semicolon, colon or closing mark, in any script, or it is a number
// alone.
func continuesText(last, rp *rawPara) bool {
	if last.number == nil || len(last.items) > 0 || len(rp.items) > 0 || rp.text.empty() || last.tail != nil && !last.tail.empty() {
		return false
	}
	t := strings.TrimRight(last.text.text(), content.SuperscriptDigits+" \u200f")
	if t == "" {
		// A number alone, its text in the paragraph after it (the French
		// and Spanish A/RES/76/3).
		return last.text.empty()
	}
	end, _ := utf8.DecodeLastRuneInString(t)
	return unicode.IsLetter(end) || unicode.IsDigit(end) || strings.ContainsRune(",،，-‑", end)
}

// numberAlone reports whether last is a number alone, its text, items and
// tail in rp, the paragraph after it without number or label (the French
// and Spanish A/RES/76/3; the Spanish annex of A/RES/75/290 B, whose
// paragraph 4 brings its items (a)–(d)).
func numberAlone(last, rp *rawPara) bool {
	return last.number != nil && last.text.empty() && len(last.items) == 0 && (last.tail == nil || last.tail.empty()) &&
		rp.number == nil && !rp.text.empty()
}

// takeText gives last, a number alone, the text, items and tail of rp.
func takeText(last, rp *rawPara) {
	last.text.join(rp.text)
	last.items = append(last.items, rp.items...)
	last.tail = rp.tail
	last.head = joinLines(last.head, rp.heading)
	last.lead = last.text.lead()
}

// isStarNote reports whether s is a note marked with an asterisk, "*"
// then a space or tab and its text, not a line of asterisks.
func isStarNote(s string) bool {
	s = strings.TrimSpace(s)
	rest, ok := strings.CutPrefix(s, "*")
	if !ok || rest == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsSpace(r) && strings.Trim(rest, "* \t") != ""
}

// isBullet reports whether rp, a paragraph without number or label, is a
// bullet of the list last opens with a colon, its bullet lost in the
// markup: the Chinese S/RES/2796 (2025) gives as plain paragraphs the
// points the other languages mark "•". A bullet follows a numbered
// paragraph ending with a colon, or another such bullet.
func isBullet(last, rp *rawPara) bool {
	if last.number == nil && !isBulletMark(rp.label) || len(rp.items) > 0 || rp.text.empty() || last.tail != nil && !last.tail.empty() || strings.Contains(rp.text.text(), " | ") {
		return false // a table (its cells joined by " | ") is no bullet
	}
	if len(last.items) == 0 {
		// A bullet printed as the label of a paragraph of its own is a
		// point whatever closes the paragraph before it (the Russian
		// S/RES/2820 (2026) ends paragraph 7 with "…приоритетные меры;").
		return endsWithColon(last.text.text()) || isBulletMark(rp.label)
	}
	for _, it := range last.items {
		if it.label != "" && !isBulletMark(it.label) || len(it.items) > 0 {
			return false
		}
	}
	return !endsList(&last.rawItem, rp)
}

// pointHost returns the item of last, the paragraph before rp, that rp, a
// paragraph without number or with a bullet for its label, is a point of:
// the last item, when it announces its points with a colon ("Protection of
// civilians:", "(i) To use all necessary means …:") or is a heading not
// closed as a clause ("(c) Facilitate the … delivery of humanitarian
// assistance"); after a point of such an item, the item again. The Arabic
// S/RES/2659 (2022) and 2677 (2023) and the Chinese 2820 (2026) give these
// points as paragraphs of their own, which the other versions nest under
// their item. A bullet ("•") marked up as a paragraph of its own after
// the points of its paragraph is one more point (the Arabic S/RES/2609
// (2021)). It returns nil when rp is none of these.
func pointHost(last, rp *rawPara) *rawItem {
	if last.number == nil || len(last.items) == 0 || rp.text.empty() || last.tail != nil && !last.tail.empty() || strings.Contains(rp.text.text(), " | ") {
		return nil
	}
	parent := &last.rawItem
	it := parent.items[len(parent.items)-1]
	for len(it.items) > 0 {
		parent, it = it, it.items[len(it.items)-1]
	}
	if isBulletMark(rp.label) {
		// A bullet is a point whatever closes the item before it: of the
		// last item, or beside the last bullet ("(i) Support for the
		// organization … of … elections," and its dashes in S/RES/2000
		// (2011)).
		if itemKey(it.label) != "" {
			return it
		}
		if isBulletMark(it.label) {
			return parent
		}
	}
	if itemKey(it.label) != "" && itemHeading(it) || itemKey(it.label) == "" && endsWithColon(it.text.text()) {
		return it
	}
	if itemKey(it.label) != "" || parent == &last.rawItem {
		if parent == &last.rawItem && isBulletMark(rp.label) && allPoints(parent) {
			return parent
		}
		return nil
	}
	// it is an unlabelled point or a bullet: rp is the next one when the
	// item over it announces them.
	if allPoints(parent) && (endsWithColon(parent.text.text()) || itemHeading(parent)) && !endsList(parent, rp) {
		return parent
	}
	return nil
}

// endsList reports whether rp, after the points of parent, is not one
// more point but the words after the list: the points are all marked with
// a bullet and rp is not ("while fulfilling its mandate …" after the "•" points of the English
// S/RES/2796 (2025) paragraph 3), or the points are set indented and rp
// flush with the margin ("同时在与利比亚当局密切协调下履行其任务授权，…" after
// the Chinese points, which lost their bullets).
func endsList(parent *rawItem, rp *rawPara) bool {
	if !isBulletMark(rp.label) {
		bullets := true
		for _, it := range parent.items {
			bullets = bullets && isBulletMark(it.label)
		}
		if bullets {
			return true
		}
	}
	prev := parent.items[len(parent.items)-1]
	return prev.indent == indented && rp.indent == flush
}

// itemSubheading reports whether rp, a paragraph without number or label
// after the items of last, is the subheading of the item after it: a short
// line ending with a colon after an item closed as a clause ("المحكمة
// الجنائية الخاصة:" between ’3‘ and ’4‘ of paragraph 36 of the Arabic
// S/RES/2659 (2022), where the English and Chinese mark up "Special
// Criminal Court (SCC):" as the <subheading> of (iv)). A colon announces
// what follows: such a line does not close the paragraph's sentence.
func itemSubheading(last, rp *rawPara) bool {
	if last.number == nil || len(last.items) == 0 || len(rp.items) > 0 || last.tail != nil && !last.tail.empty() {
		return false
	}
	t := rp.text.text()
	if !endsWithColon(t) || utf8.RuneCountInString(t) > 100 {
		return false
	}
	it := last.items[len(last.items)-1]
	for len(it.items) > 0 {
		it = it.items[len(it.items)-1]
	}
	return itemKey(it.label) != "" && !itemHeading(it)
}

// continuesList reports whether the label key goes on with the series of
// one of the last items of it, at any depth.
func continuesList(it *rawItem, key string) bool {
	for len(it.items) > 0 {
		it = it.items[len(it.items)-1]
		if followsInSeries(itemKey(trimLabel(it.label)), key) {
			return true
		}
	}
	return false
}

// allPoints reports whether every item of it is an unlabelled point or a
// bullet.
func allPoints(it *rawItem) bool {
	for _, c := range it.items {
		if itemKey(c.label) != "" {
			return false
		}
	}
	return true
}

// tableNote reports whether rp, labelled as an item, is the note under
// the table last: last is an unnumbered paragraph holding a table whose
// text carries rp's label as a marker. The Arabic A/RES/76/239 and 79/250
// give the note under paragraph 11's table of levels, "(أ) تستفيد الدول
// الأعضاء المدرجة في المستوى حاء* …", marked "(أ)" in the table, a <num>;
// the other versions print its "a" in the text.
func tableNote(last, rp *rawPara) bool {
	l := trimLabel(rp.label)
	return last.number == nil && last.table && len(rp.items) == 0 && l != "" && strings.Contains(last.text.text(), l)
}

// openList returns the paragraph or item whose list rp, a line without
// number or label, is an entry of, or nil: the last paragraph, or the last
// of its items at any depth, ends with a colon and has no items yet or
// only unlabelled ones, the last of which does not end with a full stop.
// Read so before the line's own form, which differs between languages:
// "Thursday, 2 June: from 9.30 a.m. to 1 p.m. …" under paragraph 8 of
// A/RES/75/326 ends with a stop in English and reads as a heading where
// the Chinese and Arabic end with "6时" and "18:00"; "Panel 1: The world
// together: …" under "(b) … the following themes:" of A/RES/79/333 ends
// without one in English, with ";" in French. A line set as a heading
// (an H class), in emphasis from end to end ("Asset Freeze"), or a table
// is none.
func openList(last, rp *rawPara) *rawItem {
	if last.number == nil || len(rp.items) > 0 || rp.table || rp.text.empty() || last.tail != nil && !last.tail.empty() || strings.HasPrefix(rp.class, "H") {
		return nil
	}
	if t := strings.TrimSpace(rp.text.text()); rp.text.lead() == strings.TrimRight(t, ",;:.،؛，；：") {
		return nil
	}
	chain := []*rawItem{&last.rawItem}
	for it := &last.rawItem; len(it.items) > 0; {
		it = it.items[len(it.items)-1]
		if it.tail != nil && !it.tail.empty() {
			break
		}
		chain = append(chain, it)
	}
	for i := len(chain) - 1; i >= 0; i-- {
		it := chain[i]
		if !endsWithColon(it.text.text()) || it.tail != nil && !it.tail.empty() {
			continue
		}
		for _, c := range it.items {
			if c.label != "" || len(c.items) > 0 {
				return nil
			}
		}
		if n := len(it.items); n > 0 && endsWithFullStop(it.items[n-1].text.text()) {
			// A list of sentences may have closed ("大会一般性辩论…举行。"
			// then the heading "秘书长和其他行政首长的遴选和任命" in the
			// Chinese A/RES/75/325); it goes on where the line has the
			// form of the entry before it, a name and a colon ("الثلاثاء
			// 10 حزيران/يونيه: … 18:00." then "الأربعاء 11 حزيران/يونيه: …"
			// in the Arabic A/RES/78/128).
			if !namedEntry(it.items[n-1].text.text()) || !namedEntry(rp.text.text()) {
				return nil
			}
		}
		return it
	}
	return nil
}

// namedEntry reports whether s has the form of a list entry "name: text",
// a colon inside it ("Thursday, 2 June: from …", "6月2日，星期四：…").
func namedEntry(s string) bool {
	s = strings.TrimSpace(s)
	i := strings.IndexAny(s, ":：")
	return i > 0 && strings.TrimRight(s[i:], ":： ") != ""
}

// endsWithFullStop reports whether s ends with a full stop in any script.
func endsWithFullStop(s string) bool {
	s = strings.TrimRight(s, content.SuperscriptDigits+"”’\")» \u200f")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "。") || strings.HasSuffix(s, "．")
}

// isBulletMark reports whether a label is a bullet or a dash, which marks
// a point without numbering it.
func isBulletMark(label string) bool {
	switch trimLabel(label) {
	case "•", "·", "-", "–", "—", "▪", "◦":
		return true
	}
	return false
}

// isListTail reports whether rp, a paragraph without number or label, is
// the end of the sentence last opened with a list of sub-paragraphs and
// marked up as a paragraph of its own ("and its request that …" after
// (a)–(c) of paragraph 76): last is numbered, its last sub-paragraph does
// not close the sentence, and rp has no items of its own. The test reads
// punctuation only, so that it decides alike in the six languages.
func isListTail(last, rp *rawPara) bool {
	if last.number == nil || len(last.items) == 0 || len(rp.items) > 0 || rp.text.empty() || last.tail != nil && !last.tail.empty() {
		return false
	}
	it := last.items[len(last.items)-1]
	for len(it.items) > 0 {
		it = it.items[len(it.items)-1]
	}
	t := strings.TrimRight(it.text.text(), content.SuperscriptDigits+"”’\")» \u200f")
	if t == "" {
		return false
	}
	if m := conjunctionEndRe().FindStringIndex(t); m != nil {
		// "…; and", "…; y", "…; et": the conjunction before the words
		// that close the sentence (the Spanish S/RES/2662 (2022)
		// paragraph 21, "… 2244 (2015)); y" then "confirma que …").
		t = strings.TrimRight(t[:m[0]+1], " ")
	}
	end, _ := utf8.DecodeLastRuneInString(t)
	return strings.ContainsRune(",;:،؛，；：", end)
}

// conjunctionEndRe matches a clause's closing comma or semicolon and one
// short word after it at the end of a text: "; and", "; y", ", et".
var conjunctionEndRe = onceRegexp(`[,;،؛][ \x{a0}]+\p{L}{1,3}$`)

// seriesLabelRe matches a letter or Roman numeral left at the start of a
// paragraph's text without brackets or stop ("b\t加快实施…").
var seriesLabelRe = onceRegexp(`^([a-zа-я]|[ivx]{1,5})[.)]?\s+`)

// seriesLabelFromText finds at the start of u's text the label of the next
// point of last, left in the text without its full stop: "b" after "a." in
// the Chinese S/RES/2657 (2022) paragraph 7. Only the next label of the
// series of last's points is taken, so that a word is not read as a label.
// It cuts the label from the text and returns it.
func seriesLabelFromText(u *unit, last *rawItem) string {
	if len(last.items) == 0 {
		return ""
	}
	m := seriesLabelRe().FindStringSubmatch(u.text())
	if m == nil || len(m[0]) >= len(u.text()) {
		return ""
	}
	prev := last.items[len(last.items)-1]
	if !followsInSeries(itemKey(trimLabel(prev.label)), itemKey(m[1])) {
		return ""
	}
	u.cut(len(m[0]))
	return m[1]
}

// attachItem adds a sub-paragraph read as a paragraph of its own to the
// paragraph before it, at the level its label reads: beside an item of the
// last ones whose label it follows in its series ("(b)" after "(a)", "’2‘"
// after "’1‘" and the lettered items under it); under the last item when
// its label opens a series ("’1‘" after "(أ) حماية المدنيين:", or after the
// unlabelled point "To carry out … the following tasks:" of an item) or
// when that item is a heading not closed as a clause ("’2‘ نزع السلاح …"
// of the Arabic S/RES/2666 (2022), its letters (ز), (ح) … under it as (g),
// (h) … are under the heading (ii) in the other versions). Otherwise a
// Roman-numbered one goes under the last lettered item, unless the letters
// simply run on (h, i; hh, ii).
func attachItem(parent *rawItem, it *rawItem) {
	key := itemKey(it.label)
	if key != "" && len(parent.items) > 0 {
		chain := []*rawItem{parent}
		for c := parent; len(c.items) > 0; {
			c = c.items[len(c.items)-1]
			chain = append(chain, c)
		}
		for j := len(chain) - 1; j >= 1; j-- {
			if followsInSeries(itemKey(chain[j].label), key) {
				chain[j-1].items = append(chain[j-1].items, it)
				return
			}
		}
		for j := len(chain) - 1; j >= 1; j-- {
			c := chain[j]
			if itemKey(c.label) == "" && !endsWithColon(c.text.text()) {
				continue // a point or bullet closed as a clause holds no list
			}
			if opensSeries(key) || len(c.items) == 0 && itemHeading(c) {
				c.items = append(c.items, it)
				return
			}
			break
		}
	}
	if n := len(parent.items); n > 0 && isRoman(key) {
		prev := parent.items[n-1]
		pk := itemKey(prev.label)
		runsOn := nextLetter(pk, key)
		if pk != "" && !isRoman(pk) && !runsOn {
			prev.items = append(prev.items, it)
			return
		}
	}
	parent.items = append(parent.items, it)
}

// followsInSeries reports whether the label key b comes right after a in
// a series of letters ("b" after "a") or of Roman numerals ("iv" after
// "iii").
func followsInSeries(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	if len(a) == 1 && len(b) == 1 && b[0] == a[0]+1 {
		return true
	}
	va, vb := romanValue(a), romanValue(b)
	return va > 0 && vb == va+1
}

// opensSeries reports whether a label key is the first of a series:
// "a", or "i" (which "(1)", "’1‘" and "㈠" give too).
func opensSeries(key string) bool {
	return key == "a" || key == "i"
}

// itemHeading reports whether an item reads as a heading over what follows
// rather than as a clause: it has text, ends with a colon ("Protection of
// civilians:") or without closing punctuation ("حماية الأمم المتحدة"), and is
// short.
func itemHeading(it *rawItem) bool {
	t := strings.TrimRight(it.text.text(), content.SuperscriptDigits+"”’\")»() \u200e\u200f\u061c")
	if t == "" || it.tail != nil && !it.tail.empty() || utf8.RuneCountInString(t) > 200 || conjunctionEndRe().MatchString(t) {
		return false
	}
	if endsWithColon(t) {
		return true
	}
	return !strings.ContainsRune(".;,。；，،؛!?？！؟", lastRune(t))
}

// isRoman reports whether a normalised item key is a lower-case Roman
// numeral.
func isRoman(k string) bool {
	if k == "" {
		return false
	}
	for _, c := range k {
		if !strings.ContainsRune("ivxl", c) {
			return false
		}
	}
	return true
}

// sectionHeading writes a section heading from its numeral and its text,
// dropping the separator the text repeats ("I." and ". Establishment" give
// "I. Establishment").
func sectionHeading(rp *rawPara) string {
	label := trimLabel(rp.label)
	text := rp.text.text()
	if strings.HasSuffix(label, ".") {
		text = strings.TrimLeft(text, ". ")
	}
	if h := strings.Fields(rp.heading); len(h) > 0 {
		// The title given as the block's heading, after the label again
		// or not: "<num>I.</num><subheading>I.	Organization of
		// work</subheading>" (the annexes of A/RES/75/212).
		if strings.TrimRight(h[0], ".") == strings.TrimRight(label, ".") {
			h = h[1:]
		}
		text = strings.TrimSpace(strings.Join(h, " ") + " " + text)
	}
	return strings.TrimSpace(label + " " + text)
}

// addHeading adds a heading line to the pending ones, skipping a line with
// no letter or digit (a centred "*" that separates groups of paragraphs).
func addHeading(pending, line string) string {
	for _, c := range line {
		if unicode.IsLetter(c) || unicode.IsDigit(c) {
			return joinLines(pending, line)
		}
	}
	return pending
}

// organWords are words an enacting formula names its organ with.
var organWords = []string{"Assembly", "Council", "Assemblée", "Conseil", "Asamblea", "Consejo", "Ассамблея", "Совет", "الجمعية", "مجلس", "大会", "理事会"}

// looksLikeFormula reports whether a first preambular paragraph is the
// enacting formula left unmarked: short, naming an organ, ending with a
// comma.
func looksLikeFormula(s string) bool {
	if utf8.RuneCountInString(s) > 60 || !strings.HasSuffix(s, ",") && !strings.HasSuffix(s, "،") && !strings.HasSuffix(s, "，") {
		return false
	}
	for _, w := range organWords {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
