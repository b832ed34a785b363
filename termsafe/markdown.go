package termsafe

import "strings"

// EscapeMarkdown escapes document text so that a Markdown renderer (glamour,
// goldmark with GFM and definition lists) shows it literally, as the same
// visible text:
//   - every '&' becomes "&amp;", so no character reference survives (glamour
//     decodes references even after a backslash, so "\&" is not enough);
//   - \ ` * _ { } [ ] < > # + - | are backslash-escaped everywhere, '.' and
//     ')' after a digit (ordered lists) and '.' after "www" (autolinks);
//   - '~' (strikethrough), '=' (setext headings) and '@' (e-mail autolinks)
//     become character references, since glamour shows their backslash, and
//     so does ':' at the start of a line (definition lists) or before "//"
//     (URL autolinks, which glamour may show differently);
//   - leading spaces and tabs of each line are dropped, so no line becomes an
//     indented code block (Markdown drops them from paragraphs anyway).
//
// Newlines are kept: a blank line still separates paragraphs. EscapeMarkdown
// does not remove control characters; clean the text first.
func EscapeMarkdown(s string) string {
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	lineStart := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if lineStart && (c == ' ' || c == '\t') {
			continue
		}
		switch c {
		case '&':
			b.WriteString("&amp;")
		case '~':
			b.WriteString("&#126;")
		case '=':
			b.WriteString("&#61;")
		case '@':
			b.WriteString("&#64;")
		case ':':
			if lineStart || strings.HasPrefix(s[i+1:], "//") {
				b.WriteString("&#58;")
			} else {
				b.WriteByte(c)
			}
		case '\\', '`', '*', '_', '{', '}', '[', ']', '<', '>', '#', '+', '-', '|':
			b.WriteByte('\\')
			b.WriteByte(c)
		case '.', ')':
			if i > 0 && isDigit(s[i-1]) || c == '.' && afterWWW(s[:i]) {
				b.WriteByte('\\')
			}
			b.WriteByte(c)
		default:
			j := i + 1
			for j < len(s) && plainByte(s[j]) {
				j++
			}
			b.WriteString(s[i:j])
			i = j - 1
			c = s[i]
		}
		lineStart = c == '\n'
	}
	return b.String()
}

// plainByte reports whether EscapeMarkdown copies c as it is wherever it
// appears.
func plainByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == ' ' || c >= 0x80 || c == ','
}

// isDigit reports whether c is an ASCII digit.
func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// afterWWW reports whether s ends with "www", in any case, which a following
// '.' would turn into an autolink.
func afterWWW(s string) bool {
	return len(s) >= 3 && strings.EqualFold(s[len(s)-3:], "www")
}
