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

// background starts the work of startBackground.
func (m *model) background() tea.Cmd {
	if m.par != nil {
		return m.parallelBackground()
	}
	if m.provisional {
		return tea.Batch(parseFullCmd(m.opt.Full, m.root().style, m.isDark), m.libraryBackground())
	}
	return tea.Batch(m.startRender(m.view), warmLibrary(m.opt.Library, foldCmd(m.view)), m.libraryBackground())
}
