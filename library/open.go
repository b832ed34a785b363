package library

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"resolute/content"
	"resolute/content/akn"
	"resolute/content/input"
	"resolute/content/pdftext"
)

// Kind is the form a document comes in.
type Kind string

// The forms resolute reads.
const (
	KindText Kind = "text" // plain text, as the UN lays it out or as extracted from a PDF
	KindXML  Kind = "xml"  // the UN's XML, Akoma Ntoso for the UN
	KindPDF  Kind = "pdf"  // a PDF, read through its text layer
)

// OpenOptions say how to read a document.
type OpenOptions struct {
	// Lang forces the language of a text (ar, en, es, fr, ru, zh); "" detects it.
	Lang string
	// Head asks for the head of a large document first, for a reader's
	// first screen: Opened.Doc is then the head and Opened.Rest parses the
	// whole.
	Head bool
}

// Opened is a document read from a file or a stream.
type Opened struct {
	// Name is how messages name the input: its path, "standard input".
	Name string
	// Kind is the form the input came in.
	Kind Kind
	// Doc is the document, or its head when Rest is set.
	Doc *content.Document
	// Rest parses the whole document when Doc is only its head (see
	// OpenOptions.Head); nil when Doc is whole.
	Rest func() (*content.Document, error)
}

// Open reads and parses the file at path: as XML when it starts like XML,
// through its text layer when it is a PDF (by name or by content), and
// otherwise as text. Errors are one line naming the file and the cause.
func Open(path string, opt OpenOptions) (*Opened, error) {
	if isPDFFile(path) {
		b, err := readPDFFile(path)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		if pdftext.IsPDF(b) {
			return openPDF(path, b, opt)
		}
		text, err := input.Decode(b) // a PDF by name only
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		return OpenText(path, text, opt)
	}
	text, err := input.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return OpenText(path, text, opt)
}

// OpenReader reads a document from r (standard input), refusing more than
// input.MaxSize bytes; name names it in messages.
func OpenReader(name string, r io.Reader, opt OpenOptions) (*Opened, error) {
	b, err := io.ReadAll(io.LimitReader(r, input.MaxSize+1))
	if err != nil {
		return nil, fmt.Errorf("%s: cannot read: %w", name, err)
	}
	if len(b) > input.MaxSize {
		return nil, fmt.Errorf("%s: input too large (the limit is %d MB)", name, input.MaxSize>>20)
	}
	if pdftext.IsPDF(b) {
		return openPDF(name, b, opt)
	}
	text, err := input.Decode(b)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return OpenText(name, text, opt)
}

// OpenText parses text already decoded and cleaned (package input), as XML
// when it looks like XML.
func OpenText(name, text string, opt OpenOptions) (*Opened, error) {
	kind := KindText
	if looksLikeXML(text) {
		kind = KindXML
	}
	o := &Opened{Name: name, Kind: kind}
	if opt.Head {
		doc, rest, err := parseHead(name, text, opt.Lang)
		if err != nil {
			return nil, err
		}
		if doc != nil {
			o.Doc, o.Rest = doc, rest
			return o, nil
		}
	}
	doc, err := parse(name, text, opt.Lang)
	if err != nil {
		return nil, err
	}
	o.Doc = doc
	return o, nil
}

// isPDFFile reports whether the named file is to be read as a PDF: by its
// name, or because it starts like one.
func isPDFFile(path string) bool {
	return strings.EqualFold(filepath.Ext(path), ".pdf") || startsWithPDF(path)
}

// startsWithPDF reports whether the named file starts like a PDF.
func startsWithPDF(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	if info, err := f.Stat(); err != nil || !info.Mode().IsRegular() {
		return false
	}
	head := make([]byte, 16)
	n, _ := io.ReadFull(f, head)
	return pdftext.IsPDF(head[:n])
}

// readPDFFile returns the bytes of the named file, refusing a directory or
// a file over input.MaxSize.
func readPDFFile(path string) ([]byte, error) {
	info, err := os.Stat(path)
	switch {
	case err != nil:
		_, err = input.ReadFile(path) // the same one-line message as for text
		return nil, err
	case info.IsDir():
		return nil, fmt.Errorf("is a directory")
	case info.Size() > input.MaxSize:
		return nil, fmt.Errorf("file too large (%d MB; the limit is %d MB)", info.Size()>>20, input.MaxSize>>20)
	}
	return os.ReadFile(path)
}

// parse turns decoded text into a document, as XML when it looks like XML.
func parse(name, text, lang string) (*content.Document, error) {
	if looksLikeXML(text) {
		return akn.Parse(strings.NewReader(text), name)
	}
	return content.Parse(text, content.Options{Language: lang}), nil
}

// pdfHeadPages is how many pages of a PDF a reader reads before its first
// frame: more than a screen of text. A page costs 10-30 ms to extract, and
// a resolution such as A/RES/79/1 has 56.
const pdfHeadPages = 2

// openPDF reads the PDF held in b: its first pages first when opt.Head is
// set and it has more.
func openPDF(name string, b []byte, opt OpenOptions) (*Opened, error) {
	copts := content.Options{Language: opt.Lang}
	o := &Opened{Name: name, Kind: KindPDF}
	limit := 0
	if opt.Head {
		limit = pdfHeadPages
	}
	text, more, err := pdftext.TextPages(b, limit)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	o.Doc = content.Parse(text, copts)
	if more {
		o.Rest = func() (*content.Document, error) {
			all, err := pdftext.Text(b)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", name, err)
			}
			return content.Parse(all, copts), nil
		}
	}
	return o, nil
}

// headSize is about how much of a large text a reader parses before its
// first frame; the whole text follows in the background (Opened.Rest).
// 32 KB is several screens of text and parses in about 2 ms; for XML it is
// counted after the metadata.
const headSize = 32 << 10

// parseHead parses the head of a large input for a reader's first frame
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
