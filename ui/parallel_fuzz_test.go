package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"resolute/content"
	"resolute/termsafe"
)

// FuzzParallelReader feeds the parallel view two versions (the fixture
// with a paragraph's text, its language and the ids of the other version
// changed), a terminal size and a sequence of keys (jumps, searches,
// steps, T and t among them), and checks it neither panics, nor draws
// outside the terminal, nor lets a control sequence through.
func FuzzParallelReader(f *testing.F) {
	f.Add("Prend note de l’action;", "fr", "op9", uint8(120), uint8(24), "]]]/note\rnnN:3(b)\r[G g")
	f.Add("\x1b[2J\x1b]0;x\x07 تلاحظ \u202e نشاط", "ar", "op4-2", uint8(80), uint8(10), "jjjj/تلاحظ\rn:4\rTT")
	f.Add(strings.Repeat("非常 ", 800), "zh", "pp1", uint8(200), uint8(3), "G[[[[:1\r/非常\rNNNN\x1b")
	f.Add("", "", "", uint8(21), uint8(5), "tT?\x1b#cB")
	f.Fuzz(func(t *testing.T, text, lang, id string, w, h uint8, keys string) {
		if len(keys) > 64 {
			keys = keys[:64]
		}
		other := frenchFixture()
		other.Language = lang
		other.Parts[0].Operative[1].Text = text
		if id != "" {
			other.Parts[0].Operative[2].ID = id
		}
		width, height := int(w)%200+1, int(h)%60+1
		m := New(fixture(), Options{Style: "notty", With: other}).(*model)
		run(m, func() tea.Msg { return tea.WindowSizeMsg{Width: width, Height: height} })
		for _, r := range keys {
			k := string(r)
			switch r {
			case '\r':
				k = "enter"
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

// TestParallelScreenPassesAllowlist fills both versions' symbols and
// texts with escape sequences: none reaches the screen, in columns or
// stacked, with a search shown.
func TestParallelScreenPassesAllowlist(t *testing.T) {
	left, right := fixture(), frenchFixture()
	for _, d := range []*content.Document{left, right} {
		d.Symbol += evil
		for i := range d.Parts[0].Operative {
			d.Parts[0].Operative[i].Text += evil
		}
		d.Parts[0].Operative[2].ID += evil // the gutter and the notes
	}
	for _, w := range []int{120, 80} {
		m := newSized(left, Options{With: right, Style: "dark"}, w, 30)
		for _, keys := range []string{"", "/ESC\r", "]", "G"} {
			if keys != "" {
				sendKeys(m, keys)
			}
			if v := termsafe.Violations(m.View().Content); len(v) > 0 {
				t.Errorf("%d columns, after %q: the screen holds %q", w, keys, v[0])
			}
		}
	}
}
