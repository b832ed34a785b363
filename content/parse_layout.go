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
		return opensWithLead(m, lang, strings.TrimSpace(l))
	}})
}

// opensWithLead reports whether line l opens with a lead phrase of the
// language: one of its table, or one built the way the language builds
// them when the table lacks it.
func opensWithLead(m *leadMatcher, lang, l string) bool {
	if lead, _ := m.match(l); lead != "" {
		return true
	}
	first, rest, _ := strings.Cut(l, " ")
	switch lang {
	case "ru":
		// An adverb before the lead ("позитивно отмечая"), or a gerund
		// by its ending ("повторяя", "констатируя", "ссылаясь"). The
		// ending "-я" alone is also that of nouns ("организация").
		if strings.HasSuffix(first, "о") && runeLen(first) > 3 {
			if lead, _ := m.match(rest); lead != "" {
				return true
			}
		}
		if first == "будучи" || first == "с" && ruGerund(rest) {
			return true
		}
		return ruGerund(l)
	case "zh":
		// Adverbs before the lead ("特别欢迎", "最强烈谴责"), or a short
		// opening phrase ("在这方面，回顾").
		rest := l
		for range 3 {
			cut := false
			for _, adv := range []string{"最", "特别", "再次", "又", "还", "也", "深为", "深切", "严重", "强烈", "坚决", "高度", "充分", "进一步"} {
				if r, ok := strings.CutPrefix(rest, adv); ok {
					rest, cut = r, true
					break
				}
			}
			if !cut {
				break
			}
			if lead, _ := m.match(rest); lead != "" {
				return true
			}
		}
		if k := strings.Index(l, "，"); k > 0 && runeLen(l[:k]) <= 6 {
			if lead, _ := m.match(l[k+len("，"):]); lead != "" {
				return true
			}
		}
		return false
	case "ar":
		// Preambular paragraphs open with "إذ" or "وإذ" ("whereas"), or
		// "وقد" ("having").
		return first == "إذ" || first == "وإذ" || first == "وقد"
	}
	return participleLead(lang, l) != ""
}

// ruGerund reports whether the last of the first two words of s is a
// Russian gerund by a distinctive ending: "констатируя", "повторяя",
// "ссылаясь", "убедившись"; "с признательностью констатируя".
func ruGerund(s string) bool {
	words := strings.Fields(s)
	if len(words) > 2 {
		words = words[:2]
	}
	for _, w := range words {
		w = strings.TrimRight(w, ",")
		if runeLen(w) < 5 {
			continue
		}
		for _, suf := range []string{"уя", "яя", "юя", "ясь", "вшись", "ившись"} {
			if strings.HasSuffix(w, suf) {
				return true
			}
		}
	}
	return false
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
	if m := lp.item.FindStringSubmatch(t); m != nil && ItemKey(strings.TrimSpace(m[1])) != "" {
		return true
	}
	if _, ok := formulaOrgan(t, names); ok {
		return true
	}
	if _, italic, ok := bareFormulaOrgan(ln.text, names); ok && italic {
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
	if _, italic, ok := bareFormulaOrgan(ln.text, names); ok && italic {
		return true
	}
	return lp.section.MatchString(t) || lp.annex.MatchString(t) || lp.numberAlone.MatchString(t)
}
