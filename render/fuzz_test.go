package render

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"resolute/content"
	"resolute/termsafe"
)

// fuzzDoc puts s into every kind of text of a small document.
func fuzzDoc(s string) *content.Document {
	lead, _, _ := strings.Cut(s, " ")
	num := s
	if len(num) > 8 {
		num = num[:8]
	}
	return &content.Document{
		Symbol: s, Number: num, Title: s, Formula: s,
		Masthead: content.Masthead{Organ: s, Adoption: s},
		Parts: []content.Part{{Label: num, Heading: s,
			Preamble: []content.Paragraph{{ID: "pp1", Lead: lead, Text: s}},
			Operative: []content.Paragraph{{ID: "op1", Number: &num, Lead: lead, Text: s, Heading: s,
				Items: []content.Item{{ID: "op1(a)", Label: num, Text: s,
					Items: []content.Item{{ID: "op1(a)(i)", Label: "(i)", Text: s}}}}, Tail: s}},
		}},
		Closing:   []string{s},
		Annexes:   []content.Annex{{ID: "annex", Label: s, Paragraphs: []content.Paragraph{{ID: "annex.p1", Text: s}}}},
		Footnotes: []content.Footnote{{Marker: num, Text: s, Paragraph: "op1(a)"}, {Marker: "9", Text: s}},
	}
}

func FuzzRender(f *testing.F) {
	for _, s := range hostileStrings {
		f.Add(s, 40, true)
	}
	f.Add("*Recalling* its resolution 46/182¹ of 19 December 1991,", 80, false)
	f.Add("回顾其关于加强联合国人道主义紧急援助协调的1991年12月19日第46/182号决议", 21, true)
	f.Add("1. - # > | ~~x~~ `code` [a](b) <b>&amp;</b> ***", 20, false)
	f.Fuzz(func(t *testing.T, s string, width int, dark bool) {
		if len(s) > 4096 {
			return
		}
		width = 20 + abs(width)%181
		style := "ascii"
		if dark {
			style = "dark"
		}
		d := fuzzDoc(s)
		if bad := foreign(Markdown(d)); bad != "" {
			t.Fatalf("Markdown keeps %q", bad)
		}
		out := ANSI(d, width, style)
		if bad := foreign(out); bad != "" {
			t.Fatalf("ANSI keeps %q", bad)
		}
		if v := termsafe.Violations(out); len(v) > 0 {
			t.Fatalf("ANSI keeps %q", v)
		}
		for _, line := range strings.Split(out, "\n") {
			if w := ansi.StringWidth(line); w > width {
				t.Fatalf("line of %d cells at width %d: %q", w, width, line)
			}
		}
	})
}

// FuzzFit feeds arbitrary bytes, escape sequences included, to the
// post-processing of glamour output.
func FuzzFit(f *testing.F) {
	f.Add("  \x1b[38;5;252mtext\x1b[m\x1b[38;5;252m \x1b[m  ", 10)
	f.Add("\x1b]8;;https://un.org\x1b\\link\x1b]8;;\x1b\\   \n\n\n  x", 5)
	f.Add("\x1b[", 3)
	f.Add("\x1b]52;c;AAAA", 3)
	f.Add("宽字符宽字符宽字符", 2)
	f.Fuzz(func(t *testing.T, s string, width int) {
		width = minWidth + abs(width)%200
		out := fit(s, width)
		if bad := foreign(out); bad != "" {
			t.Fatalf("fit keeps %q", bad)
		}
		for _, line := range strings.Split(out, "\n") {
			if w := ansi.StringWidth(line); w > width {
				t.Fatalf("line of %d cells at width %d: %q", w, width, line)
			}
		}
	})
}

func abs(n int) int {
	if n < 0 {
		if n == -n { // the most negative int
			return 0
		}
		return -n
	}
	return n
}
