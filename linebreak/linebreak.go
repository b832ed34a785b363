// Package linebreak tells where a line of text may break: by the Unicode
// line-breaking algorithm (UAX #14, as github.com/rivo/uniseg implements it,
// Unicode 15.0), tailored for the texts of the United Nations in its six
// languages so that no line breaks inside a number, a document symbol, a
// date or a number and its unit:
//
//   - no break inside a run of Latin letters, digits and punctuation that
//     holds a solidus: a symbol ("A/RES/75/1", "E/CN.6/2020/L.1",
//     "GOV/2005/77-GC(49)/INF/6") or a resolution number ("59/50"), also in
//     Chinese text ("第74/185号");
//   - no break between a digit and an ideograph, either way: "第67/6号",
//     "2004年12月2日", "5亿";
//   - no break at a space between two digits ("1 000 000"), between a
//     number and an opening parenthesis ("S/RES/2334 (2016)", "5 (b)"), a
//     part letter ("76/84 A") or a unit ("5 %", "500 dollars", "5 000
//     долл.", "US$ 5");
//   - no break inside a date: "2 December 2004", "1er janvier 2020",
//     "2 de diciembre de 2004", "2 декабря 2004 года",
//     "12 كانون الأول/ديسمبر 2022";
//   - no break after an opening quotation mark or before a closing one at
//     the spaces inside them, as French sets them ("« texte »"; Unicode
//     15.1 rules LB15a and LB15b).
//
// In text of scripts that separate words with spaces, a line breaks only at
// a space or after a hyphen, where UAX #14 allows it; text that holds
// characters of a script written without spaces (Chinese, Japanese, Thai)
// may break wherever UAX #14 allows it.
package linebreak

import (
	"unicode"
	"unicode/utf8"

	"github.com/rivo/uniseg"
)

// Breaker finds line-break opportunities. In text of spaced scripts it
// remembers the decisions UAX #14 took around each space and hyphen, so one
// Breaker for a whole document is much faster than a new one per
// paragraph. A Breaker is not safe for concurrent use; the zero value is
// ready to use.
type Breaker struct {
	memo map[window]bool
	// scratch space of dateSpans
	dates, words []span
	num          []bool
}

// window is the text around a space or hyphen that UAX #14 decides a break
// on: the character before it (with its combining marks), the space or
// hyphen, and the two characters after; at is where the break would be.
type window struct {
	text string
	at   int
}

// Breaks returns the byte offsets of s at which a line may break (where a
// new line may start), in increasing order, each greater than 0 and less
// than len(s). A newline in s is a break too.
func Breaks(s string) []int {
	var b Breaker
	return b.Breaks(nil, s)
}

// Breaks appends the line-break opportunities of s to dst and returns it;
// see the package function Breaks.
func (b *Breaker) Breaks(dst []int, s string) []int {
	dst, _ = b.tailored(dst, nil, s, false)
	return dst
}

// Tailored appends the line-break opportunities of s to breaks, as Breaks
// does, and to glued those that UAX #14 finds but the tailorings take away:
// where a line may still break, as a last resort, when what they keep
// together is longer than the line.
func (b *Breaker) Tailored(breaks, glued []int, s string) ([]int, []int) {
	return b.tailored(breaks, glued, s, true)
}

func (b *Breaker) tailored(dst, glued []int, s string, keepGlued bool) ([]int, []int) {
	if len(s) < 2 {
		return dst, glued
	}
	start := len(dst)
	if unspaced(s) {
		dst = unicodeBreaks(dst, s)
	} else {
		dst = b.spacedBreaks(dst, s)
	}
	dates := b.dates[:0]
	if hasDigit(s) {
		dates, b.words, b.num = dateSpans(dates, s, b.words, b.num)
		b.dates = dates
	}
	out := dst[:start]
	for _, p := range dst[start:] {
		switch {
		case allowed(s, p) && !within(dates, p):
			out = append(out, p)
		case keepGlued:
			glued = append(glued, p)
		}
	}
	return out, glued
}

// unicodeBreaks appends every opportunity UAX #14 finds in s.
func unicodeBreaks(dst []int, s string) []int {
	state, at := -1, 0
	for rest := s; len(rest) > 0; {
		var seg string
		seg, rest, _, state = uniseg.FirstLineSegmentInString(rest, state)
		at += len(seg)
		if at < len(s) {
			dst = append(dst, at)
		}
	}
	return dst
}

// spacedBreaks appends the opportunities UAX #14 finds after each run of
// spaces and after each hyphen in s.
func (b *Breaker) spacedBreaks(dst []int, s string) []int {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '\n':
			j := i + 1
			for j < len(s) && (s[j] == ' ' || s[j] == '\n') {
				j++
			}
			if j < len(s) && (i > 0 && asciiWordEnd(s[i-1]) && asciiWord(s[j]) || b.decide(s, i, j)) {
				dst = append(dst, j)
			}
			i = j - 1
		case '-':
			if i+1 < len(s) && s[i+1] != ' ' && s[i+1] != '\n' && b.decide(s, i, i+1) {
				dst = append(dst, i+1)
			}
		}
	}
	return dst
}

// decide reports whether UAX #14 allows a break at s[at], after the spaces
// or hyphen at s[from:at], looking at the window around them.
func (b *Breaker) decide(s string, from, at int) bool {
	if ok, known := plainBreak(s, from, at); known {
		return ok
	}
	ws := baseStart(s, from)
	we := at
	for range 2 {
		if we < len(s) {
			_, n := utf8.DecodeRuneInString(s[we:])
			we += n
		}
	}
	w := window{text: s[ws:we], at: at - ws}
	if ok, seen := b.memo[w]; seen {
		return ok
	}
	ok := false
	for _, p := range unicodeBreaks(nil, w.text) {
		if p == w.at {
			ok = true
			break
		}
	}
	if b.memo == nil {
		b.memo = make(map[window]bool)
	}
	b.memo[w] = ok
	return ok
}

// plainBreak decides the commonest cases without consulting UAX #14's
// tables, as they decide them: between two words of letters or digits a
// line breaks after the space (rule LB18: X SP ÷ Y, where no earlier rule
// applies, X being no opening bracket or quotation mark and Y no closing
// punctuation); after a hyphen between ASCII letters it breaks (LB31),
// before a digit it does not (LB25: HY × NU). known is false for any
// other case.
func plainBreak(s string, from, at int) (ok, known bool) {
	x, _ := utf8.DecodeLastRuneInString(s[:from])
	y, _ := utf8.DecodeRuneInString(s[at:])
	if s[from] == ' ' {
		wordy := func(r rune) bool {
			if r < utf8.RuneSelf {
				return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
			}
			return unicode.IsLetter(r) || unicode.IsDigit(r)
		}
		if (wordy(x) || x == ',' || x == '.' || x == ';' || x == ':') && wordy(y) {
			return true, true
		}
		return false, false
	}
	asciiLetter := func(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }
	switch {
	case s[from] == '-' && asciiLetter(x) && asciiLetter(y):
		return true, true
	case s[from] == '-' && (asciiLetter(x) || x >= '0' && x <= '9') && y >= '0' && y <= '9':
		return false, true
	}
	return false, false
}

// asciiWord reports whether c is an ASCII letter or digit, and asciiWordEnd
// whether it may end a word before a space that a line breaks after
// (plainBreak's first case, in ASCII).
func asciiWord(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func asciiWordEnd(c byte) bool {
	return asciiWord(c) || c == ',' || c == '.' || c == ';' || c == ':'
}

// baseStart returns where the character ending at s[end] starts, with the
// combining marks and format characters after its base.
func baseStart(s string, end int) int {
	i := end
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		i -= n
		if !combining(r) {
			break
		}
	}
	return i
}

// combining reports whether UAX #14 attaches r to the character before it:
// a combining mark, a joiner, or a directional mark.
func combining(r rune) bool {
	if r < 0x300 {
		return false
	}
	return unicode.In(r, unicode.Mn, unicode.Mc, unicode.Me) ||
		r == 0x200c || r == 0x200d || r == 0x200e || r == 0x200f
}

// unspaced reports whether s holds a character of a script written without
// spaces between words: CJK, kana, Thai, Lao, Tibetan, Myanmar, Khmer, or
// a full-width form.
func unspaced(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 0xe0 {
			continue // ASCII, or a character below U+0800
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r >= 0x2e80 && r < 0xa000 || r >= 0xf900 && r < 0xfb00 || r >= 0xff00 && r < 0xfff0 ||
			r >= 0x0e00 && r < 0x1100 || r >= 0x1780 && r < 0x1800 || r >= 0x20000 {
			return true
		}
		i += n - 1
	}
	return false
}

func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			return true
		}
	}
	return false
}
