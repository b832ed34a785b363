package ui

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// tooSmallText is shown alone on a terminal smaller than the layout needs.
const tooSmallText = "terminal too small: resolute needs 20×5"

// screen draws the whole screen as lines of exactly the terminal width.
func (m *model) screen() string {
	l := m.lay
	if !m.sized || l.w <= 0 || l.h <= 0 {
		return ""
	}
	if l.tooSmall {
		return ansi.Truncate(tooSmallText, l.w, "")
	}
	lines := make([]string, 0, l.h)
	var pane, side []string
	if m.info.shown {
		pane = m.info.view(m.st, l.w, l.bodyH)
	} else if l.paneW > 0 {
		pane = m.view.paneView(m.st, l.paneW, l.bodyH)
	}
	if l.panelW > 0 && !m.info.shown {
		side = m.panel.view(m.view, m.st, l.panelW, l.bodyH, m.focus == focusPanel, m.hasFunc())
	}
	sep := m.st.separator.Render("│")
	for i := 0; i < l.bodyH; i++ {
		switch {
		case pane != nil && side != nil:
			lines = append(lines, pane[i]+sep+side[i])
		case pane != nil:
			lines = append(lines, pane[i])
		default:
			lines = append(lines, side[i])
		}
	}
	if l.helpH > 0 {
		m.help.SetWidth(l.w)
		hl := strings.Split(m.help.FullHelpView(m.keys.FullHelp()), "\n")
		for i := 0; i < l.helpH; i++ {
			s := ""
			if i < len(hl) {
				s = hl[i]
			}
			lines = append(lines, fit(s, l.w))
		}
	}
	if m.prompt.mode != promptClosed {
		lines = append(lines, m.prompt.view(l.w))
	} else {
		lines = append(lines, m.statusBar(l.w))
	}
	return strings.Join(lines, "\n")
}

// statusBar returns the status line: symbol, paragraph at the top, position,
// search counter and the transient message, with the help key on the right.
func (m *model) statusBar(width int) string {
	v := m.view
	st := m.st
	sym := clean(v.doc.Symbol)
	if sym == "" {
		sym = "resolute"
	}
	parts := []string{st.barKey.Render(" " + sym + " ")}
	if id := v.topID(); id != "" {
		parts = append(parts, st.bar.Render(clean(id)))
	}
	parts = append(parts, st.bar.Render(strconv.Itoa(v.pane.percent())+"%"))
	if c := v.search.counter(); c != "" {
		parts = append(parts, st.barKey.Render("["+c+"]"))
	}
	if n := len(m.history); n > 0 {
		parts = append(parts, st.bar.Render("⌫ "+strconv.Itoa(n)))
	}
	left := strings.Join(parts, st.bar.Render("  "))
	if m.message != "" {
		left += st.bar.Render("  ") + st.message.Render(m.message)
	}
	right := st.bar.Render(" ? help ")
	rw := ansi.StringWidth(right)
	if width-rw < 10 {
		return st.bar.Render(fit(ansi.Truncate(left, width, "…"), width))
	}
	left = ansi.Truncate(left, width-rw-1, "…")
	gap := width - rw - ansi.StringWidth(left)
	return left + st.bar.Render(strings.Repeat(" ", max(0, gap))) + right
}
