package akn

import (
	"regexp"
	"strconv"
	"strings"

	"resolute/content"
)

// languages maps FRBRlanguage codes to ISO 639-1.
var languages = map[string]string{"eng": "en", "fra": "fr", "fre": "fr", "spa": "es", "rus": "ru", "ara": "ar", "zho": "zh", "chi": "zh", "deu": "de", "ger": "de"}

// actors maps the FRBR actor of a Work IRI to the organ's English name.
var actors = map[string]string{"unga": "General Assembly", "ga": "General Assembly", "unsc": "Security Council", "sc": "Security Council", "ecosoc": "Economic and Social Council", "unecosoc": "Economic and Social Council", "hrc": "Human Rights Council", "unhrc": "Human Rights Council"}

// isoDateRe matches an ISO date.
var isoDateRe = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

// isoDate returns s when it is a plausible ISO date, else "".
func isoDate(s string) string {
	s = strings.TrimSpace(s)
	if !isoDateRe.MatchString(s) || strings.HasPrefix(s, "0001") {
		return ""
	}
	return s
}

// readMeta reads the <meta> block: language, organ, workflow, vote and
// classification.
func (b *builder) readMeta(m *node) {
	if m == nil {
		return
	}
	d := b.doc
	meta := &content.Meta{}
	if l := m.find("FRBRlanguage"); l != nil {
		code := strings.ToLower(strings.TrimSpace(l.attr("language")))
		if iso, ok := languages[code]; ok {
			d.Language = iso
		} else if len(code) == 2 {
			d.Language = code
		}
	}
	if w := m.find("FRBRWork"); w != nil {
		if t := w.child("FRBRthis"); t != nil {
			parts := strings.Split(t.attr("value"), "/")
			for i, p := range parts {
				if p == "deliberation" && i+1 < len(parts) {
					d.Organ = actors[strings.ToLower(parts[i+1])]
				}
			}
		}
		for _, dt := range w.findAll("FRBRdate", nil) {
			if dt.attr("name") == "adoption" {
				meta.AdoptionDate = isoDate(dt.attr("date"))
			}
		}
		if d.Organ == "" {
			if a := w.child("FRBRauthor"); a != nil {
				d.Organ = actors[strings.ToLower(strings.TrimPrefix(a.attr("href"), "#"))]
			}
		}
	}
	for _, st := range m.findAll("step", nil) {
		as := cleanLine(st.attr("as"))
		by := cleanLine(st.attr("by"))
		switch st.attr("outcome") {
		case "draftResolution":
			meta.Draft = as
			meta.Sponsors = sponsors(by)
		case "draftResolutionAdditionalSponsors":
			meta.AdditionalSponsors = sponsors(by)
		case "recommendedForAdoption":
			meta.Report = as
		case "adopted":
			meta.MeetingRecord = as
			if meta.AdoptionDate == "" {
				meta.AdoptionDate = isoDate(st.attr("date"))
			}
		}
	}
	if v := m.find("voting"); v != nil {
		vote := &content.Vote{Outcome: cleanLine(v.attr("outcome"))}
		for _, c := range v.findAll("count", nil) {
			n, err := strconv.Atoi(strings.TrimSpace(c.attr("value")))
			if err != nil || n < 0 {
				continue
			}
			switch c.attr("refersTo") {
			case "inFavour", "#inFavour":
				vote.InFavour = &n
			case "against", "#against":
				vote.Against = &n
			case "abstaining", "#abstaining":
				vote.Abstaining = &n
			}
		}
		if vote.Outcome != "" || vote.InFavour != nil {
			meta.Vote = vote
		}
	}
	seen := map[string]bool{}
	for _, k := range m.findAll("keyword", nil) {
		dict := k.attr("dictionary")
		val := cleanLine(k.attr("value"))
		switch {
		case dict == "SDGO":
			if val != "" && !seen["sdg:"+val] {
				seen["sdg:"+val] = true
				meta.SDGs = append(meta.SDGs, val)
			}
		case k.attr("refersTo") == "agenda":
			if meta.AgendaItem == "" {
				meta.AgendaItem = cleanLine(k.attr("showAs"))
			}
		case strings.HasPrefix(dict, "UNBIS") || dict == "EuroVoc":
			s := cleanLine(strings.ReplaceAll(k.attr("showAs"), "_", " "))
			if s == "" {
				s = cleanLine(strings.ReplaceAll(val, "_", " "))
			}
			if s != "" && !seen[strings.ToLower(s)] {
				seen[strings.ToLower(s)] = true
				meta.Subjects = append(meta.Subjects, s)
			}
		}
	}
	d.Meta = meta
}

// protectedNames are member-State names with "and" in them, which must not
// be split when a sponsor list is.
var protectedNames = []string{"Antigua and Barbuda", "Bosnia and Herzegovina", "Saint Kitts and Nevis", "Saint Vincent and the Grenadines", "Sao Tome and Principe", "Trinidad and Tobago", "United Kingdom of Great Britain and Northern Ireland", "Heard Island and McDonald Islands", "Turks and Caicos Islands", "Wallis and Futuna"}

// sponsors splits a sponsor list, "A, B (C of) and D", into names. A list
// that is a sentence ("submitted by the Special Committee …") is kept whole.
func sponsors(s string) []string {
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "."))
	if s == "" {
		return nil
	}
	if first, _, _ := strings.Cut(s, " "); first != "" && strings.ToLower(first[:1]) == first[:1] {
		return []string{s}
	}
	const mark = "\x00"
	for i, p := range protectedNames {
		s = strings.ReplaceAll(s, p, mark+strconv.Itoa(i)+mark)
	}
	var out []string
	depth, start := 0, 0
	add := func(x string) {
		x = strings.TrimSpace(x)
		for i, p := range protectedNames {
			x = strings.ReplaceAll(x, mark+strconv.Itoa(i)+mark, p)
		}
		if x != "" {
			out = append(out, x)
		}
	}
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(':
			depth++
		case ')':
			if depth > 0 {
				depth--
			}
		case ',':
			if depth == 0 {
				add(s[start:i])
				start = i + 1
			}
		}
	}
	last := s[start:]
	if a, c, ok := strings.Cut(last, " and "); ok && strings.Count(a, "(") == strings.Count(a, ")") {
		add(a)
		add(c)
	} else {
		add(last)
	}
	return out
}

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
		if d.Meta.AgendaItem == "" && mh.AgendaItem != "" {
			d.Meta.AgendaItem = mh.AgendaItem
		}
	}
}

// coverTitle reads a docTitle of the cover page: the SC resolution number
// line or the adoption line.
func (b *builder) coverTitle(k *node) {
	d := b.doc
	t := k.plain()
	if k.attr("refersTo") == "#resolutionNumber" || (d.Number == "" && resolutionNumberRe.MatchString(t)) {
		d.Title = t
		if m := resolutionNumberRe.FindStringSubmatch(t); m != nil {
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
var resolutionNumberRe = regexp.MustCompile(`(\d{1,5}\s*\(\d{4}\))\s*(?:号决议)?$`)

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
