package cite

import (
	"fmt"
	"strconv"
	"strings"
)

// dateAfter reads a date clause at the start of s ("of 2 December 2004",
// ", de 2 de diciembre de 2004") and returns it as an ISO date with the
// clause's length, or "" and 0.
func (l *langSpec) dateAfter(s string) (string, int) {
	if l.lang == "zh" {
		return "", 0
	}
	if len(s) > 160 {
		s = s[:160]
	}
	m := l.date.FindStringSubmatchIndex(s)
	if m == nil {
		return "", 0
	}
	day := strings.TrimSuffix(s[m[2]:m[3]], "er")
	iso := isoDate(s[m[6]:m[7]], l.monthNumber(normSpaces(s[m[4]:m[5]])), day)
	if iso == "" {
		return "", 0
	}
	return iso, m[1]
}

// isoDate builds YYYY-MM-DD from its parts, or "" when they are not a
// plausible date.
func isoDate(year string, month int, day string) string {
	y, err1 := strconv.Atoi(year)
	d, err2 := strconv.Atoi(day)
	if err1 != nil || err2 != nil || month < 1 || month > 12 || d < 1 || d > 31 || y < 1900 || y > 2199 {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, month, d)
}

// zhDateBefore finds the last Chinese date (2004年12月2日) in s, the text
// between the previous citation and a number, and returns it in ISO form.
func zhDateBefore(s string) string {
	all := specs().zh.date.FindAllStringSubmatch(s, -1)
	if len(all) == 0 {
		return ""
	}
	m := all[len(all)-1]
	mo, _ := strconv.Atoi(m[2])
	return isoDate(m[1], mo, m[3])
}
