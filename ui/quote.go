package ui

import (
	"strings"
	"unicode"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"

	"resolute/content"
)

// citeWords are the words a reference to a paragraph is written with in one
// language, as the UN's documents write them: "A/76/471, para. 13" in
// English, "par. 13" in French, "párr. 13" in Spanish, "п. 13" in Russian,
// "الفقرة 13" in Arabic, "第13段" in Chinese (the proponent lines of
// ../shared/reference/un-resolutions.md §1.2); preambular paragraphs as the
// UN's texts name them in each language ("alinéa" du préambule in French).
// Each pattern has %n for the paragraph's number.
type citeWords struct {
	sep   string // between the symbol and the reference, and between parts of it
	colon string // between the reference and the quoted text
	para  string // an operative paragraph: "para. %n"
	// itemJoin separates a paragraph's number from its items' labels, and
	// the labels from one another: "para. 13 (d) (ii)", "第13(d)(ii)段".
	itemJoin string
	pre      string // a preambular paragraph
	after    string // an unnumbered paragraph after paragraph %n
	before   string // an unnumbered operative paragraph before any number
	section  string // a section of a resolution: "sect. %n"
	annex    string // "annex"; "annex %n" for one of several
	annexN   string
}

// citeTable holds the words of the six languages; any other is English.
var citeTable = map[string]citeWords{
	"en": {sep: ", ", colon: ": ", para: "para. %n", itemJoin: " ", pre: "preambular para. %n",
		after: "unnumbered para. after para. %n", before: "unnumbered operative para.",
		section: "sect. %n", annex: "annex", annexN: "annex %n"},
	"fr": {sep: ", ", colon: " : ", para: "par. %n", itemJoin: " ", pre: "alinéa %n du préambule",
		after: "par. non numéroté suivant le par. %n", before: "par. non numéroté du dispositif",
		section: "sect. %n", annex: "annexe", annexN: "annexe %n"},
	"es": {sep: ", ", colon: ": ", para: "párr. %n", itemJoin: " ", pre: "párr. %n del preámbulo",
		after: "párr. sin numerar siguiente al párr. %n", before: "párr. sin numerar de la parte dispositiva",
		section: "secc. %n", annex: "anexo", annexN: "anexo %n"},
	"ru": {sep: ", ", colon: ": ", para: "п. %n", itemJoin: " ", pre: "п. %n преамбулы",
		after: "ненумерованный пункт после п. %n", before: "ненумерованный пункт постановляющей части",
		section: "разд. %n", annex: "приложение", annexN: "приложение %n"},
	"ar": {sep: "، ", colon: ": ", para: "الفقرة %n", itemJoin: " ", pre: "الفقرة %n من الديباجة",
		after: "الفقرة غير المرقمة التي تلي الفقرة %n", before: "فقرة غير مرقمة من المنطوق",
		section: "الجزء %n", annex: "المرفق", annexN: "المرفق %n"},
	"zh": {sep: "，", colon: "：", para: "第%n段", itemJoin: "", pre: "序言部分第%n段",
		after: "第%n段之后的未编号段落", before: "执行部分未编号段落",
		section: "第%n节", annex: "附件", annexN: "附件%n"},
}

// words returns the citation words of a language.
func words(lang string) citeWords {
	if w, ok := citeTable[strings.ToLower(lang)]; ok {
		return w
	}
	return citeTable["en"]
}

// fill puts n in a pattern's %n.
func fill(pattern, n string) string { return strings.ReplaceAll(pattern, "%n", n) }

// reference returns how a delegate cites paragraph or item id of v's
// document, in its language: "A/RES/79/10, para. 5", "A/RES/77/128 B,
// para. 3 (d)", "A/RES/70/1, annex, para. 8", "A/RES/79/10，第5段". ok is
// false for what is not a paragraph (the masthead, a heading).
func (v *docView) reference(id string) (string, bool) {
	d := v.doc
	w := words(d.Language)
	sym := clean(strings.TrimSpace(d.Symbol))
	var where []string
	local := id
	if strings.HasPrefix(id, "annex") {
		annexID, rest, _ := strings.Cut(id, ".")
		if n := strings.TrimPrefix(annexID, "annex"); n != "" {
			where = append(where, fill(w.annexN, clean(n)))
		} else {
			where = append(where, w.annex)
		}
		p, ok := d.Paragraph(paragraphOf(id))
		if !ok || !strings.HasPrefix(rest, "p") {
			return "", false
		}
		if p.Number == nil || strings.TrimSpace(*p.Number) == "" {
			return joinRef(sym, w, where), true
		}
		where = append(where, fill(w.para, strings.TrimSuffix(clean(*p.Number), ".")+v.itemPart(id, w)))
		return joinRef(sym, w, where), true
	}
	if i := strings.LastIndexByte(id, '.'); i >= 0 {
		label := clean(id[:i])
		local = id[i+1:]
		if isResolutionLetter(label) {
			sym = strings.TrimSpace(withoutLetters(sym) + " " + label) // A/RES/77/128 B
		} else {
			where = append(where, fill(w.section, label))
		}
	}
	base := paragraphOf(local)
	switch {
	case strings.HasPrefix(base, "pp"):
		where = append(where, fill(w.pre, strings.TrimPrefix(base, "pp")+v.itemPart(id, w)))
	case strings.HasPrefix(base, "op"):
		num, _, unnumbered := strings.Cut(strings.TrimPrefix(base, "op"), "_")
		switch {
		case !unnumbered:
			if p, ok := d.Paragraph(paragraphOf(id)); ok && p.Number != nil {
				num = strings.TrimSuffix(clean(*p.Number), ".")
			}
			where = append(where, fill(w.para, num+v.itemPart(id, w)))
		case num == "0":
			where = append(where, w.before)
		default:
			where = append(where, fill(w.after, num))
		}
	default:
		return "", false
	}
	return joinRef(sym, w, where), true
}

// withoutLetters drops the letters of the resolutions a symbol covers:
// "A/RES/77/128 A-B" → "A/RES/77/128".
func withoutLetters(sym string) string {
	i := strings.LastIndexByte(sym, ' ')
	if i < 0 {
		return sym
	}
	last := []rune(sym[i+1:])
	if len(last) == 3 && unicode.IsUpper(last[0]) && unicode.IsUpper(last[2]) && (last[1] == '-' || last[1] == '–') {
		return sym[:i]
	}
	return sym
}

// joinRef joins the symbol and the parts of a reference.
func joinRef(sym string, w citeWords, where []string) string {
	sep := w.sep
	if w.itemJoin == "" { // Chinese runs the parts together: 附件第8段
		return sym + w.sep + strings.Join(where, "")
	}
	if sym == "" {
		return strings.Join(where, sep)
	}
	return sym + sep + strings.Join(where, sep)
}

// itemPart returns the printed labels of the items id is in, each preceded
// by the language's separator ("", or " (d) (ii)"), for the paragraph's
// number to carry.
func (v *docView) itemPart(id string, w citeWords) string {
	var labels []string
	for cur := id; ; {
		i := strings.LastIndexByte(cur, '(')
		if i <= 0 {
			break
		}
		if l, ok := v.itemLabel[cur]; ok {
			labels = append([]string{clean(strings.TrimSpace(l))}, labels...)
		}
		cur = cur[:i]
	}
	if len(labels) == 0 {
		return ""
	}
	return w.itemJoin + strings.Join(labels, w.itemJoin)
}

// paragraphOf returns the id of the paragraph holding paragraph or item id.
func paragraphOf(id string) string {
	if i := strings.IndexByte(id, '('); i >= 0 {
		return id[:i]
	}
	return id
}

// isResolutionLetter reports whether a part's label names one of several
// resolutions under one number ("A", "B", in Arabic "ألف", "باء"), rather
// than a section ("I", "II").
func isResolutionLetter(label string) bool {
	switch label {
	case "I", "V", "X":
		return false // sections I, V and X, not resolutions I, V and X
	case "ألف", "باء", "جيم", "دال", "هاء", "واو", "زاي", "حاء", "طاء", "ياء":
		return true
	}
	r, n := utf8.DecodeRuneInString(label)
	return n == len(label) && unicode.IsUpper(r) && r < 0x80
}

// unitText returns the plain text of paragraph or item id: its number (an
// item's label) when withNumber is set, its text, its items one a line under their labels, and
// its tail; "" for what is not a paragraph.
func (v *docView) unitText(id string, withNumber bool) string {
	d := v.doc
	var lines []string
	var items func(its []content.Item)
	items = func(its []content.Item) {
		for _, it := range its {
			lines = append(lines, strings.TrimSpace(clean(it.Label)+" "+clean(it.Text)))
			items(it.Items)
		}
	}
	if it, ok := d.Item(id); ok {
		first := clean(it.Text)
		if withNumber { // the label is the item's number
			first = clean(it.Label) + " " + first
		}
		lines = append(lines, strings.TrimSpace(first))
		items(it.Items)
		return strings.Join(lines, "\n")
	}
	p, ok := d.Paragraph(id)
	if !ok || p.ID != id {
		return ""
	}
	first := clean(strings.TrimSpace(p.Text))
	if withNumber && p.Number != nil && strings.TrimSpace(*p.Number) != "" {
		num := strings.TrimSuffix(clean(strings.TrimSpace(*p.Number)), ".")
		first = strings.TrimSpace(num + ". " + first)
	}
	if first != "" {
		lines = append(lines, first)
	}
	items(p.Items)
	if t := clean(strings.TrimSpace(p.Tail)); t != "" {
		lines = append(lines, t)
	}
	return strings.Join(lines, "\n")
}

// quoteParagraph puts on the clipboard what the status bar names (the
// paragraph or item at the top) as delegates quote it, with its reference
// first: "A/RES/79/10, para. 5: Decides …" (OSC 52).
func (m *model) quoteParagraph() tea.Cmd {
	v := m.view
	id := v.topUnit()
	ref, ok := v.reference(id)
	text := v.unitText(id, false)
	if !ok || text == "" {
		m.message = "nothing to quote here: go to a paragraph (] or :)"
		return nil
	}
	quote := ref + words(v.doc.Language).colon + text
	m.message = "copied with its reference: " + ref
	if v.rtl() {
		m.message = "copied " + v.unitName(id) + " with its reference"
	}
	return tea.SetClipboard(quote)
}

// gutterWidth returns the width of v's paragraph-id gutter, 0 when hidden.
func (m *model) gutterWidth(v *docView) int {
	if !m.showIDs {
		return 0
	}
	return v.gutterWidth()
}

// languageWord returns the English name of a UN language code ("French"),
// or the code.
func languageWord(code string) string {
	n := languageName(code)
	if i := strings.Index(n, " ("); i > 0 {
		return n[:i]
	}
	return clean(code)
}
