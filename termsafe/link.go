package termsafe

import (
	"net/url"
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// MaxURL is the longest hyperlink target, in bytes, that [Link] writes and
// [Filter] keeps.
const MaxURL = 2048

// Link returns an OSC 8 hyperlink to rawURL showing text, or just text when
// rawURL is not an acceptable https URL: absolute, with a host, without user
// information, at most MaxURL bytes once percent-encoded, and made only of
// printable ASCII. Escape sequences and control characters in text are
// removed, and newlines become spaces, so the link cannot carry anything else.
func Link(rawURL, text string) string {
	text = plain(text)
	u, ok := normalizeURL(rawURL)
	if !ok || text == "" {
		return text
	}
	return ansi.SetHyperlink(u) + text + ansi.ResetHyperlink()
}

// normalizeURL parses raw and returns its percent-encoded form when it is an
// acceptable https URL.
func normalizeURL(raw string) (string, bool) {
	if len(raw) > MaxURL || strings.ContainsFunc(raw, func(r rune) bool { return r < 0x20 || r >= 0x7f && r <= 0x9f }) {
		return "", false
	}
	u, err := url.Parse(raw)
	if err != nil || u.Scheme != "https" || u.Host == "" || u.User != nil || u.Opaque != "" {
		return "", false
	}
	s := u.String()
	return s, acceptableURL(s)
}

// acceptableURL reports whether s, as it appears inside an OSC 8 sequence, is
// an https URL of at most MaxURL bytes of printable ASCII other than space.
func acceptableURL(s string) bool {
	if len(s) > MaxURL || !strings.HasPrefix(s, "https://") || len(s) == len("https://") {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] <= 0x20 || s[i] >= 0x7f {
			return false
		}
	}
	return true
}

// plain returns s as one line of text: every escape sequence and control
// character removed, newlines and tabs turned into spaces.
func plain(s string) string {
	s = strings.NewReplacer("\n", " ", "\t", " ").Replace(s)
	var b strings.Builder
	for i := 0; i < len(s); {
		n, keep := classify(s[i:])
		if keep && s[i] != 0x1b {
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}
