package content

import "encoding/json"

// The JSON model always has every key README documents: a list is [] when
// it is empty (never null or missing), an absent object or number is null,
// so that `jq '.annexes[]'` or `.meta.vote` work on any document. The
// MarshalJSON methods below give the nil lists of a Document their empty
// value; every field has its key (no omitempty).

// orEmpty returns s, or an empty list for nil.
func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// MarshalJSON writes the document with every list present.
func (d Document) MarshalJSON() ([]byte, error) {
	type plain Document
	p := plain(d)
	p.Parts, p.Closing, p.Annexes = orEmpty(p.Parts), orEmpty(p.Closing), orEmpty(p.Annexes)
	p.Footnotes, p.Citations, p.Diagnostics = orEmpty(p.Footnotes), orEmpty(p.Citations), orEmpty(p.Diagnostics)
	return json.Marshal(p)
}

// MarshalJSON writes the part with every list present.
func (pt Part) MarshalJSON() ([]byte, error) {
	type plain Part
	p := plain(pt)
	p.Preamble, p.Operative, p.Closing = orEmpty(p.Preamble), orEmpty(p.Operative), orEmpty(p.Closing)
	return json.Marshal(p)
}

// MarshalJSON writes the paragraph with its items, [] for none.
func (para Paragraph) MarshalJSON() ([]byte, error) {
	type plain Paragraph
	p := plain(para)
	p.Items = orEmpty(p.Items)
	return json.Marshal(p)
}

// MarshalJSON writes the item with its items, [] for none.
func (it Item) MarshalJSON() ([]byte, error) {
	type plain Item
	p := plain(it)
	p.Items = orEmpty(p.Items)
	return json.Marshal(p)
}

// MarshalJSON writes the annex with its paragraphs, [] for none.
func (a Annex) MarshalJSON() ([]byte, error) {
	type plain Annex
	p := plain(a)
	p.Paragraphs = orEmpty(p.Paragraphs)
	return json.Marshal(p)
}

// MarshalJSON writes the citation with its mentions, [] for none.
func (c Citation) MarshalJSON() ([]byte, error) {
	type plain Citation
	p := plain(c)
	p.Mentions = orEmpty(p.Mentions)
	return json.Marshal(p)
}

// MarshalJSON writes the metadata with every list present.
func (m Meta) MarshalJSON() ([]byte, error) {
	type plain Meta
	p := plain(m)
	p.Sponsors, p.AdditionalSponsors = orEmpty(p.Sponsors), orEmpty(p.AdditionalSponsors)
	p.SDGs, p.Subjects = orEmpty(p.SDGs), orEmpty(p.Subjects)
	return json.Marshal(p)
}
