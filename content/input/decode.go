package input

import (
	"bytes"
	"errors"
	"strings"
	"unicode/utf8"
)

// Decode turns file bytes into clean UTF-8 text. It reads UTF-8 with or
// without a byte-order mark, UTF-16 LE/BE with a byte-order mark (or without
// one, when the zero bytes of ASCII text give the byte order away), and
// Windows-1252 when the bytes are not valid UTF-8 and look like it; other
// invalid UTF-8 becomes U+FFFD. Line endings become LF (CRLF, lone CR, and a
// form feed or vertical tab that does not already follow a newline), then
// [Clean] runs.
//
// XML is decoded as its declaration says when it names ISO-8859-1 (read as
// Windows-1252, its superset), Windows-1252 or US-ASCII, and a declaration
// of any of these or of UTF-16 is rewritten to name UTF-8, which the text
// now is.
//
// Binary input (NUL bytes outside UTF-16, or mostly control bytes), PDF,
// zip-based files such as .docx, and UTF-32 are refused with an error.
func Decode(b []byte) (string, error) {
	if len(b) == 0 {
		return "", nil
	}
	if err := refuseKnown(b); err != nil {
		return "", err
	}
	var s string
	switch {
	case bytes.HasPrefix(b, []byte{0xef, 0xbb, 0xbf}):
		s = decodeUTF8(b[3:])
	case bytes.HasPrefix(b, []byte{0xff, 0xfe}):
		s = decodeUTF16(b[2:], false)
	case bytes.HasPrefix(b, []byte{0xfe, 0xff}):
		s = decodeUTF16(b[2:], true)
	default:
		if order, ok := sniffUTF16(b); ok {
			s = decodeUTF16(b, order)
			break
		}
		if d, ok := decodeDeclaredXML(b); ok {
			s = d
			break
		}
		if isBinary(b) {
			return "", errors.New("binary file, not text")
		}
		s = decodeUTF8(b)
	}
	return markUTF8(Clean(normalizeNewlines(s))), nil
}

// refuseKnown returns an error for file types that are known not to be text
// and that people are likely to hand to a reader of resolutions.
func refuseKnown(b []byte) error {
	switch {
	case bytes.HasPrefix(b, []byte("%PDF-")):
		return errors.New("PDF file, not text (extract its text first, e.g. with pdftotext -layout)")
	case bytes.HasPrefix(b, []byte("PK\x03\x04")):
		return errors.New("zip or Word file, not text (save it as plain text first)")
	case bytes.HasPrefix(b, []byte{0xff, 0xfe, 0, 0}), bytes.HasPrefix(b, []byte{0, 0, 0xfe, 0xff}):
		return errors.New("UTF-32 text is not supported (save it as UTF-8)")
	}
	return nil
}

// decodeUTF8 returns b as a string. Valid UTF-8 is returned as is; otherwise
// b is read as Windows-1252 when it looks like it, and as UTF-8 with U+FFFD
// for each invalid byte when it does not.
func decodeUTF8(b []byte) string {
	if utf8.Valid(b) {
		return string(b)
	}
	if looksWindows1252(b) {
		return decodeWindows1252(b)
	}
	return strings.ToValidUTF8(string(b), "\uFFFD")
}

// looksWindows1252 reports whether invalid UTF-8 in b is more likely to be
// Windows-1252: more stray high bytes than well-formed multi-byte sequences.
func looksWindows1252(b []byte) bool {
	valid, invalid := 0, 0
	for i := 0; i < len(b); {
		if b[i] < 0x80 {
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			invalid++
		} else {
			valid++
		}
		i += n
	}
	return invalid > valid
}

// normalizeNewlines turns CRLF and lone CR into LF. A form feed or vertical
// tab (a page break in text extracted from PDF) becomes LF unless it follows
// a newline, so that the last word of a page is not glued to the first word
// of the next; otherwise it is left for Clean to remove.
func normalizeNewlines(s string) string {
	if !strings.ContainsAny(s, "\r\f\v") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for {
		j := strings.IndexAny(s, "\r\f\v")
		if j < 0 {
			b.WriteString(s)
			break
		}
		b.WriteString(s[:j])
		switch s[j] {
		case '\r':
			b.WriteByte('\n')
			if j+1 < len(s) && s[j+1] == '\n' {
				j++
			}
		default: // form feed, vertical tab
			if j > 0 && s[j-1] != '\n' && s[j-1] != '\r' {
				b.WriteByte('\n')
			}
		}
		s = s[j+1:]
	}
	return b.String()
}
