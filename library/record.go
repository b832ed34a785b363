package library

import (
	"strings"

	"resolute/content"
	"resolute/content/cite"
	"resolute/library/store"
)

// masthead is the unit id of the line naming a resolution's draft, where
// content puts the mentions it holds.
const masthead = "masthead"

// record turns an opened document into what the index keeps of it.
func record(o *Opened) *store.Doc {
	d := o.Doc
	m := recordMeta(d, o.Kind)
	rec := &store.Doc{
		Symbol: m.Symbol, Lang: m.Lang, Organ: m.Organ, Title: m.Title, Kind: m.Kind, Keys: cite.Keys(d.Symbol),
		Date: m.Date, Agenda: m.Agenda, Draft: m.Draft, Session: m.Session, Year: m.Year,
	}

	// The units, and where each (id, footnote) pair starts among them: a
	// paragraph's text and its tail share one.
	type at struct{ id, footnote string }
	first := map[at][]int{}
	for _, u := range d.Units() {
		k := at{u.ID, u.Footnote}
		first[k] = append(first[k], len(rec.Units))
		rec.Units = append(rec.Units, store.Unit{ID: u.ID, Footnote: u.Footnote, Tail: u.Tail, Text: u.Text})
	}
	if p := d.Masthead.Proponent; p != "" {
		first[at{masthead, ""}] = []int{len(rec.Units)}
		rec.Units = append(rec.Units, store.Unit{ID: masthead, Text: p})
	}
	for _, c := range d.Citations {
		key, _ := cite.Canonical(c.Symbol)
		for _, m := range c.Mentions {
			unit := -1
			for _, i := range first[at{m.Paragraph, m.Footnote}] {
				if m.Start >= 0 && m.Start <= m.End && m.End <= len(rec.Units[i].Text) {
					unit = i
					break
				}
			}
			if unit < 0 {
				continue
			}
			rec.Cites = append(rec.Cites, store.Cite{Key: key, Unit: unit, Start: m.Start, End: m.End})
		}
	}
	return rec
}

// recordMeta is what the index keeps of a document's metadata, as a
// Record: symbol, language, organ, title, kind, adoption date, agenda
// item, draft, session and year.
func recordMeta(d *content.Document, kind Kind) store.Record {
	r := store.Record{
		Symbol: d.Symbol,
		Lang:   d.Language,
		Organ:  d.Organ,
		Title:  d.Title,
		Kind:   string(kind),
		Date:   d.Masthead.AdoptionDate,
		Agenda: d.Masthead.AgendaItem,
	}
	if m := d.Meta; m != nil {
		if m.AdoptionDate != "" {
			r.Date = m.AdoptionDate
		}
		if m.AgendaItem != "" {
			r.Agenda = m.AgendaItem
		}
		r.Draft = m.Draft
	}
	key := ""
	if keys := cite.Keys(d.Symbol); len(keys) > 0 {
		key = keys[0]
	}
	r.Session, r.Year = sessionAndYear(key, r.Date)
	return r
}

// sessionAndYear derives from a document's key and date its General
// Assembly session ("75" for A/RES/75/1, "ES-10" for A/RES/ES-10/1, "XV"
// for A/RES/1514 (XV)) and its year (of the date, else the Security
// Council's "(2016)").
func sessionAndYear(key, date string) (session, year string) {
	if len(date) >= 4 {
		year = date[:4]
	}
	if tail, ok := strings.CutPrefix(key, "A/RES/"); ok {
		if s, _, ok := strings.Cut(tail, "/"); ok {
			session = s
		} else if i := strings.IndexByte(tail, '('); i >= 0 && strings.HasSuffix(tail, ")") {
			session = tail[i+1 : len(tail)-1]
		}
	}
	if tail, ok := strings.CutPrefix(key, "S/RES/"); ok && year == "" {
		if i := strings.IndexByte(tail, '('); i >= 0 && strings.HasSuffix(tail, ")") {
			year = tail[i+1 : len(tail)-1]
		}
	}
	return session, year
}
