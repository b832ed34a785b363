package layout

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// superDigits are the superscript forms of 0–9.
const superDigits = "⁰¹²³⁴⁵⁶⁷⁸⁹"

// maxMarkerScan bounds the bytes searched for one marker, so that a page of
// many footnotes and huge lines stays linear.
const maxMarkerScan = 1 << 16

// superscript writes a footnote number with superscript digits: 12 → "¹²".
func superscript(n int) string {
	var b strings.Builder
	for _, c := range strconv.Itoa(n) {
		i := int(c - '0')
		b.WriteString(string([]rune(superDigits)[i]))
	}
	return b.String()
}

// isSuper reports whether r is a superscript digit.
func isSuper(r rune) bool {
	return strings.ContainsRune(superDigits, r)
}

// trimMarkers drops trailing superscript digits and spaces, so that the
// punctuation ending a line can be seen: "organizations,¹" → "organizations,".
func trimMarkers(s string) string {
	return strings.TrimRightFunc(s, func(r rune) bool { return isSuper(r) || unicode.IsSpace(r) })
}

// markerKind says how sure a marker candidate is.
type markerKind int

// The kinds of marker candidate, surest first.
const (
	noMarker   markerKind = iota
	gluedMark             // "organizations,1", "Strategy5"
	spacedMark            // "outcome, 3"
	yearMark              // "20103": the year 2010 and marker 3
	wordMark              // "Women 9", a marker spaced after a word
	startMark             // "22  which", a marker opening a line
)

// findMarker looks in line, from byte offset from, for footnote marker n of
// the given kind. It returns the span to replace (the digits, and for a
// spaced marker the space before them) and the byte offset where the
// marker's digits start, or start = -1.
func findMarker(line string, from, n int, kind markerKind) (start, end int) {
	want := strconv.Itoa(n)
	for i := from; i < len(line); {
		c := line[i]
		if c < '0' || c > '9' {
			i++
			continue
		}
		j := i
		for j < len(line) && line[j] >= '0' && line[j] <= '9' {
			j++
		}
		if s, e, ok := matchRun(line, i, j, want, kind); ok {
			return s, e
		}
		i = j
	}
	return -1, -1
}

// matchRun checks whether the digit run line[i:j] is marker want of the kind.
func matchRun(line string, i, j int, want string, kind markerKind) (int, int, bool) {
	run := line[i:j]
	if !strings.HasSuffix(run, want) || !afterOK(line, j) {
		return 0, 0, false
	}
	prev, _ := utf8.DecodeLastRuneInString(line[:i])
	switch kind {
	case gluedMark:
		if run != want || i == 0 {
			return 0, 0, false
		}
		if unicode.IsLower(prev) || strings.ContainsRune(",.;:)]”’\"'،؛，；。：、）」』》", prev) || uncased(prev) {
			return i, j, true
		}
		if prev == '(' && j < len(line) && line[j] == ')' {
			// The Arabic marker "(1)".
			return i, j, true
		}
		if unicode.IsUpper(prev) && hasLowerWord(line[:i]) {
			return i, j, true
		}
	case spacedMark:
		if run != want || i < 2 || prev != ' ' {
			return 0, 0, false
		}
		p, size := utf8.DecodeLastRuneInString(line[:i-1])
		if !strings.ContainsRune(",;:)”’\"", p) || i-1-size <= 0 {
			return 0, 0, false
		}
		pp, _ := utf8.DecodeLastRuneInString(line[:i-1-size])
		if unicode.IsLetter(pp) || pp == ')' || pp == '”' || pp == '’' || pp == '"' || isSuper(pp) || endsWithYear(line[:i-1-size]) {
			return i - 1, j, true
		}
	case wordMark:
		if run != want || i < 2 || prev != ' ' {
			return 0, 0, false
		}
		w := lastWord(line[:i-1])
		if w != "" && !notMarkerBefore(w) {
			return i - 1, j, true
		}
	case startMark:
		if run == want && i == 0 && j < len(line) && line[j] == ' ' {
			return i, j, true
		}
	case yearMark:
		if len(run) != 4+len(want) || (i > 0 && !yearPrev(prev)) {
			return 0, 0, false
		}
		y := atoi(run[:4])
		if y >= 1900 && y <= 2099 {
			return i + 4, j, true
		}
	}
	return 0, 0, false
}

// afterOK reports whether a marker may end at byte j of line: at the end,
// or before a space or punctuation, never inside a word, number or symbol.
func afterOK(line string, j int) bool {
	if j >= len(line) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(line[j:])
	switch {
	case unicode.IsLetter(r), unicode.IsDigit(r), r == '/', r == '-':
		return false
	case r == '.' || r == ',':
		return j+1 >= len(line) || line[j+1] == ' '
	}
	return true
}

// lastWord returns the run of letters and dots ending s.
func lastWord(s string) string {
	k := strings.LastIndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '.' })
	return s[k+1:]
}

// notMarkerBefore reports whether a number after word w is a reference or
// a quantity rather than a footnote marker: "paragraph 9", "of 9 December".
func notMarkerBefore(w string) bool {
	switch strings.ToLower(strings.TrimSuffix(w, ".")) {
	case "paragraph", "paragraphs", "para", "paras", "resolution", "resolutions", "article", "articles",
		"section", "sections", "sect", "chapter", "chap", "annex", "item", "items", "goal", "goals", "no",
		"nos", "vol", "page", "pages", "p", "pp", "rule", "rules", "decision", "decisions", "target",
		"targets", "principle", "principles", "protocol", "recommendation", "recommendations", "part",
		"table", "figure", "box", "step", "phase", "level", "grade", "option",
		"of", "to", "on", "in", "at", "by", "and", "or", "from", "than", "the", "with", "for", "per",
		"about", "over", "under", "least", "some", "all", "only", "every", "first", "last", "next",
		"january", "february", "march", "april", "may", "june", "july", "august", "september",
		"october", "november", "december", "session", "meeting", "year", "years", "day", "days",
		"week", "weeks", "month", "months", "between", "within", "into", "were", "was", "is", "are", "be":
		return true
	}
	return false
}

// endsWithYear reports whether s ends with a year such as "2016".
func endsWithYear(s string) bool {
	if len(s) < 4 {
		return false
	}
	if len(s) > 4 && s[len(s)-5] >= '0' && s[len(s)-5] <= '9' {
		return false
	}
	y := atoi(s[len(s)-4:])
	return y >= 1900 && y <= 2099
}

// yearPrev reports whether a year may follow rune r directly.
func yearPrev(r rune) bool {
	return r == ' ' || r == '(' || r == '–' || r == '-'
}

// uncased reports whether r is a letter of a script without case, such as
// Arabic or Chinese, after which a glued number is a marker.
func uncased(r rune) bool {
	return unicode.IsLetter(r) && !unicode.IsUpper(r) && !unicode.IsLower(r) && r > 0x2ff
}

// hasLowerWord reports whether the word ending s holds a lower-case letter,
// which tells "Strategy5" (a marker) from "CO2" (a formula).
func hasLowerWord(s string) bool {
	k := strings.LastIndexAny(s, " (")
	return strings.IndexFunc(s[k+1:], unicode.IsLower) >= 0
}

// placeMarkers turns the markers of the footnotes defined on one page into
// superscripts in that page's body lines. Footnotes number in the order of
// their markers, so each marker is looked for after the previous one: the
// first glued or spaced candidate wins, and a year with a digit glued to it
// ("20103") is the fallback.
func placeMarkers(body []string, nums []int) {
	line, off := 0, 0
	budget := maxMarkerScan
	for _, l := range body {
		budget += 2 * len(l)
	}
	for _, n := range nums {
		if budget -= maxMarkerScan / 64; budget < 0 {
			return // a page of thousands of notes: leave the rest
		}
		l, s, e := earliest(body, line, off, n, gluedMark, spacedMark)
		if l < 0 {
			l, s, e = earliest(body, line, off, n, yearMark, wordMark, startMark)
		}
		if l < 0 {
			continue
		}
		sup := superscript(n)
		if s == 0 && l > 0 && strings.TrimSpace(body[l-1]) != "" {
			// A marker opening a line belongs to the end of the line before.
			body[l-1] = strings.TrimRight(body[l-1], " ") + sup
			body[l] = strings.TrimLeft(body[l][e:], " ")
			line, off = l, 0
			continue
		}
		body[l] = body[l][:s] + sup + body[l][e:]
		line, off = l, s+len(sup)
	}
}

// earliest finds the first candidate of any of the kinds for marker n,
// from line l at byte offset off; it returns line -1 when there is none.
func earliest(body []string, l, off, n int, kinds ...markerKind) (int, int, int) {
	budget := maxMarkerScan
	for ; l < len(body) && budget > 0; l, off = l+1, 0 {
		budget -= len(body[l])
		if off > len(body[l]) {
			continue
		}
		bs, be := -1, -1
		for _, k := range kinds {
			if s, e := findMarker(body[l], off, n, k); s >= 0 && (bs < 0 || s < bs) {
				bs, be = s, e
			}
		}
		if bs >= 0 {
			return l, bs, be
		}
	}
	return -1, 0, 0
}
