package ui

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"resolute/content"
	"resolute/content/cite"
	"resolute/library"
	"resolute/state"
)

// The history of the documents read: back (H, backspace) and forward (L)
// with a browser's rules: the place left is saved before each jump, a new
// jump cuts the way forward, and the way back is capped. The documents
// behind the reader when it ends, and the one it ends in, are remembered
// in the state directory (HistoryPath), so that the next run can go back
// to them.
const (
	// maxVisits is how many documents the way back holds, in memory and
	// in the history file.
	maxVisits = 100
	// maxLiveViews is how many documents of the history are kept ready to
	// show at once; the others are opened again, from their file or the
	// library, when the reader goes back to them.
	maxLiveViews = 8
)

// HistoryPath returns where the reader remembers the documents read:
// $XDG_STATE_HOME/resolute/history.json, or
// ~/.local/state/resolute/history.json; "" when neither is known.
func HistoryPath() string {
	dir := state.Dir()
	if dir == "" {
		return ""
	}
	return filepath.Join(dir, "history.json")
}

// visit is one document of the history.
type visit struct {
	// view is the document ready to show, or nil when it was let go (or
	// comes from an earlier run): it is then opened again from file, or
	// from the library by symbol and language.
	view         *docView
	symbol, lang string
	file         string
	// id is the paragraph or item that was at the top when it was left.
	id string
	// saved is set for a visit of an earlier run, read from the history
	// file: it is there already.
	saved bool
	// comparison is set for a comparison (diffview.go): not opened again
	// once let go, nor remembered.
	comparison bool
}

// navigation is the reader's history: the way back, the way forward and
// the document the reader was started with.
type navigation struct {
	back, forward []visit
	first         *docView
	// was is the provisional view first replaced: what was asked for it
	// (its Cited by list) goes to first.
	was *docView
	// opening is set while a document of the history is being opened
	// again: H and L wait for it.
	opening bool
}

// historyEntry is a visit as the history file keeps it.
type historyEntry struct {
	Symbol   string `json:"symbol,omitempty"`
	Language string `json:"language,omitempty"`
	File     string `json:"file,omitempty"`
	ID       string `json:"id,omitempty"`
	Time     int64  `json:"time"` // Unix seconds of when it was left
}

// key returns the entry's document as the position store keys it.
func (e historyEntry) key() position { return positionKey(e.Symbol, e.Language, e.File) }

// openTarget is where a document opened from the library is shown.
type openTarget struct {
	// para is the paragraph or item to put at the top; "" for the one
	// remembered for the document (its position), else the top.
	para string
	// cite is a symbol whose mentions to mark (the document opened from
	// the Cited by tab cites it).
	cite string
	// query is a search to run in the document (the text a library search
	// found in it).
	query string
}

// Directions of a move in the history.
const (
	navJump    = 0
	navBack    = -1
	navForward = 1
)

// openReq says which document to open and where.
type openReq struct {
	// file is opened when it exists; else symbol from the library, in
	// lang when held so.
	file, symbol, lang string
	to                 openTarget
	// nav is the move in the history the opening makes (navJump for a new
	// document).
	nav int
}

// fileOf returns the path v was opened from ("" for none, "-" for
// standard input).
func (m *model) fileOf(v *docView) string {
	if v == m.root() {
		return m.opt.File
	}
	return v.file
}

// leave returns the visit of the document shown, keeping its panel.
func (m *model) leave() visit {
	v := m.view
	v.panel = m.panel
	return visit{view: v, symbol: v.doc.Symbol, lang: v.doc.Language, file: m.fileOf(v), id: v.topUnit(), comparison: v.diff != nil}
}

// jumpFrom puts the document shown on the way back before another view
// takes its place, and cuts the way forward.
func (m *model) jumpFrom() {
	m.nav.back = append(m.nav.back, m.leave())
	m.nav.forward = nil
	m.trimHistory()
}

// openCmd opens r's document off the input path; its docOpenedMsg puts it
// on screen (opened), its docOpenFailedMsg says why not.
func (m *model) openCmd(r openReq) tea.Cmd {
	lib, style, isDark, positions := m.opt.Library, m.view.style, m.isDark, m.opt.State
	indexing := m.index.running()
	name := r.symbol
	if name == "" {
		name = filepath.Base(r.file)
	}
	return func() (msg tea.Msg) {
		defer func() {
			if p := recover(); p != nil {
				msg = docOpenFailedMsg{symbol: name, err: fmt.Errorf("cannot open: %v", p), nav: r.nav}
			}
		}()
		o, err := openDocument(lib, r)
		if errors.Is(err, library.ErrNotHeld) {
			return docOpenFailedMsg{symbol: name, err: notHeld(lib, indexing), nav: r.nav}
		}
		if err == nil && (o == nil || o.Doc == nil) {
			err = errors.New("nothing to show")
		}
		if err != nil {
			return docOpenFailedMsg{symbol: name, err: err, nav: r.nav}
		}
		to := r.to
		resumed := false
		if to.para == "" && positions != "" {
			to.para, _ = lookupPosition(positions, positionKey(o.Doc.Symbol, o.Doc.Language, o.Name))
			resumed = to.para != ""
		}
		v := newDocView(o.Doc, style, isDark)
		v.file, v.startAt, v.resumed = o.Name, to, resumed
		if s := o.Doc.Symbol; s != "" {
			name = s
		}
		return docOpenedMsg{symbol: name, view: v, nav: r.nav, lang: r.lang}
	}
}

// notHeld says why the library holds no such document: not in it, or not
// indexed (yet).
func notHeld(lib Library, indexing bool) error {
	switch {
	case noFolders(lib):
		return errors.New("not in the library: " + noFoldersNote)
	case indexing:
		return errors.New("not found yet: the library is being indexed")
	case lib != nil && !lib.Indexed():
		return errors.New(notIndexedNote)
	}
	return fmt.Errorf("not in the library: %s", libraryHint)
}

// openDocument opens r's file when it is one, else its symbol from lib.
func openDocument(lib Library, r openReq) (*library.Opened, error) {
	if r.file != "" && r.file != "-" {
		if fi, err := os.Stat(r.file); err == nil && fi.Mode().IsRegular() {
			return library.Open(r.file, library.OpenOptions{})
		}
	}
	if r.symbol == "" {
		if r.file == "" {
			return nil, errors.New("no file or symbol to open")
		}
		return nil, fmt.Errorf("%s: the file is gone", filepath.Base(r.file))
	}
	if lib == nil {
		return nil, fmt.Errorf("no library to open it from: %s", libraryHint)
	}
	return openedInLanguage(lib, r.symbol, r.lang)
}

// arrive shows a newly opened view at its target, at its first layout.
func (m *model) arrive(v *docView) {
	to := v.startAt
	v.startAt = openTarget{}
	if to.cite != "" {
		key, _ := cite.Canonical(to.cite)
		for i, e := range v.cited {
			if k, _ := cite.Canonical(e.c.Symbol); k == key {
				v.citeSel, v.citeNext = i, 0
				m.panel.sel[tabCited] = i
				m.panel.keepVisible()
				break
			}
		}
	}
	if to.query != "" {
		v.runSearch(to.query)
	}
	if to.para == "" {
		return
	}
	if !v.goToID(to.para) {
		m.message = "opened " + clean(v.doc.Symbol) + ": no paragraph " + clean(to.para) + " in it"
		return
	}
	if v.resumed {
		m.message = "opened " + clean(v.doc.Symbol) + ", resumed at " + v.unitName(to.para)
	}
	if to.query != "" {
		// The match in that paragraph becomes the current one, for n.
		v.search.cur = -1
		b, _ := v.blockOf(to.para)
		for i, mt := range v.search.matches {
			if mt.block >= b {
				v.search.cur = i
				break
			}
		}
	}
}

// opened puts a document just opened on screen and moves in the history.
func (m *model) opened(msg docOpenedMsg) tea.Cmd {
	cur := m.leave()
	n := &m.nav
	switch msg.nav {
	case navBack:
		n.opening = false
		if len(n.back) > 0 {
			n.back = n.back[:len(n.back)-1]
		}
		n.forward = append(n.forward, cur)
		m.message = "back to " + clean(msg.symbol)
	case navForward:
		n.opening = false
		if len(n.forward) > 0 {
			n.forward = n.forward[:len(n.forward)-1]
		}
		n.back = append(n.back, cur)
		m.message = "forward to " + clean(msg.symbol)
	default:
		n.back = append(n.back, cur)
		n.forward = nil
		m.message = "opened " + clean(msg.symbol)
		if lang := msg.view.doc.Language; lang != "" && msg.lang != "" && !strings.EqualFold(lang, msg.lang) {
			m.message += " in " + languageWord(lang) + ", the library has no " + languageWord(msg.lang) + " text"
		}
		m.message += " (H: back)"
	}
	m.view = msg.view
	m.panel.reset()
	m.trimHistory()
	return tea.Batch(m.relayout(), foldCmd(m.view), m.loadCitedBy(m.view))
}

// openFailed says why a document could not be opened; one of the history
// that cannot be opened again leaves it.
func (m *model) openFailed(msg docOpenFailedMsg) {
	m.message = clean(msg.symbol) + ": " + clean(msg.err.Error())
	n := &m.nav
	switch msg.nav {
	case navBack:
		n.opening = false
		if len(n.back) > 0 {
			n.back = n.back[:len(n.back)-1]
		}
	case navForward:
		n.opening = false
		if len(n.forward) > 0 {
			n.forward = n.forward[:len(n.forward)-1]
		}
	}
}

// navigate goes back (dir navBack) or forward (navForward) in the history.
func (m *model) navigate(dir int) tea.Cmd {
	n := &m.nav
	stack, other, word := &n.back, &n.forward, "previous"
	if dir == navForward {
		stack, other, word = &n.forward, &n.back, "next"
	}
	if len(*stack) == 0 {
		m.message = "no " + word + " document"
		return nil
	}
	if n.opening {
		m.message = "still opening…"
		return nil
	}
	t := (*stack)[len(*stack)-1]
	if t.view == nil {
		n.opening = true
		m.message = "opening " + clean(nameOf(t)) + "…"
		return m.openCmd(openReq{file: t.file, symbol: t.symbol, lang: t.lang, to: openTarget{para: t.id}, nav: dir})
	}
	*stack = (*stack)[:len(*stack)-1]
	*other = append(*other, m.leave())
	m.view = t.view
	m.panel = t.view.panel
	if dir == navBack {
		m.message = "back to " + clean(nameOf(t))
	} else {
		m.message = "forward to " + clean(nameOf(t))
	}
	return tea.Batch(m.relayout(), m.loadCitedBy(m.view))
}

// back returns to the previous document.
func (m *model) back() tea.Cmd { return m.navigate(navBack) }

// nameOf names a visit's document for messages.
func nameOf(t visit) string {
	switch {
	case t.view != nil:
		return t.view.title()
	case t.symbol != "":
		return t.symbol
	case t.file != "":
		return filepath.Base(t.file)
	}
	return "the document"
}

// reopenable reports whether a visit can be opened again once let go.
func (t visit) reopenable() bool {
	return !t.comparison && (t.symbol != "" || (t.file != "" && t.file != "-"))
}

// trimHistory caps the way back and lets go of the views of the documents
// farthest from the one shown, beyond maxLiveViews: they open again when
// the reader goes back to them. The document the reader was started with
// is kept, as is any that could not be opened again.
func (m *model) trimHistory() {
	n := &m.nav
	if over := len(n.back) - maxVisits; over > 0 {
		n.back = append(n.back[:0:0], n.back[over:]...)
	}
	live := 0
	let := func(t *visit) {
		if t.view == nil {
			return
		}
		if live < maxLiveViews || t.view == n.first || !t.reopenable() {
			live++
			return
		}
		t.view = nil
	}
	for i, j := len(n.back)-1, len(n.forward)-1; i >= 0 || j >= 0; i, j = i-1, j-1 {
		if i >= 0 {
			let(&n.back[i])
		}
		if j >= 0 {
			let(&n.forward[j])
		}
	}
}

// replaceRoot puts nv, the whole document, where old, the provisional
// view of the document the reader was started with, is.
func (m *model) replaceRoot(old, nv *docView) {
	m.nav.first, m.nav.was = nv, old
	nv.by = old.by // the same symbol
	if m.view == old {
		m.view = nv
		m.panel.reset()
		return
	}
	for _, s := range [][]visit{m.nav.back, m.nav.forward} {
		for i := range s {
			if s[i].view == old {
				nv.panel = old.panel // kept while another document is open
				nv.panel.reset()
				s[i].view = nv
			}
		}
	}
}

// loadHistory reads the documents of earlier runs into the way back,
// before the program starts (New): never in Update. The document opened
// is not its own way back.
func (m *model) loadHistory() {
	if m.opt.History == "" {
		return
	}
	es, err := state.ReadJSON[[]historyEntry](state.File{Path: m.opt.History})
	if err != nil && m.message == "" {
		var se *state.Error
		if errors.As(err, &se) {
			err = fmt.Errorf("%s %w", filepath.Base(se.Path), se.Err)
		}
		m.message = "history not remembered: " + clean(err.Error())
	}
	v := m.view
	here := positionKey(v.doc.Symbol, v.doc.Language, m.opt.File)
	for _, e := range es {
		if e.key().same(here) && here.File != "" {
			continue
		}
		t := visit{symbol: e.Symbol, lang: e.Language, file: e.File, id: e.ID, saved: true}
		if t.reopenable() {
			m.nav.back = append(m.nav.back, t)
		}
	}
	if over := len(m.nav.back) - maxVisits; over > 0 {
		m.nav.back = m.nav.back[over:]
	}
}

// rememberHistory adds to the history file the documents this run left
// behind and the one it ends in, each with its paragraph, and remembers
// the paragraph of each document of the history still open (their
// positions, as for the document opened). It writes files: Run calls it
// once the program has ended, never Update.
func (m *model) rememberHistory() error {
	var errs []error
	var add []historyEntry
	now := time.Now().Unix()
	for _, t := range append(append([]visit(nil), m.nav.back...), m.leave()) {
		if t.saved || !t.reopenable() {
			continue
		}
		if t.view != nil {
			t.id = t.view.topUnit()
			if t.view.pane.top == 0 && t.view.pane.line == 0 {
				t.id = ""
			}
		}
		file := t.file
		if file != "" {
			if abs, err := filepath.Abs(file); err == nil {
				file = abs
			}
		}
		add = append(add, historyEntry{Symbol: t.symbol, Language: t.lang, File: file, ID: t.id, Time: now})
	}
	if m.opt.History != "" && len(add) > 0 {
		errs = append(errs, saveHistory(m.opt.History, add))
	}
	if m.opt.State != "" {
		for _, t := range append(append(append([]visit(nil), m.nav.back...), m.nav.forward...), m.leave()) {
			if t.view == nil || t.view == m.root() || t.file == "" || t.comparison {
				continue
			}
			id := t.view.topUnit()
			if t.view.pane.top == 0 && t.view.pane.line == 0 {
				id = ""
			}
			errs = append(errs, savePosition(m.opt.State, positionKey(t.symbol, t.lang, t.file), id))
		}
	}
	return errors.Join(errs...)
}

// saveHistory appends add to the history file at path, under its lock
// (package state), so that two readers ending at once both add theirs: a
// document already there moves to the end, and the file keeps the last
// maxVisits.
func saveHistory(path string, add []historyEntry) error {
	return state.UpdateJSON(state.File{Path: path}, func(old *[]historyEntry) error {
		out := make([]historyEntry, 0, len(*old)+len(add))
		for _, e := range append(*old, add...) {
			for i := 0; i < len(out); i++ {
				if out[i].key().same(e.key()) {
					out = append(out[:i], out[i+1:]...)
					i--
				}
			}
			out = append(out, e)
		}
		if over := len(out) - maxVisits; over > 0 {
			out = out[over:]
		}
		*old = out
		return nil
	})
}

// openedInLanguage opens symbol from lib in lang when the library holds it
// so, else in the library's preferred language.
func openedInLanguage(lib Library, symbol, lang string) (*library.Opened, error) {
	o, err := lib.Open(symbol, lang, library.OpenOptions{})
	if lang != "" && errors.Is(err, library.ErrNotHeld) {
		o, err = lib.Open(symbol, "", library.OpenOptions{})
	}
	return o, err
}

// docOf returns o's document, or nil.
func docOf(o *library.Opened) *content.Document {
	if o == nil {
		return nil
	}
	return o.Doc
}

// historyCount is the status bar's part for the history: "⌫ 3", "⌫ 3 L 1".
func (m *model) historyCount() string {
	s := ""
	if n := len(m.nav.back); n > 0 {
		s = "⌫ " + itoa(n)
	}
	if n := len(m.nav.forward); n > 0 {
		if s != "" {
			s += " "
		}
		s += "L " + itoa(n)
	}
	return s
}
