package akn

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// rawItem is a sub-paragraph as read from the XML, before ids are given.
type rawItem struct {
	label string
	text  *unit
	items []*rawItem
	tail  *unit
	table bool // a table was read into it
	// headLike: an entry of a list given as a paragraph of its own that
	// reads as a heading (openList); a labelled point after it makes it one.
	headLike bool
	// indent says how the paragraph the item was read from sets its first
	// line: indentUnknown, or as the XML's text begins, with a tab or flush
	// with the margin.
	indent indentKind
}

// indentKind is how a paragraph's first line is set.
type indentKind int8

const (
	indentUnknown indentKind = iota
	indented                 // the text opens with a tab, as points are set
	flush                    // the text opens at the margin
)

// firstLineIndent reads how the first <p> of n opens.
func firstLineIndent(n *node) indentKind {
	p := n.find("p")
	if p == nil {
		return indentUnknown
	}
	var first func(*node) (rune, bool)
	first = func(n *node) (rune, bool) {
		for _, k := range n.kids {
			if k.name == "" {
				if k.text != "" {
					r, _ := utf8.DecodeRuneInString(k.text)
					return r, true
				}
				continue
			}
			if k.name == "authorialNote" {
				continue
			}
			if r, ok := first(k); ok {
				return r, true
			}
		}
		return 0, false
	}
	r, ok := first(p)
	switch {
	case !ok:
		return indentUnknown
	case r == '\t':
		return indented
	case unicode.IsSpace(r):
		return indentUnknown
	}
	return flush
}

// rawPara is a paragraph as read from the XML, before ids are given.
type rawPara struct {
	rawItem
	class   string
	heading string // heading or subheading inside the element
	lead    string // lead phrase given by the markup (container name)
	number  *string
	head    string // sub-heading printed before the paragraph
}

// asItem returns the paragraph as a sub-paragraph of another, its label
// trimmed.
func (p *rawPara) asItem() *rawItem {
	return &rawItem{label: trimLabel(p.label), text: p.text, items: p.items, tail: p.tail, indent: p.indent}
}

// blockNames are the elements readBlock treats as sub-paragraphs.
var blockNames = map[string]bool{"point": true, "item": true, "paragraph": true, "subparagraph": true, "alinea": true, "indent": true}

// listNames are the elements whose children readBlock reads as its own.
var listNames = map[string]bool{"list": true, "blockList": true, "sublist": true, "content": true}

// readBlock reads a paragraph-like element: its number, headings, text,
// sub-paragraphs and the text after them.
func readBlock(n *node) *rawPara {
	p := &rawPara{class: n.attr("class")}
	p.text = &unit{}
	readInto(&p.rawItem, &p.heading, n)
	p.indent = firstLineIndent(n)
	return p
}

// readInto reads the children of n into it.
func readInto(it *rawItem, heading *string, n *node) {
	cur := func() *unit {
		if len(it.items) == 0 {
			return it.text
		}
		if it.tail == nil {
			it.tail = &unit{}
		}
		return it.tail
	}
	for i, k := range n.kids {
		switch {
		case k.name == "num":
			if it.label == "" {
				it.label = k.plain()
			} else {
				inlineNode(cur(), k)
			}
		case k.name == "heading" || k.name == "subheading":
			if heading != nil {
				*heading = joinLines(*heading, k.plain())
			} else {
				inlineNode(cur(), k)
			}
		case k.name == "alinea" && len(it.items) > 0 && k.child("num") == nil:
			// An unnumbered <alinea> after the points: the words that
			// close the sentence the list opened ("confirms it will keep
			// … under review;" after (a)–(d) of paragraph 21 of the
			// English S/RES/2662 (2022); a paragraph of its own in the
			// other versions), not one more point.
			u := cur()
			u.softBreak()
			inline(u, k)
			u.softBreak()
		case blockNames[k.name]:
			sub := &rawItem{text: &unit{}}
			var h string
			readInto(sub, &h, k)
			sub.text = headed(h, sub.text)
			it.items = append(it.items, sub)
		case k.name == "sublist" && len(it.items) > 0 && !continuesSeries(it.items, k):
			// A sublist after a point belongs to that point.
			readInto(it.items[len(it.items)-1], nil, k)
		case listNames[k.name]:
			readInto(it, heading, k)
		case k.name == "table":
			it.table = true
			u := cur()
			u.softBreak()
			tableInline(u, k)
			u.softBreak()
		case k.name == "intro" && n.name == "sublist" && heading == nil && !it.text.empty() && len(it.items) == 0 && nextElement(n, i) == "sublist":
			// The intro of a sublist read into a point that has its text,
			// before a sublist of its own: a subheading over the points
			// of that sublist ("(ii) Support to stabilisation …", then
			// "Stabilisation" and its (a), (b) in the English S/RES/2556
			// (2020), where the French marks up "Stabilisation" as a
			// point).
			sub := &rawItem{text: &unit{}}
			inline(sub.text, k)
			it.items = append(it.items, sub)
		case k.name == "p" && quotesBlocks(k):
			// A <p> holding a quoted structure with points of its own
			// (the English S/RES/2699 (2022) paragraph 14, "… replaced by
			// the following:" and the new paragraph with its a., b.): the
			// quoted paragraphs and points are points, as the other
			// versions give them.
			u := cur()
			u.softBreak()
			for _, c := range k.kids {
				if c.name == "mod" || c.name == "quotedStructure" {
					readQuoted(it, c)
					continue
				}
				inlineNode(u, c)
			}
		case k.name == "intro" || k.name == "listIntroduction" || k.name == "wrapUp" || k.name == "listWrapUp" || k.name == "p":
			u := cur()
			u.softBreak()
			inline(u, k)
			u.softBreak()
		default:
			inlineNode(cur(), k)
		}
	}
}

// headed returns the text of a point with its subheading h before it, as
// the document prints it: "<subheading>Special Criminal Court (SCC):
// </subheading>" in (iv) of paragraph 35 (f) of the English S/RES/2605
// (2021) opens (iv), "Special Criminal Court (SCC): To provide technical
// assistance …", where the Arabic S/RES/2659 (2022) sets the same line as
// a paragraph of its own before ’4‘ (itemSubheading). A point that is
// only a subheading is that line.
func headed(h string, text *unit) *unit {
	if h == "" {
		return text
	}
	u := &unit{}
	u.writeText(h)
	if !text.empty() {
		u.join(text)
	}
	return u
}

// tableInline writes a table as text: the cells of a row separated by " | ",
// rows separated by " / ".
func tableInline(u *unit, t *node) {
	for i, row := range tableRows(t) {
		if i > 0 {
			u.writeText(" / ")
		}
		for j, c := range row {
			if j > 0 {
				u.writeText(" | ")
			}
			inline(u, c)
		}
	}
}

// tableRows returns the cells of each row of a table that hold text.
func tableRows(t *node) [][]*node {
	var rows [][]*node
	for _, tr := range t.findAll("tr", nil) {
		var cells []*node
		for _, c := range tr.kids {
			if (c.name == "td" || c.name == "th") && c.plain() != "" {
				cells = append(cells, c)
			}
		}
		if len(cells) > 0 {
			rows = append(rows, cells)
		}
	}
	return rows
}

// joinLines joins two heading lines with a newline, skipping empty ones.
func joinLines(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + "\n" + b
}

// trimLabel cleans a printed label: "\t1." gives "1.".
func trimLabel(s string) string {
	return strings.TrimSpace(cleanLine(s))
}

// nextElement returns the name of the first element after kid i of n.
func nextElement(n *node, i int) string {
	for _, k := range n.kids[i+1:] {
		if k.name != "" {
			return k.name
		}
	}
	return ""
}

// quotesBlocks reports whether a <p> holds a quoted structure with
// paragraphs or points of its own.
func quotesBlocks(p *node) bool {
	q := p.find("quotedStructure")
	if q == nil {
		return false
	}
	for _, k := range q.kids {
		if k.name == "p" || blockNames[k.name] {
			return true
		}
	}
	return false
}

// readQuoted reads the paragraphs and points of a quoted structure as
// points of it.
func readQuoted(it *rawItem, n *node) {
	for _, k := range n.kids {
		switch {
		case k.name == "mod" || k.name == "quotedStructure":
			readQuoted(it, k)
		case k.name == "p":
			sub := &rawItem{text: &unit{}}
			inline(sub.text, k)
			if !sub.text.empty() {
				it.items = append(it.items, sub)
			}
		case blockNames[k.name]:
			sub := &rawItem{text: &unit{}}
			var h string
			readInto(sub, &h, k)
			sub.text = headed(h, sub.text)
			host := it
			if n := len(it.items); n > 0 && it.items[n-1].label == "" && endsWithColon(it.items[n-1].text.text()) {
				host = it.items[n-1] // the points of the quoted paragraph that announces them
			}
			host.items = append(host.items, sub)
		case k.name != "":
			if len(it.items) > 0 {
				inlineNode(it.items[len(it.items)-1].text, k)
			}
		}
	}
}

// continuesSeries reports whether a sublist after the last of items holds
// the points that follow it rather than its own: its first label is the
// letter or Roman numeral after last's ("d)" after "с)", as the Russian
// S/RES/2767 marks up (d) and (e) of paragraph 17; "ii)" after "i)" in
// the Russian A/RES/76/248). After an unlabelled point (a subheading
// among the points: "Urgent temporary measures:" between (ii) and (iii)
// in the English S/RES/2552 (2020)), the label before it counts.
func continuesSeries(items []*rawItem, sublist *node) bool {
	last := items[len(items)-1]
	if itemKey(trimLabel(last.label)) == "" {
		for i := len(items) - 2; i >= 0; i-- {
			if itemKey(trimLabel(items[i].label)) != "" {
				last = items[i]
				break
			}
		}
	}
	for _, k := range sublist.kids {
		if !blockNames[k.name] {
			continue
		}
		a, b := itemKey(trimLabel(last.label)), itemKey(trimLabel(plainChild(k, "num")))
		if nextLetter(a, b) {
			return true
		}
		va, vb := romanValue(a), romanValue(b)
		return va > 0 && vb == va+1
	}
	return false
}

// nextLetter reports whether item key b is the letter after a, single or
// doubled: "b" after "a", "ii" after "hh" and "ll" after "kk" (A/RES/80/184
// paragraph 2, whose list runs on to (qq)), which are no Roman numerals
// there.
func nextLetter(a, b string) bool {
	if a == "" || len(a) != len(b) || a[0] < 'a' || a[0] >= 'z' || b[0] != a[0]+1 {
		return false
	}
	return strings.Count(a, a[:1]) == len(a) && strings.Count(b, b[:1]) == len(b)
}

// romanValue reads a lower-case Roman numeral up to xxxix, or returns 0.
func romanValue(s string) int {
	for n := 1; n < 40; n++ {
		if strings.ToLower(romanNumeral(n)) == s {
			return n
		}
	}
	return 0
}
