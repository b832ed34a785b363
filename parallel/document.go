package parallel

import (
	"encoding/json"

	"resolute/content"
)

// Side is one version's paragraph in a row: its printed number, its text
// (without the number), its sub-paragraphs and the text after them.
type Side struct {
	Number *string        `json:"number"`
	Text   string         `json:"text"`
	Items  []content.Item `json:"items"`
	Tail   string         `json:"tail"`
}

// MarshalJSON writes the side with its items, [] for none.
func (s Side) MarshalJSON() ([]byte, error) {
	type plain Side
	p := plain(s)
	if p.Items == nil {
		p.Items = []content.Item{}
	}
	return json.Marshal(p)
}

// Paragraph is one row of two documents aligned paragraph by paragraph:
// the id, the paragraph of each version (nil for the version that lacks
// the id) and the note of a disagreement, "" when both versions have it.
type Paragraph struct {
	ID    string `json:"id"`
	Left  *Side  `json:"left"`
	Right *Side  `json:"right"`
	Note  string `json:"note"`
}

// Paragraphs aligns the paragraphs of left and right (preambular,
// operative and annex paragraphs, in reading order) by id, annex
// paragraphs by their printed numbers (Keys): see Rows.
func Paragraphs(left, right *content.Document) []Paragraph {
	lp, rp := paragraphsOf(left), paragraphsOf(right)
	ids := func(ps []content.Paragraph) []string {
		out := make([]string, len(ps))
		for i, p := range ps {
			out[i] = p.ID
		}
		return out
	}
	rows := DocumentRows(left, right, ids(lp), ids(rp))
	out := make([]Paragraph, len(rows))
	for k, r := range rows {
		out[k] = Paragraph{ID: r.ID, Note: r.Note}
		if r.L >= 0 {
			out[k].Left = sideOf(lp[r.L])
		}
		if r.R >= 0 {
			out[k].Right = sideOf(rp[r.R])
		}
	}
	return out
}

// Notes returns the notes of rows, in order.
func Notes(rows []Row) []string {
	var out []string
	for _, r := range rows {
		if r.Note != "" {
			out = append(out, r.Note)
		}
	}
	return out
}

// language returns d's language, "" for a nil d.
func language(d *content.Document) string {
	if d == nil {
		return ""
	}
	return d.Language
}

// sideOf returns the side a paragraph shows.
func sideOf(p content.Paragraph) *Side {
	return &Side{Number: p.Number, Text: p.Text, Items: p.Items, Tail: p.Tail}
}

// paragraphsOf lists d's paragraphs in reading order: each part's preamble
// and operative paragraphs, then the annexes'.
func paragraphsOf(d *content.Document) []content.Paragraph {
	if d == nil {
		return nil
	}
	var out []content.Paragraph
	for _, part := range d.Parts {
		out = append(out, part.Preamble...)
		out = append(out, part.Operative...)
	}
	for _, a := range d.Annexes {
		out = append(out, a.Paragraphs...)
	}
	return out
}
