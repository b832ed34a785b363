package store

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The full-text index reads what indexText writes, through SQLite's
// unicode61 tokenizer with remove_diacritics 2, which folds case in every
// script and the accents of Latin letters. indexText does the rest, the
// same way for a paragraph and for a query:
//
//   - Arabic: the short vowels, shadda and tatweel go, and the hamza
//     carriers become their bare letters (أ إ آ → ا, ؤ → و, ئ → ي), as the
//     reader's own search folds them; otherwise the tokenizer, which takes
//     those marks for separators, would cut words in two;
//   - Russian: ё is е;
//   - Chinese (any run of Han characters): written as overlapping pairs,
//     "可持续和平" → "可持 持续 续和 和平 平", so that a search for any
//     substring of two characters or more is a phrase of pairs, and one of a
//     single character a prefix. SQLite's trigram tokenizer finds nothing
//     shorter than three characters, and "和平" (peace) has two.

// appendIndexText appends the text the full-text index reads for s to dst.
func appendIndexText(dst []byte, s string) []byte {
	han := 0 // length of the current run of Han characters
	var prev rune
	for _, r := range s {
		if isHan(r) {
			if han > 0 {
				dst = utf8.AppendRune(dst, prev)
				dst = utf8.AppendRune(dst, r)
				dst = append(dst, ' ')
			} else {
				dst = append(dst, ' ')
			}
			han++
			prev = r
			continue
		}
		if han > 0 {
			dst = utf8.AppendRune(dst, prev) // the last character alone
			dst = append(dst, ' ')
			han = 0
		}
		if r < utf8.RuneSelf {
			dst = append(dst, byte(r))
			continue
		}
		if f := foldRune(r); f >= 0 {
			dst = utf8.AppendRune(dst, f)
		}
	}
	if han > 0 {
		dst = utf8.AppendRune(dst, prev)
	}
	return dst
}

// isHan reports whether r is a Han character.
func isHan(r rune) bool {
	return r >= 0x2E80 && unicode.Is(unicode.Han, r)
}

// foldRune returns what the index keeps of a non-ASCII rune r, or -1 when
// it drops it.
func foldRune(r rune) rune {
	switch {
	case r >= 0x064B && r <= 0x065F, r == 0x0670, r == 0x0640: // Arabic marks, tatweel
		return -1
	case r == 'أ' || r == 'إ' || r == 'آ':
		return 'ا'
	case r == 'ؤ':
		return 'و'
	case r == 'ئ':
		return 'ي'
	case r == 'ё':
		return 'е'
	case r == 'Ё':
		return 'Е'
	}
	return r
}

// term is one element of a parsed query: a word or a quoted phrase.
type term struct {
	words  []string // the words as the user wrote them, folded for matching
	prefix bool     // the last word is a prefix ("resolu*")
	or     bool     // joined to the previous term by OR
}

// parseQuery reads a user's query: words, "quoted phrases" (straight or
// typographic quotes), OR between two terms, and a final * for a prefix.
// Every term must match, unless joined by OR.
func parseQuery(q string) []term {
	var out []term
	or := false
	add := func(words []string, prefix bool) {
		if len(words) == 0 {
			return
		}
		out = append(out, term{words: words, prefix: prefix, or: or && len(out) > 0})
		or = false
	}
	rs := []rune(q)
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case unicode.IsSpace(r):
			i++
		case isOpenQuote(r):
			j := i + 1
			for j < len(rs) && !isCloseQuote(rs[j]) {
				j++
			}
			phrase := string(rs[i+1 : j])
			prefix := strings.HasSuffix(strings.TrimSpace(phrase), "*")
			add(strings.Fields(strings.TrimSuffix(strings.TrimSpace(phrase), "*")), prefix)
			i = j + 1
		default:
			j := i
			for j < len(rs) && !unicode.IsSpace(rs[j]) && !isOpenQuote(rs[j]) {
				j++
			}
			w := string(rs[i:j])
			i = j
			if w == "OR" {
				or = true
				continue
			}
			prefix := strings.HasSuffix(w, "*")
			add([]string{strings.TrimRight(w, "*")}, prefix)
		}
	}
	return out
}

func isOpenQuote(r rune) bool {
	return r == '"' || r == '“' || r == '„' || r == '«' || r == '「' || r == '『'
}

func isCloseQuote(r rune) bool {
	return r == '"' || r == '”' || r == '“' || r == '»' || r == '」' || r == '』'
}

// matchExpr writes terms as an FTS5 query expression: every term a quoted
// string (so that nothing the user types is FTS5 syntax), the words of a
// phrase in one string. It returns "" when nothing is left to search for.
func matchExpr(terms []term) string {
	var b strings.Builder
	for _, t := range terms {
		text := string(appendIndexText(nil, strings.Join(t.words, " ")))
		text = strings.Join(strings.Fields(strings.ReplaceAll(text, `"`, " ")), " ")
		prefix := t.prefix
		// A run of Han characters ends with its last character alone,
		// which a substring need not: drop it, or keep it as a prefix when
		// the run is that one character.
		if fs := strings.Fields(text); len(fs) > 0 {
			last := fs[len(fs)-1]
			if r, _ := utf8.DecodeRuneInString(last); isHan(r) && utf8.RuneCountInString(last) == 1 {
				if len(fs) > 1 && lastRuneHan(fs[len(fs)-2]) && utf8.RuneCountInString(fs[len(fs)-2]) == 2 {
					fs = fs[:len(fs)-1]
				} else {
					prefix = true
				}
				text = strings.Join(fs, " ")
			}
		}
		if !hasWordChar(text) {
			continue
		}
		if b.Len() > 0 {
			if t.or {
				b.WriteString(" OR ")
			} else {
				b.WriteString(" AND ")
			}
		}
		b.WriteString(`"` + text + `"`)
		if prefix {
			b.WriteString(" *")
		}
	}
	return b.String()
}

// lastRuneHan reports whether s ends with a Han character.
func lastRuneHan(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return isHan(r)
}

// hasWordChar reports whether s holds a letter or digit, something the
// tokenizer keeps.
func hasWordChar(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}
