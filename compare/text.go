package compare

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// foldRune maps the typographic variants of a character to one plain form:
// curly and angle quotes to straight ones, every dash and hyphen to '-'.
func foldRune(r rune) rune {
	switch r {
	case '“', '”', '„', '‟', '«', '»', '″', '＂':
		return '"'
	case '‘', '’', '‚', '‛', '′', '＇', '‹', '›':
		return '\''
	case '‐', '‑', '‒', '–', '—', '―', '−', '﹣', '－':
		return '-'
	}
	return r
}

// isSuperscript reports whether r is a superscript digit, the form of a
// footnote marker in the text.
func isSuperscript(r rune) bool {
	return r == '¹' || r == '²' || r == '³' || r >= '⁰' && r <= '⁹'
}

// isInvisible reports whether r is a format character that changes nothing
// a reader sees: zero-width spaces and joiners, the byte-order mark, the
// soft hyphen.
func isInvisible(r rune) bool {
	return r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\u2060' || r == '\ufeff' || r == '\u00ad'
}

// key is the text as exact matching sees it, as a hash: typography
// folded, footnote markers and invisible characters dropped, white space
// collapsed to one space and trimmed. Two texts with the same key are taken
// for the same (64 bits: a collision among a document's paragraphs is
// unlikely enough).
func key(s string) uint64 {
	h := uint64(fnvOffset)
	started, space := false, false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			if c == ' ' || c >= '\t' && c <= '\r' {
				space = started
				continue
			}
			if space {
				h = hashRune(h, ' ')
				space = false
			}
			h, started = hashRune(h, rune(c)), true
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case unicode.IsSpace(r):
			space = started
			continue
		case isSuperscript(r) || isInvisible(r):
			continue
		}
		if space {
			h = hashRune(h, ' ')
			space = false
		}
		h, started = hashRune(h, foldRune(r)), true
	}
	return h
}

// minorKey is the text with every difference a minor change may make
// removed: typography folded, footnote markers, invisible characters and all
// white space dropped.
func minorKey(s string) string {
	var sb strings.Builder
	for _, r := range s {
		if unicode.IsSpace(r) || isSuperscript(r) || isInvisible(r) {
			continue
		}
		sb.WriteRune(foldRune(r))
	}
	return sb.String()
}

// isIdeograph reports whether r is written without spaces between words
// (Chinese, Japanese, Korean), so that each character is a token of its own.
func isIdeograph(r rune) bool {
	return r >= 0x2e80 && (unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) ||
		unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r))
}

func isWordRune(r rune) bool {
	return (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)) && !isIdeograph(r)
}

// tokens cuts s into the units of a word diff: words (letters, digits and
// combining marks, as Arabic writes its vowels), single ideographs, runs of
// white space, a line break alone, runs of superscript digits, and every
// other character alone. The tokens spell s again.
func tokens(s string) []string {
	out := make([]string, 0, len(s)/4+1)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		j := i + n
		switch {
		case r == '\n':
		case isWordRune(r):
			j = spanWhile(s, j, isWordRune)
		case unicode.IsSpace(r):
			j = spanWhile(s, j, func(r rune) bool { return r != '\n' && unicode.IsSpace(r) })
		case isSuperscript(r):
			j = spanWhile(s, j, isSuperscript)
		}
		out = append(out, s[i:j])
		i = j
	}
	return out
}

// spanWhile returns the end of the run of runes of s from i that ok accepts.
func spanWhile(s string, i int, ok func(rune) bool) int {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !ok(r) {
			break
		}
		i += n
	}
	return i
}

// features returns the sorted, distinct hashes of the word bigrams of s,
// case folded (character bigrams for ideographs, which are tokens of their
// own; punctuation and footnote markers do not count). A text of one word
// has that word as its feature.
func features(s string) []uint64 {
	var out []uint64
	var prev uint64
	have := false
	add := func(h uint64) {
		if have {
			out = append(out, prev*0x9e3779b97f4a7c15^h)
		}
		prev, have = h, true
	}
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case isIdeograph(r):
			add(hashRune(fnvOffset, r))
			i += n
		case isWordRune(r):
			h := uint64(fnvOffset)
			for i < len(s) {
				r, n = utf8.DecodeRuneInString(s[i:])
				if !isWordRune(r) {
					break
				}
				h = hashRune(h, unicode.ToLower(r))
				i += n
			}
			add(h)
		default:
			i += n
		}
	}
	if len(out) == 0 && have {
		out = append(out, prev)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hashRune(h uint64, r rune) uint64 {
	return (h ^ uint64(r)) * fnvPrime
}

// common is the number of hashes two sorted, distinct lists share.
func common(a, b []uint64) int {
	n := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
}

// dice is the Dice coefficient of two feature lists: 1 for the same, 0 for
// nothing shared. Two empty lists are alike.
func dice(a, b []uint64) float64 {
	if len(a)+len(b) == 0 {
		return 1
	}
	return 2 * float64(common(a, b)) / float64(len(a)+len(b))
}

// union merges two sorted, distinct lists.
func union(a, b []uint64) []uint64 {
	out := make([]uint64, 0, len(a)+len(b))
	out = append(append(out, a...), b...)
	slices.Sort(out)
	return slices.Compact(out)
}
