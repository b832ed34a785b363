package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"resolute/content"
)

// frenchFixture returns the fixture's resolution in French, without its
// OP4, so that the parallel view has a gap to show.
func frenchFixture() *content.Document {
	d := &content.Document{
		Symbol: "A/RES/65/122", Language: "fr", Number: "65/122",
		Title:    "Coopération entre l’Organisation des Nations Unies et l’Organisation du Traité de sécurité collective",
		Formula:  "L’Assemblée générale,",
		Masthead: content.Masthead{Organ: "Assemblée générale"},
	}
	part := content.Part{}
	for i, t := range []string{
		"Rappelant sa résolution 59/50 du 2 décembre 2004, par laquelle elle a octroyé le statut d’observateur,",
		"Rappelant également sa résolution 64/256 du 2 mars 2010 sur la coopération,",
		"Rappelant la résolution 1631 (2005) du Conseil de sécurité et les déclarations¹,",
		"Soulignant que la contribution des organisations régionales peut utilement compléter les travaux,",
	} {
		part.Preamble = append(part.Preamble, content.Paragraph{ID: "pp" + itoa(i+1), Kind: content.Preambular, Text: t})
	}
	ops := map[string]string{
		"1": "Prend note de l’action menée par l’Organisation pour favoriser la coopération régionale ;",
		"2": "Prend note également de l’importance de renforcer le dialogue et la coordination ;",
		"3": "Invite les organismes spécialisés du système à :",
		"5": "Décide d’inscrire à l’ordre du jour provisoire la question subsidiaire intitulée « Coopération ».",
	}
	for _, n := range []string{"1", "2", "3", "5"} {
		p := content.Paragraph{ID: "op" + n, Kind: content.Operative, Number: ptr(n), Text: ops[n]}
		if n == "3" {
			p.Items = []content.Item{
				{ID: "op3(a)", Label: "a)", Text: "coopérer avec l’Organisation dans la lutte contre le terrorisme ;"},
				{ID: "op3(b)", Label: "b)", Text: "établir des contacts directs avec l’Organisation ;", Items: []content.Item{
					{ID: "op3(b)(i)", Label: "i)", Text: "par l’intermédiaire de l’Office contre la drogue et le crime ;"},
				}},
			}
		}
		part.Operative = append(part.Operative, p)
	}
	d.Parts = []content.Part{part}
	return d
}

// arabicFixture returns a short Arabic resolution of the same symbol.
func arabicFixture() *content.Document {
	d := &content.Document{Symbol: "A/RES/65/122", Language: "ar", Formula: "إن الجمعية العامة،"}
	part := content.Part{Operative: []content.Paragraph{
		{ID: "op1", Kind: content.Operative, Number: ptr("1"), Text: "تلاحظ نشاط المنظمة في تعزيز التعاون الإقليمي؛"},
		{ID: "op2", Kind: content.Operative, Number: ptr("2"), Text: "تلاحظ أيضا أهمية تعزيز الحوار والتنسيق؛"},
	}}
	d.Parts = []content.Part{part}
	return d
}

// screenText returns m's screen without styles.
func screenLines(m *model) []string {
	return strings.Split(ansi.Strip(m.screen()), "\n")
}

// lineWith returns the first screen line holding s, or "".
func lineWith(m *model, s string) string {
	for _, l := range screenLines(m) {
		if strings.Contains(l, s) {
			return l
		}
	}
	return ""
}

func TestParallelColumns(t *testing.T) {
	m := newSized(fixture(), Options{With: frenchFixture()}, 120, 40)
	if m.par == nil || m.par.stacked {
		t.Fatalf("no two-column view: %+v", m.par)
	}
	for _, pair := range [][2]string{
		{"Hace notar la actividad", "Prend note de l’action"},
		{"Haciendo referencia también", "Rappelant également"},
		{"a) cooperen", "a) coopérer"},
	} {
		l := lineWith(m, pair[0])
		if l == "" || !strings.Contains(l, pair[1]) {
			t.Errorf("%q and %q are not on one line: %q", pair[0], pair[1], l)
		}
	}
	if !strings.Contains(m.message, "fr has no OP4") {
		t.Errorf("message %q, want the difference", m.message)
	}
	sendKeys(m, ":3\r")
	if l := lineWith(m, "Solicita al"); !strings.Contains(l, "(fr has no OP4)") || !strings.HasPrefix(l, "op4") {
		t.Errorf("op4's row: %q, want the id in the gutter and the gap's note on the right", l)
	}
	for i, l := range screenLines(m) {
		if w := ansi.StringWidth(l); w != 120 {
			t.Errorf("line %d is %d cells wide: %q", i, w, l)
		}
	}
	// The rows are padded to equal height: the separator runs down every
	// line of the body.
	for i, l := range screenLines(m)[:m.lay.bodyH] {
		if strings.TrimSpace(l) != "" && !strings.Contains(l, "│") {
			t.Errorf("line %d has no separator: %q", i, l)
		}
	}
}

func TestParallelJumpsAndSteps(t *testing.T) {
	m := newSized(fixture(), Options{With: frenchFixture()}, 120, 12)
	sendKeys(m, ":3\r")
	if got := m.par.topID(); got != "op3" {
		t.Fatalf(":3 top %q", got)
	}
	top := screenLines(m)[0]
	if !strings.HasPrefix(top, "op3") || !strings.Contains(top, "Invita") || !strings.Contains(top, "Invite") {
		t.Errorf(":3 first line %q, want op3 of both", top)
	}
	sendKeys(m, "]")
	if got := m.par.topID(); got != "op4" {
		t.Errorf("] top %q, want op4 (the gap's row)", got)
	}
	sendKeys(m, "]")
	if got := m.par.topID(); got != "op5" {
		t.Errorf("]] top %q, want op5", got)
	}
	sendKeys(m, "[[")
	if got := m.par.topID(); got != "op3" {
		t.Errorf("[[ top %q, want op3", got)
	}
	sendKeys(m, ":3(b)\r")
	if first := strings.TrimSpace(screenLines(m)[0]); !strings.Contains(first, "b) establezcan") || !strings.Contains(first, "b) établir") {
		t.Errorf(":3(b) first line %q, want item (b) of both", first)
	}
	if u := m.par.topUnit(); u != "op3(b)" {
		t.Errorf("top unit %q, want op3(b)", u)
	}
	sendKeys(m, ":99\r")
	if m.message == "" || m.par.topID() != "op3" {
		t.Errorf(":99: message %q top %q", m.message, m.par.topID())
	}
	press(m, "G")
	press(m, "g")
	if m.par.top != 0 || m.par.line != 0 {
		t.Errorf("g: at %d,%d", m.par.top, m.par.line)
	}
}

func TestParallelSearchBothColumns(t *testing.T) {
	m := newSized(fixture(), Options{With: frenchFixture()}, 120, 12)
	sendKeys(m, "/Organisation\r") // folded: the French "Organisation", the Spanish "Organización" not
	n := len(m.par.search.matches)
	if n == 0 {
		t.Fatal("no match")
	}
	for _, mt := range m.par.search.matches {
		if mt.side != sideRight {
			t.Errorf("a match on the left: %+v", mt)
		}
	}
	sendKeys(m, "/59/50\r") // in both
	sides := map[int]bool{}
	for _, mt := range m.par.search.matches {
		sides[mt.side] = true
	}
	if !sides[sideLeft] || !sides[sideRight] {
		t.Errorf("59/50 found on sides %v, want both", sides)
	}
	if c := m.par.search.counter(); !strings.HasPrefix(c, "1/") {
		t.Errorf("counter %q", c)
	}
	sendKeys(m, "n")
	if c := m.par.search.counter(); !strings.HasPrefix(c, "2/") {
		t.Errorf("n: counter %q", c)
	}
	if !strings.Contains(m.par.statusBar(m.st, "", 0, 120), "[2/") {
		t.Errorf("status %q lacks the counter", ansi.Strip(m.par.statusBar(m.st, "", 0, 120)))
	}
	press(m, "esc")
	if m.par.search.needle != "" {
		t.Error("esc kept the search")
	}
}

func TestParallelStacksWhenNarrow(t *testing.T) {
	m := newSized(fixture(), Options{With: frenchFixture()}, 80, 40)
	if !m.par.stacked {
		t.Fatal("80 columns: not stacked")
	}
	sendKeys(m, ":1\r")
	es, fr := -1, -1
	for i, l := range screenLines(m) {
		if strings.Contains(l, "Hace notar la actividad") {
			es = i
		}
		if strings.Contains(l, "Prend note de l’action") {
			fr = i
			if !strings.HasPrefix(l, "fr") {
				t.Errorf("the French line %q does not say fr in the gutter", l)
			}
		}
	}
	if es < 0 || fr <= es {
		t.Errorf("Spanish op1 at line %d, French at %d: want the French below", es, fr)
	}
	// Wider: two columns again, at the same paragraph.
	sendKeys(m, ":3\r")
	run(m, func() tea.Msg { return tea.WindowSizeMsg{Width: 140, Height: 40} })
	run(m, func() tea.Msg { return resizeSettledMsg{gen: m.resizeGen} })
	if m.par.stacked || m.par.topID() != "op3" {
		t.Errorf("140 columns: stacked %v top %q", m.par.stacked, m.par.topID())
	}
}

func TestParallelArabicRightAligned(t *testing.T) {
	m := newSized(fixture(), Options{With: arabicFixture(), Bidi: BidiLogical}, 120, 30)
	pv := m.par
	l := lineWith(m, "تلاحظ نشاط")
	if l == "" {
		t.Fatal("no Arabic line")
	}
	sep := strings.Index(l, "│")
	right := []rune(strings.TrimRight(l[sep+len("│"):], " "))
	end := ansi.StringWidth(l[:sep]) + 1 + len(right)
	want := pv.left + pv.gutW + 2*pv.colW + columnGap
	if end < want-2 {
		t.Errorf("the Arabic line ends at column %d, want about %d (right-aligned): %q", end, want, l)
	}
	// Arabic on the left, the other on the right.
	m = newSized(arabicFixture(), Options{With: fixture(), Bidi: BidiLogical}, 120, 30)
	l = lineWith(m, "تلاحظ نشاط")
	sep = strings.Index(l, "│")
	if sep < 0 || ansi.StringWidth(strings.TrimRight(l[:sep], " ")) < m.par.gutW+m.par.colW-2 {
		t.Errorf("the Arabic line on the left is not right-aligned: %q", l)
	}
}

func TestParallelToggleAndLanguageKeys(t *testing.T) {
	lib := (&fakeLibrary{}).add("A/RES/65/122", fixture()).add("A/RES/65/122", frenchFixture()).add("A/RES/65/122", arabicFixture())
	m := newSized(fixture(), Options{Library: lib}, 120, 20)
	sendKeys(m, ":2\r")
	press(m, "T")
	if m.picker == nil || m.picker.purpose != langBeside {
		t.Fatalf("T: picker %+v", m.picker)
	}
	if got := strings.Join(m.picker.langs, " "); got != "ar fr" {
		t.Errorf("languages %q, want ar fr (not the reader's es)", got)
	}
	if !strings.Contains(ansi.Strip(m.statusBar(120)), "Beside it:") {
		t.Errorf("status %q, want the picker", ansi.Strip(m.statusBar(120)))
	}
	press(m, "f", "enter")
	if m.par == nil || m.par.cols[sideRight].doc.Language != "fr" {
		t.Fatalf("T f enter: no French beside: %+v", m.par)
	}
	if got := m.par.topID(); got != "op2" {
		t.Errorf("opened at %q, want op2", got)
	}
	// t switches the left column to another language, at the same row:
	// neither its own (es) nor the right column's (fr).
	press(m, "t")
	if m.picker == nil || strings.Join(m.picker.langs, " ") != "ar" {
		t.Fatalf("t: picker %+v", m.picker)
	}
	press(m, "a", "enter")
	if m.view.doc.Language != "ar" || m.par.cols[sideLeft].doc.Language != "ar" || m.par.topID() != "op2" {
		t.Errorf("t a: left %q at %q", m.par.cols[sideLeft].doc.Language, m.par.topID())
	}
	// T closes the parallel view at the same paragraph.
	press(m, "T")
	if m.par != nil || m.view.topID() != "op2" {
		t.Errorf("T: par %v top %q", m.par != nil, m.view.topID())
	}
	// Back to Spanish.
	press(m, "backspace")
	if m.view.doc.Language != "es" {
		t.Errorf("backspace: %q", m.view.doc.Language)
	}
	// esc closes the picker without a change.
	press(m, "t", "esc")
	if m.picker != nil || m.view.doc.Language != "es" {
		t.Errorf("t esc: picker %v lang %q", m.picker != nil, m.view.doc.Language)
	}
}

func TestParallelWithoutLibrary(t *testing.T) {
	m := newSized(fixture(), Options{With: frenchFixture()}, 120, 20)
	press(m, "T")
	if m.par != nil {
		t.Fatal("T did not close the parallel view")
	}
	press(m, "T")
	if m.par == nil {
		t.Fatal("T did not open the --with version again")
	}
	press(m, "t")
	if m.picker != nil || !strings.Contains(m.message, "library") {
		t.Errorf("t without a library: picker %v message %q", m.picker != nil, m.message)
	}
}

func TestParallelOptionPara(t *testing.T) {
	m := newSized(fixture(), Options{With: frenchFixture(), Para: "op5"}, 120, 12)
	if got := m.par.topID(); got != "op5" {
		t.Errorf("--para op5: top %q", got)
	}
}

func TestParallelRenderedOncePerWidth(t *testing.T) {
	m := newSized(fixture(), Options{With: frenchFixture()}, 120, 40)
	pv := m.par
	for s, v := range pv.cols {
		for _, k := range pv.visibleRows() {
			if b := pv.blockOfSide(k, s); b >= 0 && !v.pane.isRendered(b) {
				t.Errorf("side %d block %d on screen is not rendered", s, b)
			}
		}
	}
	// Frames draw from the cache: no command, nothing rendered again.
	if cmd := pv.renderVisible(); cmd != nil {
		t.Error("a frame asked for rendering again")
	}
}

func TestProgramParallel(t *testing.T) {
	tm := teatest.NewTestModel(t, New(fixture(), Options{Style: "ascii", With: frenchFixture()}),
		teatest.WithInitialTermSize(120, 30))
	waitFor(t, tm, "fr has no OP4")
	tm.Type(":5")
	tm.Send(keyMsg("enter"))
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return strings.Contains(string(b), "op5") },
		teatest.WithDuration(waitLimit), teatest.WithCheckInterval(10*time.Millisecond))
	m := finish(t, tm)
	if m.par == nil || m.par.topID() != "op5" {
		t.Errorf("final top %q", m.par.topID())
	}
}

func TestParallelRemembersItsPosition(t *testing.T) {
	state := t.TempDir() + "/positions.json"
	m := newSized(fixture(), Options{With: frenchFixture(), State: state}, 120, 12)
	sendKeys(m, ":3(b)\r")
	if err := m.remember(); err != nil {
		t.Fatal(err)
	}
	m = newSized(fixture(), Options{With: frenchFixture(), State: state}, 120, 12)
	if got := m.par.topUnit(); got != "op3(b)" {
		t.Errorf("reopened at %q, want op3(b)", got)
	}
}

func TestParallelBackgroundChange(t *testing.T) {
	m := newSized(fixture(), Options{With: frenchFixture()}, 120, 20)
	sendKeys(m, ":3\r")
	// The style follows the background (Options.Style ""): a light
	// background remakes both renderers, at the same row.
	m.opt.Style = ""
	run(m, func() tea.Msg { return tea.BackgroundColorMsg{Color: lipgloss.Color("#ffffff")} })
	if m.par.topID() != "op3" || m.par.width != 120 {
		t.Errorf("after the background: top %q width %d", m.par.topID(), m.par.width)
	}
	if l := lineWith(m, "Invita a los"); !strings.Contains(l, "Invite les") {
		t.Errorf("op3 not drawn in both columns: %q", l)
	}
}

func TestParallelHeadsFirst(t *testing.T) {
	opt := Options{
		Full: func() (*content.Document, error) { return fixture(), nil },
		With: headOf(frenchFixture(), 1), WithFull: func() (*content.Document, error) { return frenchFixture(), nil },
		Para: "op5",
	}
	m := newSized(headOf(fixture(), 1), opt, 120, 12)
	if m.provisional || m.besideFull != nil {
		t.Fatalf("still provisional: %v %v", m.provisional, m.besideFull != nil)
	}
	if got := m.par.topID(); got != "op5" {
		t.Errorf("--para op5 beyond the heads: top %q", got)
	}
	if l := lineWith(m, "Decide incluir"); !strings.Contains(l, "Décide d’inscrire") {
		t.Errorf("op5 of both not on one line: %q", l)
	}
	if n := len(m.par.rows); n < 10 {
		t.Errorf("%d rows: the whole versions were not adopted", n)
	}
	sendKeys(m, ":4\r")
	if l := lineWith(m, "Solicita al"); !strings.Contains(l, "(fr has no OP4)") {
		t.Errorf("op4: %q", l)
	}
}

func TestParallelAndComparisons(t *testing.T) {
	lib := seriesLibrary(oldFixture()).add("A/RES/65/122", frenchFixture())
	m := newSized(fixture(), Options{With: frenchFixture(), Library: lib}, 120, 20)
	press(m, "p")
	if m.view.diff != nil || m.par == nil || !strings.Contains(m.message, "one column") {
		t.Errorf("p in the parallel view: diff %v, par %v, message %q", m.view.diff != nil, m.par != nil, m.message)
	}
	press(m, "T")
	press(m, "p")
	if m.view.diff == nil {
		t.Skipf("no comparison opened in one column (%q): the rest does not apply", m.message)
	}
	press(m, "T")
	if m.par != nil || !strings.Contains(m.message, "comparison") {
		t.Errorf("T in a comparison: par %v message %q", m.par != nil, m.message)
	}
}

func TestParallelStartedTooSmall(t *testing.T) {
	m := newSized(fixture(), Options{With: frenchFixture()}, 10, 3)
	if !m.lay.tooSmall {
		t.Fatalf("10×3: %q", m.screen())
	}
	run(m, func() tea.Msg { return tea.WindowSizeMsg{Width: 120, Height: 30} })
	if m.par.width != 120 || lineWith(m, "Prend note de l’action") == "" && lineWith(m, "Rappelant sa") == "" {
		t.Errorf("120×30 after 10×3: width %d\n%s", m.par.width, strings.Join(screenLines(m), "\n"))
	}
}

func TestParallelScrolling(t *testing.T) {
	m := newSized(fixture(), Options{With: frenchFixture()}, 120, 12)
	steps := []struct {
		keys string
		want int // lines from the top of the document
	}{
		{"j", 1}, {"k", 0}, {"ctrl+d", 5}, {"space", 5 + 10}, {"b", 5}, {"g", 0},
	}
	at := func() int {
		n := m.par.line
		for k := 0; k < m.par.top; k++ {
			n += len(m.par.rowLines(k))
		}
		return n
	}
	for _, s := range steps {
		press(m, s.keys)
		if got := at(); got != s.want {
			t.Errorf("%s: at line %d, want %d", s.keys, got, s.want)
		}
	}
	run(m, func() tea.Msg { return tea.MouseWheelMsg{Button: tea.MouseWheelDown} })
	if got := at(); got != 3 {
		t.Errorf("wheel: at line %d, want 3", got)
	}
}

func TestParallelHeadsInventNothing(t *testing.T) {
	// The French head stops before the Spanish one: its missing op2 is
	// the end of a head, not a difference, until the wholes are in.
	m := New(headOf(fixture(), 3), Options{Style: "notty",
		Full: func() (*content.Document, error) { return fixture(), nil },
		With: headOf(frenchFixture(), 1), WithFull: func() (*content.Document, error) { return frenchFixture(), nil },
	}).(*model)
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	renderParallelFirst(m)
	if s := ansi.Strip(m.screen()); strings.Contains(s, "has no") {
		t.Errorf("the heads' screen notes a difference:\n%s", s)
	}
	run(m, func() tea.Msg { return backgroundMsg{} })
	if m.par.partial || !strings.Contains(m.message, "fr has no OP4") {
		t.Errorf("once whole: partial %v, message %q", m.par.partial, m.message)
	}
	if strings.Contains(m.message, "OP2") {
		t.Errorf("the message notes the end of a head: %q", m.message)
	}
}

func TestParallelOtherResolution(t *testing.T) {
	other := frenchFixture()
	other.Symbol = "A/RES/66/1"
	m := newSized(fixture(), Options{With: other}, 120, 20)
	if !strings.Contains(m.message, "beside A/RES/66/1, another resolution") {
		t.Errorf("message %q", m.message)
	}
}

func TestParallelCopy(t *testing.T) {
	m := newSized(fixture(), Options{With: frenchFixture()}, 120, 20)
	sendKeys(m, ":2\r")
	_, cmd := m.Update(keyMsg("y"))
	if cmd == nil || !strings.Contains(m.message, "2 versions") {
		t.Fatalf("y: message %q", m.message)
	}
	got := fmt.Sprint(cmd())
	if !strings.Contains(got, "2. Hace notar también") || !strings.Contains(got, "2. Prend note également") {
		t.Errorf("y copied %q", got)
	}
	_, cmd = m.Update(keyMsg("Y"))
	got = fmt.Sprint(cmd())
	if !strings.Contains(got, "A/RES/65/122, párr. 2: Hace notar") || !strings.Contains(got, "A/RES/65/122, par. 2 : Prend note") {
		t.Errorf("Y copied %q", got)
	}
	sendKeys(m, ":4\r")
	m.Update(keyMsg("y"))
	if !strings.Contains(m.message, "the other version lacks it") {
		t.Errorf("y on op4: %q", m.message)
	}
}
