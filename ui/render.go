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
	p := v.pane
	first, rest := p.renderQueue()
	if !m.started || m.provisional {
		// The first screen's blocks alone; or the whole document will
		// replace this one.
		rest = nil
	}
	if len(first) == 0 && len(rest) == 0 {
		return nil
	}
	return renderCmd(v, p.gen, p.width, first, rest)
}

// renderVisible renders, out of turn, the visible blocks of the current view
// that the background has not reached yet.
func (m *model) renderVisible() tea.Cmd {
	v := m.view
	if !m.sized || v.pane.rendered == nil {
		return nil
	}
	if miss := v.pane.missing(); len(miss) > 0 {
		return renderCmd(v, v.pane.gen, v.pane.width, miss, nil)
	}
	return nil
}

// renderCmd renders the blocks in must, then blocks of more until the budget
// is spent, off the input path.
func renderCmd(v *docView, gen, width int, must, more []int) tea.Cmd {
	r := v.pane.r
	return func() tea.Msg {
		start := time.Now()
		msg := blocksRenderedMsg{view: v, gen: gen, width: width}
		for _, i := range must {
			msg.idx = append(msg.idx, i)
			msg.out = append(msg.out, r.Render(i, width))
		}
		for k, i := range more {
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

// rendered stores background results and asks for the next chunk; the
// first results, those of the first screen, start the background work.
func (m *model) rendered(msg blocksRenderedMsg) tea.Cmd {
	return tea.Batch(m.storeRendered(msg), m.startBackground())
}

// storeRendered stores background results and returns the Cmd for the next
// chunk. Results for another width, renderer or document are dropped.
func (m *model) storeRendered(msg blocksRenderedMsg) tea.Cmd {
	v := msg.view
	if v != m.view || msg.gen != v.pane.gen || msg.width != v.pane.width {
		return nil
	}
	v.pane.store(msg.idx, msg.out)
	if len(msg.rest) == 0 {
		return nil
	}
	return renderCmd(v, msg.gen, msg.width, nil, msg.rest)
}
