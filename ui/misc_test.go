package ui

import (
	"image/color"
	"testing"

	tea "charm.land/bubbletea/v2"
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
