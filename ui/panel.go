package ui

import (
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
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

// panel is the side panel: the Cited, Outline and Cited by tabs, each with
// its own selection and scroll offset. It is a child of the root model:
// the root passes it the keys while it has the focus, and the clicks and
// wheel turns on it in its own coordinates; its Update moves the selection
// and answers with what the reader asked of the document (see Update).
type panel struct {
	tab    tab
	sel    [numTabs]int
	offset [numTabs]int
	height int // rows for the list, below the tab line
	width  int
}

// setSize sets the panel's width and height, tab line included.
func (p *panel) setSize(width, height int) {
	p.width = width
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

// selectionMovedMsg says the panel's selection moved to entry index of
// tab t: the root highlights the selected citation's mentions.
type selectionMovedMsg struct {
	tab   tab
	index int
}

// goToOutlineMsg asks the root to show outline entry index (enter).
type goToOutlineMsg struct{ index int }

// goToMentionMsg asks the root to show the next mention of citation index
// (enter on the Cited tab).
type goToMentionMsg struct{ index int }

// openCitedMsg asks the root to open citation index from the library (o on
// the Cited tab).
type openCitedMsg struct{ index int }

// openCiterMsg asks the root to open the citing document of line index of
// the Cited by tab (enter or o there).
type openCiterMsg struct{ index int }

// citedByShownMsg says the Cited by tab has just been brought up: the root
// asks the library what cites the document, if it has not yet.
type citedByShownMsg struct{}

// copyCitedLinkMsg asks the root to copy the official link of citation
// index (y on the Cited tab).
type copyCitedLinkMsg struct{ index int }

// unhandledKeyMsg gives back a key the panel has no use for: the root
// passes it to the reading pane.
type unhandledKeyMsg struct{ key tea.KeyPressMsg }

// Update handles a key (with k, the reader's bindings), a click or a wheel
// turn (at panel coordinates: row 0 is the tab line) on the panel listing
// v's entries. up is the message for the root, nil for none; the root
// handles it before its own Update returns (compose.go).
func (p panel) Update(msg tea.Msg, v *docView, k keyMap) (_ panel, cmd tea.Cmd, up tea.Msg) {
	moved := func() (panel, tea.Cmd, tea.Msg) {
		return p, nil, selectionMovedMsg{tab: p.tab, index: p.selected()}
	}
	switch msg := msg.(type) {
	case tea.MouseWheelMsg:
		switch msg.Button {
		case tea.MouseWheelDown:
			p.move(3, p.entries(v))
		case tea.MouseWheelUp:
			p.move(-3, p.entries(v))
		default:
			return p, nil, nil
		}
		return moved()
	case tea.MouseClickMsg:
		if msg.Y == 0 {
			p.tab = p.tabAt(v, p.width, msg.X)
			return moved()
		}
		i := p.offset[p.tab] + msg.Y - 1
		if i >= p.entries(v) {
			return p, nil, nil
		}
		p.move(i-p.selected(), p.entries(v))
		switch p.tab {
		case tabCitedBy:
			return moved() // enter opens it: a click only selects
		case tabOutline:
			return p, nil, goToOutlineMsg{index: p.selected()}
		}
		return p, nil, goToMentionMsg{index: p.selected()}
	case tea.KeyPressMsg:
		return p.key(msg, v, k)
	}
	return p, nil, nil
}

// key handles a key press for Update.
func (p panel) key(msg tea.KeyPressMsg, v *docView, k keyMap) (_ panel, cmd tea.Cmd, up tea.Msg) {
	n := p.entries(v)
	page := max(1, p.height-1)
	d, isMotion := k.motion(msg, page, n)
	switch {
	case isMotion:
		p.move(d, n)
	case key.Matches(msg, k.TabLeft):
		p.tab = max(0, p.tab-1)
	case key.Matches(msg, k.TabRight):
		p.tab = min(numTabs-1, p.tab+1)
		if p.tab == tabCitedBy {
			return p, nil, citedByShownMsg{}
		}
	case p.tab == tabCitedBy && (key.Matches(msg, k.Select) || key.Matches(msg, k.Open)):
		return p, nil, openCiterMsg{index: p.selected()}
	case p.tab == tabOutline && key.Matches(msg, k.Select):
		return p, nil, goToOutlineMsg{index: p.selected()}
	case key.Matches(msg, k.Select):
		return p, nil, goToMentionMsg{index: p.selected()}
	case p.tab == tabCited && key.Matches(msg, k.Open):
		return p, nil, openCitedMsg{index: p.selected()}
	case p.tab == tabCited && key.Matches(msg, k.CopyLink):
		return p, nil, copyCitedLinkMsg{index: p.selected()}
	default:
		return p, nil, unhandledKeyMsg{key: msg}
	}
	return p, nil, selectionMovedMsg{tab: p.tab, index: p.selected()}
}

// View returns the panel as height lines of exactly width cells.
// In visual order (visual), right-to-left outline entries are reordered.
func (p panel) View(v *docView, st styles, width, height int, focused, visual bool, held func(string) bool) []string {
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
