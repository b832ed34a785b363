package ui

import (
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"resolute/content"
	"resolute/internal/corpus"
	"resolute/internal/cpumeter"
	"resolute/library"
)

// parallelPair returns A/RES/77/128 in English and French from the
// corpus (170 and 185 KB of XML).
func parallelPair(tb testing.TB) (*content.Document, *content.Document) {
	tb.Helper()
	dir := corpus.Require(tb, "akn", "a-res-77-128")
	open := func(lang string) *content.Document {
		o, err := library.Open(dir+"/"+lang+".xml", library.OpenOptions{})
		if err != nil {
			tb.Fatal(err)
		}
		return o.Doc
	}
	return open("en"), open("fr")
}

// renderParallelFirst renders the blocks the parallel view shows first, as
// its first render Cmds do, and stores them.
func renderParallelFirst(m *model) {
	cmd := m.par.renderVisible()
	if cmd == nil {
		return
	}
	msgs := []tea.Msg{cmd()}
	for len(msgs) > 0 {
		msg := msgs[0]
		msgs = msgs[1:]
		switch msg := msg.(type) {
		case tea.BatchMsg:
			for _, c := range msg {
				if c != nil {
					msgs = append(msgs, c())
				}
			}
		case blocksRenderedMsg:
			m.par.rendered(msg)
		}
	}
}

// BenchmarkParallelFirstFrame measures New with the other version, the
// first size, rendering the visible blocks of both columns and the first
// View, for A/RES/77/128 in English beside French, at 160 columns (two
// columns) and 80 (stacked). Parsing is left out: see README.
func BenchmarkParallelFirstFrame(b *testing.B) {
	en, fr := parallelPair(b)
	for _, w := range []int{160, 80} {
		b.Run(itoa(w), func(b *testing.B) {
			b.ReportAllocs()
			meter := cpumeter.Start()
			for b.Loop() {
				m := New(en, Options{Style: "dark", With: fr}).(*model)
				m.Update(tea.WindowSizeMsg{Width: w, Height: 40})
				renderParallelFirst(m)
				_ = m.View()
			}
			meter.Report(b, 0)
		})
	}
}

// BenchmarkParallelKey measures a key in Update and the View after it on
// the fully rendered parallel view: next paragraph, page down, a jump.
func BenchmarkParallelKey(b *testing.B) {
	en, fr := parallelPair(b)
	m := newSized(en, Options{With: fr}, 160, 40)
	for _, k := range []string{"]", "space"} {
		b.Run(k, func(b *testing.B) {
			for b.Loop() {
				keyUpdate(m, k)
				_ = m.View()
				if m.par.top >= len(m.par.rows)-3 {
					m.par.goTo(0, 0)
				}
			}
		})
	}
	b.Run("jump", func(b *testing.B) {
		for b.Loop() {
			for _, k := range []string{":", "B", ".", "5", "0", "enter"} {
				keyUpdate(m, k)
			}
			_ = m.View()
		}
	})
}

// TestParallelFirstFrameFast checks the first parallel frame of
// A/RES/77/128 comes in bounded time (generous: the machine is shared).
func TestParallelFirstFrameFast(t *testing.T) {
	if testing.Short() {
		t.Skip("timing")
	}
	en, fr := parallelPair(t)
	start := time.Now()
	m := New(en, Options{Style: "dark", With: fr}).(*model)
	built := time.Since(start)
	m.Update(tea.WindowSizeMsg{Width: 160, Height: 40})
	renderParallelFirst(m)
	v := m.View()
	full := time.Since(start)
	t.Logf("New %v, first rendered frame %v", built, full)
	if v.Content == "" || full > 3*time.Second {
		t.Errorf("first frame took %v", full)
	}
}

// BenchmarkParallelResize measures a resize of the parallel view once it
// settles: the layout at the new width, the visible blocks of both columns
// rendered at it, and the View; 160 ↔ 120 columns, both side by side.
func BenchmarkParallelResize(b *testing.B) {
	en, fr := parallelPair(b)
	m := New(en, Options{Style: "dark", With: fr}).(*model)
	m.Update(tea.WindowSizeMsg{Width: 160, Height: 40})
	renderParallelFirst(m)
	widths := []int{120, 160}
	meter := cpumeter.Start()
	i := 0
	for b.Loop() {
		w := widths[i%2] + i%7 // a width not cached yet, most of the time
		i++
		m.lay.w = w
		m.relayout()
		renderParallelFirst(m)
		_ = m.View()
	}
	meter.Report(b, 0)
}
