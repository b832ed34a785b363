package ui

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// View returns the view's lines, exactly height of exactly width cells:
// the gutter, the left column, the separator and the right column (or,
// stacked, one column), search matches marked in both, right-to-left text
// right-aligned in its column and, when visual is set, in visual order.
// The view is drawn at the size setSize gave it, which the root keeps at
// the body's (layoutParallel); it always shows the ids.
func (pv *parallelView) View(st styles, _, _ int, _, visual bool) []string {
	width := pv.width
	blank := strings.Repeat(" ", max(0, width))
	cur := [2]curMatch{pv.currentOn(sideLeft), pv.currentOn(sideRight)}
	sep := " " + st.separator.Render("│") + " "
	out := make([]string, 0, pv.height)
	for i, sl := range pv.screenLines() {
		var b strings.Builder
		b.WriteString(strings.Repeat(" ", pv.left))
		b.WriteString(pv.gutterCell(st, sl, i == 0))
		for c, cell := range sl.cells {
			if c > 0 {
				b.WriteString(sep)
			}
			b.WriteString(pv.cellText(st, cell, cur[cell.side], visual))
		}
		s := b.String()
		used := pv.left + pv.gutW + pv.colW
		if !pv.stacked {
			used += columnGap + pv.colW
		}
		if used <= width {
			s += strings.Repeat(" ", width-used)
		} else {
			s = fit(s, width)
		}
		out = append(out, s)
	}
	for len(out) < pv.height {
		out = append(out, blank)
	}
	return out[:pv.height]
}

// cellText returns one cell, exactly colW cells wide: the line of the
// block as its column draws it (lineText: dim while a placeholder, the
// matches marked, cur the current one), or a gap's note.
func (pv *parallelView) cellText(st styles, c pcell, cur curMatch, visual bool) string {
	v := pv.cols[c.side]
	if c.block < 0 {
		if c.note == "" {
			return strings.Repeat(" ", pv.colW)
		}
		note := st.muted.Render(clean(c.note))
		if v.rtl() {
			return alignRight(note, pv.colW)
		}
		return fit("  "+note, pv.colW)
	}
	ls := v.pane.linesOf(c.block)
	if c.line >= len(ls) {
		return strings.Repeat(" ", pv.colW)
	}
	r := row{block: c.block, line: c.line, text: ls[c.line], placeholder: !v.pane.isRendered(c.block)}
	return v.lineText(st, r, pv.colW, nil, cur, visual)
}

// gutterCell returns the gutter beside a line: the row's id on its first
// line when the row is a paragraph, dimmed on the first screen line when
// the row began above, marked as the current match when the row holds it;
// in a stack, the right version's language on its first line.
func (pv *parallelView) gutterCell(st styles, sl screenLine, first bool) string {
	blank := strings.Repeat(" ", pv.gutW)
	label, style, id := "", st.gutter, false
	switch {
	case pv.stacked && len(sl.cells) == 1 && sl.cells[0].side == sideRight:
		if sl.line == len(pv.cellsOf(sl.row, sideLeft)) {
			label, style = pv.cols[sideRight].doc.Language, st.muted
		}
	case !pv.isPara(sl.row):
	case sl.line == 0:
		label, id = gutterLabel(pv.rows[sl.row].ID), true
	case first:
		label, style = gutterLabel(pv.rows[sl.row].ID), st.muted
	}
	if label == "" {
		return blank
	}
	if s := pv.search; s.cur >= 0 && s.cur < len(s.matches) && s.matches[s.cur].row == sl.row && id {
		style = st.current // the pair that holds the current match
	}
	label = ansi.Truncate(clean(label), pv.gutW-1, "…")
	return style.Render(label) + strings.Repeat(" ", pv.gutW-ansi.StringWidth(label))
}

// statusLine is statusBar with the root's message and history.
func (pv *parallelView) statusLine(st styles, b barInfo, width int) string {
	return pv.statusBar(st, b.message, b.back, width)
}

// statusBar returns the status line of the parallel view: the symbol, the
// two languages, the paragraph at the top, the position, the search
// counter and the message, with the help key on the right.
func (pv *parallelView) statusBar(st styles, message string, history, width int) string {
	left := pv.cols[sideLeft]
	sym := clean(left.doc.Symbol)
	if sym == "" {
		sym = "resolute"
	}
	parts := []string{st.barKey.Render(" " + sym + " ")}
	if l := pv.languages(); l != "" {
		parts = append(parts, st.bar.Render(clean(l)))
	}
	if id := pv.topUnit(); id != "" {
		parts = append(parts, st.bar.Render(pv.unitName(id)))
	}
	parts = append(parts, st.bar.Render(strconv.Itoa(pv.percent())+"%"))
	if c := pv.search.counter(); c != "" {
		parts = append(parts, st.barKey.Render("["+c+"]"))
	}
	if history > 0 {
		parts = append(parts, st.bar.Render("⌫ "+strconv.Itoa(history)))
	}
	right := st.bar.Render(" ? help ")
	rw := ansi.StringWidth(right)
	line := strings.Join(parts, st.bar.Render("  "))
	if message != "" {
		msg := st.message.Render(message)
		if with := line + st.bar.Render("  ") + msg; ansi.StringWidth(with) <= width-rw-1 {
			line = with
		} else {
			line = st.bar.Render(" ") + msg
		}
	}
	if width-rw < 10 {
		return st.bar.Render(fit(ansi.Truncate(line, width, "…"), width))
	}
	line = ansi.Truncate(line, width-rw-1, "…")
	return line + st.bar.Render(strings.Repeat(" ", max(0, width-rw-ansi.StringWidth(line)))) + right
}
