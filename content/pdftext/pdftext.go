// Package pdftext extracts the text of a UN document from its PDF, laid out
// as PDF text extractions usually are: one printed line per line, a blank line
// between paragraphs, running headers and footers and the footnote blocks at
// page feet left where they fall, footnote markers as plain digits glued to
// the word they follow. The text parser's layout stage (package layout) then
// turns that into the canonical layout.
//
// Every glyph's text is cleaned like any input (package input), so the
// result holds no control character but the newline and the form feed that
// separates pages.
//
// PDF readers can fail on malformed files in unexpected ways: Document
// walks the page tree itself (refusing loops, excessive depth and size),
// checks each page's /Parent chain, and turns a panic inside the PDF library
// into an error for that page. What recover cannot catch (a stack overflow,
// an allocation beyond memory, a loop inside the library) is for the caller
// to contain: package isolate runs this package in a child process.
package pdftext

import (
	"bytes"
	"compress/flate"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"math"
	"reflect"
	"sort"
	"strings"
	"unicode"

	"github.com/ledongthuc/pdf"

	"resolute/content/input"
)

// IsPDF reports whether b starts like a PDF file.
func IsPDF(b []byte) bool {
	return bytes.HasPrefix(bytes.TrimLeft(b, " \t\r\n"), []byte("%PDF-"))
}

// Text returns the text of the PDF held in b, in this process. Errors are
// one line, lower case, without the file's name.
//
// The PDF library can loop, or die of a fatal error that recover cannot
// catch, on a crafted file: a program reading untrusted PDFs runs this in a
// child process (package isolate) rather than in its own.
func Text(b []byte) (string, error) {
	text, _, err := TextPages(b, 0)
	return text, err
}

// TextPages returns the text of the first limit pages of the PDF held in b
// (all of them when limit is 0 or more than there are), and whether pages
// were left out. Pages are separated by a form feed and a newline. A page
// that fails to read is left out; a document whose pages all fail, or hold
// no text, is an error. Errors are Text's.
func TextPages(b []byte, limit int) (text string, more bool, err error) {
	d, err := Open(b)
	if err != nil {
		return "", false, err
	}
	var out strings.Builder
	read, failed := 0, 0
	var pageErr error
	for {
		if limit > 0 && read == limit {
			return out.String(), true, nil
		}
		s, err := d.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *PageError
			if !errors.As(err, &pe) {
				if out.Len() > 0 {
					return out.String(), false, nil // what came before the damage
				}
				return "", false, err
			}
			failed++
			pageErr = err
			continue
		}
		if read > 0 {
			out.WriteString("\f\n") // the page break, which the layout stage reads
		}
		out.WriteString(s)
		read++
	}
	if read == 0 && failed > 0 {
		return "", false, pageErr
	}
	if strings.TrimSpace(out.String()) == "" {
		return "", false, ErrNoText
	}
	return out.String(), false, nil
}

// ErrNoText is the error for a PDF whose pages hold no text.
var ErrNoText = errors.New("PDF has no text layer (a scanned image?)")

// PageError is the error for one page that could not be read; the pages
// after it can still be.
type PageError struct {
	Page  int    // 1-based
	Cause string // one line
}

func (e *PageError) Error() string {
	return fmt.Sprintf("page %d: %s", e.Page, e.Cause)
}

// Bounds of the page tree walk: a tree deeper or larger than this is
// malformed, whatever its /Count says.
const (
	maxTreeDepth = 64
	maxTreeNodes = 1 << 20
)

// Document is an opened PDF whose pages are read in order with Next.
type Document struct {
	r     *pdf.Reader
	stack []treeLevel
	seen  map[objectID]bool
	nodes int
	page  int // pages returned so far
	done  bool
}

// treeLevel is one /Pages node being walked and the index of its next kid.
type treeLevel struct {
	node pdf.Value
	next int
}

// Open parses the PDF held in b far enough to walk its pages. Errors are
// one line.
func Open(b []byte) (d *Document, err error) {
	defer func() {
		if r := recover(); r != nil {
			d, err = nil, unreadable(r)
		}
	}()
	r, err := pdf.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		return nil, openError(err)
	}
	root := r.Trailer().Key("Root").Key("Pages")
	if root.IsNull() {
		return nil, errors.New("unreadable PDF (it has no page tree)")
	}
	d = &Document{r: r, seen: map[objectID]bool{}}
	d.enter(root)
	return d, nil
}

// Pages returns the number of pages the document declares, which a
// damaged file may get wrong.
func (d *Document) Pages() (n int) {
	defer func() {
		if recover() != nil {
			n = 0
		}
	}()
	return int(max(0, min(d.r.Trailer().Key("Root").Key("Pages").Key("Count").Int64(), 1<<30)))
}

// Next returns the text of the next page, io.EOF after the last, a
// *PageError for a page that could not be read (the next call goes on
// with the page after it), or another error when the page tree itself is
// broken (a loop, a tree too deep): nothing after it can be read.
func (d *Document) Next() (text string, err error) {
	if d.done {
		return "", io.EOF
	}
	p, err := d.nextPage()
	if err != nil {
		d.done = true
		return "", err
	}
	if p.V.IsNull() {
		d.done = true
		return "", io.EOF
	}
	d.page++
	return d.pageText(p)
}

// pageText extracts one page's text, turning a panic of the PDF library
// into a *PageError.
func (d *Document) pageText(p pdf.Page) (text string, err error) {
	defer func() {
		if r := recover(); r != nil {
			text, err = "", &PageError{Page: d.page, Cause: unreadable(r).Error()}
		}
	}()
	// The library follows /Parent without end to find a page's resources;
	// a chain that loops is caught here first.
	if err := d.checkParents(p.V); err != nil {
		return "", &PageError{Page: d.page, Cause: err.Error()}
	}
	var out strings.Builder
	writePage(&out, p.Content().Text, pageHeight(p))
	return out.String(), nil
}

// nextPage walks the page tree to its next leaf, depth first, refusing a
// tree that loops back on itself, is too deep or too large.
func (d *Document) nextPage() (p pdf.Page, err error) {
	defer func() {
		if r := recover(); r != nil {
			p, err = pdf.Page{}, unreadable(r)
		}
	}()
	for len(d.stack) > 0 {
		top := &d.stack[len(d.stack)-1]
		kids := top.node.Key("Kids")
		if top.next >= kids.Len() {
			d.stack = d.stack[:len(d.stack)-1]
			continue
		}
		kid := kids.Index(top.next)
		top.next++
		if d.nodes++; d.nodes > maxTreeNodes {
			return pdf.Page{}, errors.New("unreadable PDF (its page tree is too large)")
		}
		typ := kid.Key("Type").Name()
		if id, ok := valueID(kid); ok {
			// A kid with the id of its node is a direct object inside it,
			// or the node itself: only the latter can be a /Pages node.
			nodeID, _ := valueID(top.node)
			if id == nodeID && typ == "Pages" || id != nodeID && d.seen[id] {
				return pdf.Page{}, errors.New("unreadable PDF (its page tree loops back on itself)")
			}
			if id != nodeID {
				d.seen[id] = true
			}
		}
		switch typ {
		case "Pages":
			if len(d.stack) >= maxTreeDepth {
				return pdf.Page{}, errors.New("unreadable PDF (its page tree is too deep)")
			}
			d.enter(kid)
		case "Page":
			return pdf.Page{V: kid}, nil
		default:
			if kid.Key("Kids").Kind() == pdf.Array { // a /Pages node without its /Type
				d.enter(kid)
			}
		}
	}
	return pdf.Page{}, nil
}

// enter pushes a /Pages node on the walk.
func (d *Document) enter(node pdf.Value) {
	if id, ok := valueID(node); ok {
		d.seen[id] = true
	}
	d.stack = append(d.stack, treeLevel{node: node})
}

// checkParents follows v's /Parent chain and reports an error when it
// loops or is too long.
func (d *Document) checkParents(v pdf.Value) error {
	seen := map[objectID]bool{}
	for depth := 0; !v.IsNull(); depth++ {
		if depth > maxTreeDepth {
			return errors.New("its /Parent chain is too long")
		}
		parent := v.Key("Parent")
		if parent.IsNull() {
			return nil
		}
		if id, ok := valueID(parent); ok { // a /Parent is always an indirect object
			if seen[id] {
				return errors.New("its /Parent chain loops back on itself")
			}
			seen[id] = true
		}
		v = parent
	}
	return nil
}

// objectID is the number and generation of an indirect PDF object.
type objectID struct {
	id  uint64
	gen uint64
}

// valueID reads the unexported object pointer of a pdf.Value.
func valueID(v pdf.Value) (objectID, bool) {
	if v.IsNull() {
		return objectID{}, false
	}
	f := reflect.ValueOf(v).FieldByName("ptr")
	if !f.IsValid() || f.Kind() != reflect.Struct || f.NumField() != 2 {
		return objectID{}, false
	}
	id, gen := f.Field(0), f.Field(1)
	if id.Kind() < reflect.Uint || id.Kind() > reflect.Uint64 || gen.Kind() < reflect.Uint || gen.Kind() > reflect.Uint64 {
		return objectID{}, false
	}
	o := objectID{id: id.Uint(), gen: gen.Uint()}
	return o, o.id != 0
}

// unreadable maps a panic of the PDF library to a one-line error. The
// library's own messages (such as Go's "makeslice: len out of range") mean
// nothing to a reader and may quote the file's bytes, so they are named by
// kind only.
func unreadable(r any) error {
	msg := fmt.Sprint(r)
	switch {
	case strings.Contains(msg, "out of range"), strings.Contains(msg, "makeslice"):
		return errors.New("unreadable PDF (a size or index in it is out of range)")
	case strings.Contains(msg, "nil pointer"), strings.Contains(msg, "interface conversion"):
		return errors.New("unreadable PDF (an object in it is missing or of the wrong type)")
	}
	return errors.New("unreadable PDF (the PDF reader failed on it)")
}

// openError words the PDF library's error on opening a file for a reader:
// a damaged compressed stream is named as such rather than by the
// decompressor's own message ("zlib: invalid header"), which says nothing
// to someone who only wanted to read a resolution; other messages are kept,
// on one line.
func openError(err error) error {
	var corrupt flate.CorruptInputError
	msg := err.Error()
	switch {
	case errors.Is(err, zlib.ErrHeader), errors.Is(err, zlib.ErrChecksum), errors.Is(err, zlib.ErrDictionary),
		errors.As(err, &corrupt), strings.HasPrefix(msg, "zlib: "), strings.HasPrefix(msg, "flate: "):
		return errors.New("unreadable PDF (a compressed stream in it is damaged)")
	}
	return fmt.Errorf("unreadable PDF (%s)", oneLine(msg))
}

// oneLine returns the first line of s, cleaned like any input and at most
// 120 characters long: the PDF library's messages may quote the file.
func oneLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	s = input.Clean(s)
	if r := []rune(s); len(r) > 120 {
		s = string(r[:120]) + "…"
	}
	return s
}

// glyph is one piece of text placed on the page.
type glyph struct {
	s        string
	x, y, fs float64
}

// line is a printed line: its baseline, body font size and text.
type line struct {
	y, fs, x0 float64 // baseline, font size, x of the first visible glyph
	text      strings.Builder
}

// writePage writes one page's lines, a blank line between paragraphs.
// height is the page's height in points, 0 if unknown.
func writePage(out *strings.Builder, texts []pdf.Text, height float64) {
	if height <= 0 {
		height = 792
	}
	// Running headers and footers set side by side pieces that belong on
	// lines of their own (the short title and the symbol, the job number
	// and the page number), as text extractions print them.
	margins := func(y float64) bool { return y > 0.9*height || y < 0.07*height }
	lines := groupLines(texts, margins)
	if len(lines) == 0 {
		return
	}
	lines = joinNoteMarkers(lines)
	margin := commonMargin(lines)
	var prev *line
	for _, l := range lines {
		s := strings.Join(strings.Fields(l.text.String()), " ")
		if s == "" {
			continue
		}
		if prev != nil {
			gap := prev.y - l.y
			indented := l.x0 > margin+8 && l.x0 < margin+60
			if gap > 1.6*math.Max(l.fs, 1) || gap < 0 || indented {
				out.WriteString("\n")
			}
		}
		out.WriteString(s)
		out.WriteString(" \n")
		prev = l
	}
}

// groupLines builds lines from glyphs in content-stream order, which in
// UN PDFs is reading order. A glyph in a smaller font raised above the
// current baseline is a superscript (a footnote marker) and stays on the
// line it belongs to.
//
// In the page margins (where inMargin says so) a jump of the pen to the left,
// or far to the right, also starts a new line.
func groupLines(texts []pdf.Text, inMargin func(y float64) bool) []*line {
	var lines []*line
	var cur *line
	lastX := 0.0
	for _, t := range texts {
		s := cleanGlyph(t.S)
		if s == "" {
			continue
		}
		g := glyph{s: s, x: t.X, y: t.Y, fs: t.FontSize}
		if cur != nil && superscriptOf(cur, g) {
			cur.text.WriteString(g.s)
			continue
		}
		jump := inMargin(g.y) && (g.x < lastX-5 || g.x > lastX+50)
		lastX = g.x
		if cur == nil || jump || math.Abs(g.y-cur.y) > 0.4*math.Max(cur.fs, 1) {
			cur = &line{y: g.y, fs: g.fs, x0: -1}
			lines = append(lines, cur)
		}
		if cur.x0 < 0 && strings.TrimSpace(g.s) != "" {
			cur.x0 = g.x
		}
		if g.fs > cur.fs && strings.TrimSpace(g.s) != "" {
			cur.fs = g.fs
		}
		cur.text.WriteString(g.s)
	}
	// Content streams sometimes place running headers after the body; keep
	// the stream order but put lines of one page top to bottom when they
	// are clearly out of order.
	sort.SliceStable(lines, func(i, j int) bool { return lines[i].y > lines[j].y+0.5 })
	return lines
}

// joinNoteMarkers puts a footnote's number, set as a small raised line of
// its own at the page foot, in front of the note's first line: "1 A/79/302.".
func joinNoteMarkers(lines []*line) []*line {
	out := lines[:0]
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		s := strings.TrimSpace(l.text.String())
		if isDigits(s) && i+1 < len(lines) {
			next := lines[i+1]
			drop := l.y - next.y
			if l.fs < 0.8*next.fs && drop >= 0 && drop < next.fs {
				rest := next.text.String()
				next.text.Reset()
				next.text.WriteString(s + " " + rest)
				next.x0 = math.Min(next.x0, l.x0)
				continue
			}
		}
		out = append(out, l)
	}
	return out
}

// superscriptOf reports whether g is a small raised glyph on line l.
func superscriptOf(l *line, g glyph) bool {
	if l.fs <= 0 || g.fs >= 0.8*l.fs {
		return false
	}
	raise := g.y - l.y
	return raise > 0.5 && raise < 0.8*l.fs && isDigits(g.s)
}

func isDigits(s string) bool {
	for _, r := range s {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return s != ""
}

// cleanGlyph maps what the PDF library yields for a glyph to text: its
// stand-ins for tabs and non-breaking spaces become spaces, and characters
// it could not map are dropped.
func cleanGlyph(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\n':
			// The library marks a new text-showing operator with a newline,
			// not a line break; the glyphs around it carry their own spaces.
		case r == '\t' || r == '\u00a0' || r == '\u202f':
			b.WriteByte(' ')
		case r == unicode.ReplacementChar || r == '\u00ad' || unicode.IsControl(r):
		default:
			b.WriteRune(r)
		}
	}
	return input.Clean(b.String())
}

// pageHeight is the page's height in points from its (possibly inherited)
// MediaBox, or 0 when the page does not say.
func pageHeight(p pdf.Page) float64 {
	for v, depth := p.V, 0; !v.IsNull() && depth < 32; v, depth = v.Key("Parent"), depth+1 {
		if box := v.Key("MediaBox"); box.Len() == 4 {
			return box.Index(3).Float64() - box.Index(1).Float64()
		}
	}
	return 0
}

// commonMargin is the x most lines start at: the left margin of body text.
func commonMargin(lines []*line) float64 {
	count := map[int]int{}
	best, bestN := 0, 0
	for _, l := range lines {
		if l.x0 < 0 {
			continue
		}
		k := int(math.Round(l.x0))
		count[k]++
		if count[k] > bestN || (count[k] == bestN && k < best) {
			best, bestN = k, count[k]
		}
	}
	return float64(best)
}
