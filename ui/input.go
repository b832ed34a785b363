package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"resolute/content"
	"resolute/render"
)

// key handles a key press: the prompt takes every key while open, then a
// view covering the body, then the global keys, then the focused part's.
// A move of the reader's own lets go of the item anchor (docView.anchor).
func (m *model) key(msg tea.KeyPressMsg) tea.Cmd {
	v := m.view
	top, line := v.pane.top, v.pane.line
	v.anchorSet = false
	cmd := m.dispatchKey(msg)
	if m.view == v && !v.anchorSet && (v.pane.top != top || v.pane.line != line) {
		v.anchor = ""
	}
	return cmd
}

// dispatchKey routes a key press; see key.
func (m *model) dispatchKey(msg tea.KeyPressMsg) tea.Cmd {
	if m.prompt.isOpen() {
		return m.promptUpdate(msg)
	}
	m.message = ""
	k := m.keys
	if m.body != nil {
		return m.bodyKey(msg)
	}
	if m.over.shown() {
		return m.overlayKey(msg)
	}
	if cmd, ok := m.parallelKeys(msg); ok {
		return cmd
	}
	switch {
	case msg.String() == "ctrl+c", key.Matches(msg, k.Quit):
		return m.quit()
	case key.Matches(msg, k.Help):
		m.openHelp()
		return nil
	case key.Matches(msg, k.Panel):
		return m.togglePanel()
	case key.Matches(msg, k.Focus):
		return m.toggleFocus()
	case key.Matches(msg, k.Info):
		m.openInfo()
		return nil
	case key.Matches(msg, k.IDs):
		m.showIDs = !m.showIDs
		m.message = "paragraph ids hidden (#: show)"
		if m.showIDs {
			m.message = "paragraph ids shown (#: hide)"
		}
		return m.relayout()
	case key.Matches(msg, k.Bidi):
		m.toggleVisual()
		return nil
	case key.Matches(msg, k.Forward):
		return m.navigate(navForward)
	case key.Matches(msg, k.Library):
		return m.openLibraryList()
	case key.Matches(msg, k.LibSearch):
		return m.openLibrarySearch()
	}
	if m.focus == focusPanel && m.lay.panelW > 0 {
		return m.panelUpdate(msg) // the keys it leaves come back: unhandledKeyMsg
	}
	return m.paneKey(msg)
}

// togglePanel shows or hides the side panel; on a terminal too narrow for
// it beside the text, a panel asked for covers the body.
func (m *model) togglePanel() tea.Cmd {
	show := m.lay.panelW == 0
	m.showPanel = &show
	m.panelCover = show && m.lay.w < sideBySideWidth
	if !show {
		m.focus = focusPane
	}
	return m.relayout()
}

// toggleFocus moves the focus between the pane and the panel, showing the
// panel if needed (over the body, on a narrow terminal).
func (m *model) toggleFocus() tea.Cmd {
	if m.focus == focusPanel {
		m.focus = focusPane
		if m.panelCover {
			m.panelCover = false
			m.lay.squeezed = true // closed on purpose: no note that it gave way
			return m.relayout()
		}
		return nil
	}
	m.focus = focusPanel
	m.selectionChanged()
	if m.lay.panelW == 0 {
		show := true
		m.showPanel = &show
		m.panelCover = m.lay.w < sideBySideWidth
		return m.relayout()
	}
	return nil
}

// paneKey handles the reading keys: the comparison's first, then the
// column's (column.go), which gives back the rest (documentKey).
func (m *model) paneKey(msg tea.KeyPressMsg) tea.Cmd {
	if cmd, ok := m.compareKey(msg); ok {
		return cmd
	}
	return m.columnUpdate(msg)
}

// documentKey handles the keys that act beyond the reading column.
func (m *model) documentKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.keys
	switch {
	case key.Matches(msg, k.Open):
		return m.openCited(m.panel.sel[tabCited])
	case key.Matches(msg, k.Back):
		return m.back()
	case key.Matches(msg, k.Footnotes):
		m.footnotes()
	case key.Matches(msg, k.Copy):
		return m.copyParagraph()
	case key.Matches(msg, k.Quote):
		return m.quoteParagraph()
	}
	return nil
}

// copyParagraph puts the plain text of what the status bar names (the
// paragraph or item at the top) on the clipboard (OSC 52, through the
// terminal).
func (m *model) copyParagraph() tea.Cmd {
	v := m.view
	if v.pane.top >= len(v.blocks) {
		return nil
	}
	id := v.topUnit()
	text := v.unitText(id, true)
	if text == "" {
		text = strings.TrimSpace(v.blocks[v.pane.top].plain)
	}
	if text == "" {
		return nil
	}
	m.message = "copied " + v.unitName(id) + " (" + itoa(len([]rune(text))) + " characters)"
	return tea.SetClipboard(text)
}

// copyCitedLink puts the undocs.org address of citation sel on the
// clipboard (OSC 52, through the terminal).
func (m *model) copyCitedLink(sel int) tea.Cmd {
	v := m.view
	if sel >= len(v.cited) {
		m.message = "no citation selected"
		return nil
	}
	sym := v.cited[sel].c.Symbol
	url := ""
	if v.cited[sel].c.Kind != content.DecisionCitation {
		url = render.SymbolURL(v.doc.Language, sym)
	}
	if url == "" {
		m.message = "no official link for " + clean(sym)
		return nil
	}
	m.message = "copied " + url
	return tea.SetClipboard(url)
}

// click gives a click on the panel to the panel, in its coordinates.
func (m *model) click(ms tea.Mouse) tea.Cmd {
	l := m.lay
	if ms.Button != tea.MouseLeft || l.tooSmall || l.panelW == 0 || ms.X < l.paneW || ms.Y >= l.bodyH {
		return nil
	}
	m.focus = focusPanel
	if m.body != nil {
		return nil
	}
	ms.X -= l.paneW + 1
	return m.panelUpdate(tea.MouseClickMsg(ms))
}

// selectionChanged highlights the mentions of the citation the panel
// selects.
func (m *model) selectionChanged() {
	m.citationSelected(m.panel.tab, m.panel.selected())
}

// citationSelected highlights the mentions of citation sel, when t is the
// Cited tab.
func (m *model) citationSelected(t tab, sel int) {
	v := m.view
	if t != tabCited || len(v.cited) == 0 {
		return
	}
	sel = min(sel, len(v.cited)-1)
	if sel != v.citeSel {
		v.citeSel, v.citeNext = sel, 0
	}
}

// goToOutline shows outline entry sel.
func (m *model) goToOutline(sel int) {
	v := m.view
	if sel < len(v.outline) {
		v.pane.goTo(v.outline[sel].block, 0)
	}
}

// goToMention shows the next mention of citation sel.
func (m *model) goToMention(sel int) {
	v := m.view
	if sel >= len(v.cited) {
		return
	}
	m.citationSelected(tabCited, sel)
	e := v.cited[sel]
	if len(e.targets) == 0 {
		m.message = "no mention of " + clean(e.c.Symbol) + " could be placed"
		return
	}
	i := v.citeNext % len(e.targets)
	v.citeNext = i + 1
	t := e.targets[i]
	line := 0
found:
	for l, s := range v.pane.linesOf(t.block) {
		fl := foldLine(stripLine(s))
		for _, n := range t.needles {
			if len(occurrences(fl, n)) > 0 {
				line = l
				break found
			}
		}
	}
	if line < v.pane.height-1 {
		line = 0
	}
	v.pane.goTo(t.block, line)
	m.message = "mention " + itoa(i+1) + "/" + itoa(len(e.targets)) + " of " + clean(e.c.Symbol)
}

// jump puts the paragraph ref names on the first row of the reading
// child (of both columns, in the parallel view).
func (m *model) jump(ref string) {
	if ref == "" {
		return
	}
	v := m.view
	if v.diff != nil { // never in the parallel view, which T and t refuse

		m.diffJump(ref)
		return
	}
	r := m.reading()
	id, err := r.resolve(ref)
	if err != nil && m.provisional && v == m.root() {
		// The paragraph may be in the part of the document still being
		// read: go there when it is in.
		m.pendingJump = ref
		m.message = "reading the rest of the document…"
		return
	}
	if err != nil {
		m.message = clean(err.Error())
		if _, bad := content.ParseRef(ref); bad == nil && m.restCause != "" && v == m.root() {
			m.message = beyondRead(ref, m.restCause)
		}
		return
	}
	if !r.goToID(id) {
		m.message = "paragraph " + clean(id) + " is not shown"
	}
}

// search runs a search in the reading child and reports the count.
func (m *model) search(q string) {
	r := m.reading()
	if q == "" {
		r.clearSearch()
		return
	}
	if r.runSearch(q) == 0 {
		m.message = noMatch(q)
		return
	}
	m.message = r.searchNote()
}

// wheel scrolls the part under the mouse.
func (m *model) wheel(ms tea.Mouse) {
	n := 0
	switch ms.Button {
	case tea.MouseWheelDown:
		n = 3
	case tea.MouseWheelUp:
		n = -3
	default:
		return
	}
	if m.body != nil {
		return // the library's views scroll with their keys
	}
	if m.over.shown() {
		m.over.scroll(n, m.lay.bodyH)
		return
	}
	if m.lay.panelW > 0 && ms.X >= m.lay.paneW {
		m.panelUpdate(tea.MouseWheelMsg(ms))
		return
	}
	m.columnUpdate(tea.MouseWheelMsg(ms))
}
