package ui

import (
	"slices"
	"strconv"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// gutterMax bounds the width of the paragraph-id gutter; longer ids are cut.
const gutterMax = 9

// paneView returns the pane's rows as exactly height lines of exactly width
// cells, with search matches and the selected citation's mentions styled:
// the text, v.pane.width cells wide, placed as textBox says, beside a
// gutter of paragraph ids when ids is set; right-to-left text mirrored, and
// in visual order when visual is set (rtlLine).
func (v *docView) paneView(st styles, width, height int, ids, visual bool) []string {
	rtl := v.rtl()
	gut := 0
	if ids {
		gut = v.gutterWidth()
	}
	textW := max(1, min(v.pane.width, width))
	left := placeText(width, textW, gut, rtl)
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
	for k, r := range v.pane.rows() {
		s := v.lineText(st, r, textW, cites, cur, visual)
		// s is exactly textW cells: the margins are known without
		// measuring the line again.
		switch {
		case gut > 0 && rtl:
			s = strings.Repeat(" ", left) + s + v.gutterCell(st, r, k == 0, gut, rtl)
		case gut > 0:
			s = strings.Repeat(" ", max(0, left-gut)) + v.gutterCell(st, r, k == 0, gut, rtl) + s
		case left > 0:
			s = strings.Repeat(" ", left) + s
		}
		used := left + textW // placeText leaves room for a gutter on the left
		if gut > 0 && rtl {
			used += gut
		}
		if used <= width {
			s += strings.Repeat(" ", width-used)
		} else {
			s = fit(s, width)
		}
		out = append(out, s)
	}
	blank := strings.Repeat(" ", max(0, width))
	for len(out) < height {
		out = append(out, blank)
	}
	return out[:height]
}

// lineText returns row r as exactly textW cells: dim while a placeholder,
// the search matches and the mentions in cites styled (cur the current
// match), right-to-left text mirrored, and in visual order when visual is
// set (rtlLine). The single view and each column of the parallel view
// draw their lines with it.
func (v *docView) lineText(st styles, r row, textW int, cites []string, cur curMatch, visual bool) string {
	s := r.text
	if r.placeholder {
		s = st.placeholder.Render(s)
	}
	s = v.highlight(st, r, s, cites, cur)
	if v.rtl() {
		return v.rtlLine(st, s, textW, visual)
	}
	return fit(s, textW)
}

// gutterWidth returns the width of the paragraph-id gutter: the longest
// paragraph id and a space, at most gutterMax.
func (v *docView) gutterWidth() int {
	if v.gutW == 0 {
		w := 3
		for _, b := range v.blocks {
			if b.para {
				w = max(w, ansi.StringWidth(clean(gutterLabel(b.id))))
			}
		}
		v.gutW = min(w+1, gutterMax)
	}
	return v.gutW
}

// gutterLabel is what the gutter shows for a paragraph id: the id, or ¶ for
// an unnumbered paragraph (op13_1).
func gutterLabel(id string) string {
	if strings.Contains(id, "_") {
		return "¶"
	}
	return id
}

// gutterCell returns the gutter beside row r: the paragraph's id on its
// first line, and, dimmed, on the first row when the paragraph began above.
func (v *docView) gutterCell(st styles, r row, first bool, gut int, rtl bool) string {
	b := v.blocks[r.block]
	blank := strings.Repeat(" ", gut)
	if !b.para || (r.line != 0 && !first) {
		return blank
	}
	label := ansi.Truncate(clean(gutterLabel(b.id)), gut-1, "…")
	pad := strings.Repeat(" ", gut-1-ansi.StringWidth(label))
	style := st.gutter
	if r.line != 0 {
		style = st.muted
	}
	if rtl {
		return " " + style.Render(label) + pad
	}
	return style.Render(label) + pad + " "
}

// placeText returns the column at which text textW cells wide starts in a
// pane of paneW cells: centred, with room on its left for a gutter of gut
// cells, or on its right for right-to-left text.
func placeText(paneW, textW, gut int, rtl bool) int {
	left := max(0, (paneW-textW)/2)
	if rtl {
		if left+textW+gut > paneW {
			left = max(0, paneW-gut-textW)
		}
	} else if left < gut {
		left = gut
	}
	return left
}

// overlayLine lays a line of an overlay view out for v's script: mirrored
// and ordered like the pane's for right-to-left text (rtlLine).
func (v *docView) overlayLine(m *model, s string, width int) string {
	if !v.rtl() {
		return s
	}
	return v.rtlLine(m.st, s, width, m.visual)
}

// curMatch is where the current search match is drawn.
type curMatch struct {
	block, line, nth int
	ok               bool
}

// highlight styles the search matches and citation mentions on one row.
func (v *docView) highlight(st styles, r row, s string, cites []string, cur curMatch) string {
	needle := v.search.needle
	var want []string
	if len(cites) > 0 {
		prefix := strconv.Itoa(r.block) + "\x00"
		for _, c := range cites {
			if strings.HasPrefix(c, prefix) {
				want = append(want, c[len(prefix):])
			}
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
