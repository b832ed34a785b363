package ui

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// tab is a tab of the side panel.
type tab int

// The panel's tabs.
const (
	tabCited tab = iota
	tabOutline
	tabCitedBy // citedby.go
	numTabs
)

// panel is the side panel: the Cited and Outline tabs, each with its own
// selection and scroll offset.
type panel struct {
	tab    tab
	sel    [numTabs]int
	offset [numTabs]int
	height int // rows for the list, below the tab line
}

// setSize sets the panel's height, tab line included.
func (p *panel) setSize(height int) {
	p.height = max(0, height-1)
	p.keepVisible()
}

// reset puts the selections back at the top, for a newly opened document.
func (p *panel) reset() {
	p.sel, p.offset = [numTabs]int{}, [numTabs]int{}
}

// move moves the selection of the current tab by n among count entries.
func (p *panel) move(n, count int) {
	if count == 0 {
		p.sel[p.tab] = 0
		return
	}
	p.sel[p.tab] = min(max(0, p.sel[p.tab]+n), count-1)
	p.keepVisible()
}

// selected returns the index selected in the current tab.
func (p *panel) selected() int { return p.sel[p.tab] }

func (p *panel) keepVisible() {
	for t := range p.sel {
		if p.sel[t] < p.offset[t] {
			p.offset[t] = p.sel[t]
		}
		if p.height > 0 && p.sel[t] >= p.offset[t]+p.height {
			p.offset[t] = p.sel[t] - p.height + 1
		}
	}
}

// entries returns the number of entries in the current tab of v.
func (p *panel) entries(v *docView) int {
	switch p.tab {
	case tabCited:
		return len(v.cited)
	case tabCitedBy:
		return len(v.by.rows)
	}
	return len(v.outline)
}

// view returns the panel as height lines of exactly width cells.
// In visual order (visual), right-to-left outline entries are reordered.
func (p *panel) view(v *docView, st styles, width, height int, focused, visual bool, held func(string) bool) []string {
	out := make([]string, 0, height)
	out = append(out, fit(p.tabLine(v, st, width), width))
	lines := p.lines(v, width, visual, held)
	for i := p.offset[p.tab]; i < len(lines) && len(out) < height; i++ {
		s := fit(lines[i], width)
		if i == p.sel[p.tab] {
			if focused {
				s = st.selFocused.Render(s)
			} else {
				s = st.selBlurred.Render(s)
			}
		}
		out = append(out, s)
	}
	if len(lines) == 0 && len(out) < height {
		msg := " no citations found"
		switch p.tab {
		case tabOutline:
			msg = " no paragraphs"
		case tabCitedBy:
			msg = ""
			for _, l := range wrapPlain(v.by.empty(), max(1, width-1)) {
				if len(out) < height-1 {
					out = append(out, fit(st.muted.Render(" "+l), width))
				}
			}
		}
		if msg != "" {
			out = append(out, fit(st.muted.Render(msg), width))
		}
	}
	blank := strings.Repeat(" ", max(0, width))
	for len(out) < height {
		out = append(out, blank)
	}
	return out[:height]
}

// lines returns the plain lines of the current tab.
func (p *panel) lines(v *docView, width int, visual bool, held func(string) bool) []string {
	var out []string
	if p.tab == tabCitedBy {
		return v.by.lines(width, v.doc.Language)
	}
	if p.tab == tabOutline {
		for _, e := range v.outline {
			indent := " " + strings.Repeat("  ", e.depth)
			label := e.label
			if visual && v.rtl() {
				// Cut in reading order, so that the start stays, then
				// reorder: the start of right-to-left text is on the right.
				label = v.visualEntry(ansi.Truncate(label, max(1, width-len(indent)), "…"))
			}
			out = append(out, indent+label)
		}
		return out
	}
	for _, e := range v.cited {
		mark := " "
		if held != nil && held(e.c.Symbol) {
			mark = "✓"
		}
		count := "×" + strconv.Itoa(len(e.c.Mentions))
		left := mark + " " + clean(e.c.Symbol)
		right := count
		if e.c.Date != "" {
			if withDate := clean(e.c.Date) + " " + count; ansi.StringWidth(left)+ansi.StringWidth(withDate)+1 <= width {
				right = withDate
			}
		}
		gap := max(1, width-ansi.StringWidth(left)-ansi.StringWidth(right)-1)
		if room := width - ansi.StringWidth(right) - 2; ansi.StringWidth(left) > room {
			left = ansi.Truncate(left, max(3, room), "…")
			gap = 1
		}
		out = append(out, left+strings.Repeat(" ", gap)+right)
	}
	return out
}

// tabTitles returns the tabs' titles, in the order of the tabs.
func (p *panel) tabTitles(v *docView) [numTabs]string {
	return [numTabs]string{"Cited " + strconv.Itoa(len(v.cited)), "Outline", v.by.title()}
}

// tabLine returns the line of the tabs, the current one marked, for width
// cells: "[ Cited 12 ]  Outline   Cited by 859 ", tighter when narrow.
func (p *panel) tabLine(v *docView, st styles, width int) string {
	titles := p.tabTitles(v)
	for _, tight := range []bool{false, true} {
		var b strings.Builder
		w := 0
		for t, s := range titles {
			if tight {
				s = strings.Replace(s, "Cited by", "By", 1)
				s = strings.Replace(s, "Outline", "Outl.", 1)
			}
			on := tab(t) == p.tab
			cell := " " + s + " "
			if on {
				cell = "[" + cell + "]"
			} else if !tight {
				cell = " " + cell + " "
			}
			w += ansi.StringWidth(cell)
			if on {
				b.WriteString(st.tabOn.Render(cell))
			} else {
				b.WriteString(st.tabOff.Render(cell))
			}
		}
		if w <= width || tight {
			return b.String()
		}
	}
	return ""
}

// tabAt returns the tab whose title is at column x of the tab line.
func (p *panel) tabAt(v *docView, width, x int) tab {
	titles := p.tabTitles(v)
	total := 0
	for _, s := range titles {
		total += ansi.StringWidth(s) + 4
	}
	tight := total > width
	col := 0
	for t, s := range titles {
		if tight {
			s = strings.Replace(s, "Cited by", "By", 1)
			s = strings.Replace(s, "Outline", "Outl.", 1)
		}
		w := ansi.StringWidth(s) + 2
		if !tight || tab(t) == p.tab {
			w += 2
		}
		if x < col+w {
			return tab(t)
		}
		col += w
	}
	return numTabs - 1
}
