package content

// Unit is one piece of a document's text with the id that names it: a
// paragraph's text, an item's text, a paragraph's tail, or a footnote.
type Unit struct {
	// ID is the paragraph or item id; for a footnote, the id of the
	// paragraph carrying its marker.
	ID string
	// Footnote is the footnote's marker when the unit is a footnote.
	Footnote string
	// Tail is true for the text that follows a paragraph's sub-paragraphs.
	Tail bool
	Text string
}

// Units returns every piece of text in reading order: each part's preamble
// and operative paragraphs with their items, the annexes, then the footnotes.
func (d *Document) Units() []Unit {
	var out []Unit
	var items func([]Item)
	items = func(its []Item) {
		for _, it := range its {
			out = append(out, Unit{ID: it.ID, Text: it.Text})
			items(it.Items)
		}
	}
	para := func(p Paragraph) {
		out = append(out, Unit{ID: p.ID, Text: p.Text})
		items(p.Items)
		if p.Tail != "" {
			out = append(out, Unit{ID: p.ID, Tail: true, Text: p.Tail})
		}
	}
	for _, part := range d.Parts {
		for _, p := range part.Preamble {
			para(p)
		}
		for _, p := range part.Operative {
			para(p)
		}
	}
	for _, a := range d.Annexes {
		for _, p := range a.Paragraphs {
			para(p)
		}
	}
	for _, f := range d.Footnotes {
		out = append(out, Unit{ID: f.Paragraph, Footnote: f.Marker, Text: f.Text})
	}
	return out
}

// Paragraph returns the paragraph with the given id, looking through every
// part and annex, and whether it was found. An item id returns the paragraph
// that holds the item.
func (d *Document) Paragraph(id string) (Paragraph, bool) {
	var found Paragraph
	ok := false
	visit := func(ps []Paragraph) {
		for _, p := range ps {
			if ok {
				return
			}
			if p.ID == id || hasItem(p.Items, id) {
				found, ok = p, true
			}
		}
	}
	for _, part := range d.Parts {
		visit(part.Preamble)
		visit(part.Operative)
	}
	for _, a := range d.Annexes {
		visit(a.Paragraphs)
	}
	return found, ok
}

func hasItem(items []Item, id string) bool {
	for _, it := range items {
		if it.ID == id || hasItem(it.Items, id) {
			return true
		}
	}
	return false
}

// Item returns the sub-paragraph with the given id ("op2(a)(i)") and
// whether it was found.
func (d *Document) Item(id string) (Item, bool) {
	p, ok := d.Paragraph(id)
	if !ok || p.ID == id {
		return Item{}, false
	}
	return findItemByID(p.Items, id)
}

func findItemByID(items []Item, id string) (Item, bool) {
	for _, it := range items {
		if it.ID == id {
			return it, true
		}
		if found, ok := findItemByID(it.Items, id); ok {
			return found, true
		}
	}
	return Item{}, false
}
