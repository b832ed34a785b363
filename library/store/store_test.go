package store

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// testDoc is a small document in language lang citing cited in its second
// paragraph.
func testDoc(symbol, lang, cited, text string) *Doc {
	second := "Recalling its resolution " + cited + " of 21 September 2020,"
	return &Doc{
		Symbol: symbol, Lang: lang, Organ: "General Assembly", Date: "2021-01-0" + fmt.Sprint(len(symbol)%9+1),
		Title: "Title of " + symbol, Kind: "xml", Keys: []string{strings.ToUpper(symbol)},
		Units: []Unit{{ID: "pp1", Text: text}, {ID: "pp2", Text: second}, {ID: "pp2", Footnote: "1", Text: "A/75/L.1."}},
		Cites: []Cite{{Key: cited, Unit: 1, Start: strings.Index(second, cited), End: strings.Index(second, cited) + len(cited)}},
	}
}

func openTest(t *testing.T) (*DB, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "cache", "library.db")
	db, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db, path
}

func put(t *testing.T, db *DB, entries ...*Entry) {
	t.Helper()
	ctx := context.Background()
	w, err := db.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Rollback()
	for _, e := range entries {
		if err := w.Put(ctx, e); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Commit(); err != nil {
		t.Fatal(err)
	}
}

func TestPutLookupCitedBySearch(t *testing.T) {
	db, _ := openTest(t)
	ctx := context.Background()
	put(t, db,
		&Entry{Path: "/lib/a.xml", Size: 1, MTime: 1, Doc: testDoc("A/RES/76/1", "en", "A/RES/75/1", "The Assembly seeks sustainable peace and security.")},
		&Entry{Path: "/lib/b.xml", Size: 1, MTime: 1, Doc: testDoc("A/RES/76/22", "fr", "A/RES/75/1", "L’Assemblée générale, soucieuse de la sécurité.")},
		&Entry{Path: "/lib/c.xml", Size: 1, MTime: 1, Doc: testDoc("A/RES/76/333", "zh", "A/RES/75/1", "联合国促进可持续和平的努力")},
		&Entry{Path: "/lib/bad.xml", Size: 1, MTime: 1, Err: "not well-formed XML: line 3"},
	)
	recs, err := db.Lookup(ctx, "A/RES/76/22")
	if err != nil || len(recs) != 1 || recs[0].Lang != "fr" || recs[0].Path != "/lib/b.xml" {
		t.Fatalf("Lookup = %+v, %v", recs, err)
	}
	citers, err := db.CitedBy(ctx, "A/RES/75/1", "")
	if err != nil || len(citers) != 3 {
		t.Fatalf("CitedBy = %d citers, %v", len(citers), err)
	}
	for _, c := range citers {
		m := c.Mentions[0]
		if m.Paragraph != "pp2" || m.Snippet[m.Mark[0]:m.Mark[1]] != "A/RES/75/1" {
			t.Errorf("%s: mention %+v", c.Symbol, m)
		}
	}
	if c, _ := db.CitedBy(ctx, "A/RES/75/1", "fr"); len(c) != 1 || c[0].Lang != "fr" {
		t.Errorf("CitedBy in fr = %+v", c)
	}
	for _, tt := range []struct {
		query, lang string
		want        []string // symbols, best first
	}{
		{"sustainable peace", "", []string{"A/RES/76/1"}},
		{`"peace sustainable"`, "", nil},
		{"SECURITE", "", []string{"A/RES/76/22"}},
		{"securite", "en", nil},
		{"security", "en", []string{"A/RES/76/1"}},
		{"和平", "", []string{"A/RES/76/333"}},
		{"可持续和平", "zh", []string{"A/RES/76/333"}},
		{"持", "", []string{"A/RES/76/333"}},
		{"努力", "", []string{"A/RES/76/333"}},
		{"平和", "", nil},
		{"septemb*", "fr", []string{"A/RES/76/22"}},
	} {
		hits, terms, err := db.Search(ctx, tt.query, tt.lang, 10)
		if err != nil {
			t.Errorf("Search(%q): %v", tt.query, err)
			continue
		}
		var got []string
		for _, h := range hits {
			if !containsStr(got, h.Symbol) {
				got = append(got, h.Symbol)
			}
			if _, _, ok := Match(h.Unit.Text, terms); !ok {
				t.Errorf("Search(%q): no match for the snippet in %q", tt.query, h.Unit.Text)
			}
		}
		if strings.Join(got, ",") != strings.Join(tt.want, ",") {
			t.Errorf("Search(%q, %q) = %v, want %v", tt.query, tt.lang, got, tt.want)
		}
	}
	st, err := db.Stats(ctx)
	if err != nil || st.Files != 4 || st.Documents != 3 || st.Failures != 1 || st.Languages["zh"] != 1 {
		t.Errorf("Stats = %+v, %v", st, err)
	}
	fails, _ := db.Failures(ctx)
	if len(fails) != 1 || fails[0].Path != "/lib/bad.xml" {
		t.Errorf("Failures = %+v", fails)
	}
}

func containsStr(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestReplaceAndRemove checks that a file put again replaces its document
// everywhere (keys, citations, text, full-text rows) and that Remove
// leaves nothing behind.
func TestReplaceAndRemove(t *testing.T) {
	db, _ := openTest(t)
	ctx := context.Background()
	put(t, db, &Entry{Path: "/lib/a.xml", Size: 1, MTime: 1, Doc: testDoc("A/RES/76/1", "en", "A/RES/75/1", "Old words about oceans.")})
	put(t, db, &Entry{Path: "/lib/a.xml", Size: 2, MTime: 2, Doc: testDoc("A/RES/76/2", "en", "A/RES/74/9", "New words about forests.")})
	if r, _ := db.Lookup(ctx, "A/RES/76/1"); len(r) != 0 {
		t.Errorf("the old symbol is still held: %+v", r)
	}
	if r, _ := db.Lookup(ctx, "A/RES/76/2"); len(r) != 1 {
		t.Errorf("the new symbol is not held: %+v", r)
	}
	if c, _ := db.CitedBy(ctx, "A/RES/75/1", ""); len(c) != 0 {
		t.Errorf("the old citation remains: %+v", c)
	}
	if h, _, _ := db.Search(ctx, "oceans", "", 10); len(h) != 0 {
		t.Errorf("the old text is still found: %+v", h)
	}
	if h, _, _ := db.Search(ctx, "forests", "", 10); len(h) != 1 || !strings.Contains(h[0].Unit.Text, "forests") {
		t.Errorf("the new text is not found: %+v", h)
	}
	files, _ := db.Files(ctx)
	if f := files["/lib/a.xml"]; f.Size != 2 || f.MTime != 2 {
		t.Errorf("Files = %+v", files)
	}
	w, _ := db.Begin(ctx)
	if err := w.Remove(ctx, "/lib/a.xml"); err != nil {
		t.Fatal(err)
	}
	w.Commit()
	for _, table := range []string{"files", "docs", "keys", "cites", "chunks", "text_en"} {
		var n int
		q := `SELECT count(*) FROM ` + table
		if table == "text_en" {
			q = `SELECT count(*) FROM text_en WHERE text_en MATCH 'forests'`
		}
		if err := db.db.QueryRow(q).Scan(&n); err != nil || n != 0 {
			t.Errorf("%s holds %d rows after Remove (%v)", table, n, err)
		}
	}
}

// TestOpenSetsAsideForeignAndDamaged checks the three files Open cannot
// use: another program's database and a damaged file are set aside, an
// index of another version replaced; each with one notice.
func TestOpenSetsAsideForeignAndDamaged(t *testing.T) {
	tests := []struct {
		name, notice string
		aside        bool
		make         func(t *testing.T, path string)
	}{
		{"garbage", "is damaged or not a database", true, func(t *testing.T, path string) {
			os.WriteFile(path, []byte(strings.Repeat("this is not a database\n", 400)), 0o644)
		}},
		{"truncated", "damaged", true, func(t *testing.T, path string) {
			db, err := Open(path, Options{})
			if err != nil {
				t.Fatal(err)
			}
			put(t, db, &Entry{Path: "/a.xml", Size: 1, MTime: 1, Doc: testDoc("A/RES/1/1", "en", "A/RES/2/2", strings.Repeat("words ", 5000))})
			db.Checkpoint(context.Background())
			db.Close()
			b, _ := os.ReadFile(path)
			for i := 100; i < len(b); i += 7 {
				b[i] ^= 0x5a // scribble over every page after the header
			}
			os.WriteFile(path, b, 0o644)
		}},
		{"foreign", "another program's database", true, func(t *testing.T, path string) {
			db, _ := sql.Open("sqlite", "file:"+path)
			db.Exec(`CREATE TABLE accounts(id INTEGER PRIMARY KEY, balance INTEGER)`)
			db.Close()
		}},
		{"old version", "has schema version 0", false, func(t *testing.T, path string) {
			db, err := Open(path, Options{})
			if err != nil {
				t.Fatal(err)
			}
			db.db.Exec(`PRAGMA user_version = 0`)
			db.Close()
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "library.db")
			tt.make(t, path)
			var notices []string
			db, err := Open(path, Options{Notice: func(s string) { notices = append(notices, s) }})
			if err != nil {
				// A damaged page may show only when read: the caller then
				// resets (IsDamage).
				t.Fatalf("Open: %v", err)
			}
			defer db.Close()
			if tt.name == "truncated" && len(notices) == 0 {
				// The header survived: the damage shows at the first read.
				_, err := db.Lookup(context.Background(), "A/RES/1/1")
				if _, err2 := db.CitedBy(context.Background(), "A/RES/2/2", ""); err == nil {
					err = err2
				}
				if !IsDamage(err) {
					t.Fatalf("reading a scribbled index: %v, want damage", err)
				}
				db, err = db.Reset(Options{Notice: func(s string) { notices = append(notices, s) }})
				if err != nil {
					t.Fatal(err)
				}
				defer db.Close()
			}
			if len(notices) != 1 || !strings.Contains(notices[0], tt.notice) || strings.Contains(notices[0], "\n") {
				t.Errorf("notices = %q, want one line with %q", notices, tt.notice)
			}
			if _, err := os.Stat(path + ".damaged"); (err == nil) != tt.aside {
				t.Errorf("set aside = %v, want %v", err == nil, tt.aside)
			}
			put(t, db, &Entry{Path: "/a.xml", Size: 1, MTime: 1, Doc: testDoc("A/RES/76/1", "en", "A/RES/75/1", "Words.")})
			if r, err := db.Lookup(context.Background(), "A/RES/76/1"); err != nil || len(r) != 1 {
				t.Errorf("the new index does not work: %v, %v", r, err)
			}
		})
	}
}

// TestConcurrentReadersAndWriter runs two readers and a writer on one
// index through separate connections, as separate processes would.
func TestConcurrentReadersAndWriter(t *testing.T) {
	db, path := openTest(t)
	put(t, db, &Entry{Path: "/lib/0.xml", Size: 1, MTime: 1, Doc: testDoc("A/RES/76/0", "en", "A/RES/75/1", "Peace.")})
	ctx := context.Background()
	var readers, writers sync.WaitGroup
	errs := make(chan error, 100)
	done := make(chan struct{})
	for r := range 2 {
		readers.Add(1)
		go func() {
			defer readers.Done()
			rd, err := Open(path, Options{})
			if err != nil {
				errs <- err
				return
			}
			defer rd.Close()
			for i := 0; ; i++ {
				select {
				case <-done:
					return
				default:
				}
				if _, err := rd.CitedBy(ctx, "A/RES/75/1", ""); err != nil {
					errs <- fmt.Errorf("reader %d: %w", r, err)
					return
				}
				if _, _, err := rd.Search(ctx, "peace", "", 5); err != nil {
					errs <- fmt.Errorf("reader %d: %w", r, err)
					return
				}
			}
		}()
	}
	// Two writers, one after the other's lock.
	for wn := range 2 {
		writers.Add(1)
		go func() {
			defer writers.Done()
			wr, err := Open(path, Options{})
			if err != nil {
				errs <- fmt.Errorf("writer %d: open: %w", wn, err)
				return
			}
			defer wr.Close()
			for i := range 20 {
				p := fmt.Sprintf("/lib/%d-%d.xml", wn, i)
				w, err := wr.Begin(ctx)
				if err != nil {
					errs <- fmt.Errorf("writer %d: begin: %w", wn, err)
					return
				}
				if err := w.Put(ctx, &Entry{Path: p, Size: 1, MTime: 1, Doc: testDoc(fmt.Sprintf("A/RES/76/%d%d", wn, i+10), "en", "A/RES/75/1", "Peace and words.")}); err != nil {
					w.Rollback()
					errs <- fmt.Errorf("writer %d: put: %w", wn, err)
					return
				}
				if err := w.Commit(); err != nil {
					errs <- fmt.Errorf("writer %d: commit: %w", wn, err)
					return
				}
			}
		}()
	}
	writers.Wait()
	close(done)
	readers.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if c, err := db.CitedBy(ctx, "A/RES/75/1", ""); len(c) != 41 {
		t.Errorf("%d citers after the writes, want 41 (%v)", len(c), err)
	}
}

func TestChunksRoundTrip(t *testing.T) {
	var units []Unit
	for i := range 300 {
		units = append(units, Unit{ID: fmt.Sprintf("op%d", i), Footnote: map[bool]string{true: "2"}[i%7 == 0], Tail: i%11 == 0,
			Text: strings.Repeat(fmt.Sprintf("paragraph %d text, ", i), i%40)})
	}
	ds := newDictSet()
	ds.loaded = true
	d := ds.forLang("en", units)
	for d == nil {
		d = ds.forLang("en", units[len(units)-40:])
	}
	var e encoder
	for _, dt := range []*dict{nil, d} {
		chunks, err := e.chunks(units, dt)
		if err != nil {
			t.Fatal(err)
		}
		var got []Unit
		for i, c := range chunks {
			if c.first != len(got) {
				t.Fatalf("chunk %d starts at %d, want %d", i, c.first, len(got))
			}
			id, _ := chunkDict(c.data)
			if (dt == nil) != (id == 0) {
				t.Fatalf("chunk dictionary %d", id)
			}
			us, err := decodeChunk(c.data, dt)
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, us...)
		}
		if len(got) != len(units) {
			t.Fatalf("%d units back, want %d", len(got), len(units))
		}
		for i := range units {
			if got[i] != units[i] {
				t.Fatalf("unit %d = %+v, want %+v", i, got[i], units[i])
			}
		}
	}
	if _, err := decodeChunk([]byte{0, 1, 2, 3}, nil); err == nil {
		t.Error("a damaged chunk decodes")
	}
}
