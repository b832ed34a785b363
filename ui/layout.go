package ui

// The smallest terminal the layout works in, and the room its parts take.
const (
	minWidth  = 20
	minHeight = 5
	// minReadWidth is the room the text keeps beside the side panel: when
	// the terminal cannot give it that and the panel's narrowest, the panel
	// gives way (it narrows first, then hides).
	minReadWidth = 40
	// panelNarrowest and panelWidest bound the side panel beside the text.
	panelNarrowest = 24
	panelWidest    = 48
	// sideBySideWidth is the narrowest terminal that shows the panel beside
	// the text; below it a panel asked for with c or tab covers the body.
	sideBySideWidth = minReadWidth + 1 + panelNarrowest
	// panelAutoWidth is the terminal width below which the panel starts
	// hidden.
	panelAutoWidth = 80
	// defaultMeasure is the widest the text is set (Options.Measure): lines
	// much longer than this are hard to follow on a wide terminal.
	defaultMeasure = 100
)

// layout is where everything goes on a terminal of a given size.
type layout struct {
	w, h     int
	tooSmall bool
	bodyH    int // rows of pane and panel
	paneW    int // 0 when the panel covers the body
	panelW   int // 0 when the panel is hidden
	// squeezed is set when the panel is wanted but hidden, the terminal
	// being too narrow for it beside the text.
	squeezed bool
}

// computeLayout lays out a w×h terminal. showPanel says whether the panel
// is wanted; cover, whether it was asked for on a terminal too narrow for
// it beside the text, where it then covers the body.
func computeLayout(w, h int, showPanel, cover bool) layout {
	l := layout{w: w, h: h}
	if w < minWidth || h < minHeight {
		l.tooSmall = true
		return l
	}
	l.bodyH = h - 1
	l.paneW = w
	switch {
	case !showPanel:
	case w >= sideBySideWidth:
		// 35% of a wide terminal leaves room for a Security Council
		// symbol with its date ("S/RES/1631 (2005) 2005-10-17 ×1"); a
		// narrower one keeps its columns for the text.
		share := w * 3 / 10
		if w >= 100 {
			share = w * 35 / 100
		}
		l.panelW = min(max(share, panelNarrowest), panelWidest, w-1-minReadWidth)
		l.paneW = w - l.panelW - 1
	case cover:
		l.panelW, l.paneW = w, 0
	default:
		l.squeezed = true
	}
	return l
}

// textBox places the text in a pane of paneW cells: its width, at most
// measure cells when measure > 0, beside a gutter of gut cells, and the
// column it starts at. The text is centred in the pane; the gutter sits on
// its left, or on its right for right-to-left text, in the margin when the
// margin has room for it.
func textBox(paneW, measure, gut int, rtl bool) (textW, left int) {
	textW = paneW - gut
	if measure > 0 && textW > measure {
		textW = measure
	}
	textW = max(1, textW)
	return textW, placeText(paneW, textW, gut, rtl)
}
