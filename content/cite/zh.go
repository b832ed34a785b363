package cite

import (
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
	l := specZH
	var out []Match
	prevEnd := 0
	for _, c := range l.cue.FindAllStringIndex(masked, -1) {
		from := zhScanStart(masked, max(prevEnd, c[0]-l.clause), c[0])
		prevEnd = c[1]
		toks := l.tokens(masked, from, c[0])
		if len(toks) == 0 {
			continue
		}
		decision := strings.Contains(masked[c[0]:c[1]], "决定")
		organ, possessive := "", false
		at := from
		for i := range toks {
			t := &toks[i]
			between := masked[at:t.start]
			if o, _ := l.lastOrgan(between); o != "" {
				organ, possessive = o, false
			} else if strings.Contains(between, "其") && organ == "" {
				possessive = true
			}
			t.date = zhDateBefore(between)
			switch {
			case organ != "":
				t.organ = organ
			case possessive:
				t.organ = docOrgan
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

// zhScanStart returns where the backward scan from a cue at end stops: just
// after the last clause mark in s[lo:end].
func zhScanStart(s string, lo, end int) int {
	for lo < end && !utf8.RuneStart(s[lo]) {
		lo++
	}
	seg := s[lo:end]
	best := lo
	for _, stop := range strings.Split(zhStops, "") {
		if i := strings.LastIndex(seg, stop); i >= 0 && lo+i+len(stop) > best {
			best = lo + i + len(stop)
		}
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
