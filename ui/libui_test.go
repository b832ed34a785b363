package ui

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"resolute/content"
	"resolute/library"
)

// citedLibrary is a fake library holding the fixture (A/RES/65/122), cited
// by bigDoc (A/RES/99/1, at op12) and multipart (A/RES/1/2, twice).
func citedLibrary() (*fakeLibrary, *fakeLibraryDocs) {
	big, parts := bigDoc(20000), multipart()
	lib := new(fakeLibrary).add("A/RES/65/122", fixture()).add("A/RES/99/1", big).add("A/RES/1/2", parts)
	lib.citers = map[string][]library.Citer{
		symbolKey("A/RES/65/122"): {
			{Entry: library.Entry{Symbol: "A/RES/99/1", Language: "en", Date: "2021-01-02", Title: "Big"},
				Mentions: []library.Mention{{Paragraph: "op12", Snippet: "Recalling its resolution 65/122 of 13 December 2010,", Mark: [2]int{25, 31}}}},
			{Entry: library.Entry{Symbol: "A/RES/1/2", Language: "en", Date: "2020-05-06", Title: "Two parts"},
				Mentions: []library.Mention{
					{Paragraph: "I.pp1", Snippet: "Recalling resolution 65/122,", Mark: [2]int{21, 27}},
					{Paragraph: "II.op3", Snippet: "Decides, as in resolution 65/122, …", Mark: [2]int{26, 32}},
				}},
		},
	}
	return lib, &fakeLibraryDocs{big: big, parts: parts}
}

// fakeLibraryDocs are the documents of citedLibrary.
type fakeLibraryDocs struct{ big, parts *content.Document }

// panelText returns the words of the side panel, in one line.
func panelText(m *model) string {
	var words []string
	for _, l := range strings.Split(screenText(m), "\n") {
		if i := strings.LastIndex(l, "│"); i >= 0 {
			words = append(words, strings.Fields(l[i+len("│"):])...)
		}
	}
	return strings.Join(words, " ")
}

// screenText returns the screen without styles.
func screenText(m *model) string { return ansi.Strip(m.screen()) }

func TestCitedByTab(t *testing.T) {
	lib, docs := citedLibrary()
	m := newSized(fixture(), Options{Library: lib}, 120, 24)
	press(m, "tab", "l", "l")
	if m.panel.tab != tabCitedBy {
		t.Fatalf("tab l l: tab %d, want Cited by", m.panel.tab)
	}
	s := screenText(m)
	for _, want := range []string{"[ Cited by 2 ]", "A/RES/99/1", "2021-01-02 ×1", "A/RES/1/2", "×2", "op12 Recalling its resolution 65/122", "II.op3"} {
		if !strings.Contains(s, want) {
			t.Errorf("Cited by tab lacks %q:\n%s", want, s)
		}
	}
	// The second citer's second mention: II.op3 of A/RES/1/2.
	press(m, "j", "j", "j", "j")
	press(m, "enter")
	if m.view.doc != docs.parts || m.view.topID() != "II.op3" {
		t.Fatalf("enter: doc %q top %q, message %q", m.view.doc.Symbol, m.view.topID(), m.message)
	}
	if len(m.nav.back) != 1 || !strings.Contains(m.message, "opened A/RES/1/2") {
		t.Errorf("enter: back %d message %q", len(m.nav.back), m.message)
	}
	press(m, "H")
	if m.view.doc.Symbol != "A/RES/65/122" || m.panel.tab != tabCitedBy || m.panel.selected() != 4 {
		t.Errorf("H: doc %q tab %d selection %d", m.view.doc.Symbol, m.panel.tab, m.panel.selected())
	}
	press(m, "L")
	if m.view.doc != docs.parts || m.view.topID() != "II.op3" || len(m.nav.forward) != 0 {
		t.Errorf("L: doc %q top %q forward %d", m.view.doc.Symbol, m.view.topID(), len(m.nav.forward))
	}
	// A new jump cuts the way forward.
	press(m, "backspace")
	press(m, "k", "k", "k", "k", "enter")
	if m.view.doc != docs.big || m.view.topID() != "op12" || len(m.nav.forward) != 0 {
		t.Errorf("enter on A/RES/99/1: doc %q top %q forward %d", m.view.doc.Symbol, m.view.topID(), len(m.nav.forward))
	}
	press(m, "L")
	if m.message != "no next document" {
		t.Errorf("L at the end: message %q", m.message)
	}
}

func TestCitedByNotes(t *testing.T) {
	for _, tc := range []struct {
		name string
		lib  Library
		want string
	}{
		{"none", &fakeLibrary{}, "no document of the library cites A/RES/65/122"},
		{"not indexed", &fakeLibrary{notIndexed: true}, "the library is not indexed yet: run `resolute index DIR`"},
		{"no library", nil, "no library: run `resolute index DIR`"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := newSized(fixture(), Options{Library: tc.lib}, 120, 24)
			press(m, "tab", "l", "l")
			s := panelText(m)
			if !strings.Contains(s, tc.want) {
				t.Errorf("Cited by tab lacks %q:\n%s", tc.want, screenText(m))
			}
		})
	}
}

// TestCitedByLoadsOffUpdate checks that the list is read in a Cmd: Update
// only starts it.
func TestCitedByLoadsOffUpdate(t *testing.T) {
	lib, _ := citedLibrary()
	m := newSized(fixture(), Options{Library: lib}, 120, 24)
	m.view.by = citedByList{}
	press(m, "tab", "l")
	_, cmd := m.Update(keyMsg("l"))
	if m.view.by.state != byLoading || !strings.Contains(screenText(m), "Cited by …") {
		t.Fatalf("state %d after l, want loading", m.view.by.state)
	}
	run(m, cmd)
	if m.view.by.state != byLoaded || len(m.view.by.citers) != 2 {
		t.Errorf("after the Cmd: state %d citers %d", m.view.by.state, len(m.view.by.citers))
	}
}

func TestHistoryAcrossRuns(t *testing.T) {
	dir := t.TempDir()
	lib, docs := citedLibrary()
	opt := Options{Library: lib, History: filepath.Join(dir, "history.json"), State: filepath.Join(dir, "positions.json")}
	m := newSized(fixture(), opt, 120, 24)
	press(m, "tab", "l", "l", "j", "enter") // A/RES/99/1 at op12
	if m.view.doc != docs.big {
		t.Fatalf("enter: %q", m.message)
	}
	if err := m.remember(); err != nil {
		t.Fatal(err)
	}
	// The next run, on another document: H goes to the one read last, at
	// its paragraph, then to the one before.
	m2 := newSized(multipart(), opt, 120, 24)
	if len(m2.nav.back) != 2 {
		t.Fatalf("next run: back %d, want 2", len(m2.nav.back))
	}
	press(m2, "H")
	if m2.view.doc != docs.big || m2.view.topID() != "op12" {
		t.Errorf("H in the next run: doc %q top %q message %q", m2.view.doc.Symbol, m2.view.topID(), m2.message)
	}
	press(m2, "H")
	if m2.view.doc.Symbol != "A/RES/65/122" {
		t.Errorf("H again: doc %q message %q", m2.view.doc.Symbol, m2.message)
	}
	press(m2, "H")
	if m2.message != "no previous document" {
		t.Errorf("H past the first: message %q", m2.message)
	}
	press(m2, "L", "L")
	if m2.view.doc.Symbol != "A/RES/1/2" {
		t.Errorf("L L: doc %q", m2.view.doc.Symbol)
	}
}

func TestSaveHistoryMerges(t *testing.T) {
	path := filepath.Join(t.TempDir(), "history.json")
	a := historyEntry{Symbol: "A/RES/1/1", Language: "en", File: "/a", ID: "op1"}
	b := historyEntry{Symbol: "A/RES/2/2", Language: "en", File: "/b"}
	// Two readers ending one after the other both add theirs; a document
	// read again moves to the end.
	if err := saveHistory(path, []historyEntry{a, b}); err != nil {
		t.Fatal(err)
	}
	a2 := a
	a2.ID = "op9"
	if err := saveHistory(path, []historyEntry{a2}); err != nil {
		t.Fatal(err)
	}
	m := New(fixture(), Options{History: path}).(*model)
	if len(m.nav.back) != 2 || m.nav.back[0].symbol != "A/RES/2/2" || m.nav.back[1].id != "op9" {
		t.Errorf("back = %+v", m.nav.back)
	}
	var many []historyEntry
	for i := range maxVisits + 20 {
		many = append(many, historyEntry{Symbol: "A/RES/9/" + itoa(i), File: "/f" + itoa(i)})
	}
	if err := saveHistory(path, many); err != nil {
		t.Fatal(err)
	}
	m = New(fixture(), Options{History: path}).(*model)
	if len(m.nav.back) != maxVisits || m.nav.back[maxVisits-1].symbol != "A/RES/9/"+itoa(maxVisits+19) {
		t.Errorf("capped: %d entries", len(m.nav.back))
	}
	// A damaged history file is said, not fatal.
	os.WriteFile(path, []byte("{not json"), 0o644)
	m = New(fixture(), Options{History: path}).(*model)
	if !strings.Contains(m.message, "history not remembered") {
		t.Errorf("damaged history: message %q", m.message)
	}
}

func TestHistoryLetsGoOfViews(t *testing.T) {
	lib := new(fakeLibrary)
	for i := range maxLiveViews + 4 {
		d := multipart()
		d.Symbol = "A/RES/5/" + itoa(i)
		lib.add(d.Symbol, d)
	}
	m := newSized(fixture(), Options{Library: lib}, 120, 24)
	for i := range maxLiveViews + 4 {
		run(m, m.openCmd(openReq{symbol: "A/RES/5/" + itoa(i)}))
	}
	live := 0
	for _, t := range m.nav.back {
		if t.view != nil {
			live++
		}
	}
	if live > maxLiveViews+1 || m.nav.back[0].view != m.root() {
		t.Errorf("%d live views of %d, root kept %v", live, len(m.nav.back), m.nav.back[0].view == m.root())
	}
	// Going back to a document let go opens it again.
	for range maxLiveViews + 2 {
		press(m, "H")
	}
	if want := "A/RES/5/1"; m.view.doc.Symbol != want {
		t.Errorf("back %d: %q, want %q (message %q)", maxLiveViews+2, m.view.doc.Symbol, want, m.message)
	}
}

func TestOpenWhileIndexing(t *testing.T) {
	m := newSized(fixture(), Options{Library: &fakeLibrary{}}, 120, 24)
	m.index.run = &indexRun{cancel: func() {}}
	m.libReady = true
	press(m, "tab", "o")
	if !strings.Contains(m.message, "not found yet: the library is being indexed") {
		t.Errorf("o while indexing: message %q", m.message)
	}
	m.index.run = nil
	m.opt.Library = &fakeLibrary{notIndexed: true}
	m.libReady = false
	press(m, "o")
	if !strings.Contains(m.message, "the library is not indexed yet") {
		t.Errorf("o before any index: message %q", m.message)
	}
}

func TestIndexProgress(t *testing.T) {
	lib := &fakeLibrary{progress: [][2]int{{3412, 14049}}, indexed: library.Summary{Read: 14049, Documents: 14047}}
	m := newSized(fixture(), Options{Library: lib}, 120, 24)
	m.index = indexState{} // newSized ran the first one
	cmd := m.startIndex()
	if cmd == nil || !m.index.running() {
		t.Fatal("no index started")
	}
	r := m.index.run
	msg := cmd() // the progress or, both being ready, the end
	m.Update(indexProgressMsg{run: r, done: 3412, total: 14049})
	if s := screenText(m); !strings.Contains(s, "indexing 3,412/14,049") {
		t.Errorf("status bar lacks the progress:\n%s", s)
	}
	if _, done := msg.(indexDoneMsg); done {
		m.Update(msg)
	} else {
		run(m, waitIndex(r))
	}
	if m.index.running() || !strings.Contains(m.message, "library indexed: 14,047 documents") {
		t.Errorf("after the index: running %v message %q", m.index.running(), m.message)
	}
	if m.startIndex() != nil {
		t.Error("a second index started")
	}
}

func TestLibraryList(t *testing.T) {
	lib, docs := citedLibrary()
	m := newSized(fixture(), Options{Library: lib}, 100, 30)
	press(m, "O")
	if m.body == nil || !strings.Contains(screenText(m), "Library · 3 documents") {
		t.Fatalf("O: no list:\n%s", screenText(m))
	}
	typeText(m, "/99/1")
	press(m, "enter")
	s := screenText(m)
	if !strings.Contains(s, "1 document") || !strings.Contains(s, "A/RES/99/1") {
		t.Errorf("filter 99/1:\n%s", s)
	}
	press(m, "enter")
	if m.body != nil || m.view.doc != docs.big {
		t.Fatalf("enter: body %v doc %q message %q", m.body != nil, m.view.doc.Symbol, m.message)
	}
	press(m, "O", "esc")
	if m.body != nil {
		t.Error("esc did not close the list")
	}
	press(m, "H")
	if m.view.doc.Symbol != "A/RES/65/122" {
		t.Errorf("H after the list: %q", m.view.doc.Symbol)
	}
}

func TestLibFilter(t *testing.T) {
	items := []libItem{
		newLibItem(library.Entry{Symbol: "A/RES/75/100", Language: "en", Title: "Peace"}),
		newLibItem(library.Entry{Symbol: "A/RES/75/1", Language: "fr", Title: "Déclaration"}),
		newLibItem(library.Entry{Symbol: "A/RES/75/1", Language: "en", Title: "Declaration"}),
	}
	var targets []string
	for _, it := range items {
		targets = append(targets, it.FilterValue())
	}
	for _, tc := range []struct {
		term string
		want []int
	}{
		{"75/1", []int{1, 2, 0}},
		{"75/1 en", []int{2, 0}},
		{"declaration", []int{1, 2}},
		{"DÉCLARATION fr", []int{1}},
		{"zz", nil},
	} {
		var got []int
		for _, r := range libFilter(tc.term, targets) {
			got = append(got, r.Index)
		}
		if !equalInts(got, tc.want) {
			t.Errorf("libFilter(%q) = %v, want %v", tc.term, got, tc.want)
		}
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestLibrarySearch(t *testing.T) {
	lib, docs := citedLibrary()
	lib.hits = []library.Hit{
		{Entry: library.Entry{Symbol: "A/RES/1/2", Language: "en", Title: "Two parts"}, Paragraph: "II.op3", Snippet: "Decides, in part II, paragraph 3;", Mark: [2]int{12, 19}},
		{Entry: library.Entry{Symbol: "A/RES/99/1", Language: "en"}, Paragraph: "op12", Snippet: "Big paragraph", Mark: [2]int{0, 3}},
	}
	m := newSized(fixture(), Options{Library: lib}, 100, 30)
	press(m, "S")
	typeText(m, "part")
	s := screenText(m)
	for _, want := range []string{"Search the library: part", "2 paragraphs", "A/RES/1/2 en · II.op3", "Decides, in part II, paragraph 3;"} {
		if !strings.Contains(s, want) {
			t.Errorf("search lacks %q:\n%s", want, s)
		}
	}
	if !strings.Contains(m.View().Content, m.st.match.Render("part II")) && m.st.match.Render("x") != "x" {
		t.Error("the match is not marked")
	}
	press(m, "enter")
	if m.body != nil || m.view.doc != docs.parts || m.view.topID() != "II.op3" {
		t.Fatalf("enter: doc %q top %q message %q", m.view.doc.Symbol, m.view.topID(), m.message)
	}
	if m.view.search.query != "part II" || m.view.search.counter() == "" {
		t.Errorf("the match found is not searched in the document: %q %q", m.view.search.query, m.view.search.counter())
	}
	press(m, "S", "down", "esc")
	if m.body != nil {
		t.Error("esc did not close the search")
	}
}

// TestLibrarySearchLanguage checks that tab limits the library search to
// the open document's language first, then to each other language in
// turn, and back to every language.
func TestLibrarySearchLanguage(t *testing.T) {
	lib, _ := citedLibrary()
	m := newSized(fixture(), Options{Library: lib}, 100, 30)
	own := m.view.doc.Language
	if own == "" || own == "ru" {
		t.Fatalf("the fixture's language is %q, not one this test can tell from Russian", own)
	}
	lib.hits = []library.Hit{
		{Entry: library.Entry{Symbol: "A/RES/1/2", Language: "ru"}, Paragraph: "op3", Snippet: "peace in Russian", Mark: [2]int{0, 5}},
		{Entry: library.Entry{Symbol: "A/RES/1/2", Language: own}, Paragraph: "op3", Snippet: "peace in its own language", Mark: [2]int{0, 5}},
	}
	press(m, "S")
	typeText(m, "peace")
	tests := []struct {
		prompt string
		hits   int
	}{
		{"Search the library: peace", 2},
		{"Search the library in " + own + ": peace", 1},
	}
	for i, tc := range tests {
		if i > 0 {
			press(m, "tab")
		}
		s := screenText(m)
		if !strings.Contains(s, tc.prompt) {
			t.Errorf("step %d: no %q:\n%s", i, tc.prompt, s)
		}
		if got := len(m.body.(*libSearch).hits); got != tc.hits {
			t.Errorf("step %d: %d hits, want %d", i, got, tc.hits)
		}
	}
	for range 5 { // the five other languages
		press(m, "tab")
	}
	press(m, "tab")
	if s := screenText(m); !strings.Contains(s, "Search the library: peace") {
		t.Errorf("tab did not come back to every language:\n%s", s)
	}
	if last := lib.lookups[len(lib.lookups)-1]; last != "search all" {
		t.Errorf("last search %q, want every language", last)
	}
}

// TestRealLibrary runs the reader on a library indexed from files: the
// Cited by tab of S/RES/2780 (2025) lists S/RES/2815 (2026), which opens
// at the citing paragraph, and H comes back (teatest).
func TestRealLibrary(t *testing.T) {
	dir := t.TempDir()
	lib := library.New(library.Config{Folders: []string{"testdata/library"}, DB: filepath.Join(dir, "library.db")})
	t.Cleanup(func() { lib.Close() })
	if _, err := lib.Scan(context.Background(), nil); err != nil {
		t.Fatal(err)
	}
	o, err := lib.Open("S/RES/2780 (2025)", "en", library.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	opt := Options{Library: lib, File: o.Name, History: filepath.Join(dir, "history.json")}
	tm := startProgram(t, o.Doc, opt, 120, 30)
	waitFor(t, tm, "Cited by")
	tm.Send(keyMsg("tab"))
	tm.Send(keyMsg("l"))
	tm.Send(keyMsg("l"))
	waitFor(t, tm, "S/RES/2815 (2026)")
	tm.Send(keyMsg("j"))
	tm.Send(keyMsg("enter"))
	waitFor(t, tm, "opened S/RES/2815 (2026)")
	tm.Send(keyMsg("H"))
	waitFor(t, tm, "back to S/RES/2780 (2025)")
	// The list, filtered, opens S/RES/2770 (2025); the search finds
	// S/RES/2815 (2026)'s paragraph citing it.
	tm.Send(keyMsg("O"))
	waitFor(t, tm, "Library · 3 documents")
	tm.Type("/2770")
	tm.Send(keyMsg("enter"))
	tm.Send(keyMsg("enter"))
	waitFor(t, tm, "opened S/RES/2770 (2025)")
	tm.Send(keyMsg("S"))
	tm.Type("2780")
	tm.Send(keyMsg("enter"))
	waitFor(t, tm, "1 paragraph")
	tm.Send(keyMsg("enter"))
	waitFor(t, tm, "opened S/RES/2815 (2026)")
	tm.Send(keyMsg("H"))
	tm.Send(keyMsg("H"))
	waitFor(t, tm, "back to S/RES/2780 (2025)")
	m := finish(t, tm)
	// Forward: S/RES/2770 (2025) next, then S/RES/2815 (2026) at pp1 (the
	// first visit of 2815 was cut from the way forward by the list's jump).
	if f := m.nav.forward; m.view.doc.Symbol != "S/RES/2780 (2025)" || len(f) != 2 ||
		f[1].symbol != "S/RES/2770 (2025)" || f[0].symbol != "S/RES/2815 (2026)" || f[0].id != "pp1" {
		t.Errorf("end: doc %q forward %+v", m.view.doc.Symbol, m.nav.forward)
	}
}

// TestFirstFrameWithLibrary checks that the first frame asks nothing of
// the library: a library whose every call blocks does not delay it.
func TestFirstFrameWithLibrary(t *testing.T) {
	lib := &blockingLibrary{release: make(chan struct{})}
	defer close(lib.release)
	start := time.Now()
	m := New(fixture(), Options{Library: lib, Style: "notty"}).(*model)
	m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	if s := screenText(m); !strings.Contains(s, "A/RES/65/122") {
		t.Fatalf("first frame:\n%s", s)
	}
	if d := time.Since(start); d > time.Second {
		t.Errorf("first frame took %v", d)
	}
}

// blockingLibrary is a library whose every call waits for release.
type blockingLibrary struct {
	fakeLibrary
	release chan struct{}
}

func (b *blockingLibrary) Has(s string) bool { <-b.release; return false }
func (b *blockingLibrary) Indexed() bool     { <-b.release; return false }
func (b *blockingLibrary) CitedBy(string, string) ([]library.Citer, error) {
	<-b.release
	return nil, nil
}
func (b *blockingLibrary) Index(context.Context, library.Progress) <-chan library.IndexResult {
	<-b.release
	return nil
}

// TestNoIndexWithoutFolders checks that a library without folders is not
// scanned in the background: the scan would drop what the index holds.
func TestNoIndexWithoutFolders(t *testing.T) {
	lib := library.New(library.Config{DB: filepath.Join(t.TempDir(), "library.db")})
	t.Cleanup(func() { lib.Close() })
	m := newSized(fixture(), Options{Library: lib}, 100, 30)
	m.index = indexState{}
	if m.startIndex() != nil {
		t.Error("an index started for a library without folders")
	}
	press(m, "tab", "l", "l")
	if s := panelText(m); !strings.Contains(s, "the library has no folder: run `resolute index DIR` or set RESOLUTE_LIBRARY") {
		t.Errorf("Cited by tab of a library without folders: %s", s)
	}
}

// TestLibraryViewsSizes checks that the Cited by tab, the list and the
// search keep within the screen at every size, and that the screen holds
// no control sequence a document brought.
func TestLibraryViewsSizes(t *testing.T) {
	for _, sz := range [][2]int{{20, 5}, {30, 6}, {60, 10}, {80, 24}, {120, 40}} {
		lib, _ := citedLibrary()
		lib.citers[symbolKey("A/RES/65/122")][0].Title = "Evil \x1b]52;c;aGk=\a title"
		lib.citers[symbolKey("A/RES/65/122")][0].Mentions[0].Snippet = "Recalling \x1b[31mits resolution 65/122 of 13 December 2010,"
		lib.hits = []library.Hit{{Entry: library.Entry{Symbol: "A/RES/1/2", Language: "en", Title: "Two\x1b[2J parts"}, Paragraph: "II.op3", Snippet: "Decides, in part II\x07, paragraph 3;", Mark: [2]int{12, 19}}}
		m := newSized(fixture(), Options{Library: lib}, sz[0], sz[1])
		for _, keys := range [][]string{{"tab", "l", "l", "j"}, {"esc", "tab", "O"}, {"esc", "S", "p", "a", "r", "t"}} {
			press(m, keys...)
			checkScreen(t, m, sz[0], sz[1])
			if s := m.View().Content; strings.Contains(s, "\x1b]52") || strings.Contains(s, "\x1b[2J") || strings.Contains(s, "\a") || strings.Contains(s, "\x1b[31m") {
				t.Errorf("%v after %v: a control sequence reached the screen: %q", sz, keys, ansi.Strip(s))
			}
		}
	}
}

// TestPositionOfLibraryDocument checks that a document opened from the
// library resumes at the paragraph it was left at in an earlier run.
func TestPositionOfLibraryDocument(t *testing.T) {
	dir := t.TempDir()
	lib, docs := citedLibrary()
	opt := Options{Library: lib, State: filepath.Join(dir, "positions.json")}
	m := newSized(fixture(), opt, 120, 24)
	press(m, "tab", "l", "l", "j", "enter") // A/RES/99/1 at op12
	press(m, "tab")
	sendKeys(m, ":20\r")
	if m.view.doc != docs.big || m.view.topID() != "op20" {
		t.Fatalf("at %q of %q", m.view.topID(), m.view.doc.Symbol)
	}
	press(m, "H") // left at op20
	if err := m.remember(); err != nil {
		t.Fatal(err)
	}
	m2 := newSized(multipart(), opt, 120, 24)
	run(m2, m2.openCmd(openReq{symbol: "A/RES/99/1"}))
	if m2.view.doc != docs.big || m2.view.topID() != "op20" || !strings.Contains(m2.message, "resumed at") {
		t.Errorf("reopened at %q, message %q", m2.view.topID(), m2.message)
	}
}

// TestCitedByReadOnce checks that the Cited by list read as the reader
// starts is not read again when the background index changed nothing, and
// is when it read files.
func TestCitedByReadOnce(t *testing.T) {
	lib, _ := citedLibrary()
	m := newSized(fixture(), Options{Library: lib}, 120, 24)
	if !m.index.finished || m.view.by.state != byLoaded || lib.citedByCalls != 1 {
		t.Errorf("index finished %v, list state %d, CitedBy called %d times, want once", m.index.finished, m.view.by.state, lib.citedByCalls)
	}
	lib2, _ := citedLibrary()
	lib2.indexed = library.Summary{Read: 3, Documents: 3}
	m = newSized(fixture(), Options{Library: lib2}, 120, 24)
	if m.view.by.state != byLoaded || lib2.citedByCalls != 2 {
		t.Errorf("index changed: list state %d, CitedBy called %d times, want twice", m.view.by.state, lib2.citedByCalls)
	}
}

// TestOpenedInTheLanguageChosen checks that a document chosen in a language
// (from the list) opens without the note for a citation the library holds
// in another language only.
func TestOpenedInTheLanguageChosen(t *testing.T) {
	lib := new(fakeLibrary).add("A/RES/1/2", multipart())    // in English
	m := newSized(fixture(), Options{Library: lib}, 100, 30) // in Spanish
	run(m, m.openEntry(library.Entry{Symbol: "A/RES/1/2", Language: "en"}, openTarget{}))
	if m.view.doc.Symbol != "A/RES/1/2" || strings.Contains(m.message, "no Spanish") {
		t.Errorf("opened %q: message %q", m.view.doc.Symbol, m.message)
	}
}
