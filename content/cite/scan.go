package cite

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Bounds on the work done per cue (reference §3.4).
const (
	lookBehind = 120 // bytes before a cue searched for an organ's name
)

// token is one bare number found after a cue.
type token struct {
	start, end int
	p          parsed
	organ      string // organ named right after the number
	date       string
}

// scanCued finds the bare numbers of every citation group in masked text
// written in a language whose cue ("resolution") comes before the numbers.
func scanCued(masked string, l *langSpec, docOrgan string, reports []int) []Match {
	cues := validCues(masked, l)
	var out []Match
	for ci, c := range cues {
		limit := len(masked)
		if ci+1 < len(cues) {
			limit = cues[ci+1][0]
		}
		end := clauseEnd(masked, c[1], min(limit, c[1]+l.clause))
		cueWord := masked[c[0]:c[1]]
		decision := isDecisionCue(cueWord)
		toks := dropPeriods(l.tokens(masked, c[1], end), c[1])
		if len(toks) == 0 {
			continue
		}
		if l.namesForeign(masked, c[0], toks) {
			continue
		}
		organ := groupOrgan(masked, l, c, toks[0].start, docOrgan)
		if organ == "" && followsReport(reports, c[0]) {
			organ = organHRC
		}
		resolveOrgans(toks, organ)
		shareDates(masked, l, toks)
		for _, t := range toks {
			sym, kind, org := classify(t.p, decision, t.organ)
			out = append(out, Match{Start: t.start, End: t.end, Symbol: sym, Kind: kind, Organ: org, Date: t.date})
		}
	}
	return out
}

// validCues returns the cue matches that start a word and do not name a
// special rapporteur (Arabic المقرر الخاص).
func validCues(masked string, l *langSpec) [][]int {
	var out [][]int
	for _, c := range l.findCues(masked) {
		if r, _ := utf8.DecodeLastRuneInString(masked[:c[0]]); c[0] > 0 && unicode.IsLetter(r) {
			continue
		}
		if l.lang == "ar" && strings.Contains(masked[c[0]:c[1]], "مقرر") {
			rest := strings.TrimLeft(masked[c[1]:], " \u00a0")
			if strings.HasPrefix(rest, "الخاص") || strings.HasPrefix(rest, "خاص") {
				continue
			}
		}
		out = append(out, c)
	}
	return out
}

// isDecisionCue reports whether a cue word means "decision".
func isDecisionCue(w string) bool {
	lw := strings.ToLower(w)
	for _, d := range []string{"decision", "décision", "decisi", "решени", "مقرر", "决定"} {
		if strings.Contains(lw, d) {
			return true
		}
	}
	return false
}

// abbrRE matches an abbreviation that ends just before a full stop, which
// then does not end the clause.
var abbrRE = regexp.MustCompile(`(?i)(?:^|[\s\x{00a0}(])(?:paras?|sects?|secc|chap|cap|op|pp?|no|vol|annex|par|párrs?|п|пп|разд|гл|см|art|arts|add|rev|corr|res|doc|suppl?)$`)

// clauseEnd returns where the citation group that starts at from ends: a
// semicolon or colon (unless a number follows the semicolon), a full stop
// that ends a sentence, a blank line, or limit.
func clauseEnd(s string, from, limit int) int {
	end := min(limit, len(s))
	for i := from; i < end; i++ {
		switch s[i] {
		case ';', ':':
			if i+1 < len(s) && !isSpaceByte(s[i+1]) && s[i+1] < 0x80 {
				continue
			}
			if s[i] == ';' {
				j := skipSpaces(s, i+1)
				if j < len(s) && isDigit(s[j]) {
					continue
				}
			}
			return i
		case '.':
			j := skipSpaces(s, i+1)
			if j == len(s) || j > i+1 && startsSentence(s[j:]) {
				if !abbrRE.MatchString(s[max(from, i-12):i]) {
					return i
				}
			}
		case '\n':
			j := i + 1
			for j < len(s) && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r') {
				j++
			}
			if j < len(s) && s[j] == '\n' {
				return i
			}
		case 0xD8: // Arabic semicolon U+061B
			if i+1 < len(s) && s[i+1] == 0x9B {
				return i
			}
		case 0xE3: // 。 U+3002
			if strings.HasPrefix(s[i:], "。") {
				return i
			}
		}
	}
	return end
}

func isSpaceByte(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }

// skipSpaces returns the index of the first byte at or after i that is not
// a space, tab, newline, NBSP or narrow NBSP.
func skipSpaces(s string, i int) int {
	for i < len(s) {
		switch {
		case isSpaceByte(s[i]):
			i++
		case strings.HasPrefix(s[i:], "\u00a0"):
			i += 2
		case strings.HasPrefix(s[i:], "\u202f"):
			i += 3
		default:
			return i
		}
	}
	return i
}

// startsSentence reports whether s starts with an upper-case letter or an
// Arabic letter.
func startsSentence(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || r >= 0x0600 && r <= 0x06FF
}

// tokens returns the numbers in s[from:to] that stand alone, with the organ
// named and the date written after each.
func (l *langSpec) tokens(s string, from, to int) []token {
	var out []token
	span := s[from:to]
	for _, loc := range l.token.FindAllStringIndex(span, -1) {
		start, end := from+loc[0], from+loc[1]
		if start > 0 && isWordByte(s[start-1]) {
			continue
		}
		raw := s[start:end]
		last, _ := utf8.DecodeLastRuneInString(raw)
		if r, _ := utf8.DecodeRuneInString(s[end:]); end < len(s) && unicode.IsLetter(last) && (unicode.IsLetter(r) && !unicode.Is(unicode.Han, r) || unicode.IsDigit(r) || r == '/') {
			core := coreToken(raw, l.lang)
			if core == 0 {
				continue
			}
			end = start + core
			raw = s[start:end]
			if r, _ := utf8.DecodeRuneInString(s[end:]); unicode.IsDigit(r) || r == '/' {
				continue
			}
		}
		p, ok := parseToken(normToken(raw, l.lang))
		if !ok {
			continue
		}
		t := token{start: start, end: end, p: p}
		rest := s[end:]
		if m := l.afterMatch(rest); m != nil {
			t.organ = l.organOf(rest[m[2]:m[3]])
			rest = rest[m[1]:]
		}
		var n int
		t.date, n = l.dateAfter(rest)
		if m := l.afterMatch(rest[n:]); n > 0 && t.organ == "" && m != nil {
			// "résolution 59/19 du 8 juillet 2025 du Conseil des droits de l’homme"
			t.organ = l.organOf(rest[n+m[2] : n+m[3]])
		}
		out = append(out, t)
	}
	return out
}

func isWordByte(b byte) bool {
	return isDigit(b) || b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z' || b == '/' || b == '.' || b == '_'
}

// coreRE matches the number of a token without its letters.
var coreRE = regexp.MustCompile(`^(?:\d{1,4}` + ws + `?\((?:19|20)\d\d[)(]|\d{1,4}` + sp + `?\((?:دإط|دإ|د|S|ES)?` + sp + `?` + hy + `?` + sp + `?(?:\d{1,2}|[IVXL]+)\)|(?:(?:دإط|دإ|S|ES)` + sp + `?` + hy + sp + `?)?\d{1,4}/\d{1,3})`)

// coreToken returns the length of the number at the start of raw without
// letters, or 0.
func coreToken(raw, lang string) int {
	return len(coreRE.FindString(raw))
}

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

// shareDates gives a number without a date the date of the next number
// when only a conjunction separates them and both are of the same session:
// "58/268 and 58/269 of 23 December 2003".
func shareDates(s string, l *langSpec, toks []token) {
	for i := len(toks) - 2; i >= 0; i-- {
		a, b := &toks[i], toks[i+1]
		if a.date != "" || b.date == "" || a.p.first != b.p.first || a.p.prefix != b.p.prefix || a.p.second == "" {
			continue
		}
		if isListJoin(s[a.end:b.start], l.lang) {
			a.date = b.date
		}
	}
}

// isListJoin reports whether s only joins two list items: a comma or a
// conjunction.
func isListJoin(s, lang string) bool {
	s = strings.Trim(normSpaces(s), " ,،、")
	switch s {
	case "", "and", "et", "y", "и", "و", "和":
		return true
	}
	return false
}

// afterMatch matches an organ qualifier at the start of rest, if the
// language has such qualifiers.
func (l *langSpec) afterMatch(rest string) []int {
	if l.after == nil {
		return nil
	}
	if len(rest) > 200 {
		rest = rest[:200]
	}
	return l.after.FindStringSubmatchIndex(rest)
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
		if hrcReportRE.MatchString(s.symbol) {
			out = append(out, s.end)
		}
	}
	return out
}

var hrcReportRE = regexp.MustCompile(`^A/\d{2}/53(?:/|$)`)

// followsReport reports whether an HRC report symbol ends shortly before
// pos.
func followsReport(reports []int, pos int) bool {
	i := sort.SearchInts(reports, pos) - 1
	return i >= 0 && pos-reports[i] <= reportWindow
}

// findCues returns the cue matches in s, in order. The cue pattern runs only
// on a small window around each occurrence of an anchor.
func (l *langSpec) findCues(s string) [][]int {
	var out [][]int
	for _, a := range l.anchors {
		for i := 0; i < len(s); {
			k := strings.Index(s[i:], a)
			if k < 0 {
				break
			}
			p := i + k
			i = p + len(a)
			lo, hi := max(0, p-12), min(len(s), p+len(a)+48)
			for lo > 0 && !utf8.RuneStart(s[lo]) {
				lo--
			}
			for hi < len(s) && !utf8.RuneStart(s[hi]) {
				hi++
			}
			for _, m := range l.cue.FindAllStringIndex(s[lo:hi], -1) {
				if lo+m[0] <= p && lo+m[1] > p {
					out = append(out, []int{lo + m[0], lo + m[1]})
				}
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	uniq := out[:0]
	for _, c := range out {
		if n := len(uniq); n > 0 && c[0] < uniq[n-1][1] {
			continue
		}
		uniq = append(uniq, c)
	}
	return uniq
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

// periodGap is how close to its cue, in bytes, a number shaped like a
// budget period must be to count as a citation.
const periodGap = 24

// dropPeriods removes the numbers that are budget periods, "2010/11" (two
// consecutive years), unless one comes first in its group right after the
// cue, as in "resolution 2010/11".
func dropPeriods(toks []token, cueEnd int) []token {
	out := toks[:0]
	for i, t := range toks {
		if isPeriod(t.p) && (i > 0 || t.start-cueEnd > periodGap) {
			continue
		}
		out = append(out, t)
	}
	return out
}

// isPeriod reports whether p reads as a span of two consecutive years:
// 2010/11, 1999/00.
func isPeriod(p parsed) bool {
	if len(p.first) != 4 || len(p.second) != 2 || p.prefix != "" || p.letter != "" {
		return false
	}
	y, err1 := strconv.Atoi(p.first)
	n, err2 := strconv.Atoi(p.second)
	return err1 == nil && err2 == nil && (y+1)%100 == n
}
