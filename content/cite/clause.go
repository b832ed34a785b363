package cite

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// validCues returns the cue matches that start a word and do not name a
// special rapporteur (Arabic المقرر الخاص).
func validCues(masked string, l *langSpec) [][]int {
	var out [][]int
	for _, c := range l.findCues(masked) {
		if r, _ := utf8.DecodeLastRuneInString(masked[:c[0]]); c[0] > 0 && unicode.IsLetter(r) {
			continue
		}
		if l.lang == "ar" && strings.Contains(masked[c[0]:c[1]], "مقرر") {
			rest := strings.TrimLeft(masked[c[1]:], " \u00a0")
			if strings.HasPrefix(rest, "الخاص") || strings.HasPrefix(rest, "خاص") {
				continue
			}
		}
		out = append(out, c)
	}
	return out
}

// isDecisionCue reports whether a cue word means "decision".
func isDecisionCue(w string) bool {
	lw := strings.ToLower(w)
	for _, d := range []string{"decision", "décision", "decisi", "решени", "مقرر", "决定"} {
		if strings.Contains(lw, d) {
			return true
		}
	}
	return false
}

// abbrRE matches an abbreviation that ends just before a full stop, which
// then does not end the clause.
var abbrRE = onceRegexp(`(?i)(?:^|[\s\x{00a0}(])(?:paras?|sects?|secc|chap|cap|op|pp?|no|vol|annex|par|párrs?|п|пп|разд|гл|см|art|arts|add|rev|corr|res|doc|suppl?)$`)

// clauseEnd returns where the citation group that starts at from ends: a
// semicolon or colon (unless a number follows the semicolon), a full stop
// that ends a sentence, a blank line, or limit.
func clauseEnd(s string, from, limit int) int {
	end := min(limit, len(s))
	for i := from; i < end; i++ {
		switch s[i] {
		case ';', ':':
			if i+1 < len(s) && !isSpaceByte(s[i+1]) && s[i+1] < 0x80 {
				continue
			}
			if s[i] == ';' {
				j := skipSpaces(s, i+1)
				// "…; and 1325 (2000), 1820 (2008)": the list goes on.
				for _, w := range []string{"and ", "et ", "y ", "и ", "و"} {
					if strings.HasPrefix(s[j:], w) {
						j = skipSpaces(s, j+len(w))
						break
					}
				}
				if j < len(s) && isDigit(s[j]) {
					continue
				}
			}
			return i
		case '.':
			j := skipSpaces(s, i+1)
			if j == len(s) || j > i+1 && startsSentence(s[j:]) {
				if !abbrRE().MatchString(s[max(from, i-12):i]) {
					return i
				}
			}
		case '\n':
			j := i + 1
			for j < len(s) && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r') {
				j++
			}
			if j < len(s) && s[j] == '\n' {
				return i
			}
		case 0xD8: // Arabic semicolon U+061B
			if i+1 < len(s) && s[i+1] == 0x9B {
				// "؛ و 55/222": a footnote's list goes on.
				j := skipSpaces(s, i+2)
				if strings.HasPrefix(s[j:], "و") {
					j = skipSpaces(s, j+len("و"))
				}
				if j < len(s) && isDigit(s[j]) {
					continue
				}
				return i
			}
		case 0xE3: // 。 U+3002
			if strings.HasPrefix(s[i:], "。") {
				return i
			}
		}
	}
	return end
}

func isSpaceByte(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }

// skipSpaces returns the index of the first byte at or after i that is not
// a space, tab, newline, NBSP or narrow NBSP.
func skipSpaces(s string, i int) int {
	for i < len(s) {
		switch {
		case isSpaceByte(s[i]):
			i++
		case strings.HasPrefix(s[i:], "\u00a0"):
			i += 2
		case strings.HasPrefix(s[i:], "\u202f"):
			i += 3
		default:
			return i
		}
	}
	return i
}

// startsSentence reports whether s starts with an upper-case letter or an
// Arabic letter.
func startsSentence(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || r >= 0x0600 && r <= 0x06FF
}

// findCues returns the cue matches in s, in order. The cue pattern runs only
// on a small window around each occurrence of an anchor.
func (l *langSpec) findCues(s string) [][]int {
	var out [][]int
	freq := byteCounts(s[:min(len(s), sampleLen)])
	for _, a := range l.anchors {
		r := rarestByte(a, freq)
		for i := 0; i < len(s); {
			p := indexVia(s, i, a, r)
			if p < 0 {
				break
			}
			i = p + len(a)
			lo, hi := max(0, p-12), min(len(s), p+len(a)+48)
			for lo > 0 && !utf8.RuneStart(s[lo]) {
				lo--
			}
			for hi < len(s) && !utf8.RuneStart(s[hi]) {
				hi++
			}
			for _, m := range l.cue.FindAllStringIndex(s[lo:hi], -1) {
				if lo+m[0] <= p && lo+m[1] > p {
					out = append(out, []int{lo + m[0], lo + m[1]})
				}
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	uniq := out[:0]
	for _, c := range out {
		if n := len(uniq); n > 0 && c[0] < uniq[n-1][1] {
			continue
		}
		uniq = append(uniq, c)
	}
	return uniq
}

// sampleLen is how much of a text byteCounts looks at to choose which byte
// of an anchor to search for.
const sampleLen = 4096

// byteCounts counts each byte value in s.
func byteCounts(s string) *[256]int {
	var n [256]int
	for i := 0; i < len(s); i++ {
		n[s[i]]++
	}
	return &n
}

// rarestByte returns the index in a of its byte that freq counts least
// often, the first on a tie.
func rarestByte(a string, freq *[256]int) int {
	best := 0
	for k := 1; k < len(a); k++ {
		if freq[a[k]] < freq[a[best]] {
			best = k
		}
	}
	return best
}

// indexVia is strings.Index(s[i:], a) + i, or -1: the first a in s at or
// after i. It searches for a's byte at index k, chosen rare in s, rather
// than for its first byte, which in "esolution" is the commonest letter.
func indexVia(s string, i int, a string, k int) int {
	if a == "" {
		return min(i, len(s))
	}
	c := a[k]
	for j := i + k; j < len(s); {
		q := strings.IndexByte(s[j:], c)
		if q < 0 {
			return -1
		}
		if p := j + q - k; p+len(a) <= len(s) && s[p:p+len(a)] == a {
			return p
		}
		j += q + 1
	}
	return -1
}
