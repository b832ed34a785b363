package ui

import (
	"time"

	tea "charm.land/bubbletea/v2"
)

// backgroundDelay is how long the background work waits after the first
// visible blocks are rendered: two frames, for the renderer to write the
// first screen before the work (and its garbage collection) takes the
// second core. Measured on 2 cores, starting it at once made the first
// frame's write 5-18 ms slower.
const backgroundDelay = 17 * time.Millisecond

// startBackground returns, once, the Cmd that starts the work the first
// screen does not need: parsing the whole document of a provisional one,
// or else rendering the blocks not on screen, folding the text for search
// and building the library's index.
func (m *model) startBackground() tea.Cmd {
	if m.started {
		return nil
	}
	m.started = true
	return tea.Tick(backgroundDelay, func(time.Time) tea.Msg { return backgroundMsg{} })
}

// background starts the work of startBackground: the whole of a version
// only its head is in, else the reader's own (reader.background), and
// the library's for the panel.
func (m *model) background() tea.Cmd {
	r := m.reading()
	var cmds []tea.Cmd
	if m.provisional {
		cmds = append(cmds, parseFullCmd(m.opt.Full, m.root().style, m.isDark))
	}
	if full := m.besideFull; full != nil {
		style, isDark := m.beside.style, m.isDark
		cmds = append(cmds, func() tea.Msg {
			d, err := full()
			if d == nil {
				return besideFullMsg{err: err}
			}
			return besideFullMsg{view: newDocView(d, style, isDark), err: err}
		})
	}
	if len(cmds) == 0 {
		// Whole: the rest of what the reader shows.
		cmds = append(cmds, r.background(m.opt.Library))
	}
	if r.panelBeside() {
		// What the panel lists from the library, and the index.
		cmds = append(cmds, m.libraryBackground())
	}
	return tea.Batch(cmds...)
}
