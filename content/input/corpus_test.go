package input

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"resolute/internal/corpus"
)

// corpusFiles returns the text and XML files of the shared corpus, skipping
// t when the corpus is absent.
func corpusFiles(t *testing.T) []string {
	t.Helper()
	root := corpus.Require(t)
	var files []string
	for _, pat := range []string{"akn/*/*.txt", "akn/*/*.xml", "text/*.txt"} {
		m, err := filepath.Glob(filepath.Join(root, pat))
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	if len(files) == 0 {
		t.Skipf("corpus at %s holds no text", root)
	}
	return files
}

// TestCorpusDecodes checks that every corpus file decodes and that Decode
// changes nothing but line endings, page breaks and what Clean must remove.
func TestCorpusDecodes(t *testing.T) {
	changed := 0
	for _, f := range corpusFiles(t) {
		text, err := ReadFile(f)
		if err != nil {
			t.Errorf("ReadFile(%s): %v", f, err)
			continue
		}
		raw, _ := os.ReadFile(f)
		want := strings.TrimPrefix(strings.ReplaceAll(string(raw), "\r\n", "\n"), "\ufeff")
		if text != want {
			changed++
			if n := len(want) - len(text); n < 0 || n > len(want)/100 {
				t.Errorf("ReadFile(%s) changed %d bytes, want a few", f, n)
			}
		}
	}
	t.Logf("Decode changed %d corpus files beyond line endings", changed)
}
