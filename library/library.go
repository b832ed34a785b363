// Package library opens resolutions, from a file (Open) or by symbol from
// the user's library: the folders they keep them in, indexed in one SQLite
// database (package store) so that a document is found by its symbol, the
// documents citing it are listed, and its paragraphs are searched, at once.
//
// A Library is cheap to make: it opens its database on first use. Its
// methods are safe for concurrent use, and none waits for an index being
// built (Index runs in the background; readers and the indexer share the
// database through SQLite's write-ahead log).
package library

import (
	"context"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"sync"

	"resolute/content/cite"
	"resolute/library/store"
)

// Config says where a library's files and index are.
type Config struct {
	// Folders are the library's folders, searched to any depth for .xml,
	// .txt and .pdf files (Folders joins RESOLUTE_LIBRARY and the folders
	// remembered by `resolute index`).
	Folders []string
	// DB is the path of the index database (DefaultDB).
	DB string
	// Lang is the language preferred when a symbol is held in several and
	// none is asked for: the language of the last document read; English
	// comes after it.
	Lang string
	// Notice receives one-line notices, such as a damaged index set aside
	// and rebuilt; nil discards them.
	Notice func(string)
}

// Library is a user's library of resolutions: folders and their index.
type Library struct {
	cfg Config

	mu    sync.Mutex
	db    *store.DB
	dbErr error

	keysOnce sync.Once
	keysMu   sync.RWMutex
	keys     map[string][]string // key → languages held, for Has
	scanned  map[string]int64    // folders scanned whole → when

	scanMu  sync.Mutex // one scan at a time
	running bool       // a scan runs (guarded by keysMu)

	test testHooks
}

// testHooks let tests put faults where the file system would.
type testHooks struct {
	readDir    func(string) ([]os.DirEntry, error) // lists a folder, instead of os.ReadDir
	beforeRead func(path string)                   // called before a file is read
}

// New returns the library cfg describes. It opens nothing yet.
func New(cfg Config) *Library {
	folders := make([]string, 0, len(cfg.Folders))
	for _, f := range cfg.Folders {
		if f = cleanFolder(f); f != "" && !slices.Contains(folders, f) {
			folders = append(folders, f)
		}
	}
	cfg.Folders = folders
	return &Library{cfg: cfg}
}

// Folders returns the library's folders, absolute and cleaned.
func (l *Library) Folders() []string { return slices.Clone(l.cfg.Folders) }

// DBPath is where the library's index lives.
func (l *Library) DBPath() string { return l.cfg.DB }

// Close closes the index, if it was opened.
func (l *Library) Close() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.db == nil {
		return nil
	}
	err := l.db.Close()
	l.db = nil
	l.dbErr = errors.New("library closed")
	return err
}

// store returns the open index, opening it on first use.
func (l *Library) store() (*store.DB, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.db != nil || l.dbErr != nil {
		return l.db, l.dbErr
	}
	if l.cfg.DB == "" {
		l.dbErr = errors.New("no library index configured")
		return nil, l.dbErr
	}
	l.db, l.dbErr = store.Open(l.cfg.DB, store.Options{Notice: l.cfg.Notice})
	return l.db, l.dbErr
}

// damaged handles err from a query: when it says the index is damaged,
// the index is set aside and a new, empty one made (with a notice), to be
// filled by the next Index; err is returned in plain words.
func (l *Library) damaged(err error) error {
	if err == nil || !store.IsDamage(err) {
		return err
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.db != nil {
		l.db, l.dbErr = l.db.Reset(store.Options{Notice: l.cfg.Notice})
	}
	l.keysMu.Lock()
	l.keys, l.scanned = map[string][]string{}, map[string]int64{}
	l.keysMu.Unlock()
	return fmt.Errorf("the library index was damaged and has been set aside; run `resolute index` to rebuild it")
}

// Status is what a library knows of a symbol.
type Status int

// The statuses of a symbol.
const (
	// NotHeld: no document of the library answers to the symbol.
	NotHeld Status = iota
	// Held: the library holds it, in at least one language.
	Held
	// NotIndexed: not found, but the index is being built or has never
	// been built for every folder, so the library may hold it yet.
	NotIndexed
)

// String names the status for messages.
func (s Status) String() string {
	switch s {
	case Held:
		return "in the library"
	case NotIndexed:
		return "not yet indexed"
	}
	return "not in the library"
}

// loadKeys reads, once, the keys the index holds and the folders it
// scanned, for Status and Has.
func (l *Library) loadKeys() {
	l.keysOnce.Do(func() {
		keys, scanned := map[string][]string{}, map[string]int64{}
		if db, err := l.store(); err == nil {
			ctx := context.Background()
			if k, err := db.Keys(ctx); l.damaged(err) == nil {
				keys = k
			}
			if s, err := db.Scanned(ctx); err == nil {
				scanned = s
			}
		}
		l.keysMu.Lock()
		l.keys, l.scanned = keys, scanned
		l.keysMu.Unlock()
	})
}

// Status reports whether the library holds symbol (any spelling cite.Canonical
// reads), or cannot tell yet. Its first call reads the index's keys (a few
// milliseconds); later calls look in memory.
func (l *Library) Status(symbol string) Status {
	l.loadKeys()
	key, _ := cite.Canonical(symbol)
	l.keysMu.RLock()
	_, held := l.keys[key]
	complete := true
	for _, f := range l.cfg.Folders {
		if _, ok := l.scanned[f]; !ok {
			complete = false
		}
	}
	l.keysMu.RUnlock()
	switch {
	case held:
		return Held
	case l.isRunning() || !complete:
		return NotIndexed
	}
	return NotHeld
}

// Has reports whether the library holds symbol in some language. Has("")
// is false; calling it once early warms the library (see Status).
func (l *Library) Has(symbol string) bool {
	return l.Status(symbol) == Held
}

// Languages returns the languages the library holds symbol in, sorted.
func (l *Library) Languages(symbol string) []string {
	l.loadKeys()
	key, _ := cite.Canonical(symbol)
	l.keysMu.RLock()
	defer l.keysMu.RUnlock()
	return slices.Clone(l.keys[key])
}

// Entry is a document of the library.
type Entry struct {
	Symbol   string `json:"symbol"`
	Language string `json:"language"`
	Path     string `json:"path"`
	Organ    string `json:"organ,omitempty"`
	Session  string `json:"session,omitempty"` // the General Assembly's session: "75", "ES-10"
	Year     string `json:"year,omitempty"`
	Date     string `json:"date,omitempty"` // ISO date of adoption
	Title    string `json:"title,omitempty"`
	Agenda   string `json:"agenda_item,omitempty"`
	Draft    string `json:"draft,omitempty"`
	Kind     Kind   `json:"kind,omitempty"`
}

func entryOf(r store.Record) Entry {
	return Entry{Symbol: r.Symbol, Language: r.Lang, Path: r.Path, Organ: r.Organ, Session: r.Session,
		Year: r.Year, Date: r.Date, Title: r.Title, Agenda: r.Agenda, Draft: r.Draft, Kind: Kind(r.Kind)}
}

// ErrNotHeld says the library holds no document answering a symbol.
var ErrNotHeld = errors.New("not in the library")

// Find returns the library's document answering symbol in language lang;
// with lang "", in the preferred language (Config.Lang), else English,
// else the first language held. The error wraps ErrNotHeld when the
// library holds none, and names the languages it holds when lang is not
// among them.
func (l *Library) Find(symbol, lang string) (Entry, error) {
	db, err := l.store()
	if err != nil {
		return Entry{}, err
	}
	key, _ := cite.Canonical(symbol)
	recs, err := db.Lookup(context.Background(), key)
	if err = l.damaged(err); err != nil {
		return Entry{}, err
	}
	// The UN's XML first: it carries what text does not (the draft, the
	// vote, the sponsors).
	slices.SortStableFunc(recs, func(a, b store.Record) int { return kindRank(a.Kind) - kindRank(b.Kind) })
	if len(recs) == 0 {
		if l.Status(symbol) == NotIndexed {
			return Entry{}, fmt.Errorf("%s: %w (the library is not indexed yet: run `resolute index`)", symbol, ErrNotHeld)
		}
		return Entry{}, fmt.Errorf("%s: %w", symbol, ErrNotHeld)
	}
	if lang != "" {
		for _, r := range recs {
			if r.Lang == lang {
				return entryOf(r), nil
			}
		}
		return Entry{}, fmt.Errorf("%s: %w in %s (held in %s)", symbol, ErrNotHeld, lang, strings.Join(langsOf(recs), ", "))
	}
	for _, want := range []string{l.cfg.Lang, "en"} {
		for _, r := range recs {
			if want != "" && r.Lang == want {
				return entryOf(r), nil
			}
		}
	}
	return entryOf(recs[0]), nil
}

// kindRank orders the forms of a document for Find.
func kindRank(kind string) int {
	switch Kind(kind) {
	case KindXML:
		return 0
	case KindText:
		return 1
	}
	return 2
}

// langsOf lists the languages of recs, once each.
func langsOf(recs []store.Record) []string {
	var out []string
	for _, r := range recs {
		if !slices.Contains(out, r.Lang) {
			out = append(out, r.Lang)
		}
	}
	slices.Sort(out)
	return out
}

// Open opens the library's document answering symbol in language lang
// (chosen as Find does), with opt as for the package's Open.
func (l *Library) Open(symbol, lang string, opt OpenOptions) (*Opened, error) {
	e, err := l.Find(symbol, lang)
	if err != nil {
		return nil, err
	}
	return Open(e.Path, opt)
}

// Documents returns the library's documents matching f, newest first, a
// document held in two forms once (the best form): for a list of the
// library.
func (l *Library) Documents(f Filter) ([]Entry, error) {
	db, err := l.store()
	if err != nil {
		return nil, err
	}
	recs, err := db.Documents(context.Background(), store.Filter{Lang: f.Lang, Organ: f.Organ})
	if err = l.damaged(err); err != nil {
		return nil, err
	}
	// A document held in two forms (its XML beside its text) is listed once.
	recs = onePerDocument(recs, func(r store.Record) store.Record { return r }, func(store.Record) string { return "" })
	out := make([]Entry, len(recs))
	for i, r := range recs {
		out[i] = entryOf(r)
	}
	return out, nil
}

// Filter chooses documents for Documents.
type Filter struct {
	Lang  string // "" for every language
	Organ string // in English, "" for every organ
}

// Mention is where a document cites a symbol.
type Mention struct {
	// Paragraph is the id of the paragraph or item holding the mention
	// ("op3", "pp2(a)"); for a footnote, of the paragraph carrying it;
	// "masthead" for the line naming the draft.
	Paragraph string `json:"paragraph"`
	// Footnote is the footnote's marker, when the mention is in one.
	Footnote string `json:"footnote,omitempty"`
	// Snippet is one line of text around the mention.
	Snippet string `json:"snippet"`
	// Mark is the mention's byte span in Snippet.
	Mark [2]int `json:"-"`
}

// Citer is a document citing a symbol.
type Citer struct {
	Entry
	Mentions []Mention `json:"mentions"`
}

// CitedBy returns the documents citing symbol, in language lang ("" for
// every language), newest first, each with its mentions in reading order.
func (l *Library) CitedBy(symbol, lang string) ([]Citer, error) {
	db, err := l.store()
	if err != nil {
		return nil, err
	}
	key, _ := cite.Canonical(symbol)
	found, err := db.CitedBy(context.Background(), key, lang)
	if err = l.damaged(err); err != nil {
		return nil, err
	}
	found = onePerDocument(found, func(c store.Citer) store.Record { return c.Record }, func(store.Citer) string { return "" })
	out := make([]Citer, len(found))
	for i, c := range found {
		out[i] = Citer{Entry: entryOf(c.Record), Mentions: make([]Mention, len(c.Mentions))}
		for j, m := range c.Mentions {
			out[i].Mentions[j] = Mention{Paragraph: m.Paragraph, Footnote: m.Footnote, Snippet: m.Snippet, Mark: m.Mark}
		}
	}
	return out, nil
}

// onePerDocument keeps, of the results that come from files holding the
// same document (its symbol and language: the UN's XML beside its text, say)
// and the same place in it (part), one: the best form by kindRank, where
// the first of them stood.
func onePerDocument[T any](results []T, record func(T) store.Record, part func(T) string) []T {
	type key struct{ symbol, lang, part string }
	at := make(map[key]int, len(results))
	out := results[:0:0]
	for _, r := range results {
		rec := record(r)
		if rec.Symbol == "" { // nothing says two such files are one document
			out = append(out, r)
			continue
		}
		k := key{rec.Symbol, rec.Lang, part(r)}
		i, seen := at[k]
		switch {
		case !seen:
			at[k] = len(out)
			out = append(out, r)
		case kindRank(rec.Kind) < kindRank(record(out[i]).Kind):
			out[i] = r
		}
	}
	return out
}

// Hit is a paragraph found by Search.
type Hit struct {
	Entry
	// Paragraph is the id of the paragraph or item found; for a footnote,
	// of the paragraph carrying it.
	Paragraph string `json:"paragraph"`
	// Footnote is the footnote's marker, when the text found is one.
	Footnote string `json:"footnote,omitempty"`
	// Snippet is one line of text around the first place the query matches.
	Snippet string `json:"snippet"`
	// Mark is that place's byte span in Snippet.
	Mark [2]int `json:"-"`
	// Score ranks the hit (bm25; lower is better).
	Score float64 `json:"-"`
}

// Search returns the paragraphs matching query, best first (bm25), at
// most limit, in language lang ("" for every language). A query is words,
// which must all appear, "quoted phrases", OR between two terms and a
// final * for a prefix; case and accents are folded (resolucion finds
// resolución), and Chinese is found as a substring (和平 in 可持续和平).
func (l *Library) Search(query, lang string, limit int) ([]Hit, error) {
	db, err := l.store()
	if err != nil {
		return nil, err
	}
	// A document held in two forms matches twice: ask for more, keep one.
	found, terms, err := db.Search(context.Background(), query, lang, 2*limit)
	if err = l.damaged(err); err != nil {
		return nil, err
	}
	found = onePerDocument(found, func(h store.Hit) store.Record { return h.Record },
		func(h store.Hit) string { return h.Unit.ID + "\x00" + h.Unit.Footnote })
	if limit > 0 && len(found) > limit {
		found = found[:limit]
	}
	out := make([]Hit, len(found))
	for i, h := range found {
		start, end, _ := store.Match(h.Unit.Text, terms)
		s, mark := store.Snippet(h.Unit.Text, start, end, store.SnippetWidth)
		out[i] = Hit{Entry: entryOf(h.Record), Paragraph: h.Unit.ID, Footnote: h.Unit.Footnote, Snippet: s, Mark: mark, Score: h.Score}
	}
	return out, nil
}

// Failure is a file or folder the library could not read, with why.
type Failure struct {
	Path string `json:"path"`
	Err  string `json:"error"`
}

// Failures returns the files of the index that could not be read.
func (l *Library) Failures() ([]Failure, error) {
	db, err := l.store()
	if err != nil {
		return nil, err
	}
	fs, err := db.Failures(context.Background())
	if err = l.damaged(err); err != nil {
		return nil, err
	}
	out := make([]Failure, len(fs))
	for i, f := range fs {
		out[i] = Failure{Path: f.Path, Err: f.Err}
	}
	return out, nil
}

// Indexed reports whether every folder of the library has been indexed
// whole at least once.
func (l *Library) Indexed() bool {
	db, err := l.store()
	if err != nil {
		return false
	}
	scanned, err := db.Scanned(context.Background())
	if l.damaged(err) != nil {
		return false
	}
	for _, f := range l.cfg.Folders {
		if _, ok := scanned[f]; !ok {
			return false
		}
	}
	return true
}
