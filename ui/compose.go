package ui

import tea "charm.land/bubbletea/v2"

// upward handles a message a child model sends the root (the prompt's
// jumpRequestedMsg, …); ok is false for any other message. A child's
// Update returns such a message beside its Cmd rather than as a Cmd: a
// Cmd's message goes round the event loop, behind the keys already
// queued, so that ":5⏎j" typed at once could scroll before the jump. The
// root hands it here before its own Update returns (fromChild); the same
// messages arriving through the loop (from a test, say) are handled alike.
func (m *model) upward(msg tea.Msg) (tea.Cmd, bool) {
	switch msg := msg.(type) {
	case jumpRequestedMsg:
		m.jump(msg.ref)
	case searchRequestedMsg:
		m.search(msg.query)
	case promptCancelledMsg:
	case quitRequestedMsg:
		return m.quit(), true
	case selectionMovedMsg:
		m.citationSelected(msg.tab, msg.index)
	case goToOutlineMsg:
		m.goToOutline(msg.index)
	case goToMentionMsg:
		m.goToMention(msg.index)
	case openCitedMsg:
		return m.openCited(msg.index), true
	case openCiterMsg:
		return m.openCitedBy(msg.index), true
	case citedByShownMsg:
		return m.loadCitedBy(m.view), true
	case copyCitedLinkMsg:
		return m.copyCitedLink(msg.index), true
	case unhandledKeyMsg:
		return m.paneKey(msg.key), true
	case promptRequestedMsg:
		return m.prompt.open(msg.mode, msg.initial), true
	case noticeMsg:
		m.message = msg.text
	case documentKeyMsg:
		return m.documentKey(msg.key), true
	case oneColumnMsg:
		return m.closeParallel(), true
	default:
		return nil, false
	}
	return nil, true
}

// fromChild returns a child's Cmd with what the root does for the message
// it sent up (nil for none).
func (m *model) fromChild(cmd tea.Cmd, up tea.Msg) tea.Cmd {
	if up == nil {
		return cmd
	}
	next, _ := m.upward(up)
	if cmd == nil {
		return next
	}
	return tea.Batch(cmd, next)
}

// promptUpdate passes msg to the open prompt and handles its answer.
func (m *model) promptUpdate(msg tea.Msg) tea.Cmd {
	p, cmd, up := m.prompt.Update(msg)
	m.prompt = p
	return m.fromChild(cmd, up)
}

// panelUpdate passes msg to the panel, which lists the entries of the
// document shown, and handles its answer.
func (m *model) panelUpdate(msg tea.Msg) tea.Cmd {
	p, cmd, up := m.panel.Update(msg, m.view, m.keys)
	m.panel = p
	return m.fromChild(cmd, up)
}
