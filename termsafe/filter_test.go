package termsafe

import (
	"strings"
	"testing"
)

func TestFilter(t *testing.T) {
	link := "\x1b]8;;https://undocs.org/A/RES/65/122\x07A/RES/65/122\x1b]8;;\x07"
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", ""},
		{"plain", "1. Decides\n\tto remain seized.", "1. Decides\n\tto remain seized."},
		{"unicode", "قرار 六 résolution 👍🏽", "قرار 六 résolution 👍🏽"},
		{"sgr", "\x1b[38;5;252mx\x1b[m \x1b[1;3;38:2::1:2:3mB\x1b[0m", "\x1b[38;5;252mx\x1b[m \x1b[1;3;38:2::1:2:3mB\x1b[0m"},
		{"sgr too long", "\x1b[" + strings.Repeat("1;", 200) + "mx", "x"},
		{"sgr private", "\x1b[?25mx", "x"},
		{"csi erase", "a\x1b[2J\x1b[Hb\x1b[21tc", "abc"},
		{"osc 52", "a\x1b]52;c;aGk=\x07b", "ab"},
		{"osc 0 st", "a\x1b]0;t\x1b\\b", "ab"},
		{"our link", link, link},
		{"link st", "\x1b]8;id=1;https://un.org/x\x1b\\t\x1b]8;;\x1b\\", "\x1b]8;id=1;https://un.org/x\x1b\\t\x1b]8;;\x1b\\"},
		{"link http", "\x1b]8;;http://un.org\x07t\x1b]8;;\x07", "t\x1b]8;;\x07"},
		{"link javascript", "\x1b]8;;javascript:alert(1)\x07t", "t"},
		{"link mailto", "\x1b]8;id=9;mailto:a@b.c\x07a@b.c\x1b]8;;\x07", "a@b.c\x1b]8;;\x07"},
		{"link space", "\x1b]8;;https://a.b/ c\x07t", "t"},
		{"link bad params", "\x1b]8;x y;https://a.b/\x07t", "t"},
		{"link too long", "\x1b]8;;https://a.b/" + strings.Repeat("a", MaxURL) + "\x07t", "t"},
		{"link c1 st", "\x1b]8;;https://a.b/\u009ct", "t"},
		{"dcs apc sos pm", "a\x1bP$qm\x1b\\b\x1b_G;A\x1b\\c\x1bXs\x1b\\d\x1b^p\x1b\\e", "abcde"},
		{"unterminated osc", "a\x1b]0;title", "a"},
		{"unterminated csi", "a\x1b[31", "a"},
		{"lone esc", "a\x1b", "a"},
		{"esc then text", "a\x1bé", "aé"},
		{"c0", "a\x00b\x07c\x08d\re\x7ff\x0bg\x0ch", "abcdefgh"},
		{"c1", "a\u009b2Jb\u0085c", "a2Jbc"},
		{"raw c1 byte", "a\x9b2Jb", "a2Jb"},
		{"invalid utf8", "a\xff\xc3b", "ab"},
		{"bidi", "a\u202eb\u2066c\u2069d", "abcd"},
		{"marks kept", "\u200fقرار\u200e\u200d", "\u200fقرار\u200e\u200d"},
		{"crlf", "a\r\nb", "a\nb"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Filter(tt.in)
			if got != tt.want {
				t.Errorf("Filter(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if v := Violations(got); len(v) > 0 {
				t.Errorf("Violations(Filter(%q)) = %q, want none", tt.in, v)
			}
			if again := Filter(got); again != got {
				t.Errorf("Filter(Filter(%q)) = %q, want %q", tt.in, again, got)
			}
		})
	}
}

func TestFilterNoAllocWhenClean(t *testing.T) {
	s := strings.Repeat("\x1b[38;5;252mDecides\x1b[m \x1b[38;5;252mقرار\x1b[m\n", 100)
	if n := testing.AllocsPerRun(20, func() { _ = Filter(s) }); n != 0 {
		t.Errorf("Filter(clean output) allocates %v times, want 0", n)
	}
}

func TestViolations(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"\x1b[31mred\x1b[m\n\t", nil},
		{"a\x1b]52;c;x\x07b\x1b[2J", []string{"\x1b]52;c;x\x07", "\x1b[2J"}},
		{"a\rb\u009bc\xff", []string{"\r", "\u009b", "\xff"}},
		{"a\x1b]0;unterminated", []string{"\x1b]0;unterminated"}},
		{"\u202eevil", []string{"\u202e"}},
	}
	for _, tt := range tests {
		got := Violations(tt.in)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Violations(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
