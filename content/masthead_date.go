package content

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

// monthNames maps month names in the six languages (Arabic: the part after
// the slash of "كانون الأول/ديسمبر") to their numbers.
func monthNames() map[string]int {
	m := map[string]int{}
	add := func(names ...string) {
		for i, n := range names {
			if n != "" {
				m[n] = i + 1
			}
		}
	}
	add("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december")
	add("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre")
	add("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre")
	add("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря")
	add("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيه", "يوليه", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر")
	add("", "", "", "ابريل", "", "يونيو", "يوليو", "اغسطس")
	m["setiembre"] = 9
	return m
}

// zhDate matches a Chinese date such as 2023年12月22日.
const zhDatePattern = `(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日`

// isoDate finds the first full date in s, in any of the six languages, and
// returns it as YYYY-MM-DD, or "" when s holds no full date.
func isoDate(s string) string {
	if m := zhDateRe().FindStringSubmatch(s); m != nil {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		d, _ := strconv.Atoi(m[3])
		return formatDate(y, mo, d)
	}
	months := monthNames()
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	day := 0
	for i, w := range words {
		if n, err := strconv.Atoi(strings.TrimSuffix(w, "er")); err == nil && n >= 1 && n <= 31 {
			day = n
			continue
		}
		mo, ok := months[w]
		if !ok || day == 0 {
			continue
		}
		for _, y := range words[i+1:] {
			if n, err := strconv.Atoi(y); err == nil && n >= 1900 && n <= 2199 {
				return formatDate(n, mo, day)
			}
		}
	}
	return ""
}

func formatDate(y, m, d int) string {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, m, d)
}

// looksLikeDate reports whether a short line is nothing but a date.
func looksLikeDate(s string) bool {
	return len([]rune(s)) <= 60 && isoDate(s) != ""
}
