package main

import (
	_ "embed"
	"io"

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
