package render

import (
	"runtime"
	"sync"
	"sync/atomic"

	"charm.land/glamour/v2"
	"charm.land/glamour/v2/styles"
	"github.com/charmbracelet/x/ansi"
)

// minWidth is the narrowest width rendered: one wide character.
const minWidth = 2

// maxWidths is how many widths a Renderer keeps output and glamour renderers
// for; the least recently used width is dropped first.
const maxWidths = 4

// Renderer renders blocks with glamour. It is safe for concurrent use and
// caches each block's output per width (its style is fixed).
type Renderer struct {
	blocks []Block
	style  string

	mu     sync.Mutex
	widths []*widthCache // most recently used first
}

// widthCache holds the output and the idle glamour renderers for one width.
type widthCache struct {
	width int
	out   []string
	done  []bool
	idle  [variants][]*glamour.TermRenderer
}

// PlainStyle renders like "dark" without any style: the same layout, as
// plain text, for NO_COLOR (https://no-color.org).
const PlainStyle = "plain"

// NewRenderer prepares rendering of blocks in a glamour style: "dark",
// "light", "ascii" or "notty" (glamour's), or PlainStyle. An unknown style
// renders as "dark".
func NewRenderer(blocks []Block, style string) *Renderer {
	return &Renderer{blocks: blocks, style: knownStyle(style)}
}

// Len returns the number of blocks.
func (r *Renderer) Len() int { return len(r.blocks) }

// Render returns block i rendered at width columns: glamour output passed
// through termsafe.Filter, leading and trailing blank lines trimmed, trailing
// padding removed, every line at most width cells. It returns "" for an
// index out of range. A width below 2, the narrowest that shows a wide
// character, counts as 2. Cached.
func (r *Renderer) Render(i, width int) string {
	if i < 0 || i >= len(r.blocks) {
		return ""
	}
	width = max(width, minWidth)
	r.mu.Lock()
	wc := r.cacheFor(width)
	if wc.done[i] {
		s := wc.out[i]
		r.mu.Unlock()
		return s
	}
	v := variantOf(r.blocks[i])
	tr := wc.take(v)
	r.mu.Unlock()

	tr, s := r.renderWith(tr, i, width)

	r.mu.Lock()
	wc.out[i], wc.done[i] = s, true
	wc.give(v, tr)
	r.mu.Unlock()
	return s
}

// Cached reports whether block i is already rendered at width.
func (r *Renderer) Cached(i, width int) bool {
	if i < 0 || i >= len(r.blocks) {
		return false
	}
	width = max(width, minWidth)
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, wc := range r.widths {
		if wc.width == width {
			return wc.done[i]
		}
	}
	return false
}

// RenderAll renders every block at width using all cores
// (runtime.GOMAXPROCS workers) and returns them in order.
func (r *Renderer) RenderAll(width int) []string {
	n := len(r.blocks)
	out := make([]string, n)
	workers := min(runtime.GOMAXPROCS(0), n)
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= n {
					return
				}
				out[i] = r.Render(i, width)
			}
		}()
	}
	wg.Wait()
	return out
}

// renderWith renders block i with tr, making a renderer when tr is nil, and
// returns the renderer for reuse (nil if it could not be made).
func (r *Renderer) renderWith(tr *glamour.TermRenderer, i, width int) (*glamour.TermRenderer, string) {
	b := r.blocks[i]
	if tr == nil {
		var err error
		tr, err = newTermRenderer(r.style, width, variantOf(b))
		if err != nil {
			return nil, fallback(b.Plain, width)
		}
	}
	src := b.Markdown
	if b.relaxAt(width) {
		src = relax.Replace(src)
	}
	out, err := tr.Render(src)
	if err != nil {
		return tr, fallback(b.Plain, width)
	}
	s := fit(out, width)
	if r.style == PlainStyle {
		s = ansi.Strip(s)
	}
	if b.Hang {
		s = hangPunctuation(s, width)
	}
	if len(b.Links) > 0 && (r.style == styles.DarkStyle || r.style == styles.LightStyle) {
		s = linkLines(s, b.Links)
	}
	return tr, s
}

// cacheFor returns the cache for width, making it the most recently used.
// The caller holds r.mu.
func (r *Renderer) cacheFor(width int) *widthCache {
	for k, wc := range r.widths {
		if wc.width == width {
			copy(r.widths[1:k+1], r.widths[:k])
			r.widths[0] = wc
			return wc
		}
	}
	wc := &widthCache{width: width, out: make([]string, len(r.blocks)), done: make([]bool, len(r.blocks))}
	if len(r.widths) < maxWidths {
		r.widths = append(r.widths, nil)
	}
	copy(r.widths[1:], r.widths)
	r.widths[0] = wc
	return wc
}

// take returns an idle renderer of the variant, or nil.
func (wc *widthCache) take(v variant) *glamour.TermRenderer {
	idle := wc.idle[v]
	if len(idle) == 0 {
		return nil
	}
	tr := idle[len(idle)-1]
	wc.idle[v] = idle[:len(idle)-1]
	return tr
}

// give keeps a renderer for reuse, at most one per core.
func (wc *widthCache) give(v variant, tr *glamour.TermRenderer) {
	if tr != nil && len(wc.idle[v]) < runtime.GOMAXPROCS(0) {
		wc.idle[v] = append(wc.idle[v], tr)
	}
}
