package content

import (
	"regexp"
	"strconv"
	"strings"
	"sync"
)

// plainStartRe matches a line that opens a paragraph of its own in plain
// text: a list item, a Markdown heading or a mail header ("Subject: …").
var plainStartRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(?:[-*•+]\s|#{1,6}\s|\d{1,3}[.)]\s|>\s|[A-Z][A-Za-z-]{1,20}:\s)`)
})

// maxPlainLeadLines bounds the lines resolutionLike looks at.
const maxPlainLeadLines = 400

// resolutionLike reports whether a text without an enacting formula, symbol
// or resolution number still reads as part of a resolution: at least a
// quarter of its first lines open with a lead phrase of the language
// ("Decides", "1. Requests", "ссылаясь").
func resolutionLike(lang string, lines []line, lp *linePatterns) bool {
	m := sharedLeadMatchers()[lang]
	n, leads := 0, 0
	for _, ln := range lines {
		if n >= maxPlainLeadLines {
			break
		}
		n++
		t := strings.TrimSpace(stripItalics(ln.text))
		if mm := lp.number.FindStringSubmatch(t); mm != nil {
			t = mm[2]
		}
		if lead, _ := m.match(t); lead != "" {
			leads++
		}
	}
	return leads > 0 && leads*4 >= n
}

// plainDocument fills d with the paragraphs of a text that is not a
// resolution: blocks between blank lines, and list items and headings on
// lines of their own, each an unnumbered operative paragraph. What the
// masthead reader guessed is dropped, as it would be bogus.
func plainDocument(d *Document, text string) {
	var paras []string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			paras = append(paras, strings.Join(cur, " "))
			cur = cur[:0]
		}
	}
	for l := range strings.SplitSeq(text, "\n") {
		t := strings.TrimSpace(l)
		switch {
		case t == "":
			flush()
			continue
		case plainStartRe().MatchString(t):
			flush()
		}
		cur = append(cur, t)
	}
	flush()
	d.Masthead = Masthead{}
	d.Title, d.Number, d.Formula, d.Organ, d.Closing, d.Annexes = "", "", "", "", nil, nil
	d.Footnotes = []Footnote{}
	var diags []Diagnostic
	for _, g := range d.Diagnostics {
		if !strings.HasPrefix(g.Message, "masthead line not understood") {
			diags = append(diags, g)
		}
	}
	read := strconv.Itoa(len(paras)) + " plain paragraphs"
	if len(paras) == 1 {
		read = "1 plain paragraph"
	}
	d.Diagnostics = append(diags, Diagnostic{Message: NotResolution + ": read as " + read})
	part := Part{Preamble: []Paragraph{}, Operative: []Paragraph{}}
	for i, p := range paras {
		id := "op0_" + strconv.Itoa(i+1)
		if len(paras) == 1 {
			id = "op1"
		}
		part.Operative = append(part.Operative, Paragraph{ID: id, Kind: Operative, Text: p})
	}
	d.Parts = []Part{part}
}
