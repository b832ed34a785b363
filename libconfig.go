package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/adrg/xdg"

	"resolute/content/cite"
	"resolute/library"
	"resolute/state"
)

// libraryPaths are where the library's index and remembered state live.
type libraryPaths struct {
	db         string // the index: a cache, rebuilt at will
	remembered string // folders given to `resolute index`, last language read
}

// defaultLibraryPaths follows the XDG base directories: the index in
// $XDG_CACHE_HOME/resolute/library.db, what is remembered in
// $XDG_STATE_HOME/resolute/library.json (state.Dir, beside the positions).
func defaultLibraryPaths() libraryPaths {
	xdg.Reload() // the environment may have changed since start (tests)
	return libraryPaths{
		db:         filepath.Join(xdg.CacheHome, "resolute", "library.db"),
		remembered: library.RememberedPath(state.Dir()),
	}
}

// newLibrary returns the user's library: the folders of RESOLUTE_LIBRARY
// and those remembered by `resolute index`, with extra added (not
// remembered), indexed at the default paths. Notices (a damaged index set
// aside) go to stderr. It opens nothing yet.
func newLibrary(stderr io.Writer, extra ...string) (*library.Library, libraryPaths, library.Remembered) {
	paths := defaultLibraryPaths()
	rem, err := library.LoadRemembered(paths.remembered)
	if err != nil {
		fmt.Fprintf(stderr, "resolute: %v (the remembered library folders are ignored)\n", err)
	}
	folders := library.AddFolders(library.Folders(os.Getenv("RESOLUTE_LIBRARY"), rem.Folders), extra)
	lib := library.New(library.Config{
		Folders: folders,
		DB:      paths.db,
		Lang:    rem.Language,
		Notice:  func(s string) { fmt.Fprintln(stderr, s) },
	})
	return lib, paths, rem
}

// rememberLanguage records lang as the language of the last document read.
func rememberLanguage(paths libraryPaths, lang string) error {
	if lang == "" {
		return nil
	}
	return library.UpdateRemembered(paths.remembered, func(r *library.Remembered) { r.Language = lang })
}

// librarySymbol reports whether arg names a document of the library
// rather than a file: it is no file that exists, and it reads as a UN
// symbol ("A/RES/75/1", "S/RES/2334 (2016)", "75/1"). An existing file
// always wins.
func librarySymbol(arg string) (string, bool) {
	if arg == "" || arg == "-" {
		return "", false
	}
	if _, err := os.Lstat(arg); err == nil {
		return "", false
	}
	if _, ok := cite.Canonical(arg); !ok {
		return "", false
	}
	return arg, true
}

// resolveInput returns the file that arg names: arg itself, or, when it is
// a symbol of the library and not an existing file (librarySymbol), the
// path of the library's document answering it in language lang (as
// Library.Find chooses it); fromLibrary says which.
func resolveInput(lib *library.Library, arg, lang string) (path string, fromLibrary bool, err error) {
	sym, ok := librarySymbol(arg)
	if !ok {
		return arg, false, nil
	}
	if len(lib.Folders()) == 0 {
		return "", false, fmt.Errorf("%s: no such file, and no library to look the symbol up in: %s", sym, libraryHint)
	}
	e, err := lib.Find(sym, lang)
	if errors.Is(err, library.ErrNotHeld) && !strings.Contains(err.Error(), "(") {
		err = fmt.Errorf("%w (%s)", err, libraryHint)
	}
	if err != nil {
		return "", false, err
	}
	return e.Path, true, nil
}

// libraryHint says how a document comes into the library (README, "The
// library").
const libraryHint = "add its folder with 'resolute index DIR' or to RESOLUTE_LIBRARY"
