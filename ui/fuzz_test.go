package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
)

// FuzzReader feeds the reader a paragraph text, a terminal size and a
// sequence of keys, and checks it neither panics nor draws outside the
// terminal.
func FuzzReader(f *testing.F) {
	f.Add("Decides to remain seized of the matter;", uint8(80), uint8(24), "3\r/mat\rnN\tj\r")
	f.Add("\x1b[2J\x1b]0;x\x07 ملاحظة 注意 ñ", uint8(21), uint8(5), "G[]?c\t\x7f")
	f.Add(strings.Repeat("x", 3000), uint8(200), uint8(3), "/x\rnnnn:II.3(b)\r")
	f.Fuzz(func(t *testing.T, text string, w, h uint8, keys string) {
		if len(keys) > 64 {
			keys = keys[:64]
		}
		d := fixture()
		d.Parts[0].Operative[1].Text = text
		d.Parts[0].Preamble[0].Lead = text
		d.Citations[0].Symbol = text
		width, height := int(w)%200+1, int(h)%60+1
		m := New(d, Options{Style: "notty"}).(*model)
		run(m, func() tea.Msg { return tea.WindowSizeMsg{Width: width, Height: height} })
		for _, r := range keys {
			k := string(r)
			switch r {
			case '\r':
				k = "enter"
			case '\t':
				k = "tab"
			case 0x7f:
				k = "backspace"
			case 0x1b:
				k = "esc"
			}
			m.Update(keyMsg(k))
		}
		for i, l := range strings.Split(m.View().Content, "\n") {
			if i >= height || lipgloss.Width(l) > width {
				t.Fatalf("%d×%d: line %d of width %d", width, height, i, lipgloss.Width(l))
			}
		}
	})
}
