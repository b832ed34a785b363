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
	switch {
	case m.body != nil:
		pane = m.body.lines(m, l.w, l.bodyH)
	case m.over.shown():
		pane = m.over.view(m.st, l.w, l.bodyH)
	case l.paneW > 0:
		pane = m.reading().View(m.st, l.paneW, l.bodyH, m.showIDs, m.visual)
	}
	if l.panelW > 0 && !m.over.shown() && m.body == nil {
		side = m.panel.View(m.view, m.st, l.panelW, l.bodyH, m.focus == focusPanel, m.visual, m.hasFunc())
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
	if m.prompt.isOpen() {
		lines = append(lines, m.prompt.View(l.w))
	} else {
		lines = append(lines, m.statusBar(l.w))
	}
	return strings.Join(lines, "\n")
}

// statusBar returns the status line: the language picker's while it is
// open, else the reading child's (its symbol, paragraph at the top,
// position, search counter) with the root's parts (the history, the
// index, the transient message) and the help key on the right.
func (m *model) statusBar(width int) string {
	if m.picker != nil {
		return m.pickerLine(width)
	}
	b := barInfo{message: m.message, history: m.historyCount(), index: m.index.status(), back: len(m.nav.back)}
	return m.reading().statusLine(m.st, b, width)
}

// statusLine returns the status line of one column: its title, the
// paragraph at the top, the position, the comparison's figures, the
// search counter, the history, the library's index and the message, with
// the help key on the right.
func (c column) statusLine(st styles, b barInfo, width int) string {
	v := c.docView
	sym := v.title()
	if sym == "" {
		sym = "resolute"
	}
	parts := []string{st.barKey.Render(" " + sym + " ")}
	if id := v.topUnit(); id != "" {
		parts = append(parts, st.bar.Render(v.unitName(id)))
	}
	parts = append(parts, st.bar.Render(strconv.Itoa(v.pane.percent())+"%"))
	if s := v.diffStatus(); s != "" {
		parts = append(parts, st.bar.Render(s))
	}
	counter := ""
	if c := v.search.counter(); c != "" {
		counter = st.barKey.Render("[" + c + "]")
		parts = append(parts, counter)
	}
	if b.history != "" {
		parts = append(parts, st.bar.Render(b.history))
	}
	if b.index != "" {
		parts = append(parts, st.bar.Render(b.index))
	}
	right := st.bar.Render(" ? help ")
	rw := ansi.StringWidth(right)
	left := strings.Join(parts, st.bar.Render("  "))
	if ansi.StringWidth(left) > width-rw-1 {
		left = strings.Join(parts, st.bar.Render(" "))
	}
	if b.message != "" {
		msg := st.message.Render(b.message)
		if withMsg := left + st.bar.Render("  ") + msg; ansi.StringWidth(withMsg) <= width-rw-1 || width-rw < 10 {
			left = withMsg
		} else {
			// A message says what just happened: on a narrow screen it
			// takes the place of the rest, and of the help key if need
			// be, until the next key.
			left = st.bar.Render(" ") + msg
			if counter != "" {
				left = st.bar.Render(" ") + counter + st.bar.Render(" ") + msg
			}
			if ansi.StringWidth(left) > width-rw-1 {
				return st.bar.Render(fit(ansi.Truncate(left, width, "…"), width))
			}
		}
	}
	if width-rw < 10 {
		return st.bar.Render(fit(ansi.Truncate(left, width, "…"), width))
	}
	left = ansi.Truncate(left, width-rw-1, "…")
	gap := width - rw - ansi.StringWidth(left)
	return left + st.bar.Render(strings.Repeat(" ", max(0, gap))) + right
}
