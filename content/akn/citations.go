package akn

import (
	"sort"
	"strings"

	"resolute/content"
	"resolute/content/cite"
)

// found is one mention of a citation in a unit, linked or scanned.
type found struct {
	start, end int
	symbol     string
	kind       content.CitationKind
	organ      string
	date       string
	linked     bool
}

// indexCitations sets Citations: the documents the XML links to, merged
// with those the citation scanner finds in the text, one entry per symbol in
// order of first mention.
func (b *builder) indexCitations() {
	b.mergeCitations(cite.Scan)
}

// mergeCitations is indexCitations with the scanner given.
func (b *builder) mergeCitations(scan func(text, lang, organ string) []cite.Match) {
	d := b.doc
	byKey := map[string]int{}
	out := []content.Citation{}
	for _, u := range d.Units() {
		key := unitKey{id: u.ID, footnote: u.Footnote, tail: u.Tail}
		var fs []found
		for _, l := range b.links[key] {
			sym := symbolFromHref(l.href)
			if sym == "" || l.start < 0 || l.end > len(u.Text) || l.start > l.end {
				continue
			}
			sym = arabicSession(sym, u.Text[:l.start])
			kind := content.DocumentCitation
			if strings.Contains(sym, "/RES/") {
				kind = content.ResolutionCitation
			}
			fs = append(fs, found{start: l.start, end: l.end, symbol: sym, kind: kind, organ: organOf(sym), linked: true})
		}
		for _, m := range scan(u.Text, d.Language, d.Organ) {
			if m.Symbol == "" || m.Start < 0 || m.End > len(u.Text) || m.Start > m.End {
				continue
			}
			if i := overlapsLink(fs, m); i >= 0 {
				// The link says what it cites; the scan adds the date.
				if fs[i].date == "" {
					fs[i].date = m.Date
				}
				continue
			}
			fs = append(fs, found{start: m.Start, end: m.End, symbol: m.Symbol, kind: content.CitationKind(m.Kind), organ: m.Organ, date: m.Date})
		}
		sort.SliceStable(fs, func(i, j int) bool { return fs[i].start < fs[j].start })
		for _, f := range fs {
			k := strings.ToUpper(f.symbol)
			i, ok := byKey[k]
			if !ok {
				i = len(out)
				byKey[k] = i
				out = append(out, content.Citation{Symbol: f.symbol, Kind: f.kind, Organ: f.organ, Mentions: []content.Mention{}})
			}
			c := &out[i]
			if c.Date == "" {
				c.Date = f.date
			}
			if c.Organ == "" {
				c.Organ = f.organ
			}
			c.Mentions = append(c.Mentions, content.Mention{Paragraph: u.ID, Footnote: u.Footnote, Start: f.start, End: f.end})
		}
	}
	d.Citations = out
}

// overlapsLink returns the index of the linked mention of the same symbol
// a scanned match falls on, or -1. A scan that reads a linked number as
// another symbol is kept as well: the UN's links are sometimes wrong (a
// General Assembly resolution linked as a Human Rights Council one), so
// both are offered.
func overlapsLink(fs []found, m cite.Match) int {
	for i, f := range fs {
		if f.linked && m.Start < f.end && f.start < m.End && strings.EqualFold(f.symbol, m.Symbol) {
			return i
		}
	}
	return -1
}

// arabicSession fixes a link that drops the session prefix Arabic prints
// before the number: "دإ-10/2" is special session resolution S-10/2 and
// "دإط-10/15" emergency special session ES-10/15, yet some Arabic files
// link them to A/RES/10/2.
func arabicSession(sym, before string) string {
	rest, ok := strings.CutPrefix(sym, "A/RES/")
	if !ok || rest == "" || rest[0] < '0' || rest[0] > '9' {
		return sym
	}
	before = strings.TrimRight(before, " ")
	switch {
	case strings.HasSuffix(before, "دإط-") || strings.HasSuffix(before, "دإط"):
		return "A/RES/ES-" + rest
	case strings.HasSuffix(before, "دإ-") || strings.HasSuffix(before, "دإ"):
		return "A/RES/S-" + rest
	}
	return sym
}
