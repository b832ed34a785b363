package cite

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// lookBehind is how many bytes before a cue are searched for an organ's
// name.
const lookBehind = 120

// organOf maps an organ's name as written to its English name: the organ
// or body its text starts with, else the first named inside it.
func (l *langSpec) organOf(name string) string {
	name = normSpaces(name)
	if o, n := l.organAt(name); n > 0 {
		return o
	}
	if all := l.organsIn(name); len(all) > 0 {
		return all[0]
	}
	return ""
}

// lastOrgan returns the organ or body whose name ends last in s, and where
// it ends (-1 when none is named).
func (l *langSpec) lastOrgan(s string) (string, int) {
	organ, at := "", -1
	l.eachOrgan(s, func(_, end int, o string) { organ, at = o, end })
	return organ, at
}

// possessiveGap is how many bytes may separate an organ's name from "its
// resolution" for the organ to be the one "its" speaks of ("the Council,
// through its resolution").
const possessiveGap = 24

// onlyPreposition reports whether gap, between an organ's name and "its
// resolution", is a preposition ("the Council, in its resolution", "le
// Conseil, par sa résolution"), so that the organ is the one "its" means.
func (l *langSpec) onlyPreposition(gap string) bool {
	g := strings.Trim(normSpaces(skipMarkers(strings.TrimLeft(gap, " ,،"))), " ,،")
	for _, p := range append(l.possessive, thirdPerson[l.lang]...) {
		if w, ok := strings.CutSuffix(g, p); ok && (w == "" || strings.HasSuffix(w, " ")) {
			g = strings.TrimSpace(w)
			break
		}
	}
	return slices.Contains(prepositions[l.lang], g)
}

// thirdPerson are the possessives that, after an organ and a preposition,
// refer to it without being "its own" for the citing document: Russian
// "Советом в его резолюциях" (masculine, the Council's).
var thirdPerson = map[string][]string{"ru": {"его", "ее", "её", "их"}}

// endsThirdPerson reports whether gap ends with one of the language's
// thirdPerson possessives.
func (l *langSpec) endsThirdPerson(gap string) bool {
	g := strings.TrimRight(gap, " \u00a0")
	for _, p := range thirdPerson[l.lang] {
		if strings.HasSuffix(g, " "+p) {
			return true
		}
	}
	return false
}

// prepositions are the words that join an organ to "its resolution", per
// language.
var prepositions = map[string][]string{
	"en": {"in", "by", "through", "under", "with", "in accordance with"},
	"fr": {"dans", "par", "en", "aux termes de"},
	"es": {"en", "mediante", "por", "con arreglo a"},
	"ru": {"в", "во"},
	"ar": {"في", "ب"},
}

// isAdjacent reports whether gap, the text between an organ's name and a
// cue, only joins them: spaces and a possessive ("Council’s resolution").
func isAdjacent(gap string) bool {
	g := strings.TrimLeft(gap, " \t\r\n")
	for _, p := range []string{"’s", "'s", "\u00a0"} {
		g = strings.TrimPrefix(g, p)
	}
	return strings.Trim(g, " \t\r\n\u00a0\u202f") == ""
}

// groupOrgan returns the organ a citation group's cue names or implies, and
// how: named between the cue and the number (Arabic "قرار مجلس الأمن",
// "les résolutions du Conseil des droits de l’homme 2/2") or just before the
// cue ("Human Rights Council resolution"); "its resolution" (the citing
// document's organ, unless an organ named just before is the one that
// "in its resolution" speaks of); a principal organ named earlier in the
// sentence; or "" when the numbers decide.
func groupOrgan(s string, l *langSpec, cue []int, firstTok int, docOrgan string) (string, how) {
	if o, _ := l.lastOrgan(s[cue[1]:firstTok]); o != "" {
		return o, howNamed
	}
	from := max(0, cue[0]-lookBehind)
	for from < cue[0] && !utf8.RuneStart(s[from]) {
		from++
	}
	before := s[from:cue[0]]
	if i := strings.LastIndexAny(before, ";.\n"); i >= 0 {
		before = before[i+1:]
	}
	named, at := l.lastOrgan(before)
	gap := ""
	if at >= 0 {
		gap = before[at:]
	}
	if l.possessiveBefore(s, cue) {
		// "the Human Rights Council, in its resolution 4/4": the organ
		// just before "its" is the one.
		if named != "" && len(gap) <= possessiveGap && l.onlyPreposition(gap) {
			return named, howNamed
		}
		if l.lang == "ar" && docOrgan == organGA && arMasculinePossessive(s[cue[0]:cue[1]]) {
			// "قراره", "its (masculine) resolution": the Assembly
			// (الجمعية) is feminine and says "قرارها"; the masculine
			// is the body named before it in the sentence (a council,
			// a conference), or one the text does not name.
			from := max(0, cue[0]-4*lookBehind)
			for from < cue[0] && !utf8.RuneStart(s[from]) {
				from++
			}
			wide := s[from:cue[0]]
			if i := strings.LastIndexAny(wide, ";.\n"); i >= 0 {
				wide = wide[i+1:]
			}
			masculine := ""
			l.eachOrgan(wide, func(at, end int, o string) {
				if !arFeminine(wide[at:end]) {
					masculine = o
				}
			})
			if masculine != "" {
				return masculine, howNamed
			}
			return markOther, howNamed
		}
		return docOrgan, howIts
	}
	if named != "" && (isAdjacent(gap) || len(gap) <= possessiveGap && l.onlyPreposition(gap) && l.endsThirdPerson(gap)) {
		return named, howNamed
	}
	if isUNOrgan(named) {
		return named, howNear
	}
	return "", howNone
}

// arFeminine reports whether an Arabic body's name is a feminine noun
// (الجمعية, لجنة, منظمة), which a masculine "its" cannot refer to.
func arFeminine(name string) bool {
	name = strings.TrimPrefix(strings.TrimPrefix(name, "ل"), "ال")
	for _, f := range []string{"جمعية", "لجنة", "منظمة", "جنة"} {
		if strings.HasPrefix(name, f) {
			return true
		}
	}
	return false
}

// arMasculinePossessive reports whether an Arabic cue word ends in the
// masculine possessive suffix ("قراره", "قراراته"), not the feminine
// ("قرارها") or the dual ("قراريهما").
func arMasculinePossessive(w string) bool {
	return strings.HasSuffix(w, "ه") && !strings.HasSuffix(w, "ها") && !strings.HasSuffix(w, "هما")
}

// possessiveBefore reports whether the cue is "its resolution": a
// possessive word just before it, or an Arabic possessive suffix.
func (l *langSpec) possessiveBefore(s string, cue []int) bool {
	if l.lang == "ar" {
		w := s[cue[0]:cue[1]]
		return strings.HasSuffix(w, "ها") || strings.HasSuffix(w, "ه") || strings.HasSuffix(w, "هما")
	}
	before := strings.TrimRight(s[max(0, cue[0]-24):cue[0]], " \t\r\n\u00a0\u202f")
	for _, p := range l.possessive {
		if strings.HasSuffix(before, p) {
			k := len(before) - len(p)
			if k == 0 {
				return true
			}
			r, _ := utf8.DecodeLastRuneInString(before[:k])
			if !unicode.IsLetter(r) {
				return true
			}
		}
	}
	return false
}

// resolveOrgans gives each token its organ and how it was decided: its own
// qualifier, else the qualifier of a later token of the same list (without
// a date between when the cue named an organ or said "its"), else the
// group's.
func resolveOrgans(toks []token, group string, h how) {
	carry := ""
	for i := len(toks) - 1; i >= 0; i-- {
		switch {
		case toks[i].organ != "":
			carry = toks[i].organ
			toks[i].how = howNamed
		case toks[i].date != "" && group != "":
			carry = ""
			toks[i].organ, toks[i].how = group, h
		case carry != "":
			toks[i].organ, toks[i].how = carry, howNamed
		default:
			toks[i].organ, toks[i].how = group, h
		}
	}
	if group != "" {
		return
	}
	// "les résolutions 36/7 du Conseil des droits de l’homme, en date du
	// 28 septembre 2017, 45/10 du 6 octobre 2020 et 54/8": an organ named
	// after the first number of a list that names none governs the rest.
	for i := 1; i < len(toks); i++ {
		if toks[i].organ == "" && toks[i-1].how == howNamed {
			toks[i].organ, toks[i].how = toks[i-1].organ, howNamed
		}
	}
}

// reportWindow is how far before a cue an HRC report symbol makes the cited
// numbers HRC resolutions.
const reportWindow = 200

// hrcReports returns the end positions of the symbols of the Human Rights
// Council's report to the General Assembly (A/74/53, A/74/53/Add.1:
// Supplement No. 53), in order. A footnote "… Supplement No. 53
// (A/74/53/Add.1), chap. III, resolution 42/12" cites an HRC resolution.
func hrcReports(syms []symbolMatch) []int {
	var out []int
	for _, s := range syms {
		if hrcReportRE().MatchString(s.symbol) {
			out = append(out, s.end)
		}
	}
	return out
}

var hrcReportRE = onceRegexp(`^A/\d{2}/53(?:/|$)`)

// reportBefore returns where the last report symbol before pos ends, or
// -1.
func reportBefore(reports []int, pos int) int {
	i := sort.SearchInts(reports, pos) - 1
	if i < 0 {
		return -1
	}
	return reports[i]
}

// followsReport reports whether an HRC report symbol ends shortly before
// pos.
func followsReport(reports []int, pos int) bool {
	i := sort.SearchInts(reports, pos) - 1
	return i >= 0 && pos-reports[i] <= reportWindow
}

// foreignWindow is how close to a group, in bytes, a foreign body's name
// must be.
const foreignWindow = 60

// namesForeign reports whether a citation group names a body outside the UN
// (foreign) just before its cue, between the cue and its first number, or
// just after its last number.
func (l *langSpec) namesForeign(s string, cue int, toks []token) bool {
	lo := max(0, cue-foreignWindow)
	last := toks[len(toks)-1].end
	hi := min(len(s), last+foreignWindow)
	before, inside, after := s[lo:cue], s[cue:toks[0].start], s[last:hi]
	if i := strings.LastIndexAny(before, ";.\n"); i >= 0 {
		before = before[i+1:]
	}
	for _, f := range l.foreign {
		if containsWord(before, f) || containsWord(inside, f) || containsWord(after, f) {
			return true
		}
	}
	return false
}

// containsWord reports whether s holds w not inside a longer ASCII word.
func containsWord(s, w string) bool {
	for i := 0; ; {
		k := strings.Index(s[i:], w)
		if k < 0 {
			return false
		}
		a, b := i+k, i+k+len(w)
		if (a == 0 || !isWordChar(s[a-1])) && (b == len(s) || !isWordChar(s[b])) {
			return true
		}
		i = a + 1
	}
}
