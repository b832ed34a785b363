package ui

import (
	"slices"
	"strconv"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// rtlMargin is the right margin of right-aligned lines.
const rtlMargin = 2

// paneView returns the pane's rows as exactly height lines of exactly width
// cells, with search matches and the selected citation's mentions styled.
func (v *docView) paneView(st styles, width, height int) []string {
	rtl := v.doc.Language == "ar"
	var cites []string
	if v.citeSel >= 0 && v.citeSel < len(v.cited) {
		for _, t := range v.cited[v.citeSel].targets {
			for _, n := range t.needles {
				cites = append(cites, strconv.Itoa(t.block)+"\x00"+n)
			}
		}
	}
	cur := curMatch{}
	cur.block, cur.line, cur.nth, cur.ok = v.currentPos()
	out := make([]string, 0, height)
	for _, r := range v.pane.rows() {
		s := r.text
		if r.placeholder {
			s = st.placeholder.Render(s)
		}
		s = v.highlight(st, r, s, cites, cur)
		if rtl {
			// Mirror glamour's left margin on the right.
			s = alignRight(s, max(1, width-rtlMargin)) + strings.Repeat(" ", min(rtlMargin, width-1))
		}
		out = append(out, fit(s, width))
	}
	blank := strings.Repeat(" ", max(0, width))
	for len(out) < height {
		out = append(out, blank)
	}
	return out[:height]
}

// curMatch is where the current search match is drawn.
type curMatch struct {
	block, line, nth int
	ok               bool
}

// highlight styles the search matches and citation mentions on one row.
func (v *docView) highlight(st styles, r row, s string, cites []string, cur curMatch) string {
	needle := v.search.needle
	prefix := strconv.Itoa(r.block) + "\x00"
	var want []string
	for _, c := range cites {
		if strings.HasPrefix(c, prefix) {
			want = append(want, c[len(prefix):])
		}
	}
	if (needle == "" || len(v.search.matches) == 0) && len(want) == 0 {
		return s
	}
	fl := foldLine(ansi.Strip(s))
	var rs []cellRange
	for _, w := range want {
		for _, c := range occurrences(fl, w) {
			c.kind = hlCite
			rs = append(rs, c)
		}
	}
	if needle != "" && len(v.search.matches) > 0 {
		here := cur.ok && cur.block == r.block && cur.line == r.line
		for k, c := range occurrences(fl, needle) {
			c.kind = hlSearch
			if here && k == cur.nth {
				c.kind = hlCurrent
			}
			rs = append(rs, c)
		}
	}
	return styleRanges(s, rs, st)
}

// styleRanges applies the highlight styles to s; where ranges overlap the
// one of higher priority wins.
func styleRanges(s string, rs []cellRange, st styles) string {
	if len(rs) == 0 {
		return s
	}
	slices.SortStableFunc(rs, func(a, b cellRange) int {
		if a.start != b.start {
			return a.start - b.start
		}
		return b.kind - a.kind
	})
	var keep []cellRange
	for _, c := range rs {
		if n := len(keep); n > 0 && c.start < keep[n-1].end {
			if c.kind > keep[n-1].kind {
				keep[n-1] = c
			}
			continue
		}
		keep = append(keep, c)
	}
	lr := make([]lipgloss.Range, 0, len(keep))
	for _, c := range keep {
		style := st.match
		switch c.kind {
		case hlCite:
			style = st.cite
		case hlCurrent:
			style = st.current
		}
		lr = append(lr, lipgloss.NewRange(c.start, c.end, style))
	}
	return lipgloss.StyleRanges(s, lr...)
}

// itoa is strconv.Itoa.
func itoa(n int) string { return strconv.Itoa(n) }
