package export

import (
	"strings"

	"resolute/content"
)

// publisher is the "United Nations" line heading a document, per language.
var publisher = map[string]string{
	"en": "United Nations",
	"fr": "Nations Unies",
	"es": "Naciones Unidas",
	"ru": "Организация Объединенных Наций",
	"ar": "الأمم المتحدة",
	"zh": "联合国",
}

// Text returns the plain-text layout of d: the masthead lines, the number
// and title, the enacting formula, one paragraph per line with its lead
// phrase in asterisks and its number ("1. ", Arabic "1 - "), sub-paragraphs
// under their printed labels, part labels and headings, the closing lines,
// the annexes, and the footnote texts at the end ("¹ text"). Lines are
// separated by blank lines. A nil d gives "".
func Text(d *content.Document) string {
	if d == nil {
		return ""
	}
	w := &writer{lang: d.Language}
	w.masthead(d)
	if len(d.Parts) == 0 || d.Parts[0].Formula == "" {
		w.line(d.Formula, w.formula)
	}
	for _, p := range d.Parts {
		w.part(p)
	}
	w.line(strings.Join(d.Closing, " "), nil)
	for _, a := range d.Annexes {
		w.line(a.Label, nil)
		w.line(a.Title, nil)
		for _, p := range a.Paragraphs {
			w.paragraph(p)
		}
	}
	for _, f := range d.Footnotes {
		w.line(content.Superscript(f.Marker)+" "+f.Text, nil)
	}
	return w.b.String()
}

// writer accumulates lines, one blank line between them.
type writer struct {
	b    strings.Builder
	lang string
}

// line writes s (each of its lines) as paragraphs of the output, through f
// when f is not nil. Empty lines are skipped.
func (w *writer) line(s string, f func(string) string) {
	for _, l := range strings.Split(s, "\n") {
		l = oneLine(l)
		if l == "" {
			continue
		}
		if f != nil {
			l = f(l)
		}
		if w.b.Len() > 0 {
			w.b.WriteString("\n\n")
		}
		w.b.WriteString(l)
	}
}

// oneLine trims s and turns any line break inside it into a space.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// masthead writes the lines above the formula: the masthead, then the
// number and title (a GA resolution), or the number line then the
// adoption line (an SC resolution, whose "title" is "Resolution 2511 (2020)").
func (w *writer) masthead(d *content.Document) {
	m := d.Masthead
	pub := publisher[d.Language]
	if pub == "" {
		pub = publisher["en"]
	}
	if d.PlainNote() == "" { // a shopping list is no UN document
		w.line(pub, nil)
	}
	w.line(d.Symbol, nil)
	w.line(m.Organ, nil)
	w.line(m.Distribution, nil)
	w.line(m.IssueDate, nil)
	w.line(m.Session, nil)
	w.line(m.AgendaItem, nil)
	w.line(m.AgendaTitle, nil)
	if numberLine(d) {
		w.line(d.Title, nil)
		w.line(m.Adoption, nil)
		w.line(m.Proponent, nil)
		return
	}
	w.line(m.Adoption, nil)
	w.line(m.Proponent, nil)
	switch {
	case d.Number != "" && d.Title != "":
		w.line(d.Number+". "+d.Title, nil)
	case d.Number != "":
		w.line(d.Number+".", nil)
	default:
		w.line(d.Title, nil)
	}
}

// numberLine reports whether the title is a number line such as
// "Resolution 2511 (2020)", as Security Council resolutions have.
func numberLine(d *content.Document) bool {
	return d.Number != "" && strings.Contains(d.Number, "(") && strings.Contains(d.Title, d.Number)
}

// part writes one part: its label and heading, formula, paragraphs and
// closing lines.
func (w *writer) part(p content.Part) {
	// A resolution's letter shares the line with its title ("A Information
	// in the service of humanity"); a section's numeral stands alone.
	label := p.Label
	if allDigits(label) {
		// A number the reader gave an unlabelled part ("1", "2"): printed
		// alone on its line it would read as an operative number.
		label = ""
	}
	head := strings.TrimSpace(label + " " + p.Heading)
	if isRoman(label) || strings.Contains(p.Heading, "\n") {
		head = strings.TrimSpace(label + "\n" + p.Heading)
	}
	w.line(head, nil)
	w.line(p.Formula, w.formula)
	for _, q := range p.Preamble {
		w.paragraph(q)
	}
	for _, q := range p.Operative {
		w.paragraph(q)
	}
	w.line(strings.Join(p.Closing, " "), nil)
}

// allDigits reports whether s is a non-empty run of ASCII digits.
func allDigits(s string) bool {
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return s != ""
}

// paragraph writes a paragraph: its heading lines, its text with number and
// lead, its sub-paragraphs and its tail.
func (w *writer) paragraph(p content.Paragraph) {
	w.line(p.Heading, nil)
	text := w.lead(oneLine(p.Text), p.Lead)
	if p.Number != nil && *p.Number != "" {
		if w.lang == "ar" {
			text = *p.Number + " - " + text
		} else {
			text = *p.Number + ". " + text
		}
	}
	w.line(text, nil)
	w.items(p.Items)
	w.line(p.Tail, nil)
}

// items writes sub-paragraphs under their printed labels. A point the
// document lists without a label (the Chinese S/RES/2796 (2025) paragraph
// 3, whose points the English sets after "•") is written after a bullet:
// on a line of its own without one, it would read as a paragraph.
func (w *writer) items(items []content.Item) {
	for _, it := range items {
		label := it.Label
		if strings.TrimSpace(label) == "" && oneLine(it.Text) != "" {
			label = "•"
		}
		w.line(strings.TrimSpace(label+" "+oneLine(it.Text)), nil)
		w.items(it.Items)
	}
}

// lead wraps the lead phrase at the start of text in asterisks, as the UN
// sets it in italics; Chinese, set in bold, is left plain.
func (w *writer) lead(text, lead string) string {
	lead = strings.TrimSpace(lead)
	if lead == "" || w.lang == "zh" || !strings.HasPrefix(text, lead) || strings.Contains(lead, "*") {
		return text
	}
	return "*" + lead + "*" + text[len(lead):]
}

// formula sets the enacting formula in italics, its closing comma outside.
func (w *writer) formula(s string) string {
	if w.lang == "zh" || strings.Contains(s, "*") {
		return s
	}
	body := strings.TrimRight(s, ",:،，： ")
	if body == "" {
		return s
	}
	return "*" + body + "*" + s[len(body):]
}

// isRoman reports whether s is a Roman numeral of a section, "I" … "XX".
func isRoman(s string) bool {
	if s == "" || len(s) > 7 {
		return false
	}
	return strings.Trim(s, "IVXL") == "" && s != "L"
}
