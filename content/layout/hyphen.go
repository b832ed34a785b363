package layout

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// isSuffix reports whether w is a word ending that is never a word of its
// own: a line that ends in "coopera-" and goes on with "tion" split a word,
// not a compound.
// UN documents seldom hyphenate words at line ends, so everything else keeps
// its hyphen ("Secretary-General", "decision-making", "human-made").
func isSuffix(w string) bool {
	switch w {
	case "tion", "tions", "sion", "sions", "ment", "ments", "ness", "ity", "ities", "ance", "ances",
		"ence", "ences", "ation", "ations", "ing", "ings", "ed", "ly", "ally", "ical", "ible", "able",
		"ive", "ives", "ous", "ual", "ial", "ize", "ized", "ise", "ised", "ization", "isation", "ial's",
		"cil", "tary", "ral", "nal", "ter", "ters", "ber", "bers", "ty", "ties", "ture", "tures", "ted",
		"ting", "tive", "tance", "dent", "dents":
		return true
	}
	return false
}

// tailLen is how much of a joined text joinSep needs to see.
const tailLen = 64

// joinLines joins wrapped line b onto a: with a space, or with nothing after
// a hyphen that ends a line, dropping the hyphen only when b's first word is
// a bare suffix.
func joinLines(a, b string) string {
	trim, sep := joinSep(a, b)
	return a[:len(a)-trim] + sep + b
}

// joinSep says how to join b onto a text ending in a: how many bytes to
// drop from a's end, and what to put between.
func joinSep(a, b string) (int, string) {
	if a == "" || b == "" {
		return 0, ""
	}
	last, size := utf8.DecodeLastRuneInString(a)
	switch last {
	case '-', '\u2010', '\u2011', '\u00ad':
		before, _ := utf8.DecodeLastRuneInString(a[:len(a)-size])
		if !unicode.IsLetter(before) {
			break
		}
		w := firstWord(b)
		if last == '\u00ad' || (w != "" && isSuffix(w) && unicode.IsLower(before)) {
			return size, ""
		}
		return 0, ""
	case '–':
		before, _ := utf8.DecodeLastRuneInString(a[:len(a)-size])
		if unicode.IsDigit(before) {
			return 0, ""
		}
	case '/':
		if !strings.HasSuffix(a, " /") {
			return 0, ""
		}
	}
	if cjkJoin(a, b) {
		return 0, ""
	}
	return 0, " "
}

// cjkJoin reports whether the words meeting at a line break, the last of a
// and the first of b, hold Chinese text, which runs on without a space:
// "彻" + "底裁军", "第60/8" + "3号".
func cjkJoin(a, b string) bool {
	if strings.ContainsRune(".,;:", lastRune(a)) {
		return false // "1." + "欢迎": a label keeps its space
	}
	if isCJK(lastRune(a)) || isCJK(firstRune(b)) {
		return true
	}
	k, ascii := len(a)-1, true // the last word of a, and whether it is ASCII
	for ; k >= 0 && a[k] != ' ' && a[k] != '\t'; k-- {
		ascii = ascii && a[k] < utf8.RuneSelf
	}
	if ascii || strings.IndexFunc(a[k+1:], isCJK) < 0 {
		return false
	}
	w, _, _ := strings.Cut(b, " ")
	return strings.IndexFunc(w, isCJK) >= 0
}

// minJoinCap is the least room, in bytes, a joiner starts with.
const minJoinCap = 256

// joiner accumulates wrapped lines into one text in time linear in their
// length.
type joiner struct {
	buf []byte
	// end is the text's last tailLen bytes (all of it when shorter), kept
	// so that tail does not copy them on every call.
	end string
}

// add joins line b on.
func (j *joiner) add(b string) {
	trim, sep := joinSep(j.end, b)
	if j.buf == nil {
		// Room for a few wrapped lines, so that a paragraph is not
		// copied again at its second, third and fourth.
		j.buf = make([]byte, 0, max(minJoinCap, 4*len(b)))
	}
	j.buf = append(append(j.buf[:len(j.buf)-trim], sep...), b...)
	if len(b) >= tailLen {
		// The text ends with b: its end is a piece of b, no copy.
		j.end = b[len(b)-tailLen:]
	} else {
		j.end = string(j.buf[max(0, len(j.buf)-tailLen):])
	}
}

// tail returns the last bytes of the text, enough to decide a join.
func (j *joiner) tail() string {
	return j.end
}

// String returns the joined text.
func (j *joiner) String() string {
	return string(j.buf)
}
