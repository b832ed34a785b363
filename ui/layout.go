package ui

// The smallest terminal the layout works in.
const (
	minWidth  = 20
	minHeight = 5
	// panelMinWidth is the terminal width below which the panel, when
	// shown, covers the whole body instead of sitting beside the pane.
	panelMinWidth = 60
	// panelAutoWidth is the terminal width below which the panel starts
	// hidden.
	panelAutoWidth = 80
)

// layout is where everything goes on a terminal of a given size.
type layout struct {
	w, h     int
	tooSmall bool
	bodyH    int // rows of pane and panel
	paneW    int // 0 when the panel covers the body
	panelW   int // 0 when the panel is hidden
	helpH    int // rows of full help below the body
}

// computeLayout lays out a w×h terminal; helpLines is the height of the full
// help when it is shown, else 0.
func computeLayout(w, h int, showPanel bool, helpLines int) layout {
	l := layout{w: w, h: h}
	if w < minWidth || h < minHeight {
		l.tooSmall = true
		return l
	}
	l.bodyH = h - 1
	if helpLines > 0 {
		l.helpH = min(helpLines, l.bodyH-2)
		l.bodyH -= l.helpH
	}
	l.paneW = w
	if showPanel {
		if w >= panelMinWidth {
			// 35% of a wide terminal leaves room for a Security Council
			// symbol with its date ("S/RES/1631 (2005) 2005-10-17 ×1"); a
			// narrow one keeps its columns for the text.
			share := w * 3 / 10
			if w >= 100 {
				share = w * 35 / 100
			}
			l.panelW = min(max(share, 24), 48)
			l.paneW = w - l.panelW - 1
		} else {
			l.panelW, l.paneW = w, 0
		}
	}
	return l
}
