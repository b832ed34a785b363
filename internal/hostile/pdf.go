// Package hostile makes damaged and crafted input files for tests: PDFs
// built to make a reader loop, recurse, allocate without bound or print
// escape sequences, and the XML and text counterparts. Tests run resolute
// on each and check that it stays within a deadline and a memory ceiling
// and answers with one clean line.
package hostile

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"strings"
)

// Case is one hostile input.
type Case struct {
	Name string
	Ext  string // file extension, with its dot: ".pdf", ".xml", ".txt"
	Data []byte
	// Opens says whether it is to be read whole: resolute prints it.
	Opens bool
	// Partial says that its first pages are fine and the rest is not: the
	// reader shows them and says the rest could not be read, while a
	// command that prints fails.
	Partial bool
	// Big marks a case too slow for every run of go test.
	Big bool
}

// Escapes is the hostile payload planted in names, strings and tables:
// an OSC that sets the window title, an OSC 52 that writes the clipboard,
// a CSI that clears the screen and a DCS.
const Escapes = "\x1b]0;PWNED\x07\x1b]52;c;cHduZWQgYnkgYSBQREY=\x07\x1b[2J\x1bP+q544e\x1b\\"

// PDF assembles a PDF from its objects: objs[i] is the body of object i+1
// (without "obj"/"endobj"). Object 1 must be the catalog. The
// cross-reference table is correct unless the caller damages the result.
func PDF(objs ...string) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
	offsets := make([]int, len(objs))
	for i, o := range objs {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return b.Bytes()
}

// Stream returns the body of a stream object with the given dictionary
// entries (without << >>) and data; /Length is added.
func Stream(dict string, data []byte) string {
	return fmt.Sprintf("<< %s /Length %d >>\nstream\n%s\nendstream", dict, len(data), data)
}

// font is the resource dictionary of every generated page.
const font = "/Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >> >> >>"

// Content returns a page's content stream that shows lines top down.
func Content(lines ...string) []byte {
	var b bytes.Buffer
	b.WriteString("BT /F1 11 Tf 72 720 Td 14 TL\n")
	for _, l := range lines {
		l = strings.NewReplacer(`\`, `\\`, `(`, `\(`, `)`, `\)`).Replace(l)
		fmt.Fprintf(&b, "(%s) Tj T*\n", l)
	}
	b.WriteString("ET\n")
	return b.Bytes()
}

// ResolutionPages returns n pages of text laid out as a resolution: the
// first page opens it, each page holds three operative paragraphs.
func ResolutionPages(n int) [][]byte {
	pages := make([][]byte, n)
	op := 1
	for i := range pages {
		var lines []string
		if i == 0 {
			lines = append(lines, "United Nations A/RES/99/1", "General Assembly", "", "Resolution adopted by the General Assembly", "", "99/1. A hostile test", "", "The General Assembly,", "", "Recalling its earlier resolutions,", "")
		}
		for k := 0; k < 3; k++ {
			lines = append(lines, fmt.Sprintf("%d. Decides that paragraph %d is on page %d of the document;", op, op, i+1), "")
			op++
		}
		pages[i] = Content(lines...)
	}
	return pages
}

// PagesPDF returns a valid PDF of the given page contents, its pages as
// the flat kids of one page tree node.
func PagesPDF(contents [][]byte) []byte {
	n := len(contents)
	objs := []string{"<< /Type /Catalog /Pages 2 0 R >>", ""}
	kids := make([]string, n)
	for i, c := range contents {
		page, stream := 3+2*i, 4+2*i
		kids[i] = fmt.Sprintf("%d 0 R", page)
		objs = append(objs,
			fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] %s /Contents %d 0 R >>", font, stream),
			Stream("", c))
	}
	objs[1] = fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), n)
	return PDF(objs...)
}

// PDFs returns the hostile PDFs. Those marked Big (a compression bomb of a
// gigabyte, 100,000 content streams, 2,000 pages) take a few seconds each.
func PDFs() []Case {
	good := ResolutionPages(2)
	page := func(parent, contents int) string {
		return fmt.Sprintf("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] %s /Contents %d 0 R >>", parent, font, contents)
	}
	cases := []Case{
		{Name: "valid-2-pages", Data: PagesPDF(good), Opens: true},
		// Pages 1 and 2 are fine; the third kid is the tree's root again.
		{Name: "cyclic-kids-at-page-3", Partial: true, Data: PDF(
			"<< /Type /Catalog /Pages 2 0 R >>",
			"<< /Type /Pages /Kids [3 0 R 5 0 R 2 0 R] /Count 9 >>",
			page(2, 4), Stream("", good[0]), page(2, 6), Stream("", good[1]))},
		// A node that is its own only kid.
		{Name: "cyclic-kids-self", Data: PDF(
			"<< /Type /Catalog /Pages 2 0 R >>",
			"<< /Type /Pages /Kids [2 0 R] /Count 1 >>")},
		// A page whose /Parent is itself: the library follows /Parent to
		// find the page's resources.
		{Name: "cyclic-parent", Data: PDF(
			"<< /Type /Catalog /Pages 2 0 R >>",
			"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
			"<< /Type /Page /Parent 3 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
			Stream("", good[0]))},
		// Two pages nodes that are each other's kid.
		{Name: "cyclic-kids-pair", Data: PDF(
			"<< /Type /Catalog /Pages 2 0 R >>",
			"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
			"<< /Type /Pages /Kids [2 0 R] /Count 1 >>")},
		{Name: "deep-page-tree", Data: deepTree(5000)},
		{Name: "huge-count", Data: PDF(
			"<< /Type /Catalog /Pages 2 0 R >>",
			"<< /Type /Pages /Kids [3 0 R] /Count 2147483647 >>",
			page(2, 4), Stream("", good[0])), Opens: true},
		{Name: "self-referencing-object-stream", Data: selfObjStm()},
		{Name: "xref-stream-prev-itself", Data: xrefStreamPrevSelf()},
		{Name: "xref-stream-huge-size", Data: xrefStream(1<<31-1, "")},
		{Name: "xref-stream-huge-widths", Data: xrefStream(4, "/W [1 1099511627776 2]")},
		{Name: "huge-predictor-columns", Data: predictorBomb()},
		{Name: "length-huge", Data: PDF(
			"<< /Type /Catalog /Pages 2 0 R >>",
			"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
			page(2, 4), "<< /Length 1099511627776 >>\nstream\nBT ET\nendstream")},
		{Name: "escapes-in-strings", Opens: true, Data: PagesPDF([][]byte{Content(
			"United Nations A/RES/99/2"+Escapes, "", "1. Decides"+Escapes+" to act;")})},
		{Name: "escapes-in-names", Data: PDF(
			"<< /Type /Catalog /Pages 2 0 R >>",
			"<< /Type /Pages"+Escapes+" /Kids [3 0 R] /Count 1 >>",
			"<< /Type /Page"+Escapes+" /Parent 2 0 R >>")},
		{Name: "escapes-in-xref", Data: brokenXref()},
		{Name: "escapes-in-startxref-target", Data: xrefTarget()},
		// A keyword where the cross-reference table belongs: readers quote
		// the token, and a C1 OSC (U+009D) has no delimiter to stop it.
		{Name: "c1-osc-in-xref-token", Data: []byte("%PDF-1.7\n\u009d0;PWNED\u0007\u009b2J\ntrailer\n<< /Root 1 0 R >>\nstartxref\n9\n%%EOF\n")},
		{Name: "escapes-in-trailer", Data: []byte("%PDF-1.7\n" + Escapes + "\ntrailer\n<< /Root " + Escapes + " >>\nstartxref\n9\n%%EOF\n")},
		{Name: "truncated", Data: PagesPDF(good)[:200]},
		{Name: "empty-page-tree", Data: PDF("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [] /Count 0 >>")},
		{Name: "bomb-glyphs-64MB", Data: bombPDF("(A) Tj ", 64<<20), Opens: false},
		{Name: "bomb-operands", Data: bombPDF("1 ", 1<<30), Big: true},
		{Name: "bomb-glyphs", Data: bombPDF("(AAAAAAA) Tj ", 1<<30), Big: true},
		{Name: "bomb-string", Data: bombString(1 << 30), Big: true},
		{Name: "content-array-100000", Data: manyStreams(100000), Big: true},
		{Name: "pages-2000", Data: PagesPDF(ResolutionPages(2000)), Opens: true, Big: true},
	}
	for i := range cases {
		cases[i].Ext = ".pdf"
	}
	return cases
}

// deepTree nests /Pages nodes depth deep before a page.
func deepTree(depth int) []byte {
	objs := []string{"<< /Type /Catalog /Pages 2 0 R >>"}
	for i := 0; i < depth; i++ {
		objs = append(objs, fmt.Sprintf("<< /Type /Pages /Kids [%d 0 R] /Count 1 >>", len(objs)+2))
	}
	objs = append(objs, "<< /Type /Page /MediaBox [0 0 612 792] >>")
	return PDF(objs...)
}

// bombPDF returns a one-page PDF whose content stream repeats unit until
// it inflates to size bytes, from a few hundred kilobytes of Flate data.
func bombPDF(unit string, size int) []byte {
	return PDF(
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] %s /Contents 4 0 R >>", font),
		Stream("/Filter /FlateDecode", deflateRepeat("BT /F1 1 Tf ", unit, size)))
}

// bombString is a page whose content is one string of size bytes.
func bombString(size int) []byte {
	return PDF(
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] %s /Contents 4 0 R >>", font),
		Stream("/Filter /FlateDecode", deflateRepeat("BT /F1 1 Tf (", "A", size)))
}

// deflateRepeat returns zlib data that inflates to head followed by unit
// repeated up to size bytes. Compressing a gigabyte would take seconds:
// once the window is full of the repeated unit, every further megabyte
// compresses to the same bytes, so one such segment is copied. The zlib
// checksum at the end is left out: a reader runs out of memory first, or
// stops at the short stream.
func deflateRepeat(head, unit string, size int) []byte {
	const chunk = 1 << 20
	block := []byte(strings.Repeat(unit, chunk/len(unit)+1)[:chunk-chunk%len(unit)])
	var b bytes.Buffer
	w, _ := zlib.NewWriterLevel(&b, zlib.BestCompression)
	w.Write([]byte(head))
	w.Write(block)
	w.Flush()
	w.Write(block)
	w.Flush()
	mark := b.Len()
	w.Write(block)
	w.Flush()
	seg := append([]byte(nil), b.Bytes()[mark:]...)
	w.Write(block)
	w.Flush()
	if !bytes.Equal(seg, b.Bytes()[mark+len(seg):]) {
		// The segments differ: compress the whole (slow, but correct).
		for n := 4 * len(block); n < size; n += len(block) {
			w.Write(block)
		}
		w.Close()
		return b.Bytes()
	}
	out := append([]byte(nil), b.Bytes()...)
	for n := 4 * len(block); n < size; n += len(block) {
		out = append(out, seg...)
	}
	return out
}

// manyStreams is a page whose /Contents is an array of n streams.
func manyStreams(n int) []byte {
	objs := []string{"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", ""}
	refs := make([]string, n)
	for i := range refs {
		refs[i] = fmt.Sprintf("%d 0 R", 4+i)
		objs = append(objs, Stream("", []byte("BT /F1 11 Tf 72 700 Td (x) Tj ET")))
	}
	objs[2] = fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] %s /Contents [%s] >>", font, strings.Join(refs, " "))
	return PDF(objs...)
}

// xrefStreamPDF assembles a PDF 1.5 file whose cross-reference table is
// a stream: objs as in PDF, then the xref stream as the last object, with
// entries of widths 1, 4, 2 for every object. extra is added to the xref
// stream's dictionary; size overrides /Size when positive; prevSelf makes
// its /Prev its own offset.
func xrefStreamPDF(objs []string, compressed map[int][2]int, size int, extra string, prevSelf bool) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
	offsets := make([]int, len(objs))
	for i, o := range objs {
		if _, ok := compressed[i+1]; ok {
			continue
		}
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	n := len(objs) + 2 // object 0, the objects, the xref stream
	self := b.Len()
	var data bytes.Buffer
	entry := func(typ byte, f2 uint32, f3 uint16) {
		data.WriteByte(typ)
		data.Write([]byte{byte(f2 >> 24), byte(f2 >> 16), byte(f2 >> 8), byte(f2)})
		data.Write([]byte{byte(f3 >> 8), byte(f3)})
	}
	entry(0, 0, 65535)
	for i := range objs {
		if c, ok := compressed[i+1]; ok {
			entry(2, uint32(c[0]), uint16(c[1]))
			continue
		}
		entry(1, uint32(offsets[i]), 0)
	}
	entry(1, uint32(self), 0)
	if size <= 0 {
		size = n
	}
	if !strings.Contains(extra, "/W") {
		extra += " /W [1 4 2]"
	}
	if prevSelf {
		extra += fmt.Sprintf(" /Prev %d", self)
	}
	fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\nstartxref\n%d\n%%%%EOF\n", n-1,
		Stream(fmt.Sprintf("/Type /XRef /Size %d /Root 1 0 R%s", size, extra), data.Bytes()), self)
	return b.Bytes()
}

// xrefStream is a small valid document with a cross-reference stream of
// the given /Size and extra dictionary entries.
func xrefStream(size int, extra string) []byte {
	return xrefStreamPDF([]string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] %s /Contents 4 0 R >>", font),
		Stream("", Content("1. Decides to act;")),
	}, nil, size, extra, false)
}

// xrefStreamPrevSelf is a document whose xref stream names itself as the
// previous cross-reference section.
func xrefStreamPrevSelf() []byte {
	return xrefStreamPDF([]string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] %s /Contents 4 0 R >>", font),
		Stream("", Content("1. Decides to act;")),
	}, nil, 0, "", true)
}

// selfObjStm is a document whose pages node lives in an object stream
// whose /Length is an object inside that same stream, and which /Extends
// itself.
func selfObjStm() []byte {
	inner := "<< /Type /Pages /Kids [] /Count 0 >> 99"
	header := "2 0 6 40 "
	data := header + inner
	return xrefStreamPDF([]string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"", // object 2 is in the object stream, object 5
		"<< /Type /Page >>",
		"<< >>",
		fmt.Sprintf("<< /Type /ObjStm /N 2 /First %d /Extends 5 0 R /Length 6 0 R >>\nstream\n%s\nendstream", len(header), data),
		"", // object 6, the length, is in object 5 too
	}, map[int][2]int{2: {5, 0}, 6: {5, 1}}, 0, "", false)
}

// predictorBomb is a document whose xref stream declares PNG predictors
// over a column count of a terabyte.
func predictorBomb() []byte {
	return xrefStream(0, "/DecodeParms << /Predictor 12 /Columns 1099511627776 >> /Filter /FlateDecode")
}

// brokenXref is a document whose cross-reference table holds escape
// sequences where offsets belong, so that a reader's error quotes them.
func brokenXref() []byte {
	b := PagesPDF(ResolutionPages(1))
	i := bytes.Index(b, []byte("xref\n"))
	out := append([]byte(nil), b[:i]...)
	out = append(out, []byte("xref\n0 3\n"+Escapes+" 65535 f \n"+Escapes+"\ntrailer\n<< /Size 3 /Root 1 0 R /Info ("+Escapes+") >>\nstartxref\n")...)
	out = append(out, []byte(fmt.Sprintf("%d\n%%%%EOF\n", i))...)
	return out
}

// xrefTarget is a document whose startxref points at an object that is not
// a cross-reference stream, and which holds escape sequences: readers
// quote it in their error.
func xrefTarget() []byte {
	b := PDF("<< /Type /Catalog /Pages 2 0 R /Evil (" + Escapes + ") /Name /A" + Escapes + " >>")
	i := bytes.LastIndex(b, []byte("startxref\n"))
	return append(b[:i], []byte("startxref\n15\n%%EOF\n")...)
}
