package content

import "resolute/content/cite"

// IndexCitations scans every paragraph, item and footnote of d for cited
// resolutions and documents and sets d.Citations: one entry per canonical
// symbol, in order of first mention, each with all its mentions. A date is
// kept from the first mention that gives one.
func (d *Document) IndexCitations() {
	byKey := map[string]int{}
	var out []Citation
	for _, u := range d.Units() {
		for _, m := range cite.Scan(u.Text, d.Language, d.Organ) {
			i, ok := byKey[m.Symbol]
			if !ok {
				i = len(out)
				byKey[m.Symbol] = i
				out = append(out, Citation{Symbol: m.Symbol, Kind: CitationKind(m.Kind), Organ: m.Organ})
			}
			c := &out[i]
			if c.Date == "" {
				c.Date = m.Date
			}
			c.Mentions = append(c.Mentions, Mention{Paragraph: u.ID, Footnote: u.Footnote, Start: m.Start, End: m.End})
		}
	}
	d.Citations = out
}
