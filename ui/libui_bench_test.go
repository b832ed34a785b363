package ui

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"resolute/content"
	"resolute/library"
)

// benchLibrary returns the library RESOLUTE_LIBRARY_TEST names (the shared
// library), indexed in RESOLUTE_LIBRARY_TEST_DB when set (an index kept
// between runs), else in a new folder; it skips without it.
func benchLibrary(b *testing.B) *library.Library {
	b.Helper()
	root := os.Getenv("RESOLUTE_LIBRARY_TEST")
	if root == "" {
		b.Skip("RESOLUTE_LIBRARY_TEST is not set")
	}
	db := os.Getenv("RESOLUTE_LIBRARY_TEST_DB")
	if db == "" {
		db = filepath.Join(b.TempDir(), "library.db")
	}
	lib := library.New(library.Config{Folders: []string{root}, DB: db})
	b.Cleanup(func() { lib.Close() })
	if _, err := lib.Scan(context.Background(), nil); err != nil {
		b.Fatal(err)
	}
	return lib
}

// BenchmarkCitedByTab times the Cited by tab of much-cited resolutions on
// the shared library, from the Cmd that reads it to its lines laid out:
// A/RES/70/1, the 2030 Agenda (cited by 859 English documents; the
// library does not hold it, so a document of that symbol is made up), and
// S/RES/1325 (2000) (390).
func BenchmarkCitedByTab(b *testing.B) {
	lib := benchLibrary(b)
	for _, sym := range []string{"A/RES/70/1", "S/RES/1325 (2000)"} {
		b.Run(sym, func(b *testing.B) {
			d := &content.Document{Symbol: sym, Language: "en", Title: sym}
			m := newSized(d, Options{Library: lib}, 120, 40)
			citers := 0
			for b.Loop() {
				m.view.by = citedByList{}
				msg := m.loadCitedBy(m.view)()
				m.Update(msg)
				m.panel.lines(m.view, 40, false, nil)
				citers = len(m.view.by.citers)
			}
			b.ReportMetric(float64(citers), "citers")
		})
	}
}

// BenchmarkLibraryList times the library list on the shared library: its
// documents read and laid out (O), what of it Update and the first frame
// do, then a filter typed and its matches
// shown (/75/1 fr).
func BenchmarkLibraryList(b *testing.B) {
	lib := benchLibrary(b)
	m := newSized(&content.Document{Symbol: "A/RES/75/1", Language: "en"}, Options{Library: lib}, 120, 40)
	b.Run("open", func(b *testing.B) {
		for b.Loop() {
			run(m, m.openLibraryList())
			m.screen()
			m.closeBody()
		}
	})
	b.Run("update", func(b *testing.B) {
		// What Update and the frame do once the documents are read.
		m.openLibraryList()
		l := m.body.(*libList)
		msg := l.refresh(m)()
		for b.Loop() {
			m.Update(msg)
			m.screen()
		}
	})
	run(m, m.openLibraryList())
	l := m.body.(*libList)
	items := len(l.list.Items())
	b.Run("filter", func(b *testing.B) {
		var targets []string
		for _, it := range l.list.Items() {
			targets = append(targets, it.FilterValue())
		}
		for b.Loop() {
			libFilter("75/1 fr", targets)
		}
		b.ReportMetric(float64(items), "documents")
	})
}
