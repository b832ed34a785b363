package ui

import (
	"fmt"

	tea "charm.land/bubbletea/v2"

	"resolute/content"
	"resolute/render"
)

// parallelState is the reader's state for the parallel view and the
// language keys (t, T), kept apart from the rest of the root model.
type parallelState struct {
	// par is the parallel view, nil while the reader shows one column.
	par *parallelView
	// beside is the last version shown in the right column (--with, or
	// chosen with T), which T shows again when the library has no other.
	beside *docView
	// picker is the list of languages t and T open, nil when closed.
	picker *langPicker
	// besideFull parses the whole right-hand version while the view shows
	// its head (Options.WithFull); nil once it is whole.
	besideFull func() (*content.Document, error)
}

// openParallel opens the parallel view of the reader's document beside
// right, at the paragraph the reader shows.
func (m *model) openParallel(right *docView) tea.Cmd {
	m.par = newParallelView(m.view, right)
	m.beside = right
	m.focus = focusPane
	cmd := m.relayout() // at the reader's paragraph
	m.message = languageWord(m.view.doc.Language) + " beside " + languageWord(right.doc.Language) + " (T: one column)"
	if len(m.par.notes) > 0 {
		m.message = m.par.differences()
	}
	return tea.Batch(cmd, m.par.renderVisible(), m.par.foldCmd())
}

// differences sums up where the two versions disagree for the status bar.
func (pv *parallelView) differences() string {
	n := pv.notes
	s := clean(n[0])
	if len(n) > 1 {
		s += fmt.Sprintf(" (and %d more difference", len(n)-1)
		if len(n) > 2 {
			s += "s"
		}
		s += ")"
	}
	return s
}

// closeParallel goes back to one column, at the paragraph at the top.
func (m *model) closeParallel() tea.Cmd {
	at := m.par.topUnit()
	m.par = nil
	cmd := m.relayout()
	if at != "" {
		m.view.goToID(at)
	}
	m.message = "one column (T: two)"
	return tea.Batch(cmd, m.startRender(m.view))
}

// besideFullMsg carries the view of the whole right-hand version, parsed
// in the background after its head (Options.WithFull); err is set when
// the parse failed.
type besideFullMsg struct {
	view *docView
	err  error
}

// adoptWhole puts a whole version in place of its head in the parallel
// view, left (the reader's view) or right, at the row at the top, with
// the rendering of every block that did not change; once both are whole,
// the rest of the background work starts. A version that could not be
// read whole keeps its head, and the status bar says so.
func (m *model) adoptWhole(side int, nv *docView, err error) tea.Cmd {
	old := m.par
	if side == sideLeft {
		m.provisional = false
	} else {
		m.besideFull = nil
	}
	if nv != nil {
		// Its renderer for the background now, which may have changed
		// since it was made.
		_, r := newSource(nv.doc, glamourStyle(nv.style, m.isDark))
		nv.pane.r = r
		if nr, ok := nv.pane.r.(*render.Renderer); ok {
			if or, ok := old.src[side].pane.r.(*render.Renderer); ok {
				nr.Adopt(or)
			}
		}
		left, right := old.src[sideLeft], old.src[sideRight]
		if side == sideLeft {
			left = nv
			m.view = nv
			m.panel.reset()
		} else {
			right = nv
			m.beside = nv
		}
		at, line := old.topUnit(), 0
		if old.top < len(old.rows) && old.rows[old.top].ID == at {
			line = old.line
		}
		m.par = newParallelView(left, right)
		m.par.partial = m.provisional || m.besideFull != nil
		if old.width > 0 {
			m.par.setSize(old.width, old.height, m.measure())
			if !m.par.goToID(at) || line > 0 {
				if k, ok := m.par.byID[at]; ok {
					m.par.goTo(k, line)
				}
			}
		}
		if q := old.search.query; q != "" {
			m.par.runSearch(q)
		}
	}
	if err != nil {
		m.restFailed(err)
	}
	if side == sideLeft {
		if ref := m.pendingJump; ref != "" {
			m.pendingJump = ""
			m.jump(ref)
		}
		if id := m.pendingResume; id != "" {
			m.pendingResume = ""
			m.par.goToID(id)
		}
	}
	cmds := []tea.Cmd{m.par.renderVisible()}
	if !m.provisional && m.besideFull == nil {
		m.par.partial = false
		if len(m.par.notes) > 0 && err == nil {
			m.message = m.par.differences()
		}
		cmds = append(cmds, m.par.renderRest(), warmLibrary(m.opt.Library, m.par.foldCmd()))
	}
	return tea.Batch(cmds...)
}
