package render

import (
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// hangRoom is how many cells narrower a Chinese block is wrapped, so that a
// full-width mark hung at the end of a line keeps it within the width.
const hangRoom = 2

// closingMarks are the marks that Chinese typesetting never lets open a
// line: commas, stops, closing brackets and quotes.
const closingMarks = "，。、；：！？）」』】》〉〕”’…·"

// openingMarks are the marks that never end a line: opening brackets and
// quotes.
const openingMarks = "（「『【《〈〔“‘"

// hangPunctuation keeps closing marks from opening a line of s, as Chinese
// typesetting wants: a mark that opens a line hangs at the end of the line
// before when that stays within width, or else the last character of the
// line before comes down with it. A line left with nothing visible goes,
// its escape sequences joining the line before. s is a block rendered
// hangRoom cells narrower than width, which leaves room for the mark.
func hangPunctuation(s string, width int) string {
	if !strings.ContainsAny(s, closingMarks) {
		return s
	}
	lines := strings.Split(s, "\n")
	out := make([]string, 0, len(lines))
	for _, line := range lines {
		moved := false
		for len(out) > 0 {
			at, size := firstVisible(line)
			if at < 0 || !strings.Contains(closingMarks, line[at:at+size]) {
				break
			}
			last := len(out) - 1
			cut, _, _ := scanLine(out[last])
			if cut == 0 {
				break // a blank line: nothing to hang the mark on
			}
			mark := line[at : at+size]
			if ansi.StringWidth(out[last])+ansi.StringWidth(mark) <= width {
				out[last] = out[last][:cut] + mark + out[last][cut:]
				line = line[:at] + line[at+size:]
				moved = true
				continue
			}
			// No room: the last character before the mark comes down, with
			// the closing marks after it and the opening marks before it.
			from := cut
			for from > 0 {
				r, n := utf8.DecodeLastRuneInString(out[last][:from])
				from -= n
				if !strings.ContainsRune(closingMarks, r) {
					break
				}
			}
			for from > 0 {
				r, n := utf8.DecodeLastRuneInString(out[last][:from])
				if !strings.ContainsRune(openingMarks, r) {
					break
				}
				from -= n // an opening mark never ends a line either
			}
			down := out[last][from:cut]
			if strings.ContainsAny(down, "\x1b ") || ansi.StringWidth(line)+ansi.StringWidth(down) > width {
				break // styled or spaced apart, or no room below either
			}
			if left, _, _ := scanLine(out[last][:from]); left == 0 {
				break // the line before would be left empty
			}
			out[last] = out[last][:from] + out[last][cut:]
			line = line[:at] + down + line[at:]
			break
		}
		if cut, _, _ := scanLine(line); moved && cut == 0 {
			out[len(out)-1] += strings.ReplaceAll(line, " ", "")
			continue
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n")
}

// firstVisible returns the byte offset and size of the first character of
// line that is neither a space, nor part of an escape sequence, nor the bar
// of a quote ("│ ", "| " in the ASCII style), or -1.
func firstVisible(line string) (at, size int) {
	bar := false
	for i := 0; i < len(line); {
		switch c := line[i]; {
		case c == 0x1b:
			i = seqEnd(line, i)
		case c == ' ':
			i++
		default:
			r, n := utf8.DecodeRuneInString(line[i:])
			if !bar && (r == '│' || r == '|') && strings.HasPrefix(line[i+n:], " ") {
				bar = true
				i += n
				continue
			}
			return i, n
		}
	}
	return -1, 0
}
