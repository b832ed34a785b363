package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"resolute/compare"
	"resolute/content"
	"resolute/internal/cpumeter"
	"resolute/render"
)

// benchDiffPair returns two consecutive resolutions of about 200 KB of text
// each from the library RESOLUTE_LIBRARY_TEST names (the shared library):
// A/RES/78/68 and A/RES/79/145, Sustainable fisheries (276 and 287 KB of
// XML, 173 and 179 KB of text), skipping without it.
func benchDiffPair(b *testing.B) (string, string) {
	root := os.Getenv("RESOLUTE_LIBRARY_TEST")
	if root == "" {
		b.Skip("RESOLUTE_LIBRARY_TEST is not set")
	}
	dir := filepath.Join(root, "GAresolutions")
	old := filepath.Join(dir, "78session", "English", "A_RES_78_68-2324915E.xml")
	new := filepath.Join(dir, "79session", "English", "A_RES_79_145-2423839E.xml")
	for _, f := range []string{old, new} {
		if _, err := os.Stat(f); err != nil {
			b.Skip(err)
		}
	}
	return old, new
}

// BenchmarkDiffPipeline times, on two real resolutions of about 200 KB,
// what the reader needs before the first frame of a comparison: reading
// and parsing both (at once, as resolute diff does), aligning and
// diffing them, and rendering the blocks of a first screen of 30 rows at
// width 100; and each step alone.
func BenchmarkDiffPipeline(b *testing.B) {
	oldPath, newPath := benchDiffPair(b)
	parse := func(b *testing.B) (*content.Document, *content.Document) {
		var old *content.Document
		done := make(chan struct{})
		go func() {
			defer close(done)
			var err error
			if old, err = load(oldPath, "", nil); err != nil {
				b.Error(err)
			}
		}()
		new, err := load(newPath, "", nil)
		<-done
		if err != nil {
			b.Fatal(err)
		}
		return old, new
	}
	firstScreen := func(res *compare.Result) {
		r := render.NewDiffRenderer(res, "dark")
		for i, rows := 0, 0; i < r.Len() && rows < 30; i++ {
			rows += strings.Count(r.Render(i, 100), "\n") + 2
		}
	}
	old, new := parse(b)
	res := compare.Documents(old, new)
	for _, c := range []struct {
		name string
		run  func()
	}{
		{"all", func() { o, n := parse(b); firstScreen(compare.Documents(o, n)) }},
		{"parse", func() { parse(b) }},
		{"compare", func() { compare.Documents(old, new) }},
		{"first-screen", func() { firstScreen(res) }},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			cpu := cpumeter.Start()
			for b.Loop() {
				c.run()
			}
			cpu.Report(b, 0)
		})
	}
}
