package render

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"

	"resolute/content"
	"resolute/termsafe"
)

func TestHangPunctuation(t *testing.T) {
	tests := []struct {
		in    string
		width int
		want  string
	}{
		{"一二三\n，四五", 8, "一二三，\n四五"},
		{"  一二三\n  。」四五", 12, "  一二三。」\n  四五"},
		{"一二三\n。", 8, "一二三。"},
		{"一二三\n\n，四", 8, "一二三\n\n，四"}, // a blank line holds nothing
		{"\x1b[1m一二三\x1b[m\n\x1b[1m，四五\x1b[m", 8, "\x1b[1m一二三，\x1b[m\n\x1b[1m四五\x1b[m"},
		{"abc\ndef", 8, "abc\ndef"},
		{"一二三四\n，五", 8, "一二三\n四，五"},    // no room: 四 comes down
		{"一二「三」\n。五", 10, "一二\n「三」。五"}, // 三 comes down with the marks around it
	}
	for _, tt := range tests {
		if got := hangPunctuation(tt.in, tt.width); got != tt.want {
			t.Errorf("hangPunctuation(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestChineseLinesNeverOpenWithClosingMarks renders a long Chinese
// paragraph at many widths: no line opens with a closing mark, none is
// wider than the width, and no character is lost.
func TestChineseLinesNeverOpenWithClosingMarks(t *testing.T) {
	text := strings.Repeat("建议进一步加紧努力，寻求这种共同办法或共同方案，并建议进一步探讨各种不同的备选办法，特别包括裁军谈判会议审议的办法，以克服各种困难；「宗旨」。", 4)
	num := "4"
	d := &content.Document{Symbol: "A/RES/75/34", Language: "zh", Parts: []content.Part{{Operative: []content.Paragraph{{ID: "op4", Kind: content.Operative, Number: &num, Text: text}}}}}
	blocks := Blocks(d)
	var para int
	for i, b := range blocks {
		if b.ID == "op4" {
			para = i
		}
	}
	for _, style := range []string{"dark", "ascii"} {
		r := NewRenderer(blocks, style)
		for width := 10; width <= 100; width++ {
			out := r.Render(para, width)
			var all strings.Builder
			for _, line := range strings.Split(out, "\n") {
				plain := ansi.Strip(line)
				if w := ansi.StringWidth(line); w > width {
					t.Errorf("%s, width %d: line %q is %d cells", style, width, plain, w)
				}
				trimmed := strings.TrimSpace(plain)
				if trimmed != "" && strings.ContainsRune(closingMarks, []rune(trimmed)[0]) {
					t.Errorf("%s, width %d: line opens with a closing mark: %q", style, width, trimmed)
				}
				all.WriteString(trimmed)
			}
			if got := strings.ReplaceAll(all.String(), " ", ""); !strings.Contains(got, text) {
				t.Errorf("%s, width %d: text lost:\n%s", style, width, got)
			}
		}
	}
}

// FuzzHangPunctuation checks that moving marks across line ends keeps every
// visible character in order and never adds a line.
func FuzzHangPunctuation(f *testing.F) {
	for _, s := range []string{"一二三\n，四五", "一二「三」\n。五", "\x1b[1m一\x1b[m\n\x1b[1m，\x1b[m", "a\n\n，", "，\n，\n，"} {
		f.Add(s, 8)
	}
	f.Fuzz(func(t *testing.T, s string, width int) {
		// Rendered blocks have been through termsafe.Filter: valid UTF-8,
		// and no escape sequence but SGR and OSC 8 links.
		s = termsafe.Filter(s)
		if !utf8.ValidString(s) {
			return
		}
		width = 2 + abs(width)%200
		out := hangPunctuation(s, width)
		squash := func(x string) string {
			return strings.NewReplacer(" ", "", "\n", "").Replace(ansi.Strip(x))
		}
		if squash(out) != squash(s) {
			t.Fatalf("characters changed: %q → %q", s, out)
		}
		if strings.Count(out, "\n") > strings.Count(s, "\n") {
			t.Fatalf("lines added: %q → %q", s, out)
		}
	})
}
