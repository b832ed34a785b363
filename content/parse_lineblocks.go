package content

import (
	"slices"
	"unicode/utf8"
)

// Text copied from a web page or a word processor often has one paragraph
// (and one masthead item) a line, with no blank line between them. Taken for
// hard-wrapped text, its lines would be joined into one. onePerLine tells the
// two apart by a statistic over the lines' display widths (a wide character,
// Chinese, counts two columns):
//
//   - the wrap width W is the 90th percentile of the widths;
//   - a line at least fullShare of W wide is full;
//   - a full line runs on when it does not end with punctuation that can
//     close a paragraph (endsTerminal: comma, semicolon, full stop, colon …).
//
// A hard-wrapped line is cut where the width ran out, mid-sentence, so most
// full lines of hard-wrapped text run on (77 % to 100 % in the corpus's PDF
// extractions and OCR texts). In one-paragraph-a-line text the full lines
// are the paragraphs, which end with punctuation; the lines that do not
// (masthead, title, headings) are short beside them (at most 10 % of full
// lines run on in the corpus made so). The text is one paragraph a line when
// fewer than one full line in runOnLimit runs on.
const (
	// fullShare is the share of the wrap width, in tenths, from which a
	// line counts as full.
	fullShare = 7
	// runOnLimit: one-paragraph-a-line text has fewer than one run-on full
	// line in runOnLimit.
	runOnLimit = 4
	// blockSample bounds the lines onePerLine looks at.
	blockSample = 1000
)

// onePerLine reports whether lines (non-blank, trimmed) hold one paragraph a
// line rather than hard-wrapped text; see the statistic above.
func onePerLine(lines []line) bool {
	if len(lines) > blockSample {
		lines = lines[:blockSample]
	}
	if len(lines) < 2 {
		return false
	}
	widths := make([]int, len(lines))
	for i, ln := range lines {
		widths[i] = displayWidth(ln.text)
	}
	sorted := slices.Clone(widths)
	slices.Sort(sorted)
	wrap := sorted[len(sorted)*9/10]
	full, runOn := 0, 0
	// The last line has no line to run on into.
	for i, ln := range lines[:len(lines)-1] {
		if widths[i]*10 < wrap*fullShare {
			continue
		}
		full++
		if !endsTerminal(ln.text) {
			runOn++
		}
	}
	return full > 0 && runOn*runOnLimit < full
}

// displayWidth is the number of terminal columns s takes, counting East
// Asian wide characters as two.
func displayWidth(s string) int {
	n := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			n++
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		n++
		if isWideRune(r) {
			n++
		}
	}
	return n
}

// isWideRune reports whether r is an East Asian wide or full-width
// character: Hangul Jamo, CJK symbols and ideographs, kana, Hangul
// syllables, compatibility ideographs, full-width forms.
func isWideRune(r rune) bool {
	switch {
	case r >= 0x1100 && r <= 0x115F,
		r >= 0x2E80 && r <= 0x303E,
		r >= 0x3041 && r <= 0x33FF,
		r >= 0x3400 && r <= 0x4DBF,
		r >= 0x4E00 && r <= 0x9FFF,
		r >= 0xA000 && r <= 0xA4CF,
		r >= 0xAC00 && r <= 0xD7A3,
		r >= 0xF900 && r <= 0xFAFF,
		r >= 0xFE30 && r <= 0xFE4F,
		r >= 0xFF00 && r <= 0xFF60,
		r >= 0xFFE0 && r <= 0xFFE6,
		r >= 0x20000 && r <= 0x3FFFD:
		return true
	}
	return false
}
