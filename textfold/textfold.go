// Package textfold folds text for search, so that what a reader types finds
// what a document prints in any of the six official languages of the United
// Nations. Folding is per character, so that a match in folded text maps
// back to the original (Map):
//
//   - letters are lower case, and lose their accents and other combining
//     marks: "Résolution" and "resolution", "ещё" and "еще" match;
//   - compatibility forms are their plain letters (Unicode NFKD): the
//     full-width "Ａ／ＲＥＳ／７５／１" is "a/res/75/1", "ﬁ" is "fi", "№" "no";
//     "œ" is "oe", "æ" "ae", "ß" "ss";
//   - typographic apostrophes and quotation marks are the ASCII ones ("’"
//     and "ʼ" are "'", "“" and "”" are '"'), dashes and the minus sign are
//     "-", every space is " " and invisible characters (zero-width space,
//     soft hyphen, joiners, direction marks) go;
//   - in Arabic, as search engines normalise it (Lucene's
//     ArabicNormalizer): the tatweel goes, alif with hamza or madda and alif
//     wasla are alif, alif maqsura is ya, ta marbuta is ha, and Arabic-Indic
//     digits are digits;
//   - Chinese and Japanese characters stay as they are, and so do the
//     superscript digits of footnote markers.
package textfold

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// String returns s folded.
func String(s string) string {
	if isFolded(s) {
		return s
	}
	b := make([]byte, 0, len(s))
	for _, r := range s {
		b = AppendRune(b, r)
	}
	return string(b)
}

// isFolded reports whether s is ASCII without capitals, which folds to
// itself.
func isFolded(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return false
		}
	}
	return true
}

// AppendRune appends the folded form of r to dst and returns it. A
// character may fold to nothing (a combining mark, the tatweel), or to
// more than one character ("œ" to "oe").
func AppendRune(dst []byte, r rune) []byte {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return append(dst, byte(r))
	}
	if f, ok := special(r); ok {
		return append(dst, f...)
	}
	// CJK ideographs, kana and most syllabaries have no decomposition; the
	// superscript digits are footnote markers.
	if r >= 0x3000 && r < 0xf900 || r == '¹' || r == '²' || r == '³' || r >= 0x2070 && r <= 0x209f {
		return utf8.AppendRune(dst, r)
	}
	var in [utf8.UTFMax]byte
	var scratch [4 * utf8.UTFMax]byte
	n := utf8.EncodeRune(in[:], r)
	d := norm.NFKD.Append(scratch[:0], in[:n]...)
	for len(d) > 0 {
		c, size := utf8.DecodeRune(d)
		d = d[size:]
		if unicode.Is(unicode.Mn, c) {
			continue
		}
		if f, ok := special(c); ok {
			dst = append(dst, f...)
			continue
		}
		dst = utf8.AppendRune(dst, unicode.ToLower(c))
	}
	return dst
}

// special returns the folded form of the characters whose folding is not
// their lower-case decomposition without marks.
func special(r rune) (string, bool) {
	switch r {
	case '‘', '’', '‚', '‛', '′', 'ʼ', '＇':
		return "'", true
	case '“', '”', '„', '‟', '″', '＂':
		return `"`, true
	case '‐', '‑', '‒', '–', '—', '―', '−', '﹘', '﹣', '－':
		return "-", true
	case '\u00ad', '\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u2060', '\ufeff':
		return "", true // soft hyphen, zero-width characters, direction marks
	case 'œ', 'Œ':
		return "oe", true
	case 'æ', 'Æ':
		return "ae", true
	case 'ß', 'ẞ':
		return "ss", true
	case 'ـ': // tatweel
		return "", true
	case 'أ', 'إ', 'آ', 'ٱ':
		return "ا", true
	case 'ى':
		return "ي", true
	case 'ة':
		return "ه", true
	}
	switch {
	case r >= '٠' && r <= '٩':
		return string(rune('0' + r - '٠')), true
	case r >= '۰' && r <= '۹':
		return string(rune('0' + r - '۰')), true
	case unicode.IsSpace(r):
		return " ", true
	}
	return "", false
}

// Folded is a text folded, with where each of its bytes comes from.
type Folded struct {
	// Text is the folded text.
	Text string
	// Offsets holds, for each byte of Text, the offset in the original
	// text of the character it was folded from, and one more entry: the
	// original's length.
	Offsets []int
}

// Map folds s and keeps, for each byte of the folded text, where in s the
// character it comes from starts.
func Map(s string) Folded {
	b := make([]byte, 0, len(s))
	offsets := make([]int, 0, len(s)+1)
	for i, r := range s {
		n := len(b)
		b = AppendRune(b, r)
		for range len(b) - n {
			offsets = append(offsets, i)
		}
	}
	offsets = append(offsets, len(s))
	return Folded{Text: string(b), Offsets: offsets}
}

// Span returns the range of the original text that the range
// Text[start:end] was folded from: from the start of the first character
// to the end of the last, whole characters even when the range ends inside
// the folding of one ("o" in the "oe" of "œ").
func (f Folded) Span(start, end int) (int, int) {
	if start < 0 || end > len(f.Text) || start > end {
		return 0, 0
	}
	if start == end {
		return f.Offsets[start], f.Offsets[start]
	}
	i := end
	for i < len(f.Text) && f.Offsets[i] == f.Offsets[end-1] {
		i++
	}
	return f.Offsets[start], f.Offsets[i]
}
