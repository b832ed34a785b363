package termsafe

import (
	"strings"
	"testing"
)

func TestLink(t *testing.T) {
	tests := []struct {
		name, url, text, want string
	}{
		{"https", "https://undocs.org/A/RES/65/122", "A/RES/65/122",
			"\x1b]8;;https://undocs.org/A/RES/65/122\x07A/RES/65/122\x1b]8;;\x07"},
		{"query and spaces encoded", "https://undocs.org/en/S/RES/1631 (2005)", "S/RES/1631 (2005)",
			"\x1b]8;;https://undocs.org/en/S/RES/1631%20%282005%29\x07S/RES/1631 (2005)\x1b]8;;\x07"},
		{"non-ascii encoded", "https://un.org/résolution", "r",
			"\x1b]8;;https://un.org/r%C3%A9solution\x07r\x1b]8;;\x07"},
		{"http", "http://un.org/", "un", "un"},
		{"javascript", "javascript:alert(1)", "click", "click"},
		{"relative", "/A/RES/65/122", "x", "x"},
		{"no host", "https:///x", "x", "x"},
		{"user info", "https://un.org@evil.example/", "un.org", "un.org"},
		{"bel in url", "https://un.org/\x07\x1b]52;c;x\x07", "x", "x"},
		{"esc in url", "https://un.org/\x1b\\", "x", "x"},
		{"c1 in url", "https://un.org/\u009c", "x", "x"},
		{"too long", "https://un.org/" + strings.Repeat("a", MaxURL), "x", "x"},
		{"escapes in text", "https://un.org/", "a\x1b]0;t\x07b\x1b[31mc\nd", "\x1b]8;;https://un.org/\x07abc d\x1b]8;;\x07"},
		{"empty text", "https://un.org/", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Link(tt.url, tt.text)
			if got != tt.want {
				t.Errorf("Link(%q, %q) = %q, want %q", tt.url, tt.text, got, tt.want)
			}
			if v := Violations(got); len(v) > 0 {
				t.Errorf("Violations(Link(%q, %q)) = %q, want none", tt.url, tt.text, v)
			}
			if f := Filter(got); f != got {
				t.Errorf("Filter(Link(%q, %q)) = %q, want it unchanged", tt.url, tt.text, f)
			}
		})
	}
}
