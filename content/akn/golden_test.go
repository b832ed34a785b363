package akn

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"resolute/content/cite"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestGolden reads each testdata/*.xml and compares the Document, as
// indented JSON, with testdata/*.golden.json. Run with -update to rewrite.
func TestGolden(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.xml"))
	if len(files) == 0 {
		t.Fatal("no testdata")
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		// Citations from links only: the golden files test this package,
		// not the citation scanner.
		root, err := readTreeBytes(data, filepath.Base(f))
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		b := newBuilder(filepath.Base(f))
		b.buildFrom(root)
		b.mergeCitations(func(string, string, string) []cite.Match { return nil })
		d := b.doc
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(d); err != nil {
			t.Fatal(err)
		}
		golden := strings.TrimSuffix(f, ".xml") + ".golden.json"
		if *update {
			if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run go test -run TestGolden -update)", err)
		}
		if !bytes.Equal(buf.Bytes(), want) {
			t.Errorf("%s: Document differs from %s (run with -update and review the diff)\n%s", f, golden, buf.String())
		}
	}
}
