package akn

import (
	"bytes"
	"io"
	"strings"

	"resolute/content"
)

// builder holds the state of one Parse.
type builder struct {
	name  string
	doc   *content.Document
	links map[unitKey][]link
	ids   map[string]bool
	next  map[string]int // last suffix given to a duplicate id
	// bodyAnnexes are annexes found inside <mainBody>, after an "Annex"
	// heading; the last one is open while the body is read.
	bodyAnnexes []*rawAnnex
	// numberedOn is set while a body is read whose sections number their
	// paragraphs on from one another (numberedOnSections): its sections
	// are headings in one part.
	numberedOn bool
}

// Parse reads one AKN4UN document and returns it as a content.Document.
// name labels errors ("name: not well-formed XML: line 3: …"). Input over
// MaxSize bytes, nested deeper than MaxDepth, declaring entities, not
// well-formed or not Akoma Ntoso is refused with a one-line error.
func Parse(r io.Reader, name string) (*content.Document, error) {
	root, err := readTree(r, name)
	if err != nil {
		return nil, err
	}
	return build(root, name), nil
}

// ParseBytes is Parse on a byte slice.
func ParseBytes(data []byte, name string) (*content.Document, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	root, err := readTreeBytes(data, name)
	if err != nil {
		return nil, err
	}
	return build(root, name), nil
}

// build turns the tree of an Akoma Ntoso document into a Document.
func build(root *node, name string) *content.Document {
	b := newBuilder(name)
	b.buildFrom(root)
	b.indexCitations()
	return b.doc
}

// newBuilder returns a builder with an empty Document.
func newBuilder(name string) *builder {
	return &builder{
		name:  name,
		doc:   &content.Document{Footnotes: []content.Footnote{}, Citations: []content.Citation{}, Diagnostics: []content.Diagnostic{}, Parts: []content.Part{}},
		links: map[unitKey][]link{},
		ids:   map[string]bool{},
		next:  map[string]int{},
	}
}

// buildFrom fills the Document from the tree, citations aside.
func (b *builder) buildFrom(root *node) {
	top := firstElement(root)
	if top == nil {
		b.diag("empty Akoma Ntoso document")
		return
	}
	renumberNotes(root)
	b.readMeta(top.child("meta"))
	b.readCover(top.child("coverPage"))
	b.readPreface(top.child("preface"))

	var parts []*rawPart
	var closing []string
	var annexes []*rawAnnex
	if comps := root.child("components"); top.name == "documentCollection" && comps != nil {
		for _, c := range comps.findAll("component", nil) {
			st := firstElement(c)
			if st == nil {
				continue
			}
			if b.doc.Language == "" {
				// A collection whose own <meta> is empty (A/RES/80/236
				// A-B): its components' say the language, the organ and
				// the workflow.
				b.readMeta(st.child("meta"))
			}
			part := &rawPart{}
			if pf := st.child("preface"); pf != nil {
				part.label, part.heading = splitPartTitle(pf.plain())
			}
			ps := b.readStatement(st)
			annexes = append(annexes, b.takeBodyAnnexes()...)
			ps[0].label, ps[0].heading = part.label, part.heading
			ps[len(ps)-1].closing = conclusionLines(st.child("conclusions"), b.doc)
			parts = append(parts, ps...)
			annexes = append(annexes, b.readAttachments(st)...)
		}
	} else {
		parts = b.readStatement(top)
		annexes = append(annexes, b.takeBodyAnnexes()...)
		closing = conclusionLines(top.child("conclusions"), b.doc)
	}
	annexes = append(annexes, b.readAttachments(top)...)
	if b.doc.Symbol == "" {
		b.doc.Symbol = symbolFromIRI(top)
	}
	if len(parts) > 0 && parts[0].formula != "" {
		b.doc.Formula = parts[0].formula
	}
	// A body that opened with sections leaves an empty first part.
	if len(parts) > 1 && len(parts[0].pre) == 0 && len(parts[0].ops) == 0 && parts[0].label == "" {
		parts = parts[1:]
	}
	b.finish(parts, annexes)
	if len(closing) > 0 {
		b.doc.Closing = closing
	} else if len(b.doc.Parts) == 1 && len(b.doc.Parts[0].Closing) > 0 {
		b.doc.Closing, b.doc.Parts[0].Closing = b.doc.Parts[0].Closing, nil
	}
}

// firstElement returns the first element child of n.
func firstElement(n *node) *node {
	for _, k := range n.kids {
		if k.name != "" {
			return k
		}
	}
	return nil
}

// maxDiagnostics bounds the diagnostics of one document.
const maxDiagnostics = 100

// diag records a diagnostic, up to maxDiagnostics of them.
func (b *builder) diag(msg string) {
	switch n := len(b.doc.Diagnostics); {
	case n < maxDiagnostics:
		b.doc.Diagnostics = append(b.doc.Diagnostics, content.Diagnostic{Message: msg})
	case n == maxDiagnostics:
		b.doc.Diagnostics = append(b.doc.Diagnostics, content.Diagnostic{Message: "more problems not listed"})
	}
}

// readAttachments reads the annexes of a statement.
func (b *builder) readAttachments(st *node) []*rawAnnex {
	var out []*rawAnnex
	at := st.child("attachments")
	if at == nil {
		return nil
	}
	for _, a := range at.kids {
		if a.name == "" {
			continue
		}
		d := firstElement(a)
		if a.name != "attachment" || d == nil {
			d = a
		}
		out = append(out, b.readAnnexes(d)...)
	}
	return out
}

// splitPartTitle splits a component's preface, "A Information in the
// service of humanity", into its label and heading.
func splitPartTitle(s string) (label, heading string) {
	first, rest, _ := strings.Cut(s, " ")
	first = strings.TrimRight(first, ".")
	if len([]rune(first)) <= 4 && first != "" && (isSectionLabel(first) || isLetterLabel(first) || content.ArabicLetter(first) != "") {
		return content.PartKey(first), strings.TrimSpace(strings.TrimLeft(rest, ".-– "))
	}
	return "", s
}

// isLetterLabel reports whether s is a part letter such as "A" or "B".
func isLetterLabel(s string) bool {
	r := []rune(s)
	return len(r) == 1 && (r[0] >= 'A' && r[0] <= 'Z' || r[0] >= 'А' && r[0] <= 'Я' || strings.ContainsRune("ألفباءجيم", r[0]))
}

// conclusionLines returns the lines of a <conclusions>: one per <eol/>.
func conclusionLines(c *node, d *content.Document) []string {
	if c == nil {
		return nil
	}
	var out []string
	for _, p := range c.findAll("p", nil) {
		cur := &unit{}
		for _, k := range p.kids {
			if k.name == "eol" {
				if t := cur.text(); t != "" {
					out = append(out, t)
				}
				cur = &unit{}
				continue
			}
			if k.name == "inline" && k.attr("name") == "adoptionMeeting" && d.Masthead.Meeting == "" {
				d.Masthead.Meeting = k.plain()
			}
			if k.name == "docDate" && d.Masthead.AdoptionDate == "" {
				d.Masthead.AdoptionDate = isoDate(k.attr("date"))
			}
			inlineNode(cur, k)
		}
		if t := cur.text(); t != "" {
			out = append(out, t)
		}
	}
	return out
}
