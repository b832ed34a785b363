package export

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestGolden writes Text of the made-up XML resolutions of content/akn's
// testdata and compares it with testdata/*.golden.txt. Run with -update to
// rewrite.
func TestGolden(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "content", "akn", "testdata", "*.xml"))
	if len(files) == 0 {
		t.Fatal("no XML in ../content/akn/testdata")
	}
	for _, f := range files {
		got := Text(parseXML(t, f)) + "\n"
		golden := filepath.Join("testdata", strings.TrimSuffix(filepath.Base(f), ".xml")+".golden.txt")
		if *update {
			if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run go test -run TestGolden -update)", err)
		}
		if got != string(want) {
			t.Errorf("%s: text differs from %s (run with -update and review the diff)\n%s", f, golden, got)
		}
	}
}
