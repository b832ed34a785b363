package ui

import (
	"strconv"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"resolute/compare"
	"resolute/content"
	"resolute/internal/corpus"
	"resolute/library"
)

// oldFixture returns an earlier version of fixture(): A/RES/63/10, with a
// preambular paragraph since deleted, op2 worded otherwise, the request
// for a report first among the operative paragraphs (now op4), and no
// op5.
func oldFixture() *content.Document {
	d := fixture()
	d.Symbol, d.Number = "A/RES/63/10", "63/10"
	part := d.Parts[0]
	pre := append([]content.Paragraph(nil), part.Preamble[:2]...)
	pre = append(pre, content.Paragraph{ID: "pp3", Kind: content.Preambular,
		Text: "Acogiendo con beneplácito la firma del memorando de entendimiento entre las dos secretarías,"})
	pre = append(pre, part.Preamble[2:]...)
	for i := range pre {
		pre[i].ID = "pp" + itoa(i+1)
	}
	ops := []content.Paragraph{part.Operative[3], part.Operative[0], part.Operative[1], part.Operative[2]}
	ops[2].Text = "Hace notar la importancia de fortalecer el diálogo, recordando su resolución 59/50;"
	for i := range ops {
		n := itoa(i + 1)
		ops[i].ID, ops[i].Number = "op"+n, ptr(n)
		var items []content.Item
		for _, it := range ops[i].Items {
			it.ID = "op" + n + it.ID[3:]
			items = append(items, it)
		}
		ops[i].Items = items
	}
	d.Parts = []content.Part{{Preamble: pre, Operative: ops}}
	return d
}

// newDiffSized returns a reader showing the comparison of old and new,
// sized w×h with every block rendered.
func newDiffSized(old, new *content.Document, opt Options, w, h int) *model {
	if opt.Style == "" {
		opt.Style = "notty"
	}
	m := NewComparison(compare.Documents(old, new), old, new, opt).(*model)
	run(m, m.Init())
	run(m, func() tea.Msg { return tea.WindowSizeMsg{Width: w, Height: h} })
	return m
}

// plainScreen returns m's screen without its styles, its no-break spaces
// (those of the headings, before their "·") as spaces.
func plainScreen(m *model) string {
	return strings.ReplaceAll(ansi.Strip(m.screen()), "\u00a0", " ")
}

func TestDiffViewSummaryAndHeadings(t *testing.T) {
	m := newDiffSized(oldFixture(), fixture(), Options{}, 100, 30)
	s := plainScreen(m)
	for _, want := range []string{
		"A/RES/63/10 → A/RES/65/122",
		"Paragraphs: 6 equal, 1 changed, 1 inserted, 1 deleted, 1 moved",
		"old PP3 · deleted",
		"[-Acogiendo con beneplácito",
		"PP3 · was PP4",
		"4 changes", // the status bar
	} {
		if !strings.Contains(s, want) {
			t.Errorf("no %q on the first screen:\n%s", want, s)
		}
	}
	// The outline lists the summary and the changes.
	var labels []string
	for _, e := range m.view.outline {
		labels = append(labels, e.label)
	}
	want := "Summary|old PP3 · deleted|OP2 · changed · was OP3|OP4 · moved from OP1|OP5 · inserted"
	if got := strings.Join(labels, "|"); got != want {
		t.Errorf("outline %q, want %q", got, want)
	}
}

// topHeading returns the heading of the block on the first row.
func topHeading(m *model) string {
	return m.view.diff.inline.Blocks()[m.view.pane.top].Heading
}

func TestDiffViewNextChange(t *testing.T) {
	m := newDiffSized(oldFixture(), fixture(), Options{}, 100, 30)
	var got []string
	for range 4 {
		press(m, "n")
		got = append(got, topHeading(m))
		if m.message != "" {
			t.Errorf("message %q before the last change", m.message)
		}
	}
	want := []string{"old PP3 · deleted", "OP2 · changed · was OP3", "OP4 · moved from OP1", "OP5 · inserted"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("n went to %q, want %q", got, want)
	}
	// The last change is at the end of the text: it cannot reach the first
	// row, and n still goes on from it, to the first.
	if !strings.Contains(plainScreen(m), "change 4/4") {
		t.Errorf("status without change 4/4:\n%s", plainScreen(m))
	}
	press(m, "n")
	if topHeading(m) != want[0] || !strings.Contains(m.message, "back at the first") {
		t.Errorf("n past the last: top %q, message %q", topHeading(m), m.message)
	}
	press(m, "N")
	if topHeading(m) != want[3] || !strings.Contains(m.message, "at the last") {
		t.Errorf("N before the first: top %q, message %q", topHeading(m), m.message)
	}
	press(m, "N", "N")
	if topHeading(m) != want[1] {
		t.Errorf("N N: top %q, want %q", topHeading(m), want[1])
	}
	if sel := m.panel.sel[tabOutline]; m.view.outline[sel].label != want[1] {
		t.Errorf("outline selection %q, want %q", m.view.outline[sel].label, want[1])
	}
	// From a place scrolled to, n goes to the next change below it.
	press(m, "g", "]", "]", "]", "n")
	if topHeading(m) != want[0] {
		t.Errorf("n from PP2: top %q, want %q", topHeading(m), want[0])
	}
}

func TestDiffViewSearchTakesN(t *testing.T) {
	m := newDiffSized(oldFixture(), fixture(), Options{}, 100, 30)
	typeText(m, "/organización")
	press(m, "enter")
	c := m.view.search.counter()
	press(m, "n")
	if c == "" || m.view.search.counter() == c {
		t.Fatalf("n during a search: counter %q then %q", c, m.view.search.counter())
	}
	if m.view.diff.cur != -1 {
		t.Errorf("n during a search went to a change")
	}
	press(m, "esc", "n")
	if m.view.search.counter() != "" || topHeading(m) != "old PP3 · deleted" {
		t.Errorf("n after esc: counter %q, top %q", m.view.search.counter(), topHeading(m))
	}
	// A search that found nothing leaves n to the changes.
	typeText(m, "/unicornio")
	press(m, "enter", "n")
	if topHeading(m) != "OP2 · changed · was OP3" {
		t.Errorf("n after a search without match: top %q", topHeading(m))
	}
}

func TestDiffViewSideBySide(t *testing.T) {
	m := newDiffSized(oldFixture(), fixture(), Options{}, 120, 30)
	press(m, "c") // the panel off: the whole width
	press(m, "n", "n")
	top := m.view.pane.top
	press(m, "s")
	if !m.view.diff.showSide || m.view.pane.top != top {
		t.Fatalf("s: side %v, top %d, want %d", m.view.diff.showSide, m.view.pane.top, top)
	}
	lines := strings.Split(plainScreen(m), "\n")
	// The heading row: the old id on the left, the new heading on the
	// right; the text starts on one row below.
	if !strings.HasPrefix(strings.TrimSpace(lines[0]), "OP3 ") || !strings.Contains(lines[0], "│ OP2 · changed · was OP3") {
		t.Errorf("first row %q", lines[0])
	}
	if !strings.Contains(lines[1], "Hace notar la importancia") || !strings.Contains(lines[1], "│ Hace notar {+también +}la") {
		t.Errorf("second row %q", lines[1])
	}
	for _, l := range lines[:len(lines)-1] {
		if w := ansi.StringWidth(l); w != 120 {
			t.Errorf("row of %d cells: %q", w, l)
		}
	}
	press(m, "s")
	if m.view.diff.showSide || m.view.pane.top != top || strings.Contains(plainScreen(m), "│ OP2") {
		t.Errorf("s again: side %v, top %d, want %d", m.view.diff.showSide, m.view.pane.top, top)
	}
}

func TestDiffViewJumps(t *testing.T) {
	m := newDiffSized(oldFixture(), fixture(), Options{}, 100, 30)
	for _, c := range []struct{ keys, want string }{
		{"4\r", "OP4 · moved from OP1"},
		{":old 3\r", "OP2 · changed · was OP3"},
		{":old pp3\r", "old PP3 · deleted"},
		{":pp3\r", "PP3 · was PP4"},
	} {
		sendKeys(m, c.keys)
		if got := topHeading(m); got != c.want {
			t.Errorf("%q: top %q, want %q (message %q)", c.keys, got, c.want, m.message)
		}
	}
	sendKeys(m, "9\r")
	if !strings.Contains(m.message, "9") {
		t.Errorf("jump to op9: message %q", m.message)
	}
	if m.view.unitName("old:pp3") != "old pp3" {
		t.Errorf("unitName(old:pp3) = %q", m.view.unitName("old:pp3"))
	}
}

func TestDiffViewNoColor(t *testing.T) {
	colour := newDiffSized(oldFixture(), fixture(), Options{Style: "dark"}, 100, 30)
	press(colour, "n")
	if s := colour.screen(); !strings.Contains(s, "\x1b[9;31m") || strings.Contains(ansi.Strip(s), "[-") {
		t.Errorf("dark: deletion not struck through in red:\n%q", s)
	}
	plain := newDiffSized(oldFixture(), fixture(), Options{Style: "dark", NoColor: true}, 100, 30)
	press(plain, "n")
	if s := plain.screen(); strings.Contains(s, "\x1b[9") || !strings.Contains(s, "[-Acogiendo") {
		t.Errorf("NoColor: no markers:\n%s", ansi.Strip(s))
	}
}

// seriesLibrary returns a fake library holding old as the predecessor of
// new.
func seriesLibrary(old *content.Document) *fakeLibrary {
	lib := (&fakeLibrary{}).add(old.Symbol, old)
	lib.predecessor = library.Entry{Symbol: old.Symbol, Language: old.Language}
	return lib
}

func TestComparePredecessor(t *testing.T) {
	lib := seriesLibrary(oldFixture())
	m := newSized(fixture(), Options{Library: lib}, 100, 30)
	press(m, "j", "j")
	top := m.view.pane.top
	// The look-up and the comparison are in the Cmd, not in Update.
	_, cmd := m.Update(keyMsg("p"))
	if len(lib.lookups) != 0 || len(lib.opened) != 0 || m.view.diff != nil || cmd == nil {
		t.Fatalf("p: looked up %v, opened %v in Update", lib.lookups, lib.opened)
	}
	run(m, cmd)
	if m.view.diff == nil || len(m.nav.back) != 1 {
		t.Fatalf("p: no comparison (message %q)", m.message)
	}
	if lib.lookups[0] != "predecessor A/RES/65/122" || !strings.Contains(m.message, "predecessor A/RES/63/10") {
		t.Errorf("lookups %v, message %q", lib.lookups, m.message)
	}
	if s := plainScreen(m); !strings.Contains(s, "A/RES/63/10 → A/RES/65/122") || !strings.Contains(s, "Paragraphs: 6 equal") {
		t.Errorf("comparison's screen:\n%s", s)
	}
	press(m, "n")
	if topHeading(m) != "old PP3 · deleted" {
		t.Errorf("n: top %q", topHeading(m))
	}
	press(m, "p")
	if m.view.diff == nil || !strings.Contains(m.message, "this is a comparison") {
		t.Errorf("p in a comparison: %q", m.message)
	}
	press(m, "backspace")
	if m.view.diff != nil || len(m.nav.back) != 0 || m.view.pane.top != top {
		t.Errorf("backspace: diff %v, history %d, top %d want %d", m.view.diff != nil, len(m.nav.back), m.view.pane.top, top)
	}
	// n is the search's again in the document.
	press(m, "n")
	if m.message != "no search: press / to search" {
		t.Errorf("n in the document: %q", m.message)
	}
}

func TestCompareNoneHeld(t *testing.T) {
	d := fixture()
	for _, c := range []struct {
		name, key string
		lib       Library
		meta      *content.Meta
		want      string
	}{
		{"no predecessor", "p", &fakeLibrary{}, nil, "no predecessor in the library: no earlier resolution of the series of A/RES/65/122 is held"},
		{"no draft named", "D", &fakeLibrary{}, nil, "no draft: A/RES/65/122 names none"},
		{"draft not held", "D", &fakeLibrary{}, &content.Meta{Draft: "A/65/L.9"}, "no draft in the library: its draft A/65/L.9 is not held"},
		{"no library", "p", nil, nil, "no library to find the predecessor in"},
	} {
		t.Run(c.name, func(t *testing.T) {
			d.Meta = c.meta
			m := newSized(d, Options{Library: c.lib}, 100, 30)
			press(m, c.key)
			if m.view.diff != nil || !strings.HasPrefix(m.message, c.want) || m.cmp.busy {
				t.Errorf("%s: diff %v, message %q, want %q", c.key, m.view.diff != nil, m.message, c.want)
			}
		})
	}
}

func TestCompareDraft(t *testing.T) {
	draft := oldFixture()
	draft.Symbol = "A/65/L.9"
	lib := (&fakeLibrary{}).add(draft.Symbol, draft)
	lib.draft = library.Entry{Symbol: draft.Symbol, Language: draft.Language}
	d := fixture()
	d.Meta = &content.Meta{Draft: "A/65/L.9"}
	m := newSized(d, Options{Library: lib}, 100, 30)
	press(m, "D")
	if m.view.diff == nil || !strings.Contains(plainScreen(m), "A/65/L.9 → A/RES/65/122") {
		t.Fatalf("D: no comparison with the draft (message %q)", m.message)
	}
}

// countingRenderer counts the renders asked of it.
type countingRenderer struct {
	r     renderer
	calls int
}

func (c *countingRenderer) Render(i, w int) string { c.calls++; return c.r.Render(i, w) }
func (c *countingRenderer) Cached(i, w int) bool   { return c.r.Cached(i, w) }

func TestDiffViewRendersOncePerWidth(t *testing.T) {
	old, new := realPair(t, "en")
	m := NewComparison(compare.Documents(old, new), old, new, Options{Style: "dark"}).(*model)
	m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	// The first frame: the visible blocks alone are rendered.
	renderFirst(m)
	r := m.view.diff.inline
	rendered := 0
	for i := range r.Len() {
		if r.Cached(i, m.view.pane.width-2*diffMargin) {
			rendered++
		}
	}
	if vis := len(m.view.pane.visible()); rendered != vis {
		t.Errorf("first frame: %d blocks rendered, %d visible", rendered, vis)
	}
	if s := ansi.Strip(m.View().Content); !strings.Contains(s, "A/RES/76/144 → A/RES/78/185") {
		t.Errorf("first frame:\n%s", s)
	}
	// Frames and moves over rendered blocks render nothing again.
	c := &countingRenderer{r: m.view.pane.r}
	m.view.pane.r = c
	for range 5 {
		_ = m.View()
	}
	m.view.pane.scroll(1)
	_ = m.View()
	if c.calls != 0 {
		t.Errorf("%d renders for frames of rendered blocks", c.calls)
	}
}

// realPair returns A/RES/76/144 and A/RES/78/185 in lang from the shared
// corpus, the pair of export's golden comparison.
func realPair(t testing.TB, lang string) (old, new *content.Document) {
	t.Helper()
	open := func(sym string) *content.Document {
		o, err := library.Open(corpus.Require(t, "akn", sym, lang+".xml"), library.OpenOptions{})
		if err != nil {
			t.Fatal(err)
		}
		return o.Doc
	}
	return open("a-res-76-144"), open("a-res-78-185")
}

// TestDiffViewRealPairs walks every change of the real pair with n in
// three languages: n stops at each change in order and comes back to the
// first, in both layouts.
func TestDiffViewRealPairs(t *testing.T) {
	for _, lang := range []string{"en", "zh", "ar"} {
		t.Run(lang, func(t *testing.T) {
			old, new := realPair(t, lang)
			for _, w := range []int{80, 160} {
				m := newDiffSized(old, new, Options{}, w, 30)
				changes := m.view.diff.changes
				if len(changes) < 5 {
					t.Fatalf("%d changes", len(changes))
				}
				for _, layout := range []string{"inline", "side"} {
					if layout == "side" {
						press(m, "s")
					}
					for k, b := range changes {
						press(m, "n")
						if m.view.diff.cur != k || !m.view.pane.isVisible(b, 0) {
							t.Fatalf("%s %d: n #%d: at change %d, block %d on screen %v", layout, w, k+1, m.view.diff.cur, b, m.view.pane.isVisible(b, 0))
						}
						if h := clean(m.view.diff.inline.Blocks()[b].Heading); !strings.Contains(plainScreen(m), h) && !m.view.rtl() {
							t.Errorf("%s %d: heading %q not on screen", layout, w, h)
						}
					}
					press(m, "n")
					if m.view.diff.cur != 0 {
						t.Errorf("%s %d: n past the last: at %d", layout, w, m.view.diff.cur)
					}
					press(m, "g")
					m.view.diff.cur = -1
				}
			}
		})
	}
}

// TestGoldenDiff keeps screens of comparisons in testdata: the fixture's
// and the real pair's, inline, at the first change, side by side;
// refresh with go test ./ui -run TestGoldenDiff -update.
func TestGoldenDiff(t *testing.T) {
	en76, en78 := realPair(t, "en")
	for _, c := range []struct {
		name     string
		old, new *content.Document
		w, h     int
		keys     []string
	}{
		{"fixture-80x24", oldFixture(), fixture(), 80, 24, []string{"n", "n", "s"}},
		{"76-144-78-185-en-80x24", en76, en78, 80, 24, []string{"n", "s", "n"}},
		{"76-144-78-185-en-160x40", en76, en78, 160, 40, []string{"n", "s", "n", "n"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			m := newDiffSized(c.old, c.new, Options{Style: "ascii"}, c.w, c.h)
			var b strings.Builder
			b.WriteString(ansi.Strip(m.View().Content) + "\n")
			for _, k := range c.keys {
				press(m, k)
				b.WriteString("---- after " + strconv.Quote(k) + "\n")
				b.WriteString(ansi.Strip(m.View().Content) + "\n")
			}
			golden.RequireEqual(t, b.String())
		})
	}
}

// TestProgramDiff runs a comparison as a program: n to the changes, s side
// by side, q.
func TestProgramDiff(t *testing.T) {
	old, new := oldFixture(), fixture()
	tm := teatest.NewTestModel(t, NewComparison(compare.Documents(old, new), old, new, Options{Style: "ascii"}),
		teatest.WithInitialTermSize(120, 30),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii)))
	waitFor(t, tm, "4 changes")
	tm.Type("nn")
	waitFor(t, tm, "change 2/4")
	tm.Type("s")
	waitFor(t, tm, "side by side")
	m := finish(t, tm)
	if !m.view.diff.showSide || topHeading(m) != "OP2 · changed · was OP3" {
		t.Errorf("side %v, top %q", m.view.diff.showSide, topHeading(m))
	}
}

// TestDiffViewCited checks the Cited tab of a comparison: the new text's
// citations, placed in the pairs that hold them.
func TestDiffViewCited(t *testing.T) {
	m := newDiffSized(oldFixture(), fixture(), Options{}, 100, 30)
	press(m, "tab", "h", "enter", "enter")
	if m.message != "mention 2/2 of A/RES/59/50" || topHeading(m) != "OP2 · changed · was OP3" {
		t.Errorf("second mention of 59/50: message %q, top %q", m.message, topHeading(m))
	}
}
