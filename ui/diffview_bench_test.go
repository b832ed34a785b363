package ui

import (
	"os"
	"path/filepath"
	"testing"

	tea "charm.land/bubbletea/v2"

	"resolute/compare"
	"resolute/content"
	"resolute/internal/corpus"
	"resolute/internal/cpumeter"
	"resolute/library"
)

// benchDiffFiles returns the two real resolutions of about 200 KB that
// BenchmarkDiffPipeline (package main) compares: A/RES/78/68 and
// A/RES/79/145, Sustainable fisheries, from the library RESOLUTE_LIBRARY_TEST
// names (the shared library); the corpus's A/RES/76/144 and A/RES/78/185
// (about 50 KB) without it.
func benchDiffFiles(b *testing.B) (old, new string) {
	if root := os.Getenv("RESOLUTE_LIBRARY_TEST"); root != "" {
		dir := filepath.Join(root, "GAresolutions")
		old = filepath.Join(dir, "78session", "English", "A_RES_78_68-2324915E.xml")
		new = filepath.Join(dir, "79session", "English", "A_RES_79_145-2423839E.xml")
		for _, f := range []string{old, new} {
			if _, err := os.Stat(f); err != nil {
				b.Skip(err)
			}
		}
		return old, new
	}
	return corpus.Require(b, "akn", "a-res-76-144", "en.xml"), corpus.Require(b, "akn", "a-res-78-185", "en.xml")
}

// BenchmarkDiffFirstFrame times the first frame of the reader of a
// comparison of two real resolutions: "all" from the two files (read and
// parsed at once, as resolute diff does; aligned and diffed; the reader
// made, sized, its visible blocks rendered and its first View drawn),
// "reader" from the comparison (NewComparison to the first View).
func BenchmarkDiffFirstFrame(b *testing.B) {
	oldPath, newPath := benchDiffFiles(b)
	parse := func(b *testing.B) (*content.Document, *content.Document) {
		var old *library.Opened
		var oldErr error
		done := make(chan struct{})
		go func() {
			defer close(done)
			old, oldErr = library.Open(oldPath, library.OpenOptions{})
		}()
		new, err := library.Open(newPath, library.OpenOptions{})
		<-done
		if err != nil || oldErr != nil {
			b.Fatal(err, oldErr)
		}
		return old.Doc, new.Doc
	}
	frame := func(res *compare.Result, old, new *content.Document) {
		m := NewComparison(res, old, new, Options{Style: "dark"}).(*model)
		m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
		renderFirst(m)
		_ = m.View()
	}
	old, new := parse(b)
	res := compare.Documents(old, new)
	b.Run("all", func(b *testing.B) {
		b.ReportAllocs()
		cpu := cpumeter.Start()
		for b.Loop() {
			o, n := parse(b)
			frame(compare.Documents(o, n), o, n)
		}
		cpu.Report(b, 0)
	})
	b.Run("reader", func(b *testing.B) {
		b.ReportAllocs()
		cpu := cpumeter.Start()
		for b.Loop() {
			frame(res, old, new)
		}
		cpu.Report(b, 0)
	})
	b.Run("side-by-side", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			m := NewComparison(res, old, new, Options{Style: "dark"}).(*model)
			m.Update(tea.WindowSizeMsg{Width: 160, Height: 40})
			renderFirst(m)
			m.toggleSide()
			renderFirst(m)
			_ = m.View()
		}
	})
}
