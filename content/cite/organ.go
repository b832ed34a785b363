package cite

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// lookBehind is how many bytes before a cue are searched for an organ's
// name.
const lookBehind = 120

// organOf maps an organ's name as written to its English name.
func (l *langSpec) organOf(name string) string {
	name = normSpaces(name)
	for _, o := range l.organs {
		if strings.EqualFold(name, o.text) {
			return o.organ
		}
	}
	for _, o := range l.organs {
		if strings.Contains(name, o.text) {
			return o.organ
		}
	}
	return ""
}

// lastOrgan returns the organ whose name ends last in s, and where it ends.
func (l *langSpec) lastOrgan(s string) (string, int) {
	organ, at := "", -1
	for _, o := range l.organs {
		if i := strings.LastIndex(s, o.text); i >= 0 && i+len(o.text) > at {
			organ, at = o.organ, i+len(o.text)
		}
	}
	return organ, at
}

// groupOrgan returns the organ a citation group's cue names or implies:
// "Security Council resolution", "قرار مجلس الأمن", "its resolution", or ""
// when the numbers decide.
func groupOrgan(s string, l *langSpec, cue []int, firstTok int, docOrgan string) string {
	// Arabic and others may name the organ between the cue and the number.
	if o, _ := l.lastOrgan(normSpaces(s[cue[1]:firstTok])); o != "" {
		return o
	}
	from := max(0, cue[0]-lookBehind)
	for from < cue[0] && !utf8.RuneStart(s[from]) {
		from++
	}
	before := s[from:cue[0]]
	if i := strings.LastIndexAny(before, ";.\n"); i >= 0 {
		before = before[i+1:]
	}
	named, _ := l.lastOrgan(normSpaces(before))
	if named != "" {
		return named
	}
	if l.possessiveBefore(s, cue) {
		return docOrgan
	}
	return ""
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

// resolveOrgans gives each token its organ: its own qualifier, else the
// qualifier of a later token of the same list (without a date between when
// the cue named an organ or said "its"), else the group's.
func resolveOrgans(toks []token, group string) {
	carry := ""
	for i := len(toks) - 1; i >= 0; i-- {
		switch {
		case toks[i].organ != "":
			carry = toks[i].organ
		case toks[i].date != "" && group != "":
			carry = ""
			toks[i].organ = group
		case carry != "":
			toks[i].organ = carry
		default:
			toks[i].organ = group
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
