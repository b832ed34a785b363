package render

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// hardBreak ends a line inside a Markdown paragraph (a CommonMark hard line
// break); the renderer keeps it.
const hardBreak = "\\\n"

// clean collapses every run of white space (line breaks included) to one
// space, trims the ends, and drops control characters (C0, DEL, C1) and bidi
// embedding, override and isolate characters, so that document text never
// breaks a Markdown line or reaches the terminal as a control.
func clean(s string) string {
	if isClean(s) {
		return s
	}
	var sb strings.Builder
	sb.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = sb.Len() > 0
			continue
		}
		if unsafeRune(r) {
			continue
		}
		if space {
			sb.WriteByte(' ')
			space = false
		}
		sb.WriteRune(r)
	}
	return sb.String()
}

// isClean reports whether clean would return s unchanged.
func isClean(s string) bool {
	prevSpace := true // no leading space
	for _, r := range s {
		if r == ' ' {
			if prevSpace {
				return false
			}
			prevSpace = true
			continue
		}
		prevSpace = false
		if r < 0x80 {
			if r < 0x20 || r == 0x7f {
				return false
			}
			continue
		}
		if unicode.IsSpace(r) || unsafeRune(r) || r == utf8.RuneError {
			return false
		}
	}
	return !prevSpace || s == ""
}

// unsafeRune reports whether r is a control character or a bidi embedding,
// override or isolate character.
func unsafeRune(r rune) bool {
	return r < 0x20 || r >= 0x7f && r <= 0x9f ||
		r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069
}

// lineStart guards text escaped by termsafe.EscapeMarkdown that begins a Markdown line, so that it can
// never open a heading, quote, list, rule or table: "1. x" becomes "1\. x".
func lineStart(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '#', '>', '-', '+', '*', '=', '_', '|', '~', '`', ':':
		return "\\" + s
	}
	i := 0
	for i < len(s) && i < 10 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 && i < len(s) && (s[i] == '.' || s[i] == ')') {
		return s[:i] + "\\" + s[i:]
	}
	return s
}

// superscript writes the digits of a footnote marker as superscripts.
func superscript(s string) string {
	const sup = "⁰¹²³⁴⁵⁶⁷⁸⁹"
	digits := []rune(sup)
	var sb strings.Builder
	for _, r := range s {
		if r >= '0' && r <= '9' {
			sb.WriteRune(digits[r-'0'])
		} else {
			sb.WriteRune(r)
		}
	}
	return sb.String()
}
func plainLines(ls []string) string {
	var out []string
	for _, l := range ls {
		if l = clean(l); l != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}
