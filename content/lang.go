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
	for _, r := range text {
		switch {
		case r < utf8.RuneSelf: // ASCII: only its letters count, as Latin
			if 'a' <= r|0x20 && r|0x20 <= 'z' {
				latin++
			}
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
	words := functionWords()
	count := map[string]int{}
	// Walk the runs of letters (the words of strings.FieldsFunc with
	// !unicode.IsLetter); every function word is ASCII and at most 4 bytes
	// long, so only such runs are lowered and looked up.
	var buf [4]byte
	n, ascii := 0, true
	flush := func() {
		if n > 0 && n <= len(buf) && ascii {
			if lang, ok := words[string(buf[:n])]; ok {
				count[lang]++
			}
		}
		n, ascii = 0, true
	}
	for _, r := range text {
		switch {
		case r < utf8.RuneSelf && 'a' <= r|0x20 && r|0x20 <= 'z':
			if n < len(buf) {
				buf[n] = byte(r | 0x20)
			}
			n++
		case r >= utf8.RuneSelf && unicode.IsLetter(r):
			ascii = false
			n++
		default:
			flush()
		}
	}
	flush()
	best, n := "en", 0
	for _, lang := range []string{"en", "es", "fr"} {
		if count[lang] > n {
			best, n = lang, count[lang]
		}
	}
	return best
}
