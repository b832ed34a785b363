package cite

import "strings"

// maxQuote bounds the length of a quoted title that is masked, in bytes.
const maxQuote = 1200

// quotePairs returns the opening and closing quotation marks of lang:
// “…” and «…» everywhere, and the Arabic ”…“ in Arabic.
func quotePairs(lang string) [][2]string {
	if lang == "ar" {
		return [][2]string{{"”", "“"}, {"«", "»"}}
	}
	return [][2]string{{"“", "”"}, {"«", "»"}}
}

// mask returns text with every full symbol and every quoted title replaced
// by '#' bytes of the same length, so that the numbers inside them are not
// read as citations and do not break a list. It runs in linear time.
func mask(text, lang string, syms []symbolMatch) string {
	var b []byte // a copy of text, made at the first span to mask
	fill := func(from, to int) {
		if b == nil {
			b = []byte(text)
		}
		for k := from; k < to; k++ {
			b[k] = '#'
		}
	}
	for _, s := range syms {
		fill(s.start, s.end)
	}
	pairs := quotePairs(lang)
	// next[k] caches the position of the next closing mark of pair k.
	next := make([]int, len(pairs))
	for k := range next {
		next[k] = -1
	}
	for i := 0; i < len(text); i++ {
		if text[i] < 0x80 {
			continue
		}
		for k, q := range pairs {
			if !strings.HasPrefix(text[i:], q[0]) {
				continue
			}
			from := i + len(q[0])
			if next[k] < from {
				next[k] = len(text) + maxQuote + 1
				if c := strings.Index(text[from:], q[1]); c >= 0 {
					next[k] = from + c
				}
			}
			if next[k]-from <= maxQuote {
				end := next[k] + len(q[1])
				fill(i, end)
				i = end - 1
			}
			break
		}
	}
	if b == nil {
		return text
	}
	return string(b)
}
