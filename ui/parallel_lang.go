package ui

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"resolute/library"
)

// langPurpose says what a language chosen in the picker is for.
type langPurpose int

// The purposes: t switches the reader (the left column in the parallel
// view) to the language; T opens the parallel view with the language on
// the right.
const (
	langSwitch langPurpose = iota
	langBeside
)

// langPicker is the short list of the languages the library holds a
// resolution in, drawn in place of the status bar.
type langPicker struct {
	purpose langPurpose
	symbol  string
	langs   []string
	sel     int
}

// languagesMsg carries the languages the library holds symbol in.
type languagesMsg struct {
	purpose langPurpose
	symbol  string
	langs   []string
}

// languageOpenedMsg carries the view of symbol in another language,
// opened from the library, and the id to show it at.
type languageOpenedMsg struct {
	purpose langPurpose
	view    *docView
	at      string
}

// askLanguages asks the library, off the input path, which languages it
// holds the reader's resolution in, for the picker.
func (m *model) askLanguages(purpose langPurpose) tea.Cmd {
	if m.provisional {
		m.message = "reading the rest of the document…"
		return nil
	}
	sym := strings.TrimSpace(m.view.doc.Symbol)
	lib := m.opt.Library
	if lib == nil || sym == "" {
		if purpose == langBeside && m.beside != nil {
			return m.openParallel(m.beside)
		}
		if sym == "" {
			m.message = "the document has no symbol to find it by in the library"
		} else {
			m.message = "no library to find " + clean(sym) + " in: " + libraryHint
		}
		return nil
	}
	return func() tea.Msg {
		return languagesMsg{purpose: purpose, symbol: sym, langs: lib.Languages(sym)}
	}
}

// gotLanguages opens the picker on the languages other than the reader's.
func (m *model) gotLanguages(msg languagesMsg) tea.Cmd {
	if msg.symbol != strings.TrimSpace(m.view.doc.Symbol) {
		return nil // the reader moved on to another document
	}
	own := strings.ToLower(m.view.doc.Language)
	// Switching the left column of the parallel view offers neither its
	// own language nor the right column's (English beside English).
	other := ""
	if msg.purpose == langSwitch {
		other = strings.ToLower(m.reading().besideLanguage())
	}
	var langs []string
	for _, l := range msg.langs {
		if l = strings.ToLower(l); l != own && l != other && !slices.Contains(langs, l) {
			langs = append(langs, l)
		}
	}
	if len(langs) == 0 {
		if msg.purpose == langBeside && m.beside != nil {
			return m.openParallel(m.beside)
		}
		m.message = "the library holds " + clean(msg.symbol) + " in no other language than " + languageWord(own)
		return nil
	}
	p := &langPicker{purpose: msg.purpose, symbol: msg.symbol, langs: langs}
	prefer := "en"
	if msg.purpose == langBeside && m.beside != nil {
		prefer = strings.ToLower(m.beside.doc.Language)
	}
	if i := slices.Index(langs, prefer); i >= 0 {
		p.sel = i
	}
	m.picker = p
	return nil
}

// pickerKey handles a key while the language picker is open.
func (m *model) pickerKey(msg tea.KeyPressMsg) tea.Cmd {
	p := m.picker
	n := len(p.langs)
	switch s := msg.String(); s {
	case "esc", "q":
		m.picker = nil
	case "ctrl+c":
		m.picker = nil
		return m.quit()
	case "left", "h", "up", "k", "shift+tab":
		p.sel = (p.sel + n - 1) % n
	case "right", "l", "down", "j", "tab", "space":
		p.sel = (p.sel + 1) % n
	case "enter":
		m.picker = nil
		return m.openLanguage(p.purpose, p.symbol, p.langs[p.sel])
	default:
		// A letter goes to the next language it starts: e, e for en, es.
		if len(s) == 1 {
			for j := 1; j <= n; j++ {
				if i := (p.sel + j) % n; strings.HasPrefix(p.langs[i], s) {
					p.sel = i
					break
				}
			}
		}
	}
	return nil
}

// pickerLine returns the picker's line, in place of the status bar.
func (m *model) pickerLine(width int) string {
	p := m.picker
	st := m.st
	title := " Language: "
	if p.purpose == langBeside {
		title = " Beside it: "
	}
	parts := []string{st.barKey.Render(title)}
	for i, l := range p.langs {
		label := " " + clean(l) + " " + languageWord(l) + " "
		if i == p.sel {
			parts = append(parts, st.selFocused.Render(label))
		} else {
			parts = append(parts, st.bar.Render(label))
		}
	}
	line := strings.Join(parts, st.bar.Render(" "))
	hint := st.bar.Render("  ←/→ enter · esc ")
	if ansi.StringWidth(line)+ansi.StringWidth(hint) <= width {
		line += hint
	}
	return st.bar.Render(fit(line, width))
}

// openLanguage opens symbol in lang from the library, off the input path,
// to show at the paragraph the reader shows.
func (m *model) openLanguage(purpose langPurpose, symbol, lang string) tea.Cmd {
	at := m.reading().topUnit()
	lib, style, isDark := m.opt.Library, m.view.style, m.isDark
	m.message = "opening " + clean(symbol) + " in " + languageWord(lang) + "…"
	return func() (msg tea.Msg) {
		defer func() {
			if r := recover(); r != nil {
				msg = docOpenFailedMsg{symbol: symbol, err: fmt.Errorf("cannot open: %v", r)}
			}
		}()
		o, err := lib.Open(symbol, lang, library.OpenOptions{})
		if errors.Is(err, library.ErrNotHeld) {
			return docOpenFailedMsg{symbol: symbol, err: fmt.Errorf("not in the library in %s", lang)}
		}
		if err != nil {
			return docOpenFailedMsg{symbol: symbol, err: err}
		}
		return languageOpenedMsg{purpose: purpose, view: newDocView(o.Doc, style, isDark), at: at}
	}
}

// languageOpened shows a version opened in another language: the reader
// (the left column) switched to it, the previous one kept for backspace,
// or beside the reader's in the parallel view; at the same paragraph.
func (m *model) languageOpened(msg languageOpenedMsg) tea.Cmd {
	nv := msg.view
	if msg.purpose == langBeside {
		cmd := m.openParallel(nv)
		if m.reading().goToID(msg.at) || msg.at == "" {
			return cmd
		}
		m.message = languageWord(nv.doc.Language) + " has no " + clean(msg.at)
		return cmd
	}
	from := m.view.doc.Language
	m.jumpFrom()
	m.view = nv
	m.panel.reset()
	r := m.reading()
	r.showing(nv)
	cmd := m.relayout()
	ok := true
	if msg.at != "" {
		ok = r.goToID(msg.at)
	}
	back := r.backHint()
	m.message = languageWord(from) + " → " + languageWord(nv.doc.Language) + back
	if !ok {
		m.message = languageWord(nv.doc.Language) + " has no " + clean(msg.at) + back
	}
	return tea.Batch(cmd, r.render(m.started && !m.provisional), r.foldCmd())
}
