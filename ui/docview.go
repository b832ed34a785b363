package ui

import (
	"strconv"
	"strings"

	"resolute/content"
)

// docView is one open document: its blocks and renderer, its reading pane,
// the panel's entries and the search state. The history keeps one per
// document opened.
type docView struct {
	doc    *content.Document
	style  string // render style asked for; "" follows the background
	blocks []block
	pane   *pane
	// byID maps paragraph and annex ids to their block.
	byID map[string]int
	// itemLabel maps item ids to the label printed before them.
	itemLabel map[string]string
	// items maps a paragraph id to the ids of its items, nested ones
	// included, in reading order.
	items map[string][]string
	// starts caches where the items of one block start (itemStarts).
	starts itemStartCache
	// anchor is an item the pane was sent to (a jump, --para, a remembered
	// position): its first line stays on the first row as the block's lines
	// change (rendered, or at another width) until the reader moves.
	anchor string
	// anchorSet is set by the move that set anchor, so that the key
	// handler does not take that move for the reader's own.
	anchorSet bool
	// gutW is the width of the paragraph-id gutter, once known.
	gutW    int
	outline []outlineEntry
	cited   []citedEntry
	// folded holds each block's folded plain text, built on first search.
	folded []string
	search searchState
	// citeSel is the citation whose mentions are highlighted, or -1.
	citeSel int
	// citeNext is the mention Enter goes to next.
	citeNext int
	// panel is the side panel's state, kept while another document is open.
	panel panel
	// diff is set when the view shows a comparison (diffview.go).
	diff *diffState
	// file is the path the document was opened from, for one opened from
	// the library or the history.
	file string
	// startAt is where a document opened from the library is shown at its
	// first layout (arrive); resumed says its paragraph is the one
	// remembered for it.
	startAt openTarget
	resumed bool
	// by is the Cited by tab's list (citedby.go).
	by citedByList
}

// outlineEntry is one line of the Outline tab.
type outlineEntry struct {
	label string
	depth int
	block int
}

// citedEntry is one line of the Cited tab.
type citedEntry struct {
	c content.Citation
	// targets are the mentions that could be placed, in document order.
	targets []target
}

// target is a place in the pane: a block and the folded text of the
// mention inside it.
type target struct {
	block int
	// needles are the mention's folded text and, for a mention that a line
	// break may split ("1631 (2005)"), its parts that carry a digit.
	needles []string
}

// needlesOf returns the folded forms a mention is looked for as.
func needlesOf(mention string) []string {
	n := fold(clean(strings.TrimSpace(mention)))
	if n == "" {
		return nil
	}
	out := []string{n}
	if f := strings.Fields(n); len(f) > 1 {
		for _, w := range f {
			if len(w) >= 3 && strings.ContainsAny(w, "0123456789") {
				out = append(out, w)
			}
		}
	}
	return out
}

// newDocView prepares d for reading with the given render style.
func newDocView(d *content.Document, style string, isDark bool) *docView {
	if d == nil {
		d = &content.Document{}
	}
	blocks, r := newSource(d, glamourStyle(style, isDark))
	for i := range blocks {
		blocks[i].plain = cleanText(blocks[i].plain)
	}
	v := &docView{
		doc: d, style: style, blocks: blocks, pane: newPane(blocks, r),
		byID: map[string]int{}, itemLabel: map[string]string{}, items: map[string][]string{}, citeSel: -1,
	}
	for i, b := range blocks {
		if _, dup := v.byID[b.id]; b.id != "" && !dup {
			v.byID[b.id] = i
		}
	}
	var items func(para string, its []content.Item)
	items = func(para string, its []content.Item) {
		for _, it := range its {
			v.itemLabel[it.ID] = it.Label
			v.items[para] = append(v.items[para], it.ID)
			items(para, it.Items)
		}
	}
	paras := func(ps []content.Paragraph) {
		for _, p := range ps {
			items(p.ID, p.Items)
		}
	}
	for _, part := range d.Parts {
		paras(part.Preamble)
		paras(part.Operative)
	}
	for _, a := range d.Annexes {
		paras(a.Paragraphs)
	}
	v.outline = buildOutline(v)
	v.cited = buildCited(v)
	return v
}

// blockOf returns the block that shows paragraph or item id: the block with
// that id, or the block of the paragraph holding the item.
func (v *docView) blockOf(id string) (int, bool) {
	for id != "" {
		if i, ok := v.byID[id]; ok {
			return i, true
		}
		j := strings.LastIndexByte(id, '(')
		if j <= 0 {
			break
		}
		id = id[:j]
	}
	return 0, false
}

// locate returns the block and the line inside it where id starts; an item
// starts at the line that begins with its label.
func (v *docView) locate(id string) (int, int, bool) {
	b, ok := v.blockOf(id)
	if !ok {
		// An annex or part without its own block: its first paragraph.
		for i, bl := range v.blocks {
			if strings.HasPrefix(bl.id, id+".") {
				return i, 0, true
			}
		}
		return 0, 0, false
	}
	if _, isItem := v.itemLabel[id]; !isItem || v.blocks[b].id == id {
		return b, 0, true
	}
	ids, lines := v.itemStarts(b)
	for k, it := range ids {
		if it == id && lines[k] >= 0 {
			return b, lines[k], true
		}
	}
	return b, 0, true
}

// topID returns the id of the block on the first row ("op3", "masthead"),
// or "".
func (v *docView) topID() string {
	if v.pane.top < len(v.blocks) {
		return v.blocks[v.pane.top].id
	}
	return ""
}

// buildOutline lists masthead, parts, preamble, operative paragraphs and
// annexes, and the chapter and section headings among their paragraphs,
// each with the block it jumps to.
func buildOutline(v *docView) []outlineEntry {
	d := v.doc
	var out []outlineEntry
	add := func(label string, depth int, id string) {
		if b, _, ok := v.locate(id); ok {
			out = append(out, outlineEntry{label: clean(label), depth: depth, block: b})
		}
	}
	if len(v.blocks) > 0 {
		head := d.Symbol
		if head == "" {
			head = "Masthead"
		}
		out = append(out, outlineEntry{label: clean(head), block: 0})
	}
	for _, part := range d.Parts {
		depth := 0
		if part.Label != "" {
			depth = 1
			first := ""
			if len(part.Preamble) > 0 {
				first = part.Preamble[0].ID
			} else if len(part.Operative) > 0 {
				first = part.Operative[0].ID
			}
			add(strings.TrimSpace(part.Label+" "+part.Heading), 0, first)
		}
		if len(part.Preamble) > 0 {
			add("Preamble ("+strconv.Itoa(len(part.Preamble))+")", depth, part.Preamble[0].ID)
		}
		for _, p := range part.Operative {
			if p.Heading != "" {
				// A chapter or section heading ("I. Sustainable development
				// and financing for development") heads what follows it.
				add(strings.Join(strings.Fields(p.Heading), " "), depth, p.ID)
			}
			label := "·"
			if p.Number != nil {
				label = *p.Number + "."
			}
			lead := p.Lead
			if lead == "" {
				lead = firstWords(p.Text, 6)
			}
			add(label+" "+lead, depth, p.ID)
		}
	}
	for _, a := range d.Annexes {
		label := strings.TrimSpace(a.Label + " " + a.Title)
		if label == "" {
			label = a.ID
		}
		add(label, 0, a.ID)
		for _, p := range a.Paragraphs {
			if p.Heading != "" {
				add(strings.Join(strings.Fields(p.Heading), " "), 1, p.ID)
			}
		}
	}
	return out
}

// firstWords returns up to n words of s.
func firstWords(s string, n int) string {
	if len(s) > 16*n {
		s = s[:16*n]
	}
	f := strings.Fields(s)
	if len(f) > n {
		return strings.Join(f[:n], " ") + "…"
	}
	return strings.Join(f, " ")
}

// buildCited lists the citations with the places of their mentions.
func buildCited(v *docView) []citedEntry {
	if len(v.doc.Citations) == 0 {
		return nil
	}
	texts := map[[2]string][]string{}
	for _, u := range v.doc.Units() {
		k := [2]string{u.ID, u.Footnote}
		texts[k] = append(texts[k], u.Text)
	}
	out := make([]citedEntry, 0, len(v.doc.Citations))
	for _, c := range v.doc.Citations {
		e := citedEntry{c: c}
		for _, m := range c.Mentions {
			b, ok := v.blockOf(m.Paragraph)
			if !ok {
				continue
			}
			var needles []string
			for _, t := range texts[[2]string{m.Paragraph, m.Footnote}] {
				if m.Start >= 0 && m.Start < m.End && m.End <= len(t) {
					needles = needlesOf(t[m.Start:m.End])
					break
				}
			}
			e.targets = append(e.targets, target{block: b, needles: needles})
		}
		out = append(out, e)
	}
	return out
}
