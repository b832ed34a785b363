package akn

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"resolute/content"
)

// link is a hyperlink inside a unit's text: byte offsets and target.
type link struct {
	start, end int
	href       string
}

// span is a byte range of emphasised (italic or bold) text.
type span struct{ start, end int }

// note is a footnote whose marker sits inside a unit's text.
type note struct {
	marker string
	body   *unit
	at     int // byte offset of the marker in the unit's text
}

// unit is one piece of text being built from inline XML: a paragraph's
// text, an item's text, a tail or a footnote. White space is collapsed as
// text is added; the offsets of links and emphasis follow the built text.
type unit struct {
	b       strings.Builder
	space   bool // a space is owed before the next visible character
	links   []link
	open    []int // indexes into links still open, waiting for a start
	emph    []span
	notes   []note
	inEmph  int
	emphBeg int
	tabs    []int // offsets of text that follows a tab inside the unit
	tabOwed bool  // a tab was seen since the last visible character
}

// writeText appends text, collapsing white space and cleaning it.
func (u *unit) writeText(s string) {
	s = clean(s)
	for i := 0; i < len(s); {
		c, n := rune(s[i]), 1
		if c >= utf8.RuneSelf {
			c, n = utf8.DecodeRuneInString(s[i:])
		}
		if isSpace(c) {
			if u.b.Len() > 0 {
				u.space = true
				u.tabOwed = u.tabOwed || c == '\t'
			}
			i += n
			continue
		}
		// A run of visible characters is written at once.
		j := i + n
		for j < len(s) {
			c, n := rune(s[j]), 1
			if c >= utf8.RuneSelf {
				c, n = utf8.DecodeRuneInString(s[j:])
			}
			if isSpace(c) {
				break
			}
			j += n
		}
		if u.space {
			u.b.WriteByte(' ')
			u.space = false
		}
		if u.tabOwed {
			u.tabs = append(u.tabs, u.b.Len())
			u.tabOwed = false
		}
		for _, k := range u.open {
			u.links[k].start = u.b.Len()
		}
		u.open = u.open[:0]
		if u.inEmph > 0 && u.emphBeg < 0 {
			u.emphBeg = u.b.Len()
		}
		u.b.WriteString(s[i:j])
		i = j
	}
}

// isSpace reports whether c separates words: Unicode white space and the
// zero-width space.
func isSpace(c rune) bool {
	if c < utf8.RuneSelf {
		return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
	}
	return c == '\u200b' || unicode.IsSpace(c)
}

// softBreak owes a space, as between two <p> elements or at <eol/>.
func (u *unit) softBreak() {
	if u.b.Len() > 0 {
		u.space = true
	}
}

func (u *unit) beginLink(href string) int {
	u.links = append(u.links, link{start: -1, href: href})
	i := len(u.links) - 1
	u.open = append(u.open, i)
	return i
}

func (u *unit) endLink(i int) {
	if u.links[i].start < 0 {
		u.links[i].start = u.b.Len()
		u.open = u.open[:0]
	}
	u.links[i].end = u.b.Len()
}

func (u *unit) beginEmph() {
	if u.inEmph == 0 {
		u.emphBeg = -1
	}
	u.inEmph++
}

func (u *unit) endEmph() {
	u.inEmph--
	if u.inEmph == 0 && u.emphBeg >= 0 {
		u.emph = append(u.emph, span{u.emphBeg, u.b.Len()})
	}
}

// join appends o's text to u's after a space, with o's links, emphasis
// and notes.
func (u *unit) join(o *unit) {
	shift := u.b.Len()
	if shift > 0 {
		u.b.WriteByte(' ')
		shift++
	}
	u.b.WriteString(o.b.String())
	for _, l := range o.links {
		u.links = append(u.links, link{l.start + shift, l.end + shift, l.href})
	}
	for _, e := range o.emph {
		u.emph = append(u.emph, span{e.start + shift, e.end + shift})
	}
	for _, n := range o.notes {
		n.at += shift
		u.notes = append(u.notes, n)
	}
	for _, t := range o.tabs {
		u.tabs = append(u.tabs, t+shift)
	}
}

// split cuts the unit at byte k: u keeps the text before k (trailing
// white space trimmed) and the returned unit holds the rest, with the
// links, emphasis and notes that fall in it.
func (u *unit) split(k int) *unit {
	s := u.b.String()
	rest := &unit{}
	rest.b.WriteString(s[k:])
	head := strings.TrimRightFunc(s[:k], unicode.IsSpace)
	u.b.Reset()
	u.b.WriteString(head)
	clip := func(x int) int { return min(x, len(head)) }
	var links []link
	for _, l := range u.links {
		if l.start >= k {
			rest.links = append(rest.links, link{l.start - k, l.end - k, l.href})
		} else {
			links = append(links, link{l.start, clip(l.end), l.href})
		}
	}
	var emph []span
	for _, e := range u.emph {
		if e.start >= k {
			rest.emph = append(rest.emph, span{e.start - k, e.end - k})
		} else {
			emph = append(emph, span{e.start, clip(e.end)})
		}
	}
	var notes []note
	for _, n := range u.notes {
		if n.at > k {
			n.at -= k
			rest.notes = append(rest.notes, n)
		} else {
			notes = append(notes, n)
		}
	}
	var tabs []int
	for _, t := range u.tabs {
		if t > k {
			rest.tabs = append(rest.tabs, t-k)
		} else if t < len(head) {
			tabs = append(tabs, t)
		}
	}
	u.links, u.emph, u.notes, u.tabs = links, emph, notes, tabs
	return rest
}

// text returns the unit's text.
func (u *unit) text() string { return u.b.String() }

// empty reports whether nothing visible was written.
func (u *unit) empty() bool { return u.b.Len() == 0 && len(u.notes) == 0 }

// cut removes the first k bytes of the text, moving every offset.
func (u *unit) cut(k int) {
	s := u.b.String()
	if k <= 0 || k > len(s) {
		return
	}
	u.b.Reset()
	u.b.WriteString(s[k:])
	shift := func(x int) int {
		if x -= k; x < 0 {
			return 0
		}
		return x
	}
	for i := range u.links {
		u.links[i].start, u.links[i].end = shift(u.links[i].start), shift(u.links[i].end)
	}
	for i := range u.emph {
		u.emph[i].start, u.emph[i].end = shift(u.emph[i].start), shift(u.emph[i].end)
	}
	for i := range u.notes {
		u.notes[i].at = shift(u.notes[i].at)
	}
	for i := range u.tabs {
		u.tabs[i] = shift(u.tabs[i])
	}
}

// remove removes bytes [from, to) of the text, moving every offset after
// them; offsets inside them move to from.
func (u *unit) remove(from, to int) {
	s := u.b.String()
	if from < 0 || to <= from || to > len(s) {
		return
	}
	u.b.Reset()
	u.b.WriteString(s[:from] + s[to:])
	shift := func(x int) int {
		switch {
		case x >= to:
			return x - (to - from)
		case x > from:
			return from
		}
		return x
	}
	for i := range u.links {
		u.links[i].start, u.links[i].end = shift(u.links[i].start), shift(u.links[i].end)
	}
	for i := range u.emph {
		u.emph[i].start, u.emph[i].end = shift(u.emph[i].start), shift(u.emph[i].end)
	}
	for i := range u.notes {
		u.notes[i].at = shift(u.notes[i].at)
	}
	for i := range u.tabs {
		u.tabs[i] = shift(u.tabs[i])
	}
}

// lead returns the emphasised text at the very start of the unit (several
// emphasised runs separated only by white space count as one), trimmed of
// trailing punctuation.
func (u *unit) lead() string {
	s := u.text()
	end := -1
	for _, e := range u.emph {
		if e.start > len(s) || e.end > len(s) || e.start >= e.end {
			continue
		}
		if end < 0 {
			if strings.TrimSpace(s[:e.start]) != "" {
				break
			}
		} else if strings.TrimSpace(s[end:e.start]) != "" {
			break
		}
		end = e.end
	}
	if end < 0 {
		return ""
	}
	return strings.TrimRight(strings.TrimSpace(s[:end]), ",;:.،؛，；：")
}

// inline adds the inline content of n to u: text, emphasis, links, line
// breaks and footnotes. Block-level children are read as inline text too.
func inline(u *unit, n *node) {
	for _, k := range n.kids {
		inlineNode(u, k)
	}
}

// inlineNode adds one node to u, as inline does for each child.
func inlineNode(u *unit, k *node) {
	if k.name == "" {
		u.writeText(k.text)
		return
	}
	switch k.name {
	case "authorialNote", "note":
		body := &unit{}
		for _, p := range k.kids {
			if p.name == "" {
				body.writeText(p.text)
				continue
			}
			body.softBreak()
			inlineNoNotes(body, p)
			body.softBreak()
		}
		// Arabic notes open with "()", where Word put the marker.
		if t := body.text(); strings.HasPrefix(t, "()") {
			k := len("()")
			if len(t) > k && t[k] == ' ' {
				k++
			}
			body.cut(k)
		}
		m := strings.TrimSpace(clean(k.attr("marker")))
		if m == "" {
			m = "*"
		}
		u.writeText(content.Superscript(m))
		u.notes = append(u.notes, note{marker: m, body: body, at: u.b.Len()})
	case "a", "ref":
		i := u.beginLink(k.attr("href"))
		inline(u, k)
		u.endLink(i)
	case "span", "b", "i", "u":
		cls := k.attr("class")
		em := k.name == "b" || k.name == "i" || strings.Contains(cls, "italic") || strings.Contains(cls, "bold")
		if em {
			u.beginEmph()
		}
		inline(u, k)
		if em {
			u.endEmph()
		}
	case "eol", "br":
		u.softBreak()
	case "p", "content", "intro", "wrapUp", "listIntroduction", "listWrapUp", "blockList", "list", "item", "point", "num", "heading", "subheading":
		u.softBreak()
		inline(u, k)
		u.softBreak()
	case "img", "meta":
	default:
		inline(u, k)
	}
}

// inlineNoNotes is inline for a footnote body: a note inside a note is read
// as plain text.
func inlineNoNotes(u *unit, n *node) {
	if n.name == "authorialNote" || n.name == "note" {
		return
	}
	inline(u, n)
}
