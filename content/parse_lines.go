package content

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

// tokenKind says what a line of the body is.
type tokenKind int

const (
	tokPara     tokenKind = iota // a paragraph, numbered or not, or a heading
	tokItem                      // a sub-paragraph: (a), i), (أ), ㈠
	tokFormula                   // the enacting formula
	tokSection                   // a section label: I, II, A, أولا, 一
	tokClosing                   // the plenary-meeting line, "Adopted at the … meeting"
	tokAnnex                     // an annex heading
	tokFootnote                  // a footnote text: "¹ text"
)

// token is one classified line of the body.
type token struct {
	kind   tokenKind
	raw    string // the line as printed, italics marks included
	text   string // without number, label, italics marks
	number string // operative number ("5"), footnote marker ("1"), section or annex label
	label  string // item label as printed: "(a)"
	level  int    // item level: 1 for (a), 2 for (i)
	organ  string // the formula's organ
	no     int
}

// linePatterns holds the compiled expressions that classify body lines.
type linePatterns struct {
	scOf, number, numberLoose, numberAlone, item, section, sectionText, closing, closingSC, annex, annexNamed, footnote *regexp.Regexp
	// numberHead and itemHead are number and item cut after the first
	// character of the text, for headMatch: the same matches without
	// scanning the rest of a long line.
	numberHead, itemHead *regexp.Regexp
}

// itemLabels are the sub-paragraph labels a line may open with: (a), a),
// "a. " and "ii. " followed by a space (S/RES/2714 (2023)), Cyrillic (а),
// Arabic (أ), (هـ) and the doubled (أ أ), (i), Chinese ㈠, (一), (十一),
// (子), (甲), full-width （a）, the Arabic second level ’1‘, (1), and 1)
// (the Spanish, French and Russian "1) Patrullas de la UNISFA …" where
// the English has "(1) UNISFA and JBVMM Patrols …", S/RES/2760 (2024)),
// and an Arabic letter before a dash, "أ - " (the Arabic S/RES/2653
// (2022), where the others have "(a)").
const itemLabels = `\([a-z]{1,4}\)|[a-z]{1,4}\)|[a-z]\.\s|[ivx]{2,5}\.\s|\([а-я]\)|[а-я]\)|\([\p{Arabic}\x{0640}]{1,3}\)|\([\p{Arabic}] [\p{Arabic}]\)|（[a-z]{1,4}）|’[0-9٠-٩]{1,2}‘|‘[0-9٠-٩]{1,2}’|'[0-9]{1,2}'|` +
	`[(（]?[㈠-㈩]|[(（][一二三四五六七八九十]{1,3}[)）]|[(（][子丑寅卯辰巳午未申酉戌亥甲乙丙丁戊己庚辛壬癸][)）]|\([0-9]{1,2}\)|[0-9]{1,2}\)|[\x{0621}-\x{064A}]\x{0640}? ?[-–]`

// bidiMarks are the right-to-left and left-to-right marks that may stand
// around an Arabic label ("\u200f(ب)\u200f"). (The Arabic letter mark
// U+061C is left out: its first byte would make every Arabic line a
// candidate for mayOpenItem.)
const bidiMarks = `[\x{200e}\x{200f}]*`

func newLinePatterns() *linePatterns {
	return &linePatterns{
		number:      regexp.MustCompile(`^\*?([0-9]{1,3}|[٠-٩]{1,3})\*?(?:\s*\.|\s*[-–])\*?\s+(\S.*)$`),
		scOf:        regexp.MustCompile(`^(?:of|du|de)\s+\d{1,2}\S*\s+\S+\s+\d{4}\.?$`),
		numberLoose: regexp.MustCompile(`^([0-9]{1,3})\s+(\S.*)$`),
		numberAlone: regexp.MustCompile(`^([0-9]{1,3})\s*[.\-–]?$`),
		item:        regexp.MustCompile(`^` + bidiMarks + `(` + itemLabels + `)` + bidiMarks + `\s*(\S.*)$`),
		section:     regexp.MustCompile(`^([IVXLC]{1,7}|[A-Z]|أولا|ثانيا|ثالثا|رابعا|خامسا|سادسا|سابعا|ثامنا|تاسعا|عاشرا|حادي عشر|ثاني عشر|[一二三四五六七八九十]{1,3})\.?$`),
		sectionText: regexp.MustCompile(`^(?:([IVXLC]{1,7}|[A-Z]|[一二三四五六七八九十]{1,3})(?:\.\s*\.?|、|\s)|(أولا|ثانيا|ثالثا|رابعا|خامسا|سادسا|سابعا|ثامنا|تاسعا|عاشرا|حادي عشر|ثاني عشر|ألف|باء|جيم|دال)ً?\s*[-–]\s*)\s*(\S.{0,150})$`),
		closing: regexp.MustCompile(`(?i)^(?:\d+(?:[^\s.]\S*|\.\S+)?\s+(?:\S+\s+){0,2}(?:plenary meeting|sesión plenaria|séance plénière|пленарное заседание)|الجلسة العامة|第\s*\d+\s*次全体会议|` +
			`\d+(?:st|nd|rd|th|e|ª|a|-?е|‑е)?\s+(?:meeting|séance|sesión|заседание)$|الجلسة\s+\d+$|第\s*\d+\s*次会议$)`),
		closingSC: regexp.MustCompile(`^Adopted\b.*\bmeeting\b`),
		annex:     regexp.MustCompile(`(?i)^(?:annex(?:e|es)?|anexo|приложение|المرفق|附件)(?:\s+([IVXLC]{1,6}|[0-9]{1,2}|[A-ZА-Я]|الأول|الثاني|الثالث|الرابع|الخامس|السادس|السابع|الثامن|التاسع|العاشر|ألف|باء|جيم|دال|هاء|واو)|([一二三四五六七八九十]{1,3}|[0-9]{1,2}|[A-Z]))?$`),
		// The named annexes of sanctions resolutions (S/RES/2794 (2025)):
		// "Designation Annex", "Anexo de designación", "Приложение:
		// внесение в санкционный перечень", "指认附件".
		annexNamed: regexp.MustCompile(`(?i)^\p{L}+ annex$|^(?:annexe|anexo) de \p{L}+$|^(?:приложение|مرفق|المرفق)\s*:\s*[^.;:]{1,60}$|^(?:annex|annexe|anexo|приложение|المرفق|附件)\s+(?:[0-9]{1,2}|[IVXLC]{1,6})\s*[-–—:]\s*[^;:]{1,150}$|^\p{Han}{1,4}附件$`),
		footnote:   regexp.MustCompile(`^([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s*(.*)$`),
		numberHead: regexp.MustCompile(`^\*?([0-9]{1,3}|[٠-٩]{1,3})\*?(?:\s*\.|\s*[-–])\*?\s+(\S)`),
		itemHead:   regexp.MustCompile(`^` + bidiMarks + `(` + itemLabels + `)` + bidiMarks + `\s*(\S)`),
	}
}

// headMatch runs re, a pattern whose last group is (\S) where the full
// pattern has (\S.*)$, and returns the submatches the full pattern gives:
// the whole match and the last group run to the end of s.
func headMatch(re *regexp.Regexp, s string) []string {
	loc := re.FindStringSubmatchIndex(s)
	if loc == nil {
		return nil
	}
	last := loc[len(loc)-2]
	if strings.IndexByte(s[last:], '\n') >= 0 { // '.' stops at a line end
		return nil
	}
	m := make([]string, len(loc)/2)
	for i := range m {
		if loc[2*i] >= 0 {
			m[i] = s[loc[2*i]:loc[2*i+1]]
		}
	}
	m[0], m[len(m)-1] = s[loc[0]:], s[last:]
	return m
}

// classify turns a body line into a token. organs are the enacting formulas'
// organ names.
func (p *linePatterns) classify(ln line, names map[string]string) token {
	raw := ln.text
	t := strings.Trim(stripItalics(raw), "* ")
	tok := token{kind: tokPara, raw: raw, text: t, no: ln.no}
	// The byte tests before each pattern only skip lines it cannot match
	// (TestClassifyPrechecks), so that most lines are not scanned by
	// every pattern in turn.
	c := firstByte(t)
	if mayOpenFootnote(t) {
		if m := p.footnote.FindStringSubmatch(t); m != nil {
			tok.kind, tok.number = tokFootnote, superToASCII(m[1])
			tok.text = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(m[2]), "()"))
			return tok
		}
	}
	if o, ok := formulaOrgan(t, names); ok {
		tok.kind, tok.organ = tokFormula, o
		return tok
	}
	if o, _, ok := bareFormulaOrgan(raw, names); ok {
		// A line of the body that is only an organ's name can be nothing
		// but a formula whose comma is missing.
		tok.kind, tok.organ = tokFormula, o
		return tok
	}
	// short is counted only for the lines the cheap tests let through.
	short := func() bool { return len(t) <= 120 || len(t) <= 120*utf8.UTFMax && runeLen(t) <= 120 }
	if mayBeClosing(t) && short() && p.closing.MatchString(t) || c == 'A' && short() && p.closingSC.MatchString(t) {
		tok.kind = tokClosing
		return tok
	}
	if mayOpenAnnex(c) {
		if m := p.annex.FindStringSubmatch(t); m != nil {
			tok.kind, tok.number = tokAnnex, m[1]+m[2]
			return tok
		}
	}
	if mayBeNamedAnnex(t) && p.annexNamed.MatchString(t) {
		tok.kind = tokAnnex
		return tok
	}
	if len(t) <= maxSection {
		if m := p.section.FindStringSubmatch(t); m != nil {
			tok.kind, tok.number, tok.text = tokSection, m[1], ""
			return tok
		}
	}
	if m := p.numberMatch(raw); m != nil {
		tok.number = strconv.Itoa(atoiDigits(m[1]))
		tok.raw = strings.TrimSpace(m[2])
		tok.text = stripItalics(tok.raw)
		return tok
	}
	if m := p.itemMatch(t); m != nil && ItemKey(strings.TrimSpace(m[1])) != "" {
		label := strings.TrimSpace(m[1]) // "a. " keeps its space in the pattern
		tok.kind, tok.label, tok.text = tokItem, label, strings.TrimSpace(m[2])
		tok.level = itemLevel(label)
		return tok
	}
	if c == '-' || c == 0xE2 { // "-", and the first byte of "–" and "—"
		if label, rest := dashItem(t); label != "" {
			tok.kind, tok.label, tok.text, tok.level = tokItem, label, rest, 1
			return tok
		}
	}
	if mayOpenSectionText(t) && !endsTerminal(t) && short() {
		if m := p.sectionText.FindStringSubmatch(t); m != nil {
			tok.kind, tok.number, tok.text = tokSection, m[1]+m[2], strings.TrimSpace(m[3])
			return tok
		}
	}
	return tok
}

// numberMatch is the submatches of the number pattern in s, or nil.
func (p *linePatterns) numberMatch(s string) []string {
	if !mayOpenNumber(s) {
		return nil
	}
	return headMatch(p.numberHead, s)
}

// itemMatch is the submatches of the item pattern in s, or nil.
func (p *linePatterns) itemMatch(s string) []string {
	if !mayOpenItem(s) {
		return nil
	}
	return headMatch(p.itemHead, s)
}

// dotLabelOK reports whether a label ending with a full stop at s[:n]
// ("a.", "ii.", as the Security Council's S/RES/2714 (2023) labels its
// items) is followed by a space, as a label is and "e.g." is not.
func dotLabelOK(s string, n int) bool {
	return n < len(s) && s[n] == ' '
}

// mayOpenFootnote reports whether s may open with a superscript digit:
// "¹²³" start with byte C2, the others with E2.
func mayOpenFootnote(s string) bool {
	c := firstByte(s)
	return c == 0xC2 || c == 0xE2
}

// maxSection bounds, in bytes, the lines the section pattern can match: a
// roman numeral or a two-word Arabic ordinal and a full stop
// (TestClassifyPrechecks).
const maxSection = 16

// firstByte returns the first byte of s, or 0.
func firstByte(s string) byte {
	if s == "" {
		return 0
	}
	return s[0]
}

// isDigitByte reports whether c is an ASCII digit.
func isDigitByte(c byte) bool { return '0' <= c && c <= '9' }

// mayOpenClosing reports whether a plenary-meeting line may start with
// byte c: a digit, or the first byte of "الجلسة" or "第".
func mayOpenClosing(c byte) bool { return isDigitByte(c) || c == 0xD8 || c == 0xE7 }

// mayOpenAnnex reports whether an annex heading may start with byte c:
// "Annex", "Anexo", "Приложение", "المرفق", "مرفق", "附件" in any case.
func mayOpenAnnex(c byte) bool {
	return c|0x20 == 'a' || c == 0xD0 || c == 0xD8 || c == 0xD9 || c == 0xE9
}

// mayBeNamedAnnex reports whether a line may be a named annex's heading,
// as the annexNamed pattern has them: short, and ending with "annex" or
// "附件" or holding " de ", " - " or a colon.
func mayBeNamedAnnex(t string) bool {
	if len(t) > 120 {
		return false
	}
	n := len(t)
	return n >= 6 && strings.EqualFold(t[n-6:], " annex") || strings.HasSuffix(t, "附件") || strings.Contains(t, " de ") || strings.IndexByte(t, ':') > 0 || strings.Contains(t, " - ")
}

// mayOpenNumber reports whether an operative number may open s: a digit,
// an Arabic-Indic digit or the star of italics.
func mayOpenNumber(s string) bool {
	c := firstByte(s)
	return isDigitByte(c) || c == '*' || c == 0xD9
}

// mayOpenItem reports whether a sub-paragraph label may open s: "(a)",
// "a)", "б)", "（a）", "’1‘", "'1'", "㈠", "1)".
func mayOpenItem(s string) bool {
	switch c := firstByte(s); {
	case c == '(' || c == '\'' || c == 0xE2 || c == 0xE3 || c == 0xEF:
		return true
	case 'a' <= c && c <= 'z':
		k := 1
		for k < len(s) && k < 5 && 'a' <= s[k] && s[k] <= 'z' {
			k++
		}
		return k <= 4 && k < len(s) && (s[k] == ')' || s[k] == '.' && dotLabelOK(s, k+1))
	case c == 0xD0 || c == 0xD1: // one Cyrillic letter, two bytes
		return len(s) > 2 && s[2] == ')'
	case isDigitByte(c): // "1)", "12)"
		return len(s) > 1 && s[1] == ')' || len(s) > 2 && isDigitByte(s[1]) && s[2] == ')'
	case c == 0xD8 || c == 0xD9: // "أ - ", "هـ - ": an Arabic letter, a dash
		r, k := utf8.DecodeRuneInString(s)
		if r < 0x0621 || r > 0x064A {
			return false
		}
		rest := strings.TrimPrefix(strings.TrimPrefix(s[k:], "ـ"), " ")
		return strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, "–")
	}
	return false
}

// mayOpenSectionText reports whether s may open with a section label and
// its text: a capital or up to seven roman digits, then a full stop, "、"
// or a space; a Chinese numeral; or an Arabic ordinal ("أولا - …"), whose
// letters all start with byte D8.
func mayOpenSectionText(s string) bool {
	c := firstByte(s)
	if c == 0xE4 || c == 0xE5 || c == 0xD8 {
		return true
	}
	if c < 'A' || c > 'Z' || len(s) < 2 {
		return false
	}
	sep := func(b byte) bool { return b == '.' || b == 0xE3 || b == ' ' || '\t' <= b && b <= '\r' }
	if sep(s[1]) {
		return true
	}
	k := 0
	for k < len(s) && k < 8 && strings.IndexByte("IVXLC", s[k]) >= 0 {
		k++
	}
	return k <= 7 && k < len(s) && sep(s[k])
}

// atoiDigits reads ASCII or Arabic-Indic digits.
func atoiDigits(s string) int {
	n, _ := strconv.Atoi(ASCIIDigits(s))
	return n
}

// itemLevel is 2 for labels that read as roman numerals or digits ("(ii)",
// "ii.", "i." as S/RES/2741 (2024) labels the points under its "b."), 1
// otherwise.
func itemLevel(label string) int {
	s := strings.Trim(label, "()（）’‘'. ")
	if s == "" {
		return 1
	}
	if strings.ContainsAny(s, "0123456789٠١٢٣٤٥٦٧٨٩"+chineseDigits) || strings.ContainsAny(label, "㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩") {
		return 2
	}
	if isRoman(s) {
		return 2
	}
	return 1
}

// isRoman reports whether s is a lower-case roman numeral up to xxxix.
func isRoman(s string) bool {
	if s == "" {
		return false
	}
	s = strings.TrimLeft(s, "x")
	switch s {
	case "", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix":
		return true
	}
	return false
}
