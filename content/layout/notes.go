package layout

import (
	"strings"
)

// note is one footnote text.
type note struct {
	num  int // 0 for a "*" note
	text joiner
}

// newNote starts a note.
func newNote(num int, text string) note {
	n := note{num: num}
	n.text.add(text)
	return n
}

// notes reads the footnote blocks of all pages, in order, and turns the
// markers of each page's footnotes into superscripts in its body. A note
// starts with the next number in sequence (or 1, or a star); any other line
// continues the last note, also across pages.
func notes(pages []page) []note {
	var all []note
	last := 0
	for p := range pages {
		var nums []int
		first := true
		for _, l := range pages[p].notes {
			t := collapse(l)
			if t == "" {
				continue
			}
			n, rest, ok := noteStart(t, last, all)
			if !ok && first {
				// A block may open with a note whose number skips a few
				// (a marker the extraction lost).
				n, rest, ok = noteJump(t, last)
			}
			first = false
			if ok {
				all = append(all, newNote(n, rest))
				if n > 0 {
					last = n
					nums = append(nums, n)
				}
				continue
			}
			if len(all) == 0 {
				all = append(all, newNote(-1, t))
				continue
			}
			all[len(all)-1].text.add(t)
		}
		placeMarkers(pages[p].body, nums)
	}
	return all
}

// noteStart reports whether footnote line t starts a new note after note
// number last, and returns its number (0 for a star) and text.
func noteStart(t string, last int, all []note) (int, string, bool) {
	if !noteRe().MatchString(t) {
		return 0, "", false
	}
	k := strings.IndexFunc(t, func(r rune) bool { return r != '*' && !isSuper(r) && (r < '0' || r > '9') })
	num, rest := t[:k], strings.TrimSpace(t[k:])
	if num[0] == '*' {
		return 0, rest, true
	}
	n := atoi(plainDigits(num))
	if n != last+1 && n != 1 {
		return 0, "", false
	}
	if len(all) > 0 && monthRe().MatchString(t) && !strings.HasSuffix(all[len(all)-1].text.tail(), ".") {
		return 0, "", false
	}
	return n, rest, true
}

// plainDigits turns superscript digits into ASCII ones: "¹²" → "12".
func plainDigits(s string) string {
	var b strings.Builder
	for _, r := range s {
		if i := strings.IndexRune(superDigits, r); i >= 0 {
			r = rune('0' + len([]rune(superDigits[:i])))
		}
		b.WriteRune(r)
	}
	return b.String()
}

// maxNoteJump is how far the first note of a page may skip ahead.
const maxNoteJump = 5

// noteJump accepts the first line of a page's notes as a new note when its
// number is a little ahead of the sequence.
func noteJump(t string, last int) (int, string, bool) {
	if !noteRe().MatchString(t) || monthRe().MatchString(t) {
		return 0, "", false
	}
	k := strings.IndexFunc(t, func(r rune) bool { return !isSuper(r) && (r < '0' || r > '9') })
	if k <= 0 {
		return 0, "", false
	}
	n := atoi(plainDigits(t[:k]))
	if n <= last || n > last+maxNoteJump {
		return 0, "", false
	}
	return n, strings.TrimSpace(t[k:]), true
}
