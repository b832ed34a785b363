package main

import (
	_ "embed"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"resolute/content"
	"resolute/content/akn"
	"resolute/content/input"
	"resolute/content/pdftext"
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

// load reads and parses the named input: "" is the built-in sample, "-"
// standard input. Errors name the input and the cause.
func load(file, lang string, stdin io.Reader) (*content.Document, error) {
	text, err := read(file, stdin)
	if err != nil {
		return nil, err
	}
	return parse(displayName(file), text, lang)
}

// read returns the text of the named input, decoded and cleaned: the
// built-in sample for "", standard input for "-", a PDF's text. Errors name
// the input and the cause.
func read(file string, stdin io.Reader) (string, error) {
	text, pdf, err := readSource(file, stdin)
	if err != nil || pdf == nil {
		return text, err
	}
	if text, err = pdftext.Text(pdf); err != nil {
		return "", fmt.Errorf("%s: %w", displayName(file), err)
	}
	return text, nil
}

// readSource reads the named input once: its text, decoded and cleaned, or
// for a PDF its bytes, whose text the caller extracts (all of it, or the
// first pages first). "" is the built-in sample, "-" standard input. Errors
// name the input and the cause.
func readSource(file string, stdin io.Reader) (text string, pdf []byte, err error) {
	var b []byte
	raw := true // b holds the input's bytes, still to decode
	switch {
	case file == "":
		return sample, nil, nil
	case file == "-":
		b, err = readStdin(stdin)
	case isPDFFile(file):
		b, err = readPDFFile(file)
	default:
		text, err = input.ReadFile(file)
		raw = false
	}
	switch {
	case err != nil:
		return "", nil, fmt.Errorf("%s: %w", displayName(file), err)
	case !raw:
		return text, nil, nil
	case pdftext.IsPDF(b):
		return "", b, nil
	}
	if text, err = input.Decode(b); err != nil { // text on stdin, or a PDF by name only
		return "", nil, fmt.Errorf("%s: %w", displayName(file), err)
	}
	return text, nil, nil
}

// isPDFFile reports whether the named file is to be read as a PDF: by its
// name, or because it starts like one.
func isPDFFile(file string) bool {
	return strings.EqualFold(filepath.Ext(file), ".pdf") || startsWithPDF(file)
}

// startsWithPDF reports whether the named file starts like a PDF.
func startsWithPDF(file string) bool {
	f, err := os.Open(file)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, 16)
	n, _ := io.ReadFull(f, head)
	return pdftext.IsPDF(head[:n])
}

// readStdin reads standard input, refusing more than input.MaxSize bytes.
func readStdin(r io.Reader) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, input.MaxSize+1))
	if err != nil {
		return nil, fmt.Errorf("cannot read: %w", err)
	}
	if len(b) > input.MaxSize {
		return nil, fmt.Errorf("input too large (the limit is %d MB)", input.MaxSize>>20)
	}
	return b, nil
}

// readPDFFile returns the bytes of the named file, refusing a directory or
// a file over input.MaxSize.
func readPDFFile(file string) ([]byte, error) {
	info, err := os.Stat(file)
	switch {
	case err != nil:
		_, err = input.ReadFile(file) // the same one-line message as for text
		return nil, err
	case info.IsDir():
		return nil, fmt.Errorf("is a directory")
	case info.Size() > input.MaxSize:
		return nil, fmt.Errorf("file too large (%d MB; the limit is %d MB)", info.Size()>>20, input.MaxSize>>20)
	}
	return os.ReadFile(file)
}

// parse turns decoded text into a document, as XML when it looks like XML.
func parse(name, text, lang string) (*content.Document, error) {
	if looksLikeXML(text) {
		d, err := akn.Parse(strings.NewReader(text), name)
		if err != nil {
			return nil, err
		}
		return d, nil
	}
	return content.Parse(text, content.Options{Language: lang}), nil
}

// openHead reads and parses the input for the reader, the head of a large
// one first: it returns the document to show at once and, when that is only
// the head, a function that parses the whole (ui.Options.Full). Errors name
// the input and the cause.
func openHead(file, lang string, stdin io.Reader) (*content.Document, func() (*content.Document, error), error) {
	name := displayName(file)
	text, pdf, err := readSource(file, stdin)
	if err != nil {
		return nil, nil, err
	}
	if pdf != nil {
		return pdfHead(name, pdf, lang)
	}
	doc, full, err := parseHead(name, text, lang)
	if doc == nil && err == nil {
		doc, err = parse(name, text, lang)
	}
	return doc, full, err
}

// pdfHeadPages is how many pages of a PDF the reader reads before its first
// frame: more than a screen of text. A page costs 10-30 ms to extract, and
// a resolution such as A/RES/79/1 has 56.
const pdfHeadPages = 2

// pdfHead parses the first pages of the PDF held in b and returns the
// function that parses all of it, or, for a short PDF, the whole document
// and nil.
func pdfHead(name string, b []byte, lang string) (*content.Document, func() (*content.Document, error), error) {
	opts := content.Options{Language: lang}
	text, more, err := pdftext.TextPages(b, pdfHeadPages)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", name, err)
	}
	if !more {
		return content.Parse(text, opts), nil, nil
	}
	whole := func() (*content.Document, error) {
		all, err := pdftext.Text(b)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		return content.Parse(all, opts), nil
	}
	return content.Parse(text, opts), whole, nil
}

// headSize is about how much of a large text the reader parses before its
// first frame; the whole text follows in the background (ui.Options.Full).
// 32 KB is several screens of text and parses in about 2 ms; for XML it is
// counted after the metadata.
const headSize = 32 << 10

// parseHead parses the head of a large input for the reader's first frame
// and returns it with a function that parses the whole. For input not much
// longer than headSize it returns a nil document, or, for XML that ends
// within the head, the whole document and a nil function.
func parseHead(name, text, lang string) (*content.Document, func() (*content.Document, error), error) {
	if len(text) <= 2*headSize {
		return nil, nil, nil
	}
	if looksLikeXML(text) {
		data := []byte(text)
		d, cut, err := akn.ParseHead(data, name, headSize)
		if err != nil || !cut {
			return d, nil, err
		}
		return d, func() (*content.Document, error) { return akn.ParseBytes(data, name) }, nil
	}
	h := head(text, headSize)
	if len(h) > len(text)-headSize {
		return nil, nil, nil // no break early enough: one parse, not two
	}
	opts := content.Options{Language: lang}
	whole := func() (*content.Document, error) { return content.Parse(text, opts), nil }
	return content.Parse(h, opts), whole, nil
}

// head returns text up to the first paragraph or page break at or after n
// bytes, or else up to the next line break.
func head(text string, n int) string {
	if len(text) <= n {
		return text
	}
	rest := text[n:]
	cut := -1
	for _, sep := range []string{"\f", "\n\n"} {
		if i := strings.Index(rest, sep); i >= 0 && (cut < 0 || i < cut) {
			cut = i
		}
	}
	if cut < 0 {
		cut = strings.IndexByte(rest, '\n')
	}
	if cut < 0 {
		return text
	}
	return text[:n+cut]
}

// looksLikeXML reports whether text starts, after white space, with an XML
// declaration or element.
func looksLikeXML(text string) bool {
	t := strings.TrimLeft(text, " \t\r\n\ufeff")
	return strings.HasPrefix(t, "<?xml") || strings.HasPrefix(t, "<akomaNtoso") || strings.HasPrefix(t, "<!DOCTYPE")
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
