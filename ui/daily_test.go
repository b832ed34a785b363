package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"resolute/content"
)

// dailySizes are the terminal sizes of issue 14.
var dailySizes = [][2]int{{40, 12}, {80, 24}, {100, 30}, {200, 50}}

// overlayText pages through the view on screen with space, from its top,
// and returns its lines as seen on the screens, stripped, each screen
// checked to fit w×h.
func overlayText(t *testing.T, m *model, w, h int) string {
	t.Helper()
	press(m, "g")
	seen := map[int]string{}
	last := 0
	for range 100 {
		checkScreen(t, m, w, h)
		lines := strings.Split(ansi.Strip(m.View().Content), "\n")
		for i, l := range lines[1 : len(lines)-1] {
			if m.over.offset+i < len(m.over.lines) {
				seen[m.over.offset+i] = l
				last = max(last, m.over.offset+i)
			}
		}
		before := m.over.offset
		press(m, "space")
		if m.over.offset == before {
			break
		}
	}
	out := make([]string, 0, last+1)
	for i := 0; i <= last; i++ {
		out = append(out, seen[i])
	}
	return strings.Join(out, "\n")
}

func TestHelpEveryBindingAtEverySize(t *testing.T) {
	for _, sz := range dailySizes {
		m := newSized(fixture(), Options{}, sz[0], sz[1])
		press(m, "?")
		if m.over.kind != overlayHelp {
			t.Fatalf("%v: ? did not open the help", sz)
		}
		got := overlayText(t, m, sz[0], sz[1])
		for _, g := range m.keys.groups() {
			for _, b := range g.keys {
				if h := b.Help(); !strings.Contains(got, h.Key) || !strings.Contains(got, h.Desc) {
					t.Errorf("%v: help lacks %q %q:\n%s", sz, h.Key, h.Desc, got)
				}
			}
		}
		for _, closer := range []string{"esc", "?", "q"} {
			press(m, "?")
			if m.over.kind != overlayHelp {
				press(m, "?")
			}
			press(m, closer)
			if m.over.shown() {
				t.Errorf("%v: %s did not close the help", sz, closer)
			}
		}
	}
}

func TestHelpColumnsSideBySideWhenWide(t *testing.T) {
	m := newSized(fixture(), Options{}, 200, 50)
	press(m, "?")
	first := strings.Split(ansi.Strip(m.View().Content), "\n")[1]
	for _, g := range m.keys.groups() {
		if !strings.Contains(first, g.title) {
			t.Errorf("at 200 columns the titles are not on one row: %q", first)
		}
	}
}

func TestShrunkPanelGivesWay(t *testing.T) {
	m := newSized(fixture(), Options{}, 100, 30)
	if m.lay.panelW == 0 {
		t.Fatal("no panel at 100 columns")
	}
	press(m, "tab") // the focus in the panel
	run(m, func() tea.Msg { return tea.WindowSizeMsg{Width: 40, Height: 12} })
	run(m, func() tea.Msg { return resizeSettledMsg{gen: m.resizeGen} })
	if m.lay.paneW != 40 || m.lay.panelW != 0 || m.focus != focusPane {
		t.Fatalf("40×12 after 100×30: pane %d panel %d focus %v, want the text alone", m.lay.paneW, m.lay.panelW, m.focus)
	}
	if !strings.Contains(m.message, "panel hidden") || !strings.Contains(ansi.Strip(m.statusBar(40)), "panel hidden") {
		t.Errorf("no note that the panel gave way: %q", ansi.Strip(m.statusBar(40)))
	}
	if got := ansi.Strip(m.View().Content); !strings.Contains(got, "A/RES/65/122") {
		t.Errorf("the text is not shown at 40×12:\n%s", got)
	}
	press(m, "c")
	if m.lay.panelW != 40 {
		t.Errorf("c at 40 columns: panel %d, want it over the body", m.lay.panelW)
	}
	press(m, "c")
	if m.lay.panelW != 0 || m.lay.paneW != 40 {
		t.Errorf("c again: pane %d panel %d", m.lay.paneW, m.lay.panelW)
	}
	press(m, "tab")
	if m.lay.panelW != 40 || m.focus != focusPanel {
		t.Errorf("tab at 40 columns: panel %d focus %v, want it over the body", m.lay.panelW, m.focus)
	}
	press(m, "tab")
	if m.lay.panelW != 0 || m.focus != focusPane || m.message != "" {
		t.Errorf("tab again: panel %d focus %v message %q", m.lay.panelW, m.focus, m.message)
	}
	for w := 20; w <= 300; w++ {
		l := computeLayout(w, 30, true, false)
		if l.paneW < min(w, minReadWidth) {
			t.Fatalf("width %d: the text has %d columns", w, l.paneW)
		}
	}
}

// noted returns the fixture with three footnotes on op3, one in an item,
// and a long one.
func noted() *content.Document {
	d := fixture()
	long := strings.Repeat("Official Records of the General Assembly, Sixty-fifth Session, Supplement No. 17 (A/65/17). ", 6)
	d.Footnotes = append(d.Footnotes,
		content.Footnote{Marker: "2", Text: "Véase la resolución 1373 (2001) del Consejo de Seguridad.", Paragraph: "op3"},
		content.Footnote{Marker: "3", Text: strings.TrimSpace(long) + " END3", Paragraph: "op3(b)"},
		content.Footnote{Marker: "4", Text: "Documento A/65/1, párr. 4.", Paragraph: "op3(b)(i)"},
	)
	return d
}

func TestFootnotesViewShowsEveryNoteWhole(t *testing.T) {
	for _, sz := range dailySizes {
		m := newSized(noted(), Options{}, sz[0], sz[1])
		sendKeys(m, "3\r")
		press(m, "f")
		if m.over.kind != overlayNotes {
			t.Fatalf("%v: f did not open the footnotes (message %q)", sz, m.message)
		}
		got := overlayText(t, m, sz[0], sz[1])
		flat := strings.Join(strings.Fields(got), " ")
		for _, f := range noted().Footnotes[1:] {
			if !strings.Contains(flat, strings.Join(strings.Fields(f.Text), " ")) {
				t.Errorf("%v: footnote %s not shown whole:\n%s", sz, f.Marker, got)
			}
		}
		if !strings.Contains(flat, "in op3(b):") {
			t.Errorf("%v: the item's footnote does not say where it is:\n%s", sz, got)
		}
		press(m, "esc")
		if m.over.shown() || m.view.topID() != "op3" {
			t.Errorf("%v: esc: overlay %v, top %q", sz, m.over.kind, m.view.topID())
		}
		press(m, "f", "f")
		if m.over.shown() {
			t.Errorf("%v: f did not close the footnotes", sz)
		}
	}
	m := newSized(noted(), Options{}, 80, 24)
	sendKeys(m, "4\r")
	press(m, "f")
	if m.over.shown() || !strings.Contains(m.message, "no footnotes") {
		t.Errorf("f on op4: overlay %v message %q", m.over.kind, m.message)
	}
}

// itemDoc returns a document whose op3 has a long text before items
// (a) to (f), so that its first rendered lines differ from the placeholder's.
func itemDoc() *content.Document {
	d := fixture()
	op := &d.Parts[0].Operative[2]
	op.Text = strings.Repeat("Invita a los componentes especializados del sistema de las Naciones Unidas, ", 4) + "a que:"
	op.Items = nil
	for _, l := range "abcdef" {
		op.Items = append(op.Items, content.Item{ID: "op3(" + string(l) + ")", Label: string(l) + ")",
			Text: strings.Repeat("cooperen con la Organización en la lucha contra el terrorismo internacional, ", 2) + string(l) + ";"})
	}
	return d
}

func TestParaItemLandsLikeJump(t *testing.T) {
	for _, sz := range dailySizes {
		jumped := newSized(itemDoc(), Options{}, sz[0], sz[1])
		sendKeys(jumped, ":3(d)\r")
		opened := newSized(itemDoc(), Options{Para: "3(d)"}, sz[0], sz[1])
		for name, m := range map[string]*model{"jump": jumped, "--para": opened} {
			first := strings.TrimSpace(ansi.Strip(m.view.paneView(m.st, m.lay.paneW, 1, false, false)[0]))
			if !strings.HasPrefix(first, "d)") {
				t.Errorf("%v %s: first row %q, want item d)", sz, name, first)
			}
			if bar := ansi.Strip(m.statusBar(sz[0])); !strings.Contains(bar, "op3(d)") {
				t.Errorf("%v %s: status bar %q does not name op3(d)", sz, name, bar)
			}
		}
		if jumped.view.pane.top != opened.view.pane.top || jumped.view.pane.line != opened.view.pane.line {
			t.Errorf("%v: --para at %d,%d, the jump at %d,%d", sz, opened.view.pane.top, opened.view.pane.line,
				jumped.view.pane.top, jumped.view.pane.line)
		}
	}
}

func TestRememberedItem(t *testing.T) {
	state := filepath.Join(t.TempDir(), "positions.json")
	opt := Options{State: state, File: "doc.txt"}
	m := newSized(itemDoc(), opt, 80, 24)
	sendKeys(m, ":3(e)\r")
	press(m, "q")
	if _, err := os.Stat(state); err == nil {
		t.Fatal("the position was written before the program ended")
	}
	m.remember() // as Run does once the program has ended
	if got, _ := lookupPosition(state, positionKey("A/RES/65/122", "es", "doc.txt")); got != "op3(e)" {
		t.Fatalf("stored %q, want op3(e)", got)
	}
	for _, sz := range dailySizes {
		m = newSized(itemDoc(), opt, sz[0], sz[1])
		first := strings.TrimSpace(ansi.Strip(m.view.paneView(m.st, m.lay.paneW, 1, false, false)[0]))
		if m.view.topUnit() != "op3(e)" || !strings.HasPrefix(first, "e)") || m.message != "resumed at op3(e)" {
			t.Errorf("%v: resumed at %q (first row %q), message %q", sz, m.view.topUnit(), first, m.message)
		}
	}
}

func TestUnitNames(t *testing.T) {
	v := newDocView(fixture(), "notty", true)
	for id, want := range map[string]string{
		"op3": "op3", "op3(b)(i)": "op3(b)(i)", "pp2": "pp2", "II.op3": "II.op3",
		"op13_1": "after op13", "op13_2": "2nd after op13", "op0_1": "unnumbered ¶1", "op0_3": "unnumbered ¶3",
		"II.op4_1": "II, after op4", "part:II": "part II", "annexII": "annex II", "annex": "annex",
		"annex.p4": "annex.p4", "masthead": "masthead",
	} {
		if got := v.unitName(id); got != want {
			t.Errorf("unitName(%q) = %q, want %q", id, got, want)
		}
	}
}

func TestReference(t *testing.T) {
	d := itemDoc()
	d.Symbol = "A/RES/79/10"
	d.Parts[0].Operative[4].Number = ptr("5")
	cases := []struct{ lang, id, want string }{
		{"en", "op5", "A/RES/79/10, para. 5"},
		{"en", "pp3", "A/RES/79/10, preambular para. 3"},
		{"en", "op3(d)", "A/RES/79/10, para. 3 d)"},
		{"fr", "op5", "A/RES/79/10, par. 5"},
		{"fr", "pp3", "A/RES/79/10, alinéa 3 du préambule"},
		{"es", "op5", "A/RES/79/10, párr. 5"},
		{"es", "pp3", "A/RES/79/10, párr. 3 del preámbulo"},
		{"ru", "op5", "A/RES/79/10, п. 5"},
		{"ru", "pp3", "A/RES/79/10, п. 3 преамбулы"},
		{"ar", "op5", "A/RES/79/10، الفقرة 5"},
		{"ar", "pp3", "A/RES/79/10، الفقرة 3 من الديباجة"},
		{"zh", "op5", "A/RES/79/10，第5段"},
		{"zh", "op3(d)", "A/RES/79/10，第3d)段"},
		{"zh", "pp3", "A/RES/79/10，序言部分第3段"},
		{"xx", "op5", "A/RES/79/10, para. 5"},
	}
	for _, c := range cases {
		d.Language = c.lang
		v := newDocView(d, "notty", true)
		if got, ok := v.reference(c.id); !ok || got != c.want {
			t.Errorf("%s %s: %q, want %q", c.lang, c.id, got, c.want)
		}
	}
	parts := multipart()
	parts.Symbol = "A/RES/78/247"
	parts.Annexes[0].Paragraphs[0].Number = ptr("8")
	v := newDocView(parts, "notty", true)
	for id, want := range map[string]string{
		"II.op3":   "A/RES/78/247, sect. II, para. 3",
		"I.pp1":    "A/RES/78/247, sect. I, preambular para. 1",
		"annex.p1": "A/RES/78/247, annex, para. 8",
	} {
		if got, _ := v.reference(id); got != want {
			t.Errorf("%s: %q, want %q", id, got, want)
		}
	}
	parts.Symbol = "A/RES/77/128 A-B"
	parts.Parts[1].Label = "B"
	for i := range parts.Parts[1].Operative {
		parts.Parts[1].Operative[i].ID = strings.Replace(parts.Parts[1].Operative[i].ID, "II.", "B.", 1)
	}
	v = newDocView(parts, "notty", true)
	if got, _ := v.reference("B.op3"); got != "A/RES/77/128 B, para. 3" {
		t.Errorf("B.op3: %q", got)
	}
	if _, ok := v.reference("masthead"); ok {
		t.Error("the masthead has a reference")
	}
}

// clipboard returns what cmd puts on the clipboard, following batches.
func clipboard(cmd tea.Cmd) string {
	if cmd == nil {
		return ""
	}
	switch msg := cmd().(type) {
	case tea.BatchMsg:
		for _, c := range msg {
			if s := clipboard(c); s != "" {
				return s
			}
		}
		return ""
	case fmt.Stringer:
		return ""
	default:
		if s := fmt.Sprint(msg); strings.Contains(fmt.Sprintf("%T", msg), "lipboard") {
			return s
		}
	}
	return ""
}

func TestQuoteKey(t *testing.T) {
	m := newSized(itemDoc(), Options{}, 80, 24)
	sendKeys(m, "5\r")
	got := clipboard(m.key(keyMsg("Y")))
	if want := "A/RES/65/122, párr. 5: Decide incluir"; !strings.HasPrefix(got, want) {
		t.Errorf("Y on op5: %q, want it to start with %q", got, want)
	}
	sendKeys(m, ":3(b)\r")
	got = clipboard(m.key(keyMsg("Y")))
	if want := "A/RES/65/122, párr. 3 b): cooperen"; !strings.HasPrefix(got, want) {
		t.Errorf("Y on op3(b): %q, want it to start with %q", got, want)
	}
	if !strings.Contains(m.message, "párr. 3 b)") {
		t.Errorf("message %q", m.message)
	}
	sendKeys(m, "3\r")
	got = clipboard(m.key(keyMsg("y")))
	if !strings.HasPrefix(got, "3. Invita") || !strings.Contains(got, "\nf) cooperen") {
		t.Errorf("y on op3: %q", got)
	}
	press(m, "g")
	if clipboard(m.key(keyMsg("Y"))) != "" || !strings.Contains(m.message, "nothing to quote") {
		t.Errorf("Y on the masthead: message %q", m.message)
	}
}

func TestGutterIDs(t *testing.T) {
	for _, sz := range dailySizes {
		m := newSized(fixture(), Options{}, sz[0], sz[1])
		sendKeys(m, ":pp2\r#")
		rows := m.view.paneView(m.st, m.lay.paneW, m.lay.bodyH, m.showIDs, m.visual)
		first := ansi.Strip(rows[0])
		if !strings.HasPrefix(strings.TrimLeft(first, " "), "pp2 ") {
			t.Errorf("%v: first row %q lacks the id pp2 on its left", sz, first)
		}
		if !strings.Contains(ansi.Strip(strings.Join(rows, "\n")), "pp3 ") {
			t.Errorf("%v: no pp3 in the gutter", sz)
		}
		checkScreen(t, m, sz[0], sz[1])
		press(m, "#")
		if strings.Contains(ansi.Strip(m.view.paneView(m.st, m.lay.paneW, 1, m.showIDs, m.visual)[0]), "pp2 ") {
			t.Errorf("%v: # did not hide the gutter", sz)
		}
	}
	m := newSized(arabic(), Options{Bidi: BidiLogical}, 80, 24)
	sendKeys(m, "1\r#")
	first := strings.TrimRight(ansi.Strip(m.view.paneView(m.st, m.lay.paneW, 1, m.showIDs, m.visual)[0]), " ")
	if !strings.HasSuffix(first, " op1") {
		t.Errorf("Arabic: the id is not on the right: %q", first)
	}
}

func TestMeasure(t *testing.T) {
	m := newSized(bigDoc(20000), Options{}, 200, 50)
	if m.view.pane.width != defaultMeasure {
		t.Fatalf("render width %d at 200 columns, want %d", m.view.pane.width, defaultMeasure)
	}
	for _, r := range m.view.paneView(m.st, m.lay.paneW, m.lay.bodyH, false, false) {
		plain := ansi.Strip(r)
		if strings.TrimSpace(plain) == "" {
			continue
		}
		left := len(plain) - len(strings.TrimLeft(plain, " "))
		if right := strings.TrimRight(plain, " "); left < 20 || ansi.StringWidth(right) > left+defaultMeasure {
			t.Errorf("line not within a centred measure: %q", plain)
		}
	}
	if m := newSized(bigDoc(20000), Options{Measure: -1}, 200, 50); m.view.pane.width != m.lay.paneW {
		t.Errorf("Measure -1: render width %d, pane %d", m.view.pane.width, m.lay.paneW)
	}
	if m := newSized(bigDoc(20000), Options{Measure: 60}, 200, 50); m.view.pane.width != 60 {
		t.Errorf("Measure 60: render width %d", m.view.pane.width)
	}
}

func TestSingleMatchWraps(t *testing.T) {
	m := newSized(fixture(), Options{}, 80, 12)
	sendKeys(m, "/terrorismo\r")
	if c := m.view.search.counter(); c != "1/1" || m.message != "" {
		t.Fatalf("counter %q message %q", c, m.message)
	}
	for _, k := range []struct{ key, want string }{
		{"n", "continued at the top"}, {"n", "continued at the top"}, {"N", "continued at the end"},
	} {
		press(m, k.key)
		if !strings.Contains(m.message, k.want) {
			t.Errorf("%s on a single match: message %q, want %q", k.key, m.message, k.want)
		}
	}
	// From below the only match, the search goes on from the top.
	press(m, "G")
	sendKeys(m, "/59/50\r")
	if !strings.Contains(m.message, "continued at the top") {
		t.Errorf("search from below every match: message %q", m.message)
	}
}

func TestOpenedInAnotherLanguage(t *testing.T) {
	other := multipart() // in English
	opt := Options{Library: new(fakeLibrary).add("A/RES/59/50", other)}
	m := newSized(fixture(), opt, 100, 14)
	press(m, "tab", "o")
	if !strings.Contains(m.message, "in English") || !strings.Contains(m.message, "no Spanish") {
		t.Errorf("opened in another language: message %q", m.message)
	}
	press(m, "backspace", "j", "o")
	if !strings.Contains(m.message, "RESOLUTE_LIBRARY") {
		t.Errorf("not in the library: message %q does not say how to add it", m.message)
	}
}

func TestAnchorSurvivesRelayout(t *testing.T) {
	m := newSized(itemDoc(), Options{}, 80, 24)
	sendKeys(m, ":3(e)\r")
	for _, k := range []string{"#", "c", "#", "c"} {
		press(m, k)
		if got := m.view.topUnit(); got != "op3(e)" {
			t.Fatalf("after %s: top %q, want op3(e)", k, got)
		}
	}
	press(m, "j")
	if m.view.anchor != "" {
		t.Error("j kept the anchor")
	}
}

// TestStartTooSmallThenEnlarged: a reader started in a terminal too small
// for it draws the text as soon as the terminal is large enough, at the
// paragraph --para asks for. Its screen used to be drawn, until the size
// settled, from a pane that had never had a size: index out of range, and
// the reader ended with a stack trace.
func TestStartTooSmallThenEnlarged(t *testing.T) {
	for _, first := range []tea.WindowSizeMsg{{Width: 10, Height: 3}, {}} {
		m := New(fixture(), Options{Style: "notty", Para: "4"}).(*model)
		run(m, m.Init())
		m.Update(first)
		if got := ansi.Strip(m.View().Content); strings.Contains(got, "A/RES/65/122") {
			t.Errorf("at %d×%d the text is drawn:\n%s", first.Width, first.Height, got)
		}
		m.Update(tea.WindowSizeMsg{Width: 80, Height: 24}) // its commands not run: the size has not settled
		got := ansi.Strip(m.View().Content)
		if !strings.Contains(got, "A/RES/65/122") || !strings.Contains(got, "op4") {
			t.Errorf("after %d×%d, at 80×24:\n%s", first.Width, first.Height, got)
		}
	}
}

// TestOutlineHeadings checks that the Outline lists the chapter headings
// a document has among its paragraphs (the Pact for the Future's I–V) and
// an annex's section headings, each before the paragraph it heads.
func TestOutlineHeadings(t *testing.T) {
	d := &content.Document{Symbol: "A/RES/79/1", Language: "en", Parts: []content.Part{{
		Operative: []content.Paragraph{
			{ID: "op1", Kind: content.Operative, Number: ptr("1"), Lead: "We", Text: "We, the Heads of State, have gathered."},
			{ID: "op2", Kind: content.Operative, Number: ptr("2"), Heading: "I. Sustainable development\nand financing for development", Lead: "In", Text: "In 2015, we resolved."},
			{ID: "op3", Kind: content.Operative, Number: ptr("3"), Heading: "II. International peace and security", Lead: "We", Text: "We will act."},
		}}},
		Annexes: []content.Annex{{ID: "annex", Label: "Annex", Title: "Global Digital Compact", Paragraphs: []content.Paragraph{
			{ID: "annex.p1", Kind: content.AnnexText, Heading: "Objective 1. Close the digital divides", Text: "We will act."},
		}}},
	}
	v := newDocView(d, "notty", true)
	var got []string
	for _, e := range v.outline {
		got = append(got, e.label)
	}
	want := "A/RES/79/1|1. We|I. Sustainable development and financing for development|2. In|II. International peace and security|3. We|Annex Global Digital Compact|Objective 1. Close the digital divides"
	if strings.Join(got, "|") != want {
		t.Errorf("outline %q,\nwant %q", strings.Join(got, "|"), want)
	}
}
