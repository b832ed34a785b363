package content

import (
	"math/rand"
	"os"
	"path/filepath"
	"testing"
)

// fuzzSeeds returns the fixtures, cut to their last 700 bytes: small seeds
// keep the fuzzer fast.
func fuzzSeeds() []string {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	out := []string{"", "*The General Assembly*,\n\n1. *Decides*\n\n¹ note"}
	for _, name := range files {
		if b, err := os.ReadFile(name); err == nil {
			out = append(out, string(b[max(0, len(b)-700):]))
		}
	}
	return out
}

// checkDocument fails t when d has a repeated id or a footnote attached to a
// paragraph that does not exist.
func checkDocument(t *testing.T, d *Document) {
	t.Helper()
	seen := map[string]bool{}
	var items func([]Item)
	items = func(its []Item) {
		for _, it := range its {
			if seen[it.ID] {
				t.Fatalf("duplicate id %q", it.ID)
			}
			seen[it.ID] = true
			items(it.Items)
		}
	}
	check := func(ps []Paragraph) {
		for _, p := range ps {
			if seen[p.ID] {
				t.Fatalf("duplicate id %q", p.ID)
			}
			seen[p.ID] = true
			items(p.Items)
		}
	}
	for _, p := range d.Parts {
		check(p.Preamble)
		check(p.Operative)
	}
	for _, a := range d.Annexes {
		check(a.Paragraphs)
	}
	for _, fn := range d.Footnotes {
		if fn.Paragraph != "" && !seen[fn.Paragraph] {
			t.Fatalf("footnote %s on missing paragraph %q", fn.Marker, fn.Paragraph)
		}
	}
}

// FuzzParse checks that Parse never panics, gives every paragraph and item a
// unique id and attaches footnotes only to paragraphs that exist.
func FuzzParse(f *testing.F) {
	for _, s := range fuzzSeeds() {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkDocument(t, Parse(text, Options{}))
	})
}

// TestParseMutations runs the FuzzParse checks on a fixed set of mutated
// fixtures, so that every plain test run covers odd input too.
func TestParseMutations(t *testing.T) {
	pieces := []string{"\n", "\n\n", "*", "¹", "²³", "(a)", "(i)", "1. ", "A", "I", "II\n\n", "Annex", "\n1 - ", "’1‘", "㈠",
		"The General Assembly,", "大会，", "إن الجمعية العامة،", " ", "\xff", "-", "50th plenary meeting", "(h)", "\n\n(i) x;"}
	seeds := fuzzSeeds()
	r := rand.New(rand.NewSource(1))
	for i := 0; i < 1500; i++ {
		s := seeds[r.Intn(len(seeds))]
		for k := r.Intn(12); k >= 0; k-- {
			p := r.Intn(len(s) + 1)
			if r.Intn(2) == 0 {
				s = s[:p] + pieces[r.Intn(len(pieces))] + s[p:]
			} else {
				s = s[:p] + s[min(len(s), p+r.Intn(40)):]
			}
		}
		checkDocument(t, Parse(s, Options{}))
	}
}
