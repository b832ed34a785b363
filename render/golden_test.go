package render

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"resolute/content"
	"resolute/internal/corpus"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// corpusDir returns the shared corpus directory, skipping the test when it is
// absent.
func corpusDir(t testing.TB) string {
	t.Helper()
	return corpus.Require(t)
}

// golden compares got with testdata/name, or rewrites it under -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from the golden file; got:\n%s", name, got)
	}
}

func TestGolden(t *testing.T) {
	docs := []struct {
		name string
		doc  *content.Document
	}{
		{"fixture", fixture()},
		{"multipart", multipart()},
	}
	for _, d := range docs {
		t.Run(d.name, func(t *testing.T) {
			golden(t, d.name+".md", Markdown(d.doc))
			golden(t, d.name+".ascii80.txt", ANSI(d.doc, 80, "ascii"))
		})
	}
}

func TestGoldenSample(t *testing.T) {
	path := filepath.Join("..", "sample", "a-res-65-122.es.txt")
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("sample not found: %v", err)
	}
	d := content.Parse(string(raw), content.Options{})
	if len(d.Parts) == 0 || d.Title == "" {
		t.Skip("content.Parse does not read the sample yet")
	}
	golden(t, "sample.md", Markdown(d))
	golden(t, "sample.ascii80.txt", ANSI(d, 80, "ascii"))
}
