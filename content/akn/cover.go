package akn

import (
	"strings"
)

// readCover reads the <coverPage>: symbol, organ, distribution, dates,
// session, agenda item, adoption line and proponent.
func (b *builder) readCover(c *node) {
	if c == nil {
		return
	}
	d := b.doc
	mh := &d.Masthead
	var walk func(n *node)
	walk = func(n *node) {
		for _, k := range n.kids {
			switch k.name {
			case "":
			case "docNumber":
				if d.Symbol == "" || k.attr("refersTo") == "#symbol" {
					d.Symbol = k.plain()
				}
			case "docAuthority":
				if k.attr("refersTo") != "#publisher" && mh.Organ == "" {
					mh.Organ = k.plain()
				}
			case "docStatus":
				mh.Distribution = k.plain()
			case "docDate":
				if mh.IssueDate == "" {
					mh.IssueDate = k.plain()
				}
			case "session":
				mh.Session = k.plain()
			case "docTitle":
				b.coverTitle(k)
			case "docProponent":
				mh.Proponent = k.plain()
			case "inline":
				switch strings.ToLower(k.attr("name")) {
				case "agenda item":
					mh.AgendaItem = joinLines(mh.AgendaItem, k.plain())
				case "agenda item name", "agenda item title":
					mh.AgendaTitle = joinLines(mh.AgendaTitle, k.plain())
				default:
					walk(k)
				}
			default:
				walk(k)
			}
		}
	}
	walk(c)
	if d.Meta != nil {
		if mh.AdoptionDate == "" {
			mh.AdoptionDate = d.Meta.AdoptionDate
		}
		// The cover page's "Agenda item 100" beats the library's heading.
		if mh.AgendaItem != "" {
			d.Meta.AgendaItem = strings.ReplaceAll(mh.AgendaItem, "\n", "; ")
		}
	}
}

// coverTitle reads a docTitle of the cover page: the SC resolution number
// line or the adoption line.
func (b *builder) coverTitle(k *node) {
	d := b.doc
	t := k.plain()
	if k.attr("refersTo") == "#resolutionNumber" || (d.Number == "" && resolutionNumberRe().MatchString(t)) {
		d.Title = t
		if m := resolutionNumberRe().FindStringSubmatch(t); m != nil {
			d.Number = m[1]
		}
		return
	}
	d.Masthead.Adoption = t
	if m := k.find("inline"); m != nil && m.attr("name") == "adoptionMeeting" {
		d.Masthead.Meeting = m.plain()
	}
	if dt := k.find("docDate"); dt != nil && d.Masthead.AdoptionDate == "" {
		d.Masthead.AdoptionDate = isoDate(dt.attr("date"))
	}
}

// resolutionNumberRe matches the SC number line, "Resolution 2511 (2020)",
// in any language.
var resolutionNumberRe = onceRegexp(`(\d{1,5}\s*\(\d{4}\))\s*(?:号决议)?$`)

// readPreface reads the resolution's number and title.
func (b *builder) readPreface(p *node) {
	if p == nil {
		return
	}
	d := b.doc
	num := p.find("docNumber")
	title := p.find("docTitle")
	if num == nil && title == nil {
		return
	}
	if num != nil {
		d.Number = strings.TrimRight(num.plain(), ". -")
	}
	if title != nil {
		d.Title = strings.TrimSpace(strings.TrimLeft(title.plain(), "-–— "))
	}
}
