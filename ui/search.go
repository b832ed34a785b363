package ui

import (
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/charmbracelet/x/ansi"
)

// maxMatches bounds the matches kept for one search.
const maxMatches = 100000

// searchState is the current search of a document.
type searchState struct {
	query   string  // as typed
	needle  string  // folded
	matches []match // in document order
	cur     int     // index into matches, -1 for none
	// wrapped is +1 when the last move went past the end of the document
	// and went on from the top, -1 past the top to the end, else 0.
	wrapped int
}

// wrapNote returns the message for a search that went past an end, or "";
// with a single match, every move goes past one.
func (s searchState) wrapNote() string {
	switch s.wrapped {
	case 1:
		return "search hit the end, continued at the top"
	case -1:
		return "search hit the top, continued at the end"
	}
	return ""
}

// noMatch is the message for a search that found nothing.
func noMatch(q string) string {
	return "no match for “" + clean(q) + "”"
}

// match is the k-th occurrence of the needle in a block's plain text.
type match struct{ block, k int }

// ensureFolded builds the folded plain text of every block once.
func (v *docView) ensureFolded() {
	if v.folded == nil {
		v.folded = foldBlocks(v.blocks)
	}
}

// foldBlocks returns the folded plain text of each block.
func foldBlocks(blocks []block) []string {
	out := make([]string, len(blocks))
	for i, b := range blocks {
		out[i] = fold(b.plain)
	}
	return out
}

// foldCmd folds v's blocks in the background.
func foldCmd(v *docView) tea.Cmd {
	if v.folded != nil {
		return nil
	}
	blocks := v.blocks
	return func() tea.Msg { return foldedMsg{view: v, folded: foldBlocks(blocks)} }
}

// runSearch finds every occurrence of q, case and accents folded, and makes
// current the first one at or after the top of the pane. It returns the
// number of matches.
func (v *docView) runSearch(q string) int {
	if !v.findAll(q) || len(v.search.matches) == 0 {
		return 0
	}
	// The first match at or below the first row, else the first of all,
	// having gone past the end.
	v.search.cur, v.search.wrapped = 0, 1
	p := v.pane
	before := -1 // occurrences in the top block above the first row
	for i, m := range v.search.matches {
		if m.block == p.top && p.line > 0 && before < 0 {
			before = v.occurrencesAbove(p.top, p.line)
		}
		if m.block > p.top || m.block == p.top && (p.line == 0 || m.k >= before) {
			v.search.cur, v.search.wrapped = i, 0
			break
		}
	}
	v.showMatch()
	return len(v.search.matches)
}

// findAll finds every occurrence of q in the blocks, case and accents
// folded, in document order, none of them current yet; it reports
// whether q is a search at all (false for blanks, and the search is
// forgotten).
func (v *docView) findAll(q string) bool {
	v.search = searchState{query: q, needle: fold(clean(q)), cur: -1}
	if strings.TrimSpace(v.search.needle) == "" {
		v.search = searchState{cur: -1}
		return false
	}
	v.ensureFolded()
	n := v.search.needle
	for i, t := range v.folded {
		for k, from := 0, 0; len(v.search.matches) < maxMatches; k++ {
			j := strings.Index(t[from:], n)
			if j < 0 {
				break
			}
			v.search.matches = append(v.search.matches, match{block: i, k: k})
			from += j + len(n)
		}
	}
	return true
}

// stepMatch makes the next (dir > 0) or previous match current, wrapping.
func (v *docView) stepMatch(dir int) bool {
	n := len(v.search.matches)
	if n == 0 {
		return false
	}
	v.search.cur, v.search.wrapped = stepIndex(v.search.cur, dir, n)
	v.showMatch()
	return true
}

// stepIndex returns the match after (dir > 0) or before cur among n > 0,
// going round, and whether it went past the end (1) or the top (-1), as
// searchState.wrapped says.
func stepIndex(cur, dir, n int) (next, wrapped int) {
	next = cur + dir
	switch {
	case next >= n:
		wrapped = 1
	case next < 0:
		wrapped = -1
	}
	return (next%n + n) % n, wrapped
}

// clearSearch forgets the search.
func (v *docView) clearSearch() { v.search = searchState{cur: -1} }

// showMatch scrolls so that the current match is on screen, one line
// below the top row when it has to move.
func (v *docView) showMatch() {
	s := v.search
	if s.cur < 0 || s.cur >= len(s.matches) {
		return
	}
	m := s.matches[s.cur]
	line := v.matchLine(m)
	p := v.pane
	if p.isVisible(m.block, line) {
		return
	}
	p.goTo(m.block, line)
	p.scroll(-1)
}

// matchLine returns the line of block m.block holding occurrence m.k, as
// far as the rendered lines let us tell (a match broken across lines is
// not found in them; the last one found stands in).
func (v *docView) matchLine(m match) int {
	l, _ := v.locateMatch(m)
	return l
}

// locateMatch returns the line of block m.block holding occurrence m.k and
// which occurrence on that line it is.
func (v *docView) locateMatch(m match) (line, nth int) {
	seen, last, lastN := 0, 0, 0
	for l, s := range v.pane.linesOf(m.block) {
		n := len(occurrences(foldLine(ansi.Strip(s)), v.search.needle))
		if n == 0 {
			continue
		}
		if seen+n > m.k {
			return l, m.k - seen
		}
		seen += n
		last, lastN = l, n-1
	}
	return last, lastN
}

// occurrencesAbove counts the occurrences of the needle in the first lines
// of block b, as drawn.
func (v *docView) occurrencesAbove(b, lines int) int {
	n := 0
	for l, s := range v.pane.linesOf(b) {
		if l >= lines {
			break
		}
		n += len(occurrences(foldLine(ansi.Strip(s)), v.search.needle))
	}
	return n
}

// currentPos returns where the current match is drawn: block, line and
// which occurrence on the line; ok is false when there is none.
func (v *docView) currentPos() (block, line, nth int, ok bool) {
	s := v.search
	if s.cur < 0 || s.cur >= len(s.matches) {
		return 0, 0, 0, false
	}
	m := s.matches[s.cur]
	line, nth = v.locateMatch(m)
	return m.block, line, nth, true
}

// counter returns "3/7" for the status bar, or "" when there is no search
// or it found nothing (the message says so).
func (s searchState) counter() string {
	if s.needle == "" || len(s.matches) == 0 {
		return ""
	}
	return itoa(s.cur+1) + "/" + itoa(len(s.matches))
}
