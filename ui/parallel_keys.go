package ui

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"resolute/content"
	"resolute/library"
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
	// sizedParallel is set once a parallel view has been laid out: the
	// paragraph asked for on the command line is for the first only.
	sizedParallel bool
	// besideFull parses the whole right-hand version while the view shows
	// its head (Options.WithFull); nil once it is whole.
	besideFull func() (*content.Document, error)
}

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

// openParallel opens the parallel view of the reader's document beside
// right, at the paragraph the reader shows.
func (m *model) openParallel(right *docView) tea.Cmd {
	m.par = newParallelView(m.view, right)
	m.beside = right
	m.focus = focusPane
	cmd := m.relayout() // at the reader's paragraph: layoutParallel
	m.message = languageWord(m.view.doc.Language) + " beside " + languageWord(right.doc.Language) + " (T: one column)"
	if len(m.par.notes) > 0 {
		m.message = m.differences()
	}
	return tea.Batch(cmd, m.par.renderVisible(), m.par.foldCmd())
}

// differences sums up where the two versions disagree for the status bar.
func (m *model) differences() string {
	n := m.par.notes
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

// layoutParallel sizes the parallel view to the body and renders what it
// shows; it stands for the reader's own render Cmd (*cmd), whose view is
// not on screen.
func (m *model) layoutParallel(cmd *tea.Cmd) {
	pv := m.par
	if pv == nil || m.lay.tooSmall {
		return
	}
	if m.lay.paneW == 0 {
		m.lay = computeLayout(m.lay.w, m.lay.h, false, false)
	}
	first := pv.width == 0
	pv.setSize(m.lay.w, m.lay.bodyH, m.measure())
	if first {
		// At the paragraph asked for, else the one the reader shows.
		if m.opt.Para != "" && !m.sizedParallel {
			m.parallelJump(m.opt.Para)
		} else if at := m.view.topUnit(); at != "" && (m.view.pane.top > 0 || m.view.pane.line > 0) {
			pv.goToID(at)
		}
		if !m.sizedParallel && len(pv.notes) > 0 && m.message == "" {
			m.message = m.differences()
		}
		m.sizedParallel = true
	}
	cmds := []tea.Cmd{pv.renderVisible()}
	if m.started && !pv.started {
		cmds = append(cmds, pv.renderRest())
	}
	*cmd = tea.Batch(cmds...)
}

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
	if m.par == nil || m.over.shown() {
		return nil, false
	}
	return m.parallelKey(msg)
}

// parallelKey handles the reading keys of the parallel view.
func (m *model) parallelKey(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	k, pv := m.keys, m.par
	page := max(1, pv.height-1)
	top, line := pv.top, pv.line
	anchor := pv.anchor
	switch {
	case key.Matches(msg, k.Down):
		pv.scroll(1)
	case key.Matches(msg, k.Up):
		pv.scroll(-1)
	case key.Matches(msg, k.PageDown):
		pv.scroll(page)
	case key.Matches(msg, k.PageUp):
		pv.scroll(-page)
	case key.Matches(msg, k.HalfDown):
		pv.scroll(max(1, pv.height/2))
	case key.Matches(msg, k.HalfUp):
		pv.scroll(-max(1, pv.height/2))
	case key.Matches(msg, k.Top):
		pv.goTo(0, 0)
	case key.Matches(msg, k.Bottom):
		pv.end()
	case key.Matches(msg, k.NextPara):
		pv.stepParagraph(1)
	case key.Matches(msg, k.PrevPara):
		pv.stepParagraph(-1)
	case key.Matches(msg, k.Jump):
		initial := msg.Text
		if initial == ":" {
			initial = ""
		}
		return m.prompt.open(promptJump, initial), true
	case key.Matches(msg, k.Search):
		return m.prompt.open(promptSearch, ""), true
	case key.Matches(msg, k.NextMatch), key.Matches(msg, k.PrevMatch):
		dir := 1
		if key.Matches(msg, k.PrevMatch) {
			dir = -1
		}
		switch {
		case pv.stepMatch(dir):
			m.message = pv.search.wrapNote()
		case pv.search.query != "":
			m.message = noMatch(pv.search.query)
		default:
			m.message = "no search: press / to search"
		}
	case key.Matches(msg, k.Clear):
		pv.clearSearch()
	case key.Matches(msg, k.Back):
		return m.closeParallel(), true
	case key.Matches(msg, k.Panel), key.Matches(msg, k.Focus), key.Matches(msg, k.Open),
		key.Matches(msg, k.Footnotes), key.Matches(msg, k.Copy), key.Matches(msg, k.Quote),
		key.Matches(msg, k.Predecessor), key.Matches(msg, k.Draft):
		m.message = "in one column only (T: one column)"
	case key.Matches(msg, k.IDs):
		m.message = "the parallel view always shows the ids"
	default:
		return nil, false
	}
	if pv.anchor == anchor && (pv.top != top || pv.line != line) {
		pv.anchor = ""
	}
	return nil, true
}

// parallelJump puts the paragraph ref names at the top of both columns.
func (m *model) parallelJump(ref string) {
	pv := m.par
	id, err := pv.cols[sideLeft].doc.Resolve(ref)
	if err != nil {
		if rid, rerr := pv.cols[sideRight].doc.Resolve(ref); rerr == nil {
			id, err = rid, nil
		}
	}
	if err != nil && m.provisional {
		// The paragraph may be in the part still being read.
		m.pendingJump = ref
		m.message = "reading the rest of the document…"
		return
	}
	if err != nil {
		m.message = clean(err.Error())
		return
	}
	if !pv.goToID(id) {
		m.message = "paragraph " + clean(id) + " is not shown"
	}
}

// parallelSearchFor runs a search over both columns and says how it went.
func (m *model) parallelSearchFor(q string) {
	pv := m.par
	if q == "" {
		pv.clearSearch()
		return
	}
	if pv.runSearch(q) == 0 {
		m.message = noMatch(q)
		return
	}
	m.message = pv.search.wrapNote()
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
	var langs []string
	for _, l := range msg.langs {
		if l = strings.ToLower(l); l != own && !slices.Contains(langs, l) {
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
	at := m.view.topUnit()
	if m.par != nil {
		at = m.par.topUnit()
	}
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
		if m.par.goToID(msg.at) || msg.at == "" {
			return cmd
		}
		m.message = languageWord(nv.doc.Language) + " has no " + clean(msg.at)
		return cmd
	}
	from := m.view.doc.Language
	m.view.panel = m.panel
	m.history = append(m.history, m.view)
	m.view = nv
	m.panel.reset()
	if m.par != nil {
		m.par = newParallelView(nv, m.par.src[sideRight])
	}
	cmd := m.relayout()
	ok := true
	if msg.at != "" {
		if m.par != nil {
			ok = m.par.goToID(msg.at)
		} else {
			ok = nv.goToID(msg.at)
		}
	}
	m.message = languageWord(from) + " → " + languageWord(nv.doc.Language) + " (backspace: back)"
	if !ok {
		m.message = languageWord(nv.doc.Language) + " has no " + clean(msg.at) + " (backspace: back)"
	}
	if m.par != nil {
		return tea.Batch(cmd, m.par.renderVisible(), m.par.foldCmd())
	}
	return tea.Batch(cmd, m.startRender(nv), foldCmd(nv))
}

// parallelTop returns the id at the top of the parallel view when v, the
// reader's view, is its left column ("" at the very top); ok is false
// otherwise.
func (m *model) parallelTop(v *docView) (string, bool) {
	if m.par == nil || m.par.src[sideLeft] != v {
		return "", false
	}
	if m.par.top == 0 && m.par.line == 0 {
		return "", true
	}
	return m.par.topUnit(), true
}

// parallelMsg handles the messages of the parallel view and the language
// keys; ok is false for the others.
func (m *model) parallelMsg(msg tea.Msg) (tea.Cmd, bool) {
	switch msg := msg.(type) {
	case blocksRenderedMsg:
		if m.par.owns(msg.view) {
			return tea.Batch(m.par.rendered(msg), m.startBackground()), true
		}
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

// restyleParallel remakes the right column's renderer for a new
// background, and the view over both new renderers, at the same place and
// size; it returns the Cmd rendering what it shows, nil without a
// parallel view.
func (m *model) restyleParallel() tea.Cmd {
	old := m.par
	if old == nil {
		return nil
	}
	r := old.src[sideRight]
	_, rr := newSource(r.doc, glamourStyle(r.style, m.isDark))
	r.pane.r = rr
	r.pane.resetLines()
	m.par = newParallelView(m.view, r)
	if old.width == 0 {
		return nil
	}
	m.par.setSize(old.width, old.height, m.measure())
	m.par.goTo(old.top, old.line)
	if q := old.search.query; q != "" {
		m.par.runSearch(q)
	}
	return tea.Batch(m.par.renderVisible(), m.par.foldCmd())
}

// besideFullMsg carries the view of the whole right-hand version, parsed
// in the background after its head (Options.WithFull); err is set when
// the parse failed.
type besideFullMsg struct {
	view *docView
	err  error
}

// parallelBackground starts the work the first parallel screen does not
// need: parsing the whole of either version when only its head is in,
// else rendering the rest of both columns, folding them for search and
// building the library's index.
func (m *model) parallelBackground() tea.Cmd {
	var cmds []tea.Cmd
	if m.provisional {
		cmds = append(cmds, parseFullCmd(m.opt.Full, m.root().style, m.isDark))
	}
	if full := m.besideFull; full != nil {
		style, isDark := m.par.src[sideRight].style, m.isDark
		cmds = append(cmds, func() tea.Msg {
			d, err := full()
			if d == nil {
				return besideFullMsg{err: err}
			}
			return besideFullMsg{view: newDocView(d, style, isDark), err: err}
		})
	}
	if len(cmds) > 0 {
		return tea.Batch(cmds...)
	}
	return tea.Batch(m.par.renderRest(), warmLibrary(m.opt.Library, m.par.foldCmd()))
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
			m.parallelJump(ref)
		}
		if id := m.pendingResume; id != "" {
			m.pendingResume = ""
			m.par.goToID(id)
		}
	}
	cmds := []tea.Cmd{m.par.renderVisible()}
	if !m.provisional && m.besideFull == nil {
		cmds = append(cmds, m.par.renderRest(), warmLibrary(m.opt.Library, m.par.foldCmd()))
	}
	return tea.Batch(cmds...)
}
