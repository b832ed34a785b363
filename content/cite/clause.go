package cite

import (
	"regexp"
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
var abbrRE = regexp.MustCompile(`(?i)(?:^|[\s\x{00a0}(])(?:paras?|sects?|secc|chap|cap|op|pp?|no|vol|annex|par|párrs?|п|пп|разд|гл|см|art|arts|add|rev|corr|res|doc|suppl?)$`)

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
				if j < len(s) && isDigit(s[j]) {
					continue
				}
			}
			return i
		case '.':
			j := skipSpaces(s, i+1)
			if j == len(s) || j > i+1 && startsSentence(s[j:]) {
				if !abbrRE.MatchString(s[max(from, i-12):i]) {
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
	for _, a := range l.anchors {
		for i := 0; i < len(s); {
			k := strings.Index(s[i:], a)
			if k < 0 {
				break
			}
			p := i + k
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
