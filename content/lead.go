package content

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// leadHint says which part of a resolution a lead phrase belongs to.
type leadHint uint8

// The lead hints; a phrase used in both parts (common in Chinese) has both bits.
const (
	hintPre leadHint = 1 << iota
	hintOp
)

// leadMatcher finds the lead phrase at the start of a paragraph, longest
// phrase first.
type leadMatcher struct {
	lower     bool // compare in lower case (Russian leads are lower-case)
	byFirst   map[rune][]leadEntry
	modifiers []string // "also", "también": may follow a matched phrase
	prefixes  []string // "又", "还" (also): may open a phrase in Chinese
}

// leadModifiers lists, per language, the words that may follow a lead
// phrase and belong to it ("Recalling also", "Hace notar también").
func leadModifiers() map[string][]string {
	return map[string][]string{
		"en": {"also", "further", "once again", "again", "once more"},
		"es": {"también", "además", "asimismo", "una vez más", "nuevamente", "de nuevo"},
		"fr": {"également", "en outre", "de nouveau", "aussi", "encore"},
		"ru": {"также", "далее", "вновь"},
		"ar": {"أيضا", "أيضاً", "كذلك", "مرة أخرى"},
	}
}

type leadEntry struct {
	text string
	hint leadHint
}

// newLeadMatcher builds the matcher for a language; an unknown language gets
// an empty matcher that matches nothing.
func newLeadMatcher(lang string) *leadMatcher {
	m := &leadMatcher{lower: lang == "ru", byFirst: map[rune][]leadEntry{}, modifiers: leadModifiers()[lang]}
	if lang == "zh" {
		// Chinese says "also" before the verb: "还申明" (also affirming, the
		// Chinese A/RES/77/177) is "申明" as "又回顾" is "回顾", whether or
		// not the table lists that form.
		m.prefixes = []string{"又", "还"}
	}
	t, ok := leadTables()[lang]
	if !ok {
		return m
	}
	hints := map[string]leadHint{}
	for _, p := range t.pre {
		hints[m.fold(p)] |= hintPre
	}
	for _, p := range t.op {
		hints[m.fold(p)] |= hintOp
	}
	for p, h := range hints {
		r, _ := utf8.DecodeRuneInString(p)
		m.byFirst[r] = append(m.byFirst[r], leadEntry{p, h})
	}
	for _, es := range m.byFirst {
		sort.Slice(es, func(i, j int) bool {
			if len(es[i].text) != len(es[j].text) {
				return len(es[i].text) > len(es[j].text)
			}
			return es[i].text < es[j].text
		})
	}
	return m
}

func (m *leadMatcher) fold(s string) string {
	if m.lower {
		return strings.ToLower(s)
	}
	return s
}

// participleSuffixes lists, per language, the endings of the participles
// and gerunds that open preambular paragraphs.
func participleSuffixes() map[string][]string {
	return map[string][]string{
		"en": {"ing"},
		"es": {"ando", "iendo", "endo"},
		"fr": {"ant"},
		"ru": {"я", "ясь", "в", "вшись"},
	}
}

// participleLead is the fallback when no lead phrase is known: the first
// word of text when it is a capitalised (Russian: any) participle, such as
// "Commemorating" or "Estimant". It returns "" otherwise.
func participleLead(lang, text string) string {
	word, _, _ := strings.Cut(text, " ")
	word = strings.TrimRight(word, ",")
	r, _ := utf8.DecodeRuneInString(word)
	if word == "" || lang != "ru" && !unicode.IsUpper(r) {
		return ""
	}
	for _, suf := range participleSuffixes()[lang] {
		if strings.HasSuffix(word, suf) && utf8.RuneCountInString(word) > len([]rune(suf))+2 {
			return word
		}
	}
	return ""
}

// match returns the lead phrase that opens s, as printed in s, and its hint.
// It returns "" when no known phrase opens s.
func (m *leadMatcher) match(s string) (string, leadHint) {
	if m == nil || s == "" {
		return "", 0
	}
	head := s
	if len(head) > 200 {
		head = head[:200]
	}
	if strings.ContainsFunc(head, isHaraka) {
		// "تُقرر" is "تقرر" with a vowel mark (the Arabic A/RES/77/276).
		return m.matchMarked(s, head)
	}
	head = m.fold(head)
	r, _ := utf8.DecodeRuneInString(head)
	for _, e := range m.byFirst[r] {
		if !strings.HasPrefix(head, e.text) {
			continue
		}
		next, _ := utf8.DecodeRuneInString(head[len(e.text):])
		last, _ := utf8.DecodeLastRuneInString(e.text)
		if len(head) > len(e.text) && !unicode.Is(unicode.Han, next) && (unicode.IsLetter(next) || unicode.IsDigit(next) && !unicode.Is(unicode.Han, last)) {
			continue
		}
		if len(e.text) > len(s) {
			return "", 0
		}
		n := len(e.text)
		for _, mod := range m.modifiers {
			if rest := head[n:]; strings.HasPrefix(rest, " "+mod) && n+1+len(mod) <= len(s) {
				after, _ := utf8.DecodeRuneInString(rest[1+len(mod):])
				if len(rest) == 1+len(mod) || !unicode.IsLetter(after) {
					n += 1 + len(mod)
					break
				}
			}
		}
		return s[:n], e.hint
	}
	for _, p := range m.prefixes {
		if rest, ok := strings.CutPrefix(s, p); ok && rest != "" {
			if lead, hint := m.match(rest); lead != "" {
				return p + lead, hint
			}
		}
	}
	return "", 0
}

// matchMarked is match for a text whose head carries Arabic vowel marks:
// the lead is matched without them and returned as printed, marks and all.
func (m *leadMatcher) matchMarked(s, head string) (string, leadHint) {
	lead, hint := m.match(stripHarakat(head))
	if lead == "" {
		return "", hint
	}
	k, seen := 0, 0
	for k < len(s) && seen < len(lead) {
		r, n := utf8.DecodeRuneInString(s[k:])
		if !isHaraka(r) {
			seen += n
		}
		k += n
	}
	for k < len(s) {
		r, n := utf8.DecodeRuneInString(s[k:])
		if !isHaraka(r) {
			break
		}
		k += n
	}
	return s[:k], hint
}

// PreambularLead reports whether text, in language lang, opens with a lead
// phrase of a preambular paragraph ("Acting", "Recordando", "回顾"), or with
// a participle that reads as one where no phrase is known.
func PreambularLead(lang, text string) bool {
	text = strings.TrimSpace(text)
	if _, hint := sharedLeadMatchers()[lang].match(text); hint != 0 {
		return hint&hintPre != 0
	}
	return participleLead(lang, text) != ""
}

// OperativeLead reports whether text, in language lang, opens with a lead
// phrase of operative paragraphs only ("Decides", "决定"), one no table
// lists for a preambular paragraph.
func OperativeLead(lang, text string) bool {
	_, hint := sharedLeadMatchers()[lang].match(strings.TrimSpace(text))
	return hint == hintOp
}

// OperativeForm reports whether text opens with a verb form only operative
// paragraphs use ("Takes note", "تحيط علما", "Prend acte"), so that the
// paragraph is operative whatever punctuation ends it. Chinese has no such
// form: its paragraphs open with the same verbs in both parts ("指出，…" is
// the last preambular paragraph of S/RES/2513 (2020)) or put the verb at
// the end ("对…感到震惊，", alarmed at).
func OperativeForm(lang, text string) bool {
	return lang != "zh" && OperativeLead(lang, text)
}

// bothParts reports whether text opens with a lead phrase that both
// preambular and operative paragraphs use ("确认", recognizing and
// confirms).
func (m *leadMatcher) bothParts(text string) bool {
	_, hint := m.match(strings.TrimSpace(text))
	return hint&hintPre != 0 && hint&hintOp != 0
}
