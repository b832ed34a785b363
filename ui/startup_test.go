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

func TestRenderStopsWhenStale(t *testing.T) {
	m := newSized(bigDoc(100000), Options{}, 100, 20)
	p := m.view.pane
	p.setSize(90, 20)
	first, rest := p.renderQueue()
	for k, must := range [][]int{first, nil} {
		cmd := renderCmd(m.view, p.gen, p.width, must, rest, 0)
		p.setSize(80-k, 20) // a resize: a new render generation
		if msg := cmd().(blocksRenderedMsg); len(msg.idx) != 0 {
			t.Errorf("must %v: rendered %d blocks of a stale generation", must, len(msg.idx))
		}
	}
}
