package cite

import (
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"
)

// how says how a number's organ was decided.
type how uint8

const (
	// howNone: the text names no organ; the number's shape decides.
	howNone how = iota
	// howNear: an organ is named earlier in the sentence, not next to the
	// cue.
	howNear
	// howIts: "its resolution", the citing document's organ.
	howIts
	// howNamed: the organ is named next to the cue or the number.
	howNamed
)

// firstDecisionNumber is the lowest number of a session's routine
// decisions, above any resolution's.
const firstDecisionNumber = 400

// thisYear is the current year, read once: it bounds the sessions a
// number may belong to.
var thisYear = sync.OnceValue(func() int { return time.Now().Year() })

// gaSessionYear returns the year a regular session of the General Assembly
// opens in (its resolutions are adopted from September of that year to
// September of the next).
func gaSessionYear(s int) int { return 1945 + s }

// hrcSessionYear returns the year a regular session of the Human Rights
// Council is held in: three a year since 2006, the fourth in March 2007.
func hrcSessionYear(s int) int {
	if s <= 3 {
		return 2006
	}
	return 2007 + (s-4)/3
}

// dateYear returns the year of an ISO date, or 0.
func dateYear(date string) int {
	if len(date) < 4 {
		return 0
	}
	y, _ := strconv.Atoi(date[:4])
	return y
}

// sessionNumber returns the session of a session/number token, or 0 when p
// is not one.
func sessionNumber(p parsed) int {
	if p.second == "" || p.paren != "" || len(p.first) > 3 {
		return 0
	}
	n, _ := strconv.Atoi(p.first)
	return n
}

// plausible reports whether organ can have adopted the session/number p
// on date (ISO, or ""): a General Assembly regular session from the 31st
// (before it the Assembly numbered "1514 (XV)") up to the current one, its
// resolutions adopted in the year its session opens or the next; a Human
// Rights Council session that has been held, in its year or the next. Other
// bodies number as they please; the Security Council and the Economic and
// Social Council never number by session.
func plausible(organ string, p parsed, date string) bool {
	s := sessionNumber(p)
	y := dateYear(date)
	switch organ {
	case organGA:
		switch p.prefix {
		case "S":
			// Special sessions were numbered "3201 (S-VI)" up to the
			// seventh; "S-8/1" onwards, the 32nd in 2020 the latest.
			return s >= 8 && s <= 32
		case "ES":
			return s >= 1 && s <= 15
		}
		open := gaSessionYear(s)
		return s >= firstNumberedSession && open <= thisYear() && (y == 0 || y >= open && y <= open+1)
	case organHRC:
		if p.prefix == "S" {
			return s >= 1 && s <= 45
		}
		if p.prefix != "" {
			return false
		}
		held := hrcSessionYear(s)
		return s >= 1 && held <= thisYear() && (y == 0 || y >= held && y <= held+1)
	case organSC, organECOSOC, organCHR:
		return false
	}
	return true
}

// clauseBodies lists the bodies named around a citation group, nearest
// first: in the sentence before the cue, then after the group's last
// number up to the clause end. settle offers them to a number whose organ
// cannot have adopted it.
type clauseBodies []string

// bodiesAround returns the bodies named in s before the cue (back to the
// start of the sentence) and after the last number (up to end).
func (l *langSpec) bodiesAround(s string, cueStart, lastEnd, end int) clauseBodies {
	var out clauseBodies
	from := max(0, cueStart-4*lookBehind)
	for from < cueStart && !utf8.RuneStart(s[from]) {
		from++
	}
	before := s[from:cueStart]
	if i := strings.LastIndexAny(before, ";\n"); i >= 0 {
		before = before[i+1:]
	}
	for _, o := range l.organsIn(before) {
		out = append([]string{o}, out...)
	}
	if lastEnd < end {
		out = append(out, l.organsIn(s[lastEnd:end])...)
	}
	return out
}

// organsIn returns the organs and bodies named in s, in order of position,
// a name inside a longer one not counted.
func (l *langSpec) organsIn(s string) []string {
	var out []string
	l.eachOrgan(s, func(_, _ int, organ string) { out = append(out, organ) })
	return out
}

// eachOrgan calls fn for every organ or body named in s, in order, a name
// inside a longer one not counted. Names start with an ASCII byte or the
// first byte of a character, so only the bytes that start a name are
// looked at.
func (l *langSpec) eachOrgan(s string, fn func(at, end int, organ string)) {
	for i := 0; i < len(s); i++ {
		b := s[i]
		if l.byFirst[b] == nil || i+1 < len(s) && l.second[b][s[i+1]>>6]&(1<<(s[i+1]&63)) == 0 && !hasSpaceSecond(l, b) || !l.wordStart(s, i) {
			continue
		}
		if o, n := l.organAt(s[i:]); n > 0 {
			fn(i, i+n, o)
			i += n - 1
		}
	}
}

// hasSpaceSecond reports whether a name starting with byte b is one
// character long or has a space second (a name "X Y" with one-byte X), so
// that the second-byte test cannot rule it out.
func hasSpaceSecond(l *langSpec, b byte) bool {
	return l.second[b][' '>>6]&(1<<(' '&63)) != 0
}

// wordStart reports whether s[i:] starts a word: no letter before it. In
// Arabic a word may carry a prefix glued to it ("والمجلس", "بقرار"), which
// may come before the name; Chinese has no spaces.
func (l *langSpec) wordStart(s string, i int) bool {
	if i == 0 || l.lang == "zh" {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	if !unicode.IsLetter(r) {
		return true
	}
	if l.lang != "ar" {
		return false
	}
	w := i
	for n := 0; n < 3 && w > 0; n++ {
		r, size := utf8.DecodeLastRuneInString(s[:w])
		if !unicode.IsLetter(r) {
			break
		}
		w -= size
	}
	if w > 0 {
		if r, _ := utf8.DecodeLastRuneInString(s[:w]); unicode.IsLetter(r) {
			return false
		}
	}
	switch s[w:i] {
	case "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "وال":
		return true
	}
	return false
}

// organAt returns the organ or body whose name s starts with, the longest,
// and the length of the name in s; 0 when there is none. In Latin and
// Cyrillic text the name must end at a word's end ("Commission", not
// "Commissioner").
func (l *langSpec) organAt(s string) (string, int) {
	if s == "" {
		return "", 0
	}
	for _, o := range l.byFirst[s[0]] {
		if !strings.HasPrefix(s, o.head) {
			continue
		}
		n, ok := hasPrefixSpaced(s, o.text)
		if !ok {
			continue
		}
		if l.lang != "ar" && l.lang != "zh" {
			if r, _ := utf8.DecodeRuneInString(s[n:]); unicode.IsLetter(r) {
				continue
			}
		}
		return o.organ, n
	}
	if l.lang == "ar" && strings.HasPrefix(s, "لل") {
		// "للجنة" is ل + لجنة, "للمجلس" ل + المجلس.
		if o, n := l.organAt(s[len("ل"):]); n > 0 {
			return o, n + len("ل")
		}
		if o, n := l.organAt("ا" + s[len("ل"):]); n > len("ا") {
			return o, n - len("ا") + len("ل")
		}
	}
	return "", 0
}

// resolveMarker turns a common noun into the body it stands for: "the
// Council" is the council whose numbers have the number's shape (the Human
// Rights Council numbers by session, the Economic and Social Council by
// year, the Security Council "1631 (2005)"); "the Commission" is the
// commission named last before it in the text, else an unknown body.
func resolveMarker(organ string, p parsed, lastCommission string) string {
	switch organ {
	case markCouncil:
		switch {
		case sessionNumber(p) > 0:
			return organHRC
		case isYearNumber(p):
			return organECOSOC
		}
		return ""
	case markCommission:
		if lastCommission != "" {
			return lastCommission
		}
		return markOther
	}
	return organ
}

// isYearNumber reports whether p is numbered "year/number", as the
// Economic and Social Council and the functional commissions number.
func isYearNumber(p parsed) bool {
	if len(p.first) != 4 || p.second == "" || p.prefix != "" {
		return false
	}
	y, _ := strconv.Atoi(p.first)
	return y >= 1946
}

// lastCommission returns the commission named last in s, "" when none.
func (l *langSpec) lastCommission(s string) string {
	last := ""
	for _, o := range l.organsIn(s) {
		if o == organCHR || isOtherBody(o) && o != markOther && strings.Contains(o, "Commission") {
			last = o
		}
	}
	return last
}

// groupContext gives settle what it may need to know about a citation
// group, worked out on first use: most numbers never need it.
type groupContext struct {
	around     func() clauseBodies
	commission func() string
	bodies     clauseBodies
	last       string
	done       [2]bool
}

// bodiesAround returns the bodies named around the group.
func (g *groupContext) bodiesAround() clauseBodies {
	if !g.done[0] {
		g.bodies, g.done[0] = g.around(), true
	}
	return g.bodies
}

// resolve is resolveMarker with the commission named last before the
// group.
func (g *groupContext) resolve(organ string, p parsed) string {
	if organ == markCommission {
		if !g.done[1] {
			g.last, g.done[1] = g.commission(), true
		}
		return resolveMarker(organ, p, g.last)
	}
	return resolveMarker(organ, p, "")
}

// settle decides the organ of a token, or drops it (false). For a
// session/number: the organ named or implied when it can have adopted the
// number; otherwise, when nothing but the number's shape made it the
// General Assembly's or when the organ named cannot have adopted it (a
// date contradicting the session, a session that does not exist), the
// first body named around the group that can; failing that, nothing.
// Numbers of other shapes keep the organ their shape gives them, if they
// can exist.
func settle(t *token, g *groupContext) bool {
	if sessionNumber(t.p) == 0 {
		organ := g.resolve(t.organ, t.p)
		if isYearNumber(t.p) {
			return settleYear(t, organ, g)
		}
		// "1631 (2005)", "2625 (XXV)": the shape decides whoever is
		// named around it, but for the Economic and Social Council's
		// "1503 (XLVIII)".
		if organ != organECOSOC {
			t.organ = ""
		}
		return plausibleShape(t.p, t.organ)
	}
	organ := g.resolve(t.organ, t.p)
	if organ == "" || organ == organSC || organ == organECOSOC && t.how != howNamed {
		organ = organGA
	}
	if organ == markOther {
		return false
	}
	if plausible(organ, t.p, t.date) {
		t.organ = organ
		// The Assembly's resolutions of a session never reach 400; the
		// numbers from 401 are its decisions ("قرارها 74/565" in an
		// Arabic text is decision 74/565).
		if n, _ := strconv.Atoi(t.p.second); organ == organGA && t.p.prefix == "" && n >= firstDecisionNumber {
			t.decision = true
		}
		return true
	}
	if organ == organHRC && t.how != howNamed && plausible(organGA, t.p, t.date) {
		t.organ = organGA
		return true
	}
	if t.how == howNamed && isUNOrgan(organ) && plausible(organ, t.p, "") {
		// The text names the organ, and it held that session: the date
		// is the slip ("人权理事会2020年10月7日第51/30号决议", adopted in
		// 2022).
		t.organ = organ
		return true
	}
	around := g.bodiesAround()
	for _, b := range around {
		b = g.resolve(b, t.p)
		if b == "" || b == organ {
			continue
		}
		if b == markOther {
			return false
		}
		if plausible(b, t.p, t.date) {
			t.organ, t.how = b, howNamed
			return true
		}
	}
	if isUNOrgan(organ) && plausible(organ, t.p, "") && (t.how >= howIts || len(around) == 0) {
		// Nothing around can have adopted it, and the organ that "its"
		// means, or the Assembly when nothing at all is named, held the
		// session: the date is the slip ("قرارها 79/194 المؤرخ 19 كانون
		// الأول/ديسمبر 2013").
		t.organ = organ
		return true
	}
	return false
}

// settleYear decides the organ of a year/number: the Economic and Social
// Council's unless the text names, next to it or anywhere around the
// group, the Commission on Human Rights or another body numbering by year
// (the Sub-Commission, a functional commission). The Assembly, the Human
// Rights Council and the Security Council never number so: "its
// resolution 2013/1" in an Assembly text, after "Commission on Population
// and Development resolutions 2006/2 … and", is the Commission's.
func settleYear(t *token, organ string, g *groupContext) bool {
	switch {
	case organ == markOther:
		return false
	case organ == organECOSOC || organ == organCHR || isOtherBody(organ):
		t.organ = organ
		return true
	}
	if t.how < howNamed || organ == organGA || organ == organHRC || organ == organSC {
		for _, b := range g.bodiesAround() {
			b = g.resolve(b, t.p)
			if b == organECOSOC || b == organCHR || isOtherBody(b) && b != markOther {
				t.organ, t.how = b, howNamed
				return true
			}
		}
	}
	t.organ = organECOSOC
	return true
}

// plausibleShape reports whether a number not numbered by session can
// exist: a Security Council number adopted in its year, an Assembly
// resolution of the sessions numbered in roman numerals (I–XXX, special
// sessions S-I–S-VII, emergency special sessions ES-I–ES-X).
func plausibleShape(p parsed, organ string) bool {
	switch {
	case p.paren == "":
		return true
	case isDigit(p.paren[0]):
		y, _ := strconv.Atoi(p.paren)
		n, _ := strconv.Atoi(p.first)
		return scPlausible(n, y)
	case organ == organECOSOC:
		return romanValue(p.paren) > 0
	}
	roman, limit := p.paren, 30
	switch {
	case strings.HasPrefix(roman, "S-"):
		roman, limit = roman[2:], 7
	case strings.HasPrefix(roman, "ES-"):
		roman, limit = roman[3:], 10
	}
	v := romanValue(roman)
	return v >= 1 && v <= limit
}

// romanValue returns the value of a roman numeral (I, V, X, L, C), or 0.
func romanValue(s string) int {
	val := func(b byte) int {
		switch b {
		case 'I':
			return 1
		case 'V':
			return 5
		case 'X':
			return 10
		case 'L':
			return 50
		case 'C':
			return 100
		}
		return 0
	}
	total := 0
	for i := 0; i < len(s); i++ {
		v := val(s[i])
		if v == 0 {
			return 0
		}
		if i+1 < len(s) && val(s[i+1]) > v {
			total -= v
		} else {
			total += v
		}
	}
	return total
}

// stated reports whether the text says whose number t is (Match.Stated).
func (t *token) stated() bool {
	return t.how >= howIts || t.p.paren != "" && isDigit(t.p.paren[0])
}
