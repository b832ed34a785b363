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
	valid      bool // a link to a symbol cite.Symbol reads
}

// indexCitations sets Citations: the documents the XML links to, merged
// with those the citation scanner finds in the text, one entry per symbol in
// order of first mention.
func (b *builder) indexCitations() {
	b.mergeCitations(cite.Scan)
}

// mergeCitations is indexCitations with the scanner given. A link and a
// scanned citation on the same words are one mention: of the link's symbol,
// unless the text itself says whose resolution it is and the link says
// otherwise ("Human Rights Council resolution 48/6" linked as A/RES/48/6:
// the text wins). Symbols are compared by their cite.Canonical key, so that a link in
// lower case or without spaces ("A/hrc/RES/…", "(PartI)") is the same
// citation as the text's.
func (b *builder) mergeCitations(scan func(text, lang, organ string) []cite.Match) {
	d := b.doc
	byKey := map[string]int{}
	out := []content.Citation{}
	for _, u := range d.Units() {
		key := unitKey{id: u.ID, footnote: u.Footnote, tail: u.Tail}
		var fs []found
		for _, l := range b.links[key] {
			sym := linkSymbol(l.href)
			if sym == "" || l.start < 0 || l.end > len(u.Text) || l.start > l.end {
				continue
			}
			sym = arabicSession(sym, u.Text[:l.start])
			kind := content.DocumentCitation
			if strings.Contains(sym, "/RES/") {
				kind = content.ResolutionCitation
			}
			_, valid := cite.Symbol(sym)
			fs = append(fs, found{start: l.start, end: l.end, symbol: sym, kind: kind, organ: organOf(sym), linked: true, valid: valid})
		}
		for _, m := range scan(u.Text, d.Language, d.Organ) {
			if m.Symbol == "" || m.Start < 0 || m.End > len(u.Text) || m.Start > m.End {
				continue
			}
			scanned := found{start: m.Start, end: m.End, symbol: m.Symbol, kind: content.CitationKind(m.Kind), organ: m.Organ, date: m.Date}
			i := overlapsLink(fs, m)
			switch {
			case i < 0:
				fs = append(fs, scanned)
			case citeKey(fs[i].symbol) == citeKey(m.Symbol):
				// The link says what it cites; the scan adds the date.
				if fs[i].date == "" {
					fs[i].date = m.Date
				}
			case m.Kind != string(content.ResolutionCitation) || fs[i].kind != content.ResolutionCitation:
				// Documents under one link: a joint symbol,
				// "A/57/759-S/2003/332", linked to its first half.
				fs = append(fs, scanned)
			case m.Stated || !fs[i].valid || !cite.Possible(fs[i].symbol, m.Date):
				// The text says whose resolution it is, or the link is
				// no UN symbol ("hrc/RES/49/21"), or the link's
				// resolution cannot have the date the text gives it
				// (A/RES/46/21 "of 24 March 2021").
				fs[i] = scanned
			}
		}
		// A link the scanner did not read may still name a resolution
		// that cannot exist (A/RES/5/7 for an Environment Assembly
		// resolution): it is left out.
		kept := fs[:0]
		for _, f := range fs {
			if f.linked && f.kind == content.ResolutionCitation && !cite.Possible(f.symbol, "") {
				continue
			}
			kept = append(kept, f)
		}
		fs = kept
		sort.SliceStable(fs, func(i, j int) bool { return fs[i].start < fs[j].start })
		for _, f := range fs {
			k := citeKey(f.symbol)
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

// linkSymbol returns the canonical symbol a link points to, as
// cite.Symbol writes it, or "" when href is no UN document address.
func linkSymbol(href string) string {
	sym := symbolFromHref(href)
	if sym == "" {
		return ""
	}
	if c, ok := cite.Symbol(sym); ok {
		return c
	}
	return sym
}

// overlapsLink returns the index of the linked mention a scanned match
// falls on, or -1.
func overlapsLink(fs []found, m cite.Match) int {
	for i, f := range fs {
		if f.linked && m.Start < f.end && f.start < m.End {
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

// citeKey is the key cite.Canonical files a symbol under.
func citeKey(symbol string) string {
	k, _ := cite.Canonical(symbol)
	return k
}
