package ui

import (
	"math/rand/v2"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"resolute/content"
	"resolute/termsafe"
)

// checkScreen fails unless the view fits a w×h terminal.
func checkScreen(t *testing.T, m *model, w, h int) {
	t.Helper()
	s := m.View().Content
	lines := strings.Split(s, "\n")
	if len(lines) > h {
		t.Fatalf("%d×%d: %d lines", w, h, len(lines))
	}
	for i, l := range lines {
		if lw := lipgloss.Width(l); lw > w {
			t.Fatalf("%d×%d: line %d is %d cells: %q", w, h, i, lw, ansi.Strip(l))
		}
	}
}

func TestSizes(t *testing.T) {
	docs := map[string]*content.Document{"es": fixture(), "parts": multipart(), "empty": {}, "ar": arabic(), "zh": chinese()}
	for name, d := range docs {
		for _, sz := range [][2]int{{1, 1}, {2, 1}, {19, 4}, {20, 5}, {30, 6}, {59, 10}, {60, 10}, {80, 24}, {120, 40}, {300, 100}} {
			m := newSized(d, Options{}, sz[0], sz[1])
			checkScreen(t, m, sz[0], sz[1])
			press(m, "c", "tab", "j", "?", "G")
			checkScreen(t, m, sz[0], sz[1])
			if sz[0] < minWidth || sz[1] < minHeight {
				if got := ansi.Strip(m.View().Content); strings.Contains(got, "\n") || !strings.HasPrefix(tooSmallText, got) {
					t.Errorf("%s %v: too-small view %q", name, sz, got)
				}
			}
		}
	}
}

func TestResizeBurst(t *testing.T) {
	m := newSized(bigDoc(50000), Options{}, 80, 24)
	sendKeys(m, "40\r")
	r := rand.New(rand.NewPCG(1, 2))
	var w, h int
	for range 200 {
		w, h = 1+r.IntN(300), 1+r.IntN(100)
		m.Update(tea.WindowSizeMsg{Width: w, Height: h})
		checkScreen(t, m, w, h)
	}
	w, h = 90, 30
	m.Update(tea.WindowSizeMsg{Width: w, Height: h})
	run(m, func() tea.Msg { return resizeSettledMsg{gen: m.resizeGen} })
	checkScreen(t, m, w, h)
	if got := m.view.topID(); got != "op40" {
		t.Errorf("after resizes: top %q, want op40", got)
	}
	if m.view.pane.width != m.lay.paneW {
		t.Errorf("pane width %d, layout %d", m.view.pane.width, m.lay.paneW)
	}
}

func arabic() *content.Document {
	d := &content.Document{Symbol: "A/RES/65/122", Language: "ar", Title: "التعاون بين الأمم المتحدة ومنظمة معاهدة الأمن الجماعي"}
	d.Parts = []content.Part{{Operative: []content.Paragraph{
		{ID: "op1", Kind: content.Operative, Number: ptr("1"), Text: "تلاحظ نشاط منظمة معاهدة الأمن الجماعي الرامي إلى تعزيز التعاون الإقليمي في مجالات مثل تعزيز الأمن والاستقرار الإقليميين؛"},
		{ID: "op2", Kind: content.Operative, Number: ptr("2"), Text: "تقرر أن تدرج في جدول الأعمال المؤقت لدورتها السابعة والستين البند الفرعي المعنون."},
	}}}
	return d
}

func chinese() *content.Document {
	d := &content.Document{Symbol: "A/RES/65/122", Language: "zh", Title: "联合国与集体安全条约组织之间的合作"}
	d.Parts = []content.Part{{Operative: []content.Paragraph{
		{ID: "op1", Kind: content.Operative, Number: ptr("1"), Text: strings.Repeat("注意到集体安全条约组织为促进区域合作而开展的活动，", 5)},
		{ID: "op2", Kind: content.Operative, Number: ptr("2"), Text: "决定将题为“联合国与集体安全条约组织之间的合作”的分项列入第六十七届会议临时议程。"},
	}}}
	return d
}

func TestArabicRightAligned(t *testing.T) {
	m := newSized(arabic(), Options{}, 60, 20)
	sendKeys(m, "1\r")
	rows := m.view.paneView(m.st, m.lay.paneW, 4, false, false)
	for _, r := range rows {
		plain := ansi.Strip(r)
		if strings.TrimSpace(plain) == "" {
			continue
		}
		if strings.HasSuffix(plain, "   ") || !strings.HasSuffix(plain, "  ") {
			t.Errorf("Arabic line not right-aligned: %q", plain)
		}
		if lipgloss.Width(r) != m.lay.paneW {
			t.Errorf("Arabic line %d cells, want %d", lipgloss.Width(r), m.lay.paneW)
		}
	}
}

func TestChineseWidths(t *testing.T) {
	for _, w := range []int{20, 33, 61, 81} {
		m := newSized(chinese(), Options{}, w, 12)
		for i, l := range strings.Split(m.View().Content, "\n") {
			if lw := lipgloss.Width(l); lw != w {
				t.Errorf("width %d: line %d is %d cells: %q", w, i, lw, ansi.Strip(l))
			}
		}
	}
	m := newSized(chinese(), Options{}, 80, 12)
	sendKeys(m, "/集体安全\r")
	if len(m.view.search.matches) != 7 {
		t.Errorf("Chinese search: %d matches, want 7", len(m.view.search.matches))
	}
}

func hostile() *content.Document {
	d := fixture()
	bad := "\x1b]52;c;cHduZWQ=\x07 \x1b[2J\x1b]0;title\x07 &#27;]0;x&#7; \u009b31m \x1bP+q\x1b\\ text"
	d.Symbol += bad
	d.Title += bad
	d.Parts[0].Preamble[0].Text += bad
	d.Parts[0].Operative[0].Lead = "Hace" + bad
	d.Citations[0].Symbol += bad
	d.Citations[0].Date = bad
	d.Footnotes[0].Text += bad
	return d
}

func TestHostileDocument(t *testing.T) {
	for _, style := range []string{"dark", "light", "notty"} {
		m := newSized(hostile(), Options{Style: style}, 120, 40)
		check := func(when string) {
			if v := termsafe.Violations(m.View().Content); len(v) > 0 {
				t.Errorf("%s %s: foreign sequences %q", style, when, v)
			}
		}
		check("start")
		press(m, "tab")
		check("panel")
		press(m, "l")
		check("outline")
		sendKeys(m, "/\x1b]0;x\r")
		check("search")
		press(m, "f")
		check("footnotes")
		press(m, "esc", "#")
		check("ids")
		sendKeys(m, ":pp1\r")
		press(m, "Y")
		check("quote")
		press(m, "?")
		check("help")
	}
}
