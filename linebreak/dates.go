package linebreak

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// span is a byte range of a text, [start, end).
type span struct{ start, end int }

// within reports whether p is strictly inside one of the spans.
func within(spans []span, p int) bool {
	for _, s := range spans {
		if s.start < p && p < s.end {
			return true
		}
	}
	return false
}

// dateSpans appends to dst the dates of s written with spaces, in the six
// languages: "2 December 2004", "December 2004", "1er janvier 2020",
// "2 de diciembre de 2004", "2 декабря 2004 года",
// "12 كانون الأول/ديسمبر 2022". Chinese dates have no spaces. words and
// num are scratch space, returned for reuse.
func dateSpans(dst []span, s string, words []span, num []bool) ([]span, []span, []bool) {
	words, num = words[:0], num[:0]
	for i := 0; i < len(s); {
		for i < len(s) && s[i] == ' ' {
			i++
		}
		j := strings.IndexByte(s[i:], ' ')
		if j < 0 {
			j = len(s)
		} else {
			j += i
		}
		if j > i {
			k := i
			for k < j && (s[k] == '(' || s[k] == '[') {
				k++
			}
			words = append(words, span{i, j})
			num = append(num, k < j && s[k] >= '0' && s[k] <= '9')
		}
		i = j
	}
	text := func(k int) string {
		if k < 0 || k >= len(words) {
			return ""
		}
		return trimDate(s[words[k].start:words[k].end])
	}
	numeric := func(k int) bool { return k >= 0 && k < len(num) && num[k] }
	for k := 0; k < len(words); k++ {
		if !numeric(k-1) && !numeric(k+1) && !numeric(k-2) && !numeric(k+2) {
			continue // no day or year beside: not a date
		}
		first, last := k, k
		if !isMonth(text(k)) {
			// The Arabic names of two words: "كانون الأول/ديسمبر".
			if w := text(k); (w == "كانون" || w == "تشرين") && isMonth(text(k+1)) {
				last = k + 1
			} else {
				continue
			}
		}
		switch {
		case isDay(text(first - 1)):
			first--
		case text(first-1) == "de" && isDay(text(first-2)):
			first -= 2
		}
		switch {
		case isYear(text(last + 1)):
			last++
		case text(last+1) == "de" && isYear(text(last+2)):
			last += 2
		}
		if last > k && isYear(text(last)) {
			if w := text(last + 1); w == "года" || w == "г" || w == "году" {
				last++
			}
		}
		if first < last {
			dst = append(dst, span{words[first].start, words[last].end})
		}
		k = last
	}
	return dst, words, num
}

// trimDate returns w without what is not part of a date at either end
// (notInDate).
func trimDate(w string) string {
	for w != "" {
		r, n := rune(w[0]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(w)
		}
		if !notInDate(r) {
			break
		}
		w = w[n:]
	}
	for w != "" {
		r, n := rune(w[len(w)-1]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeLastRuneInString(w)
		}
		if !notInDate(r) {
			break
		}
		w = w[:len(w)-n]
	}
	return w
}

// notInDate reports whether r, at either end of a word, is not part of a
// date: punctuation, brackets, footnote markers ("2005¹,", "2021(²)،").
func notInDate(r rune) bool {
	if r < utf8.RuneSelf {
		return strings.IndexByte("(),;:.[]\"'*", byte(r)) >= 0
	}
	return strings.ContainsRune("،؛«»“”’", r) || unicode.Is(unicode.No, r)
}

// isDay reports whether w is a day of the month, or ends a range of days:
// "2", "02", "1er", "13–18", "22-23", "2009–31".
func isDay(w string) bool {
	if i := strings.LastIndexAny(w, "-‐‑–"); i >= 0 {
		_, n := utf8.DecodeRuneInString(w[i:])
		w = w[i+n:]
	}
	w = strings.TrimSuffix(w, "er")
	return len(w) >= 1 && len(w) <= 2 && digits(w)
}

// isYear reports whether w starts with a year of three or four digits,
// alone or before punctuation: "2004", "2009–31" (a range),
// "2019,75/276".
func isYear(w string) bool {
	n := 0
	for n < len(w) && w[n] >= '0' && w[n] <= '9' {
		n++
	}
	if n < 3 || n > 4 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w[n:])
	return n == len(w) || !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

func digits(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// isMonth reports whether w is the name of a month in one of the six
// languages, in lower case or capitalised (Arabic: the name after the
// slash, "الأول/ديسمبر", or alone).
func isMonth(w string) bool {
	if len(w) < 3 || len(w) > 40 {
		return false
	}
	if i := strings.LastIndexByte(w, '/'); i >= 0 {
		w = w[i+1:]
	}
	_, ok := months[w]
	return ok
}

// months holds the month names of the six languages, in lower case and
// capitalised: English, French, Spanish, Russian (genitive, as in dates, and
// nominative) and Arabic (the names the UN writes after the slash).
var months = func() map[string]struct{} {
	m := map[string]struct{}{}
	for _, names := range []string{
		"january february march april may june july august september october november december",
		"janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
		"enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre",
		"января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
		"январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь",
		"يناير فبراير مارس أبريل ابريل مايو يونيه يونيو يوليه يوليو أغسطس اغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
	} {
		for _, n := range strings.Fields(names) {
			m[n] = struct{}{}
			r, size := utf8.DecodeRuneInString(n)
			m[string(unicode.ToUpper(r))+n[size:]] = struct{}{}
		}
	}
	return m
}()
