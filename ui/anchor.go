package ui

// lineAnchor is a place in a list of units of lines, a pane's blocks or
// the parallel view's rows: line `line` of unit `top` is on the first
// row. The pane and the parallel view move with this one code, each
// counting its own units' lines (lineUnits).
type lineAnchor struct{ top, line int }

// lineUnits is what a lineAnchor moves over: the number of units and the
// lines of unit i at the current layout.
type lineUnits interface {
	units() int
	lineCount(i int) int
}

// clamp keeps the anchor inside the units.
func (a *lineAnchor) clamp(u lineUnits) {
	n := u.units()
	if n == 0 {
		a.top, a.line = 0, 0
		return
	}
	a.top = min(max(0, a.top), n-1)
	a.line = min(max(0, a.line), u.lineCount(a.top)-1)
}

// moveBy moves the anchor n lines down (up when n < 0), stopping at the
// top and when the last line reaches the bottom of a view height rows
// tall.
func (a *lineAnchor) moveBy(u lineUnits, n, height int) {
	units := u.units()
	if units == 0 {
		return
	}
	a.clamp(u)
	for n > 0 {
		rem := u.lineCount(a.top) - 1 - a.line
		if n <= rem {
			a.line += n
			break
		}
		if a.top+1 >= units {
			a.line += rem
			break
		}
		n -= rem + 1
		a.top++
		a.line = 0
	}
	for n < 0 {
		if a.line >= -n {
			a.line += n
			break
		}
		if a.top == 0 {
			a.line = 0
			break
		}
		n += a.line + 1
		a.top--
		a.line = u.lineCount(a.top) - 1
	}
	a.fill(u, height)
}

// fill moves the anchor up so that a view height rows tall is full when
// the last unit is on it.
func (a *lineAnchor) fill(u lineUnits, height int) {
	have := 0
	for i := a.top; i < u.units() && have < height; i++ {
		have += u.lineCount(i)
		if i == a.top {
			have -= a.line
		}
	}
	for deficit := height - have; deficit > 0 && (a.top > 0 || a.line > 0); {
		if a.line > 0 {
			d := min(deficit, a.line)
			a.line -= d
			deficit -= d
			continue
		}
		a.top--
		a.line = u.lineCount(a.top)
	}
}

// moveTo puts line `line` of unit i on the first row.
func (a *lineAnchor) moveTo(u lineUnits, i, line int) {
	if u.units() == 0 {
		return
	}
	a.top, a.line = i, line
	a.clamp(u)
}

// toEnd puts the last line on the bottom row of a view height rows tall.
func (a *lineAnchor) toEnd(u lineUnits, height int) {
	n := u.units()
	if n == 0 {
		return
	}
	a.top = n - 1
	a.line = u.lineCount(a.top) - 1
	a.fill(u, height)
}
