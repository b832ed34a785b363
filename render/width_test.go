package render

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"resolute/content"
)

// chinese is a document in Chinese with wide characters, long unbroken runs
// and a long symbol, to test wrapping by display width.
func chinese() *content.Document {
	long := strings.Repeat("回顾其关于加强联合国人道主义紧急援助协调的1991年12月19日第46/182号决议，", 4)
	return &content.Document{
		Symbol: "A/RES/65/122",
		Masthead: content.Masthead{
			Organ: "大会", Session: "第六十五届会议", AgendaItem: "议程项目122(f)",
			Adoption: "2010年12月13日大会决议",
		},
		Number:  "65/122",
		Title:   "联合国与黑海经济合作组织之间的合作",
		Formula: "大会，",
		Parts: []content.Part{{
			Preamble: []content.Paragraph{
				{ID: "pp1", Kind: content.Preambular, Lead: "回顾", Text: "回顾" + long + "¹"},
			},
			Operative: []content.Paragraph{
				{ID: "op1", Kind: content.Operative, Number: ptr("1"), Lead: "决定", Text: "决定" + long,
					Items: []content.Item{{ID: "op1(a)", Label: "(a)", Text: long, Items: []content.Item{
						{ID: "op1(a)(i)", Label: "㈠", Text: long, Items: []content.Item{
							{ID: "op1(a)(i)(a)", Label: "a.", Text: long}}}}}}},
				{ID: "op2", Kind: content.Operative, Number: ptr("2"),
					Text: "https://undocs.org/" + strings.Repeat("A/RES/65/122/", 30)},
			},
		}},
		Footnotes: []content.Footnote{{Marker: "1", Text: long, Paragraph: "pp1"}},
	}
}

func TestLinesFitWidth(t *testing.T) {
	docs := map[string]*content.Document{"fixture": fixture(), "chinese": chinese(), "multipart": multipart()}
	for name, d := range docs {
		for _, style := range []string{"ascii", "dark"} {
			r := NewRenderer(Blocks(d), style)
			for width := 20; width <= 200; width++ {
				if style != "ascii" && width%7 != 0 {
					continue // colour output wraps the same way; sample it
				}
				for i, s := range r.RenderAll(width) {
					for n, line := range strings.Split(s, "\n") {
						if w := ansi.StringWidth(line); w > width {
							t.Fatalf("%s %s width %d: block %d line %d is %d cells: %q", name, style, width, i, n, w, line)
						}
					}
				}
			}
		}
	}
}

func TestNarrowWidths(t *testing.T) {
	r := NewRenderer(Blocks(chinese()), "dark")
	for _, width := range []int{-5, 0, 1, 2, 5, 10} {
		want := max(width, minWidth)
		for i := range r.Len() {
			for _, line := range strings.Split(r.Render(i, width), "\n") {
				if w := ansi.StringWidth(line); w > want {
					t.Fatalf("width %d: block %d has a line of %d cells: %q", width, i, w, line)
				}
			}
		}
	}
}
