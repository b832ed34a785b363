package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"

	"resolute/content"
	"resolute/library"
	"resolute/termsafe"
)

// withLanguage reports whether the value of --with is a language (one of
// the six codes, or de for the UN's German translations, which the library
// indexes) rather than a file: a file named like one is given as ./fr.
func withLanguage(v string) bool {
	switch v {
	case "ar", "en", "es", "fr", "ru", "zh", "de":
		return true
	}
	return false
}

// openBoth returns the whole of the opened document and the version
// --with names beside it, read at the same time: the head of the opened
// document gives the symbol the library is asked for while the rest of it
// is parsed.
func openBoth(lib *library.Library, with string, opened *library.Opened, stdin io.Reader, stderr io.Writer) (*content.Document, *content.Document, error) {
	type result struct {
		doc *content.Document
		err error
	}
	whole := make(chan result, 1)
	if opened.Rest == nil {
		whole <- result{opened.Doc, nil}
	} else {
		go func() {
			d, err := opened.Rest()
			whole <- result{d, err}
		}()
	}
	other, err := openWith(context.Background(), lib, with, opened.Doc, false, stdin, stderr)
	w := <-whole
	if w.err != nil {
		return nil, nil, w.err
	}
	if err != nil {
		return nil, nil, err
	}
	return w.doc, other.Doc, nil
}

// openWith opens the version --with names, to show beside doc: the file it
// names, or the library's document of doc's symbol in the language it
// names (the library indexed first if it never was, with progress on
// stderr); with head set, a large one comes as its head first
// (library.Opened.Rest). Errors say which document could not be found or
// read.
func openWith(ctx context.Context, lib *library.Library, with string, doc *content.Document, head bool, stdin io.Reader, stderr io.Writer) (*library.Opened, error) {
	if !withLanguage(with) {
		return open(with, "", head, stdin)
	}
	if strings.EqualFold(doc.Language, with) {
		return nil, fmt.Errorf("--with %s: the document is already in %s (give another language, or a file)", with, with)
	}
	sym := strings.TrimSpace(doc.Symbol)
	if sym == "" {
		return nil, fmt.Errorf("--with %s: the document has no symbol to find it by in the library (give the file: --with FILE)", with)
	}
	if len(lib.Folders()) == 0 {
		return nil, fmt.Errorf("--with %s: no library to find %s in: index one (resolute index DIR), set RESOLUTE_LIBRARY, or give the file (--with FILE)", with, sym)
	}
	if !lib.Indexed() {
		fmt.Fprintf(stderr, "resolute: indexing the library first (%s)\n", termsafe.Filter(strings.Join(lib.Folders(), ", ")))
		ctx, stop := signal.NotifyContext(ctx, os.Interrupt)
		_, err := scanWithProgress(ctx, lib, stderr)
		stop()
		if err != nil {
			return nil, errors.New(termsafe.Filter(err.Error()))
		}
	}
	o, err := lib.Open(sym, with, library.OpenOptions{Head: head})
	if err != nil {
		return nil, fmt.Errorf("--with %s: %w", with, err)
	}
	return o, nil
}
