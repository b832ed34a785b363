package ui

import (
	"strings"

	"resolute/content/cite"
	"resolute/parallel"
)

// The parallel view shows two versions of a resolution (two languages, or
// two files) in two columns, paragraph beside paragraph: the rows of
// parallel.Rows over the two documents' blocks, each row as tall as the
// taller of its two blocks, the paragraph id in a gutter on the left, one
// scroll position for both. Below parallelStackWidth each pair is stacked,
// the left version above the right. Each column is a docView of its own
// (its blocks on a pane at the column's width, sharing the renderer of the
// reader's view of that document, which caches per width), held as a
// column child: it renders, stores and draws its lines as the single view
// does (the placeholders, the item labels, the matches, the right-to-left
// layout), and the parallel view sets them side by side, row by row.

// parallelStackWidth is the narrowest pane that shows two columns; below
// it the view stacks each pair.
const parallelStackWidth = 100

// columnGap separates the two columns: " │ ".
const columnGap = 3

// side numbers the two columns.
const (
	sideLeft = iota
	sideRight
)

// pcell is what one line of a row shows of one version: line `line` of
// block `block` of side `side`, or a note where the side has a gap
// (block -1).
type pcell struct {
	side, block, line int
	note              string
}

// pline is one line of a row: two cells side by side, or, stacked, one.
type pline struct {
	cells []pcell
}

// parallelView is the parallel view: the two columns and the rows.
type parallelView struct {
	cols [2]column
	rows []parallel.Row
	// notes are the rows' notes, in order ("fr has no OP7").
	notes []string
	// rowOf maps a block of each side to its row.
	rowOf [2]map[int]int
	// byID maps a block id to its row (the first).
	byID    map[string]int
	stacked bool
	// width and height are the view's; colW each column's text width;
	// gutW the gutter's; left the column the gutter starts at.
	width, height, colW, gutW, left int
	// lineAnchor is the anchor: line `line` of row `top` is on the
	// first row.
	lineAnchor
	// lines caches each row's lines at the current layout; cleared when a
	// block of the row is rendered or the layout changes.
	lines map[int][]pline
	// search is the search over both columns.
	search parallelSearch
	// started is set once the background rendering of the columns is
	// under way.
	started bool
	// anchor is an item jumped to: its first line stays on the first row
	// as its row's lines change, until the reader moves (docView.anchor).
	anchor string
	// src are the views the columns were made from: the reader's view of
	// the left document, the right document's own.
	src [2]*docView
	// partial is set while either version is only its head: its gaps and
	// notes may be where the shorter head ends, and are not shown.
	partial bool
}

// newParallelView returns the parallel view of left beside right, sharing
// left's blocks and renderer (right is a docView of its own).
func newParallelView(left, right *docView) *parallelView {
	pv := &parallelView{cols: [2]column{{shadowView(left)}, {shadowView(right)}}, src: [2]*docView{left, right}, search: parallelSearch{cur: -1}}
	ids := func(v *docView) []string {
		out := make([]string, len(v.blocks))
		for i, b := range v.blocks {
			out[i] = b.id
		}
		return out
	}
	pv.rows = parallel.DocumentRows(left.doc, right.doc, ids(left), ids(right))
	pv.byID = make(map[string]int, len(pv.rows))
	pv.rowOf = [2]map[int]int{make(map[int]int, len(pv.rows)), make(map[int]int, len(pv.rows))}
	for k, r := range pv.rows {
		if _, dup := pv.byID[r.ID]; !dup {
			pv.byID[r.ID] = k
		}
		if r.L >= 0 {
			pv.rowOf[sideLeft][r.L] = k
		}
		if r.R >= 0 {
			pv.rowOf[sideRight][r.R] = k
		}
		if r.Note != "" && pv.isPara(k) {
			pv.notes = append(pv.notes, r.Note)
		}
	}
	return pv
}

// shadowView returns a view of v's document over v's blocks and renderer
// with a pane of its own, so that the column keeps its own width and
// position while the reader's view keeps its.
func shadowView(v *docView) *docView {
	return &docView{
		doc: v.doc, style: v.style, blocks: v.blocks, pane: newPane(v.blocks, v.pane.r),
		byID: v.byID, itemLabel: v.itemLabel, items: v.items, folded: v.folded, citeSel: -1,
	}
}

// blockOfSide returns the block of row k on side s, or -1.
func (pv *parallelView) blockOfSide(k, s int) int {
	if s == sideLeft {
		return pv.rows[k].L
	}
	return pv.rows[k].R
}

// isPara reports whether row k shows a paragraph on either side.
func (pv *parallelView) isPara(k int) bool {
	for s, v := range pv.cols {
		if b := pv.blockOfSide(k, s); b >= 0 && v.blocks[b].para {
			return true
		}
	}
	return false
}

// setSize lays the view out in width×height cells at most measure cells
// a column (0 for no limit); it reports whether the columns' width
// changed, when their blocks must be rendered again.
func (pv *parallelView) setSize(width, height, measure int) bool {
	pv.width, pv.height = width, max(0, height)
	pv.gutW = pv.gutterWidth()
	stacked := width < parallelStackWidth
	var colW int
	if stacked {
		colW = max(1, width-pv.gutW)
	} else {
		colW = max(1, (width-pv.gutW-columnGap)/2)
	}
	if measure > 0 {
		colW = min(colW, measure)
	}
	used := pv.gutW + colW
	if !stacked {
		used += columnGap + colW
	}
	pv.left = max(0, (width-used)/2)
	changed := colW != pv.colW || stacked != pv.stacked
	pv.colW, pv.stacked = colW, stacked
	for _, v := range pv.cols {
		if v.pane.setSize(colW, height) {
			changed = true
		}
	}
	if changed {
		pv.lines = nil
		pv.clampLine()
	}
	return changed
}

// gutterWidth is the width of the paragraph-id gutter: the longest id of a
// paragraph row and a space, at least 4, at most gutterMax.
func (pv *parallelView) gutterWidth() int {
	w := 3
	for k, r := range pv.rows {
		if pv.isPara(k) {
			w = max(w, len([]rune(clean(gutterLabel(r.ID)))))
		}
	}
	return min(w+1, gutterMax)
}

// cellsOf returns side s's lines of row k: the block's lines (rendered or
// a placeholder) or, for a gap, the note and a blank line.
func (pv *parallelView) cellsOf(k, s int) []pcell {
	b := pv.blockOfSide(k, s)
	if b < 0 {
		note := pv.rows[k].Note
		switch {
		case note == "":
			return nil
		case pv.partial:
			// Only the heads are in: a gap may be the end of the shorter.
			note = "…"
		default:
			note = "(" + note + ")"
		}
		return []pcell{{side: s, block: -1, note: note}, {side: s, block: -1}}
	}
	n := len(pv.cols[s].pane.linesOf(b))
	out := make([]pcell, n)
	for l := range out {
		out[l] = pcell{side: s, block: b, line: l}
	}
	return out
}

// rowLines returns row k's lines at the current layout, cached.
func (pv *parallelView) rowLines(k int) []pline {
	if ls, ok := pv.lines[k]; ok {
		return ls
	}
	l, r := pv.cellsOf(k, sideLeft), pv.cellsOf(k, sideRight)
	var out []pline
	if pv.stacked {
		for _, c := range append(l, r...) {
			out = append(out, pline{cells: []pcell{c}})
		}
	} else {
		none := [2]pcell{{side: sideLeft, block: -1}, {side: sideRight, block: -1}}
		for i := range max(len(l), len(r)) {
			a, b := none[0], none[1]
			if i < len(l) {
				a = l[i]
			}
			if i < len(r) {
				b = r[i]
			}
			out = append(out, pline{cells: []pcell{a, b}})
		}
	}
	if len(out) == 0 {
		out = []pline{{}}
	}
	if pv.lines == nil {
		pv.lines = map[int][]pline{}
	}
	pv.lines[k] = out
	return out
}

// count returns row k's number of lines, estimated for blocks neither
// rendered nor wrapped yet (pane.count), for the position in the status.
func (pv *parallelView) count(k int) int {
	if ls, ok := pv.lines[k]; ok {
		return len(ls)
	}
	n := [2]int{}
	for s, v := range pv.cols {
		if b := pv.blockOfSide(k, s); b >= 0 {
			n[s] = v.pane.count(b)
		} else if pv.rows[k].Note != "" {
			n[s] = 2
		}
	}
	if pv.stacked {
		return max(1, n[0]+n[1])
	}
	return max(1, n[0], n[1])
}

// percent returns how far the view is through the rows, 0 to 100.
func (pv *parallelView) percent() int {
	at, total := 0, 0
	for k := range pv.rows {
		n := pv.count(k)
		if k < pv.top {
			at += n
		}
		total += n
	}
	at += pv.line
	if total <= pv.height {
		return 100
	}
	return min(100, max(0, at*100/(total-pv.height)))
}

// clampLine keeps the anchor inside the rows.
func (pv *parallelView) clampLine() { pv.clamp(pv) }

// scroll moves the anchor n lines down (up when n < 0), stopping at the
// top and when the last line reaches the bottom row.
func (pv *parallelView) scroll(n int) { pv.moveBy(pv, n, pv.height) }

// goTo puts line `line` of row k on the first row.
func (pv *parallelView) goTo(k, line int) { pv.moveTo(pv, k, line) }

// end puts the last line on the bottom row.
func (pv *parallelView) end() { pv.toEnd(pv, pv.height) }

// units and lineCount count the rows and their lines at the current layout
// (lineUnits).
func (pv *parallelView) units() int          { return len(pv.rows) }
func (pv *parallelView) lineCount(k int) int { return len(pv.rowLines(k)) }

// visibleRows returns the rows on screen, top first.
func (pv *parallelView) visibleRows() []int {
	var out []int
	shown := 0
	for k := pv.top; k < len(pv.rows) && shown < max(1, pv.height); k++ {
		out = append(out, k)
		shown += len(pv.rowLines(k))
		if k == pv.top {
			shown -= pv.line
		}
	}
	return out
}

// screenLine is one line on screen: line `line` of row `row`.
type screenLine struct {
	row, line int
	pline
}

// screenLines returns the lines on screen from the anchor, at most height.
func (pv *parallelView) screenLines() []screenLine {
	var out []screenLine
	for k := pv.top; k < len(pv.rows) && len(out) < pv.height; k++ {
		ls := pv.rowLines(k)
		from := 0
		if k == pv.top {
			from = pv.line
		}
		for l := from; l < len(ls) && len(out) < pv.height; l++ {
			out = append(out, screenLine{row: k, line: l, pline: ls[l]})
		}
	}
	return out
}

// rowOfID returns the row showing paragraph or item id and the line of
// the row where it starts: the row of the paragraph holding an item, at
// the item's first line on the left, else on the right.
func (pv *parallelView) rowOfID(id string) (int, int, bool) {
	for s, v := range pv.cols {
		b, l, ok := v.locate(id)
		if !ok {
			continue
		}
		k, ok := pv.rowOf[s][b]
		if !ok {
			continue
		}
		if pv.stacked && s == sideRight {
			l += len(pv.cellsOf(k, sideLeft))
		}
		return k, l, true
	}
	return 0, 0, false
}

// goToID puts paragraph or item id on the first row, an item anchored
// there as its row is rendered; it reports whether either column has id.
func (pv *parallelView) goToID(id string) bool {
	k, l, ok := pv.rowOfID(id)
	if !ok {
		return false
	}
	pv.goTo(k, l)
	pv.anchor = ""
	if _, isItem := pv.cols[sideLeft].itemLabel[id]; isItem {
		pv.anchor = id
	} else if _, isItem := pv.cols[sideRight].itemLabel[id]; isItem {
		pv.anchor = id
	}
	return true
}

// reanchor puts the anchored item back on the first row after its row's
// lines changed.
func (pv *parallelView) reanchor() {
	if pv.anchor == "" {
		return
	}
	k, l, ok := pv.rowOfID(pv.anchor)
	if !ok || k != pv.top {
		pv.anchor = ""
		return
	}
	pv.goTo(k, l)
}

// stepParagraph moves to the first line of the next (dir > 0) or
// previous paragraph row; back to the start of the row at the top first.
func (pv *parallelView) stepParagraph(dir int) {
	k := pv.top
	if dir < 0 && pv.line > 0 && pv.isPara(k) {
		pv.goTo(k, 0)
		return
	}
	for k += dir; k >= 0 && k < len(pv.rows); k += dir {
		if pv.isPara(k) {
			pv.goTo(k, 0)
			return
		}
	}
}

// topID returns the id of the row on the first row ("op3", "masthead").
func (pv *parallelView) topID() string {
	if pv.top < len(pv.rows) {
		return pv.rows[pv.top].ID
	}
	return ""
}

// topUnit returns the id of what the first row shows, an item when the
// first row is inside one on the left (or, with a gap there, the right).
func (pv *parallelView) topUnit() string {
	if pv.top >= len(pv.rows) {
		return ""
	}
	for s, v := range pv.cols {
		b := pv.blockOfSide(pv.top, s)
		if b < 0 {
			continue
		}
		line := pv.line
		if pv.stacked && s == sideRight {
			line -= len(pv.cellsOf(pv.top, sideLeft))
		}
		if pv.stacked && s == sideLeft && line >= len(pv.cellsOf(pv.top, sideLeft)) {
			continue
		}
		v.pane.top, v.pane.line = b, max(0, line)
		return v.topUnit()
	}
	return pv.rows[pv.top].ID
}

// unitName names id for the status bar as the single view does.
func (pv *parallelView) unitName(id string) string { return pv.cols[sideLeft].unitName(id) }

// otherResolution says so when the two versions are not of one symbol
// (two files given): "beside A/RES/76/1, another resolution"; else "".
func (pv *parallelView) otherResolution() string {
	l, r := pv.cols[sideLeft].doc.Symbol, pv.cols[sideRight].doc.Symbol
	if l == "" || r == "" {
		return ""
	}
	lk, _ := cite.Canonical(l)
	rk, _ := cite.Canonical(r)
	if lk == rk {
		return ""
	}
	return "beside " + clean(r) + ", another resolution"
}

// languages returns the two columns' languages, "en │ fr", for the status.
func (pv *parallelView) languages() string {
	l, r := pv.cols[sideLeft].doc.Language, pv.cols[sideRight].doc.Language
	if l == "" || r == "" {
		return ""
	}
	return strings.ToLower(l) + "│" + strings.ToLower(r)
}
