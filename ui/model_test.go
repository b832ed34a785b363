package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

func TestJump(t *testing.T) {
	tests := []struct {
		keys   string
		wantID string
		item   string // label expected on the first row, for items
	}{
		{"3\r", "op3", ""},
		{":op4\r", "op4", ""},
		{":pp2\r", "pp2", ""},
		{"3(b)\r", "op3", "b)"},
		{"3(b)(i)\r", "op3", "i)"},
		{":paragraph 5\r", "op5", ""},
	}
	for _, tt := range tests {
		m := newSized(fixture(), Options{}, 80, 12)
		sendKeys(m, tt.keys)
		if got := m.view.topID(); got != tt.wantID {
			t.Errorf("%q: top = %q, want %q", tt.keys, got, tt.wantID)
		}
		first := strings.TrimSpace(ansi.Strip(m.view.paneView(m.st, m.lay.paneW, 1, false, false)[0]))
		if tt.item != "" && !strings.HasPrefix(first, tt.item) {
			t.Errorf("%q: first row %q, want it to start with %q", tt.keys, first, tt.item)
		}
		if m.message != "" {
			t.Errorf("%q: message %q", tt.keys, m.message)
		}
	}
}

func TestJumpParts(t *testing.T) {
	m := newSized(multipart(), Options{}, 100, 10)
	sendKeys(m, ":II.3\r")
	if got := m.view.topID(); got != "II.op3" {
		t.Errorf("II.3: top = %q", got)
	}
	sendKeys(m, ":annex.p1\r")
	if got := m.view.topID(); got != "annex.p1" {
		t.Errorf("annex.p1: top = %q", got)
	}
}

func TestJumpUnknownAndCancel(t *testing.T) {
	m := newSized(fixture(), Options{}, 80, 12)
	sendKeys(m, "4\r")
	sendKeys(m, "99\r")
	if m.view.topID() != "op4" || m.message == "" {
		t.Errorf("unknown paragraph: top %q message %q, want op4 and a message", m.view.topID(), m.message)
	}
	sendKeys(m, "2")
	press(m, "esc")
	if m.prompt.isOpen() || m.view.topID() != "op4" {
		t.Errorf("esc: prompt %v top %q", m.prompt.mode, m.view.topID())
	}
}

func TestOptionPara(t *testing.T) {
	m := newSized(fixture(), Options{Para: "op2"}, 80, 12)
	if got := m.view.topID(); got != "op2" {
		t.Errorf("Options.Para: top = %q, want op2", got)
	}
}

func TestParagraphStep(t *testing.T) {
	m := newSized(fixture(), Options{}, 80, 12)
	sendKeys(m, "]]")
	if got := m.view.topID(); got != "pp2" {
		t.Errorf("]]: top = %q, want pp2", got)
	}
	sendKeys(m, "[")
	if got := m.view.topID(); got != "pp1" {
		t.Errorf("[: top = %q, want pp1", got)
	}
}

func TestScrollKeys(t *testing.T) {
	m := newSized(bigDoc(20000), Options{}, 80, 12)
	p := m.view.pane
	press(m, "j", "j")
	if at, _ := p.position(); at != 2 {
		t.Errorf("jj: at line %d, want 2", at)
	}
	press(m, "G")
	if p.percent() != 100 {
		t.Errorf("G: %d%%", p.percent())
	}
	press(m, "g")
	if p.top != 0 || p.line != 0 {
		t.Errorf("g: anchor %d,%d", p.top, p.line)
	}
	press(m, "space")
	at, _ := p.position()
	if at != p.height-1 {
		t.Errorf("space: at line %d, want %d", at, p.height-1)
	}
	press(m, "b", "ctrl+d")
	if at, _ := p.position(); at != p.height/2 {
		t.Errorf("ctrl+d: at line %d", at)
	}
}

func TestSearch(t *testing.T) {
	m := newSized(fixture(), Options{}, 80, 12)
	sendKeys(m, "/ORGANIZACION\r")
	c := m.view.search.counter()
	if !strings.HasPrefix(c, "1/") || c == "1/0" {
		t.Fatalf("counter %q", c)
	}
	total := len(m.view.search.matches)
	press(m, "n")
	if got := m.view.search.counter(); got != "2/"+itoa(total) {
		t.Errorf("n: counter %q", got)
	}
	press(m, "N", "N")
	if got := m.view.search.counter(); got != itoa(total)+"/"+itoa(total) {
		t.Errorf("NN: counter %q (wraps to the last)", got)
	}
	if !strings.Contains(m.message, "continued at the end") {
		t.Errorf("NN: message %q, want a note that the search wrapped", m.message)
	}
	if !strings.Contains(ansi.Strip(m.statusBar(80)), "/"+itoa(total)+"]") {
		t.Errorf("status bar lacks the counter: %q", ansi.Strip(m.statusBar(80)))
	}
	sendKeys(m, "/resolucion\r")
	if len(m.view.search.matches) < 3 {
		t.Errorf("accent folding: %d matches for resolucion", len(m.view.search.matches))
	}
	sendKeys(m, "/zzzz\r")
	if m.message != "no match for “zzzz”" || m.view.search.counter() != "" || strings.Contains(ansi.Strip(m.statusBar(80)), "[0/0]") {
		t.Errorf("no match: message %q counter %q, status %q", m.message, m.view.search.counter(), ansi.Strip(m.statusBar(80)))
	}
	press(m, "n")
	if m.message != "no match for “zzzz”" {
		t.Errorf("n after a failed search: message %q", m.message)
	}
}

func TestSearchScrollsToMatch(t *testing.T) {
	m := newSized(bigDoc(30000), Options{}, 80, 10)
	m.view.blocks[len(m.view.blocks)-1].plain += " unicorn"
	m.view.folded = nil
	sendKeys(m, "/unicorn\r")
	last := len(m.view.blocks) - 1
	if l := m.view.matchLine(match{block: last}); !m.view.pane.isVisible(last, l) {
		t.Errorf("match in block %d line %d not visible; anchor %d,%d", last, l, m.view.pane.top, m.view.pane.line)
	}
}

func TestPanelCited(t *testing.T) {
	other := multipart()
	lib := new(fakeLibrary).add("A/RES/59/50", other)
	opt := Options{Library: lib}
	m := newSized(fixture(), opt, 100, 14)
	if m.lay.panelW == 0 {
		t.Fatal("panel hidden at 100 columns")
	}
	press(m, "tab")
	if m.focus != focusPanel || m.view.citeSel != 0 {
		t.Fatalf("tab: focus %v citeSel %d", m.focus, m.view.citeSel)
	}
	screen := ansi.Strip(m.screen())
	if !strings.Contains(screen, "✓ A/RES/59/50") || !strings.Contains(screen, "2004-12-02 ×2") {
		t.Errorf("cited entry missing:\n%s", screen)
	}
	press(m, "enter")
	if m.view.topID() != "pp1" {
		t.Errorf("enter: top %q, want pp1", m.view.topID())
	}
	press(m, "enter")
	if m.view.topID() != "op2" {
		t.Errorf("enter again: top %q, want op2", m.view.topID())
	}
	press(m, "j")
	if m.view.citeSel != 1 {
		t.Errorf("j: citeSel %d", m.view.citeSel)
	}
	press(m, "o")
	if len(lib.opened) != 0 || !strings.Contains(m.message, "not in the library") {
		t.Errorf("o on a citation not held: opened %v message %q", lib.opened, m.message)
	}
	press(m, "k", "o")
	if m.view.doc != other || len(m.nav.back) != 1 {
		t.Fatalf("o: doc %q history %d message %q", m.view.doc.Symbol, len(m.nav.back), m.message)
	}
	press(m, "backspace")
	if m.view.doc.Symbol != "A/RES/65/122" || len(m.nav.back) != 0 {
		t.Errorf("backspace: doc %q", m.view.doc.Symbol)
	}
	if m.panel.selected() != 0 || m.focus != focusPanel {
		t.Errorf("backspace: panel selection %d focus %v, want 0 and the panel", m.panel.selected(), m.focus)
	}
}

func TestPanelOutline(t *testing.T) {
	m := newSized(fixture(), Options{}, 100, 14)
	press(m, "tab", "l")
	if m.panel.tab != tabOutline {
		t.Fatal("l: not on the Outline tab")
	}
	// Masthead, Preamble, 1. … 5.
	press(m, "j", "j", "j", "j", "enter")
	if got := m.view.topID(); got != "op3" {
		t.Errorf("outline entry 5: top %q, want op3", got)
	}
	press(m, "tab")
	if m.focus != focusPane {
		t.Error("tab did not return to the pane")
	}
}

func TestPanelToggle(t *testing.T) {
	m := newSized(fixture(), Options{}, 70, 14)
	if m.lay.panelW != 0 {
		t.Error("panel shown below 80 columns")
	}
	press(m, "c")
	if m.lay.panelW == 0 {
		t.Error("c did not show the panel")
	}
	press(m, "c")
	if m.lay.panelW != 0 {
		t.Error("c did not hide the panel")
	}
}

func TestHelpAndQuit(t *testing.T) {
	m := newSized(fixture(), Options{}, 100, 30)
	press(m, "?")
	if m.over.kind != overlayHelp || !strings.Contains(ansi.Strip(m.screen()), "next match") {
		t.Error("? did not show the full help")
	}
	press(m, "?")
	if cmd := m.key(keyMsg("q")); cmd == nil {
		t.Error("q does not quit")
	}
}

func TestFootnotes(t *testing.T) {
	m := newSized(fixture(), Options{}, 100, 14)
	sendKeys(m, ":pp3\rf")
	if m.over.kind != overlayNotes || !strings.Contains(ansi.Strip(m.screen()), "49/57") {
		t.Errorf("f: no footnotes view:\n%s", ansi.Strip(m.screen()))
	}
}

// sendKeys types keys; "\r" is Enter.
func sendKeys(m *model, keys string) {
	for _, r := range keys {
		switch r {
		case '\r':
			press(m, "enter")
			continue
		case '\t':
			press(m, "tab")
			continue
		}
		press(m, string(r))
	}
}
