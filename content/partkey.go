package content

import "strings"

// arabicOrdinals are the words Arabic prints as section numerals, first to
// fifteenth.
var arabicOrdinals = []string{"أولا", "ثانيا", "ثالثا", "رابعا", "خامسا", "سادسا", "سابعا", "ثامنا", "تاسعا", "عاشرا", "حادي عشر", "ثاني عشر", "ثالث عشر", "رابع عشر", "خامس عشر"}

// arabicMarks drops the vowel signs and the tatweel Arabic may write on a
// section numeral ("ثانياً" with its tanwin).
var arabicMarks = strings.NewReplacer("\u064b", "", "\u064c", "", "\u064d", "", "\u064e", "", "\u064f", "",
	"\u0650", "", "\u0651", "", "\u0652", "", "\u0640", "", "\u200f", "", "\u200e", "")

// PartKey gives the label of a part or section as it appears in ids, the
// same in the six languages: a Roman numeral whatever the language prints
// ("II.", "ثانيا", "ثانياً", "二" all give "II"); another label (a letter,
// "A") trimmed of its full stop.
func PartKey(label string) string {
	s := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(label), ".-–、 "))
	if s == "" {
		return ""
	}
	if isRoman(strings.ToLower(s)) && strings.ToUpper(s) == s {
		return s
	}
	if n := arabicOrdinal(arabicMarks.Replace(s)); n > 0 {
		return strings.ToUpper(roman(n))
	}
	if n := chineseNumber(s); n > 0 && n < 40 {
		return strings.ToUpper(roman(n))
	}
	if l := ArabicLetter(s); l != "" {
		return l
	}
	return s
}

// arabicLetters are the names of the letters Arabic letters its parts and
// subsections with ("ألف", "باء" for A, B), in the order of the Latin ones.
var arabicLetters = []string{"ألف", "باء", "جيم", "دال", "هاء", "واو", "زاي", "حاء", "طاء", "ياء"}

// ArabicLetter returns the Latin letter an Arabic letter name stands for
// as a part's label ("باء" gives "B"), or "" for another word.
func ArabicLetter(s string) string {
	s = strings.TrimSpace(strings.TrimRight(arabicMarks.Replace(s), ".-–: "))
	for i, l := range arabicLetters {
		if s == l {
			return string(rune('A' + i))
		}
	}
	return ""
}

// arabicUnits are the ordinal units Arabic compounds with عشر and
// وعشرون: حادي عشر (11th), ثالث وعشرون (23rd).
var arabicUnits = []string{"حادي", "ثاني", "ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن", "تاسع"}

// arabicOrdinal reads an Arabic section ordinal, first to twenty-ninth,
// written as the UN prints them ("ثالث عشر", "عشرون", "رابع وعشرون",
// "حاديا وعشرين"); 0 for another word.
func arabicOrdinal(s string) int {
	for i, o := range arabicOrdinals {
		if s == o {
			return i + 1
		}
	}
	if s == "عشرون" || s == "عشرين" {
		return 20
	}
	unit, tens, ok := strings.Cut(s, " ")
	if !ok {
		return 0
	}
	base := 0
	switch tens {
	case "عشر", "عاشر": // "حادي عاشر", misprinted for حادي عشر (the Arabic A/RES/80/243, section XI)
		base = 10
	case "وعشرون", "وعشرين":
		base = 20
	default:
		return 0
	}
	for i, u := range arabicUnits {
		if unit == u || unit == u+"ا" || i == 0 && unit == "واحد" {
			return base + i + 1
		}
	}
	return 0
}
