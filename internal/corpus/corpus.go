// Package corpus finds the shared corpus for tests: ../shared/corpus
// beside the module, the UN's own texts, XML and PDFs with their gold
// facts.
//
// Tests reach it through the symbolic link internal/corpus/shared
// (-> ../../../shared), a path inside the module: go's test cache rechecks
// the files and folders a test looked at only inside the module, so
// through the link a corpus that appears or changes makes the tests that
// read it run again instead of reporting "(cached)".
//
// A test that needs the corpus calls Require, which skips it when the
// corpus is absent, saying so, or fails it when the environment variable
// RESOLUTE_REQUIRE_CORPUS is 1 (as .ci/run sets it).
package corpus

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// RequireEnv names the environment variable that, set to 1, makes a
// missing corpus fail the tests that need it instead of skipping them.
const RequireEnv = "RESOLUTE_REQUIRE_CORPUS"

// Dir is the corpus folder, seen through the module's link, and whether
// it is there.
func Dir() (string, bool) {
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		return "", false
	}
	dir := filepath.Join(filepath.Dir(file), "shared", "corpus")
	fi, err := os.Stat(dir)
	return dir, err == nil && fi.IsDir()
}

// Path is the corpus path made of elem, whether or not it exists, for a
// test that uses the corpus when it is there and carries on without it.
func Path(elem ...string) string {
	dir, _ := Dir()
	return filepath.Join(append([]string{dir}, elem...)...)
}

// Require is the corpus path made of elem. When the corpus is absent it
// skips tb with a message, or fails it if RESOLUTE_REQUIRE_CORPUS=1; when
// the corpus is there but not the path, it fails tb.
func Require(tb testing.TB, elem ...string) string {
	tb.Helper()
	dir, ok := Dir()
	if !ok {
		if os.Getenv(RequireEnv) == "1" {
			tb.Fatalf("the shared corpus is absent (%s), and %s=1", dir, RequireEnv)
		}
		tb.Skipf("the shared corpus is absent (%s): skipped; put ../shared beside the clone, or set %s=1 to fail instead", dir, RequireEnv)
	}
	path := filepath.Join(append([]string{dir}, elem...)...)
	if _, err := os.Stat(path); err != nil {
		tb.Fatalf("the shared corpus lacks %s: %v", path, err)
	}
	return path
}
