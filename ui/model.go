package ui

import (
	"os"
	"time"

	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"

	"resolute/content"
	"resolute/termsafe"
)

// resizeDebounce is how long the size must stay put before re-rendering:
// bursts of resize events a few milliseconds apart are coalesced, and the
// visible paragraphs (about 3 ms to render, then at most a frame, 8 ms, to
// reach the screen) are redrawn within 30 ms of the last event. Measured on
// a 1 MB document: 28-30 ms with 15 ms here, hence 10.
const resizeDebounce = 10 * time.Millisecond

// Options configure the reader.
type Options struct {
	Style string // "dark", "light" or "" to detect the terminal background (tea.RequestBackgroundColor)
	Para  string // paragraph reference to open at, e.g. "op3" (content.Document.Resolve)
	// Library is the user's library of resolutions: where a cited
	// document opens from, and what cites the open one. nil for none.
	Library Library
	// State is the file where the reader remembers the paragraph each
	// document was left at (StatePath); "" remembers nothing.
	State string
	// File is the path of the opened file, part of the key its position is
	// remembered under, with the document's symbol and language.
	File string
	// History is the file where the reader remembers the documents read,
	// for going back to them in a later run (HistoryPath); "" remembers
	// none.
	History string
	// Full, when set, makes the document given to New provisional: the head
	// of a large text, parsed first so that the first frame need not wait.
	// Full parses the whole text; the reader calls it off the input path and
	// puts its document in place of the provisional one, at the same
	// paragraph. If it fails, the reader ends and Failure returns the error.
	Full func() (*content.Document, error)
	// Measure is the widest the text is set, in columns, its margins
	// included: 0 for the default, 100; a negative value for no limit. A
	// wider pane centres the text.
	Measure int
	// Bidi is how right-to-left text (Arabic) is ordered on screen:
	// BidiVisual, BidiLogical, or BidiAuto (or ""), which is visual where
	// the terminal is known not to reorder text itself (VisualByDefault).
	Bidi string
	// NoColor shows comparisons with [-…-] and {+…+} markers instead of
	// colours (NO_COLOR).
	NoColor bool
	// With is the other version of the document (another language, or
	// another file) to open beside it in the parallel view; nil opens the
	// single view.
	With *content.Document
	// WithFull, when set, makes With provisional, the head of its text, as
	// Full does for the document: it parses the whole, off the input path.
	WithFull func() (*content.Document, error)
}

// focus says which part of the screen gets the keys.
type focus int

// The focusable parts.
const (
	focusPane focus = iota
	focusPanel
)

// model is the reader's root model.
type model struct {
	opt    Options
	keys   keyMap
	st     styles
	isDark bool
	help   help.Model
	view   *docView
	// nav is the history of documents read (history.go).
	nav   navigation
	panel panel
	// showPanel is nil until the first size decides it.
	showPanel *bool
	// panelCover is set when the panel was asked for (c, tab) on a
	// terminal too narrow for it beside the text: it then covers the body.
	// A resize clears it.
	panelCover bool
	focus      focus
	prompt     prompt
	lay        layout
	sized      bool
	// libReady is set once the library's index is built, off the input
	// path; until then the panel does not ask the library (see hasFunc).
	libReady  bool
	resizeGen int
	message   string
	// over is the view that covers the body, if any: the document
	// information (i), the help (?), a paragraph's footnotes (f).
	over overlay
	// showIDs shows the paragraph ids in a gutter beside the text (#).
	showIDs bool
	// visual orders right-to-left text for terminals that do not (B).
	visual bool
	// provisional is set while the opened document is the head of its text
	// and the whole is being parsed (Options.Full).
	provisional bool
	// started is set once the background work that follows the first
	// screen is under way (startBackground).
	started bool
	// pendingJump is a paragraph reference the provisional document does
	// not have, to go to once the whole document is in.
	pendingJump string
	// pendingResume is a remembered paragraph the provisional document does
	// not reach, to go to once the whole document is in.
	pendingResume string
	// restCause is why the rest of the provisional document could not be
	// read, once that is known: a paragraph the part read lacks may be in
	// the rest, and a jump there says so.
	restCause string
	// resumeID is the paragraph remembered for the document, read by New.
	resumeID string
	// cmp is the state of a comparison being prepared (diffview.go).
	cmp compareState
	// index is the library's index brought up to date in the background
	// (libindex.go).
	index indexState
	// body is a view of the library covering the body, if any: the list
	// of its documents (O) or a search across them (S).
	body bodyView
	// openingSaid is set once the reader has been laid out and has said
	// what it opened on (reader.opening): the differences of two versions.
	openingSaid bool
	// parallelState is the parallel view and the language keys (t, T).
	parallelState
}

// New returns the reader's root model for doc.
func New(doc *content.Document, opt Options) tea.Model {
	isDark := opt.Style != "light"
	m := &model{
		opt:    opt,
		keys:   defaultKeyMap(),
		st:     newStyles(isDark),
		isDark: isDark,
		help:   help.New(),
		prompt: newPrompt(),
	}
	m.help.Styles = m.st.help
	m.view = newDocView(doc, opt.Style, isDark)
	m.nav.first = m.view
	if opt.With != nil {
		m.par = newParallelView(m.view, newDocView(opt.With, opt.Style, isDark))
		m.beside = m.par.src[sideRight]
		m.besideFull = opt.WithFull
		m.par.partial = opt.Full != nil || opt.WithFull != nil
	}
	m.provisional = opt.Full != nil
	if opt.Para == "" {
		m.loadResume()
	}
	m.loadHistory()
	m.visual = VisualByDefault(opt.Bidi, os.Getenv)
	return m
}

// Init asks for the terminal background unless a style was given.
func (m *model) Init() tea.Cmd {
	var cmds []tea.Cmd
	if m.opt.Style == "" {
		cmds = append(cmds, tea.RequestBackgroundColor)
	}
	return tea.Batch(cmds...)
}

// Update routes a message.
func (m *model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if cmd, ok := m.parallelMsg(msg); ok {
		return m, cmd
	}
	if cmd, ok := m.upward(msg); ok {
		return m, tea.Batch(cmd, m.renderVisible())
	}
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		return m, m.resized(msg.Width, msg.Height)
	case resizeSettledMsg:
		if msg.gen != m.resizeGen {
			return m, nil
		}
		return m, m.relayout()
	case tea.BackgroundColorMsg:
		return m, m.setBackground(msg.IsDark())
	case blocksRenderedMsg:
		return m, m.rendered(msg)
	case backgroundMsg:
		return m, m.background()
	case fullDocMsg:
		return m, m.adoptFull(msg)
	case foldedMsg:
		if msg.view.folded == nil && len(msg.folded) == len(msg.view.blocks) {
			msg.view.folded = msg.folded
		}
		m.libReady = true // the first fold Cmd has warmed the library
		return m, nil
	case docOpenedMsg:
		return m, m.opened(msg)
	case diffOpenedMsg:
		return m, m.diffOpened(msg)
	case diffFailedMsg:
		m.diffFailed(msg)
		return m, nil
	case docOpenFailedMsg:
		m.openFailed(msg)
		return m, nil
	case libraryMsg:
		return m, m.libraryUpdate(msg)
	case tea.KeyPressMsg:
		cmd := m.key(msg)
		return m, tea.Batch(cmd, m.renderVisible())
	case tea.MouseWheelMsg:
		m.wheel(msg.Mouse())
		return m, m.renderVisible()
	case tea.MouseClickMsg:
		cmd := m.click(msg.Mouse())
		return m, tea.Batch(cmd, m.renderVisible())
	}
	if m.body != nil {
		return m, m.bodyUpdate(msg)
	}
	if m.prompt.isOpen() {
		return m, m.promptUpdate(msg)
	}
	return m, nil
}

// resized handles a new terminal size: the layout follows at once, the
// pane's render width only once the size settles.
func (m *model) resized(w, h int) tea.Cmd {
	// The first size, and the first one the text fits in after a start in
	// a terminal too small for it, lay the text out at once: until then
	// its pane has no size, and the screen nothing to draw it from.
	if !m.sized || m.view.pane.width == 0 {
		m.sized = true
		m.lay.w, m.lay.h = w, h
		// The visible blocks first, alone; rendered then starts the rest.
		if cmd := m.relayout(); cmd != nil {
			return cmd
		}
		return m.startBackground()
	}
	if w != m.lay.w {
		m.panelCover = false
	}
	squeezed := m.lay.squeezed
	m.lay = computeLayout(w, h, m.panelShown(), m.panelCover)
	m.panelGaveWay(squeezed)
	m.resizeGen++
	gen := m.resizeGen
	return tea.Tick(resizeDebounce, func(time.Time) tea.Msg { return resizeSettledMsg{gen: gen} })
}

// panelGaveWay says so when the panel has just been hidden for lack of
// room, and gives the focus back to the text.
func (m *model) panelGaveWay(wasSqueezed bool) {
	if m.lay.panelW == 0 && m.focus == focusPanel {
		m.focus = focusPane
	}
	if m.lay.squeezed && !wasSqueezed {
		m.message = "panel hidden: too narrow (c: show it)"
	}
}

// panelShown reports whether the panel is wanted; by default when the
// terminal is at least panelAutoWidth wide.
func (m *model) panelShown() bool {
	if !m.reading().panelBeside() {
		return false
	}
	if m.showPanel == nil {
		show := m.lay.w >= panelAutoWidth
		m.showPanel = &show
	}
	return *m.showPanel
}

// measure returns the widest the text is set, or 0 for no limit.
func (m *model) measure() int {
	switch {
	case m.opt.Measure < 0:
		return 0
	case m.opt.Measure == 0:
		return defaultMeasure
	}
	return m.opt.Measure
}

// textBox returns the render width of v's text in a pane of paneW cells
// and the column it starts at (see textBox).
func (m *model) textBox(v *docView, paneW int) (textW, left int) {
	return textBox(paneW, diffMeasure(v, m.measure()), m.gutterWidth(v), v.rtl())
}

// relayout recomputes the layout and sizes every child; when the render
// width changed it starts rendering, visible blocks first.
func (m *model) relayout() tea.Cmd {
	first := m.view.pane.width == 0
	squeezed := m.lay.squeezed
	m.lay = computeLayout(m.lay.w, m.lay.h, m.panelShown(), m.panelCover)
	if m.lay.tooSmall {
		return nil
	}
	m.panelGaveWay(squeezed || first)
	m.panel.setSize(m.lay.panelW, m.lay.bodyH)
	m.prompt.setWidth(m.lay.w)
	r := m.reading()
	readerFirst, changed := r.layout(m.lay.paneW, m.lay.bodyH, m.measure(), m.showIDs)
	switch {
	case first && m.view != m.root():
		m.arrive(m.view)
	case first && m.opt.Para != "":
		m.jump(m.opt.Para)
	case first:
		m.resume()
	case readerFirst:
		// A reader made over the document view (T): at the paragraph
		// that view shows.
		if at := m.view.topUnit(); at != "" && (m.view.pane.top > 0 || m.view.pane.line > 0) {
			r.goToID(at)
		}
	case changed:
		m.view.reanchor()
	}
	if readerFirst && !m.openingSaid {
		m.openingSaid = true
		if note, over := r.opening(); note != "" && (over || m.message == "") {
			m.message = note
		}
	}
	if !changed {
		return nil
	}
	return r.render(m.started && !m.provisional)
}

// setBackground rebuilds the styles, and the renderer when the style
// follows the background.
func (m *model) setBackground(isDark bool) tea.Cmd {
	if m.opt.Style != "" || isDark == m.isDark {
		return nil
	}
	m.isDark = isDark
	m.st = newStyles(isDark)
	m.help.Styles = m.st.help
	m.over.invalidate()
	r := m.reading()
	r.restyle(isDark, diffStyle(m.opt, isDark))
	if !m.sized {
		return nil
	}
	return r.render(m.started && !m.provisional)
}

// quit ends the program; Run remembers the position once it has ended.
func (m *model) quit() tea.Cmd {
	m.index.stop()
	return tea.Quit
}

// View draws the screen.
func (m *model) View() tea.View {
	// The screen passes the output allowlist whole: whatever a document,
	// a file name or a message holds, only text, SGR and resolute's own
	// hyperlinks reach the terminal.
	v := tea.NewView(termsafe.Filter(m.screen()))
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	return v
}

// warmLibrary returns next preceded, in the same background Cmd, by a first
// call of has, which builds the library's index (it reads the files of up
// to two folders): the first frames never wait for it.
func warmLibrary(lib Library, next tea.Cmd) tea.Cmd {
	if lib == nil {
		return next
	}
	return func() tea.Msg {
		lib.Has("")
		return next()
	}
}

// hasFunc returns the library's Has for the panel's marks, or nil while the
// index is still being built in the background.
func (m *model) hasFunc() func(string) bool {
	if !m.libReady || m.opt.Library == nil {
		return nil
	}
	return m.opt.Library.Has
}
