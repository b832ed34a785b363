package termsafe

import (
	"strings"
	"unicode/utf8"
)

// maxMessage bounds a message, in bytes: one line of a terminal, with room
// for a long path.
const maxMessage = 1000

// Message returns s made fit for an error, a diagnostic, a notice or the
// status bar: one line of plain text. It keeps what [Filter] keeps except
// escape sequences (a message has no colour or hyperlink of its own, so it
// keeps none, not even SGR), turns newlines and tabs into spaces, and
// shortens s to about maxMessage bytes with "…". File names and the words
// of documents reach messages; nothing of theirs reaches the terminal as a
// control.
//
// Message returns s itself, without allocating, when it is already fit.
func Message(s string) string {
	if fitMessage(s) {
		return s
	}
	f := Filter(s)
	var b strings.Builder
	b.Grow(min(len(f), maxMessage+4))
	for i := 0; i < len(f); {
		if b.Len() >= maxMessage {
			b.WriteString("…")
			break
		}
		c := f[i]
		switch {
		case c == 0x1b: // a sequence Filter kept: SGR or a hyperlink
			n, _ := classify(f[i:])
			i += n
		case c == '\n' || c == '\t':
			b.WriteByte(' ')
			i++
		case c < 0x80:
			b.WriteByte(c)
			i++
		default:
			_, n := utf8.DecodeRuneInString(f[i:])
			b.WriteString(f[i : i+n])
			i += n
		}
	}
	return b.String()
}

// fitMessage reports whether s is already one short line of plain text.
func fitMessage(s string) bool {
	if len(s) > maxMessage {
		return false
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c < 0x7f {
			i++
			continue
		}
		if c < 0x80 {
			return false
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 || unsafeRune(r) {
			return false
		}
		i += n
	}
	return true
}

// Name returns a file name made fit for a message: one line of plain text,
// in which every character that Message would drop — a control, an escape
// sequence's ESC, a C1 control, a bidi control, an invalid byte — is
// written as a Go escape instead ("missing\x1b]0;FN2\x07.txt",
// "a\u202eb.pdf", "\xff.txt"), so that the message still says which file
// is meant while nothing of the name reaches the terminal as a control.
// Newlines and tabs are escaped too ("\n", "\t"). A name with none of these
// is returned as it is, without allocating; Name of a result of Name is the
// same, and so is Message of it, when it is short enough.
func Name(s string) string {
	if fitMessage(s) {
		return s
	}
	const hex = "0123456789abcdef"
	var b strings.Builder
	b.Grow(len(s) + 16)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1, r < 0x20, r == 0x7f:
			c := s[i]
			switch c {
			case '\n':
				b.WriteString(`\n`)
			case '\t':
				b.WriteString(`\t`)
			default:
				b.WriteString(`\x`)
				b.WriteByte(hex[c>>4])
				b.WriteByte(hex[c&0xf])
			}
		case unsafeRune(r):
			b.WriteString(`\u`)
			for shift := 12; shift >= 0; shift -= 4 {
				b.WriteByte(hex[r>>uint(shift)&0xf])
			}
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}
