package ui

import (
	"image/color"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

func TestMouseWheel(t *testing.T) {
	m := newSized(bigDoc(20000), Options{}, 100, 20)
	run(m, func() tea.Msg { return tea.MouseWheelMsg{Button: tea.MouseWheelDown, X: 5, Y: 5} })
	if at, _ := m.view.pane.position(); at != 3 {
		t.Errorf("wheel down: at line %d, want 3", at)
	}
	run(m, func() tea.Msg { return tea.MouseWheelMsg{Button: tea.MouseWheelUp, X: 5, Y: 5} })
	if at, _ := m.view.pane.position(); at != 0 {
		t.Errorf("wheel up: at line %d, want 0", at)
	}
}

func TestBackgroundDetection(t *testing.T) {
	m := New(fixture(), Options{}).(*model)
	if m.Init() == nil {
		t.Fatal("Init does not ask for the background colour")
	}
	run(m, func() tea.Msg { return tea.WindowSizeMsg{Width: 100, Height: 20} })
	run(m, func() tea.Msg { return tea.BackgroundColorMsg{Color: color.White} })
	if m.isDark || m.st.isDark {
		t.Error("white background: still dark")
	}
	if !m.view.pane.isRendered(m.view.pane.top) {
		t.Error("not rendered again after the background changed")
	}
	forced := New(fixture(), Options{Style: "dark"}).(*model)
	if forced.Init() != nil {
		t.Error("Style given: Init still asks for the background")
	}
}

func TestParaAfterTinyStart(t *testing.T) {
	m := newSized(fixture(), Options{Para: "op4"}, 5, 2)
	run(m, func() tea.Msg { return tea.WindowSizeMsg{Width: 100, Height: 20} })
	run(m, func() tea.Msg { return resizeSettledMsg{gen: m.resizeGen} })
	if got := m.view.topID(); got != "op4" {
		t.Errorf("top %q, want op4", got)
	}
}

func TestJumpRendersOutOfTurn(t *testing.T) {
	m := New(bigDoc(100000), Options{Style: "notty"}).(*model)
	_, cmd := m.Update(tea.WindowSizeMsg{Width: 100, Height: 20})
	first, ok := cmd().(blocksRenderedMsg)
	if !ok {
		t.Fatal("the first command does not render the first screen")
	}
	first.rest = nil // the background stops here
	m.Update(first)
	m.Update(keyMsg(":"))
	for _, r := range "200" {
		m.Update(keyMsg(string(r)))
	}
	_, cmd = m.Update(keyMsg("enter"))
	if m.view.topID() != "op200" {
		t.Fatalf("jump: top %q", m.view.topID())
	}
	if m.view.pane.isRendered(m.view.pane.top) {
		t.Fatal("block rendered inside Update")
	}
	run(m, cmd)
	if !m.view.pane.isRendered(m.view.pane.top) {
		t.Error("the jump target was not rendered")
	}
}

func TestCitationHighlight(t *testing.T) {
	m := newSized(fixture(), Options{Style: "dark"}, 100, 30)
	press(m, "tab", "j", "j") // S/RES/1631 (2005)
	marked := 0
	for _, l := range m.view.paneView(m.st, m.lay.paneW, m.lay.bodyH, false, false) {
		if strings.Contains(l, m.st.cite.Render("1631")) || strings.Contains(l, m.st.cite.Render("1631 (2005)")) {
			marked++
		}
	}
	if marked == 0 {
		t.Error("the mention of 1631 (2005) is not highlighted")
	}
	if got := needlesOf("1631 (2005)"); len(got) != 3 || got[1] != "1631" {
		t.Errorf("needlesOf: %q", got)
	}
}

func TestSearchHighlight(t *testing.T) {
	m := newSized(fixture(), Options{Style: "dark"}, 100, 30)
	sendKeys(m, "/ORGANIZACION\r")
	view := m.View().Content
	if n := strings.Count(view, m.st.current.Render("Organización")); n != 1 {
		t.Errorf("current match drawn %d times, want 1", n)
	}
	if n := strings.Count(view, m.st.match.Render("Organización")); n < 2 {
		t.Errorf("other matches drawn %d times", n)
	}
}

func TestClickAndCopy(t *testing.T) {
	m := newSized(fixture(), Options{}, 100, 20)
	x := m.lay.paneW + 3
	run(m, func() tea.Msg { return tea.MouseClickMsg{Button: tea.MouseLeft, X: x, Y: 2} })
	if m.focus != focusPanel || m.view.topID() != "pp2" {
		t.Errorf("click on the second citation: focus %v top %q, want the panel and pp2", m.focus, m.view.topID())
	}
	tabs := ansi.Strip(m.panel.tabLine(m.view, m.st, m.lay.panelW))
	at := m.lay.paneW + 1 + ansi.StringWidth(tabs[:strings.Index(tabs, "Outline")]) + 2
	run(m, func() tea.Msg { return tea.MouseClickMsg{Button: tea.MouseLeft, X: at, Y: 0} })
	if m.panel.tab != tabOutline {
		t.Error("click on Outline did not switch tabs")
	}
	press(m, "tab")
	sendKeys(m, "4\r")
	if cmd := m.key(keyMsg("y")); cmd == nil || !strings.Contains(m.message, "copied op4") {
		t.Errorf("y: message %q", m.message)
	}
}
