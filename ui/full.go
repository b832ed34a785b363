package ui

import (
	"strings"

	tea "charm.land/bubbletea/v2"

	"resolute/content"
	"resolute/render"
	"resolute/termsafe"
)

// parseFullCmd parses the whole document and prepares its view, off the
// input path. A parse that fails may still give the part it read.
func parseFullCmd(full func() (*content.Document, error), style string, isDark bool) tea.Cmd {
	return func() tea.Msg {
		d, err := full()
		if d == nil {
			return fullDocMsg{err: err}
		}
		return fullDocMsg{view: newDocView(d, style, isDark), isDark: isDark, err: err}
	}
}

// Failure returns nil: the reader no longer ends when the rest of its
// document fails to parse (it keeps the part it has, and says so). It is
// kept for callers written when it did.
func Failure(m tea.Model) error {
	return nil
}

// restFailed keeps the provisional document when the rest of it could not
// be read, and says so; a jump waiting for the rest is given up.
func (m *model) restFailed(err error) {
	m.setRestCause(err)
	m.message = "the rest could not be read: " + m.restCause
	if ref := m.pendingJump; ref != "" {
		m.pendingJump = ""
		m.message = beyondRead(ref, m.restCause)
	}
	m.pendingResume = ""
}

// setRestCause keeps why the rest could not be read. The status bar has
// room for the cause, not for the file's name again.
func (m *model) setRestCause(err error) {
	cause := clean(err.Error())
	if m.opt.File != "" {
		cause = strings.TrimPrefix(cause, termsafe.Name(m.opt.File)+": ")
	}
	m.restCause = cause
}

// beyondRead is the message for a jump to ref, which the part of the
// document read lacks, when the rest could not be read.
func beyondRead(ref, cause string) string {
	return clean(ref) + " is beyond what could be read: " + cause
}

// adoptFull puts the whole document in place of the provisional one: at the
// paragraph the pane shows, with the rendered output of every block that did
// not change, the panel's state and the search, if any.
func (m *model) adoptFull(msg fullDocMsg) tea.Cmd {
	if !m.provisional {
		return nil
	}
	m.provisional = false
	if msg.view == nil {
		m.restFailed(msg.err)
		return m.background() // what follows the first screen of a whole document
	}
	jumpSaid := false // the pending jump was tried and reported something
	if msg.err != nil {
		// Known before the pending jump is tried: a paragraph the part
		// read lacks is then reported as beyond it.
		m.setRestCause(msg.err)
		defer func() {
			m.pendingResume = ""
			if !jumpSaid {
				m.message = "the rest could not be read: " + m.restCause
			}
		}()
	}
	old, nv := m.root(), msg.view
	if msg.isDark != m.isDark {
		_, r := newSource(nv.doc, glamourStyle(nv.style, m.isDark))
		nv.pane.r = r
	}
	if nr, ok := nv.pane.r.(*render.Renderer); ok {
		if or, ok := old.pane.r.(*render.Renderer); ok {
			nr.Adopt(or)
		}
	}
	// The lists change: the selections go back to the top, the tab stays.
	m.replaceRoot(old, nv)
	background := warmLibrary(m.opt.Library, foldCmd(nv))
	if old.pane.width == 0 {
		return background
	}
	nv.pane.setSize(old.pane.width, old.pane.height)
	switch id := m.pendingResume; {
	case id != "" && old.pane.top == 0 && old.pane.line == 0:
		m.pendingResume = ""
		m.resumeAt(column{nv}, nv, id)
	case old.pane.top < len(old.blocks):
		if i, ok := nv.byID[old.blocks[old.pane.top].id]; ok {
			nv.pane.goTo(i, old.pane.line)
		}
	}
	if q := old.search.query; q != "" {
		nv.runSearch(q)
	}
	if ref := m.pendingJump; ref != "" {
		m.pendingJump, m.message = "", ""
		if m.view == nv {
			m.jump(ref)
			jumpSaid = m.message != ""
		}
	}
	if m.view != nv {
		return background
	}
	return tea.Batch(m.startRender(nv), background)
}
