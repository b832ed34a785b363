package render

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// printEscape returns s[from:to] escaped for printed Markdown: a backslash
// is put only before what CommonMark (or GitHub's Markdown) would read as
// markup there, s giving the context on both sides:
//   - a backslash before punctuation or at the end, a backquote, a tilde;
//   - '*' unless it stands between spaces, '_' unless it also stands
//     inside a word;
//   - '[' when a link, a reference or a footnote could start there;
//   - '<' before a letter, '/', '!' or '?' (HTML, autolinks);
//   - '&' that would start a character reference becomes "&amp;" (a
//     backslash would not do for glamour, which decodes references even
//     after one).
//
// What starts a line is printLineStart's to guard.
func printEscape(s string, from, to int) string {
	if !needsPrintEscape(s[from:to]) {
		return s[from:to]
	}
	var b strings.Builder
	b.Grow(to - from + 8)
	for i := from; i < to; i++ {
		c := s[i]
		esc := false
		switch c {
		case '\\':
			esc = i+1 >= len(s) || isASCIIPunct(s[i+1])
		case '`', '~':
			esc = true
		case '*':
			esc = !(spaceBefore(s, i) && spaceAfter(s, i+1))
		case '_':
			esc = !(spaceBefore(s, i) && spaceAfter(s, i+1)) && !(wordBefore(s, i) && wordAfter(s, i+1))
		case '[':
			esc = opensLink(s[i:])
		case '<':
			esc = i+1 < len(s) && (isASCIILetter(s[i+1]) || strings.IndexByte("/!?", s[i+1]) >= 0)
		case '&':
			if startsReference(s[i+1:]) {
				// Not "\&": glamour, and so glow, decode a reference
				// even after a backslash.
				b.WriteString("&amp;")
				continue
			}
		}
		if esc {
			b.WriteByte('\\')
		}
		b.WriteByte(c)
	}
	return b.String()
}

// needsPrintEscape reports whether s holds a character printEscape may
// escape.
func needsPrintEscape(s string) bool {
	return strings.ContainsAny(s, "\\`~*_[<&")
}

// printLineStart guards printed Markdown that begins a line, so that it
// can never open a heading, quote, list, thematic break, setext underline or
// code fence: "1. x" becomes "1\. x", "- x" becomes "\- x", "# x" "\# x".
func printLineStart(s string) string {
	if s == "" {
		return s
	}
	switch c := s[0]; c {
	case '>':
		return "\\" + s
	case '#':
		n := len(s) - len(strings.TrimLeft(s, "#"))
		if n <= 6 && (n == len(s) || s[n] == ' ') {
			return "\\" + s
		}
	case '-', '+', '*':
		if len(s) == 1 || s[1] == ' ' || thematic(s, c) {
			return "\\" + s
		}
	case '=':
		if thematic(s, c) {
			return "\\" + s
		}
	}
	i := 0
	for i < len(s) && i < 10 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 && i < 10 && i < len(s) && (s[i] == '.' || s[i] == ')') && (i+1 == len(s) || s[i+1] == ' ') {
		return s[:i] + "\\" + s[i:]
	}
	return s
}

// thematic reports whether line, which starts with c, is a thematic break
// or a setext underline: three or more c (one or more for '=') and spaces.
func thematic(line string, c byte) bool {
	n := 0
	for i := 0; i < len(line); i++ {
		switch line[i] {
		case c:
			n++
		case ' ':
		default:
			return false
		}
	}
	return n >= 3 || c == '=' || c == '-'
}

// guardClosingHashes escapes a run of '#' that ends a heading's text after a
// space, which CommonMark would take for the heading's closing sequence.
func guardClosingHashes(t string) string {
	trimmed := strings.TrimRight(t, "#")
	if trimmed == t || !(trimmed == "" || strings.HasSuffix(trimmed, " ")) {
		return t
	}
	return trimmed + "\\" + t[len(trimmed):]
}

// linkText escapes the text of a printed link, its brackets always.
func linkText(s string) string {
	var b strings.Builder
	from := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '[' || s[i] == ']' {
			b.WriteString(printEscape(s, from, i))
			b.WriteString("\\" + s[i:i+1])
			from = i + 1
		}
	}
	b.WriteString(printEscape(s, from, len(s)))
	return b.String()
}

// linkDestination writes a link's URL as a CommonMark destination: as it is
// when its parentheses pair up ("…/S/RES/1631(2005)"), else with them
// escaped.
func linkDestination(url string) string {
	depth := 0
	for i := 0; i < len(url); i++ {
		switch url[i] {
		case '(':
			depth++
		case ')':
			depth--
		}
		if depth < 0 {
			break
		}
	}
	if depth == 0 && !strings.ContainsAny(url, " <>\\") {
		return url
	}
	return strings.NewReplacer("(", "\\(", ")", "\\)", " ", "%20", "<", "%3C", ">", "%3E", "\\", "%5C").Replace(url)
}

// opensLink reports whether the '[' that starts s could open a link, an
// image, a link reference definition or a footnote: its ']' is followed by
// '(', '[' or ':', or it is "[^".
func opensLink(s string) bool {
	if strings.HasPrefix(s, "[^") {
		return true
	}
	end := strings.IndexByte(s, ']')
	if end < 0 {
		return false
	}
	if next := s[end+1:]; next != "" && (next[0] == '(' || next[0] == '[' || next[0] == ':') {
		return true
	}
	// A '[' nested inside is escaped on its own; "[a [b](c)]" then links
	// only "b" … unless this one is escaped too.
	return strings.IndexByte(s[1:end], '[') >= 0
}

// startsReference reports whether s, after a '&', reads as the rest of an
// HTML character reference: "amp;", "#38;", "#x26;".
func startsReference(s string) bool {
	i := 0
	if i < len(s) && s[i] == '#' {
		i++
		if i < len(s) && (s[i] == 'x' || s[i] == 'X') {
			i++
		}
	}
	j := i
	for j < len(s) && j-i < 32 && (isASCIILetter(s[j]) || s[j] >= '0' && s[j] <= '9') {
		j++
	}
	return j > i && j < len(s) && s[j] == ';'
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// isASCIIPunct reports whether c is ASCII punctuation, which a backslash
// escapes in CommonMark.
func isASCIIPunct(c byte) bool {
	return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~'
}

// spaceBefore and spaceAfter report whether the text before s[i] (after
// s[:i]) ends (starts) with white space or the text's end.
func spaceBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return i == 0 || unicode.IsSpace(r)
}

func spaceAfter(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return i >= len(s) || unicode.IsSpace(r)
}

// wordBefore and wordAfter report whether a letter or digit is just before
// s[i] (just at s[i]).
func wordBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return i > 0 && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

func wordAfter(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return i < len(s) && (unicode.IsLetter(r) || unicode.IsDigit(r))
}
