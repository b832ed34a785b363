package content

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// plainNoteRe matches a footnote printed with a plain number after the
// closing lines, as old yearbook texts have it: "22 Adopted without vote."
var plainNoteRe = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^([0-9]{1,3})\s+(\S.*)$`) })

// maxPlainNotes bounds the trailing notes plainFootnotes looks at.
const maxPlainNotes = 50

// plainFootnotes turns footnotes numbered with plain digits after the last
// closing line ("22 Adopted without vote.") into the canonical form, with
// their markers as superscripts, when the text has no superscript markers
// at all and each note's number is found as a marker before: at the end of
// a line after punctuation ("meeting. 22") or glued to a word
// ("representatives,22"). Otherwise the lines are returned unchanged.
func plainFootnotes(lines []line, lp *linePatterns) []line {
	closing := -1
	for i, ln := range lines {
		if hasSuperDigit(ln.text) {
			return lines
		}
		t := stripItalics(ln.text)
		// The byte and word tests skip the lines the patterns cannot
		// match (TestClosingGuard): most lines of a long text.
		if (mayBeClosing(t) && lp.closing.MatchString(t) || firstByte(t) == 'A' && lp.closingSC.MatchString(t)) && runeLen(t) <= 200 {
			closing = i
		}
	}
	if closing < 0 || closing == len(lines)-1 || len(lines)-closing > maxPlainNotes {
		return lines
	}
	type note struct {
		at  int // line index
		num string
	}
	var notes []note
	for i := closing + 1; i < len(lines); i++ {
		m := plainNoteRe().FindStringSubmatch(lines[i].text)
		switch {
		case m != nil:
			notes = append(notes, note{i, m[1]})
		case len(notes) == 0:
			return lines // text after the closing line that is no note
		}
	}
	out := append([]line(nil), lines...)
	from := closing
	for _, n := range notes {
		k, at := findPlainMarker(out[:from+1], n.num)
		if k < 0 {
			return lines
		}
		t := out[k].text
		out[k].text = strings.TrimRight(t[:at], " ") + superDigits(n.num) + t[at+len(n.num):]
		out[n.at].text = superDigits(n.num) + strings.TrimPrefix(out[n.at].text, n.num)
		from = k
	}
	return out
}

// findPlainMarker finds the last marker num in lines: the number ending a
// line after punctuation, or glued to a word or punctuation mark. It returns
// the line index and the byte offset of the digits, or -1.
func findPlainMarker(lines []line, num string) (int, int) {
	for k := len(lines) - 1; k >= 0; k-- {
		t := lines[k].text
		if strings.HasSuffix(t, num) {
			at := len(t) - len(num)
			before := strings.TrimRight(t[:at], " ")
			r, _ := utf8.DecodeLastRuneInString(before)
			if at > 0 && (strings.ContainsRune(".,;:)", r) || before == t[:at] && unicode.IsLetter(r)) {
				return k, at
			}
		}
		for at := strings.LastIndex(t, num); at > 0; at = strings.LastIndex(t[:at], num) {
			end := at + len(num)
			r, _ := utf8.DecodeLastRuneInString(t[:at])
			if end < len(t) && t[end] == ' ' && (unicode.IsLower(r) || strings.ContainsRune(",;:)", r)) {
				return k, at
			}
		}
	}
	return -1, 0
}

// superDigits writes ASCII digits as superscripts: "22" → "²²".
func superDigits(s string) string {
	const sup = "⁰¹²³⁴⁵⁶⁷⁸⁹"
	var b strings.Builder
	for _, r := range s {
		if r >= '0' && r <= '9' {
			b.WriteString(string([]rune(sup)[r-'0']))
		}
	}
	return b.String()
}
