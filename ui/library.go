package ui

import (
	"fmt"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// libraryHint says where the reader looks for a cited document (README, "The
// library").
const libraryHint = "add its folder with 'resolute index DIR' or to RESOLUTE_LIBRARY"

// openCited opens the selected citation's document from the library.
func (m *model) openCited() tea.Cmd {
	v := m.view
	sel := m.panel.sel[tabCited]
	if sel >= len(v.cited) {
		m.message = "no citation selected (tab: panel)"
		return nil
	}
	sym := v.cited[sel].c.Symbol
	if m.opt.Open == nil {
		m.message = "no library to open " + clean(sym) + " from"
		return nil
	}
	if m.opt.Has != nil && !m.opt.Has(sym) {
		m.message = clean(sym) + " is not in the library: " + libraryHint
		return nil
	}
	m.message = "opening " + clean(sym) + "…"
	open, style, isDark := m.opt.Open, v.style, m.isDark
	return func() (msg tea.Msg) {
		defer func() {
			if r := recover(); r != nil {
				msg = docOpenFailedMsg{symbol: sym, err: fmt.Errorf("cannot open: %v", r)}
			}
		}()
		d, err := open(sym)
		if err != nil {
			return docOpenFailedMsg{symbol: sym, err: err}
		}
		if d == nil {
			return docOpenFailedMsg{symbol: sym, err: fmt.Errorf("not in the library: %s", libraryHint)}
		}
		return docOpenedMsg{symbol: sym, view: newDocView(d, style, isDark)}
	}
}

// back returns to the previous document.
func (m *model) back() tea.Cmd {
	n := len(m.history)
	if n == 0 {
		m.message = "no previous document"
		return nil
	}
	m.view = m.history[n-1]
	m.history = m.history[:n-1]
	m.panel = m.view.panel
	m.message = "back to " + clean(m.view.doc.Symbol)
	return m.relayout()
}

// stripLine returns the plain text of a styled line.
func stripLine(s string) string { return ansi.Strip(s) }
