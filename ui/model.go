package ui

import (
	"strings"
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
	// Open loads a cited document from the local library by canonical symbol; nil or an error when not held.
	Open func(symbol string) (*content.Document, error)
	// Has reports whether the library holds symbol (cheap).
	Has func(symbol string) bool
	// State is the file where the reader remembers the paragraph each
	// document was left at (StatePath); "" remembers nothing.
	State string
	// File is the path of the opened file, part of the key its position is
	// remembered under, with the document's symbol and language.
	File string
	// Full, when set, makes the document given to New provisional: the head
	// of a large text, parsed first so that the first frame need not wait.
	// Full parses the whole text; the reader calls it off the input path and
	// puts its document in place of the provisional one, at the same
	// paragraph. If it fails, the reader ends and Failure returns the error.
	Full func() (*content.Document, error)
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
	opt      Options
	keys     keyMap
	st       styles
	isDark   bool
	help     help.Model
	showHelp bool
	view     *docView
	history  []*docView
	panel    panel
	// showPanel is nil until the first size decides it.
	showPanel *bool
	focus     focus
	prompt    prompt
	lay       layout
	sized     bool
	// libReady is set once the library's index is built, off the input
	// path; until then the panel does not ask the library (see hasFunc).
	libReady  bool
	resizeGen int
	message   string
	// info is the document information overlay (key i).
	info infoView
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
	// resumeID is the paragraph remembered for the document, read by New.
	resumeID string
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
	m.provisional = opt.Full != nil
	if opt.Para == "" {
		m.loadResume()
	}
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
		m.view.panel = m.panel
		m.history = append(m.history, m.view)
		m.view = msg.view
		m.panel.reset()
		m.message = "opened " + clean(msg.symbol) + " (backspace: back)"
		return m, tea.Batch(m.relayout(), foldCmd(m.view))
	case docOpenFailedMsg:
		m.message = clean(msg.symbol) + ": " + clean(msg.err.Error())
		return m, nil
	case tea.KeyPressMsg:
		cmd := m.key(msg)
		return m, tea.Batch(cmd, m.renderVisible())
	case tea.MouseWheelMsg:
		m.wheel(msg.Mouse())
		return m, m.renderVisible()
	case tea.MouseClickMsg:
		m.click(msg.Mouse())
		return m, m.renderVisible()
	}
	if m.prompt.mode != promptClosed {
		return m, m.prompt.update(msg)
	}
	return m, nil
}

// resized handles a new terminal size: the layout follows at once, the
// pane's render width only once the size settles.
func (m *model) resized(w, h int) tea.Cmd {
	if !m.sized {
		m.sized = true
		m.lay.w, m.lay.h = w, h
		// The visible blocks first, alone; rendered then starts the rest.
		if cmd := m.relayout(); cmd != nil {
			return cmd
		}
		return m.startBackground()
	}
	m.lay = computeLayout(w, h, m.panelShown(), m.helpLines())
	m.resizeGen++
	gen := m.resizeGen
	return tea.Tick(resizeDebounce, func(time.Time) tea.Msg { return resizeSettledMsg{gen: gen} })
}

// panelShown reports whether the panel is shown; by default when the
// terminal is at least panelAutoWidth wide.
func (m *model) panelShown() bool {
	if m.showPanel == nil {
		show := m.lay.w >= panelAutoWidth
		m.showPanel = &show
	}
	return *m.showPanel
}

// helpLines returns the height of the full help, or 0 when it is hidden.
func (m *model) helpLines() int {
	if !m.showHelp {
		return 0
	}
	m.help.SetWidth(m.lay.w)
	return strings.Count(m.help.FullHelpView(m.keys.FullHelp()), "\n") + 1
}

// relayout recomputes the layout and sizes every child; when the render
// width changed it starts rendering, visible blocks first.
func (m *model) relayout() tea.Cmd {
	first := m.view.pane.width == 0
	m.lay = computeLayout(m.lay.w, m.lay.h, m.panelShown(), m.helpLines())
	if m.lay.tooSmall {
		return nil
	}
	m.panel.setSize(m.lay.bodyH)
	m.prompt.setWidth(m.lay.w)
	w := m.lay.paneW
	if w == 0 {
		w = max(1, m.view.pane.width)
	}
	changed := m.view.pane.setSize(w, m.lay.bodyH)
	if first && m.opt.Para != "" {
		m.jump(m.opt.Para)
	} else if first {
		m.resume()
	}
	if !changed {
		return nil
	}
	return m.startRender(m.view)
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
	v := m.view
	_, r := newSource(v.doc, glamourStyle(v.style, isDark))
	v.pane.r = r
	v.pane.resetLines()
	v.pane.clampLine()
	if !m.sized {
		return nil
	}
	return m.startRender(v)
}

// quit ends the program; Run remembers the position once it has ended.
func (m *model) quit() tea.Cmd {
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
func warmLibrary(has func(string) bool, next tea.Cmd) tea.Cmd {
	if has == nil {
		return next
	}
	return func() tea.Msg {
		has("")
		return next()
	}
}

// hasFunc returns the library's Has for the panel's marks, or nil while the
// index is still being built in the background.
func (m *model) hasFunc() func(string) bool {
	if !m.libReady {
		return nil
	}
	return m.opt.Has
}
