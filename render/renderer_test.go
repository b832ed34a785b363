package render

import (
	"strings"
	"sync"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

func TestRendererCache(t *testing.T) {
	r := NewRenderer(Blocks(fixture()), "dark")
	if r.Cached(0, 80) {
		t.Fatal("cached before rendering")
	}
	first := r.Render(0, 80)
	if !r.Cached(0, 80) || r.Cached(1, 80) || r.Cached(0, 81) {
		t.Fatal("Cached does not match what was rendered")
	}
	if again := r.Render(0, 80); again != first {
		t.Fatal("cached output differs")
	}
	for _, i := range []int{-1, r.Len(), 1 << 30} {
		if r.Render(i, 80) != "" || r.Cached(i, 80) {
			t.Errorf("block %d out of range renders", i)
		}
	}
	// More widths than the cache keeps: the oldest goes.
	for w := 60; w < 60+maxWidths; w++ {
		r.Render(0, w)
	}
	if r.Cached(0, 80) {
		t.Error("the least recently used width was not dropped")
	}
	if !r.Cached(0, 60+maxWidths-1) {
		t.Error("the latest width was dropped")
	}
}

func TestRenderAllMatchesRender(t *testing.T) {
	blocks := Blocks(fixture())
	all := NewRenderer(blocks, "light").RenderAll(72)
	one := NewRenderer(blocks, "light")
	for i := range blocks {
		if got := one.Render(i, 72); got != all[i] {
			t.Errorf("block %d: RenderAll and Render differ", i)
		}
		if strings.TrimSpace(all[i]) == "" {
			t.Errorf("block %d (%s) renders empty", i, blocks[i].ID)
		}
	}
}

func TestRenderConcurrent(t *testing.T) {
	r := NewRenderer(Blocks(fixture()), "dark")
	want := NewRenderer(Blocks(fixture()), "dark").RenderAll(50)
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range r.Len() * 2 {
				i := (k + g) % r.Len()
				width := 50 + k%3*10
				if s := r.Render(i, width); width == 50 && s != want[i] {
					t.Errorf("block %d differs under concurrency", i)
				}
				r.Cached(i, width)
			}
		}()
	}
	wg.Wait()
}

func TestStyles(t *testing.T) {
	d := fixture()
	plain := ANSI(d, 80, "notty")
	if strings.Contains(plain, "\x1b") {
		t.Error("notty output has escape sequences")
	}
	if ANSI(d, 80, "no-such-style") != ANSI(d, 80, "dark") {
		t.Error("an unknown style does not render as dark")
	}
	dark := ANSI(d, 80, "dark")
	if !strings.Contains(dark, "\x1b[") {
		t.Error("dark output has no styles")
	}
	for _, l := range strings.Split(dark, "\n") {
		if strings.HasSuffix(l, " ") {
			t.Fatalf("line keeps trailing padding: %q", l)
		}
	}
	if ANSI(nil, 80, "dark") != "" {
		t.Error("a nil document renders")
	}
}

// TestCodeBlockWithoutHighlighter checks that glamour still renders a code
// block, as plain text, with the stand-in for its syntax highlighter
// (internal/nochroma, see go.mod).
func TestCodeBlockWithoutHighlighter(t *testing.T) {
	for _, style := range []string{"dark", "light", "ascii"} {
		tr, err := newTermRenderer(style, 60, normal)
		if err != nil {
			t.Fatal(err)
		}
		out, err := tr.Render("Text.\n\n```go\nfunc main() { x := 1 }\n```\n")
		if err != nil {
			t.Fatalf("%s: %v", style, err)
		}
		if !strings.Contains(ansi.Strip(out), "func main() { x := 1 }") {
			t.Errorf("%s: code block lost: %q", style, out)
		}
	}
}
