package ui

import (
	"time"

	tea "charm.land/bubbletea/v2"
)

// renderBudget is about how long one background render Cmd works before it
// hands its results back.
const renderBudget = 8 * time.Millisecond

// startRender renders what v's pane still lacks at its width: the visible
// blocks in one Cmd, then the rest in budgeted chunks.
func (m *model) startRender(v *docView) tea.Cmd {
	// The first screen's blocks alone until the background work starts;
	// or the whole document will replace this one.
	return column{v}.render(m.started && !m.provisional)
}

// renderVisible renders, out of turn, the visible blocks of the reading
// child that the background has not reached yet.
func (m *model) renderVisible() tea.Cmd {
	if !m.sized {
		return nil
	}
	return m.reading().renderVisible()
}

// renderCmd renders, off the input path, the blocks in must alone, so that
// they reach the screen at once, and leaves more for the next Cmd; without
// must, it renders blocks of more until the budget is spent. It first waits
// for wait, and stops early once the pane has moved on to another render
// generation (a resize), whose results would be dropped.
func renderCmd(v *docView, gen, width int, must, more []int, wait time.Duration) tea.Cmd {
	r, live := v.pane.r, &v.pane.live
	return func() tea.Msg {
		time.Sleep(wait)
		msg := blocksRenderedMsg{view: v, gen: gen, width: width, visible: len(must) > 0}
		stale := func() bool { return live.Load() != int64(gen) }
		if msg.visible {
			for _, i := range must {
				if stale() {
					return msg
				}
				msg.idx = append(msg.idx, i)
				msg.out = append(msg.out, r.Render(i, width))
			}
			msg.rest = more
			return msg
		}
		start := time.Now()
		for k, i := range more {
			if stale() {
				return msg
			}
			if len(msg.idx) > 0 && time.Since(start) > renderBudget {
				msg.rest = more[k:]
				break
			}
			msg.idx = append(msg.idx, i)
			msg.out = append(msg.out, r.Render(i, width))
		}
		return msg
	}
}

// rendered stores background results in the reading child and asks for
// the next chunk; the first results, those of the first screen, start the
// background work. Results for another width, renderer or document are
// dropped.
func (m *model) rendered(msg blocksRenderedMsg) tea.Cmd {
	_, cmd, _ := m.reading().Update(msg, m.keys)
	return tea.Batch(cmd, m.startBackground())
}
