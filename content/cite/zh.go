package cite

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// zhStops are the runes at which the backward scan from a Chinese cue
// stops (reference §3.4 step 4).
const zhStops = "，；。：\t\n“;"

// scanZH finds Chinese citations: the cue 号决议 comes after the numbers, so
// each cue scans backwards to the previous clause mark, and each number
// takes the date and organ written before it.
func scanZH(masked, docOrgan string) []Match {
	l := specs().zh
	var out []Match
	prevEnd := 0
	marks := newZHMarks(masked)
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
		organ, possessive := marks.context(toks[0].start)
		at := from
		for i := range toks {
			t := &toks[i]
			between := masked[at:t.start]
			if i > 0 {
				if o, _ := l.lastOrgan(between); o != "" {
					organ, possessive = o, false
				}
			}
			t.date = zhDateBefore(between)
			switch {
			case possessive:
				t.organ = docOrgan
			case organ != "":
				t.organ = organ
			}
			at = t.end
		}
		shareDatesForward(masked, toks)
		for _, t := range toks {
			sym, kind, org := classify(t.p, decision, t.organ)
			out = append(out, Match{Start: t.start, End: t.end, Symbol: sym, Kind: kind, Organ: org, Date: t.date})
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
	at    int
	organ string
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
	for _, o := range specs().zh.organs {
		for i := 0; ; {
			k := strings.Index(s[i:], o.text)
			if k < 0 {
				break
			}
			m.organs = append(m.organs, organAt{i + k, o.organ})
			i += k + len(o.text)
		}
	}
	sort.Slice(m.organs, func(i, j int) bool { return m.organs[i].at < m.organs[j].at })
	return m
}

// lastBefore returns the index of the last element of xs below pos, or -1.
func lastBefore(n int, at func(int) int, pos int) int {
	return sort.Search(n, func(i int) bool { return at(i) >= pos }) - 1
}

// context returns the organ that governs a number at first: the last organ
// named earlier in the sentence (人权理事会在其…第60/16号决议: 其 refers to
// it); else possessive when 其 ("its") comes before the number, making the
// citation the document's own.
func (m *zhMarks) context(first int) (organ string, possessive bool) {
	sentence := -1
	if i := lastBefore(len(m.stops), func(i int) int { return m.stops[i] }, first); i >= 0 {
		sentence = m.stops[i]
	}
	at := -1
	if i := lastBefore(len(m.organs), func(i int) int { return m.organs[i].at }, first); i >= 0 && m.organs[i].at > sentence {
		organ, at = m.organs[i].organ, m.organs[i].at
	}
	if organ != "" {
		return organ, false
	}
	if i := lastBefore(len(m.its), func(i int) int { return m.its[i] }, first); i >= 0 && m.its[i] > sentence && m.its[i] > at {
		return "", true
	}
	return "", false
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
		if r == '，' && strings.HasSuffix(strings.TrimRight(seg[:i], " \u00a0\u3000"), "号") {
			continue
		}
		best = lo + i + size
		break
	}
	return best
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
