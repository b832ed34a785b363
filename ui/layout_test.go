package ui

import "testing"

func TestComputeLayout(t *testing.T) {
	tests := []struct {
		w, h      int
		panel     bool
		help      int
		tooSmall  bool
		paneW     int
		panelW    int
		bodyH     int
		wantHelpH int
	}{
		{w: 19, h: 24, tooSmall: true},
		{w: 80, h: 4, tooSmall: true},
		{w: 20, h: 5, paneW: 20, bodyH: 4},
		{w: 80, h: 24, paneW: 80, bodyH: 23},
		{w: 80, h: 24, panel: true, paneW: 55, panelW: 24, bodyH: 23},
		{w: 120, h: 40, panel: true, paneW: 77, panelW: 42, bodyH: 39},
		{w: 300, h: 100, panel: true, paneW: 251, panelW: 48, bodyH: 99},
		{w: 59, h: 20, panel: true, paneW: 0, panelW: 59, bodyH: 19},
		{w: 80, h: 24, help: 9, paneW: 80, bodyH: 14, wantHelpH: 9},
		{w: 80, h: 6, help: 9, paneW: 80, bodyH: 2, wantHelpH: 3},
	}
	for _, tt := range tests {
		l := computeLayout(tt.w, tt.h, tt.panel, tt.help)
		if l.tooSmall != tt.tooSmall {
			t.Errorf("computeLayout(%d, %d): tooSmall %v", tt.w, tt.h, l.tooSmall)
			continue
		}
		if tt.tooSmall {
			continue
		}
		if l.paneW != tt.paneW || l.panelW != tt.panelW || l.bodyH != tt.bodyH || l.helpH != tt.wantHelpH {
			t.Errorf("computeLayout(%d, %d, %v, %d) = pane %d panel %d body %d help %d, want %d %d %d %d",
				tt.w, tt.h, tt.panel, tt.help, l.paneW, l.panelW, l.bodyH, l.helpH, tt.paneW, tt.panelW, tt.bodyH, tt.wantHelpH)
		}
		if l.panelW > 0 && l.paneW > 0 && l.paneW+1+l.panelW != tt.w {
			t.Errorf("computeLayout(%d, %d): pane %d + 1 + panel %d != width", tt.w, tt.h, l.paneW, l.panelW)
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
