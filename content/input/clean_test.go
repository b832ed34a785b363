package input

import "testing"

func TestClean(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", ""},
		{"plain", "1. Decides to remain seized of the matter.", "1. Decides to remain seized of the matter."},
		{"tab newline kept", "a\tb\nc", "a\tb\nc"},
		{"c0", "a\x00b\x01c\x07d\x08e\rf\x7fg", "abcdefg"},
		{"c1", "a\u0085b\u009b2Jc\u0090d", "ab2Jcd"},
		{"csi", "a\x1b[31mred\x1b[0m \x1b[2J\x1b[?1049h", "ared "},
		{"osc bel", "a\x1b]0;pwned\x07b", "ab"},
		{"osc st", "a\x1b]52;c;aGVsbG8=\x1b\\b", "ab"},
		{"osc 8", "\x1b]8;;https://evil.example\x07click\x1b]8;;\x07", "click"},
		{"osc unterminated to newline", "a\x1b]0;title\nnext", "a\nnext"},
		{"osc unterminated to end", "a\x1b]0;title", "a"},
		{"osc c1 st", "a\x1b]0;t\u009cb", "ab"},
		{"dcs", "a\x1bP$qm\x1b\\b", "ab"},
		{"apc", "a\x1b_Gf=100;AAAA\x1b\\b", "ab"},
		{"sos pm", "a\x1bXsos\x1b\\b\x1b^pm\x1b\\c", "abc"},
		{"two-char escape", "a\x1bcb\x1b7c\x1b(Bd", "abcd"},
		{"lone esc", "a\x1b", "a"},
		{"esc esc", "a\x1b\x1b[31mb", "ab"},
		{"csi cut by newline", "a\x1b[31\nb", "a\nb"},
		{"csi cut by utf8", "a\x1b[31é", "aé"},
		{"bidi overrides", "a\u202eb\u202ac\u2066d\u2069e", "abcde"},
		{"bom mid-text", "a\ufeffb", "ab"},
		{"marks and joiners kept", "\u200fقرار\u200e \u200c\u200d", "\u200fقرار\u200e \u200c\u200d"},
		{"invalid utf8", "a\xffb\xc3", "a\uFFFDb\uFFFD"},
		{"entities untouched", "&#27;[31m", "&#27;[31m"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Clean(tt.in)
			if got != tt.want {
				t.Errorf("Clean(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if again := Clean(got); again != got {
				t.Errorf("Clean(Clean(%q)) = %q, want %q", tt.in, again, got)
			}
		})
	}
}

func TestCleanNoAlloc(t *testing.T) {
	s := "1. Decides to remain seized of the matter. قرار 六"
	if n := testing.AllocsPerRun(100, func() { _ = Clean(s) }); n != 0 {
		t.Errorf("Clean(clean text) allocates %v times, want 0", n)
	}
}
