package cite

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one bare number found after a cue.
type token struct {
	start, end int
	p          parsed
	organ      string // organ named right after the number, then the token's
	how        how    // how organ was decided
	decision   bool   // a decision, though the cue says "resolution"
	date       string
}

// scanCued finds the bare numbers of every citation group in masked text
// written in a language whose cue ("resolution") comes before the numbers.
func scanCued(masked string, l *langSpec, docOrgan string, reports []int) []Match {
	cues := validCues(masked, l)
	var out []Match
	var prev groupEnd
	for ci, c := range cues {
		limit := len(masked)
		if ci+1 < len(cues) {
			limit = cues[ci+1][0]
		}
		end := clauseEnd(masked, c[1], min(limit, c[1]+l.clause))
		cueWord := masked[c[0]:c[1]]
		decision := isDecisionCue(cueWord)
		toks := dropPeriods(l.tokens(masked, c[1], end), l.periodAnchor(masked, c[1]))
		// A list that runs on to the length bound, its last number in
		// the last third, goes on: the Assembly recalls forty dated
		// resolutions in one clause.
		for n := 2; end == c[1]+(n-1)*l.clause && end < limit && len(toks) > 0 && end-toks[len(toks)-1].end < l.clause/3; n++ {
			end = clauseEnd(masked, c[1], min(limit, c[1]+n*l.clause))
			toks = dropPeriods(l.tokens(masked, c[1], end), l.periodAnchor(masked, c[1]))
		}
		if !decision {
			toks = l.withBareNumbers(masked, c[1], end, toks)
		}
		if len(toks) == 0 {
			continue
		}
		if l.namesForeign(masked, c[0], toks) {
			continue
		}
		organ, h := groupOrgan(masked, l, c, toks[0].start, docOrgan)
		if organ == "" && followsReport(reports, c[0]) {
			organ, h = organHRC, howNamed
		}
		if h <= howNear && prev.continues(masked, l, c) {
			// "Human Rights Council resolutions 28/16 … and resolutions
			// 32/13 …": the organ named once governs the list.
			organ, h = prev.organ, howNamed
		}
		resolveOrgans(toks, organ, h)
		l.adoptedByLater(masked, toks, end)
		shareDates(masked, l, toks)
		ctx := &groupContext{around: func() clauseBodies {
			// After the group, up to the clause's end even past a later
			// cue: "la résolution 1993/51 … et les résolutions
			// ultérieures de la Commission des droits de l’homme".
			last := toks[len(toks)-1].end
			return l.bodiesAround(masked, c[0], last, max(end, clauseEnd(masked, last, min(len(masked), last+lookBehind*2))))
		},
			commission: func() string { return l.lastCommission(masked[max(0, c[0]-4*lookBehind):c[0]]) }}
		kept := toks[:0]
		for _, t := range toks {
			if decision {
				t.organ = ctx.resolve(t.organ, t.p)
				if t.organ == markOther {
					continue
				}
			} else if !settle(&t, ctx) {
				continue
			}
			kept = append(kept, t)
		}
		prev = groupEnd{}
		if len(kept) > 0 && h == howNamed || len(kept) > 0 && kept[len(kept)-1].how == howNamed {
			last := kept[len(kept)-1]
			prev = groupEnd{end: last.end, clauseEnd: end, organ: last.organ}
		}
		for _, t := range kept {
			sym, kind, org := classify(t.p, decision || t.decision, t.organ)
			out = append(out, Match{Start: t.start, End: t.end, Symbol: sym, Kind: kind, Organ: org, Date: t.date, Stated: t.stated()})
		}
	}
	return out
}

// groupEnd is what a citation group leaves for the next: where its last
// number ends, where its clause ends, and the organ it named.
type groupEnd struct {
	end, clauseEnd int
	organ          string
}

// continues reports whether the cue c goes on the list of the group before,
// which named its organ: the group's clause runs up to the cue, and only a
// conjunction, a footnote marker or a description of the resolutions before
// ("on the right to privacy in the digital age") comes between, naming no
// organ.
func (g groupEnd) continues(s string, l *langSpec, c []int) bool {
	if g.organ == "" || g.clauseEnd < c[0] || g.end > c[0] || c[0]-g.end > continueGap {
		return false
	}
	between := s[g.end:c[0]]
	if o, _ := l.lastOrgan(between); o != "" {
		return false
	}
	tail := strings.TrimRight(normSpaces(between), " ,،、")
	if tail == "" {
		return strings.HasPrefix(s[c[0]:], "و")
	}
	for _, j := range listJoins[l.lang] {
		if strings.HasSuffix(tail, j) {
			k := len(tail) - len(j)
			if r, _ := utf8.DecodeLastRuneInString(tail[:k]); k == 0 || !unicode.IsLetter(r) {
				return true
			}
		}
	}
	return false
}

// continueGap bounds the text between a list and a cue that goes on with
// it, in bytes.
const continueGap = 400

// listJoins are the words that join the last items of a list, per
// language.
var listJoins = map[string][]string{
	"en": {"and", "as well as", "and also", "and in particular", "including"},
	"fr": {"et", "ainsi que", "et les", "et la", "et sa", "notamment"},
	"es": {"y", "así como", "y las", "y la", "en particular"},
	"ru": {"и", "а также", "включая", "в том числе"},
	"ar": {"و", "وكذلك", "فضلا عن", "بما في ذلك"},
	"zh": {"和", "以及", "及"},
}

// tokens returns the numbers in s[from:to] that stand alone, with the organ
// named and the date written after each.
func (l *langSpec) tokens(s string, from, to int) []token {
	var out []token
	span := s[from:to]
	for _, loc := range findNumbers(l, span) {
		start, end := from+loc[0], from+loc[1]
		if start > 0 && isWordByte(s[start-1]) {
			continue
		}
		raw := s[start:end]
		last, _ := utf8.DecodeLastRuneInString(raw)
		if r, _ := utf8.DecodeRuneInString(s[end:]); end < len(s) && unicode.IsLetter(last) && (unicode.IsLetter(r) && !unicode.Is(unicode.Han, r) || unicode.IsDigit(r) || r == '/') {
			core := coreToken(raw)
			if core == 0 {
				continue
			}
			end = start + core
			raw = s[start:end]
			if r, _ := utf8.DecodeRuneInString(s[end:]); unicode.IsDigit(r) || r == '/' {
				continue
			}
		}
		if !standsAlone(s, start, end) {
			continue
		}
		p, ok := parseToken(normToken(raw, l.lang))
		if !ok || p.second != "" && afterAcronym(s[:start]) || l.afterOtherNoun(s[:start]) {
			continue
		}
		if l.lang == "ar" && reversedHalves(p) {
			// Arabic text sometimes has the two halves the wrong way
			// round: "305/76" for 76/305 (no session reaches 100),
			// "دإ-1/32" for S-32/1 (special sessions numbered so from
			// the eighth).
			p.first, p.second = p.second, p.first
		}
		t := token{start: start, end: end, p: p}
		rest := skipMarkers(s[end:])
		if o, n := l.afterOrgan(rest); n > 0 {
			t.organ = o
			rest = skipMarkers(rest[n:])
		}
		var n int
		t.date, n = l.dateAfter(rest)
		if n > 0 && t.organ == "" {
			// "résolution 59/19 du 8 juillet 2025 du Conseil des droits de l’homme"
			if o, k := l.afterOrgan(skipMarkers(rest[n:])); k > 0 {
				t.organ = o
			}
		}
		out = append(out, t)
	}
	return out
}

// findNumbers is l.token.FindAllStringIndex(s, -1), found faster: a number
// never holds ',' or ';' and starts with an ASCII digit, 'S', 'E' or a
// non-ASCII letter (both checked by TestTokenPatternShape), so each stretch
// between commas is searched on its own, and only from the bytes that can
// start a number, with the pattern anchored there. The regexp engine
// otherwise tries every byte of the clause again for every number found.
func findNumbers(l *langSpec, s string) [][]int {
	head := l.tokenHead
	if head == nil {
		return l.token.FindAllStringIndex(s, -1)
	}
	var out [][]int
	for base := 0; ; {
		seg := s[base:]
		cut := strings.IndexAny(seg, ",;")
		if cut >= 0 {
			seg = seg[:cut]
		}
		for p := 0; p < len(seg); {
			q := nextNumberStart(seg, p)
			if q < 0 {
				break
			}
			if loc := head.FindStringIndex(seg[q:]); loc != nil && loc[1] > 0 {
				out = append(out, []int{base + q, base + q + loc[1]})
				p = q + loc[1]
				continue
			}
			p = q + 1
		}
		if cut < 0 {
			return out
		}
		base += cut + 1
	}
}

// nextNumberStart returns the first index from p of a byte that may start a
// number: an ASCII digit, 'S', 'E', or the first byte of a non-ASCII
// character; -1 if there is none.
func nextNumberStart(s string, p int) int {
	for i := p; i < len(s); i++ {
		if c := s[i]; c >= '0' && c <= '9' || c == 'S' || c == 'E' || c >= 0xC0 {
			return i
		}
	}
	return -1
}

// reversedHalves reports whether p, read from Arabic text, has its two
// halves the wrong way round: as written no Assembly session can have it,
// the other way round one can.
func reversedHalves(p parsed) bool {
	if p.second == "" || p.paren != "" || len(p.second) > 2 {
		return false
	}
	if p.prefix == "" && len(p.first) != 3 {
		return false
	}
	swapped := p
	swapped.first, swapped.second = p.second, p.first
	return !plausible(organGA, p, "") && plausible(organGA, swapped, "")
}

// standsAlone reports whether the number at s[start:end] is a whole number
// and not part of something longer: "3/200" in "3/2005" (a digit follows),
// "103/21" in "103/21/Add.1" (the symbol goes on), "57/1" in "EC-57/1" or
// "A-32/1" (another body's series, a letter and a hyphen before), "39
// (2022)" in "recommendation No. 39 (2022)".
func standsAlone(s string, start, end int) bool {
	if r, _ := utf8.DecodeRuneInString(s[end:]); end < len(s) && unicode.IsDigit(r) {
		return false
	}
	if end+1 < len(s) && s[end] == '/' && (isDigit(s[end+1]) || s[end+1] >= 'A' && s[end+1] <= 'Z' || s[end+1] >= 'a' && s[end+1] <= 'z') {
		return false
	}
	if start > 1 && s[start-1] == '-' {
		if r, _ := utf8.DecodeLastRuneInString(s[:start-1]); unicode.IsLetter(r) {
			return false
		}
	}
	before := strings.TrimRight(s[max(0, start-12):start], " \u00a0\u202f")
	for _, no := range numberWords {
		if strings.HasSuffix(before, no) {
			k := len(before) - len(no)
			if r, _ := utf8.DecodeLastRuneInString(before[:k]); k == 0 || !unicode.IsLetter(r) {
				return false
			}
		}
	}
	return true
}

// numberWords are the words for "number" that introduce a numbered thing
// other than a resolution: "general recommendation No. 39 (2022)".
var numberWords = []string{"No.", "No", "no", "n°", "nº", "N°", "núm.", "№"}

// otherNouns are, per language, the nouns of numbered things that are not
// resolutions: a number right after one is that thing's ("Presidential
// Statement 2015/25"). Russian and Arabic entries are stems.
var otherNouns = map[string][]string{
	"en": {"statement", "declaration", "recommendation", "report", "document", "communiqué", "communique"},
	"fr": {"déclaration", "recommandation", "rapport", "document", "communiqué"},
	"es": {"declaración", "recomendación", "informe", "documento", "comunicado"},
	"ru": {"заявлени", "рекомендаци", "доклад", "документ", "коммюнике"},
	"ar": {"بيان", "توصية", "الوثيقة", "وثيقة", "تقرير"},
}

// afterOtherNoun reports whether before ends with one of the language's
// otherNouns, then spaces.
func (l *langSpec) afterOtherNoun(before string) bool {
	b := strings.TrimRight(before, " \u00a0\u202f")
	if len(b) == len(before) {
		return false
	}
	k := len(b)
	for k > 0 {
		r, size := utf8.DecodeLastRuneInString(b[:k])
		if !unicode.IsLetter(r) {
			break
		}
		k -= size
	}
	word := strings.ToLower(b[k:])
	for _, n := range otherNouns[l.lang] {
		if strings.HasPrefix(word, n) || l.lang == "ar" && strings.HasSuffix(word, n) {
			return true
		}
	}
	return false
}

// afterAcronym reports whether before ends with an upper-case acronym and a
// space, as in "document MSC 103/21" or "LC 45/18": a session/number after
// it belongs to that body's series.
func afterAcronym(before string) bool {
	b := strings.TrimRight(before, " \u00a0")
	if len(b) == len(before) {
		return false
	}
	n := 0
	for n < len(b) && b[len(b)-1-n] >= 'A' && b[len(b)-1-n] <= 'Z' {
		n++
	}
	if n < 2 {
		return false
	}
	k := len(b) - n
	return k == 0 || !isWordChar(b[k-1]) && b[k-1] != '/'
}

func isWordByte(b byte) bool {
	return isDigit(b) || b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z' || b == '/' || b == '.' || b == '_'
}

// coreRE matches the number of a token without its letters; compiled on
// first use.
var coreRE = onceRegexp(`^(?:\d{1,4}` + ws + `?\((?:19|20)\d\d[)(]|\d{1,4}` + sp + `?\((?:` + arSession + `|د|S|ES)?` + sp + `?` + hy + `?` + sp + `?(?:\d{1,2}|[IVXL]+)\)|(?:(?:` + arSession + `|S|ES)` + sp + `?` + hy + sp + `?)?\d{1,4}/\d{1,3})`)

// coreToken returns the length of the number at the start of raw without
// letters, or 0.
func coreToken(raw string) int {
	return len(coreRE().FindString(raw))
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

// afterOrgan reads an organ's or body's name introduced at the start of
// rest ("du Conseil de sécurité", "of the Human Rights Council", Russian
// "Совета Безопасности"), and returns it with the length read; 0 when
// there is none.
func (l *langSpec) afterOrgan(rest string) (string, int) {
	if l.after == nil {
		return "", 0
	}
	if len(rest) > 300 {
		rest = rest[:300]
	}
	m := l.after.FindStringIndex(rest)
	if m == nil {
		return "", 0
	}
	o, n := l.organAt(rest[m[1]:])
	if n == 0 {
		return "", 0
	}
	return o, m[1] + n
}

// skipMarkers returns s without the footnote markers and spaces it starts
// with: "⁴ du Conseil", "(¹⁴) المؤرخ".
func skipMarkers(s string) string {
	for {
		t := strings.TrimLeft(s, " \u00a0\u202f⁰¹²³⁴⁵⁶⁷⁸⁹")
		if strings.HasPrefix(t, "(") {
			if k := strings.IndexByte(t, ')'); k > 1 && strings.Trim(t[1:k], "⁰¹²³⁴⁵⁶⁷⁸⁹") == "" {
				t = t[k+1:]
			}
		}
		if t == s {
			return s
		}
		s = t
	}
}

// periodAnchor returns where the distance of a period-shaped first number
// from its cue is measured: after the organ named right after the cue, if
// any ("قراري المجلس الاقتصادي والاجتماعي 2017/18").
func (l *langSpec) periodAnchor(s string, cueEnd int) int {
	window := s[cueEnd:min(len(s), cueEnd+lookBehind)]
	if k := strings.IndexAny(window, "0123456789"); k >= 0 {
		window = window[:k]
	}
	if o, end := l.lastOrgan(window); o != "" {
		return cueEnd + end
	}
	return cueEnd
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
