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
// PDF readers can fail on malformed files in unexpected ways; Text turns any
// failure, including a panic inside the PDF library, into an error, and
// bounds the number of pages it reads.
package pdftext

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"sort"
	"strings"
	"unicode"

	"github.com/ledongthuc/pdf"

	"resolute/content/input"
)

// MaxPages is the most pages Text reads; a longer document is refused.
const MaxPages = 2000

// IsPDF reports whether b starts like a PDF file.
func IsPDF(b []byte) bool {
	return bytes.HasPrefix(bytes.TrimLeft(b, " \t\r\n"), []byte("%PDF-"))
}

// Text returns the text of the PDF held in b. Errors are one line, lower
// case, without the file's name.
func Text(b []byte) (string, error) {
	text, _, err := TextPages(b, 0)
	return text, err
}

// TextPages returns the text of the first limit pages of the PDF held in b
// (all of them when limit is 0 or more than there are), and whether pages
// were left out. A reader's first screen needs only the first pages, and
// each page costs 10-30 ms. Errors are Text's.
func TextPages(b []byte, limit int) (text string, more bool, err error) {
	defer func() {
		if r := recover(); r != nil {
			text, more, err = "", false, errors.New("unreadable PDF (the PDF reader failed on it)")
		}
	}()
	r, err := pdf.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		return "", false, fmt.Errorf("unreadable PDF: %v", firstLine(err.Error()))
	}
	n := r.NumPage()
	if n > MaxPages {
		return "", false, fmt.Errorf("PDF has %d pages; resolute reads at most %d", n, MaxPages)
	}
	if limit > 0 && limit < n {
		n, more = limit, true
	}
	var out strings.Builder
	for i := 1; i <= n; i++ {
		p := r.Page(i)
		if p.V.IsNull() {
			continue
		}
		height := pageHeight(p)
		if i > 1 {
			out.WriteString("\f\n") // the page break, which the layout stage reads
		}
		writePage(&out, p.Content().Text, height)
	}
	if !more && strings.TrimSpace(out.String()) == "" {
		return "", false, errors.New("PDF has no text layer (a scanned image?)")
	}
	return out.String(), more, nil
}

// firstLine returns s up to its first line break.
func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
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
