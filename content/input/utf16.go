package input

import (
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// decodeUTF16 decodes UTF-16 without its byte-order mark. Unpaired
// surrogates and a trailing odd byte become U+FFFD.
func decodeUTF16(b []byte, bigEndian bool) string {
	var sb strings.Builder
	sb.Grow(len(b) + len(b)/2)
	unit := func(i int) rune {
		if bigEndian {
			return rune(b[i])<<8 | rune(b[i+1])
		}
		return rune(b[i+1])<<8 | rune(b[i])
	}
	i := 0
	for ; i+1 < len(b); i += 2 {
		r := unit(i)
		if utf16.IsSurrogate(r) {
			if r < 0xdc00 && i+3 < len(b) {
				if d := utf16.DecodeRune(r, unit(i+2)); d != utf8.RuneError {
					sb.WriteRune(d)
					i += 2
					continue
				}
			}
			r = utf8.RuneError
		}
		sb.WriteRune(r)
	}
	if i < len(b) {
		sb.WriteRune(utf8.RuneError)
	}
	return sb.String()
}
