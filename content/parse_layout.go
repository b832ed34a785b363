package content

import (
	"strings"

	"resolute/content/layout"
)

// canonicalLayout brings hard-wrapped text (PDF extraction, OCR) to the
// canonical layout. It is the one place that calls the layout package. The
// lead phrases of the language (detected when lang is "") tell a new
// paragraph from a sentence running on across a page break.
func canonicalLayout(text, lang string) string {
	if lang == "" {
		lang = detectLanguage(text)
	}
	m := sharedLeadMatchers()[lang]
	return layout.CanonicalWith(text, layout.Options{Lead: func(l string) bool {
		l = strings.TrimSpace(l)
		if lead, _ := m.match(l); lead != "" {
			return true
		}
		if lang == "ru" {
			// An adverb before the lead: "позитивно отмечая", "особо
			// подчеркивая".
			adv, rest, _ := strings.Cut(l, " ")
			if strings.HasSuffix(adv, "о") && runeLen(adv) > 3 {
				if lead, _ := m.match(rest); lead != "" {
					return true
				}
			}
		}
		// Russian participles are lower-case and too like other words
		// ("организация") to go on the ending alone.
		return lang != "ru" && participleLead(lang, l) != ""
	}})
}

// hardWrapped reports whether many lines follow another without a blank
// line between them, as in text extracted from PDF or OCR.
func hardWrapped(lines []line, blankBefore []bool) bool {
	if len(lines) < 8 {
		return false
	}
	glued := 0
	for _, b := range blankBefore {
		if !b {
			glued++
		}
	}
	return glued*10 > len(lines)*3
}

// joinBlocks joins the lines of each blank-separated block into one line,
// undoing hyphenation, except where a line plainly starts a new unit: a
// number, a sub-paragraph label, a footnote, a formula or a closing line.
func joinBlocks(lines []line, blankBefore []bool, lp *linePatterns, names map[string]string) []line {
	var out []line
	var pieces []string // the lines of the block being joined, with separators
	flush := func() {
		if len(out) > 0 {
			out[len(out)-1].text = strings.Join(pieces, "")
		}
		pieces = pieces[:0]
	}
	for i, ln := range lines {
		if i == 0 || blankBefore[i] || startsUnit(ln, lp, names) || startsUnit(lines[i-1], lp, names) && isShortUnit(lines[i-1], lp, names) {
			flush()
			out = append(out, ln)
			pieces = append(pieces, ln.text)
			continue
		}
		if last := pieces[len(pieces)-1]; strings.HasSuffix(last, "-") && startsLower(ln.text) {
			pieces[len(pieces)-1] = strings.TrimSuffix(last, "-")
			pieces = append(pieces, ln.text)
			continue
		}
		pieces = append(pieces, " ", ln.text)
	}
	flush()
	return out
}

// startsUnit reports whether a line opens a unit of its own.
func startsUnit(ln line, lp *linePatterns, names map[string]string) bool {
	t := stripItalics(ln.text)
	if lp.number.MatchString(t) || lp.numberAlone.MatchString(t) || lp.footnote.MatchString(t) || lp.section.MatchString(t) || lp.annex.MatchString(t) {
		return true
	}
	if m := lp.item.FindStringSubmatch(t); m != nil && ItemKey(m[1]) != "" {
		return true
	}
	if _, ok := formulaOrgan(t, names); ok {
		return true
	}
	return runeLen(t) <= 120 && (lp.closingSC.MatchString(t) || lp.scOf.MatchString(t))
}

// isShortUnit reports whether a line is a whole unit by itself: a formula,
// a section label or an annex heading, after which a new line starts.
func isShortUnit(ln line, lp *linePatterns, names map[string]string) bool {
	t := stripItalics(ln.text)
	if _, ok := formulaOrgan(t, names); ok {
		return true
	}
	return lp.section.MatchString(t) || lp.annex.MatchString(t) || lp.numberAlone.MatchString(t)
}
