package store

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// SnippetWidth is about how many columns a snippet takes.
const SnippetWidth = 100

// Snippet returns the text around text[start:end] on one line, about width
// columns wide (a Chinese character counts two), cut at spaces where it
// can, with "…" where it is cut, and where the span lies in the result.
// Runs of white space become one space.
func Snippet(text string, start, end, width int) (snippet string, mark [2]int) {
	start = max(0, min(start, len(text)))
	end = max(start, min(end, len(text)))
	for start > 0 && !utf8.RuneStart(text[start]) {
		start--
	}
	for end < len(text) && !utf8.RuneStart(text[end]) {
		end++
	}
	before := width / 3
	// Walk back from start about `before` columns, then forward from end.
	lo, cols := start, 0
	for lo > 0 && cols < before {
		r, n := utf8.DecodeLastRuneInString(text[:lo])
		lo -= n
		cols += runeWidth(r)
	}
	if lo > 0 {
		if i := strings.IndexAny(text[lo:start], " \n\t"); i >= 0 {
			lo += i + 1
		}
	}
	cols = columns(text[lo:end])
	hi := end
	for hi < len(text) && cols < width {
		r, n := utf8.DecodeRuneInString(text[hi:])
		hi += n
		cols += runeWidth(r)
	}
	if hi < len(text) {
		if i := strings.LastIndexAny(text[end:hi], " \n\t"); i > 0 {
			hi = end + i
		}
	}
	pre := strings.TrimLeft(collapse(text[lo:start]), " ")
	mid := collapse(text[start:end])
	post := strings.TrimRight(collapse(text[end:hi]), " ")
	if lo > 0 {
		pre = "…" + pre
	}
	if hi < len(text) {
		post += "…"
	}
	return pre + mid + post, [2]int{len(pre), len(pre) + len(mid)}
}

// collapse turns every run of white space in s into one space.
func collapse(s string) string {
	if !strings.ContainsAny(s, " \t\n\r\f\v\u00a0\u2028") {
		return s
	}
	var b strings.Builder
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			if !space {
				b.WriteByte(' ')
			}
			space = true
			continue
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// columns counts the terminal columns of s.
func columns(s string) int {
	n := 0
	for _, r := range s {
		n += runeWidth(r)
	}
	return n
}

// runeWidth is 2 for the wide characters of East Asian scripts, else 1.
func runeWidth(r rune) int {
	switch {
	case r < 0x1100:
		return 1
	case r >= 0x1100 && r <= 0x115F, r >= 0x2E80 && r <= 0xA4CF, r >= 0xAC00 && r <= 0xD7A3,
		r >= 0xF900 && r <= 0xFAFF, r >= 0xFE30 && r <= 0xFE4F, r >= 0xFF00 && r <= 0xFF60,
		r >= 0xFFE0 && r <= 0xFFE6, r >= 0x20000 && r <= 0x3FFFD:
		return 2
	}
	return 1
}

// Match returns the span of the first place in text where terms (from
// Search) appear, case and accents folded, and whether there is one: all
// of them in a row if they appear so, else the first place one of them
// does, a whole word preferred.
func Match(text string, terms [][]string) (start, end int, ok bool) {
	ft := foldForMatch(text)
	var all []string
	for _, words := range terms {
		all = append(all, words...)
	}
	if len(terms) > 1 {
		if s, e, ok := ft.find(all); ok {
			return s, e, true
		}
	}
	best := -1
	for _, words := range terms {
		if s, e, ok := ft.find(words); ok && (best < 0 || s < best) {
			best, start, end = s, s, e
		}
	}
	return start, end, best >= 0
}

// find returns the span in the original text of the first place words
// appear in a row in f, a whole word preferred.
func (f folded) find(words []string) (start, end int, ok bool) {
	needle := strings.TrimSpace(foldForMatch(strings.Join(words, " ")).text)
	if needle == "" {
		return 0, 0, false
	}
	i := wholeWord(f.text, needle)
	if i < 0 {
		i = strings.Index(f.text, needle)
	}
	if i < 0 {
		return 0, 0, false
	}
	return f.at[i], f.at[i+len(needle)], true
}

// wholeWord returns the index of the first occurrence of needle in s that
// is not inside a longer word, or -1.
func wholeWord(s, needle string) int {
	for from := 0; from < len(s); {
		i := strings.Index(s[from:], needle)
		if i < 0 {
			return -1
		}
		i += from
		r0, _ := utf8.DecodeLastRuneInString(s[:i])
		r1, _ := utf8.DecodeRuneInString(s[i+len(needle):])
		if !isWordRune(r0) && !isWordRune(r1) {
			return i
		}
		from = i + 1
	}
	return -1
}

func isWordRune(r rune) bool {
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r)) && !isHan(r)
}

// folded is text folded for matching, with, for each byte of the folded
// text, the offset in the original text of the rune it comes from
// (at[len(text)] is the original's length).
type folded struct {
	text string
	at   []int
}

// foldForMatch folds s as the full-text index does (case, accents, the
// marks appendIndexText drops), every run of characters that are neither
// letters nor digits becoming one space.
func foldForMatch(s string) folded {
	b := make([]byte, 0, len(s))
	at := make([]int, 0, len(s)+1)
	space := false
	for i, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r) {
			if !space {
				b = append(b, ' ')
				at = append(at, i)
				space = true
			}
			continue
		}
		space = false
		n := len(b)
		b = appendMatchFold(b, r)
		for range len(b) - n {
			at = append(at, i)
		}
	}
	at = append(at, len(s))
	return folded{text: string(b), at: at}
}

// appendMatchFold appends r folded: lower case, without diacritics.
func appendMatchFold(dst []byte, r rune) []byte {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return append(dst, byte(r))
	}
	if r = foldRune(r); r < 0 || unicode.Is(unicode.Mn, r) {
		return dst
	}
	if isHan(r) {
		return utf8.AppendRune(dst, r)
	}
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], r)
	for _, d := range norm.NFD.String(string(buf[:n])) {
		if unicode.Is(unicode.Mn, d) {
			continue
		}
		dst = utf8.AppendRune(dst, unicode.ToLower(d))
	}
	return dst
}
