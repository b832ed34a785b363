package content

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// line is one line of the input (or several joined), with its 1-based line
// number.
type line struct {
	text string
	no   int
}

// normalizeText makes line ends "\n", drops a byte-order mark, NUL bytes and
// invalid UTF-8, and turns tabs and odd spaces into plain spaces.
func normalizeText(s string) string {
	s = strings.TrimPrefix(s, "\ufeff")
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	if !hasOddSpace(s) { // the common case: no copy, no slow replacer
		return s
	}
	return sharedOddSpaces().Replace(s)
}

// sharedOddSpaces is normalizeText's replacer, built once: a Replacer is
// safe for concurrent use.
var sharedOddSpaces = sync.OnceValue(func() *strings.Replacer {
	return strings.NewReplacer("\r", "\n", "\x00", "", "\t", " ", "\u00a0", " ", "\u202f", " ", "\u2028", "\n", "\u2029", "\n", "\f", "\n", "\v", "\n")
})

// hasOddSpace reports whether s holds any of the characters normalizeText
// replaces.
func hasOddSpace(s string) bool {
	for _, c := range []byte{'\r', 0, '\t', '\f', '\v'} {
		// One vector search a byte: ContainsAny looks at every byte
		// against the set in turn.
		if strings.IndexByte(s, c) >= 0 {
			return true
		}
	}
	for _, odd := range []string{"\u00a0", "\u202f", "\u2028", "\u2029"} {
		if strings.Contains(s, odd) {
			return true
		}
	}
	return false
}

// splitLines cuts text into its non-blank lines, trimmed. A blank line
// before a line is recorded by blank[i] being true.
func splitLines(text string) (lines []line, blankBefore []bool) {
	n := strings.Count(text, "\n") + 1
	lines, blankBefore = make([]line, 0, n), make([]bool, 0, n)
	blank := true
	for no, rest, more := 1, text, true; more; no++ {
		var l string
		l, rest, more = strings.Cut(rest, "\n")
		l = strings.TrimSpace(l)
		if l == "" {
			blank = true
			continue
		}
		lines = append(lines, line{text: l, no: no})
		blankBefore = append(blankBefore, blank)
		blank = false
	}
	return lines, blankBefore
}

// isSuperDigit reports whether r is a superscript digit, as used for
// footnote markers.
func isSuperDigit(r rune) bool {
	switch r {
	case '¹', '²', '³', '⁰', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹':
		return true
	}
	return false
}

// superToASCII turns superscript digits into ASCII digits.
func superToASCII(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '¹':
			b.WriteByte('1')
		case '²':
			b.WriteByte('2')
		case '³':
			b.WriteByte('3')
		case '⁰':
			b.WriteByte('0')
		default:
			if r >= '⁴' && r <= '⁹' {
				b.WriteByte(byte('4' + r - '⁴'))
			}
		}
	}
	return b.String()
}

// stripItalics removes the asterisks that mark italics, in pairs; an
// unpaired last asterisk stays.
func stripItalics(s string) string {
	n := strings.Count(s, "*")
	if n == 0 {
		return s
	}
	if n%2 == 1 {
		n--
	}
	var b strings.Builder
	if utf8.ValidString(s) {
		// '*' is one byte and never inside a multi-byte rune: copy the runs
		// between the asterisks dropped.
		b.Grow(len(s))
		for n > 0 {
			i := strings.IndexByte(s, '*')
			b.WriteString(s[:i])
			s = s[i+1:]
			n--
		}
		b.WriteString(s)
	} else {
		for _, r := range s {
			if r == '*' && n > 0 {
				n--
				continue
			}
			b.WriteRune(r)
		}
	}
	return joinFields(b.String())
}

// joinFields is strings.Join(strings.Fields(s), " "), without copying s when
// it has no space to drop (the common case).
func joinFields(s string) string {
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c > ' ' && c < utf8.RuneSelf: // ASCII, not a space: most bytes
			for i++; i < len(s) && s[i] > ' ' && s[i] < utf8.RuneSelf; i++ {
			}
		case c == ' ':
			// A single space between words stays; one at an end or
			// before another space goes.
			if i == 0 || i == len(s)-1 || s[i+1] == ' ' {
				return strings.Join(strings.Fields(s), " ")
			}
			i++
		case c < utf8.RuneSelf:
			if '\t' <= c && c <= '\r' { // white space other than a space
				return strings.Join(strings.Fields(s), " ")
			}
			i++
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				return strings.Join(strings.Fields(s), " ")
			}
			i += size
		}
	}
	return s
}

// leadingItalic returns the italic run that opens s ("*Decides*" gives
// "Decides"), or "".
func leadingItalic(s string) string {
	if !strings.HasPrefix(s, "*") {
		return ""
	}
	end := strings.IndexByte(s[1:], '*')
	if end <= 0 {
		return ""
	}
	return strings.TrimSpace(s[1 : 1+end])
}

// trimEndMarks drops what may follow a paragraph's final punctuation:
// footnote markers, asterisks, closing quotes, spaces, and invisible
// format characters (the left-to-right mark the UN's Chinese files put
// after a paragraph's final "，", before or after its footnote marker).
func trimEndMarks(s string) string {
	return strings.TrimRightFunc(s, func(r rune) bool {
		return isSuperDigit(r) || unicode.IsSpace(r) || unicode.Is(unicode.Cf, r) || strings.ContainsRune("*”\"’»」』", r)
	})
}

// lastRune returns the last rune of s after trimEndMarks, or 0.
func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(trimEndMarks(s))
	if r == utf8.RuneError {
		return 0
	}
	return r
}

// endsWithComma reports whether a paragraph ends as a preambular one does.
func endsWithComma(s string) bool {
	switch lastRune(s) {
	case ',', '،', '，', '、':
		return true
	}
	return false
}

// endsTerminal reports whether a paragraph ends with punctuation that can
// close a paragraph.
func endsTerminal(s string) bool {
	switch lastRune(s) {
	case ',', '،', '，', '、', ';', '؛', '；', '.', '。', ':', '：', '!', '?', '؟':
		return true
	}
	return false
}

// endsWithColon reports whether a paragraph ends with a colon.
func endsWithColon(s string) bool {
	switch lastRune(s) {
	case ':', '：':
		return true
	}
	return false
}

// endsWithSemicolon reports whether a paragraph ends with a semicolon.
func endsWithSemicolon(s string) bool {
	switch lastRune(s) {
	case ';', '؛', '；':
		return true
	}
	return false
}

// endsWithFullStop reports whether a paragraph ends with a full stop.
func endsWithFullStop(s string) bool {
	switch lastRune(s) {
	case '.', '。':
		return true
	}
	return false
}

// endsSentence reports whether a paragraph ends with a full stop, a
// semicolon or a colon.
func endsSentence(s string) bool {
	switch lastRune(s) {
	case ';', '؛', '；', '.', '。', ':', '：':
		return true
	}
	return false
}

// startsLower reports whether s opens with a lower-case letter.
func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(s, "*“\"‘'("))
	return unicode.IsLower(r)
}

// runeLen is the number of runes in s.
func runeLen(s string) int { return utf8.RuneCountInString(s) }

// hasLetterOrDigit reports whether s holds any letter or digit.
func hasLetterOrDigit(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}
