package akn

import "strings"

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
	return &rawItem{label: trimLabel(p.label), text: p.text, items: p.items, tail: p.tail}
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
	for _, k := range n.kids {
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
		case blockNames[k.name]:
			sub := &rawItem{text: &unit{}}
			var h string
			readInto(sub, &h, k)
			if h != "" {
				sub.text.writeText(h)
			}
			it.items = append(it.items, sub)
		case k.name == "sublist" && len(it.items) > 0 && !continuesSeries(it.items[len(it.items)-1], k):
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

// continuesSeries reports whether a sublist after the point last holds
// the points that follow it rather than its own: its first label is the
// letter or Roman numeral after last's ("d)" after "с)", as the Russian
// S/RES/2767 marks up (d) and (e) of paragraph 17; "ii)" after "i)" in
// the Russian A/RES/76/248).
func continuesSeries(last *rawItem, sublist *node) bool {
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
