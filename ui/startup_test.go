package ui

import (
	"slices"
	"testing"

	tea "charm.land/bubbletea/v2"
)

func TestFirstScreenAloneThenBackground(t *testing.T) {
	m := New(bigDoc(100000), Options{Style: "notty"}).(*model)
	_, cmd := m.Update(tea.WindowSizeMsg{Width: 100, Height: 20})
	first, ok := cmd().(blocksRenderedMsg)
	if !ok {
		t.Fatal("the first command does not render the first screen")
	}
	if vis := m.view.pane.visible(); len(first.rest) != 0 || !slices.Equal(first.idx, vis) {
		t.Fatalf("first render: blocks %v (and %d queued), want the visible ones %v alone", first.idx, len(first.rest), vis)
	}
	_, next := m.Update(first)
	if next == nil || m.view.folded != nil {
		t.Fatal("no background work after the first screen, or some before it")
	}
	run(m, next)
	for i := range m.view.blocks {
		if !m.view.pane.isRendered(i) {
			t.Fatalf("block %d not rendered in the background", i)
		}
	}
	if m.view.folded == nil || !m.libReady {
		t.Error("the text was not folded for search, or the library not warmed, in the background")
	}
}
