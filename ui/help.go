package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"
)

// helpGroup is one column of the help: a title and its bindings.
type helpGroup struct {
	title string
	keys  []key.Binding
}

// helpGap separates the help's columns.
const helpGap = "   "

// openHelp shows the key help over the body.
func (m *model) openHelp() {
	m.over.open(overlayHelp, "Keys", "? or esc: close", func(width int) []string {
		return m.helpLines(width)
	})
}

// helpLines lays the help's columns out for width: as many side by side as
// fit, the others in further rows below, so that every binding shows at
// any width (the view scrolls when they are more than the screen's rows).
func (m *model) helpLines(width int) []string {
	h := m.help
	h.SetWidth(max(1, width-1))
	var cols []string
	for _, g := range m.keys.groups() {
		body := h.FullHelpView([][]key.Binding{g.keys})
		cols = append(cols, m.st.infoLabel.Render(g.title)+"\n"+body)
	}
	var out []string
	var row []string
	rowW := 0
	flush := func() {
		if len(row) == 0 {
			return
		}
		if len(out) > 0 {
			out = append(out, "")
		}
		for _, l := range strings.Split(lipgloss.JoinHorizontal(lipgloss.Top, row...), "\n") {
			out = append(out, " "+l)
		}
		row, rowW = nil, 0
	}
	for _, c := range cols {
		w := lipgloss.Width(c)
		if len(row) > 0 && rowW+len(helpGap)+w > width-1 {
			flush()
		}
		if len(row) > 0 {
			row = append(row, helpGap)
			rowW += len(helpGap)
		}
		row = append(row, c)
		rowW += w
	}
	flush()
	return out
}
