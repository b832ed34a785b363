package ui

import (
	"time"

	tea "charm.land/bubbletea/v2"
)

// owns reports whether v is one of the view's columns.
func (pv *parallelView) owns(v *docView) bool {
	return pv != nil && (v == pv.cols[sideLeft] || v == pv.cols[sideRight])
}

// renderVisible renders, out of turn, the blocks of the rows on screen
// that are neither rendered nor asked for: one Cmd a column.
func (pv *parallelView) renderVisible() tea.Cmd {
	var cmds []tea.Cmd
	rows := pv.visibleRows()
	for s, v := range pv.cols {
		p := v.pane
		if p.rendered == nil || p.width == 0 {
			continue
		}
		var miss []int
		for _, k := range rows {
			if b := pv.blockOfSide(k, s); b >= 0 && !p.isRendered(b) && !p.asked[b] {
				p.asked[b] = true
				miss = append(miss, b)
			}
		}
		if len(miss) > 0 {
			cmds = append(cmds, renderCmd(v, p.gen, p.width, miss, nil, 0))
		}
	}
	return tea.Batch(cmds...)
}

// foldCmd folds both columns' text for search in the background.
func (pv *parallelView) foldCmd() tea.Cmd {
	return tea.Batch(foldCmd(pv.cols[sideLeft]), foldCmd(pv.cols[sideRight]))
}

// renderRest renders, in the background and in budgeted chunks, the
// blocks of both columns not rendered yet: from the top row on, then
// those above.
func (pv *parallelView) renderRest() tea.Cmd {
	pv.started = true
	var cmds []tea.Cmd
	for s, v := range pv.cols {
		p := v.pane
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
			cmds = append(cmds, renderCmd(v, p.gen, p.width, nil, rest, backgroundDelay))
		}
	}
	return tea.Batch(cmds...)
}

// rendered stores rendered blocks of a column and asks for the next
// chunk; results for another width are dropped. The row at the top keeps
// its place, or its anchored item.
func (pv *parallelView) rendered(msg blocksRenderedMsg) tea.Cmd {
	v := msg.view
	s := sideLeft
	if v == pv.cols[sideRight] {
		s = sideRight
	}
	if msg.gen != v.pane.gen || msg.width != v.pane.width {
		return nil
	}
	v.pane.store(msg.idx, msg.out)
	for _, b := range msg.idx {
		if k, ok := pv.rowOf[s][b]; ok {
			delete(pv.lines, k)
		}
	}
	pv.reanchor()
	pv.clampLine()
	if len(msg.rest) == 0 {
		return nil
	}
	var wait time.Duration
	if msg.visible {
		wait = backgroundDelay
	}
	return renderCmd(v, msg.gen, msg.width, nil, msg.rest, wait)
}
