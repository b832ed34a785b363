package ui

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// itemStartCache holds where the items of one block start, for the lines
// it was computed from.
type itemStartCache struct {
	block int
	first *string // the first of the lines it was computed from
	n     int     // their number
	lines []int
}

// itemStarts returns the items of block b's paragraph, in reading order,
// and the line of the block at which each starts (-1 when its label was
// not found): the first line, after the previous item's, that begins with
// the item's printed label.
func (v *docView) itemStarts(b int) ([]string, []int) {
	ids := v.items[v.blocks[b].id]
	if len(ids) == 0 {
		return nil, nil
	}
	ls := v.pane.linesOf(b)
	c := &v.starts
	if c.lines != nil && c.block == b && len(ls) > 0 && c.first == &ls[0] && c.n == len(ls) {
		return ids, c.lines
	}
	plain := make([]string, len(ls))
	for l, s := range ls {
		plain[l] = strings.TrimSpace(ansi.Strip(s))
	}
	lines := make([]int, len(ids))
	from := 0
	for k, id := range ids {
		lines[k] = -1
		label := clean(strings.TrimSpace(v.itemLabel[id]))
		if label == "" {
			continue
		}
		for l := from; l < len(plain); l++ {
			if strings.HasPrefix(plain[l], label) {
				lines[k], from = l, l+1
				break
			}
		}
	}
	*c = itemStartCache{block: b, n: len(ls), lines: lines}
	if len(ls) > 0 {
		c.first = &ls[0]
	}
	return ids, lines
}

// topUnit returns the id of what the first row shows: the item whose lines
// it is in ("op13(d)"), else the block's id ("op13", "masthead").
func (v *docView) topUnit() string {
	p := v.pane
	if p.top >= len(v.blocks) {
		return ""
	}
	id := v.blocks[p.top].id
	if p.line == 0 || !v.blocks[p.top].para {
		return id
	}
	ids, lines := v.itemStarts(p.top)
	for k := len(ids) - 1; k >= 0; k-- {
		if lines[k] > 0 && lines[k] <= p.line {
			return ids[k]
		}
	}
	return id
}

// reanchor puts the anchored item back on the first row, after the lines of
// its block changed.
func (v *docView) reanchor() {
	if v.anchor == "" {
		return
	}
	b, l, ok := v.locate(v.anchor)
	if !ok || b != v.pane.top {
		v.anchor = ""
		return
	}
	v.pane.goTo(b, l)
	v.anchorSet = true // the anchor's move, not the reader's
}

// goToID puts paragraph or item id on the first row; an item stays there
// as its block is rendered (reanchor). It reports whether v has id.
func (v *docView) goToID(id string) bool {
	b, l, ok := v.locate(id)
	if !ok {
		return false
	}
	v.pane.goTo(b, l)
	v.anchor = ""
	if _, isItem := v.itemLabel[id]; isItem {
		v.anchor = id
	}
	v.anchorSet = true
	return true
}

// unitName says which paragraph id is in words a reader knows: the id
// itself for a paragraph or item ("op3", "pp2", "op13(d)", "II.op3"), a
// description for the reader's internal ids: "after op13" for the first
// unnumbered paragraph after op13 (op13_1), "unnumbered ¶2" for the second
// before any number (op0_2), "part II", "annex II".
func (v *docView) unitName(id string) string {
	id = clean(id)
	prefix, local := "", id
	if i := strings.LastIndexByte(id, '.'); i >= 0 && !strings.HasPrefix(id, "annex") {
		prefix, local = id[:i]+", ", id[i+1:]
	}
	switch {
	case strings.HasPrefix(id, "old:"): // a comparison's deleted paragraph
		return "old " + v.unitName(id[len("old:"):])
	case strings.HasPrefix(id, "part:"):
		return "part " + id[len("part:"):]
	case strings.HasPrefix(id, "formula:"):
		return "formula of " + id[len("formula:"):]
	case strings.HasPrefix(id, "closing:"):
		return "closing of " + id[len("closing:"):]
	case strings.HasPrefix(id, "annex") && !strings.Contains(id, "."):
		return strings.TrimSpace("annex " + id[len("annex"):])
	}
	base, item := local, ""
	if i := strings.IndexByte(local, '('); i >= 0 {
		base, item = local[:i], local[i:]
	}
	num, k, ok := strings.Cut(strings.TrimPrefix(base, "op"), "_")
	if !ok || !strings.HasPrefix(base, "op") {
		return id
	}
	nth, err := strconv.Atoi(k)
	if err != nil {
		return id
	}
	if num == "0" {
		return prefix + "unnumbered ¶" + k + item
	}
	s := "after op" + num
	if nth > 1 {
		s = ordinal(nth) + " " + s
	}
	return prefix + s + item
}

// ordinal returns "2nd", "3rd", "4th" for n.
func ordinal(n int) string {
	suffix := "th"
	switch {
	case n%100 >= 11 && n%100 <= 13:
	case n%10 == 1:
		suffix = "st"
	case n%10 == 2:
		suffix = "nd"
	case n%10 == 3:
		suffix = "rd"
	}
	return strconv.Itoa(n) + suffix
}
