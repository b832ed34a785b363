package main

import (
	_ "embed"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"resolute/content"
	"resolute/library"
)

// sample is the resolution opened when no file is given: A/RES/65/122 in
// Spanish.
//
//go:embed sample/a-res-65-122.es.txt
var sample string

// sampleName names the built-in sample in messages.
const sampleName = "sample A/RES/65/122"

// displayName is how messages name the input.
func displayName(file string) string {
	switch file {
	case "":
		return sampleName
	case "-":
		return "standard input"
	}
	return file
}

// open reads and parses the named input: "" is the built-in sample, "-"
// standard input, anything else a file (library.Open). With head set, a
// large input comes as its head first (library.Opened.Rest). Errors name
// the input and the cause.
func open(file, lang string, head bool, stdin io.Reader) (*library.Opened, error) {
	opt := library.OpenOptions{Lang: lang, Head: head}
	switch file {
	case "":
		return library.OpenText(sampleName, sample, opt)
	case "-":
		return library.OpenReader(displayName(file), stdin, opt)
	}
	return library.Open(file, opt)
}

// load reads and parses the whole of the named input (see open).
func load(file, lang string, stdin io.Reader) (*content.Document, error) {
	o, err := open(file, lang, false, stdin)
	if err != nil {
		return nil, err
	}
	return o.Doc, nil
}

// newLibrary returns the library of documents the reader can open when a
// citation names them: the folder of the opened file, its parent (a corpus
// laid out SYMBOL/LANG.xml), and the folders listed in RESOLUTE_LIBRARY.
func newLibrary(file, lang string) *library.Library {
	var dirs []string
	if file != "" && file != "-" {
		dir := filepath.Dir(file)
		dirs = append(dirs, dir, filepath.Dir(dir))
	}
	if env := os.Getenv("RESOLUTE_LIBRARY"); env != "" {
		dirs = append(dirs, filepath.SplitList(env)...)
	}
	return library.New(dirs, lang)
}

// openFromLibrary loads the library's preferred file for symbol.
func openFromLibrary(lib *library.Library, symbol, lang string) (*content.Document, error) {
	paths := lib.Paths(symbol)
	if len(paths) == 0 {
		return nil, fmt.Errorf("%s is not in the library", symbol)
	}
	return load(paths[0], lang, nil)
}
