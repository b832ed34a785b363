package akn

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"resolute/content"
)

// labelKind says what a paragraph's printed label makes of it.
type labelKind int

const (
	noLabel      labelKind = iota
	numberLabel            // "1.", "1 -": an operative paragraph
	itemLabel              // "(a)", "a)", "(أ)", "㈠": a sub-paragraph
	sectionLabel           // "I", "II.", "أولا", "一": a section heading
)

// numberRe matches a paragraph number as printed in a <num>.
var numberRe = onceRegexp(`^([0-9٠-٩۰-۹]{1,4})\s*[.\-–—]?$`)

// leadingNumberRe matches a paragraph number left inside the text, with the
// separator that follows it ("1. ", "1 - ", the full-width "6．"); the
// separator may be missing. Right-to-left marks may stand around the number
// and its separator ("\u200f19 -\u200f"), and white space may follow a
// mark ("\u200f\t4 -"). Group 1 is a stray quotation mark before the
// number ("’ 19." in the French S/RES/2734 (2024)); a comma for the
// separator ("16," in the French A/RES/78/173) is group 3 too: both are
// slips, read as a number only where it is the next one.
var leadingNumberRe = onceRegexp(`^[\x{200e}\x{200f}]*(?:\s+[\x{200e}\x{200f}]*)*([’‘'"“”]\s*)?([0-9٠-٩۰-۹]{1,3})[\x{200e}\x{200f}]*(\s*[.．\-–—,，][\x{200e}\x{200f}]*\s*|\s+)[\x{200e}\x{200f}]*`)

// leadingItemRe matches a sub-paragraph label left inside the text, with
// the right-to-left marks that may stand around it ("\u200f(ب)\u200f"), and
// the white space after a mark before it (the Chinese A/RES/77/276:
// "\u200e\t\t(a)\u200e\t…", a left-to-right mark, tabs, the label): in
// brackets, full-width ones too, the Arabic doubled letter "(أ أ)" among
// them; "1)", which the French S/RES/2609 (2021) prints for (1); the
// Arabic "أ -" of S/RES/2653 (2022).
var leadingItemRe = onceRegexp(`^[\x{200e}\x{200f}\x{061c}]*(?:\s+[\x{200e}\x{200f}\x{061c}]*)*(\([^()\s]{1,6}\)|（[^（）\s]{1,6}）|\(\p{Arabic} \p{Arabic}\)|[a-zа-я]{1,2}\)|[ivx]{1,5}\)|[0-9٠-٩]{1,2}\)|\p{Arabic} ?[-–]|[㈠-㈩]|’[0-9٠-٩]{1,2}‘|‘[0-9٠-٩]{1,2}’)[\x{200e}\x{200f}\x{061c}]*\s*`)

// romanRe matches a Roman numeral section label.
var romanRe = onceRegexp(`^[IVXL]{1,7}\.?$`)

// classify says what kind of label s is; for a number it returns the number
// in ASCII digits.
func classify(s string) (labelKind, string) {
	s = strings.TrimSpace(s)
	if s == "" {
		return noLabel, ""
	}
	if m := numberRe().FindStringSubmatch(s); m != nil {
		return numberLabel, content.ASCIIDigits(m[1])
	}
	if isSectionLabel(s) {
		return sectionLabel, s
	}
	if itemKey(s) != "" {
		return itemLabel, s
	}
	return noLabel, s
}

// isSectionLabel reports whether s is a section numeral on its own.
func isSectionLabel(s string) bool {
	s = strings.TrimSpace(strings.TrimRight(s, ".-– \u064b")) // ثانياً: the tanwin on the ordinal
	if s == "" {
		return false // a dash alone ("-") marks a point, not a section
	}
	if romanRe().MatchString(s) && s != "" {
		return true
	}
	if k := content.PartKey(s); k != s && romanRe().MatchString(k) && content.ArabicLetter(s) == "" {
		return true // an Arabic ordinal, first to twenty-ninth
	}
	if utf8.RuneCountInString(s) <= 3 {
		for _, c := range s {
			if !strings.ContainsRune(chineseNumerals, c) {
				return false
			}
		}
		return true
	}
	return false
}

// labelFromText finds a paragraph number or sub-paragraph label at the
// start of u's text, left there by the markup instead of in a <num>, and
// removes it. next is the number the next operative paragraph would have; a
// number printed without a separator is only taken when it is next.
func labelFromText(u *unit, next int) string {
	s := u.text()
	if m := leadingNumberRe().FindStringSubmatch(s); m != nil {
		n, _ := strconv.Atoi(content.ASCIIDigits(m[2]))
		sep := strings.TrimSpace(m[3])
		if (m[1] != "" || strings.ContainsAny(sep, ",，")) && n != next {
			return ""
		}
		rest := s[len(m[0]):]
		r, _ := utf8.DecodeRuneInString(rest)
		// "37-е пленарное заседание": a dash glued to a letter makes an
		// ordinal, not a paragraph number.
		ordinal := strings.Trim(sep, "\u200e\u200f") != "." && unicode.IsLetter(r) && !unicode.IsSpace(lastRune(strings.TrimRight(m[0], "\u200e\u200f")))
		if (sep != "" || n == next) && rest != "" && !unicode.IsDigit(r) && !ordinal {
			u.cut(len(m[0]))
			return content.ASCIIDigits(m[2])
		}
		return ""
	}
	if m := leadingItemRe().FindStringSubmatch(s); m != nil && itemKey(m[1]) != "" && len(m[0]) < len(s) {
		u.cut(len(m[0]))
		return m[1]
	}
	// An item of a quoted list, its label after the opening quotation
	// mark ("“(a) On appointment, …”", "”(ب) عند الترقية …", "«a) При
	// назначении …" under paragraph 1 of A/RES/79/280): the label is
	// taken, the mark stays in the text.
	if q := openingQuoteRe().FindString(s); q != "" {
		if m := leadingItemRe().FindStringSubmatch(s[len(q):]); m != nil && itemKey(m[1]) != "" && len(q)+len(m[0]) < len(s) {
			u.remove(len(q), len(q)+len(m[0]))
			return m[1]
		}
	}
	return ""
}

// openingQuoteRe matches a quotation mark opening a text, in any of the
// forms the six languages print ("“", "”" in Arabic, "«", "„").
var openingQuoteRe = onceRegexp(`^[\x{200e}\x{200f}]*["“”«„]\s*`)

// quotedNumberRe matches the number of a paragraph quoted in full, left
// in its text after the opening quotation mark ("«4.\tПри рассмотрении
// …»", the Russian A/RES/78/248, where the other versions give "4." as the
// paragraph's <num>). Group 2 is the number, group 3 the number with its
// separator and the space after it.
var quotedNumberRe = onceRegexp(`^[\x{200e}\x{200f}\s]*[«„“"‘']\s*(([0-9٠-٩]{1,3})[.．]\s*)`)

// quotedNumber finds such a number lower than below at the start of u's
// text, takes it and its separator out of the text, which keeps its
// quotation marks, and returns it as a label ("4."); "" when there is none.
func quotedNumber(u *unit, below int) string {
	s := u.text()
	m := quotedNumberRe().FindStringSubmatchIndex(s)
	if m == nil || m[1] == len(s) {
		return ""
	}
	digits := content.ASCIIDigits(s[m[4]:m[5]])
	if n, err := strconv.Atoi(digits); err != nil || n >= below {
		return ""
	}
	u.remove(m[2], m[3])
	return digits + "."
}

// headingLike reports whether a paragraph without a number reads as a
// heading rather than as a paragraph: a heading style, or a short text that
// does not end as a sentence or clause does. A question ends a sentence in
// full-width and Arabic script too (the question the Chinese A/RES/80/116
// puts to the Court ends with "？"). A table is no heading, however short
// its rows: the Chinese A/RES/75/246 gives paragraph 43's staffing tables
// in fewer characters than a heading may have, the English in more.
func headingLike(p *rawPara) bool {
	t := p.text.text()
	if t == "" {
		return p.heading != "" || len(p.items) == 0
	}
	if len(p.items) > 0 || p.table {
		return false
	}
	if strings.HasPrefix(p.class, "H") {
		return true
	}
	if isSectionLabel(t) {
		return true
	}
	if strings.Contains(t, " | ") {
		return false // a table, its cells joined by " | " (a staffing table in Chinese is short enough for a title)
	}
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(t, content.SuperscriptDigits+"”’\")»() \u200e\u200f\u061c"))
	if strings.ContainsRune(".;:,。；：，،؛!?？！؟", last) {
		return false
	}
	return utf8.RuneCountInString(t) < 400
}

// chineseNumerals are the digits of Chinese section numerals.
const chineseNumerals = "一二三四五六七八九十"

// sectionNumeral gives a section label as a Roman numeral whatever the
// language prints ("II.", "ثانيا", "二" all give "II"), so that ids are the
// same in the six languages (content.PartKey). Other labels are returned
// trimmed.
func sectionNumeral(s string) string {
	return content.PartKey(s)
}

// lastRune returns the last rune of s.
func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}
