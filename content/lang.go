package content

import (
	"unicode"
	"unicode/utf8"
)

// maxDetect bounds, in bytes, the text detectLanguage reads.
const maxDetect = 64 << 10

// detectLanguage guesses the language of a resolution's text from its script
// and, for Latin-script text, from its commonest function words. It returns
// "en" when it cannot tell.
func detectLanguage(text string) string {
	if len(text) > maxDetect {
		text = text[:maxDetect]
	}
	s := scanLanguage(text)
	switch {
	case s.arabic > s.latin && s.arabic >= s.han && s.arabic >= s.cyrillic:
		return "ar"
	case s.han*3 > s.latin && s.han >= s.cyrillic:
		return "zh"
	case s.cyrillic > s.latin:
		return "ru"
	}
	return s.latinLanguage()
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
	s := scanLanguage(text)
	return s.latinLanguage()
}

// languageCounts is what scanLanguage counts in a text: the letters of each
// script, and the function words of each language of latinLanguages.
type languageCounts struct {
	arabic, han, cyrillic, latin int
	words                        [len(latinLanguages)]int
}

// latinLanguage returns the language of latinLanguages with the most
// function words, the first on a tie, English when there are none.
func (s *languageCounts) latinLanguage() string {
	best, most := 0, 0
	for k, c := range s.words {
		if c > most {
			best, most = k, c
		}
	}
	return latinLanguages[best]
}

// scanLanguage counts the letters of each script in text and its function
// words, in one pass. A word is a run of letters (the words of
// strings.FieldsFunc with !unicode.IsLetter); every function word is ASCII
// and at most 4 bytes long, so only such words are lowered and looked up.
func scanLanguage(text string) languageCounts {
	var s languageCounts
	start, n, ascii := 0, 0, true // the word being read: where, how many letters, all ASCII
	endWord := func() {
		if n > 0 && n <= 4 && ascii {
			var buf [4]byte
			for k := range n {
				buf[k] = text[start+k] | 0x20
			}
			if k := functionWord(string(buf[:n])); k >= 0 {
				s.words[k]++
			}
		}
		n, ascii = 0, true
	}
	for i := 0; i < len(text); {
		c := text[i]
		if asciiLetter(c) { // a run of ASCII letters, in a tight loop
			j := i + 1
			for j < len(text) && asciiLetter(text[j]) {
				j++
			}
			if n == 0 {
				start = i
			}
			s.latin += j - i
			n += j - i
			i = j
			continue
		}
		if c < utf8.RuneSelf {
			endWord()
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		switch {
		case unicode.Is(unicode.Arabic, r):
			s.arabic++
		case unicode.Is(unicode.Han, r):
			s.han++
		case unicode.Is(unicode.Cyrillic, r):
			s.cyrillic++
		case r < 0x250 && unicode.IsLetter(r):
			s.latin++
		}
		if unicode.IsLetter(r) {
			n++
			ascii = false
		} else {
			endWord()
		}
	}
	endWord()
	return s
}

// asciiLetter reports whether c is an ASCII letter.
func asciiLetter(c byte) bool {
	c |= 0x20
	return 'a' <= c && c <= 'z'
}
