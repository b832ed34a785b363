package content

import (
	"regexp"
	"strings"
	"unicode"
)

// mastheadPatterns holds the compiled expressions that recognise the lines
// above a resolution's enacting formula.
type mastheadPatterns struct {
	symbol, gaTitle, scTitle, scTitleZh, scTitleOld, decision, scOf, adoption, session, agenda, unName, meeting *regexp.Regexp
}

func newMastheadPatterns() *mastheadPatterns {
	return &mastheadPatterns{
		symbol:     regexp.MustCompile(`\b(?:A|S|E)/(?:[A-Z0-9.\-]+/)*RES/[A-Z0-9.\-/]*[0-9IVXLC](?:\s?\((?:\d{4}|[IVXLC]+|S-[IVXLC]+|ES-[IVXLC]+)\))?(?:\s[A-Z]{1,2}(?:\s?[-–]\s?[A-Z]{1,2})?\b)?`),
		gaTitle:    regexp.MustCompile(`^((?:E?S-\d+|د ?إ(?: ?ط)?-\d+|\d{1,4})/\d{1,4}(?:\s?[A-Z]{1,2}(?:\s?[-–]\s?[A-Z]{1,2})?)?)(?:\s*\.\s*|\s+)(?:[-–]\s+)?(.*)$`),
		scTitle:    regexp.MustCompile(`^(?i:resolution|résolution|resolución|резолюция|القرار)\s+(\d{1,4})\s*\((\d{4})\)\s*,?$`),
		scTitleZh:  regexp.MustCompile(`^第\s*(\d{1,4})\s*[(（](\d{4})[)）]\s*号决议$`),
		scTitleOld: regexp.MustCompile(`^(\d{1,4})\s*\((\d{4})\)\s+(?:Resolution|Résolution|Resolución)\b\s*(.*)$`),
		decision:   regexp.MustCompile(`^(?:(?i:decision|décision|decisión|решение|المقرر)\s+((?:E?S-\d+|\d{1,4})/\d{1,3}(?:\s?[A-Z])?)|第\s*((?:E?S-\d+|\d{1,4})/\d{1,3}(?:\s?[A-Z])?)\s*号决定)\.?(?:\s+([^\p{Ll}].*))?$`),
		scOf:       regexp.MustCompile(`^(?:of|du|de)\s+\d{1,2}\S*\s+\S+\s+\d{4}\.?$`),
		adoption: regexp.MustCompile(`^(?:Resolutions? adopted by|Résolutions? adoptées? par|Resoluci(?:ón|ones) aprobadas? por|Резолюци[яи],? принят|قرار(?:ان|ات|ا)? اتخذت?(?:هما|ها|ه) |` +
			`Adopted by the|Adoptée par le|Aprobada por el|принятая Советом|الذي اتخذه|\d{4}\s*年.*(?:决议|通过)$)`),
		session: regexp.MustCompile(`(?i)session|período de sesiones|сессия|الدورة|届会议|特别会议`),
		agenda:  regexp.MustCompile(`^(?:Agenda items?|Points?|Temas?|Пункты?|البند(?:ان)?|议程项目)\s*\S`),
		unName:  regexp.MustCompile(`^(?:United Nations|Nations Unies|Naciones Unidas|Организация Объединенных Наций|الأمم المتحدة|联合国)$`),
		meeting: regexp.MustCompile(`(\d+)\s*(?:st|nd|rd|th|e|ª|a|-?м|‑м)?\s*(?:meeting|séance|sesión|заседании)|جلسته\s*(\d+)|第\s*(\d+)\s*次会议|\s(\d+)\s*次会议`),
	}
}

// masthead reads the lines before the enacting formula into d and returns
// the lines after the title that are not masthead lines (a part's label and
// heading, "A Information in the service of humanity").
func parseMasthead(d *Document, lines []line, pat *mastheadPatterns, names map[string]string) []line {
	var rest []line
	m := &d.Masthead
	titleSeen, afterAgenda := false, false
	var agendaTitle []string
	capsTitle := ""
	for _, ln := range lines {
		t := strings.TrimSpace(strings.ReplaceAll(strings.ReplaceAll(ln.text, "*", ""), "ـ", ""))
		if t == "" {
			continue
		}
		if titleSeen {
			switch {
			case m.Adoption == "" && pat.adoption.MatchString(t):
				setAdoption(d, t, pat)
			case m.Adoption == "" && pat.scOf.MatchString(t):
				setAdoption(d, t, pat)
			case d.Title == "" && strings.HasPrefix(d.Symbol, "decision ") && !endsSentence(t) && runeLen(t) <= 300:
				// A decision's title follows its number on a line of its own.
				d.Title = t
			default:
				rest = append(rest, ln)
			}
			continue
		}
		if sym := pat.symbol.FindString(t); sym != "" && d.Symbol == "" && !strings.HasPrefix(t, "[") {
			d.Symbol = normSymbol(sym)
			t = strings.TrimSpace(strings.Replace(t, sym, "", 1))
			if t == "" {
				continue
			}
		}
		switch {
		case pat.unName.MatchString(t):
		case organPrefix(t, names) != "":
			o := organPrefix(t, names)
			m.Organ = strings.TrimSpace(t[:len(o)])
			if d.Organ == "" {
				d.Organ = names[organKey(o)]
			}
			if rest := strings.TrimSpace(t[len(o):]); strings.HasPrefix(rest, "Distr") {
				m.Distribution = rest
			}
		case strings.HasPrefix(t, "Distr"):
			m.Distribution = t
		case setTitle(d, t, pat):
			titleSeen = true
		case m.Session == "" && pat.session.MatchString(t) && len(t) < 120:
			m.Session = t
		case m.AgendaItem == "" && pat.agenda.MatchString(t) && len(t) < 120:
			m.AgendaItem = t
			afterAgenda = true
		case pat.adoption.MatchString(t):
			setAdoption(d, t, pat)
			afterAgenda = false
		case strings.HasPrefix(t, "[") && strings.HasSuffix(t, "]"):
			m.Proponent = t
			afterAgenda = false
		case m.IssueDate == "" && m.Adoption == "" && looksLikeDate(t):
			m.IssueDate = t
		case afterAgenda:
			agendaTitle = append(agendaTitle, t)
		case capsTitle == "" && isCapsHeading(t):
			// The yearbooks head a resolution with its subject in
			// capitals: "MILITARY STAFF COMMITTEE".
			capsTitle = t
		default:
			d.Diagnostics = append(d.Diagnostics, Diagnostic{Line: ln.no, Message: "masthead line not understood: " + clip(t, 60)})
		}
	}
	m.AgendaTitle = strings.Join(agendaTitle, "; ")
	if d.Title == "" && capsTitle != "" {
		d.Title = capsTitle
	}
	return rest
}

// isCapsHeading reports whether t is a heading in capitals of at least two
// words: "MILITARY STAFF COMMITTEE", not "UNITED NATIONS".
func isCapsHeading(t string) bool {
	if len(t) > 200 || len(strings.Fields(t)) < 2 || strings.EqualFold(t, "United Nations") {
		return false
	}
	letters := 0
	for _, r := range t {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			letters++
		}
	}
	return letters >= 4
}

// organPrefix returns the organ name that opens t, as printed, or "".
func organPrefix(t string, names map[string]string) string {
	if _, ok := names[organKey(t)]; ok && !strings.HasSuffix(t, ",") {
		return t
	}
	if i := strings.Index(t, " Distr"); i > 0 {
		if _, ok := names[organKey(t[:i])]; ok {
			return t[:i]
		}
	}
	return ""
}

func setAdoption(d *Document, t string, pat *mastheadPatterns) {
	d.Masthead.Adoption = t
	d.Masthead.AdoptionDate = isoDate(t)
	if m := pat.meeting.FindString(t); m != "" && !strings.Contains(t, "General Assembly") {
		d.Masthead.Meeting = strings.TrimSpace(m)
	}
}

// setTitle recognises the number-and-title line ("65/122. Title",
// "Resolution 2511 (2020)") and fills Number, Title and, by default, Symbol.
func setTitle(d *Document, t string, pat *mastheadPatterns) bool {
	if m := pat.gaTitle.FindStringSubmatch(t); m != nil {
		d.Number = latinSession(strings.Join(strings.Fields(m[1]), " "))
		d.Title = strings.TrimSpace(m[2])
		return true
	}
	for _, re := range []*regexp.Regexp{pat.scTitle, pat.scTitleZh} {
		if m := re.FindStringSubmatch(t); m != nil {
			d.Number = m[1] + " (" + m[2] + ")"
			if d.Organ == "" {
				d.Organ = organSC
			}
			return true
		}
	}
	if m := pat.decision.FindStringSubmatch(t); m != nil {
		// "Decision 79/510": a decision, cited as "decision 79/510", has
		// no RES symbol to derive.
		d.Number = m[1] + m[2]
		if d.Symbol == "" {
			d.Symbol = "decision " + d.Number
		}
		d.Title = strings.TrimSpace(m[3])
		return true
	}
	if m := pat.scTitleOld.FindStringSubmatch(t); m != nil {
		d.Number = m[1] + " (" + m[2] + ")"
		if d.Organ == "" {
			d.Organ = organSC
		}
		if rest := strings.TrimSpace(m[3]); rest != "" {
			d.Masthead.Adoption = rest
			d.Masthead.AdoptionDate = isoDate(rest)
		}
		return true
	}
	return false
}

// normSymbol writes a symbol with single spaces and a space before a
// parenthesised year or session.
func normSymbol(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	s = strings.ReplaceAll(s, "–", "-")
	s = strings.ReplaceAll(s, " - ", "-")
	if i := strings.Index(s, "("); i > 0 && s[i-1] != ' ' {
		s = s[:i] + " " + s[i:]
	}
	return s
}

// deriveSymbol builds the symbol from the resolution number when the
// masthead gave none: "65/122" gives "A/RES/65/122", "242 (1967)" gives
// "S/RES/242 (1967)".
func deriveSymbol(d *Document) {
	if d.Symbol != "" || d.Number == "" {
		return
	}
	switch {
	case strings.Contains(d.Number, "("):
		d.Symbol = "S/RES/" + d.Number
	case d.Organ == organHRC:
		d.Symbol = "A/HRC/RES/" + d.Number
	case d.Organ == organECOSOC:
		d.Symbol = "E/RES/" + d.Number
	default:
		d.Symbol = "A/RES/" + d.Number
	}
	if strings.Contains(d.Number, " ") || len(d.Parts) < 2 {
		return
	}
	first, last := d.Parts[0].Label, d.Parts[len(d.Parts)-1].Label
	if len(first) == 1 && len(last) == 1 && first == "A" && last[0] > 'A' && last[0] <= 'Z' {
		d.Symbol += " A-" + last
	}
}

// latinSession writes the Arabic prefix of a special or emergency special
// session's number as the symbol has it: "د إ ط-11/1" is "ES-11/1", "د إ-32/1"
// is "S-32/1".
func latinSession(n string) string {
	head, rest, ok := strings.Cut(n, "-")
	if !ok {
		return n
	}
	switch strings.ReplaceAll(head, " ", "") {
	case "دإط":
		return "ES-" + rest
	case "دإ":
		return "S-" + rest
	}
	return n
}

// clip shortens s to at most n runes for a diagnostic.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}
