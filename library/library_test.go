package library

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"resolute/internal/corpus"
)

// corpusAKN is the shared corpus of the UN's XML (corpus.Require).
func corpusAKN(t testing.TB) string {
	t.Helper()
	return corpus.Require(t, "akn")
}

// langFolders name the folders of the UN's repositories.
var langFolders = map[string]string{"ar": "Arabic", "en": "English", "es": "Spanish", "fr": "French", "ru": "Russian", "zh": "Chinese"}

// makeLibrary copies the XML (and, with text, the .txt) of the corpus
// resolutions slugs in languages langs into a new folder laid out as the
// UN's repositories are, three levels deep, and returns it.
func makeLibrary(t testing.TB, slugs, langs []string, text bool) string {
	t.Helper()
	corpusDir := corpusAKN(t)
	root := t.TempDir()
	for _, slug := range slugs {
		organ := "GAresolutions"
		if strings.HasPrefix(slug, "s-") {
			organ = "SCresolutions"
		}
		session := strings.Split(slug, "-")[2]
		for _, l := range langs {
			dir := filepath.Join(root, organ, session+"session", langFolders[l])
			if err := os.MkdirAll(dir, 0o755); err != nil {
				t.Fatal(err)
			}
			exts := []string{".xml"}
			if text {
				exts = append(exts, ".txt")
			}
			for _, ext := range exts {
				b, err := os.ReadFile(filepath.Join(corpusDir, slug, l+ext))
				if err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(filepath.Join(dir, slug+"_"+l+ext), b, 0o644); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	return root
}

// newTestLibrary returns a library of folders with its index in a new
// folder, and the notices it gives.
func newTestLibrary(t testing.TB, folders ...string) (*Library, *[]string) {
	t.Helper()
	var mu sync.Mutex
	notices := &[]string{}
	l := New(Config{Folders: folders, DB: filepath.Join(t.TempDir(), "cache", "resolute", "library.db"),
		Notice: func(s string) { mu.Lock(); *notices = append(*notices, s); mu.Unlock() }})
	t.Cleanup(func() { l.Close() })
	return l, notices
}

func scan(t testing.TB, l *Library) Summary {
	t.Helper()
	s, err := l.Scan(context.Background(), nil)
	if err != nil {
		t.Fatalf("Scan: %v", err)
	}
	return s
}

var testSlugs = []string{"a-res-77-128", "a-res-78-247", "a-res-79-10", "s-res-2511-2020"}

func TestScanFindOpen(t *testing.T) {
	root := makeLibrary(t, testSlugs, []string{"en", "fr", "zh"}, true)
	l, notices := newTestLibrary(t, root)
	if got := l.Status("A/RES/77/128"); got != NotIndexed {
		t.Errorf("Status before any scan = %v, want NotIndexed", got)
	}
	s := scan(t, l)
	if s.Files != 24 || s.Read != 24 || s.Documents != 24 || len(s.Failures) != 0 {
		t.Errorf("Summary = %+v", s)
	}
	if s.Languages["en"] != 8 || s.Languages["fr"] != 8 || s.Languages["zh"] != 8 {
		t.Errorf("Languages = %v", s.Languages)
	}
	if len(*notices) != 0 {
		t.Errorf("notices: %q", *notices)
	}
	for _, sym := range []string{"A/RES/77/128 A-B", "A/RES/77/128", "77/128", "a/res/77/128b", "S/RES/2511 (2020)", "s/res/2511(2020)", "2511 (2020)"} {
		if st := l.Status(sym); st != Held {
			t.Errorf("Status(%q) = %v, want Held", sym, st)
		}
	}
	if st := l.Status("A/RES/1/1"); st != NotHeld {
		t.Errorf("Status(A/RES/1/1) = %v, want NotHeld", st)
	}
	if got := l.Languages("77/128"); !slices.Equal(got, []string{"en", "fr", "zh"}) {
		t.Errorf("Languages = %v", got)
	}
	e, err := l.Find("77/128", "fr")
	if err != nil || e.Language != "fr" || !strings.Contains(e.Path, "French") || e.Kind != KindXML || e.Session != "77" || e.Date == "" {
		t.Errorf("Find(77/128, fr) = %+v, %v", e, err)
	}
	if _, err := l.Find("77/128", "ru"); !errors.Is(err, ErrNotHeld) || !strings.Contains(err.Error(), "en, fr, zh") {
		t.Errorf("Find in a language not held: %v", err)
	}
	if e, err := l.Find("2511 (2020)", ""); err != nil || e.Language != "en" || e.Year != "2020" {
		t.Errorf("Find(2511 (2020)) = %+v, %v (want English first)", e, err)
	}
	o, err := l.Open("A/RES/77/128", "zh", OpenOptions{})
	if err != nil || o.Doc.Language != "zh" || o.Doc.Symbol == "" {
		t.Fatalf("Open = %+v, %v", o, err)
	}
	docs, err := l.Documents(Filter{Lang: "en"})
	if err != nil || len(docs) != len(testSlugs) { // each held as XML and as text: listed once
		t.Errorf("Documents(en) = %d, %v; want %d", len(docs), err, len(testSlugs))
	}
	for i := 1; i < len(docs); i++ {
		if docs[i].Date > docs[i-1].Date {
			t.Errorf("Documents not newest first: %s after %s", docs[i].Date, docs[i-1].Date)
		}
	}
	hits, err := l.Search("和平", "", 5)
	if err != nil || len(hits) == 0 || hits[0].Language != "zh" || !strings.Contains(hits[0].Snippet, "和平") {
		t.Errorf("Search(和平) = %+v, %v", hits, err)
	}
	hits, err = l.Search("resolution", "fr", 5)
	if err != nil || len(hits) == 0 {
		t.Errorf("Search(resolution, fr), accents folded = %+v, %v", hits, err)
	}
	for _, h := range hits {
		m := strings.ToLower(h.Snippet[h.Mark[0]:h.Mark[1]])
		if h.Language != "fr" || m != "résolution" && m != "resolution" {
			t.Errorf("hit %+v: mark %q", h, m)
		}
	}
}

func TestRescanIncremental(t *testing.T) {
	root := makeLibrary(t, testSlugs[:2], []string{"en", "es"}, false)
	l, _ := newTestLibrary(t, root)
	scan(t, l)
	start := time.Now()
	if s := scan(t, l); s.Read != 0 || s.Removed != 0 || s.Documents != 4 {
		t.Errorf("second scan = %+v, want nothing read", s)
	}
	t.Logf("re-scan of 4 files: %v", time.Since(start))
	// A file changed: re-read; a file removed: dropped.
	var xmls []string
	filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(p, ".xml") {
			xmls = append(xmls, p)
		}
		return nil
	})
	slices.Sort(xmls)
	b, _ := os.ReadFile(xmls[0])
	os.WriteFile(xmls[0], append(b, '\n'), 0o644)
	os.Remove(xmls[1])
	s := scan(t, l)
	if s.Read != 1 || s.Removed != 1 || s.Documents != 3 || s.Files != 3 {
		t.Errorf("after a change and a removal: %+v", s)
	}
	// A folder dropped from the library leaves the index.
	l2 := New(Config{Folders: nil, DB: l.DBPath()})
	defer l2.Close()
	if s := scan(t, l2); s.Documents != 0 || s.Removed != 3 {
		t.Errorf("after dropping the folder: %+v", s)
	}
}

func TestWalkLoopsLinksAndOddFiles(t *testing.T) {
	root := t.TempDir()
	sub := filepath.Join(root, "a", "b", "c")
	os.MkdirAll(sub, 0o755)
	os.MkdirAll(filepath.Join(root, ".git"), 0o755)
	for _, p := range []string{"a/one.xml", "a/b/two.TXT", "a/b/c/three.pdf", "a/b/c/notes.md", ".git/x.xml"} {
		os.WriteFile(filepath.Join(root, p), []byte("x"), 0o644)
	}
	os.Symlink(root, filepath.Join(sub, "loop"))                                     // a loop
	os.Symlink(filepath.Join(root, "a"), filepath.Join(root, "again"))               // the same folder twice
	os.Symlink(filepath.Join(root, "a", "one.xml"), filepath.Join(root, "link.xml")) // the same file twice
	os.Symlink(filepath.Join(root, "gone.xml"), filepath.Join(root, "dangling.xml"))
	if err := syscall.Mkfifo(filepath.Join(root, "pipe.xml"), 0o644); err != nil {
		t.Fatal(err)
	}
	w := newWalker()
	done := make(chan bool)
	go func() { done <- w.root(root) }()
	select {
	case ok := <-done:
		if !ok {
			t.Fatal("root not walked")
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the walk does not end (a loop?)")
	}
	var got []string
	for _, c := range w.files {
		rel, _ := filepath.Rel(root, c.path)
		got = append(got, rel)
	}
	slices.Sort(got)
	// "again/…" and "link.xml" lead to files already found, whichever
	// path came first.
	if len(got) != 3 {
		t.Errorf("files = %q, want one.xml, two.TXT, three.pdf once each", got)
	}
	for _, want := range []string{"one.xml", "two.TXT", "three.pdf"} {
		n := 0
		for _, g := range got {
			if filepath.Base(g) == want {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%s found %d times in %q", want, n, got)
		}
	}
	if len(w.fails) != 1 || filepath.Base(w.fails[0].Path) != "dangling.xml" {
		t.Errorf("failures = %+v, want the dangling link only", w.fails)
	}
}

func TestUnreadableFolder(t *testing.T) {
	root := makeLibrary(t, testSlugs[:2], []string{"en", "fr"}, false)
	l, _ := newTestLibrary(t, root)
	locked := filepath.Join(root, "GAresolutions", "77session", "French")
	l.test.readDir = func(dir string) ([]os.DirEntry, error) {
		if dir == locked {
			return nil, &fs.PathError{Op: "open", Path: dir, Err: syscall.EACCES}
		}
		return os.ReadDir(dir)
	}
	s := scan(t, l)
	if s.Documents != 3 || len(s.Failures) != 1 || s.Failures[0].Path != locked || s.Failures[0].Err != "permission denied" {
		t.Errorf("Summary = %+v", s)
	}
	if os.Geteuid() != 0 {
		// For real, where permissions hold.
		l2, _ := newTestLibrary(t, root)
		os.Chmod(locked, 0)
		defer os.Chmod(locked, 0o755)
		if s := scan(t, l2); s.Documents != 3 || len(s.Failures) != 1 {
			t.Errorf("with a folder chmod 0: %+v", s)
		}
	}
}

func TestFileChangedOrDeletedWhileIndexed(t *testing.T) {
	root := makeLibrary(t, testSlugs[:3], []string{"en"}, false)
	l, _ := newTestLibrary(t, root)
	var files []string
	filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			files = append(files, p)
		}
		return nil
	})
	slices.Sort(files)
	deleted, changed := files[0], files[1]
	l.test.beforeRead = func(p string) {
		switch p {
		case deleted:
			os.Remove(p)
		case changed:
			b, _ := os.ReadFile(p)
			os.WriteFile(p, append(b, "\n<!-- changed -->\n"...), 0o644)
			future := time.Now().Add(time.Hour)
			os.Chtimes(p, future, future)
		}
	}
	s := scan(t, l)
	if s.Documents != 2 || len(s.Failures) != 0 {
		t.Errorf("Summary = %+v, want the deleted file neither indexed nor failed", s)
	}
	l.test.beforeRead = nil
	if s := scan(t, l); s.Read != 1 || s.Documents != 2 {
		t.Errorf("next scan = %+v, want the changed file read again", s)
	}
}

// treeSum is a digest of every path, mode and content under root.
func treeSum(t *testing.T, root string) string {
	h := sha256.New()
	filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		info, _ := d.Info()
		fmt.Fprintf(h, "%s %v %d\n", p, info.Mode(), info.ModTime().UnixNano())
		if d.Type().IsRegular() {
			b, _ := os.ReadFile(p)
			h.Write(b)
		}
		return nil
	})
	return fmt.Sprintf("%x", h.Sum(nil))
}

func TestReadOnlyLibrary(t *testing.T) {
	root := makeLibrary(t, testSlugs[:2], []string{"en", "ru"}, false)
	filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if d.IsDir() {
			defer os.Chmod(p, 0o555)
		} else {
			os.Chmod(p, 0o444)
		}
		return nil
	})
	t.Cleanup(func() {
		filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error { os.Chmod(p, 0o755); return nil })
	})
	before := treeSum(t, root)
	l, _ := newTestLibrary(t, root)
	if s := scan(t, l); s.Documents != 4 || len(s.Failures) != 0 {
		t.Errorf("Summary = %+v", s)
	}
	if _, err := l.CitedBy("A/RES/70/1", ""); err != nil {
		t.Error(err)
	}
	if after := treeSum(t, root); after != before {
		t.Error("indexing changed the library's folders")
	}
}

func TestDamagedIndexRebuilt(t *testing.T) {
	root := makeLibrary(t, testSlugs[:1], []string{"en"}, false)
	l, notices := newTestLibrary(t, root)
	os.MkdirAll(filepath.Dir(l.DBPath()), 0o755)
	os.WriteFile(l.DBPath(), []byte(strings.Repeat("garbage ", 1000)), 0o644)
	s := scan(t, l)
	if s.Documents != 1 {
		t.Errorf("Summary = %+v", s)
	}
	if len(*notices) != 1 || !strings.Contains((*notices)[0], "set aside") {
		t.Errorf("notices = %q", *notices)
	}
	if b, err := os.ReadFile(l.DBPath() + ".damaged"); err != nil || !strings.HasPrefix(string(b), "garbage") {
		t.Errorf("the damaged file was not kept aside: %v", err)
	}
}

func TestBackgroundIndex(t *testing.T) {
	root := makeLibrary(t, testSlugs[:2], []string{"en"}, false)
	l, _ := newTestLibrary(t, root)
	release := make(chan struct{})
	l.test.beforeRead = func(string) { <-release }
	var mu sync.Mutex
	var seen [][2]int
	start := time.Now()
	ch := l.Index(context.Background(), func(done, total int) { mu.Lock(); seen = append(seen, [2]int{done, total}); mu.Unlock() })
	if d := time.Since(start); d > 100*time.Millisecond {
		t.Errorf("Index took %v to return", d)
	}
	if st := l.Status("A/RES/77/128"); st != NotIndexed {
		t.Errorf("Status while indexing = %v, want NotIndexed", st)
	}
	close(release)
	select {
	case r := <-ch:
		if r.Err != nil || r.Summary.Documents != 2 {
			t.Errorf("result = %+v", r)
		}
	case <-time.After(60 * time.Second):
		t.Fatal("the background index does not end")
	}
	if st := l.Status("A/RES/77/128"); st != Held {
		t.Errorf("Status after indexing = %v, want Held", st)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(seen) == 0 || seen[len(seen)-1] != [2]int{2, 2} || seen[0] != [2]int{0, 2} {
		t.Errorf("progress = %v", seen)
	}
}

func TestRemembered(t *testing.T) {
	state := t.TempDir()
	path := RememberedPath(filepath.Join(state, "resolute"))
	positions := filepath.Join(state, "resolute", "positions.json")
	os.MkdirAll(filepath.Dir(path), 0o755)
	os.WriteFile(positions, []byte(`[{"symbol":"A/RES/1/1"}]`), 0o644)
	if r, err := LoadRemembered(path); err != nil || len(r.Folders) != 0 {
		t.Fatalf("nothing remembered yet: %+v, %v", r, err)
	}
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := UpdateRemembered(path, func(r *Remembered) { r.Folders = AddFolders(r.Folders, []string{fmt.Sprintf("/lib/%d", i)}) }); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	UpdateRemembered(path, func(r *Remembered) { r.Language = "fr" })
	r, err := LoadRemembered(path)
	if err != nil || len(r.Folders) != 8 || r.Language != "fr" {
		t.Errorf("after 8 concurrent updates: %+v, %v", r, err)
	}
	// A broken file is kept aside, not lost.
	os.WriteFile(path, []byte("{not json"), 0o644)
	if err := UpdateRemembered(path, func(r *Remembered) { r.Language = "es" }); err != nil {
		t.Fatal(err)
	}
	if aside, _ := filepath.Glob(path + ".bad-*"); len(aside) != 1 {
		t.Errorf("the broken file was not kept aside: %q", aside)
	} else if b, _ := os.ReadFile(aside[0]); string(b) != "{not json" {
		t.Errorf("the broken file kept aside holds %q", b)
	}
	if b, _ := os.ReadFile(positions); string(b) != `[{"symbol":"A/RES/1/1"}]` {
		t.Errorf("positions.json changed: %q", b)
	}
	if got := Folders("/a:/b:/a", []string{"/b", "/c"}); !slices.Equal(got, []string{"/a", "/b", "/c"}) {
		t.Errorf("Folders = %q", got)
	}
}

// TestOneRowPerDocument indexes resolutions held both as the UN's XML and
// as text: cited-by and search list each document once, in its XML.
func TestOneRowPerDocument(t *testing.T) {
	root := makeLibrary(t, []string{"a-res-77-336", "a-res-79-10"}, []string{"en"}, true)
	l, _ := newTestLibrary(t, root)
	scan(t, l)
	citers, err := l.CitedBy("A/RES/75/1", "en")
	if err != nil {
		t.Fatal(err)
	}
	if len(citers) != 1 || citers[0].Symbol != "A/RES/77/336" || citers[0].Kind != KindXML {
		t.Errorf("CitedBy(A/RES/75/1) = %+v, want A/RES/77/336 once, from its XML", citers)
	}
	hits, err := l.Search("Collective Security Treaty Organization", "en", 50)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, h := range hits {
		k := h.Symbol + " " + h.Paragraph + " " + h.Footnote
		if seen[k] {
			t.Errorf("Search lists %s twice", k)
		}
		seen[k] = true
		if h.Kind != KindXML {
			t.Errorf("Search hit %s from %s, want the XML", k, h.Kind)
		}
	}
	if len(hits) == 0 {
		t.Error("Search found nothing")
	}
	docs, err := l.Documents(Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 {
		t.Errorf("Documents lists %d, want the 2 documents once each", len(docs))
	}
	for _, d := range docs {
		if d.Kind != KindXML {
			t.Errorf("Documents lists %s from %s, want the XML", d.Symbol, d.Kind)
		}
	}
}
