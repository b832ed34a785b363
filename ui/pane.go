package ui

import (
	"strings"
	"sync/atomic"
	"unicode/utf8"
)

// pane is the reading pane of one document: the blocks' lines at the current
// render width and the anchor, the block and line shown on the first row.
type pane struct {
	blocks []block
	r      renderer
	width  int // render width
	height int
	gen    int // render generation; results of older ones are dropped
	// live is gen, readable by the render Cmds, which stop when it moves on.
	live atomic.Int64
	// rendered holds each block's rendered lines at width, nil until known.
	rendered [][]string
	// ph holds placeholder lines for blocks not rendered yet.
	ph [][]string
	// asked marks blocks whose rendering was asked for out of turn, because
	// they came on screen before the background got to them.
	asked map[int]bool
	// visualCache holds the visual order of right-to-left lines (visualOf).
	visualCache map[string]string
	// lineAnchor is the anchor: line `line` of block `top` is on the
	// first row of the pane.
	lineAnchor
}

// newPane returns a pane over blocks.
func newPane(blocks []block, r renderer) *pane {
	return &pane{blocks: blocks, r: r}
}

// setSize sets the pane's size. It reports whether the render width changed,
// in which case the caller must start rendering again.
func (p *pane) setSize(width, height int) bool {
	p.height = max(0, height)
	width = max(1, width)
	if width == p.width {
		return false
	}
	// Keep the paragraph at the top, at about the same place in it.
	if p.width > 0 {
		p.line = p.line * p.width / width
	}
	p.width = width
	p.resetLines()
	p.clampLine()
	return true
}

// resetLines forgets every block's lines, after a width or renderer change.
func (p *pane) resetLines() {
	p.gen++
	p.live.Store(int64(p.gen))
	p.rendered = make([][]string, len(p.blocks))
	p.ph = make([][]string, len(p.blocks))
	p.asked = map[int]bool{}
	p.visualCache = nil
}

// missingOf returns those of blocks that are neither rendered nor asked
// for, and marks them asked.
func (p *pane) missingOf(blocks []int) []int {
	var out []int
	for _, i := range blocks {
		if !p.isRendered(i) && !p.asked[i] {
			p.asked[i] = true
			out = append(out, i)
		}
	}
	return out
}

// isRendered reports whether block i's lines are its real rendering.
func (p *pane) isRendered(i int) bool {
	if p.rendered[i] != nil {
		return true
	}
	if p.r.Cached(i, p.width) {
		p.rendered[i] = splitRendered(p.r.Render(i, p.width))
		return true
	}
	return false
}

// linesOf returns block i's lines: rendered if known (or cached by the
// renderer), otherwise a plain placeholder. It never renders.
func (p *pane) linesOf(i int) []string {
	if p.rendered == nil {
		p.resetLines()
	}
	if p.isRendered(i) {
		return p.rendered[i]
	}
	if p.ph[i] == nil {
		p.ph[i] = append(wrapPlain(p.blocks[i].plain, max(1, p.width-2)), "")
	}
	return p.ph[i]
}

// store keeps rendered output for the listed blocks.
func (p *pane) store(idx []int, out []string) {
	for k, i := range idx {
		if i >= 0 && i < len(p.blocks) && k < len(out) {
			p.rendered[i] = splitRendered(out[k])
			p.ph[i] = nil
		}
	}
	p.clampLine()
}

// splitRendered splits a rendered block into lines and adds the blank line
// that separates it from the next.
func splitRendered(s string) []string {
	s = strings.TrimRight(s, "\n")
	return append(strings.Split(s, "\n"), "")
}

// count returns block i's number of lines, estimated for a block neither
// rendered nor wrapped yet.
func (p *pane) count(i int) int {
	switch {
	case p.rendered[i] != nil:
		return len(p.rendered[i])
	case p.ph[i] != nil:
		return len(p.ph[i])
	}
	return utf8.RuneCountInString(p.blocks[i].plain)/max(1, p.width-2) + 2
}

// position returns the anchor's line number and the total, for the status.
func (p *pane) position() (at, total int) {
	for i := range p.blocks {
		n := p.count(i)
		if i < p.top {
			at += n
		}
		total += n
	}
	return at + p.line, total
}

// percent returns how far the pane is through the document, 0 to 100.
func (p *pane) percent() int {
	if len(p.blocks) == 0 {
		return 100
	}
	at, total := p.position()
	if total <= p.height {
		return 100
	}
	return min(100, max(0, at*100/(total-p.height)))
}

func (p *pane) clampLine() { p.clamp(p) }

// scroll moves the anchor n lines down (up when n < 0), stopping at the
// top and when the last line reaches the bottom row.
func (p *pane) scroll(n int) { p.moveBy(p, n, p.height) }

// goTo puts line `line` of block i on the first row.
func (p *pane) goTo(i, line int) { p.moveTo(p, i, line) }

// end puts the last line of the document on the bottom row.
func (p *pane) end() { p.toEnd(p, p.height) }

// units and lineCount count the pane's blocks and their lines (lineUnits).
func (p *pane) units() int          { return len(p.blocks) }
func (p *pane) lineCount(i int) int { return len(p.linesOf(i)) }

// visible returns the indices of the blocks on screen, top first.
func (p *pane) visible() []int {
	var out []int
	rows := 0
	for i := p.top; i < len(p.blocks) && rows < max(1, p.height); i++ {
		out = append(out, i)
		if i == p.top {
			rows += len(p.linesOf(i)) - p.line
		} else {
			rows += len(p.linesOf(i))
		}
	}
	return out
}

// renderQueue returns the blocks still to render: the visible ones first,
// then the rest of the document after them, then what comes before.
func (p *pane) renderQueue() (first, rest []int) {
	vis := p.visible()
	seen := map[int]bool{}
	for _, i := range vis {
		seen[i] = true
		if !p.isRendered(i) {
			first = append(first, i)
		}
	}
	n := len(p.blocks)
	for k := 0; k < n; k++ {
		i := (p.top + k) % n
		if !seen[i] && p.rendered[i] == nil {
			rest = append(rest, i)
		}
	}
	return first, rest
}

// row is one line of the pane with the block it belongs to.
type row struct {
	block, line int
	text        string
	placeholder bool
}

// rows returns the pane's rows from the anchor, at most height of them.
func (p *pane) rows() []row {
	var out []row
	for i := p.top; i < len(p.blocks) && len(out) < p.height; i++ {
		ls := p.linesOf(i)
		ph := !p.isRendered(i)
		from := 0
		if i == p.top {
			from = p.line
		}
		for l := from; l < len(ls) && len(out) < p.height; l++ {
			out = append(out, row{block: i, line: l, text: ls[l], placeholder: ph})
		}
	}
	return out
}

// isVisible reports whether line l of block b is on screen.
func (p *pane) isVisible(b, l int) bool {
	for _, r := range p.rows() {
		if r.block == b && r.line == l {
			return true
		}
	}
	return false
}
