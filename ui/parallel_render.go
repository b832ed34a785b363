package ui

import (
	tea "charm.land/bubbletea/v2"
)

// owns reports whether v is one of the view's columns.
func (pv *parallelView) owns(v *docView) bool {
	_, ok := pv.sideOf(v)
	return ok
}

// sideOf returns the side whose column shows v.
func (pv *parallelView) sideOf(v *docView) (int, bool) {
	if pv == nil {
		return 0, false
	}
	for s, c := range pv.cols {
		if c.docView == v {
			return s, true
		}
	}
	return 0, false
}

// renderVisible renders, out of turn, the blocks of the rows on screen
// that are neither rendered nor asked for: one Cmd a column.
func (pv *parallelView) renderVisible() tea.Cmd {
	var cmds []tea.Cmd
	rows := pv.visibleRows()
	var buf [64]int // the rows on screen, without a garbage slice per key
	for s, c := range pv.cols {
		blocks := buf[:0]
		for _, k := range rows {
			if b := pv.blockOfSide(k, s); b >= 0 {
				blocks = append(blocks, b)
			}
		}
		cmds = append(cmds, c.renderMissing(blocks))
	}
	return tea.Batch(cmds...)
}

// foldCmd folds both columns' text for search in the background.
func (pv *parallelView) foldCmd() tea.Cmd {
	return tea.Batch(foldCmd(pv.cols[sideLeft].docView), foldCmd(pv.cols[sideRight].docView))
}

// renderRest renders, in the background and in budgeted chunks, the
// blocks of both columns not rendered yet: from the top row on, then
// those above.
func (pv *parallelView) renderRest() tea.Cmd {
	pv.started = true
	var cmds []tea.Cmd
	for s, c := range pv.cols {
		p := c.pane
		if p.rendered == nil || p.width == 0 {
			continue
		}
		var rest []int
		n := len(pv.rows)
		for j := range n {
			k := (pv.top + j) % n
			if b := pv.blockOfSide(k, s); b >= 0 && !p.isRendered(b) && !p.asked[b] {
				rest = append(rest, b)
			}
		}
		if len(rest) > 0 {
			cmds = append(cmds, renderCmd(c.docView, p.gen, p.width, nil, rest, backgroundDelay))
		}
	}
	return tea.Batch(cmds...)
}

// rendered passes rendered blocks to the column they are for, which
// stores them and asks for the next chunk, and lays their rows out
// again; the row at the top keeps its place, or its anchored item.
// Results for the reader's own view, which the left column was made
// from, are stored there, as the single view would.
func (pv *parallelView) rendered(msg blocksRenderedMsg) tea.Cmd {
	s, ok := pv.sideOf(msg.view)
	if !ok {
		return column{pv.src[sideLeft]}.rendered(msg)
	}
	c := pv.cols[s]
	if !c.fresh(msg) {
		return nil
	}
	cmd := c.rendered(msg)
	for _, b := range msg.idx {
		if k, ok := pv.rowOf[s][b]; ok {
			delete(pv.lines, k)
		}
	}
	pv.reanchor()
	pv.clampLine()
	return cmd
}

// layout lays the view out over the whole body, and the reader's own
// view, its left column's source, as one column for when it is shown
// alone.
func (pv *parallelView) layout(paneW, height, measure int, ids bool) (first, changed bool) {
	column{pv.src[sideLeft]}.layout(paneW, height, measure, ids)
	first, taller := pv.width == 0, height > pv.height
	return first, pv.setSize(paneW, height, measure) || first || taller
}

// opening says that the two versions are of two resolutions, else where
// they disagree once both are whole.
func (pv *parallelView) opening() (string, bool) {
	if note := pv.otherResolution(); note != "" {
		return note, true
	}
	if !pv.partial && len(pv.notes) > 0 {
		return pv.differences(), false
	}
	return "", false
}

// render renders the blocks on screen and, with rest, the others in the
// background, once: a resize keeps what the background has under way.
func (pv *parallelView) render(rest bool) tea.Cmd {
	cmd := pv.renderVisible()
	if rest && !pv.started {
		return tea.Batch(cmd, pv.renderRest())
	}
	return cmd
}

// background renders the rest of both columns and folds them for search
// after a first call into lib.
func (pv *parallelView) background(lib Library) tea.Cmd {
	return tea.Batch(pv.renderRest(), warmLibrary(lib, pv.foldCmd()))
}

// restyle gives both versions the renderers of a new background, the
// left one's being the reader's own view, and draws the rows again at the
// same place; the rest of both columns is rendered again once render is
// asked with rest.
func (pv *parallelView) restyle(isDark bool, diff string) {
	for s, c := range pv.cols {
		src := column{pv.src[s]}
		src.restyle(isDark, diff)
		c.pane.r = src.pane.r
		c.pane.resetLines()
	}
	pv.lines = nil
	pv.started = false
	pv.clampLine()
}
