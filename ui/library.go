package ui

import (
	"context"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"resolute/content"
	"resolute/library"
)

// Library is what the reader asks of the user's library of resolutions
// (*library.Library is one; tests give a fake). Every method but Has may
// read files or the index, so the reader calls them only inside a tea.Cmd;
// Has is an in-memory look-up once the index is loaded (warmLibrary).
type Library interface {
	// Has reports whether the library holds symbol in some language.
	Has(symbol string) bool
	// Languages lists the languages the library holds symbol in.
	Languages(symbol string) []string
	// Find returns the library's document answering symbol in lang ("" for
	// the preferred language); the error wraps library.ErrNotHeld when the
	// library holds none.
	Find(symbol, lang string) (library.Entry, error)
	// Open opens symbol in lang ("" for the preferred language).
	Open(symbol, lang string, opt library.OpenOptions) (*library.Opened, error)
	// Documents lists the documents that pass f.
	Documents(f library.Filter) ([]library.Entry, error)
	// CitedBy lists the documents citing symbol in lang ("" for every
	// language), newest first.
	CitedBy(symbol, lang string) ([]library.Citer, error)
	// Search finds the paragraphs matching query, best first, at most limit.
	Search(query, lang string, limit int) ([]library.Hit, error)
	// PredecessorOf finds the resolution d follows in its series.
	PredecessorOf(d *content.Document) (library.Entry, error)
	// DraftOf finds the draft d was adopted from.
	DraftOf(d *content.Document) (library.Entry, error)
	// Indexed reports whether the library has been indexed at least once.
	Indexed() bool
	// Index brings the index up to date in the background, reporting
	// progress, and sends its result on the channel when done.
	Index(ctx context.Context, progress library.Progress) <-chan library.IndexResult
}

// openInLanguage opens symbol from lib in lang when the library holds it
// so, else in the library's preferred language.
func openInLanguage(lib Library, symbol, lang string) (*content.Document, error) {
	o, err := openedInLanguage(lib, symbol, lang)
	if err != nil {
		return nil, err
	}
	return docOf(o), nil
}

// libraryHint says where the reader looks for a cited document (README, "The
// library").
const libraryHint = "add its folder with 'resolute index DIR' or to RESOLUTE_LIBRARY"

// openCited opens the document of citation sel from the library.
func (m *model) openCited(sel int) tea.Cmd {
	v := m.view
	if sel >= len(v.cited) {
		m.message = "no citation selected (tab: panel)"
		return nil
	}
	sym := v.cited[sel].c.Symbol
	lib := m.opt.Library
	if lib == nil {
		m.message = "no library to open " + clean(sym) + " from"
		return nil
	}
	if m.libReady && !lib.Has(sym) {
		m.message = clean(sym) + " is not in the library: " + libraryHint
		if m.index.running() {
			m.message = clean(sym) + ": not found yet: the library is being indexed"
		}
		return nil
	}
	m.message = "opening " + clean(sym) + "…"
	return m.openCmd(openReq{symbol: sym, lang: v.doc.Language})
}

// stripLine returns the plain text of a styled line.
func stripLine(s string) string { return ansi.Strip(s) }
