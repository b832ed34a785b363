package cite

import (
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// scFirst lists, from 1946, the number of the first resolution the Security
// Council adopted each year. From 2000 it is read from the Council's own
// texts; before, it is approximate (scSlack absorbs the error).
var scFirst = [...]int{
	1946: 1, 1947: 16, 1948: 38, 1949: 66, 1950: 80, 1951: 90, 1952: 97, 1953: 99, 1954: 106,
	1955: 109, 1956: 111, 1957: 122, 1958: 127, 1959: 132, 1960: 134, 1961: 157, 1962: 172,
	1963: 178, 1964: 186, 1965: 200, 1966: 218, 1967: 232, 1968: 245, 1969: 263, 1970: 277,
	1971: 292, 1972: 308, 1973: 326, 1974: 345, 1975: 367, 1976: 385, 1977: 402, 1978: 423,
	1979: 445, 1980: 461, 1981: 484, 1982: 501, 1983: 529, 1984: 545, 1985: 559, 1986: 581,
	1987: 594, 1988: 606, 1989: 627, 1990: 646, 1991: 683, 1992: 726, 1993: 795, 1994: 896,
	1995: 969, 1996: 1035, 1997: 1092, 1998: 1147, 1999: 1223,
	2000: 1285, 2001: 1335, 2002: 1387, 2003: 1455, 2004: 1522, 2005: 1581, 2006: 1652,
	2007: 1739, 2008: 1795, 2009: 1860, 2010: 1908, 2011: 1967, 2012: 2033, 2013: 2086,
	2014: 2133, 2015: 2196, 2016: 2260, 2017: 2337, 2018: 2398, 2019: 2452, 2020: 2505,
	2021: 2561, 2022: 2618, 2023: 2672, 2024: 2722, 2025: 2768, 2026: 2812,
}

// scSlack is how far, in resolutions, a number may fall outside the range
// scPlausible allows: the table before 2000 is approximate.
func scSlack(year int) int {
	if year < 2000 {
		return 12
	}
	return 2
}

// scPlausible reports whether the Security Council can have adopted
// resolution n in year: n falls in the range scFirst gives that year, or
// the year before or after (a year misprinted by one, as "2140 (2015)"
// for 2140 (2014), still names the resolution).
func scPlausible(n, year int) bool {
	if year < 1946 || year > thisYear()+1 || n < 1 {
		return false
	}
	first := func(y int) int {
		switch {
		case y < 1946:
			return 1
		case y >= len(scFirst):
			return 1 << 30
		}
		return scFirst[y]
	}
	return n >= first(year-1)-scSlack(year) && n < first(year+2)+scSlack(year)
}

// scYear returns the year the Security Council adopted resolution n, for
// the numbers scFirst gives exactly (from 2000), or 0.
func scYear(n int) int {
	if n < scFirst[2000] {
		return 0
	}
	for y := len(scFirst) - 1; y >= 2000; y-- {
		if n >= scFirst[y] {
			if y == len(scFirst)-1 && y < thisYear() {
				// Beyond the table: the year is not known.
				return 0
			}
			return y
		}
	}
	return 0
}

// withBareNumbers adds to toks the Security Council numbers written
// without their year, "resolutions 1325 and 2250", where the list of the
// cue ending at cueEnd has them: right after the cue, or joined to another
// number of the list. Only numbers whose year scYear knows are read; the
// Assembly never cites its own resolutions so.
func (l *langSpec) withBareNumbers(s string, cueEnd, end int, toks []token) []token {
	var bare []token
	try := func(at int) {
		at = skipSpaces(s, at)
		if at+4 > end || !isDigit(s[at]) {
			return
		}
		k := at
		for k < end && isDigit(s[k]) {
			k++
		}
		if k-at != 4 || at > 0 && isWordByte(s[at-1]) && s[at-1] != ' ' {
			return
		}
		if r, _ := utf8.DecodeRuneInString(s[k:]); k < len(s) && (unicode.IsLetter(r) || r == '/' || r == '.' && k+1 < len(s) && isDigit(s[k+1])) {
			return
		}
		if j := skipSpaces(s, k); j < len(s) && (s[j] == '(' || s[j] == '/' || strings.HasPrefix(s[j:], "год") || strings.HasPrefix(s[j:], "г.")) {
			// "резолюции 1995 года": the resolution of 1995, a year.
			return
		}
		n, _ := strconv.Atoi(s[at:k])
		y := scYear(n)
		if y == 0 {
			return
		}
		for _, t := range toks {
			if t.start <= at && at < t.end {
				return
			}
		}
		bare = append(bare, token{start: at, end: k, p: parsed{first: s[at:k], paren: strconv.Itoa(y)}})
	}
	try(cueEnd)
	for i := 0; i < len(toks)+len(bare); i++ {
		var from int
		if i < len(toks) {
			from = toks[i].end
		} else {
			from = bare[i-len(toks)].end
		}
		if j := afterJoin(s, from, end, l.lang); j > 0 {
			try(j)
		}
	}
	if len(bare) == 0 {
		return toks
	}
	out := append(append([]token(nil), toks...), bare...)
	sort.Slice(out, func(i, j int) bool { return out[i].start < out[j].start })
	return out
}

// afterJoin returns where the next item of a list starts when s[from:]
// opens with a list join (a comma, "and", "et", "y", "и", "و"), or 0.
func afterJoin(s string, from, end int, lang string) int {
	j := skipSpaces(s, from)
	if j < end && (s[j] == ',' || strings.HasPrefix(s[j:], "،")) {
		if s[j] == ',' {
			j++
		} else {
			j += len("،")
		}
		return skipSpaces(s, j)
	}
	for _, w := range []string{"and", "et", "y", "и", "و"} {
		if strings.HasPrefix(s[j:], w) {
			k := j + len(w)
			if k < len(s) && (s[k] == ' ' || isDigit(s[k]) && w == "و") {
				return skipSpaces(s, k)
			}
		}
	}
	return 0
}
