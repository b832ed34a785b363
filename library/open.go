package library

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"resolute/content"
	"resolute/content/akn"
	"resolute/content/input"
	"resolute/content/pdftext"
	"resolute/isolate"
	"resolute/termsafe"
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
	// OpenOptions.Head); nil when Doc is whole. When the rest of a PDF
	// cannot be read (its page tree breaks after the head), Rest returns
	// the document of the pages it read with the error, or a nil document
	// when it read no more than the head.
	Rest func() (*content.Document, error)
}

// Open is OpenContext without a deadline of its own: a PDF still has the
// default limits of package isolate.
func Open(path string, opt OpenOptions) (*Opened, error) {
	return OpenContext(context.Background(), path, opt)
}

// OpenContext reads and parses the file at path: through its text layer
// when it is a PDF, as XML when it starts like XML, and otherwise as text.
// Only regular files are read: a FIFO, a device or a directory is refused
// at once. A PDF is read in a child process (package isolate), which ctx
// can stop; text and XML are parsed here, in time and memory linear in
// their size, which is at most input.MaxSize.
//
// Errors are one line naming the file and the cause, safe to print: no
// byte of the file name or the file reaches them as a control.
func OpenContext(ctx context.Context, path string, opt OpenOptions) (*Opened, error) {
	name := termsafe.Name(path)
	b, err := input.ReadFileBytes(path)
	if err != nil {
		return nil, failed(name, err)
	}
	return openBytes(ctx, name, b, opt)
}

// OpenReader reads a document from r (standard input), refusing more than
// input.MaxSize bytes; name names it in messages.
func OpenReader(name string, r io.Reader, opt OpenOptions) (*Opened, error) {
	name = termsafe.Name(name)
	b, err := io.ReadAll(io.LimitReader(r, input.MaxSize+1))
	if err != nil {
		return nil, failed(name, fmt.Errorf("cannot read: %w", err))
	}
	if len(b) > input.MaxSize {
		return nil, failed(name, fmt.Errorf("input too large (the limit is %d MB)", input.MaxSize>>20))
	}
	return openBytes(context.Background(), name, b, opt)
}

// openBytes opens the document held in b.
func openBytes(ctx context.Context, name string, b []byte, opt OpenOptions) (*Opened, error) {
	if pdftext.IsPDF(b) {
		return openPDF(ctx, name, b, opt)
	}
	text, err := input.Decode(b)
	if err != nil {
		return nil, failed(name, err)
	}
	return OpenText(name, text, opt)
}

// failed returns the error "name: err", made safe to print.
func failed(name string, err error) error {
	return &OpenError{msg: termsafe.Message(name + ": " + err.Error()), err: err}
}

// OpenError is the error of Open and its kin: one line, naming the file
// and the cause, with nothing in it a terminal would take as a control.
type OpenError struct {
	msg string
	err error
}

func (e *OpenError) Error() string { return e.msg }

// Unwrap returns the cause.
func (e *OpenError) Unwrap() error { return e.err }

// OpenText parses text already decoded and cleaned (package input), as XML
// when it looks like XML.
func OpenText(name, text string, opt OpenOptions) (*Opened, error) {
	kind := KindText
	if looksLikeXML(text) {
		kind = KindXML
	}
	name = termsafe.Name(name)
	o := &Opened{Name: name, Kind: kind}
	if opt.Head {
		doc, rest, err := parseHead(name, text, opt.Lang)
		if err != nil {
			return nil, safe(err)
		}
		if doc != nil {
			o.Doc, o.Rest = doc, rest
			return o, nil
		}
	}
	doc, err := parse(name, text, opt.Lang)
	if err != nil {
		return nil, safe(err)
	}
	o.Doc = doc
	return o, nil
}

// safe returns err, which already names the file, made safe to print.
func safe(err error) error {
	return &OpenError{msg: termsafe.Message(err.Error()), err: err}
}

// parse turns decoded text into a document, as XML when it looks like XML.
func parse(name, text, lang string) (*content.Document, error) {
	if looksLikeXML(text) {
		return akn.Parse(strings.NewReader(text), name)
	}
	return content.Parse(text, content.Options{Language: lang}), nil
}

// pdfHeadPages is how many pages of a PDF a reader reads before its first
// frame: more than a screen of text. A page costs 10-50 ms to extract, and
// a resolution such as A/RES/79/1 has 56.
const pdfHeadPages = 2

// openPDF reads the PDF held in b in a child process (package isolate):
// its first pages first when opt.Head is set and it has more. A page that
// cannot be read is left out with a diagnostic. A PDF whose reading stops
// early (its page tree breaks, the reader crashes or runs out of time or
// memory) is an error, unless it stops after the head: then Rest returns
// the pages read with the error, for a reader to keep showing.
func openPDF(ctx context.Context, name string, b []byte, opt OpenOptions) (*Opened, error) {
	copts := content.Options{Language: opt.Lang}
	lim := isolate.Limits{}
	if opt.Head {
		lim.Pages = pdfHeadPages
	}
	res, err := isolate.ReadPDF(ctx, b, lim)
	if err == nil && len(res.Pages) == 0 && len(res.Skipped) > 0 {
		err = errors.New("unreadable PDF (" + res.Skipped[0] + ")")
	}
	if err != nil {
		return nil, failed(name, err)
	}
	text := res.Text()
	if !res.More && strings.TrimSpace(text) == "" {
		return nil, failed(name, pdftext.ErrNoText)
	}
	o := &Opened{Name: name, Kind: KindPDF, Doc: pdfDocument(res, copts)}
	if res.More {
		o.Rest = func() (*content.Document, error) {
			all, err := isolate.ReadPDF(ctx, b, isolate.Limits{})
			if err != nil {
				if len(all.Pages) <= len(res.Pages) {
					return nil, failed(name, err)
				}
				return pdfDocument(all, copts), failed(name, err)
			}
			return pdfDocument(all, copts), nil
		}
	}
	return o, nil
}

// pdfDocument parses the text of the pages read, noting those that could
// not be.
func pdfDocument(res *isolate.Result, opts content.Options) *content.Document {
	d := content.Parse(res.Text(), opts)
	for _, s := range res.Skipped {
		d.Diagnostics = append(d.Diagnostics, content.Diagnostic{Message: "left out " + termsafe.Message(s)})
	}
	return d
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
