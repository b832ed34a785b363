package library

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

// benchLibrary is the library the benchmarks index: the folder
// RESOLUTE_LIBRARY_TEST names (the whole shared library, by hand:
// -benchtime=1x for BenchmarkIndexCold), else ten corpus resolutions in six
// languages. It returns the folder and its size in bytes.
func benchLibrary(b *testing.B) (string, int64) {
	b.Helper()
	root := os.Getenv("RESOLUTE_LIBRARY_TEST")
	if root == "" {
		root = makeLibrary(b, []string{"a-res-75-102", "a-res-76-138", "a-res-77-128", "a-res-77-147", "a-res-78-185",
			"a-res-79-10", "a-res-79-199", "a-res-80-74", "s-res-2511-2020", "s-res-2628-2022"},
			[]string{"ar", "en", "es", "fr", "ru", "zh"}, false)
	}
	var size int64
	filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() && isLibraryFile(p) {
			if info, err := d.Info(); err == nil {
				size += info.Size()
			}
		}
		return nil
	})
	return root, size
}

// indexedLibrary returns a library of benchLibrary, indexed.
func indexedLibrary(b *testing.B) *Library {
	root, _ := benchLibrary(b)
	l, _ := newTestLibrary(b, root)
	scan(b, l)
	return l
}

// BenchmarkIndexCold indexes the library into a new index: the bytes are
// those of the files.
func BenchmarkIndexCold(b *testing.B) {
	root, size := benchLibrary(b)
	b.SetBytes(size)
	dir := b.TempDir()
	for b.Loop() {
		db := filepath.Join(dir, "library.db")
		for _, s := range []string{"", "-wal", "-shm"} {
			os.Remove(db + s)
		}
		l := New(Config{Folders: []string{root}, DB: db})
		if _, err := l.Scan(context.Background(), nil); err != nil {
			b.Fatal(err)
		}
		l.Close()
	}
	if info, err := os.Stat(filepath.Join(dir, "library.db")); err == nil {
		b.ReportMetric(float64(info.Size())/float64(size), "index/files")
	}
}

// BenchmarkRescan scans the library again with nothing changed.
func BenchmarkRescan(b *testing.B) {
	l := indexedLibrary(b)
	for b.Loop() {
		if s, err := l.Scan(context.Background(), nil); err != nil || s.Read != 0 {
			b.Fatal(s, err)
		}
	}
}

// BenchmarkCitedBy lists the English documents citing A/RES/70/1, the
// 2030 Agenda, with their snippets, from an index opened afresh each time
// (as a command does).
func BenchmarkCitedBy(b *testing.B) {
	l := indexedLibrary(b)
	n := 0
	for b.Loop() {
		l2 := New(Config{Folders: l.Folders(), DB: l.DBPath()})
		c, err := l2.CitedBy("A/RES/70/1", "en")
		if err != nil || len(c) == 0 {
			b.Fatal(len(c), err)
		}
		n = len(c)
		l2.Close()
	}
	b.ReportMetric(float64(n), "citers")
}

// BenchmarkSearch searches every language for a phrase, a word and a
// Chinese substring, from an index opened afresh each time.
func BenchmarkSearch(b *testing.B) {
	l := indexedLibrary(b)
	for _, q := range []string{`"human rights"`, "peace", "可持续发展"} {
		b.Run(q, func(b *testing.B) {
			for b.Loop() {
				l2 := New(Config{Folders: l.Folders(), DB: l.DBPath()})
				h, err := l2.Search(q, "", 20)
				if err != nil || len(h) == 0 {
					b.Fatal(len(h), err)
				}
				l2.Close()
			}
		})
	}
}
