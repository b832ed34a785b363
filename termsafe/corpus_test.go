package termsafe

import (
	"path/filepath"
	"testing"

	"resolute/content/input"
	"resolute/internal/corpus"
)

// TestCorpusRendersLiterally renders every plain-text resolution of the
// shared corpus, escaped, through glamour and Filter, and checks that the
// terminal would show exactly the document's text and nothing foreign.
func TestCorpusRendersLiterally(t *testing.T) {
	if testing.Short() {
		t.Skip("renders the whole corpus")
	}
	root := corpus.Require(t)
	// One language per resolution, taken in turn, keeps the test to seconds
	// while covering all six scripts.
	dirs, _ := filepath.Glob(filepath.Join(root, "akn", "*", "gold.json"))
	langs := []string{"ar", "en", "es", "fr", "ru", "zh"}
	var files []string
	for i, d := range dirs {
		files = append(files, filepath.Join(filepath.Dir(d), langs[i%len(langs)]+".txt"))
	}
	more, _ := filepath.Glob(filepath.Join(root, "text", "*.txt"))
	files = append(files, more...)
	if len(dirs) == 0 {
		t.Fatalf("no resolutions in %s", root)
	}
	r := newRenderer(t)
	for _, f := range files {
		text, err := input.ReadFile(f)
		if err != nil {
			t.Errorf("ReadFile(%s): %v", f, err)
			continue
		}
		out := Filter(render(t, r, EscapeMarkdown(text)))
		if v := Violations(out); len(v) > 0 {
			t.Errorf("%s: %d foreign sequences, first %q", f, len(v), v[0])
		}
		if got, want := visible(out), visible(text); got != want {
			i := 0
			for i < len(got) && i < len(want) && got[i] == want[i] {
				i++
			}
			t.Errorf("%s: shows %q…, want %q…", f, got[i:min(len(got), i+40)], want[i:min(len(want), i+40)])
		}
	}
	t.Logf("%d corpus files rendered", len(files))
}
