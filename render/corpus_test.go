package render

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"resolute/content"
)

// TestCorpus renders every corpus text in every language: each paragraph
// gets its block, each footnote is shown once, and every line fits.
func TestCorpus(t *testing.T) {
	dir := corpusDir(t)
	files, _ := filepath.Glob(filepath.Join(dir, "akn", "*", "*.txt"))
	more, _ := filepath.Glob(filepath.Join(dir, "text", "*.txt"))
	files = append(files, more...)
	if len(files) == 0 {
		t.Skip("no corpus texts")
	}
	for n, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		name := strings.TrimPrefix(f, dir+string(filepath.Separator))
		d := content.Parse(string(raw), content.Options{})
		blocks := Blocks(d)
		ids := make(map[string]bool)
		var plain strings.Builder
		for _, b := range blocks {
			if ids[b.ID] {
				t.Errorf("%s: two blocks have id %q", name, b.ID)
			}
			ids[b.ID] = true
			plain.WriteString(b.Plain + "\n")
		}
		for _, u := range d.Units() {
			if u.Footnote == "" && !ids[paragraphID(u.ID)] {
				t.Errorf("%s: no block for %s", name, u.ID)
			}
		}
		for _, fn := range d.Footnotes {
			if text := clean(fn.Text); text != "" && !strings.Contains(plain.String(), text) {
				t.Errorf("%s: footnote %s is not shown", name, fn.Marker)
			}
		}
		width, style := 40+n%5*30, []string{"dark", "ascii"}[n%2]
		for i, line := range strings.Split(ANSI(d, width, style), "\n") {
			if w := ansi.StringWidth(line); w > width {
				t.Errorf("%s: %s width %d: line %d has %d cells", name, style, width, i, w)
				break
			}
		}
	}
}
