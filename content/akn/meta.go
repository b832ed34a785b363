package akn

import (
	"strconv"
	"strings"

	"resolute/content"
)

// languages maps FRBRlanguage codes to ISO 639-1.
var languages = map[string]string{"eng": "en", "fra": "fr", "fre": "fr", "spa": "es", "rus": "ru", "ara": "ar", "zho": "zh", "chi": "zh", "deu": "de", "ger": "de"}

// actors maps the FRBR actor of a Work IRI to the organ's English name.
var actors = map[string]string{"unga": "General Assembly", "ga": "General Assembly", "unsc": "Security Council", "sc": "Security Council", "ecosoc": "Economic and Social Council", "unecosoc": "Economic and Social Council", "hrc": "Human Rights Council", "unhrc": "Human Rights Council"}

// isoDateRe matches an ISO date.
var isoDateRe = onceRegexp(`^\d{4}-\d{2}-\d{2}$`)

// isoDate returns s when it is a plausible ISO date, else "".
func isoDate(s string) string {
	s = strings.TrimSpace(s)
	if !isoDateRe().MatchString(s) || strings.HasPrefix(s, "0001") {
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
	if d.Language == "" {
		d.Language = expressionLanguage(m)
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
			// The Council's own wording ("The situation in Somalia.") is
			// under the dictionary "S/"; the library's headings elsewhere.
			if meta.AgendaItem == "" || dict == "S/" {
				meta.AgendaItem = strings.TrimSuffix(cleanLine(k.attr("showAs")), ".")
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

// expressionLanguage reads the language from the Expression IRI
// (".../76-108/eng@/") when FRBRlanguage is missing.
func expressionLanguage(m *node) string {
	e := m.find("FRBRExpression")
	if e == nil || e.child("FRBRthis") == nil {
		return ""
	}
	for _, seg := range strings.Split(e.child("FRBRthis").attr("value"), "/") {
		if code, _, ok := strings.Cut(seg, "@"); ok {
			return languages[strings.ToLower(code)]
		}
	}
	return ""
}
