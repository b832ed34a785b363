package content

import (
	"unicode"
	"unicode/utf8"
)

// detectLanguage guesses the language of a resolution's text from its script
// and, for Latin-script text, from its commonest function words. It returns
// "en" when it cannot tell.
func detectLanguage(text string) string {
	if len(text) > 64<<10 {
		text = text[:64<<10]
	}
	var arabic, han, cyrillic, latin int
	for i := 0; i < len(text); {
		if c := text[i] | 0x20; text[i] < utf8.RuneSelf { // ASCII: only its letters count, as Latin
			if 'a' <= c && c <= 'z' {
				latin++
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		switch {
		case unicode.Is(unicode.Arabic, r):
			arabic++
		case unicode.Is(unicode.Han, r):
			han++
		case unicode.Is(unicode.Cyrillic, r):
			cyrillic++
		case r < 0x250 && unicode.IsLetter(r):
			latin++
		}
	}
	switch {
	case arabic > latin && arabic >= han && arabic >= cyrillic:
		return "ar"
	case han*3 > latin && han >= cyrillic:
		return "zh"
	case cyrillic > latin:
		return "ru"
	}
	return latinLanguage(text)
}

// The languages latinLanguage tells apart, in the order it prefers them on
// a tie.
var latinLanguages = [...]string{"en", "es", "fr"}

// functionWord returns the index in latinLanguages of the language a
// lower-case function word belongs to (the words of functionWords), or -1.
func functionWord(w string) int {
	switch w {
	case "the", "and", "of", "to", "its", "with", "that":
		return 0
	case "el", "los", "las", "y", "del", "que", "con", "su", "sus", "por":
		return 1
	case "le", "les", "et", "des", "du", "au", "aux", "sur", "qui", "ses":
		return 2
	}
	return -1
}

// functionWords lists words that are frequent in one Latin-script language
// of the UN and rare in the others.
func functionWords() map[string]string {
	return map[string]string{
		"the": "en", "and": "en", "of": "en", "to": "en", "its": "en", "with": "en", "that": "en",
		"el": "es", "los": "es", "las": "es", "y": "es", "del": "es", "que": "es", "con": "es", "su": "es", "sus": "es", "por": "es",
		"le": "fr", "les": "fr", "et": "fr", "des": "fr", "du": "fr", "au": "fr", "aux": "fr", "sur": "fr", "qui": "fr", "ses": "fr",
	}
}

// latinLanguage tells English, French and Spanish apart by counting function
// words.
func latinLanguage(text string) string {
	var count [len(latinLanguages)]int
	// Walk the runs of letters (the words of strings.FieldsFunc with
	// !unicode.IsLetter); every function word is ASCII and at most 4 bytes
	// long, so only such runs are lowered and looked up.
	for i := 0; i < len(text); {
		if !asciiLetter(text[i]) {
			if text[i] < utf8.RuneSelf {
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(text[i:])
			if !unicode.IsLetter(r) {
				i += size
				continue
			}
		}
		// A word starts at i: its ASCII letters first.
		j := i
		for j < len(text) && asciiLetter(text[j]) {
			j++
		}
		ascii := j == len(text) || text[j] < utf8.RuneSelf
		if !ascii {
			r, _ := utf8.DecodeRuneInString(text[j:])
			ascii = !unicode.IsLetter(r)
		}
		if !ascii {
			j = skipLetters(text, j)
		} else if n := j - i; n <= 4 {
			var buf [4]byte
			for k := range n {
				buf[k] = text[i+k] | 0x20
			}
			if k := functionWord(string(buf[:n])); k >= 0 {
				count[k]++
			}
		}
		i = j
	}
	best, most := 0, 0
	for k, c := range count {
		if c > most {
			best, most = k, c
		}
	}
	return latinLanguages[best]
}

// asciiLetter reports whether c is an ASCII letter.
func asciiLetter(c byte) bool {
	c |= 0x20
	return 'a' <= c && c <= 'z'
}

// skipLetters returns the index of the first rune from i that is not a
// letter, or len(s).
func skipLetters(s string, i int) int {
	for i < len(s) {
		if asciiLetter(s[i]) {
			i++
			continue
		}
		if s[i] < utf8.RuneSelf {
			return i
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			return i
		}
		i += size
	}
	return i
}
