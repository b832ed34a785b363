package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// parallelKeys handles the keys of the language picker, when it is open,
// and of the parallel view, when it is shown; ok is false for the keys it
// leaves to the reader (quit, help, info, B).
func (m *model) parallelKeys(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	if m.picker != nil {
		return m.pickerKey(msg), true
	}
	k := m.keys
	switch {
	case m.view.diff != nil && (key.Matches(msg, k.Language) || key.Matches(msg, k.Parallel)):
		m.message = "a comparison has no other language (backspace: back to the document)"
		return nil, true
	case key.Matches(msg, k.Language):
		return m.askLanguages(langSwitch), true
	case key.Matches(msg, k.Parallel):
		if m.par != nil {
			return m.closeParallel(), true
		}
		return m.askLanguages(langBeside), true
	}
	cmd, up, ok := m.reading().keyFirst(msg, k)
	if !ok {
		return nil, false
	}
	return m.fromChild(cmd, up), true
}

// keyFirst takes the keys before the root's global ones, passing them to
// Update, and answers those it gives back that are the parallel view's
// own: backspace asks for one column (oneColumnMsg), y and Y copy both
// versions, and the single view's keys that do not apply say so; ok is
// false for the others, the reader's (quit, help, info, B).
func (pv *parallelView) keyFirst(msg tea.KeyPressMsg, k keyMap) (tea.Cmd, tea.Msg, bool) {
	_, cmd, up := pv.Update(msg, k)
	dk, ok := up.(documentKeyMsg)
	if !ok {
		return cmd, up, true
	}
	switch msg := dk.key; {
	case key.Matches(msg, k.Back):
		return nil, oneColumnMsg{}, true
	case key.Matches(msg, k.Copy):
		cmd, note := pv.copy(false)
		return cmd, noticeMsg{text: note}, true
	case key.Matches(msg, k.Quote):
		cmd, note := pv.copy(true)
		return cmd, noticeMsg{text: note}, true
	case key.Matches(msg, k.Panel), key.Matches(msg, k.Focus), key.Matches(msg, k.Open),
		key.Matches(msg, k.Footnotes), key.Matches(msg, k.Predecessor), key.Matches(msg, k.Draft):
		return nil, noticeMsg{text: "in one column only (T: one column)"}, true
	case key.Matches(msg, k.IDs):
		return nil, noticeMsg{text: "the parallel view always shows the ids"}, true
	}
	return nil, nil, false
}

// Update handles a reading key of the parallel view (with k, the reader's
// bindings), a wheel turn or rendered blocks (for the column they are
// for), as a column's Update does for one column: both columns move
// together, their one position being the view's; up is
// promptRequestedMsg, noticeMsg or, for any other key, documentKeyMsg.
func (pv *parallelView) Update(msg tea.Msg, k keyMap) (_ reader, cmd tea.Cmd, up tea.Msg) {
	switch msg := msg.(type) {
	case blocksRenderedMsg:
		return pv, pv.rendered(msg), nil
	case tea.MouseWheelMsg:
		switch msg.Button {
		case tea.MouseWheelDown:
			pv.scroll(3)
		case tea.MouseWheelUp:
			pv.scroll(-3)
		}
	case tea.KeyPressMsg:
		// A move of the reader's own lets go of the item anchor.
		top, line, anchor := pv.top, pv.line, pv.anchor
		defer func() {
			if pv.anchor == anchor && (pv.top != top || pv.line != line) {
				pv.anchor = ""
			}
		}()
		switch {
		case moveKey(pv, msg, k, pv.height):
		case key.Matches(msg, k.Clear):
			pv.clearSearch()
		default:
			if up, ok := searchKey(msg, k, pv.stepMatch, pv.search.query, func() string { return pv.search.wrapNote() }); ok {
				return pv, nil, up
			}
			return pv, nil, documentKeyMsg{key: msg}
		}
	}
	return pv, nil, nil
}

// resolve returns the id of the paragraph ref names in the left
// version, else in the right.
func (pv *parallelView) resolve(ref string) (string, error) {
	id, err := pv.cols[sideLeft].doc.Resolve(ref)
	if err != nil {
		if rid, rerr := pv.cols[sideRight].doc.Resolve(ref); rerr == nil {
			return rid, nil
		}
	}
	return id, err
}

// searchNote is as for a column's.
func (pv *parallelView) searchNote() string { return pv.search.wrapNote() }

// parallelMsg handles the messages of the parallel view and the language
// keys; ok is false for the others.
func (m *model) parallelMsg(msg tea.Msg) (tea.Cmd, bool) {
	switch msg := msg.(type) {
	case languagesMsg:
		return m.gotLanguages(msg), true
	case languageOpenedMsg:
		return m.languageOpened(msg), true
	case fullDocMsg:
		if m.par != nil && m.provisional {
			return m.adoptWhole(sideLeft, msg.view, msg.err), true
		}
	case besideFullMsg:
		if m.par != nil && m.besideFull != nil {
			return m.adoptWhole(sideRight, msg.view, msg.err), true
		}
		return nil, true
	}
	return nil, false
}

// copy returns the Cmd putting both versions of what the status bar
// names (the paragraph or item at the top) on the clipboard, the left one
// first, a blank line between them, and the note saying so; with quote
// set, each after its reference in its own language ("A/RES/77/128 B,
// para. 5: …", "A/RES/77/128 B, par. 5 : …"), as Y quotes one.
func (pv *parallelView) copy(quote bool) (tea.Cmd, string) {
	id := pv.topUnit()
	var parts []string
	for _, v := range pv.cols {
		text := v.unitText(id, !quote)
		if text == "" {
			continue
		}
		if quote {
			ref, ok := v.reference(id)
			if !ok {
				continue
			}
			text = ref + words(v.doc.Language).colon + text
		}
		parts = append(parts, text)
	}
	if len(parts) == 0 {
		return nil, "nothing to copy here: go to a paragraph (] or :)"
	}
	note := "copied " + pv.unitName(id) + " in " + itoa(len(parts)) + " versions"
	if len(parts) == 1 {
		note = "copied " + pv.unitName(id) + " (the other version lacks it)"
	}
	if quote {
		note += " with their references"
	}
	return tea.SetClipboard(strings.Join(parts, "\n\n")), note
}

func (pv *parallelView) panelBeside() bool      { return false } // no room beside two columns
func (pv *parallelView) besideLanguage() string { return pv.cols[sideRight].doc.Language }
func (pv *parallelView) backHint() string       { return " (t: another, T: one column)" }

// showing puts v in the left column in place of the version it had,
// beside the same right one.
func (pv *parallelView) showing(v *docView) { *pv = *newParallelView(v, pv.src[sideRight]) }

func (pv *parallelView) position() string {
	if pv.top == 0 && pv.line == 0 {
		return ""
	}
	return pv.topUnit()
}
