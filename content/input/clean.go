package input

import (
	"strings"
	"unicode/utf8"
)

// Clean removes from s what must never reach a terminal or a Markdown
// renderer:
//   - C0 controls except tab and newline, and DEL;
//   - C1 controls (U+0080–U+009F);
//   - whole ESC-introduced sequences: CSI, OSC, DCS, APC, SOS, PM and
//     two-character escapes (an unterminated string sequence ends at the next
//     newline, ESC or end of text);
//   - the bidi embedding, override and isolate characters U+202A–U+202E and
//     U+2066–U+2069, and U+FEFF (a stray byte-order mark).
//
// It keeps U+200E and U+200F (directional marks) and ZWJ/ZWNJ, which Arabic
// and Persian text needs. Invalid UTF-8 bytes become U+FFFD. Clean is
// idempotent and returns s itself when there is nothing to remove.
func Clean(s string) string {
	i := firstUnclean(s)
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for i < len(s) {
		c := s[i]
		switch {
		case c == 0x1b:
			i += escapeLen(s[i:])
		case c < 0x80:
			if !dropASCII(c) {
				b.WriteByte(c)
			}
			i++
		default:
			r, n := utf8.DecodeRuneInString(s[i:])
			switch {
			case r == utf8.RuneError && n == 1:
				b.WriteRune(utf8.RuneError)
			case !dropRune(r):
				b.WriteString(s[i : i+n])
			}
			i += n
		}
	}
	return b.String()
}

// firstUnclean returns the index of the first byte Clean would change, or
// len(s) when s is already clean.
func firstUnclean(s string) int {
	for i := 0; i < len(s); {
		c := s[i]
		if c < 0x80 {
			if c == 0x1b || dropASCII(c) {
				return i
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 || dropRune(r) {
			return i
		}
		i += n
	}
	return len(s)
}

// dropASCII reports whether the ASCII byte c is a control Clean removes.
func dropASCII(c byte) bool {
	return c < 0x20 && c != '\t' && c != '\n' || c == 0x7f
}

// dropRune reports whether the non-ASCII rune r is one Clean removes.
func dropRune(r rune) bool {
	switch {
	case r >= 0x80 && r <= 0x9f: // C1 controls
		return true
	case r >= 0x202a && r <= 0x202e: // LRE, RLE, PDF, LRO, RLO
		return true
	case r >= 0x2066 && r <= 0x2069: // LRI, RLI, FSI, PDI
		return true
	case r == 0xfeff: // zero width no-break space: a stray byte-order mark
		return true
	}
	return false
}

// escapeLen returns the length of the escape sequence at the start of s,
// which begins with ESC. A malformed sequence ends before the first byte that
// cannot belong to it, so that byte is examined on its own.
func escapeLen(s string) int {
	if len(s) < 2 {
		return len(s)
	}
	switch c := s[1]; {
	case c == '[':
		return csiLen(s)
	case c == ']' || c == 'P' || c == 'X' || c == '^' || c == '_':
		return stringSeqLen(s)
	case c >= 0x20 && c <= 0x2f: // intermediates, then a final byte
		i := 2
		for i < len(s) && s[i] >= 0x20 && s[i] <= 0x2f {
			i++
		}
		if i < len(s) && s[i] >= 0x30 && s[i] <= 0x7e {
			i++
		}
		return i
	case c >= 0x30 && c <= 0x7e: // two-character escape such as ESC c
		return 2
	}
	return 1
}

// csiLen returns the length of the CSI sequence at the start of s
// (ESC [ parameters intermediates final).
func csiLen(s string) int {
	i := 2
	for i < len(s) && s[i] >= 0x20 && s[i] <= 0x3f {
		i++
	}
	if i < len(s) && s[i] >= 0x40 && s[i] <= 0x7e {
		i++
	}
	return i
}

// stringSeqLen returns the length of the OSC, DCS, SOS, PM or APC sequence
// at the start of s. It ends with BEL or ST (ESC \ or U+009C), is cancelled by
// CAN or SUB, and is cut short before a newline or another ESC.
func stringSeqLen(s string) int {
	for i := 2; i < len(s); i++ {
		switch s[i] {
		case 0x07, 0x18, 0x1a:
			return i + 1
		case '\n':
			return i
		case 0x1b:
			if i+1 < len(s) && s[i+1] == '\\' {
				return i + 2
			}
			return i
		case 0xc2:
			if i+1 < len(s) && s[i+1] == 0x9c { // U+009C STRING TERMINATOR
				return i + 2
			}
		}
	}
	return len(s)
}
