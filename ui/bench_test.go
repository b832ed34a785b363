package ui

import (
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"resolute/content"
	"resolute/internal/corpus"
)

const benchSize = 200 << 10

// benchDoc is a document to benchmark the reader on.
type benchDoc struct {
	name string
	doc  *content.Document
}

// benchDocs returns the synthetic 200 KB document, A/RES/79/1 as parsed from
// its PDF text (about 200 KB) when the shared corpus is there, and, when
// big is set, a synthetic 1 MB document and A/RES/79/1 grown to 1 MB.
func benchDocs(b *testing.B, big bool) []benchDoc {
	b.Helper()
	docs := []benchDoc{{"200KB", bigDoc(benchSize)}}
	raw, err := os.ReadFile(corpus.Path("text", "ga-79-1.en.txt"))
	if err == nil {
		docs = append(docs, benchDoc{"ga-79-1", content.Parse(string(raw), content.Options{})})
	}
	if big {
		docs = append(docs, benchDoc{"1MB", bigDoc(1 << 20)})
		if err == nil {
			docs = append(docs, benchDoc{"ga-79-1x1MB", content.Parse(growText(string(raw), 1<<20), content.Options{})})
		}
	}
	return docs
}

// growText returns text grown to at least size bytes by repeating its
// numbered paragraphs ("12." opening a line) after the last one, renumbered
// to follow on, before the closing lines (as scripts/bigtext.py does).
func growText(text string, size int) string {
	lines := strings.SplitAfter(text, "\n")
	num := func(l string) (n, from, to int, ok bool) { // the number, where it is
		from = len(l) - len(strings.TrimLeft(l, " "))
		to = from
		for to < len(l) && to-from < 4 && l[to] >= '0' && l[to] <= '9' {
			to++
		}
		if to == from || to >= len(l) || l[to] != '.' || to+1 < len(l) && l[to+1] != ' ' && l[to+1] != '\n' {
			return 0, 0, 0, false
		}
		n, _ = strconv.Atoi(l[from:to])
		return n, from, to, true
	}
	first, last, top := -1, -1, 0
	for i, l := range lines {
		if n, _, _, ok := num(l); ok {
			if first < 0 {
				first = i
			}
			last, top = i, max(top, n)
		}
	}
	if first < 0 {
		return strings.Repeat(text+"\n", size/max(1, len(text))+1)
	}
	end := last + 1
	for end < len(lines) && strings.TrimSpace(lines[end]) != "" {
		end++
	}
	var sb strings.Builder
	sb.WriteString(strings.Join(lines[:end], ""))
	for k := 1; sb.Len() < size; k++ {
		for _, l := range lines[first:end] {
			if n, from, to, ok := num(l); ok {
				l = l[:from] + strconv.Itoa(n+k*top) + l[to:]
			}
			sb.WriteString(l)
		}
	}
	sb.WriteString(strings.Join(lines[end:], ""))
	return sb.String()
}

// keyUpdate feeds one key press to m through Update, as the program does,
// and returns the command it gives (not run: rendering is off the input
// path).
func keyUpdate(m *model, k string) tea.Cmd {
	_, cmd := m.Update(keyMsg(k))
	return cmd
}

// BenchmarkFirstFrame measures New, the first size, rendering the visible
// blocks (the first render Cmd) and the first View, for documents of 200 KB
// and 1 MB (parsing and process start are left out: see scripts/ptytime.py).
func BenchmarkFirstFrame(b *testing.B) {
	for _, c := range benchDocs(b, true) {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				m := New(c.doc, Options{Style: "dark"}).(*model)
				m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
				renderFirst(m)
				_ = m.View()
			}
		})
	}
}

// BenchmarkPlaceholderFrame measures the frame drawn before any glamour
// rendering: New, the first size and the first View.
func BenchmarkPlaceholderFrame(b *testing.B) {
	for _, c := range benchDocs(b, true) {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				m := New(c.doc, Options{Style: "dark"}).(*model)
				m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
				_ = m.View()
			}
		})
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

// BenchmarkKey measures the work one key press does in Update on a fully
// rendered 200 KB document: next and previous paragraph, next match, and a
// whole jump typed as ":", a number, enter (several key presses). The View
// that follows is measured by BenchmarkView.
func BenchmarkKey(b *testing.B) {
	for _, c := range benchDocs(b, false) {
		m := newSized(c.doc, Options{}, 120, 40)
		b.Run(c.name+"/next-para", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if p := m.view.pane; p.top >= len(p.blocks)-2 {
					p.goTo(0, 0)
				}
				keyUpdate(m, "]")
			}
		})
		b.Run(c.name+"/prev-para", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if p := m.view.pane; p.top <= 1 {
					p.end()
				}
				keyUpdate(m, "[")
			}
		})
		m.view.runSearch("the")
		b.Run(c.name+"/search-next", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				keyUpdate(m, "n")
			}
		})
		m.view.clearSearch()
		b.Run(c.name+"/jump", func(b *testing.B) {
			b.ReportAllocs()
			refs := []string{"30", "5", "12", "1"}
			i := 0
			for b.Loop() {
				keyUpdate(m, ":")
				for _, r := range refs[i%len(refs)] {
					keyUpdate(m, string(r))
				}
				keyUpdate(m, "enter")
				i++
			}
		})
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

// BenchmarkSearch measures a full search of a 200 KB document for a rare
// and a common word, the folded text being built once beforehand (in the
// background, at the first size).
func BenchmarkSearch(b *testing.B) {
	for _, c := range benchDocs(b, false) {
		b.Run(c.name, func(b *testing.B) {
			m := newSized(c.doc, Options{}, 120, 40)
			m.view.ensureFolded()
			b.ReportAllocs()
			for b.Loop() {
				m.view.runSearch("Resolucion")
				m.view.runSearch("the")
			}
		})
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
// paid once, in the background, after the first size.
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

// BenchmarkResizeVisible measures what follows the last of a burst of
// resizes, from 80 columns to 120 and on, once the debounce has passed: the
// new layout, rendering the visible blocks at the new width (the first
// render Cmd) and the View showing them. The rest renders in the
// background. The widths cycle through more than the renderer caches, so
// every resize renders afresh.
func BenchmarkResizeVisible(b *testing.B) {
	widths := []int{120, 110, 100, 90, 80, 130}
	for _, c := range benchDocs(b, false) {
		b.Run(c.name, func(b *testing.B) {
			m := newSized(c.doc, Options{Style: "dark"}, 80, 40)
			m.view.pane.goTo(len(m.view.pane.blocks)/2, 0)
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				m.Update(tea.WindowSizeMsg{Width: widths[i%len(widths)], Height: 40})
				if _, cmd := m.Update(resizeSettledMsg{gen: m.resizeGen}); cmd == nil {
					b.Fatal("no render after the resize settled")
				}
				renderFirst(m)
				_ = m.View()
				i++
			}
		})
	}
}

// renderFirst renders the visible blocks as the first size's render
// command does (the background rest and the folding are left out).
func renderFirst(m *model) {
	first, _ := m.view.pane.renderQueue()
	p := m.view.pane
	m.Update(renderCmd(m.view, p.gen, p.width, first, nil, 0)())
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

// watchRenderer reports any block rendered, rather than taken from the
// cache, while it is watching.
type watchRenderer struct {
	renderer
	t     *testing.T
	fresh int
}

func (w *watchRenderer) Render(i, width int) string {
	if !w.renderer.Cached(i, width) {
		w.fresh++
		w.t.Errorf("block %d rendered at width %d on the input path", i, width)
	}
	return w.renderer.Render(i, width)
}

// TestInputNeverRenders checks that Update and View never run glamour: keys,
// a search, a jump and a resize only use rendered blocks or placeholders,
// the rendering being left to the Cmds they return.
func TestInputNeverRenders(t *testing.T) {
	m := newSized(bigDoc(20<<10), Options{Style: "dark"}, 120, 40)
	w := &watchRenderer{renderer: m.view.pane.r, t: t}
	m.view.pane.r = w
	keys := []string{"]", "]", "[", "G", "g", "space", "b", "j", "k", "/", "s", "e", "c", "r", "enter", "n", "n", "N",
		":", "2", "5", "enter", "ctrl+d", "tab", "tab"}
	for _, k := range keys {
		m.Update(keyMsg(k))
		_ = m.View()
	}
	m.Update(tea.WindowSizeMsg{Width: 90, Height: 30})
	_ = m.View()
	m.Update(resizeSettledMsg{gen: m.resizeGen})
	for _, k := range keys {
		m.Update(keyMsg(k))
		_ = m.View()
	}
	if w.fresh > 0 {
		t.Errorf("%d blocks rendered inside Update or View", w.fresh)
	}
}
