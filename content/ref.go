package content

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Ref is a paragraph reference as a reader types it: "3", "op3", "pp2",
// "3(a)", "5 (b)(ii)", "II.3", "B.pp1", "annex.p2".
type Ref struct {
	// Part is the part label ("II", "B"), or "" for any part.
	Part string
	// Kind is Preambular or Operative; Operative when only a number is given.
	Kind Kind
	// Number is the paragraph's number: the printed number of an operative
	// paragraph, the position of a preambular one.
	Number int
	// Items are the normalised sub-paragraph keys, outermost first: "b", "ii".
	Items []string
	// Annex is set for an annex reference: "annex", "annexII".
	Annex string
}

// ParseRef reads a paragraph reference. It accepts, case-insensitively and
// with optional spaces: N, opN, ppN, paraN, paragraph N, N(a), N(a)(i),
// PART.N, PART.opN, PART.ppN, annex, annex.pN, annexII.pN.
func ParseRef(s string) (Ref, error) {
	in := s
	s = strings.TrimSpace(s)
	if s == "" {
		return Ref{}, fmt.Errorf("empty paragraph reference")
	}
	var r Ref
	low := strings.ToLower(s)
	if strings.HasPrefix(low, "annex") {
		name, rest, _ := strings.Cut(s, ".")
		r.Annex = "annex" + strings.ToUpper(strings.TrimSpace(name[len("annex"):]))
		if rest != "" {
			rest = strings.TrimSpace(rest)
			if len(rest) > 0 && (rest[0] == 'p' || rest[0] == 'P') {
				rest = rest[1:]
			}
			n, err := strconv.Atoi(rest)
			if err != nil || n <= 0 {
				return Ref{}, fmt.Errorf("%q: not a paragraph reference", in)
			}
			r.Number = n
		}
		return r, nil
	}
	if part, rest, ok := strings.Cut(s, "."); ok && !isRefWord(part) {
		part = strings.TrimSpace(part)
		if part == "" || !isPartLabel(part) {
			return Ref{}, fmt.Errorf("%q: %q is not a part label", in, part)
		}
		r.Part = strings.ToUpper(part)
		s = strings.TrimSpace(rest)
		low = strings.ToLower(s)
	}
	r.Kind = Operative
	for _, p := range []struct {
		prefix string
		kind   Kind
	}{{"paragraph", Operative}, {"para", Operative}, {"op", Operative}, {"pp", Preambular}, {"§", Operative}} {
		if strings.HasPrefix(low, p.prefix) {
			r.Kind = p.kind
			s = strings.TrimLeft(s[len(p.prefix):], " .")
			break
		}
	}
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 {
		return Ref{}, fmt.Errorf("%q: no paragraph number", in)
	}
	n, err := strconv.Atoi(s[:i])
	if err != nil || n <= 0 {
		return Ref{}, fmt.Errorf("%q: no paragraph number", in)
	}
	r.Number = n
	rest := strings.TrimSpace(s[i:])
	for rest != "" {
		if rest[0] != '(' {
			return Ref{}, fmt.Errorf("%q: expected a sub-paragraph such as (a) after the number", in)
		}
		end := strings.IndexByte(rest, ')')
		if end < 0 {
			return Ref{}, fmt.Errorf("%q: unclosed sub-paragraph label", in)
		}
		key := ItemKey(rest[:end+1])
		if key == "" {
			return Ref{}, fmt.Errorf("%q: %q is not a sub-paragraph label", in, rest[:end+1])
		}
		r.Items = append(r.Items, key)
		rest = strings.TrimSpace(rest[end+1:])
	}
	if r.Kind == Preambular && len(r.Items) > 0 {
		return Ref{}, fmt.Errorf("%q: preambular paragraphs have no sub-paragraphs", in)
	}
	return r, nil
}

// isRefWord reports whether s is a word that introduces a paragraph number
// ("para" in "para. 5") rather than a part label.
func isRefWord(s string) bool {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "para", "paras", "paragraph", "op", "pp":
		return true
	}
	return false
}

func isPartLabel(s string) bool {
	for _, c := range s {
		if !unicode.IsLetter(c) && !unicode.IsDigit(c) && c != '-' {
			return false
		}
	}
	return len(s) <= 8
}

// Resolve returns the paragraph id the reference s names in d, or an error naming
// the reference when d has no such paragraph.
func (d *Document) Resolve(s string) (string, error) {
	r, err := ParseRef(s)
	if err != nil {
		return "", err
	}
	if id, ok := d.find(r); ok {
		return id, nil
	}
	return "", fmt.Errorf("no paragraph %s in %s", strings.TrimSpace(s), d.displaySymbol())
}

func (d *Document) displaySymbol() string {
	if d.Symbol != "" {
		return d.Symbol
	}
	return "this document"
}

func (d *Document) find(r Ref) (string, bool) {
	if r.Annex != "" {
		for _, a := range d.Annexes {
			if !strings.EqualFold(a.ID, r.Annex) && !(r.Annex == "annex" && len(d.Annexes) > 0) {
				continue
			}
			if r.Number == 0 {
				return a.ID, true
			}
			want := a.ID + ".p" + strconv.Itoa(r.Number)
			for _, p := range a.Paragraphs {
				if p.ID == want {
					return p.ID, true
				}
			}
			return "", false
		}
		return "", false
	}
	for _, part := range d.Parts {
		if r.Part != "" && !strings.EqualFold(part.Label, r.Part) && !strings.EqualFold(PartKey(part.Label), r.Part) {
			continue
		}
		if r.Kind == Preambular {
			if r.Number <= len(part.Preamble) {
				return part.Preamble[r.Number-1].ID, true
			}
			continue
		}
		for _, p := range part.Operative {
			if p.Number == nil || *p.Number != strconv.Itoa(r.Number) {
				continue
			}
			if len(r.Items) == 0 {
				return p.ID, true
			}
			if id, ok := findItem(p.Items, r.Items); ok {
				return id, true
			}
		}
		// An unnumbered lone operative paragraph answers to 1, and its
		// sub-paragraphs to 1(a), 1(b) ….
		if lone := part.Operative; r.Number == 1 && len(lone) == 1 && lone[0].Number == nil {
			if len(r.Items) == 0 {
				return lone[0].ID, true
			}
			if id, ok := findItem(lone[0].Items, r.Items); ok {
				return id, true
			}
		}
	}
	return "", false
}

func findItem(items []Item, keys []string) (string, bool) {
	for _, it := range items {
		if ItemKey(it.Label) != keys[0] {
			continue
		}
		if len(keys) == 1 {
			return it.ID, true
		}
		return findItem(it.Items, keys[1:])
	}
	return "", false
}

// abjad lists the Arabic sub-paragraph letters in their order, which maps
// them onto a, b, c ….
var abjad = []rune("أبجدهوزحطيكلمنسعفصقرشتثخذضظغ")

// cyrillicLookalikes maps the Cyrillic letters Russian texts sometimes use as
// sub-paragraph labels to the Latin letters they stand for.
var cyrillicLookalikes = map[rune]rune{'а': 'a', 'в': 'b', 'с': 'c', 'е': 'e', 'о': 'o', 'р': 'p', 'х': 'x', 'у': 'y', 'к': 'k', 'м': 'm', 'н': 'h', 'т': 't', 'і': 'i'}

// chineseSeries are the Chinese cyclical signs that label the items of a
// quoted treaty where the other languages print (a), (b) …: the earthly
// branches (子, 丑, 寅 …) and the heavenly stems (甲, 乙, 丙 …).
var chineseSeries = [][]rune{[]rune("子丑寅卯辰巳午未申酉戌亥"), []rune("甲乙丙丁戊己庚辛壬癸")}

// chineseDigits are the Chinese numerals one to ten.
const chineseDigits = "一二三四五六七八九十"

// labelInvisibles are the characters a label may carry that print nothing
// or only stretch a letter: the Arabic tatweel (هـ), the right-to-left and
// left-to-right marks and embeddings around an Arabic label (‏(ب)‏), a
// zero-width space or joiner, a byte-order mark.
var labelInvisibles = strings.NewReplacer("\u0640", "", "\u200e", "", "\u200f", "", "\u061c", "",
	"\u202a", "", "\u202b", "", "\u202c", "", "\u202d", "", "\u202e", "",
	"\u2066", "", "\u2067", "", "\u2068", "", "\u2069", "", "\u200b", "", "\u200c", "", "\u200d", "", "\ufeff", "")

// ItemKey normalises a sub-paragraph label to the key used in ids, the
// same in the six languages: "(a)", "a)", "(أ)", Cyrillic "а)" and Chinese
// "(子)" or "(甲)" give "a"; "(i)", "i)", "㈠", "(一)" and the Arabic
// second-level "’1‘" give "i"; "(ii)" gives "ii", "(十一)" "xi"; the
// Arabic "(أ أ)" gives "aa". Presentation forms and full-width brackets
// count as the plain letters (ﻫ as ه, （ as (), and marks that print
// nothing are ignored. It returns "" for a label it does not recognise,
// and for a word in brackets, "(Signed)" before a signature (S/RES/1441
// (2002)): a key of letters is three at most, or a Roman numeral.
func ItemKey(label string) string {
	s := strings.TrimSpace(label)
	if k := strings.Trim(s, "()"); isLowerASCII(k) { // "(a)", "iv": the common case
		return letterLabel(k)
	}
	s = norm.NFKC.String(labelInvisibles.Replace(s))
	s = strings.Trim(s, "()[]’‘'`.) ")
	if d := strings.TrimRight(s, "-– "); d != s && d != "" && (strings.Trim(d, "0123456789٠١٢٣٤٥٦٧٨٩") == "" || utf8.RuneCountInString(d) == 1) {
		s = d // "1 -", "أ -": an Arabic sub-item labelled as a paragraph is
	}
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	if isLowerASCII(s) {
		return letterLabel(s)
	}
	rs := []rune(s)
	if len(rs) == 1 {
		if k := letterKey(rs[0]); k != 0 {
			return string(k)
		}
	}
	if n := chineseNumber(s); n > 0 && n < 40 {
		return roman(n)
	}
	if n, err := strconv.Atoi(ASCIIDigits(s)); err == nil && n > 0 && n < 40 {
		return roman(n)
	}
	if k, ok := doubledArabic(rs); ok {
		return k
	}
	var b strings.Builder
	for _, c := range rs {
		c = unicode.ToLower(c)
		if l, ok := cyrillicLookalikes[c]; ok {
			c = l
		}
		if c < 'a' || c > 'z' {
			return ""
		}
		b.WriteRune(c)
	}
	return letterLabel(b.String())
}

// letterLabel returns k, lower-case letters, when they can be a label's
// key: three letters at most ("a", "aa") or a Roman numeral ("xviii");
// "" for a word.
func letterLabel(k string) string {
	if len(k) <= 3 || isRoman(k) {
		return k
	}
	return ""
}

// letterKey maps a one-letter label that is not Latin to its Latin key:
// an Arabic letter by its place in the abjad, a Chinese cyclical sign by
// its place in its series, a Cyrillic look-alike; 0 for another.
func letterKey(c rune) rune {
	for i, a := range abjad {
		if c == a {
			return rune('a' + i)
		}
	}
	switch c {
	case 'ه', 'ة':
		return 'e'
	case 'ا', 'إ', 'آ': // alif written without or with another hamza
		return 'a'
	}
	for _, series := range chineseSeries {
		for i, a := range series {
			if c == a {
				return rune('a' + i)
			}
		}
	}
	if l, ok := cyrillicLookalikes[unicode.ToLower(c)]; ok {
		return l
	}
	return 0
}

// chineseNumber reads a Chinese numeral from 一 to 三十九, or returns 0.
func chineseNumber(s string) int {
	if s == "" || strings.Trim(s, chineseDigits) != "" {
		return 0
	}
	rs := []rune(s)
	digit := func(c rune) int { return strings.IndexRune(chineseDigits, c)/3 + 1 }
	switch {
	case len(rs) == 1:
		return digit(rs[0])
	case len(rs) == 2 && rs[0] == '十' && rs[1] != '十':
		return 10 + digit(rs[1])
	case len(rs) == 2 && rs[1] == '十' && rs[0] != '十':
		return 10 * digit(rs[0])
	case len(rs) == 3 && rs[1] == '十' && rs[0] != '十' && rs[2] != '十':
		return 10*digit(rs[0]) + digit(rs[2])
	}
	return 0
}

// doubledArabic reads the Arabic letter printed twice that follows (ي) and
// the other single letters, "(أ أ)" or "(أأ)", as the doubled Latin key
// "aa".
func doubledArabic(rs []rune) (string, bool) {
	var letters []rune
	for _, c := range rs {
		if c != ' ' {
			letters = append(letters, c)
		}
	}
	if len(letters) < 2 || len(letters) > 3 {
		return "", false
	}
	var b strings.Builder
	for _, c := range letters {
		if c != letters[0] || !unicode.Is(unicode.Arabic, c) {
			return "", false
		}
		k := letterKey(c)
		if k == 0 {
			return "", false
		}
		b.WriteRune(k)
	}
	return b.String(), true
}

// isLowerASCII reports whether s holds only the letters a to z.
func isLowerASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}

// ASCIIDigits turns Arabic-Indic and Persian digits into ASCII ones.
func ASCIIDigits(s string) string {
	if isASCII(s) {
		return s
	}
	var b strings.Builder
	for _, c := range s {
		switch {
		case c >= '٠' && c <= '٩':
			c = '0' + (c - '٠')
		case c >= '۰' && c <= '۹':
			c = '0' + (c - '۰')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// isASCII reports whether every byte of s is ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func roman(n int) string {
	vals := []struct {
		v int
		s string
	}{{40, "xl"}, {10, "x"}, {9, "ix"}, {5, "v"}, {4, "iv"}, {1, "i"}}
	var b strings.Builder
	for _, x := range vals {
		for n >= x.v {
			b.WriteString(x.s)
			n -= x.v
		}
	}
	return b.String()
}
