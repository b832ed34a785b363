package ui

import (
	"strings"
	"time"

	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"resolute/library"
)

// libSearch is the search across the library (key S): a query typed on
// its first line is looked for in every paragraph of the library, as one
// types (Library.Search: words, "phrases", OR, a final *; case and accents
// folded, Chinese as a substring); the paragraphs found are listed best
// first, each as its document, paragraph id and a snippet with the match
// marked. Enter opens the document at that paragraph, the match found as
// an in-document search (n goes on from it). Tab limits the search to one
// language, the open document's first, then each other in turn, and back
// to every language.
type libSearch struct {
	input textinput.Model
	// langs are the languages tab goes through, "" (every language)
	// first; lang is langs[langAt], the one searched.
	langs  []string
	langAt int
	// hits answer query; gen numbers the query typed last.
	hits      []library.Hit
	query     string
	gen       int
	searching bool
	note      string
	took      time.Duration
	sel, top  int
}

// searchLimit is how many paragraphs a library search lists.
const searchLimit = 100

// searchDebounce is how long the query must stay put before it is looked
// for: one search for a word typed, not one a letter.
const searchDebounce = 150 * time.Millisecond

// libSearchTickMsg says the query numbered gen has stayed put.
type libSearchTickMsg struct {
	s   *libSearch
	gen int
}

// libHitsMsg carries the paragraphs found for a query.
type libHitsMsg struct {
	s     *libSearch
	gen   int
	query string
	hits  []library.Hit
	note  string
	took  time.Duration
}

func (libSearchTickMsg) libraryMsg() {}
func (libHitsMsg) libraryMsg()       {}

// openLibrarySearch opens the search across the library.
func (m *model) openLibrarySearch() tea.Cmd {
	in := textinput.New()
	in.Prompt = "Search the library: "
	in.Placeholder = `sustainable peace, "right to food", 可持续和平`
	in.CharLimit = 200
	st := in.Styles()
	st.Cursor.Blink = false
	in.SetStyles(st)
	s := &libSearch{input: in, langs: searchLanguages(m.view.doc.Language)}
	m.body = s
	m.focus = focusPane
	return s.input.Focus()
}

// officialLanguages returns the six languages a search can be limited to.
func officialLanguages() []string { return []string{"ar", "en", "es", "fr", "ru", "zh"} }

// searchLanguages returns the languages tab goes through in the library
// search: every language, then the open document's own (if it has one),
// then the other official languages.
func searchLanguages(own string) []string {
	out := []string{""}
	if own != "" {
		out = append(out, own)
	}
	for _, l := range officialLanguages() {
		if l != own {
			out = append(out, l)
		}
	}
	return out
}

// lang is the language searched, "" for every language.
func (s *libSearch) lang() string {
	if s.langAt < len(s.langs) {
		return s.langs[s.langAt]
	}
	return ""
}

// nextLanguage limits the search to the next language of langs, and asks
// again.
func (s *libSearch) nextLanguage(m *model) tea.Cmd {
	if len(s.langs) == 0 {
		return nil
	}
	s.langAt = (s.langAt + 1) % len(s.langs)
	s.input.Prompt = "Search the library: "
	if l := s.lang(); l != "" {
		s.input.Prompt = "Search the library in " + l + ": "
	}
	s.query = "" // the hits shown answer another language
	return s.refresh(m)
}

// refresh looks for the query again.
func (s *libSearch) refresh(m *model) tea.Cmd {
	s.gen++
	return s.searchCmd(m, s.gen)
}

// searchCmd looks for the query in the library off the input path.
func (s *libSearch) searchCmd(m *model, gen int) tea.Cmd {
	q := strings.TrimSpace(s.input.Value())
	lib := m.opt.Library
	if q == "" {
		s.hits, s.query, s.note, s.searching = nil, "", "", false
		return nil
	}
	if lib == nil {
		s.note = errNoLibrary.Error()
		return nil
	}
	s.searching = true
	indexing := m.index.running()
	lang := s.lang()
	return func() (msg tea.Msg) {
		defer func() {
			if p := recover(); p != nil {
				msg = libHitsMsg{s: s, gen: gen, query: q, note: "cannot read the library's index"}
			}
		}()
		start := time.Now()
		hits, err := lib.Search(q, lang, searchLimit)
		out := libHitsMsg{s: s, gen: gen, query: q, hits: hits, took: time.Since(start)}
		switch {
		case err != nil:
			out.note = firstLine(err)
		case len(hits) == 0:
			none := "no paragraph of the library matches"
			if lang != "" {
				none = "no paragraph of the library in " + lang + " matches"
			}
			out.note = emptyNote(lib, indexing, "no paragraph found so far: the library is being indexed", none)
		}
		return out
	}
}

// key handles the search's keys: esc closes; ↑/↓ (ctrl+p/ctrl+n), page
// keys choose a paragraph found; Enter opens it, or looks for a query not
// yet looked for; tab changes the language searched; other keys edit the
// query.
func (s *libSearch) key(m *model, msg tea.KeyPressMsg) tea.Cmd {
	rows := max(1, (m.lay.bodyH-2)/2)
	switch msg.String() {
	case "esc":
		m.closeBody()
		return nil
	case "up", "ctrl+p":
		s.move(-1, rows)
		return nil
	case "down", "ctrl+n":
		s.move(1, rows)
		return nil
	case "pgup":
		s.move(-rows, rows)
		return nil
	case "pgdown":
		s.move(rows, rows)
		return nil
	case "tab":
		return s.nextLanguage(m)
	case "enter":
		q := strings.TrimSpace(s.input.Value())
		if q != "" && q == s.query && s.sel < len(s.hits) {
			h := s.hits[s.sel]
			found := ""
			if h.Mark[0] < h.Mark[1] && h.Mark[1] <= len(h.Snippet) {
				found = strings.Trim(h.Snippet[h.Mark[0]:h.Mark[1]], " …")
			}
			return m.openEntry(h.Entry, openTarget{para: h.Paragraph, query: found})
		}
		s.gen++
		return s.searchCmd(m, s.gen)
	}
	before := s.input.Value()
	var cmd tea.Cmd
	s.input, cmd = s.input.Update(msg)
	if s.input.Value() == before {
		return cmd
	}
	s.gen++
	gen := s.gen
	return tea.Batch(cmd, tea.Tick(searchDebounce, func(time.Time) tea.Msg { return libSearchTickMsg{s: s, gen: gen} }))
}

// move moves the selection by n among the paragraphs found.
func (s *libSearch) move(n, rows int) {
	if len(s.hits) == 0 {
		return
	}
	s.sel = min(max(0, s.sel+n), len(s.hits)-1)
	if s.sel < s.top {
		s.top = s.sel
	}
	if s.sel >= s.top+rows {
		s.top = s.sel - rows + 1
	}
}

// update takes the search's own messages.
func (s *libSearch) update(m *model, msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case libSearchTickMsg:
		if msg.s == s && msg.gen == s.gen {
			return s.searchCmd(m, s.gen)
		}
	case libHitsMsg:
		if msg.s != s || msg.gen != s.gen {
			return nil
		}
		s.hits, s.query, s.note, s.took, s.searching = msg.hits, msg.query, clean(msg.note), msg.took, false
		s.sel, s.top = 0, 0
	default:
		var cmd tea.Cmd
		s.input, cmd = s.input.Update(msg)
		return cmd
	}
	return nil
}

// lines draws the search: the query, what was found, then two lines a
// paragraph: its document and id, and the snippet with the match marked.
func (s *libSearch) lines(m *model, width, height int) []string {
	st := m.st
	s.input.SetWidth(max(1, width-ansi.StringWidth(s.input.Prompt)-2))
	out := []string{" " + s.input.View()}
	status := ""
	switch {
	case s.searching:
		status = "searching…"
	case s.note != "":
		status = s.note
	case s.query != "":
		n := thousands(len(s.hits)) + " paragraphs"
		if len(s.hits) == 1 {
			n = "1 paragraph"
		} else if len(s.hits) == searchLimit {
			n = "the first " + n
		}
		status = n + " (" + s.took.Round(time.Millisecond).String() + ")  ↑/↓ choose, enter: open, tab: language, esc: close"
	default:
		status = "words, \"a phrase\", OR, a final *; tab: language; enter: open, esc: close"
	}
	out = append(out, st.muted.Render(" "+ansi.Truncate(status, max(1, width-1), "…")))
	rows := max(1, (height-2)/2)
	if s.sel >= s.top+rows {
		s.top = s.sel - rows + 1
	}
	for i := s.top; i < len(s.hits) && len(out)+2 <= height; i++ {
		h := s.hits[i]
		head := " " + clean(h.Symbol)
		if h.Symbol == "" {
			head = " " + clean(h.Path)
		}
		head += " " + clean(h.Language) + " · " + clean(h.Paragraph)
		if h.Footnote != "" {
			head += " note " + clean(h.Footnote)
		}
		if h.Date != "" {
			head += " · " + clean(h.Date)
		}
		if h.Title != "" {
			head += "  " + clean(h.Title)
		}
		head = fit(ansi.Truncate(head, width, "…"), width)
		if i == s.sel {
			head = st.selFocused.Render(head)
		} else {
			head = st.held.Render(head)
		}
		out = append(out, head, "   "+markedSnippet(st, h.Snippet, h.Mark, width-3))
	}
	return fitLines(out, width, height)
}

// markedSnippet cuts snippet to width cells around its mark, as
// snippetAround, and styles the mark as a match.
func markedSnippet(st styles, snippet string, mark [2]int, width int) string {
	if mark[0] < 0 || mark[0] >= mark[1] || mark[1] > len(snippet) {
		return snippetAround(snippet, mark, width)
	}
	before, match, after := clean(snippet[:mark[0]]), clean(snippet[mark[0]:mark[1]]), clean(snippet[mark[1]:])
	if ansi.StringWidth(before)+ansi.StringWidth(match) <= width {
		// the mark shows whole
	} else if cut, ok := leadOf(before, width/3); ok {
		before = "…" + cut
	}
	bw := ansi.StringWidth(before)
	if bw >= width {
		return ansi.Truncate(before, width, "…")
	}
	match = ansi.Truncate(match, width-bw, "…")
	mw := ansi.StringWidth(match)
	rest := ""
	if room := width - bw - mw; room > 0 {
		rest = ansi.Truncate(after, room, "…")
	}
	return before + st.match.Render(match) + rest
}
