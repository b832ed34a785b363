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
