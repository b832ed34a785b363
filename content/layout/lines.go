package layout

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Patterns of the lines PDF pages carry around the text. They are matched
// against trimmed lines only, so each costs time linear in the line. Each
// is compiled on first use, not when the program starts.
var (
	// jobRe matches a job number footer such as "24-21660 (E)",
	// "23-24915* (E)    160124" or "24-21660".
	jobRe = onceRegexp(`^\d{2}-\d{5}\*?(\s*\([A-Z]\))?(\s+\d{6})?$`)
	// jobTokenRe matches a job number as one word of a footer line.
	jobTokenRe = onceRegexp(`^\d{2}-\d{5}\*?$`)
	// barcodeRe matches the barcode line "*2421660*".
	barcodeRe = onceRegexp(`^\*\d{7}\*$`)
	// symbolRe matches a document symbol standing alone: "A/RES/79/10",
	// "A/RES/78/68*", "S/RES/2511 (2020)", "A/RES/77/128 A-B".
	symbolRe = onceRegexp(`^[A-Z]{1,8}(/[A-Za-z0-9.\-]+)+( \(\d{4}\)| [A-Z](-[A-Z])?)?\*?$`)
	// ruleRe matches the rule above a page's footnotes.
	ruleRe = onceRegexp(`^_{5,}$`)
	// titleRe matches a resolution title line "79/10. Cooperation …", or
	// one in another script without the dot, as Arabic prints it.
	titleRe = onceRegexp(`^\d{1,4}/\d{1,4}((\s*[A-Z](-[A-Z])?)?\.\s+\S|\s+[^\x00-\x{24f}])`)
	// formulaRe matches the enacting formula "The General Assembly,", in
	// the six languages.
	formulaRe = onceRegexp(`^((The (General Assembly|Security Council|Economic and Social Council|Human Rights Council)|` +
		`La Asamblea General|El Consejo de Seguridad|L['’]Assemblée générale|Le Conseil de sécurité|` +
		`إن الجمعية العامة|إن مجلس الأمن)([ ,，:：،][^.;。]{0,40})?|` +
		// The Russian and Chinese names alone are the masthead's organ
		// line; the formula has its comma.
		`(Генеральная Ассамблея|Совет Безопасности|大会|安全理事会)[,，:：][^.;。]{0,40})$`)
	// closingLineRe matches the plenary-meeting line that closes a resolution,
	// in the six languages: "39th plenary meeting", "第39次全体会议".
	closingLineRe = onceRegexp(`^(\d{1,4}\S{0,4} (plenary meeting|sesión plenaria|séance plénière|пленарное заседание)|الجلسة العامة|第\s?\d{1,4}\s?次全体会议)`)
	// noteRe matches the start of a footnote text: "1 A/79/302.",
	// "¹ A/79/302." or "* Reissued for technical reasons".
	noteRe = onceRegexp(`^(\d{1,3}\s|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}\s?|\*{1,3}\s)\s*\S`)
	// numberAloneRe matches an operative number alone on its line: "1.",
	// or in Arabic "1 -".
	numberAloneRe = onceRegexp(`^(\d{1,3})(\.| ?[-–])$`)
	// numberLooseRe matches a number and a space opening a line, which
	// opens an operative paragraph only when a lead phrase follows:
	// "5 Solicita", a number that lost its dot.
	numberLooseRe = onceRegexp(`^(\d{1,3}) (\S.*)$`)
	// numberLeadRe matches a line opening with an operative number: "12. Text",
	// or in Arabic "12 - نص".
	numberLeadRe = onceRegexp(`^(\d{1,3})(\.| ?[-–])\s+\S`)
	// itemRe matches a sub-paragraph label opening a line: "(a)", "(iv)", "(a) Text".
	itemRe = onceRegexp(`^\(([a-z]{1,2}|[ivxl]{1,6}|\d{1,2})\)(\s|$)`)
	// sectionRe matches a section label alone on its line: "I", "IV.", "A.", "B".
	sectionRe = onceRegexp(`^([IVXL]{1,7}\.?|[A-Z]\.?)$`)
	// sectionTitleRe matches a numbered heading with its title: "III. Product risk".
	sectionTitleRe = onceRegexp(`^([IVXL]{1,7}|[A-Z])\.\s+[A-Z]`)
	// labelHeadingRe matches a heading that names and numbers what follows,
	// opening its own sentence: "Action 1. We will take bold …" in the Pact
	// for the Future.
	labelHeadingRe = onceRegexp(`^\p{Lu}\p{Ll}{2,} \d{1,3}\.\s+\p{Lu}`)
	// annexRe matches an annex heading "Annex", "Annex II", "Annexes", in
	// the six languages: "Anexo", "Приложение", "المرفق الثاني", "附件二".
	annexRe = onceRegexp(`^(Annex|ANNEX|Annexes|Appendix|Annexe|Anexo|Anexos|Приложение|Приложения|المرفق|المرفقات|附件)( [IVXL]{1,6}| [A-Z]| \d{1,2}| ال[\p{Arabic}]{3,8}|[一二三四五六七八九十]{1,3})?$`)
	// agendaRe matches the agenda item line of a masthead, in the six
	// languages: "Agenda item 125 (t)", "Point 125 t) de l’ordre du jour",
	// "议程项目125 (t)".
	agendaRe = onceRegexp(`^(Agenda items?|Points? \d|Temas? \d|Пункты? \d|البندان? \d|议程项目)`)
	// monthRe matches a line opening with a month name, which a wrapped
	// footnote line may do after a day number.
	monthRe = onceRegexp(`^\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December)\b`)
)

// cleanLine trims a raw line and reports whether it held a form feed, which
// some extractions leave at page breaks.
func cleanLine(s string) (string, bool) {
	ff := strings.ContainsRune(s, '\f')
	if ff {
		s = strings.ReplaceAll(s, "\f", "")
	}
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	return s, ff
}

// isFurniture reports whether a trimmed line is page furniture that carries
// no text: a job number, a barcode or a page number.
func isFurniture(s string) bool {
	if len(s) > 60 || !mayOpenFurniture(strings.TrimLeftFunc(s, unicode.IsSpace)) {
		return false
	}
	if jobRe().MatchString(s) || barcodeRe().MatchString(s) || isPageNumber(s) {
		return true
	}
	// Some extractions put the job number and page number on one line:
	// "24-21660 2/4", "3/4 24-21660", "24-21660 (E) *2421660*".
	fields := strings.Fields(s)
	if len(fields) < 2 || len(fields) > 5 {
		return false
	}
	anchor := false
	for _, f := range fields {
		switch {
		case jobTokenRe().MatchString(f) || barcodeRe().MatchString(f) || isPageNumber(f):
			anchor = true
		case f == "(E)" || len(f) == 6 && atoi(f) >= 0:
		default:
			return false
		}
	}
	return anchor
}

// mayOpenFurniture reports whether s starts as every furniture line does
// (TestShortPatterns checks the patterns): with a digit (job or page
// number), a star (barcode) or the "(E)" of a job number.
func mayOpenFurniture(s string) bool {
	return s != "" && (s[0] >= '0' && s[0] <= '9' || s[0] == '*' || s[0] == '(')
}

// isPageNumber reports whether s is a page number such as "2/4".
// It is called on every line of a text, so it reads the digits by hand
// rather than with a regular expression (a quarter of the page-furniture
// step's time when it did).
func isPageNumber(s string) bool {
	page, of, ok := strings.Cut(s, "/")
	if !ok || len(page) > 4 || len(of) > 4 {
		return false
	}
	n := atoi(page)
	return n > 0 && atoi(of) >= n
}

// isTableRow reports whether a line looks like a row of a table: at least
// two runs of three or more spaces between words.
func isTableRow(s string) bool {
	if !containsSpaces(s, "   ") { // no run of three spaces: the common case
		return false
	}
	s = strings.TrimSpace(s)
	runs, spaces := 0, 0
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' {
			spaces++
			continue
		}
		if spaces >= 3 {
			runs++
		}
		spaces = 0
	}
	return runs >= 2
}

// normalise lower-cases s and collapses its white space, for comparing
// header lines with the title.
func normalise(s string) string {
	var b strings.Builder
	for i, f := range strings.Fields(s) {
		if i > 0 && !isCJK(lastRune(b.String())) && !isCJK(firstRune(f)) {
			b.WriteByte(' ')
		}
		b.WriteString(f)
	}
	return strings.ToLower(b.String())
}

// isCJK reports whether r is a Chinese character or CJK punctuation, which
// wrapped lines join without a space.
func isCJK(r rune) bool {
	if r < 0x2e80 { // below the first Han range (TestIsCJK)
		return false
	}
	return unicode.Is(unicode.Han, r) || r >= 0x3000 && r <= 0x303f || r >= 0xff00 && r <= 0xffef
}

// collapse squeezes runs of white space inside s to single spaces.
func collapse(s string) string {
	if !containsSpaces(s, "  ") && strings.IndexByte(s, '\t') < 0 && !strings.Contains(s, "\u00a0") {
		return strings.TrimSpace(s)
	}
	return strings.Join(strings.Fields(s), " ")
}

// atoi converts a short run of ASCII digits; anything else gives -1.
func atoi(s string) int {
	if s == "" || len(s) > 6 {
		return -1
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return -1
		}
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// lastRune returns the last rune of s, or 0.
func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	if r == utf8.RuneError {
		return 0
	}
	return r
}

// firstRune returns the first rune of s, or 0.
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return 0
	}
	return r
}

// firstWord returns the leading run of letters of s.
func firstWord(s string) string {
	for i, r := range s {
		if !unicode.IsLetter(r) {
			return s[:i]
		}
	}
	return s
}

// closeSpacedHyphen removes the space PDF extraction leaves before the
// hyphen of a compound: "Secretary -General" → "Secretary-General".
func closeSpacedHyphen(s string) string {
	if !hasSpacedHyphen(s) {
		return s
	}
	var b strings.Builder
	for {
		k := strings.Index(s, " -")
		if k < 0 {
			b.WriteString(s)
			return b.String()
		}
		before := lastRune(s[:k])
		after := firstRune(s[k+2:])
		if unicode.IsLetter(before) && unicode.IsUpper(after) {
			b.WriteString(s[:k])
			b.WriteString("-")
		} else {
			b.WriteString(s[:k+2])
		}
		s = s[k+2:]
	}
}

// spaceWindow is the length of the pieces containsSpaces searches: pieces
// this short are searched with the vector instructions of the strings
// package at once (its brute-force limit on amd64), without first looking
// for the space, which is in almost every word.
const spaceWindow = 64

// containsSpaces is strings.Contains(s, sub) for a short sub, such as a run
// of spaces, that starts with a byte common in s: it searches pieces of s
// of spaceWindow bytes, overlapping by len(sub)-1 so that no match is cut.
func containsSpaces(s, sub string) bool {
	for off := 0; ; off += spaceWindow - len(sub) + 1 {
		end := min(len(s), off+spaceWindow)
		if strings.Contains(s[off:end], sub) {
			return true
		}
		if end == len(s) {
			return false
		}
	}
}

// hasSpacedHyphen reports whether s holds " -", looking at the hyphens,
// which are rarer than spaces.
func hasSpacedHyphen(s string) bool {
	for i := 0; ; {
		k := strings.IndexByte(s[i:], '-')
		if k < 0 {
			return false
		}
		if i += k; i > 0 && s[i-1] == ' ' {
			return true
		}
		i++
	}
}
