package render

import (
	"strings"
	"testing"

	"resolute/compare"
	"resolute/content"
	"resolute/internal/cpumeter"
)

// benchDiff returns the comparison of benchDoc (200 KB) with an edited
// copy of it: a word changed in every third paragraph, every seventeenth
// deleted, a paragraph inserted every twenty-third, and the size of the
// old text.
func benchDiff(b *testing.B) (*compare.Result, int) {
	b.Helper()
	old := benchDoc(b)
	new := *old
	part := old.Parts[0]
	var ops []content.Paragraph
	for i, p := range part.Operative {
		switch {
		case i%17 == 5:
			continue
		case i%23 == 7:
			ops = append(ops, content.Paragraph{ID: "new", Kind: content.Operative, Text: "Decides to remain seized of the matter."})
		case i%3 == 0:
			p.Text = strings.Replace(p.Text, " the ", " its ", 1)
		}
		ops = append(ops, p)
	}
	size := 0
	for _, u := range old.Units() {
		size += len(u.Text)
	}
	new.Parts = []content.Part{{Preamble: part.Preamble, Operative: ops}}
	return compare.Documents(old, &new), size
}

// BenchmarkDiffRenderAll renders every block of a 200 KB comparison at
// width 100, inline and side by side, from a new renderer each time (what
// --format ansi and the reader's background rendering do).
func BenchmarkDiffRenderAll(b *testing.B) {
	res, size := benchDiff(b)
	for _, c := range []struct {
		name string
		make func(*compare.Result, string) *DiffRenderer
	}{{"inline", NewDiffRenderer}, {"side", NewSideBySideRenderer}} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(size))
			b.ReportAllocs()
			cpu := cpumeter.Start()
			for b.Loop() {
				c.make(res, "dark").RenderAll(100)
			}
			cpu.Report(b, size)
		})
	}
}

// BenchmarkDiffFirstScreen renders, from a new renderer, the blocks of a
// 200 KB comparison that fill the first screen of 30 rows at width 100:
// what the reader does before its first frame.
func BenchmarkDiffFirstScreen(b *testing.B) {
	res, _ := benchDiff(b)
	b.ReportAllocs()
	cpu := cpumeter.Start()
	for b.Loop() {
		r := NewDiffRenderer(res, "dark")
		for i, rows := 0, 0; i < r.Len() && rows < 30; i++ {
			rows += strings.Count(r.Render(i, 100), "\n") + 2
		}
	}
	cpu.Report(b, 0)
}
