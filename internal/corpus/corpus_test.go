package corpus

import (
	"os"
	"path/filepath"
	"testing"
)

// TestPresent says whether the corpus checks run: it fails when
// RESOLUTE_REQUIRE_CORPUS=1 and the corpus is absent, and otherwise skips
// with a message. With the corpus, it checks its layout.
func TestPresent(t *testing.T) {
	dir := Require(t)
	for _, sub := range []string{"akn", "text", "pdf"} {
		if fi, err := os.Stat(filepath.Join(dir, sub)); err != nil || !fi.IsDir() {
			t.Errorf("the corpus has no folder %s: %v", sub, err)
		}
	}
	if Path("akn") != filepath.Join(dir, "akn") {
		t.Errorf("Path(akn) = %s, not under %s", Path("akn"), dir)
	}
}

// TestPathInsideModule checks what makes go's test cache see the corpus:
// Dir is a path inside the module (the cache rechecks only those), reached
// through a relative symbolic link that resolves beside the clone.
func TestPathInsideModule(t *testing.T) {
	module, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(module, "go.mod")); err != nil {
		t.Fatalf("no module root at %s: %v", module, err)
	}
	dir, _ := Dir()
	if rel, err := filepath.Rel(module, dir); err != nil || rel != filepath.Join("internal", "corpus", "shared", "corpus") {
		t.Errorf("Dir() = %s, not internal/corpus/shared/corpus inside %s", dir, module)
	}
	fi, err := os.Lstat("shared")
	if err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("internal/corpus/shared is not a symbolic link: %v", err)
	}
	if target, err := os.Readlink("shared"); err != nil || target != filepath.Join("..", "..", "..", "shared") {
		t.Errorf("internal/corpus/shared -> %q (%v); want ../../../shared, beside the clone", target, err)
	}
}
