package termsafe

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestMessage(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain", "resolute: a.txt: no such file", "resolute: a.txt: no such file"},
		{"unicode", "قرار.pdf: 六", "قرار.pdf: 六"},
		{"osc title", "missing\x1b]0;FN2\x07.txt: no such file", "missing.txt: no such file"},
		{"osc 52", "a\x1b]52;c;cHduZWQ=\x07b", "ab"},
		{"sgr dropped", "\x1b[31mred\x1b[m", "red"},
		{"hyperlink dropped", Link("https://undocs.org/A/RES/1", "A/RES/1"), "A/RES/1"},
		{"csi dcs", "a\x1b[2J\x1bP+q544e\x1b\\b", "ab"},
		{"c1", "a\u009b2Jb", "a2Jb"},
		{"newlines", "line one\nline two\r\n\tend", "line one line two  end"},
		{"bidi", "a\u202eb", "ab"},
		{"invalid utf8", "a\xffb", "ab"},
		{"unterminated osc", "a\x1b]0;title", "a"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Message(tt.in); got != tt.want {
				t.Errorf("Message(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestName(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain", "../shared/corpus/pdf/ga-79-1.en.pdf", "../shared/corpus/pdf/ga-79-1.en.pdf"},
		{"unicode", "قرار 六.pdf", "قرار 六.pdf"},
		{"osc title", "missing\x1b]0;FN2\x07.txt", `missing\x1b]0;FN2\x07.txt`},
		{"osc 52 and csi", "a\x1b]52;c;cHduZWQ=\x07\x1b[2Jb", `a\x1b]52;c;cHduZWQ=\x07\x1b[2Jb`},
		{"c1", "a\u009b2Jb", `a\u009b2Jb`},
		{"bidi", "a\u202eb.pdf", `a\u202eb.pdf`},
		{"invalid utf8", "a\xffb", `a\xffb`},
		{"newline and tab", "a\nb\tc", `a\nb\tc`},
		{"nul and del", "a\x00b\x7f", `a\x00b\x7f`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Name(tt.in)
			if got != tt.want {
				t.Errorf("Name(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if Message(got) != got || Name(got) != got {
				t.Errorf("Name(%q) = %q is not fit for a message", tt.in, got)
			}
		})
	}
}

func TestMessageLong(t *testing.T) {
	got := Message(strings.Repeat("é", 5000))
	if len(got) > maxMessage+8 || !strings.HasSuffix(got, "…") || !utf8.ValidString(got) {
		t.Errorf("Message of 10,000 bytes: %d bytes, suffix %q", len(got), got[len(got)-6:])
	}
}

func TestMessageNoAlloc(t *testing.T) {
	s := "resolute: ../shared/corpus/pdf/ga-79-1.en.pdf: unreadable PDF (its page tree loops back on itself)"
	if n := testing.AllocsPerRun(100, func() { _ = Message(s) }); n != 0 {
		t.Errorf("Message(clean) allocates %v times", n)
	}
}

func FuzzMessage(f *testing.F) {
	for _, s := range []string{"", "resolute: a.txt: no such file", "missing\x1b]0;FN2\x07.txt", "\x1b]8;;https://x\x07y\x1b]8;;\x07", "a\nb\tc\x00\u009b\u202e\xff", strings.Repeat("\x1b[", 600)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Message(s)
		if strings.ContainsAny(got, "\n\r\t\x1b") {
			t.Fatalf("Message(%q) = %q holds a control", s, got)
		}
		if v := Violations(got); len(v) > 0 {
			t.Fatalf("Message(%q) = %q holds %q", s, got, v[0])
		}
		if Message(got) != got {
			t.Fatalf("Message is not idempotent on %q", s)
		}
		if len(got) > maxMessage+8 {
			t.Fatalf("Message(%q) is %d bytes", s, len(got))
		}
		name := Name(s)
		if v := Violations(name); len(v) > 0 || strings.ContainsAny(name, "\n\r\t\x1b") {
			t.Fatalf("Name(%q) = %q holds a control", s, name)
		}
		if Name(name) != name || len(name) <= maxMessage && Message(name) != name {
			t.Fatalf("Name(%q) = %q is not fit for a message", s, name)
		}
	})
}
