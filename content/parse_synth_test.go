package content

import (
	"fmt"
	"hash/fnv"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The synthetic PDF layout: how wide lines are, how many lines a page holds.
const (
	synthWidth    = 80 // columns of a Latin, Cyrillic or Arabic line
	synthCJKWidth = 40 // characters of a Chinese line
	synthPage     = 45 // lines of a page, footnotes included
)

// synthJobLetter is the language letter of a job number: "24-21660 (F)".
var synthJobLetter = map[string]string{"ar": "A", "en": "E", "es": "S", "fr": "F", "ru": "R", "zh": "C"}

// synthNoteRe matches a footnote text of the canonical layout: "¹ text" or,
// in Arabic, "¹ () text".
var synthNoteRe = regexp.MustCompile(`^([⁰¹²³⁴⁵⁶⁷⁸⁹]+) (?:\(\) )?(.*)$`)

// synthMarkerRe matches a footnote marker in the text: "¹", or "(¹)" in
// Arabic.
var synthMarkerRe = regexp.MustCompile(`\(?[⁰¹²³⁴⁵⁶⁷⁸⁹]+\)?`)

// synthNumberRe matches an operative paragraph: "1. Text", "1 - نص".
var synthNumberRe = regexp.MustCompile(`^(\d{1,3}(?:\.| -)) (.+)$`)

// synthTitleRe matches the title line "79/10. Title" (Arabic has no dot).
var synthTitleRe = regexp.MustCompile(`^\d{1,4}/\d{1,4}(?: ?[A-Z](?:-[A-Z])?)?\.? (.+)$`)

// synthPDF lays the canonical text of a resolution out as text extracted
// from its PDF: italics stripped, lines hard-wrapped, pages with running
// headers and footers in the language's style, each page's footnotes at its
// foot after a rule, markers as plain digits glued to the word.
func synthPDF(canonical, lang, symbol, seed string) string {
	return synthPages(canonical, lang, symbol, seed, synthPage, false)
}

// synthPages is synthPDF with pages of pageLines lines; numberAlone puts
// each operative number on a line of its own, as PDFs with hanging
// indents come out: "1.", then "Takes note of the report".
func synthPages(canonical, lang, symbol, seed string, pageLines int, numberAlone bool) string {
	canonical = strings.ReplaceAll(canonical, "*", "")
	var paras, notes []string
	for p := range strings.SplitSeq(canonical, "\n\n") {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		if m := synthNoteRe.FindStringSubmatch(p); m != nil && len(paras) > 0 {
			notes = append(notes, plainDigitsSynth(m[1])+" "+m[2])
			continue
		}
		paras = append(paras, p)
	}
	h := fnv.New32a()
	h.Write([]byte(seed))
	n := h.Sum32()
	job := fmt.Sprintf("%02d-%05d", 20+n%6, 10000+n/7%90000)
	barcode := "*" + strings.ReplaceAll(job, "-", "") + "*"
	short := synthShortTitle(paras)
	width := synthWidth
	if lang == "zh" {
		width = synthCJKWidth
	}
	noteText := map[string]string{}
	for _, nt := range notes {
		num, text, _ := strings.Cut(nt, " ")
		noteText[num] = text
	}

	type pageT struct{ body, notes []string }
	pages := []pageT{{}}
	placed := map[string]bool{}
	room := func(p *pageT) int {
		used := len(p.body) + len(p.notes)
		if len(p.notes) > 0 {
			used += 2
		}
		return pageLines - used
	}
	// The masthead runs its lines together in blocks, as PDFs do: a blank
	// line only before the adoption line, the committee line, the title
	// and the formula.
	head := len(paras)
	for i, p := range paras {
		if _, ok := formulaOrgan(stripItalics(p), sharedOrganNames()); ok {
			head = i
			break
		}
	}
	mp := sharedMastheadPatterns()
	for i, p := range paras {
		if i < head {
			next := ""
			if i+1 < len(paras) {
				next = paras[i+1]
			}
			if i+1 < head && !mp.adoption.MatchString(next) && !strings.HasPrefix(next, "[") && !synthTitleRe.MatchString(next) {
				for _, l := range synthWrap(p, width, lang == "zh") {
					pages[0].body = append(pages[0].body, l)
				}
				continue
			}
		}
		lines := synthWrap(p, width, lang == "zh")
		if m := synthNumberRe.FindStringSubmatch(p); m != nil && numberAlone {
			lines = append([]string{m[1]}, synthWrap(m[2], width, lang == "zh")...)
		}
		for _, l := range lines {
			var add []string
			for _, m := range synthMarkerRe.FindAllString(l, -1) {
				num := plainDigitsSynth(strings.Trim(m, "()"))
				if t, ok := noteText[num]; ok && !placed[num] {
					placed[num] = true
					for k, w := range synthWrap(num+" "+t, width, lang == "zh") {
						if k > 0 {
							add = append(add, w)
						} else {
							add = append(add, "", w)
						}
					}
				}
			}
			cur := &pages[len(pages)-1]
			extra := 1 + len(add)
			if len(cur.notes) == 0 && len(add) > 0 {
				extra += 1
			}
			if room(cur) < extra && len(cur.body) > 0 {
				pages = append(pages, pageT{})
				cur = &pages[len(pages)-1]
			}
			cur.body = append(cur.body, synthMarkersPlain(l, lang))
			cur.notes = append(cur.notes, add...)
		}
		cur := &pages[len(pages)-1]
		if room(cur) > 0 {
			cur.body = append(cur.body, " ")
		}
	}
	// Notes whose marker was not found go to the last page.
	for _, nt := range notes {
		num, _, _ := strings.Cut(nt, " ")
		if !placed[num] {
			last := &pages[len(pages)-1]
			last.notes = append(last.notes, append([]string{""}, synthWrap(nt, width, lang == "zh")...)...)
		}
	}

	var b strings.Builder
	total := len(pages)
	for i, p := range pages {
		no := i + 1
		if i > 0 {
			// Running header of an inner page.
			if no%2 == 0 {
				fmt.Fprintf(&b, "%s \n%s\n \n%s\n%d/%d \n \n", symbol, short, job, no, total)
			} else {
				fmt.Fprintf(&b, "%s\n%s \n \n%d/%d\n%s \n \n", short, symbol, no, total, job)
			}
		}
		for _, l := range p.body {
			b.WriteString(l + " \n")
		}
		if len(p.notes) > 0 {
			b.WriteString("_______________ \n")
			for _, l := range p.notes {
				b.WriteString(l + " \n")
			}
		}
		if i == 0 {
			fmt.Fprintf(&b, "\n%s (%s)    211224 \n%s \n", job, synthJobLetter[lang], barcode)
		}
		b.WriteString("\n")
	}
	return b.String()
}

// synthShortTitle is the running title: the resolution's title without its
// number, cut to two lines.
func synthShortTitle(paras []string) string {
	for _, p := range paras {
		if m := synthTitleRe.FindStringSubmatch(p); m != nil {
			w := synthWrap(m[1], 60, !strings.Contains(m[1], " "))
			if len(w) > 2 {
				w = w[:2]
			}
			return strings.Join(w, " \n")
		}
	}
	return ""
}

// synthWrap hard-wraps one paragraph at width columns, at spaces, or for
// Chinese after width characters.
func synthWrap(p string, width int, cjk bool) []string {
	if cjk {
		var out []string
		r := []rune(p)
		for len(r) > width {
			// A number or Latin word is never cut: "2140(2014)".
			cut := width
			for cut > 1 && synthWordRune(r[cut-1]) && synthWordRune(r[cut]) {
				cut--
			}
			if cut <= 1 {
				cut = width
			}
			out = append(out, string(r[:cut]))
			r = r[cut:]
		}
		return append(out, string(r))
	}
	var out []string
	var cur strings.Builder
	for _, w := range strings.Fields(p) {
		if cur.Len() > 0 && utf8.RuneCountInString(cur.String())+1+utf8.RuneCountInString(w) > width {
			out = append(out, cur.String())
			cur.Reset()
		}
		if cur.Len() > 0 {
			cur.WriteByte(' ')
		}
		cur.WriteString(w)
	}
	return append(out, cur.String())
}

// synthWordRune reports whether r belongs to a run that Chinese wrapping
// keeps whole: ASCII letters, digits, and the superscript markers.
func synthWordRune(r rune) bool {
	return r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '/' || r == '.' || r == '(' || r == ')') || strings.ContainsRune("⁰¹²³⁴⁵⁶⁷⁸⁹", r)
}

// synthSwapRe matches a marker before a comma or semicolon, which PDFs in
// Latin and Cyrillic script print after it: "others¹," → "others,1".
var synthSwapRe = regexp.MustCompile(`([⁰¹²³⁴⁵⁶⁷⁸⁹]+)([,;])`)

// synthMarkersPlain turns superscript markers into plain digits glued to
// the word before them (after a comma or semicolon that follows, in Latin
// and Cyrillic script); Arabic keeps its brackets: "(1)".
func synthMarkersPlain(l, lang string) string {
	if lang != "ar" && lang != "zh" {
		l = synthSwapRe.ReplaceAllString(l, "$2$1")
	}
	return synthMarkerRe.ReplaceAllStringFunc(l, func(m string) string {
		d := plainDigitsSynth(strings.Trim(m, "()"))
		if strings.HasPrefix(m, "(") && strings.HasSuffix(m, ")") {
			return "(" + d + ")"
		}
		return strings.Replace(m, strings.Trim(m, "()"), d, 1)
	})
}

// plainDigitsSynth turns superscript digits into ASCII ones.
func plainDigitsSynth(s string) string {
	return strings.Map(func(r rune) rune {
		if i := strings.IndexRune("⁰¹²³⁴⁵⁶⁷⁸⁹", r); i >= 0 {
			return '0' + rune(utf8.RuneCountInString("⁰¹²³⁴⁵⁶⁷⁸⁹"[:i]))
		}
		if unicode.IsSpace(r) && r != ' ' {
			return ' '
		}
		return r
	}, s)
}
