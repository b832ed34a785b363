package content

import "resolute/content/cite"

// MastheadID is the paragraph id given to mentions in the masthead, such as
// the draft symbol in "[without reference to a Main Committee (A/65/L.6)]".
const MastheadID = "masthead"

// IndexCitations scans the proponent line of the masthead and every
// paragraph, item and footnote of d for cited resolutions and documents and
// sets d.Citations: one entry per symbol (as cite.Canonical keys them), in order of first
// mention, each with all its mentions. A date is kept from the first mention
// that gives one.
func (d *Document) IndexCitations() {
	byKey := map[string]int{}
	var out []Citation
	units := d.Units()
	if d.Masthead.Proponent != "" {
		units = append([]Unit{{ID: MastheadID, Text: d.Masthead.Proponent}}, units...)
	}
	for _, u := range units {
		for _, m := range cite.Scan(u.Text, d.Language, d.Organ) {
			k := citeKey(m.Symbol)
			i, ok := byKey[k]
			if !ok {
				i = len(out)
				byKey[k] = i
				out = append(out, Citation{Symbol: m.Symbol, Kind: CitationKind(m.Kind), Organ: m.Organ})
			}
			c := &out[i]
			if c.Date == "" {
				c.Date = m.Date
			}
			if c.Organ == "" {
				c.Organ = m.Organ
			}
			c.Mentions = append(c.Mentions, Mention{Paragraph: u.ID, Footnote: u.Footnote, Start: m.Start, End: m.End})
		}
	}
	d.Citations = out
}

// citeKey is the key cite.Canonical files a symbol under.
func citeKey(symbol string) string {
	k, _ := cite.Canonical(symbol)
	return k
}
