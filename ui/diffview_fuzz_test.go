package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"resolute/compare"
	"resolute/termsafe"
)

// FuzzDiffReader feeds the reader of a comparison two texts of a paragraph,
// a language, a terminal size and a sequence of keys (n, N, s, jumps,
// searches among them), and checks it neither panics, nor draws outside
// the terminal, nor lets a control sequence through.
func FuzzDiffReader(f *testing.F) {
	f.Add("Hace notar la importancia;", "Hace notar también la importancia;", "es", uint8(80), uint8(24), "nnsNN:old 3\r/nota\rn\x1bn")
	f.Add("\x1b[2J\x1b]0;x\x07 ملاحظة", "ملاحظة \u202e جديدة", "ar", uint8(21), uint8(5), "snnnnsG[]?c\t\x7f")
	f.Add(strings.Repeat("x ", 1500), strings.Repeat("y ", 1500), "zh", uint8(200), uint8(3), "s/x\rnnnn:9\rN")
	f.Fuzz(func(t *testing.T, oldText, newText, lang string, w, h uint8, keys string) {
		if len(keys) > 64 {
			keys = keys[:64]
		}
		old, new := oldFixture(), fixture()
		old.Parts[0].Operative[2].Text = oldText
		new.Parts[0].Operative[1].Text = newText
		old.Language, new.Language = lang, lang
		width, height := int(w)%200+1, int(h)%60+1
		m := NewComparison(compare.Documents(old, new), old, new, Options{Style: "notty"}).(*model)
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
		out := m.View().Content
		for i, l := range strings.Split(out, "\n") {
			if i >= height || lipgloss.Width(l) > width {
				t.Fatalf("%d×%d: line %d of width %d", width, height, i, lipgloss.Width(l))
			}
		}
		if v := termsafe.Violations(out); len(v) > 0 {
			t.Fatalf("the screen holds %q", v[0])
		}
	})
}

// TestDiffScreenPassesAllowlist fills the symbols and texts of both
// documents with escape sequences and checks that none reaches the
// screen: inline, side by side, in the outline and the status bar.
func TestDiffScreenPassesAllowlist(t *testing.T) {
	old, new := oldFixture(), fixture()
	old.Symbol += evil
	new.Symbol += evil
	for i := range old.Parts[0].Operative {
		old.Parts[0].Operative[i].Text += evil
	}
	new.Parts[0].Operative[1].Text += evil + " y más"
	new.Parts[0].Preamble[0].Text = evil
	for _, style := range []string{"dark", "notty"} {
		m := newDiffSized(old, new, Options{Style: style}, 120, 30)
		for _, keys := range []string{"", "n", "n", "s", "n", "G", "p"} {
			if keys != "" {
				press(m, keys)
			}
			if v := termsafe.Violations(m.View().Content); len(v) > 0 {
				t.Errorf("%s, after %q: the screen holds %q", style, keys, v[0])
			}
		}
	}
}
