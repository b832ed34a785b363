package termsafe

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzFilter(f *testing.F) {
	for _, s := range []string{
		"\x1b[38;5;252mx\x1b[m", "\x1b]8;;https://un.org/\x07t\x1b]8;;\x07", "\x1b]52;c;x\x07",
		"\x1bP$qm\x1b\\", "\u009b2J", "\x9b2J", "\x1b]8;;https://a\x1b[31m\x07", "\x1b[", "\x1b]0;t",
		"\u202eabc", "\r\n", "\x1b\x1b]8;id=1;https://x.y/\x1b\\",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Filter(s)
		if !utf8.ValidString(got) {
			t.Fatalf("Filter(%q) = %q, invalid UTF-8", s, got)
		}
		if v := Violations(got); len(v) > 0 {
			t.Fatalf("Filter(%q) = %q keeps %q", s, got, v)
		}
		if again := Filter(got); again != got {
			t.Fatalf("Filter not idempotent on %q: %q then %q", s, got, again)
		}
		if len(got) > len(s) {
			t.Fatalf("Filter(%q) = %q grew", s, got)
		}
	})
}

func FuzzLink(f *testing.F) {
	f.Add("https://undocs.org/A/RES/65/122", "A/RES/65/122")
	f.Add("https://un.org/\x07\x1b]52;c;x\x07", "t\x1b[2J")
	f.Add("javascript:alert(1)", "x")
	f.Fuzz(func(t *testing.T, url, text string) {
		got := Link(url, text)
		if v := Violations(got); len(v) > 0 {
			t.Fatalf("Link(%q, %q) = %q keeps %q", url, text, got, v)
		}
		if Filter(got) != got {
			t.Fatalf("Filter changes Link(%q, %q) = %q", url, text, got)
		}
		if strings.Count(got, "\x1b") > 4 {
			t.Fatalf("Link(%q, %q) = %q holds extra escapes", url, text, got)
		}
	})
}

func FuzzEscapeMarkdown(f *testing.F) {
	for _, s := range markdownTraps {
		f.Add(s)
	}
	r := newRenderer(f)
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) || strings.ContainsFunc(s, func(r rune) bool {
			return r < 0x20 && r != '\n' && r != '\t' || r >= 0x7f && r <= 0x9f
		}) {
			return // EscapeMarkdown expects cleaned text
		}
		out := render(t, r, EscapeMarkdown(s))
		if got, want := visible(out), visible(s); got != want {
			t.Fatalf("render(EscapeMarkdown(%q)) shows %q, want %q", s, got, want)
		}
	})
}
