package termsafe

import (
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// maxSGR is the longest SGR sequence Filter keeps, in bytes. Lip Gloss and
// glamour write sequences of a few dozen bytes at most.
const maxSGR = 256

// Filter returns s with every escape sequence removed except SGR (CSI … m)
// and OSC 8 hyperlinks whose URL is https, at most 2048 bytes and free of
// control bytes (the form [Link] makes; a hyperlink's closing sequence is
// kept too). It also drops every C0 control except newline and tab, DEL, C1
// controls, the bidi embedding, override and isolate characters, invalid
// UTF-8, and stray or unterminated sequences.
//
// Filter is linear in len(s) and returns s itself, without allocating, when
// there is nothing to remove.
func Filter(s string) string {
	var b strings.Builder
	kept := 0 // s[kept:i] is pending output
	for i := 0; i < len(s); {
		if c := s[i]; c >= 0x20 && c < 0x7f || c == '\n' {
			i++ // the common case, without a call
			continue
		}
		n, keep := classify(s[i:])
		if keep {
			i += n
			continue
		}
		if b.Cap() == 0 {
			b.Grow(len(s))
		}
		b.WriteString(s[kept:i])
		i += n
		kept = i
	}
	if kept == 0 {
		return s
	}
	b.WriteString(s[kept:])
	return b.String()
}

// classify returns the length of the text or sequence at the start of s and
// whether Filter keeps it.
func classify(s string) (n int, keep bool) {
	c := s[0]
	switch {
	case c == 0x1b:
		if n := sgrLen(s); n > 0 {
			return n, true
		}
		seq, _, n, _ := ansi.DecodeSequence(s, ansi.NormalState, nil)
		if n <= 0 {
			n = 1
		}
		return n, allowedSequence(seq)
	case c >= 0x20 && c < 0x7f, c == '\n', c == '\t':
		return 1, true
	case c < 0x80:
		return 1, false
	}
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError && n == 1 {
		return 1, false
	}
	return n, !unsafeRune(r)
}

// unsafeRune reports whether the non-ASCII rune r must not reach the
// terminal: C1 controls and bidi embeddings, overrides and isolates.
func unsafeRune(r rune) bool {
	return r >= 0x80 && r <= 0x9f || r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069
}

// allowedSequence reports whether the escape sequence seq is one Filter keeps:
// a well-formed SGR or an acceptable OSC 8 hyperlink.
func allowedSequence(seq string) bool {
	return isSGR(seq) || isHyperlink(seq)
}

// sgrLen returns the length of the well-formed SGR sequence at the start of
// s, or 0 when there is none. It is the fast path for glamour's output.
func sgrLen(s string) int {
	if len(s) < 3 || s[1] != '[' {
		return 0
	}
	for i := 2; i < len(s) && i < maxSGR; i++ {
		switch c := s[i]; {
		case c == 'm':
			return i + 1
		case (c < '0' || c > '9') && c != ';' && c != ':':
			return 0
		}
	}
	return 0
}

// isSGR reports whether seq is ESC [ params m, with params made only of
// digits, ';' and ':', and no longer than maxSGR.
func isSGR(seq string) bool {
	if len(seq) < 3 || len(seq) > maxSGR || seq[0] != 0x1b || seq[1] != '[' || seq[len(seq)-1] != 'm' {
		return false
	}
	for i := 2; i < len(seq)-1; i++ {
		if c := seq[i]; (c < '0' || c > '9') && c != ';' && c != ':' {
			return false
		}
	}
	return true
}

// isHyperlink reports whether seq is ESC ] 8 ; params ; url followed by BEL
// or ESC \, where params are empty or harmless key=value pairs and url is
// empty (closing a link) or an acceptable https URL.
func isHyperlink(seq string) bool {
	body, ok := strings.CutPrefix(seq, "\x1b]8;")
	if !ok {
		return false
	}
	switch {
	case strings.HasSuffix(body, "\x07"):
		body = body[:len(body)-1]
	case strings.HasSuffix(body, "\x1b\\"):
		body = body[:len(body)-2]
	default:
		return false
	}
	params, url, ok := strings.Cut(body, ";")
	if !ok || !safeParams(params) {
		return false
	}
	return url == "" || acceptableURL(url)
}

// safeParams reports whether OSC 8 params hold only letters, digits and
// "=:-_." (such as glamour's "id=123"), at most 256 bytes of them.
func safeParams(p string) bool {
	if len(p) > 256 {
		return false
	}
	for i := 0; i < len(p); i++ {
		c := p[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte("=:-_.", c) >= 0) {
			return false
		}
	}
	return true
}
