package ui

import (
	"errors"
	"strconv"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"resolute/library"
)

// The Cited by tab of the side panel: the documents of the library citing
// the open one, newest first, each on a line with its date and number of
// mentions, followed by a line per citing paragraph with a snippet around
// the mention. Enter (or o) opens the citing document at that paragraph,
// the cited symbol's mentions marked. The list is read from the library's
// index in a tea.Cmd, never in Update.

// The states of a Cited by list.
const (
	byNone    = iota // not asked for yet
	byLoading        // being read from the index
	byLoaded         // read: citers, or note says why there are none
)

// citedByList is the Cited by tab of one document.
type citedByList struct {
	state  int
	citers []library.Citer
	rows   []byRow
	// note says why the list is empty, or what was not found.
	note string
	// took is how long the index took to answer.
	took time.Duration
	// known is set when the list is the library's whole answer: read
	// without error from an index that is complete.
	known bool
	// stale is set when the index changed while the list was read: it is
	// read again when shown.
	stale bool
}

// byRow is a line of the Cited by tab: a citing document (mention -1), or
// one of its mentions.
type byRow struct{ citer, mention int }

// citedByMsg carries the Cited by list of a document view.
type citedByMsg struct {
	view   *docView
	citers []library.Citer
	note   string
	took   time.Duration
	known  bool
	// duringIndex is set when the list was asked for while the index was
	// being brought up to date.
	duringIndex bool
}

func (citedByMsg) libraryMsg() {}

// loadCitedBy starts reading v's Cited by list unless it is read or being
// read.
func (m *model) loadCitedBy(v *docView) tea.Cmd {
	lib := m.opt.Library
	if v == nil || v.by.state == byLoading || (v.by.state == byLoaded && !v.by.stale) {
		return nil
	}
	sym := v.doc.Symbol
	switch {
	case lib == nil:
		v.by = citedByList{state: byLoaded, note: "no library: run `resolute index DIR`"}
		return nil
	case strings.TrimSpace(sym) == "":
		v.by = citedByList{state: byLoaded, note: "the document has no symbol to be cited by"}
		return nil
	}
	v.by.state, v.by.stale = byLoading, false
	lang, indexing := v.doc.Language, m.index.running()
	return func() (msg tea.Msg) {
		defer func() {
			if p := recover(); p != nil {
				msg = citedByMsg{view: v, note: "cannot read the library's index"}
			}
		}()
		start := time.Now()
		cs, err := lib.CitedBy(sym, lang)
		if err == nil && len(cs) == 0 && lang != "" {
			cs, err = lib.CitedBy(sym, "") // cited in other languages only
		}
		out := citedByMsg{view: v, citers: cs, took: time.Since(start), duringIndex: indexing}
		switch {
		case err != nil:
			out.note = clean(firstLine(err))
		case len(cs) > 0:
			out.known = true
		default:
			none := "no document of the library cites " + clean(sym)
			out.note = emptyNote(lib, indexing, none+" so far: the library is being indexed", none)
			out.known = out.note == none // the library's answer, not for want of an index
		}
		return out
	}
}

// firstLine returns the first line of err's text.
func firstLine(err error) string {
	s, _, _ := strings.Cut(err.Error(), "\n")
	return s
}

// citedByLoaded keeps a Cited by list read, and reads it again if the
// index changed meanwhile.
func (m *model) citedByLoaded(msg citedByMsg) tea.Cmd {
	v := msg.view
	if v == m.nav.was {
		v = m.nav.first // the whole document replaced the head it was asked for
	}
	stale := v.by.stale
	v.by = citedByList{state: byLoaded, citers: msg.citers, note: msg.note, took: msg.took, known: msg.known, stale: stale}
	for i, c := range msg.citers {
		v.by.rows = append(v.by.rows, byRow{citer: i, mention: -1})
		for j := range c.Mentions {
			v.by.rows = append(v.by.rows, byRow{citer: i, mention: j})
		}
	}
	if v == m.view && (stale || msg.duringIndex && !msg.known && !m.index.running()) {
		v.by.stale = true // the index changed, or was brought up to date, meanwhile
		return m.loadCitedBy(v)
	}
	if v == m.view {
		m.panel.sel[tabCitedBy] = min(m.panel.sel[tabCitedBy], max(0, len(v.by.rows)-1))
		m.panel.keepVisible()
	}
	return nil
}

// citedByTitle is the tab's title: "Cited by 859", "Cited by …" while it
// is read.
func (l *citedByList) title() string {
	switch {
	case l.state == byLoaded && l.known:
		return "Cited by " + strconv.Itoa(len(l.citers))
	case l.state == byLoaded:
		return "Cited by"
	case l.state == byLoading:
		return "Cited by …"
	}
	return "Cited by"
}

// empty says why the list has no line.
func (l *citedByList) empty() string {
	if l.state == byLoaded {
		if l.note != "" {
			return l.note
		}
		return "no citing document"
	}
	return "reading the library…"
}

// lines returns the tab's plain lines for width cells; a citing
// document's language shows when it is not lang, the open document's.
func (l *citedByList) lines(width int, lang string) []string {
	out := make([]string, 0, len(l.rows))
	for _, r := range l.rows {
		c := l.citers[r.citer]
		if r.mention < 0 {
			left := " " + clean(c.Symbol)
			if c.Symbol == "" {
				left = " " + clean(c.Title)
			}
			if c.Language != "" && c.Language != lang {
				left += " " + clean(c.Language)
			}
			count := "×" + strconv.Itoa(len(c.Mentions))
			right := count
			if c.Date != "" {
				if withDate := clean(c.Date) + " " + count; ansi.StringWidth(left)+ansi.StringWidth(withDate)+1 <= width {
					right = withDate
				}
			}
			gap := max(1, width-ansi.StringWidth(left)-ansi.StringWidth(right))
			if room := width - ansi.StringWidth(right) - 1; ansi.StringWidth(left) > room {
				left = ansi.Truncate(left, max(3, room), "…")
				gap = 1
			}
			out = append(out, left+strings.Repeat(" ", gap)+right)
			continue
		}
		mn := c.Mentions[r.mention]
		id := clean(mn.Paragraph)
		if mn.Footnote != "" {
			id += " note " + clean(mn.Footnote)
		}
		head := "   " + id + " "
		out = append(out, head+snippetAround(mn.Snippet, mn.Mark, width-ansi.StringWidth(head)))
	}
	return out
}

// snippetAround cuts snippet to width cells so that its mark (a byte span)
// shows: when the mark starts too far right, the start is cut and "…"
// put in its place.
func snippetAround(snippet string, mark [2]int, width int) string {
	s := clean(snippet)
	if width <= 1 {
		return ""
	}
	if mark[0] > 0 && mark[0] <= len(snippet) && mark[1] <= len(snippet) {
		before := clean(snippet[:mark[0]])
		mw := ansi.StringWidth(clean(snippet[mark[0]:mark[1]]))
		if ansi.StringWidth(before)+mw <= width {
			return ansi.Truncate(s, width, "…") // the mark shows whole
		}
		if cut, ok := leadOf(before, width*2/5); ok {
			s = "…" + cut + clean(snippet[mark[0]:])
		}
	}
	return ansi.Truncate(s, width, "…")
}

// openCitedBy opens the citing document of line sel of the Cited by tab
// at its citing paragraph (the first, on a document's line).
func (m *model) openCitedBy(sel int) tea.Cmd {
	v := m.view
	l := &v.by
	if sel >= len(l.rows) {
		m.message = l.empty()
		return nil
	}
	r := l.rows[sel]
	c := l.citers[r.citer]
	para := ""
	if r.mention >= 0 {
		para = c.Mentions[r.mention].Paragraph
	} else if len(c.Mentions) > 0 {
		para = c.Mentions[0].Paragraph
	}
	if para == "" {
		para = "masthead"
	}
	name := c.Symbol
	if name == "" {
		name = c.Path
	}
	m.message = "opening " + clean(name) + "…"
	return m.openCmd(openReq{file: c.Path, symbol: c.Symbol, lang: c.Language,
		to: openTarget{para: para, cite: v.doc.Symbol}})
}

// libraryMsg is a message of the library's views: the Cited by tab, the
// background index, the library list and search.
type libraryMsg interface{ libraryMsg() }

// libraryUpdate handles a libraryMsg.
func (m *model) libraryUpdate(msg libraryMsg) tea.Cmd {
	switch msg := msg.(type) {
	case citedByMsg:
		return m.citedByLoaded(msg)
	case indexProgressMsg:
		return m.indexProgress(msg)
	case indexDoneMsg:
		return m.indexDone(msg)
	default:
		if m.body != nil {
			return m.bodyUpdate(msg)
		}
	}
	return nil
}

// errNoLibrary is the error of a library view without a library.
var errNoLibrary = errors.New("no library: run `resolute index DIR`")

// leadOf returns the end of before, the text ahead of a mark, that fits in
// lead cells, from the start of a word when it can; ok is false when all
// of before fits.
func leadOf(before string, lead int) (string, bool) {
	w := ansi.StringWidth(before)
	if w <= lead {
		return before, false
	}
	cut := ansi.TruncateLeft(before, w-lead+1, "")
	if i := strings.IndexByte(cut, ' '); i >= 0 && i < len(cut)-1 {
		cut = cut[i+1:]
	}
	return cut, true
}
