package layout

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// visible is s without white space: the text a layout pass must keep.
func visible(s string) string {
	return strings.Join(strings.Fields(s), "")
}

// FuzzCanonical checks that Canonical never panics, keeps valid UTF-8 valid,
// leaves no trailing spaces, and that a second pass adds nothing.
func FuzzCanonical(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	for _, name := range files {
		if b, err := os.ReadFile(name); err == nil {
			f.Add(string(b))
		}
	}
	f.Add("1.\nDecides;\n_____\n1 note\n\nA/RES/1/1\n2/2\nText,1 more 20103\n")
	f.Add("(a)\n\f\n(b)\nI\nAnnex\nword-\ntion ;")
	f.Fuzz(func(t *testing.T, in string) {
		out := Canonical(in)
		HardWrapped(in)
		if utf8.ValidString(in) && !utf8.ValidString(out) {
			t.Fatalf("Canonical(%q) is not valid UTF-8: %q", in, out)
		}
		for _, l := range strings.Split(out, "\n") {
			if l != strings.TrimRight(l, " \t") {
				t.Fatalf("Canonical(%q) left trailing space: %q", in, out)
			}
		}
		// Idempotence holds on real documents (TestGolden, TestCorpus); on
		// arbitrary text a second pass may still join or part lines, but it
		// never adds text.
		if again := Canonical(out); utf8.RuneCountInString(visible(again)) > utf8.RuneCountInString(visible(out)) {
			t.Fatalf("second pass grew %q:\nonce:  %q\ntwice: %q", in, out, again)
		}
	})
}
