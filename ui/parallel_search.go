package ui

import "slices"

// parallelSearch is a search over both columns of the parallel view.
type parallelSearch struct {
	query, needle string
	// matches are in row order, the left column's before the right's.
	matches []pmatch
	cur     int
	// wrapped is as for searchState.
	wrapped int
}

// pmatch is the k-th occurrence of the needle in block `block` of side
// `side`, shown in row `row`.
type pmatch struct {
	row, side, block, k int
}

// counter is as for searchState.
func (s parallelSearch) counter() string {
	if s.needle == "" || len(s.matches) == 0 {
		return ""
	}
	return itoa(s.cur+1) + "/" + itoa(len(s.matches))
}

// wrapNote is as for searchState.
func (s parallelSearch) wrapNote() string {
	return searchState{wrapped: s.wrapped}.wrapNote()
}

// runSearch finds every occurrence of q in both columns, case and accents
// folded (each column finds its own, as the single view does), puts them
// in row order, the left column's before the right's in a row, and makes
// current the first at or below the top row. It returns the number of
// matches.
func (pv *parallelView) runSearch(q string) int {
	pv.search = parallelSearch{query: q, needle: fold(clean(q)), cur: -1}
	searched := false
	for _, c := range pv.cols {
		searched = c.findAll(q) || searched
	}
	if !searched {
		pv.clearSearch()
		return 0
	}
	var all []pmatch
	for s, c := range pv.cols {
		for _, m := range c.search.matches {
			if k, ok := pv.rowOf[s][m.block]; ok {
				all = append(all, pmatch{row: k, side: s, block: m.block, k: m.k})
			}
		}
	}
	slices.SortStableFunc(all, func(a, b pmatch) int {
		if a.row != b.row {
			return a.row - b.row
		}
		return a.side - b.side
	})
	pv.search.matches = all[:min(len(all), maxMatches)]
	if len(pv.search.matches) == 0 {
		return 0
	}
	pv.search.cur, pv.search.wrapped = 0, 1
	for i, m := range pv.search.matches {
		if m.row > pv.top || m.row == pv.top && pv.matchRowLine(m) >= pv.line {
			pv.search.cur, pv.search.wrapped = i, 0
			break
		}
	}
	pv.showMatch()
	return len(pv.search.matches)
}

// clearSearch forgets the search.
func (pv *parallelView) clearSearch() {
	pv.search = parallelSearch{cur: -1}
	for _, v := range pv.cols {
		v.clearSearch()
	}
}

// stepMatch makes the next (dir > 0) or previous match current, wrapping.
func (pv *parallelView) stepMatch(dir int) bool {
	n := len(pv.search.matches)
	if n == 0 {
		return false
	}
	pv.search.cur, pv.search.wrapped = stepIndex(pv.search.cur, dir, n)
	pv.showMatch()
	return true
}

// matchRowLine returns the line of its row where match m is drawn.
func (pv *parallelView) matchRowLine(m pmatch) int {
	l, _ := pv.cols[m.side].locateMatch(match{block: m.block, k: m.k})
	if pv.stacked && m.side == sideRight {
		l += len(pv.cellsOf(m.row, sideLeft))
	}
	return l
}

// showMatch scrolls so that the current match is on screen, one line
// below the top row when it has to move.
func (pv *parallelView) showMatch() {
	s := pv.search
	if s.cur < 0 || s.cur >= len(s.matches) {
		return
	}
	m := s.matches[s.cur]
	line := pv.matchRowLine(m)
	for _, sl := range pv.screenLines() {
		if sl.row == m.row && sl.line == line {
			return
		}
	}
	pv.goTo(m.row, line)
	pv.scroll(-1)
}

// currentOn returns where the current match is drawn in side s's
// column, for lineText; ok is false when it is on the other side, or
// there is none.
func (pv *parallelView) currentOn(s int) curMatch {
	ps := pv.search
	if ps.cur < 0 || ps.cur >= len(ps.matches) || ps.matches[ps.cur].side != s {
		return curMatch{}
	}
	m := ps.matches[ps.cur]
	line, nth := pv.cols[s].locateMatch(match{block: m.block, k: m.k})
	return curMatch{block: m.block, line: line, nth: nth, ok: true}
}
