package ui

import "testing"

func TestComputeLayout(t *testing.T) {
	tests := []struct {
		w, h         int
		panel, cover bool
		tooSmall     bool
		paneW        int
		panelW       int
		bodyH        int
		squeezed     bool
	}{
		{w: 19, h: 24, tooSmall: true},
		{w: 80, h: 4, tooSmall: true},
		{w: 20, h: 5, paneW: 20, bodyH: 4},
		{w: 80, h: 24, paneW: 80, bodyH: 23},
		{w: 80, h: 24, panel: true, paneW: 55, panelW: 24, bodyH: 23},
		{w: 120, h: 40, panel: true, paneW: 77, panelW: 42, bodyH: 39},
		{w: 300, h: 100, panel: true, paneW: 251, panelW: 48, bodyH: 99},
		// The text keeps 40 columns: the panel narrows, then gives way.
		{w: 65, h: 20, panel: true, paneW: 40, panelW: 24, bodyH: 19},
		{w: 64, h: 20, panel: true, paneW: 64, bodyH: 19, squeezed: true},
		{w: 40, h: 12, panel: true, paneW: 40, bodyH: 11, squeezed: true},
		// Asked for on a narrow terminal, it covers the body.
		{w: 40, h: 12, panel: true, cover: true, paneW: 0, panelW: 40, bodyH: 11},
		{w: 100, h: 30, panel: true, cover: true, paneW: 64, panelW: 35, bodyH: 29},
	}
	for _, tt := range tests {
		l := computeLayout(tt.w, tt.h, tt.panel, tt.cover)
		if l.tooSmall != tt.tooSmall {
			t.Errorf("computeLayout(%d, %d): tooSmall %v", tt.w, tt.h, l.tooSmall)
			continue
		}
		if tt.tooSmall {
			continue
		}
		if l.paneW != tt.paneW || l.panelW != tt.panelW || l.bodyH != tt.bodyH || l.squeezed != tt.squeezed {
			t.Errorf("computeLayout(%d, %d, %v, %v) = pane %d panel %d body %d squeezed %v, want %d %d %d %v",
				tt.w, tt.h, tt.panel, tt.cover, l.paneW, l.panelW, l.bodyH, l.squeezed, tt.paneW, tt.panelW, tt.bodyH, tt.squeezed)
		}
		if l.panelW > 0 && l.paneW > 0 && l.paneW+1+l.panelW != tt.w {
			t.Errorf("computeLayout(%d, %d): pane %d + 1 + panel %d != width", tt.w, tt.h, l.paneW, l.panelW)
		}
		if l.panelW > 0 && l.paneW > 0 && l.paneW < minReadWidth {
			t.Errorf("computeLayout(%d, %d): the text has %d columns beside the panel", tt.w, tt.h, l.paneW)
		}
	}
}

func TestTextBox(t *testing.T) {
	tests := []struct {
		paneW, measure, gut int
		rtl                 bool
		textW, left         int
	}{
		{80, 100, 0, false, 80, 0},
		{200, 100, 0, false, 100, 50},
		{151, 100, 0, false, 100, 25},
		{200, 0, 0, false, 200, 0},
		{80, 100, 6, false, 74, 6},    // the gutter takes columns from the text
		{200, 100, 6, false, 100, 50}, // or sits in the margin
		{80, 100, 6, true, 74, 0},     // on the right for right-to-left text
		{103, 100, 6, true, 97, 0},
	}
	for _, tt := range tests {
		w, l := textBox(tt.paneW, tt.measure, tt.gut, tt.rtl)
		if w != tt.textW || l != tt.left {
			t.Errorf("textBox(%d, %d, %d, %v) = %d, %d, want %d, %d", tt.paneW, tt.measure, tt.gut, tt.rtl, w, l, tt.textW, tt.left)
		}
		if tt.rtl && l+w+tt.gut > tt.paneW || !tt.rtl && l < tt.gut {
			t.Errorf("textBox(%d, %d, %d, %v): no room for the gutter", tt.paneW, tt.measure, tt.gut, tt.rtl)
		}
	}
}

func TestClean(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain", "plain"},
		{"a\tb\nc", "a b c"},
		{"\x1b[31mred\x07", "[31mred"},
		{"\u202eevil\u202c", "evil"},
		{"\u009b2J", "2J"},
	}
	for _, tt := range tests {
		if got := clean(tt.in); got != tt.want {
			t.Errorf("clean(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Resolución", "resolucion"},
		{"ÉTATS", "etats"},
		{"Straße", "strasse"},
		{"Ёлка", "елка"},
		{"联合国", "联合国"},
		{"آمن", "امن"},
	}
	for _, tt := range tests {
		if got := fold(tt.in); got != tt.want {
			t.Errorf("fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
