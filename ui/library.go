package ui

import (
	"context"
	"errors"
	"fmt"

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
	o, err := lib.Open(symbol, lang, library.OpenOptions{})
	if lang != "" && errors.Is(err, library.ErrNotHeld) {
		o, err = lib.Open(symbol, "", library.OpenOptions{})
	}
	if err != nil {
		return nil, err
	}
	return o.Doc, nil
}

// libraryHint says where the reader looks for a cited document (README, "The
// library").
const libraryHint = "add its folder with 'resolute index DIR' or to RESOLUTE_LIBRARY"

// openCited opens the selected citation's document from the library.
func (m *model) openCited() tea.Cmd {
	v := m.view
	sel := m.panel.sel[tabCited]
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
		return nil
	}
	m.message = "opening " + clean(sym) + "…"
	lang, style, isDark := v.doc.Language, v.style, m.isDark
	return func() (msg tea.Msg) {
		defer func() {
			if r := recover(); r != nil {
				msg = docOpenFailedMsg{symbol: sym, err: fmt.Errorf("cannot open: %v", r)}
			}
		}()
		d, err := openInLanguage(lib, sym, lang)
		if errors.Is(err, library.ErrNotHeld) {
			return docOpenFailedMsg{symbol: sym, err: fmt.Errorf("not in the library: %s", libraryHint)}
		}
		if err != nil {
			return docOpenFailedMsg{symbol: sym, err: err}
		}
		if d == nil {
			return docOpenFailedMsg{symbol: sym, err: fmt.Errorf("not in the library: %s", libraryHint)}
		}
		return docOpenedMsg{symbol: sym, view: newDocView(d, style, isDark)}
	}
}

// back returns to the previous document.
func (m *model) back() tea.Cmd {
	n := len(m.history)
	if n == 0 {
		m.message = "no previous document"
		return nil
	}
	m.view = m.history[n-1]
	m.history = m.history[:n-1]
	m.panel = m.view.panel
	m.message = "back to " + m.view.title()
	return m.relayout()
}

// stripLine returns the plain text of a styled line.
func stripLine(s string) string { return ansi.Strip(s) }
