package ui

import (
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/list"
	"charm.land/bubbles/v2/paginator"
	tea "charm.land/bubbletea/v2"

	"resolute/library"
)

// bodyView is a view of the library that covers the body (pane and
// panel) while it is open, in the reader's layout: the list of the
// library's documents (O, libList) or a search across them (S,
// libSearch). esc closes it; Enter opens the document chosen.
type bodyView interface {
	// key handles a key press.
	key(m *model, msg tea.KeyPressMsg) tea.Cmd
	// update handles any other message.
	update(m *model, msg tea.Msg) tea.Cmd
	// lines draws the view as height lines of width cells.
	lines(m *model, width, height int) []string
	// refresh reads again what the library answered (its index changed).
	refresh(m *model) tea.Cmd
}

// bodyKey hands a key press to the body view.
func (m *model) bodyKey(msg tea.KeyPressMsg) tea.Cmd {
	if msg.String() == "ctrl+c" {
		return m.quit()
	}
	return m.body.key(m, msg)
}

// bodyUpdate hands a message to the body view.
func (m *model) bodyUpdate(msg tea.Msg) tea.Cmd { return m.body.update(m, msg) }

// closeBody closes the body view.
func (m *model) closeBody() { m.body = nil }

// openEntry closes the body view and opens e, at paragraph to.para.
func (m *model) openEntry(e library.Entry, to openTarget) tea.Cmd {
	m.closeBody()
	name := e.Symbol
	if name == "" {
		name = e.Path
	}
	m.message = "opening " + clean(name) + "…"
	return m.openCmd(openReq{file: e.Path, symbol: e.Symbol, lang: e.Language, to: to})
}

// libList is the list of the library's documents (key O): a bubbles list,
// newest first, filtered as one types (/) over symbol, language, date and
// title; Enter opens the document selected.
type libList struct {
	list   list.Model
	loaded bool
	note   string
	took   time.Duration
	w, h   int
	// filterGen numbers the filter typed last (tag).
	filterGen int
}

// libItem is a document of the list.
type libItem struct {
	e            library.Entry
	title, desc  string
	filterString string
}

func (i libItem) Title() string       { return i.title }
func (i libItem) Description() string { return i.desc }
func (i libItem) FilterValue() string { return i.filterString }

// newLibItem makes the list's item for e, its text cleaned for the screen.
func newLibItem(e library.Entry) libItem {
	sym := clean(e.Symbol)
	if sym == "" {
		sym = "(no symbol)"
	}
	title := sym
	if e.Language != "" {
		title += " · " + clean(e.Language)
	}
	if e.Date != "" {
		title += " · " + clean(e.Date)
	} else if e.Year != "" {
		title += " · " + clean(e.Year)
	}
	desc := clean(e.Title)
	if desc == "" {
		desc = clean(e.Path)
	}
	// Folded once here, not at every key of the filter.
	return libItem{e: e, title: title, desc: desc, filterString: fold(title+" "+desc+" "+languageWord(e.Language)) + "\x00" + fold(e.Language)}
}

// libDocsMsg carries the library's documents for a list.
type libDocsMsg struct {
	l *libList
	// items are the documents as the list shows them, made in the Cmd
	// (their text folded for the filter: 80 ms for 14,049).
	items []list.Item
	note  string
	took  time.Duration
}

func (libDocsMsg) libraryMsg() {}

// openLibraryList opens the list of the library's documents.
func (m *model) openLibraryList() tea.Cmd {
	d := list.NewDefaultDelegate()
	d.Styles = list.NewDefaultItemStyles(m.isDark)
	l := &libList{list: list.New(nil, d, max(1, m.lay.w), max(1, m.lay.bodyH))}
	l.list.Title = "Library"
	l.list.Styles = list.DefaultStyles(m.isDark)
	l.list.SetStatusBarItemName("document", "documents")
	l.list.DisableQuitKeybindings()
	l.list.Filter = libFilter
	l.list.SetShowHelp(true)
	// Page 3/1081, not a dot a page: thousands of dots take 20 ms a frame.
	l.list.Paginator.Type = paginator.Arabic
	m.body = l
	m.focus = focusPane
	return l.refresh(m)
}

// refresh reads the library's documents again.
func (l *libList) refresh(m *model) tea.Cmd {
	lib := m.opt.Library
	if lib == nil {
		l.loaded, l.note = true, errNoLibrary.Error()
		return nil
	}
	l.list.Title = "Library · reading…"
	indexing := m.index.running()
	return func() (msg tea.Msg) {
		defer func() {
			if p := recover(); p != nil {
				msg = libDocsMsg{l: l, note: "cannot read the library's index"}
			}
		}()
		start := time.Now()
		es, err := lib.Documents(library.Filter{})
		items := make([]list.Item, len(es))
		for i, e := range es {
			items[i] = newLibItem(e)
		}
		out := libDocsMsg{l: l, items: items, took: time.Since(start)}
		switch {
		case err != nil:
			out.note = firstLine(err)
		case len(es) == 0:
			out.note = emptyNote(lib, indexing, "nothing indexed yet: the library is being indexed", "the library holds no document")
		}
		return out
	}
}

// key handles the list's keys: esc clears a filter, then closes; q
// closes; Enter opens the selected document (while a filter is typed, it
// first accepts the filter).
func (l *libList) key(m *model, msg tea.KeyPressMsg) tea.Cmd {
	filtering := l.list.FilterState() == list.Filtering
	switch {
	case msg.String() == "esc" && l.list.FilterState() == list.Unfiltered,
		!filtering && key.Matches(msg, m.keys.Quit):
		m.closeBody()
		return nil
	case msg.String() == "enter" && !filtering:
		if it, ok := l.list.SelectedItem().(libItem); ok {
			return m.openEntry(it.e, openTarget{})
		}
		return nil
	case msg.String() == "enter" && l.list.FilterValue() != "":
		// Kept as typed, whatever the filter's Cmd has answered so far: an
		// enter typed right after the filter would keep the matches of a
		// shorter one (and then open the wrong document).
		l.list.SetFilterText(l.list.FilterValue())
		l.list.FilterInput.Blur()
		l.filterGen++ // the matches on their way are of this filter or older
		return nil
	}
	before := l.list.FilterValue()
	var cmd tea.Cmd
	l.list, cmd = l.list.Update(msg)
	if l.list.FilterValue() != before {
		l.filterGen++
	}
	return l.tag(cmd)
}

// libFilterMsg carries the matches of the filter numbered gen.
type libFilterMsg struct {
	l     *libList
	gen   int
	inner list.FilterMatchesMsg
}

func (libFilterMsg) libraryMsg() {}

// tag makes the list's filter matches, found in a Cmd, come back tagged
// with the filter they answer: the list would take the matches of a filter
// typed before the last one if they came last.
func (l *libList) tag(cmd tea.Cmd) tea.Cmd {
	if cmd == nil {
		return nil
	}
	gen := l.filterGen
	return func() tea.Msg {
		switch msg := cmd().(type) {
		case list.FilterMatchesMsg:
			return libFilterMsg{l: l, gen: gen, inner: msg}
		case tea.BatchMsg:
			out := make(tea.BatchMsg, len(msg))
			for i, c := range msg {
				out[i] = l.tag(c)
			}
			return out
		default:
			return msg
		}
	}
}

// update takes the documents read, and the list's own messages
// (filtering runs in a Cmd).
func (l *libList) update(m *model, msg tea.Msg) tea.Cmd {
	if msg, ok := msg.(libFilterMsg); ok {
		if msg.l != l || msg.gen != l.filterGen {
			return nil // the matches of a filter since changed
		}
		var cmd tea.Cmd
		l.list, cmd = l.list.Update(msg.inner)
		return l.tag(cmd)
	}
	if msg, ok := msg.(libDocsMsg); ok {
		if msg.l != l {
			return nil
		}
		l.loaded, l.note, l.took = true, clean(msg.note), msg.took
		l.list.Title = "Library · " + thousands(len(msg.items)) + " documents"
		return l.tag(l.list.SetItems(msg.items))
	}
	var cmd tea.Cmd
	l.list, cmd = l.list.Update(msg)
	return l.tag(cmd)
}

// lines draws the list.
func (l *libList) lines(m *model, width, height int) []string {
	if l.w != width || l.h != height {
		l.w, l.h = width, height
		l.list.SetSize(width, height)
	}
	var out []string
	if l.loaded && l.note != "" && len(l.list.Items()) == 0 {
		out = append(out, m.st.tabOn.Render(" Library")+m.st.muted.Render("  (esc: close)"), "", " "+l.note)
	} else {
		out = strings.Split(l.list.View(), "\n")
	}
	return fitLines(out, width, height)
}

// fitLines returns exactly height lines of exactly width cells.
func fitLines(in []string, width, height int) []string {
	out := make([]string, 0, height)
	for _, s := range in {
		if len(out) == height {
			break
		}
		out = append(out, fit(s, width))
	}
	blank := strings.Repeat(" ", max(0, width))
	for len(out) < height {
		out = append(out, blank)
	}
	return out
}

// libFilter keeps the documents whose text holds every word of term,
// case and accents folded, in the list's order (newest first), a symbol
// ending in the term first ("75/1" finds A/RES/75/1 before A/RES/75/100).
// A word that is a language code (en, fr, zh…) keeps the documents in
// that language. targets are the items' FilterValue: their text folded,
// then their language after a NUL.
func libFilter(term string, targets []string) []list.Rank {
	words := strings.Fields(fold(term))
	if len(words) == 0 {
		return nil
	}
	var first, rest []list.Rank
	for i, t := range targets {
		text, lang, _ := strings.Cut(t, "\x00")
		ok := true
		for _, w := range words {
			if isLangCode(w) && lang != "" {
				ok = w == lang
			} else {
				ok = strings.Contains(text, w)
			}
			if !ok {
				break
			}
		}
		if !ok {
			continue
		}
		r := list.Rank{Index: i}
		sym, _, _ := strings.Cut(text, " ")
		if strings.HasSuffix(sym, words[0]) {
			first = append(first, r)
		} else {
			rest = append(rest, r)
		}
	}
	return append(first, rest...)
}

// isLangCode reports whether w is the code of a language of the UN's
// documents, or German (held in the UN's repositories too).
func isLangCode(w string) bool {
	switch w {
	case "ar", "zh", "en", "fr", "ru", "es", "de":
		return true
	}
	return false
}
