package cite

import (
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// zhStops are the runes at which the backward scan from a Chinese cue
// stops (reference §3.4 step 4).
const zhStops = "，；。：\t\n“;"

// scanZH finds Chinese citations: the cue 号决议 comes after the numbers, so
// each cue scans backwards to the previous clause mark, and each number
// takes the date and organ written before it.
func scanZH(masked, docOrgan string, reports []int) []Match {
	l := specs().zh
	out := zhNumeralSessions(masked)
	prevEnd := 0
	var marks *zhMarks // found on the first cue that has numbers
	for _, c := range l.findCues(masked) {
		from := zhScanStart(masked, max(prevEnd, c[0]-l.clause), c[0])
		prevEnd = c[1]
		toks := l.tokens(masked, from, c[0])
		if len(toks) == 0 {
			continue
		}
		if l.namesForeign(masked, from, toks) {
			continue
		}
		decision := strings.Contains(masked[c[0]:c[1]], "决定")
		if marks == nil {
			marks = newZHMarks(masked)
		}
		organ, organEnd, possessive := marks.context(toks[0].start)
		at := from
		for i := range toks {
			t := &toks[i]
			between := masked[at:t.start]
			if i > 0 {
				if o, e := l.lastOrgan(between); o != "" {
					organ, organEnd, possessive = o, at+e, false
				}
			}
			t.date = zhDateBefore(between)
			switch {
			case !possessive && followsReport(reports, from) && organEnd <= reportBefore(reports, from):
				// "…(A/74/53/Add.1)，第三章，第42/12号决议": the Human Rights
				// Council's report.
				t.organ, t.how = organHRC, howNamed
			case possessive:
				t.organ, t.how = docOrgan, howIts
			case organ != "" && organEnd <= t.start && zhAdjacentGap(masked[organEnd:t.start]):
				t.organ, t.how = organ, howNamed
			case i > 0 && toks[i-1].how == howNamed && toks[i-1].organ == organ:
				// The organ named with the list's first number governs
				// the rest: "理事会…第47/21号、…第48/14号和…S-30/1号决议".
				t.organ, t.how = organ, howNamed
			case isUNOrgan(organ):
				t.organ, t.how = organ, howNear
			default:
				// A body named further back in the sentence ("世界会议通过
				// 的…的所有决议，特别是…第66/144号") decides only when the
				// Assembly cannot have adopted the number.
				t.how = howNone
			}
			at = t.end
		}
		shareDatesForward(masked, toks)
		ctx := &groupContext{around: func() clauseBodies { return marks.around(l, masked, toks[0].start, c[1]) },
			commission: func() string { return l.lastCommission(masked[max(0, from-4*lookBehind):from]) }}
		for _, t := range toks {
			if decision {
				t.organ = ctx.resolve(t.organ, t.p)
				if t.organ == markOther {
					continue
				}
			} else if !settle(&t, ctx) {
				continue
			}
			sym, kind, org := classify(t.p, decision || t.decision, t.organ)
			out = append(out, Match{Start: t.start, End: t.end, Symbol: sym, Kind: kind, Organ: org, Date: t.date, Stated: t.stated()})
		}
	}
	return out
}

// zhMarks records where a Chinese text names organs, says 其 ("its") and
// ends sentences, found in one pass so that each cue looks them up cheaply.
type zhMarks struct {
	organs []organAt // in order of position
	its    []int     // positions of 其
	stops  []int     // positions of 。 and ；
}

// organAt is an organ named at a position.
type organAt struct {
	at, end int
	organ   string
}

// zhGapRE matches what may separate an organ's name from the number it
// adopted, for the organ to be named with it: a date, a "关于…的" phrase
// saying what the resolution is about, and 第 ("人权理事会2017年3月24日关于…
// 的第34/36号决议").
var zhGapRE = onceRegexp(`^[ \x{00a0}\x{3000}]*(?:\d{4}年\d{1,2}月\d{1,2}日)?(?:的)?(?:关于[^，。；第]{0,80}的)?(?:\d{4}年\d{1,2}月\d{1,2}日)?第?[ \x{00a0}]*$`)

// zhAdjacentGap reports whether gap only joins an organ's name to its
// number (zhGapRE).
func zhAdjacentGap(gap string) bool {
	return len(gap) <= 200 && zhGapRE().MatchString(gap)
}

func newZHMarks(s string) *zhMarks {
	m := &zhMarks{}
	for i, r := range s {
		switch r {
		case '其':
			m.its = append(m.its, i)
		case '。', '；':
			m.stops = append(m.stops, i)
		}
	}
	l := specs().zh
	l.eachOrgan(s, func(at, end int, o string) {
		if !zhTopical(s, at, end) {
			m.organs = append(m.organs, organAt{at, end, o})
		}
	})
	return m
}

// zhTopical reports whether the organ named at s[i:end] is part of what a
// phrase says the resolution is about, not the one that adopted it: the
// name is followed by 的 and, earlier in the same phrase, 关于 ("about")
// or 其 ("its", opening a clause on the citing organ's act) comes before it
// — "关于设立人权理事会的第60/251号决议" (the resolution on establishing the
// Council), "其决定召开…世界会议的1997年12月12日第52/111号决议" (its
// resolution deciding to convene the World Conference). An organ followed
// by the number's date or 第 adopted it: "关于根据人权理事会2017年3月24日第
// 34/24号决议采取的步骤".
func zhTopical(s string, i, end int) bool {
	if !strings.HasPrefix(s[end:], "的") {
		return false
	}
	// "人权理事会的各项决议": the Council's resolutions.
	after := s[end+len("的"):]
	for _, r := range []string{"决议", "各项决议", "相关决议", "有关决议", "所有决议", "历次决议"} {
		if strings.HasPrefix(after, r) {
			return false
		}
	}
	lo := max(0, i-240)
	for lo < i && !utf8.RuneStart(s[lo]) {
		lo++
	}
	before := s[lo:i]
	if k := strings.LastIndexAny(before, "，。；"); k >= 0 {
		before = before[k:]
	}
	return strings.Contains(before, "关于") || strings.Contains(before, "其")
}

// around lists the bodies named in the sentence before the number at
// first, nearest first, then those in the rest of the clause after the cue
// ending at cueEnd.
func (m *zhMarks) around(l *langSpec, s string, first, cueEnd int) clauseBodies {
	sentence := 0
	if i := lastBefore(len(m.stops), func(i int) int { return m.stops[i] }, first); i >= 0 {
		sentence = m.stops[i]
	}
	var out clauseBodies
	for i := lastBefore(len(m.organs), func(i int) int { return m.organs[i].at }, first); i >= 0 && m.organs[i].at > sentence; i-- {
		out = append(out, m.organs[i].organ)
	}
	end := len(s)
	if k := strings.IndexAny(s[cueEnd:], "，。；"); k >= 0 {
		end = cueEnd + k
	}
	for _, o := range m.organs {
		if o.at >= cueEnd && o.at < end {
			out = append(out, o.organ)
		}
	}
	return out
}

// lastBefore returns the index of the last element of xs below pos, or -1.
func lastBefore(n int, at func(int) int, pos int) int {
	return sort.Search(n, func(i int) bool { return at(i) >= pos }) - 1
}

// context returns the organ that governs a number at first, and where its
// name ends: the last organ named earlier in the sentence (人权理事会在其…
// 第60/16号决议: 其 refers to it); else possessive when 其 ("its") comes
// before the number, making the citation the document's own.
func (m *zhMarks) context(first int) (organ string, end int, possessive bool) {
	sentence := -1
	if i := lastBefore(len(m.stops), func(i int) int { return m.stops[i] }, first); i >= 0 {
		sentence = m.stops[i]
	}
	at := -1
	if i := lastBefore(len(m.organs), func(i int) int { return m.organs[i].at }, first); i >= 0 && m.organs[i].at > sentence {
		organ, at, end = m.organs[i].organ, m.organs[i].at, m.organs[i].end
	}
	if organ != "" {
		return organ, end, false
	}
	if i := lastBefore(len(m.its), func(i int) int { return m.its[i] }, first); i >= 0 && m.its[i] > sentence && m.its[i] > at {
		return "", 0, true
	}
	return "", 0, false
}

// zhScanStart returns where the backward scan from a cue at end stops: just
// after the last clause mark in s[lo:end].
func zhScanStart(s string, lo, end int) int {
	for lo < end && !utf8.RuneStart(s[lo]) {
		lo++
	}
	seg := s[lo:end]
	best := lo
	for i := len(seg); i > 0; {
		r, size := utf8.DecodeLastRuneInString(seg[:i])
		i -= size
		if !strings.ContainsRune(zhStops, r) {
			continue
		}
		// "…第69/253号，2015年…第70/111号…号决议": a comma after 号 does
		// not end the list.
		if r == '，' && zhListComma(seg[:i], seg[i+size:]) {
			continue
		}
		best = lo + i + size
		break
	}
	return best
}

// zhListComma reports whether a "，" between before and after goes on a
// list of numbers: after 号 ("…第69/253号，2015年…"), or between two
// numbers ("2368(2017)，2370(2017)").
func zhListComma(before, after string) bool {
	b := strings.TrimRight(before, " \u00a0\u3000")
	if strings.HasSuffix(b, "号") {
		return true
	}
	a := strings.TrimLeft(after, " \u00a0\u3000")
	return (strings.HasSuffix(b, ")") || b != "" && isDigit(b[len(b)-1])) && a != "" && isDigit(a[0])
}

// shareDatesForward gives a Chinese number without a date the date of the
// number before it, when both are of one session and only 和 or 、 joins
// them: 2003年12月23日第58/268和58/269号决议.
func shareDatesForward(s string, toks []token) {
	for i := 1; i < len(toks); i++ {
		a, b := toks[i-1], &toks[i]
		if b.date != "" || a.date == "" || a.p.first != b.p.first || a.p.prefix != b.p.prefix || a.p.second == "" {
			continue
		}
		if isListJoin(s[a.end:b.start], "zh") {
			b.date = a.date
		}
	}
}

// zhNumeralRE matches an early Assembly resolution written in Chinese
// numerals with its session in a parenthesised ideograph: 第一㈠号决议 is
// resolution 1 (I).
var zhNumeralRE = onceRegexp(`第([一二三四五六七八九十百千]+)[ \x{00a0}]*([\x{3220}-\x{3229}])[ \x{00a0}]*号[ \x{00a0}]*(?:决议|、|和)`)

// zhNumeralSessions finds the resolutions zhNumeralRE matches.
func zhNumeralSessions(s string) []Match {
	if !strings.Contains(s, "号") {
		return nil
	}
	var out []Match
	for _, m := range zhNumeralRE().FindAllStringSubmatchIndex(s, -1) {
		n := zhNumber(s[m[2]:m[3]])
		session, _ := utf8.DecodeRuneInString(s[m[4]:m[5]])
		if n <= 0 {
			continue
		}
		sym := "A/RES/" + strconv.Itoa(n) + " (" + roman(int(session-0x3220)+1) + ")"
		out = append(out, Match{Start: m[2], End: m[5], Symbol: sym, Kind: "resolution", Organ: organGA, Stated: true})
	}
	return out
}

// zhNumber reads a number written in Chinese numerals (up to 9999), or
// returns 0.
func zhNumber(s string) int {
	digits := map[rune]int{'一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}
	units := map[rune]int{'十': 10, '百': 100, '千': 1000}
	total, cur := 0, 0
	for _, r := range s {
		if d, ok := digits[r]; ok {
			cur = d
			continue
		}
		u, ok := units[r]
		if !ok {
			return 0
		}
		if cur == 0 {
			cur = 1
		}
		total += cur * u
		cur = 0
	}
	return total + cur
}
