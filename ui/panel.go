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
)

// panel is the side panel: the Cited and Outline tabs, each with its own
// selection and scroll offset.
type panel struct {
	tab    tab
	sel    [2]int
	offset [2]int
	height int // rows for the list, below the tab line
}

// setSize sets the panel's height, tab line included.
func (p *panel) setSize(height int) {
	p.height = max(0, height-1)
	p.keepVisible()
}

// reset puts the selections back at the top, for a newly opened document.
func (p *panel) reset() {
	p.sel, p.offset = [2]int{}, [2]int{}
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
	if p.tab == tabCited {
		return len(v.cited)
	}
	return len(v.outline)
}

// view returns the panel as height lines of exactly width cells.
// In visual order (visual), right-to-left outline entries are reordered.
func (p *panel) view(v *docView, st styles, width, height int, focused, visual bool, held func(string) bool) []string {
	out := make([]string, 0, height)
	cited := " Cited " + strconv.Itoa(len(v.cited)) + " "
	outline := " Outline "
	if p.tab == tabCited {
		cited, outline = st.tabOn.Render("["+cited+"]"), st.tabOff.Render(" "+outline+" ")
	} else {
		cited, outline = st.tabOff.Render(" "+cited+" "), st.tabOn.Render("["+outline+"]")
	}
	out = append(out, fit(cited+outline, width))
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
		if p.tab == tabOutline {
			msg = " no paragraphs"
		}
		out = append(out, fit(st.muted.Render(msg), width))
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
