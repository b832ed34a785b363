package ui

import (
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// column is a reading column: the child of the root model that shows one
// document view (docView and its pane) and moves through it. The root
// passes it the reading keys, after the comparison's, and the wheel; its
// Update scrolls, steps through paragraphs and search matches, and
// answers with a message for what is the root's to do: open the prompt
// (promptRequestedMsg), say something on the status bar (noticeMsg), or
// the keys that act beyond the column (documentKeyMsg).
//
// The parallel view holds two columns, one a version, and keeps them in
// step: each renders, stores and draws its own document's lines at its
// width, and the parallel view sets them beside each other by rows.
type column struct{ *docView }

// reader is the child that shows the document being read and takes the
// reading keys: a column, or the parallel view, whose two columns move as
// one.
type reader interface {
	Update(msg tea.Msg, k keyMap) (reader, tea.Cmd, tea.Msg)
	View(st styles, width, height int, ids, visual bool) []string
	// resolve returns the id of the paragraph ref names, for a jump.
	resolve(ref string) (string, error)
	// topUnit returns the id of the paragraph or item on the first row.
	topUnit() string
	// goToID puts paragraph or item id on the first row; it reports
	// whether the reader shows id.
	goToID(id string) bool
	// runSearch searches for q, case and accents folded, and returns the
	// number of matches; searchNote says whether the first one is past
	// the end (wrapNote); clearSearch forgets the search.
	runSearch(q string) int
	searchNote() string
	clearSearch()
	// renderVisible renders, out of turn, the blocks on screen that are
	// neither rendered nor asked for.
	renderVisible() tea.Cmd
	// render renders what the reader lacks at its width: the blocks on
	// screen in one Cmd and, with rest, the others after them in the
	// background, in budgeted chunks.
	render(rest bool) tea.Cmd
	// background returns the work the first screen does not need: the
	// blocks not rendered yet, the text folded for search after a first
	// call into lib (warmLibrary).
	background(lib Library) tea.Cmd
	// foldCmd folds the text for search in the background.
	foldCmd() tea.Cmd
	// restyle gives the reader's documents the renderers of a new
	// background (diff is the comparison's style); its blocks are drawn
	// again once render is asked.
	restyle(isDark bool, diff string)
	// keyFirst answers a key the reader takes before the root's global
	// keys, as Update does; ok is false for the others.
	keyFirst(msg tea.KeyPressMsg, k keyMap) (cmd tea.Cmd, up tea.Msg, ok bool)
	// statusLine returns the status bar, width cells, with the root's
	// parts in b.
	statusLine(st styles, b barInfo, width int) string
	// panelBeside reports whether the side panel, the entries of one
	// document, may be shown beside the reader.
	panelBeside() bool
	// showing tells the reader that the root's document view is now v
	// (t opened another language), to show in place of the one it had.
	showing(v *docView)
	// besideLanguage returns the language shown beside the reader's
	// document, "" for none.
	besideLanguage() string
	// backHint says on the status bar how to go back after t.
	backHint() string
	// layout lays the reader out in the body, paneW×height cells (paneW
	// 0 while the panel covers it), the text at most measure cells wide
	// (0 for no limit), beside the paragraph ids when ids is set. It
	// keeps the root's document view laid out as one column (a column is
	// that view; the parallel view shows it through its left column).
	// first is set at the reader's first layout, changed when what it
	// shows must be rendered: at a new width, or (the parallel view) on
	// more rows.
	layout(paneW, height, measure int, ids bool) (first, changed bool)
	// opening returns the note for the status bar at the reader's first
	// layout ("" for none); over says it replaces a message already there.
	opening() (note string, over bool)
	// position returns what the reader remembers it was left at: the id
	// at the top (topUnit), "" at the very top.
	position() string
}

// barInfo is what the root puts on the status bar beside the reader's
// own parts: the transient message, the documents to go back to (back)
// and forward to (history, historyCount), and the library index's state.
type barInfo struct {
	message, history, index string
	back                    int
}

// oneColumnMsg asks the root to go back to one column (backspace in the
// parallel view).
type oneColumnMsg struct{}

// promptRequestedMsg asks the root to open the prompt in mode with
// initial text (: or a digit for a jump, / for a search).
type promptRequestedMsg struct {
	mode    promptMode
	initial string
}

// noticeMsg asks the root to show text on the status bar until the next
// key ("" for nothing).
type noticeMsg struct{ text string }

// documentKeyMsg gives back a key the column has no use for (open the
// citation, back, footnotes, copy): the root acts on it.
type documentKeyMsg struct{ key tea.KeyPressMsg }

// Update handles a reading key (with k, the reader's bindings) or a wheel
// turn. up is the message for the root, nil for none; the root handles it
// before its own Update returns (compose.go).
func (c column) Update(msg tea.Msg, k keyMap) (_ reader, cmd tea.Cmd, up tea.Msg) {
	v := c.docView
	p := v.pane
	switch msg := msg.(type) {
	case blocksRenderedMsg:
		return c, c.rendered(msg), nil
	case tea.MouseWheelMsg:
		switch msg.Button {
		case tea.MouseWheelDown:
			p.scroll(3)
		case tea.MouseWheelUp:
			p.scroll(-3)
		}
		return c, nil, nil
	case tea.KeyPressMsg:
		switch {
		case moveKey(c, msg, k, p.height):
		case key.Matches(msg, k.Clear):
			v.clearSearch()
			v.citeSel = -1
		default:
			if up, ok := searchKey(msg, k, v.stepMatch, v.search.query, func() string { return v.search.wrapNote() }); ok {
				return c, nil, up
			}
			return c, nil, documentKeyMsg{key: msg}
		}
	}
	return c, nil, nil
}

// mover is a reading child as the moving keys see it: a column's pane, or
// the parallel view's rows.
type mover interface {
	scroll(n int)
	goTo(i, line int)
	end()
	stepParagraph(dir int)
}

func (c column) scroll(n int)     { c.pane.scroll(n) }
func (c column) goTo(i, line int) { c.pane.goTo(i, line) }
func (c column) end()             { c.pane.end() }

// moveKey moves mv, a view height rows tall, for the keys that move a
// reading child: lines, pages, half pages, top and bottom, the next and
// previous paragraph. It reports whether msg was one of them.
func moveKey(mv mover, msg tea.KeyPressMsg, k keyMap, height int) bool {
	page := max(1, height-1)
	switch {
	case key.Matches(msg, k.Down):
		mv.scroll(1)
	case key.Matches(msg, k.Up):
		mv.scroll(-1)
	case key.Matches(msg, k.PageDown):
		mv.scroll(page)
	case key.Matches(msg, k.PageUp):
		mv.scroll(-page)
	case key.Matches(msg, k.HalfDown):
		mv.scroll(max(1, height/2))
	case key.Matches(msg, k.HalfUp):
		mv.scroll(-max(1, height/2))
	case key.Matches(msg, k.Top):
		mv.goTo(0, 0)
	case key.Matches(msg, k.Bottom):
		mv.end()
	case key.Matches(msg, k.NextPara):
		mv.stepParagraph(1)
	case key.Matches(msg, k.PrevPara):
		mv.stepParagraph(-1)
	default:
		return false
	}
	return true
}

// searchKey answers the keys every reading child treats alike: ':' (or a
// digit) and '/' ask the root for the prompt; n and N step through the
// matches with step and say where they are (note), or that there are
// none for query. note is called after step, on the state it left (a
// method value of a search state would hold a copy taken before). ok is
// false for any other key.
func searchKey(msg tea.KeyPressMsg, k keyMap, step func(dir int) bool, query string, note func() string) (up tea.Msg, ok bool) {
	switch {
	case key.Matches(msg, k.Jump):
		initial := msg.Text
		if initial == ":" {
			initial = ""
		}
		return promptRequestedMsg{mode: promptJump, initial: initial}, true
	case key.Matches(msg, k.Search):
		return promptRequestedMsg{mode: promptSearch}, true
	case key.Matches(msg, k.NextMatch), key.Matches(msg, k.PrevMatch):
		dir := 1
		if key.Matches(msg, k.PrevMatch) {
			dir = -1
		}
		switch {
		case step(dir):
			return noticeMsg{text: note()}, true
		case query != "":
			return noticeMsg{text: noMatch(query)}, true
		}
		return noticeMsg{text: "no search: press / to search"}, true
	}
	return nil, false
}

// View returns the column as height lines of exactly width cells, the
// paragraph ids in a gutter when ids is set, right-to-left text in visual
// order when visual is.
func (c column) View(st styles, width, height int, ids, visual bool) []string {
	return c.paneView(st, width, height, ids, visual)
}

func (c column) resolve(ref string) (string, error) { return c.doc.Resolve(ref) }
func (c column) goToID(id string) bool              { return c.docView.goToID(id) }
func (c column) topUnit() string                    { return c.docView.topUnit() }
func (c column) runSearch(q string) int             { return c.docView.runSearch(q) }
func (c column) searchNote() string                 { return c.search.wrapNote() }
func (c column) clearSearch()                       { c.docView.clearSearch() }

func (c column) renderVisible() tea.Cmd { return c.renderMissing(c.pane.visible()) }
func (c column) foldCmd() tea.Cmd       { return foldCmd(c.docView) }
func (c column) panelBeside() bool      { return true }
func (c column) besideLanguage() string { return "" }
func (c column) backHint() string       { return " (backspace: back)" }

// showing has nothing to do: a column is made from the root's document
// view each time it is asked for (model.reading).
func (c column) showing(*docView) {}

// keyFirst takes no key: the root's global keys, then the panel when it
// has the focus and the comparison's keys come before the column's.
func (c column) keyFirst(tea.KeyPressMsg, keyMap) (tea.Cmd, tea.Msg, bool) { return nil, nil, false }

func (c column) layout(paneW, height, measure int, ids bool) (first, changed bool) {
	v := c.docView
	first = v.pane.width == 0
	w := v.pane.width
	if paneW > 0 {
		gut := 0
		if ids {
			gut = v.gutterWidth()
		}
		w, _ = textBox(paneW, diffMeasure(v, measure), gut, v.rtl())
	}
	return first, v.pane.setSize(max(1, w), height)
}

func (c column) opening() (string, bool) { return "", false }

func (c column) position() string {
	if c.pane.top == 0 && c.pane.line == 0 {
		return ""
	}
	return c.topUnit()
}

func (c column) render(rest bool) tea.Cmd {
	p := c.pane
	first, more := p.renderQueue()
	if !rest {
		more = nil
	}
	if len(first) == 0 && len(more) == 0 {
		return nil
	}
	return renderCmd(c.docView, p.gen, p.width, first, more, 0)
}

func (c column) background(lib Library) tea.Cmd {
	return tea.Batch(c.render(true), warmLibrary(lib, c.foldCmd()))
}

// restyle remakes the column's renderer (a comparison's, or glamour's for
// the document) for the new background and forgets the lines drawn with
// the old one, keeping its place.
func (c column) restyle(isDark bool, diff string) {
	v := c.docView
	if v.diff != nil {
		v.diff.restyle(diff)
		v.pane.r = diffPane{v.diff.renderer()}
	} else {
		_, r := newSource(v.doc, glamourStyle(v.style, isDark))
		v.pane.r = r
	}
	v.pane.resetLines()
	v.pane.clampLine()
	v.reanchor()
}

// fresh reports whether msg holds blocks of the column's document
// rendered for its pane as it is (not for another width or renderer).
func (c column) fresh(msg blocksRenderedMsg) bool {
	return msg.view == c.docView && msg.gen == c.pane.gen && msg.width == c.pane.width
}

// rendered stores the blocks msg brings, when fresh, and returns the Cmd
// rendering the next chunk of those left: after the visible blocks, the
// rest waits backgroundDelay, for the renderer to write them before the
// rest takes the second core.
func (c column) rendered(msg blocksRenderedMsg) tea.Cmd {
	if !c.fresh(msg) {
		return nil
	}
	c.pane.store(msg.idx, msg.out)
	c.reanchor()
	if len(msg.rest) == 0 {
		return nil
	}
	wait := time.Duration(0)
	if msg.visible {
		wait = backgroundDelay
	}
	return renderCmd(c.docView, msg.gen, msg.width, nil, msg.rest, wait)
}

// renderMissing renders, out of turn, those of blocks that are neither
// rendered nor asked for (nil when all are, or the pane has no size yet).
func (c column) renderMissing(blocks []int) tea.Cmd {
	p := c.pane
	if p.rendered == nil || p.width == 0 {
		return nil
	}
	if miss := p.missingOf(blocks); len(miss) > 0 {
		return renderCmd(c.docView, p.gen, p.width, miss, nil, 0)
	}
	return nil
}

// stepParagraph moves to the start of the next or previous paragraph.
func (v *docView) stepParagraph(dir int) {
	p := v.pane
	i := p.top
	if dir < 0 && p.line > 0 && v.blocks[i].para {
		p.goTo(i, 0)
		return
	}
	for i += dir; i >= 0 && i < len(v.blocks); i += dir {
		if v.blocks[i].para {
			p.goTo(i, 0)
			return
		}
	}
}

// reading returns the reading child: the parallel view while it is shown,
// else the column of the document shown.
func (m *model) reading() reader {
	if m.par != nil {
		return m.par
	}
	return column{m.view}
}

// columnUpdate passes msg to the reading child and handles its answer.
func (m *model) columnUpdate(msg tea.Msg) tea.Cmd {
	_, cmd, up := m.reading().Update(msg, m.keys)
	return m.fromChild(cmd, up)
}
