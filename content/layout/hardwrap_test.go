package layout

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"resolute/internal/corpus"
)

func TestHardWrapped(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{"empty", "", false},
		{"canonical", "The General Assembly,\n\nRecalling its resolution 1,\n\n1. Decides to act;\n\n2. Requests a report.\n", false},
		{"wrapped", "The General Assembly,\n\nRecalling its resolution 1 of\n2 December 2004 and its\nresolution 2,\n\n1. Decides to\nact now;\n", true},
		{"furniture", "Some text.\n\n24-21660\n2/4\n\nMore text.\n", true},
	}
	for _, tt := range tests {
		if got := HardWrapped(tt.in); got != tt.want {
			t.Errorf("HardWrapped(%s) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestHardWrappedCorpus checks that the canonical texts of the corpus are
// not taken for hard-wrapped ones, and the PDF and OCR texts are.
func TestHardWrappedCorpus(t *testing.T) {
	dir := corpus.Require(t)
	canon, _ := filepath.Glob(filepath.Join(dir, "akn", "*", "*.txt"))
	wrapped, _ := filepath.Glob(filepath.Join(dir, "text", "*.en.txt"))
	if len(canon) == 0 || len(wrapped) == 0 {
		t.Fatalf("no texts in %s", dir)
	}
	canon = append(canon, filepath.Join(dir, "text", "a-res-65-122.es.txt"))
	for _, f := range append(canon, wrapped...) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		want := strings.HasSuffix(f, ".en.txt") && strings.Contains(f, "/text/")
		got := HardWrapped(string(b))
		switch {
		case !want && got:
			t.Errorf("HardWrapped(%s) = true, want false", f)
		case want && !got:
			// An OCR text with long lines (sc-1-1946) may pass for
			// canonical; it then reads well without Canonical.
			t.Logf("HardWrapped(%s) = false", f)
		}
		if want {
			if got := HardWrapped(Canonical(string(b))); got {
				t.Errorf("HardWrapped(Canonical(%s)) = true, want false", f)
			}
		}
	}
}
