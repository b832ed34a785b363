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
		l.adoptedByLater(masked, toks, end)
		shareDates(masked, l, toks)
		for _, t := range toks {
			sym, kind, org := classify(t.p, decision, t.organ)
			out = append(out, Match{Start: t.start, End: t.end, Symbol: sym, Kind: kind, Organ: org, Date: t.date})
		}
	}
	return out
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

func isWordByte(b byte) bool {
	return isDigit(b) || b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z' || b == '/' || b == '.' || b == '_'
}

// coreRE matches the number of a token without its letters; compiled on
// first use.
var coreRE = onceRegexp(`^(?:\d{1,4}` + ws + `?\((?:19|20)\d\d[)(]|\d{1,4}` + sp + `?\((?:دإط|دإ|د|S|ES)?` + sp + `?` + hy + `?` + sp + `?(?:\d{1,2}|[IVXL]+)\)|(?:(?:دإط|دإ|S|ES)` + sp + `?` + hy + sp + `?)?\d{1,4}/\d{1,3})`)

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
