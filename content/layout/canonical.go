package layout

import (
	"bytes"
	"strings"
)

// Canonical turns hard-wrapped text (PDF extraction, OCR) into the canonical
// layout: masthead lines, then one paragraph per line separated by blank
// lines, operative numbers and sub-paragraph labels opening their
// paragraphs, footnote markers as superscript digits, and every footnote
// text at the end as "¹ text". Running page headers and footers are
// dropped. Text it cannot place stays in the order it came.
func Canonical(text string) string {
	return CanonicalWith(text, Options{})
}

// Options tune CanonicalWith.
type Options struct {
	// Lead reports whether a line opens with a preambular or operative lead
	// phrase of the text's language ("Rappelant", "ссылаясь", "又欢迎"),
	// which tells a new paragraph from a sentence running on across a page
	// break. Nil falls back to English participles.
	Lead func(line string) bool
}

// CanonicalWith is Canonical with options.
func CanonicalWith(text string, opt Options) string {
	text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
	lines := strings.Split(text, "\n")
	ff := make([]bool, len(lines))
	for i, l := range lines {
		lines[i], ff[i] = cleanLine(l)
	}
	d := analyse(lines)
	head := masthead(lines[:d.bodyStart])
	body := lines[d.bodyStart:]
	pages := paginate(body, furniture(body, d), ff[d.bodyStart:])
	ns := notes(pages)
	n := len(pages)
	for _, p := range pages {
		n += len(p.body)
	}
	stream := make([]string, 0, n)
	for i, p := range pages {
		if i > 0 {
			stream = append(stream, pageBreak)
		}
		stream = append(stream, p.body...)
	}
	paras := paragraphs(stream, opt.Lead)
	return render(head, paras, ns, frenchSpacing(text))
}

// render writes the canonical text.
func render(head []string, paras []para, ns []note, keepSpaceSemicolon bool) string {
	var b strings.Builder
	size := 0
	for _, h := range head {
		size += len(h) + 2
	}
	for _, p := range paras {
		size += len(p.text.buf) + 2
	}
	for _, n := range ns {
		size += len(n.text.buf) + 2 + 3*4
	}
	b.Grow(size + 1)
	sep := func() {
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
	}
	for _, h := range head {
		sep()
		b.WriteString(h)
	}
	for i, p := range paras {
		if p.table && i > 0 && paras[i-1].table {
			b.WriteString("\n")
		} else {
			sep()
		}
		if !keepSpaceSemicolon && !p.table {
			writeTight(&b, p.text.buf)
		} else {
			b.Write(p.text.buf)
		}
	}
	for _, n := range ns {
		switch {
		case n.num > 0:
			sep()
			b.WriteString(superscript(n.num) + " " + n.text.String())
		case n.num < 0:
			// Text under a footnote rule that no note number opens.
			sep()
			b.WriteString(n.text.String())
		}
		// A starred note ("* Reissued for technical reasons") is a
		// publishing remark, not a footnote of the text: it is dropped.
	}
	if b.Len() > 0 {
		b.WriteString("\n")
	}
	return b.String()
}

// writeTight writes t without the space before each semicolon and colon,
// " ;" → ";" and " :" → ":", one space for each mark.
func writeTight(b *strings.Builder, t []byte) {
	from := 0
	semi, colon := nextByte(t, 0, ';'), nextByte(t, 0, ':')
	for semi < len(t) || colon < len(t) {
		i := min(semi, colon)
		if i > 0 && t[i-1] == ' ' {
			b.Write(t[from : i-1])
			from = i
		}
		if i == semi {
			semi = nextByte(t, i+1, ';')
		} else {
			colon = nextByte(t, i+1, ':')
		}
	}
	b.Write(t[from:])
}

// nextByte returns the index of the first c in t from i, or len(t).
func nextByte(t []byte, i int, c byte) int {
	if k := bytes.IndexByte(t[i:], c); k >= 0 {
		return i + k
	}
	return len(t)
}

// frenchSpacing reports whether the text sets a space before semicolons and
// colons on purpose, as French does, so that " ;" and " :" must stay.
func frenchSpacing(text string) bool {
	const sample = 1 << 16
	if len(text) > sample {
		text = text[:sample]
	}
	return strings.Count(text, " les ")+strings.Count(text, " des ") > strings.Count(text, " the ")
}
