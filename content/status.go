package content

import "strings"

// NotResolution starts the diagnostic Parse records for a text that is not
// laid out as a resolution and was read as plain paragraphs: "not laid out
// as a resolution: read as 3 plain paragraphs".
const NotResolution = "not laid out as a resolution"

// Empty reports whether the document holds no text at all, as read from an
// empty file or one of white space only: no symbol, title, masthead,
// paragraph, annex, closing line or footnote.
func (d *Document) Empty() bool {
	if d == nil {
		return true
	}
	if d.Symbol != "" || d.Title != "" || d.Number != "" || d.Formula != "" || d.Masthead != (Masthead{}) ||
		len(d.Closing) > 0 || len(d.Annexes) > 0 || len(d.Footnotes) > 0 {
		return false
	}
	for _, p := range d.Parts {
		if p.Label != "" || p.Heading != "" || p.Formula != "" || len(p.Closing) > 0 {
			return false
		}
	}
	for _, u := range d.Units() {
		if strings.TrimSpace(u.Text) != "" {
			return false
		}
	}
	return true
}

// PlainNote returns the diagnostic of a text that was not laid out as a
// resolution and was read as plain paragraphs, or "" for a resolution.
func (d *Document) PlainNote() string {
	if d == nil {
		return ""
	}
	for _, g := range d.Diagnostics {
		if strings.HasPrefix(g.Message, NotResolution) {
			return g.Message
		}
	}
	return ""
}
