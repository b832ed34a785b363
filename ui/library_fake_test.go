package ui

import (
	"cmp"
	"context"
	"fmt"
	"slices"

	"resolute/content"
	"resolute/content/cite"
	"resolute/library"
)

// fakeLibrary is a Library held in memory: documents by canonical symbol
// and language. The zero value holds nothing.
type fakeLibrary struct {
	docs map[string]map[string]*content.Document // symbol key → language → document
	// citers answers CitedBy, by the cited symbol's key.
	citers map[string][]library.Citer
	// hits answers every Search.
	hits []library.Hit
	// predecessor and draft answer PredecessorOf and DraftOf.
	predecessor, draft library.Entry
	// opened records the symbols Open was asked for.
	opened []string
	// lookups records the PredecessorOf and DraftOf calls:
	// "predecessor A/RES/65/122", "draft A/RES/65/122".
	lookups []string
	// citedByCalls counts the calls of CitedBy.
	citedByCalls int
	// notIndexed makes Indexed false.
	notIndexed bool
	// progress is what Index reports before it ends, and indexed what it
	// says it read.
	progress [][2]int
	indexed  library.Summary
}

var _ Library = (*fakeLibrary)(nil)

func symbolKey(symbol string) string { k, _ := cite.Canonical(symbol); return k }

// add puts d in the library under symbol and d's language.
func (f *fakeLibrary) add(symbol string, d *content.Document) *fakeLibrary {
	if f.docs == nil {
		f.docs = map[string]map[string]*content.Document{}
	}
	k := symbolKey(symbol)
	if f.docs[k] == nil {
		f.docs[k] = map[string]*content.Document{}
	}
	f.docs[k][d.Language] = d
	return f
}

func (f *fakeLibrary) Has(symbol string) bool { return len(f.docs[symbolKey(symbol)]) > 0 }

func (f *fakeLibrary) Languages(symbol string) []string {
	var out []string
	for l := range f.docs[symbolKey(symbol)] {
		out = append(out, l)
	}
	slices.Sort(out)
	return out
}

func (f *fakeLibrary) Find(symbol, lang string) (library.Entry, error) {
	byLang := f.docs[symbolKey(symbol)]
	if len(byLang) == 0 {
		return library.Entry{}, fmt.Errorf("%s: %w", symbol, library.ErrNotHeld)
	}
	if lang == "" {
		lang = "en"
		if byLang[lang] == nil {
			lang = f.Languages(symbol)[0]
		}
	}
	d := byLang[lang]
	if d == nil {
		return library.Entry{}, fmt.Errorf("%s: %w in %s", symbol, library.ErrNotHeld, lang)
	}
	return library.Entry{Symbol: symbol, Language: d.Language, Title: d.Title, Path: symbol + "." + d.Language}, nil
}

func (f *fakeLibrary) Open(symbol, lang string, _ library.OpenOptions) (*library.Opened, error) {
	f.opened = append(f.opened, symbol)
	e, err := f.Find(symbol, lang)
	if err != nil {
		return nil, err
	}
	return &library.Opened{Name: e.Path, Doc: f.docs[symbolKey(symbol)][e.Language]}, nil
}

func (f *fakeLibrary) Documents(library.Filter) ([]library.Entry, error) {
	var out []library.Entry
	for k, byLang := range f.docs {
		for _, d := range byLang {
			out = append(out, library.Entry{Symbol: k, Language: d.Language, Title: d.Title})
		}
	}
	slices.SortFunc(out, func(a, b library.Entry) int {
		return cmp.Or(cmp.Compare(a.Symbol, b.Symbol), cmp.Compare(a.Language, b.Language))
	})
	return out, nil
}

func (f *fakeLibrary) CitedBy(symbol, _ string) ([]library.Citer, error) {
	f.citedByCalls++
	return f.citers[symbolKey(symbol)], nil
}

func (f *fakeLibrary) Search(_, lang string, limit int) ([]library.Hit, error) {
	f.lookups = append(f.lookups, "search "+cmp.Or(lang, "all"))
	var out []library.Hit
	for _, h := range f.hits {
		if lang == "" || h.Language == lang {
			out = append(out, h)
		}
	}
	return out[:min(limit, len(out))], nil
}

func (f *fakeLibrary) PredecessorOf(d *content.Document) (library.Entry, error) {
	f.lookups = append(f.lookups, "predecessor "+d.Symbol)
	if f.predecessor.Symbol == "" {
		return library.Entry{}, library.ErrNoPredecessor
	}
	return f.predecessor, nil
}

func (f *fakeLibrary) DraftOf(d *content.Document) (library.Entry, error) {
	f.lookups = append(f.lookups, "draft "+d.Symbol)
	if d.Meta == nil || d.Meta.Draft == "" {
		return library.Entry{}, fmt.Errorf("%s %w", d.Symbol, library.ErrNoDraft)
	}
	if f.draft.Symbol == "" {
		return library.Entry{}, fmt.Errorf("%s: its draft %s: %w", d.Symbol, d.Meta.Draft, library.ErrNotHeld)
	}
	return f.draft, nil
}

func (f *fakeLibrary) Indexed() bool { return !f.notIndexed }

func (f *fakeLibrary) Index(_ context.Context, progress library.Progress) <-chan library.IndexResult {
	for _, p := range f.progress {
		progress(p[0], p[1])
	}
	c := make(chan library.IndexResult, 1)
	c <- library.IndexResult{Summary: f.indexed}
	close(c)
	return c
}
