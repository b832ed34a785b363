package render

import (
	"slices"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"resolute/content"
	"resolute/termsafe"
)

// Bounds on the links of a block, so that a hostile document cannot make
// rendering slow: links per block and bytes of a mention's text.
const (
	maxLinks    = 64
	maxLinkText = 200
)

// Link is a citation mention that the rendering turns into a hyperlink.
type Link struct {
	// Text is the mention as it reads in the block, e.g. "59/50".
	Text string
	// URL is the cited symbol's official address,
	// "https://undocs.org/en/A/RES/59/50".
	URL string
}

// SymbolURL returns the undocs.org address of a document symbol in a
// language ("https://undocs.org/en/S/RES/1631(2005)"), or "" when symbol
// does not look like a UN document symbol. The language falls back to
// English when it is not one of the six.
func SymbolURL(lang, symbol string) string {
	sym := strings.ReplaceAll(strings.TrimSpace(symbol), " ", "")
	// A symbol starts with its series in capitals; another body's
	// resolution, "resolution 5/7", has no UN document to link to.
	if sym == "" || len(sym) > 100 || !strings.Contains(sym, "/") || sym[0] < 'A' || sym[0] > 'Z' {
		return ""
	}
	for _, r := range sym {
		ok := r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9' ||
			strings.ContainsRune("/.()-", r)
		if !ok {
			return ""
		}
	}
	lang = strings.ToLower(lang)
	switch lang {
	case "ar", "en", "es", "fr", "ru", "zh":
	default:
		lang = "en"
	}
	return "https://undocs.org/" + lang + "/" + sym
}

// attachLinks gives every block the links of the citation mentions it
// shows: resolutions and documents with a symbol, not decisions.
func attachLinks(d *content.Document, blocks []Block) {
	if len(d.Citations) == 0 {
		return
	}
	byID := make(map[string]int, len(blocks))
	for i, b := range blocks {
		if _, dup := byID[b.ID]; !dup {
			byID[b.ID] = i
		}
	}
	texts := map[[2]string][]string{}
	for _, u := range d.Units() {
		k := [2]string{u.ID, u.Footnote}
		texts[k] = append(texts[k], u.Text)
	}
	// Mentions in the proponent line are in "masthead"; the title block
	// shows that line.
	texts[[2]string{"masthead", ""}] = []string{d.Masthead.Proponent}
	seen := map[[3]string]bool{}
	for _, c := range d.Citations {
		if c.Kind == content.DecisionCitation {
			continue
		}
		url := SymbolURL(d.Language, c.Symbol)
		if url == "" {
			continue
		}
		for _, m := range c.Mentions {
			id := paragraphID(m.Paragraph)
			if id == "masthead" && m.Footnote == "" {
				id = "title"
			}
			i, ok := byID[id]
			if !ok && m.Footnote != "" {
				i, ok = byID["footnotes"]
			}
			if !ok || len(blocks[i].Links) >= maxLinks {
				continue
			}
			for _, t := range texts[[2]string{m.Paragraph, m.Footnote}] {
				if m.Start < 0 || m.Start >= m.End || m.End > len(t) || m.End-m.Start > maxLinkText {
					continue
				}
				mention := clean(t[m.Start:m.End])
				if !strings.ContainsAny(mention, "0123456789") {
					break // a mention without a number would link common words
				}
				if k := [3]string{blocks[i].ID, mention, url}; mention != "" && !seen[k] {
					seen[k] = true
					blocks[i].Links = append(blocks[i].Links, Link{Text: mention, URL: url})
				}
				break
			}
		}
	}
}

// hyperlink returns the sequences that open and close an OSC 8 hyperlink to
// url, as termsafe.Link writes them; ok is false for a URL it refuses.
func hyperlink(url string) (open, close string, ok bool) {
	const probe = "x"
	l := termsafe.Link(url, probe)
	i := strings.Index(l, "\a"+probe+"\x1b")
	if l == probe || i < 0 {
		return "", "", false
	}
	return l[:i+1], l[i+1+len(probe):], true
}

// linkLines makes each mention in the rendered lines of s a hyperlink. A
// mention that the wrapping split is linked in its parts: the words at the
// end of one line and at the start of the next that carry a digit. Links
// never span lines, so each line stays whole on its own.
func linkLines(s string, links []Link) string {
	type target struct{ open, close string }
	var ls []Link
	var ts []target
	for _, l := range links {
		if open, close, ok := hyperlink(l.URL); ok && l.Text != "" {
			ls = append(ls, l)
			ts = append(ts, target{open, close})
		}
	}
	if len(ls) == 0 {
		return s
	}
	lines := strings.Split(s, "\n")
	gs := make([]graphemeMap, len(lines))
	for n, line := range lines {
		gs[n] = graphemes(line)
	}
	for n, line := range lines {
		g := gs[n]
		if g.plain == "" {
			continue
		}
		prev, next := "", ""
		if n > 0 {
			prev = gs[n-1].plain
		}
		if n+1 < len(gs) {
			next = gs[n+1].plain
		}
		var spans []span
		for k, l := range ls {
			found := false
			for _, at := range allIndex(g.plain, l.Text) {
				spans = append(spans, span{at, at + len(l.Text), k})
				found = true
			}
			if !found {
				spans = append(spans, splitParts(prev, g.plain, next, l.Text, k)...)
			}
		}
		if len(spans) == 0 {
			continue
		}
		var sb strings.Builder
		sb.Grow(len(line) + len(spans)*64)
		last := 0
		end := -1
		for _, sp := range sortSpans(spans) {
			from, to := g.start(sp.start), g.end(sp.end)
			if from < 0 || to < 0 || from < end {
				continue
			}
			sb.WriteString(line[last:from])
			sb.WriteString(ts[sp.link].open)
			sb.WriteString(line[from:to])
			sb.WriteString(ts[sp.link].close)
			last, end = to, to
		}
		sb.WriteString(line[last:])
		lines[n] = sb.String()
	}
	return strings.Join(lines, "\n")
}

// span is a byte range of a line's plain text to link to links[link].
type span struct{ start, end, link int }

// sortSpans sorts spans by start, longest first.
func sortSpans(s []span) []span {
	slices.SortFunc(s, func(a, b span) int {
		if a.start != b.start {
			return a.start - b.start
		}
		return b.end - a.end
	})
	return s
}

// allIndex returns the start of every non-overlapping occurrence of sub in s.
func allIndex(s, sub string) []int {
	var out []int
	for from := 0; from <= len(s)-len(sub); {
		i := strings.Index(s[from:], sub)
		if i < 0 {
			break
		}
		out = append(out, from+i)
		from += i + len(sub)
	}
	return out
}

// splitParts finds the parts of a mention that wrapping split over lines:
// a line that ends with the beginning of the mention when the next line
// starts with the rest, or starts with the end of it when the previous line
// ends with the rest. Only a piece that carries a digit is linked.
func splitParts(prev, plain, next, mention string, link int) []span {
	words := strings.Fields(mention)
	if len(words) < 2 {
		return nil
	}
	trimmed := strings.TrimRight(plain, " ")
	lead := len(plain) - len(strings.TrimLeft(plain, " "))
	prev = strings.TrimRight(prev, " ")
	next = strings.TrimLeft(next, " ")
	var out []span
	for k := 1; k < len(words); k++ {
		head, rest := strings.Join(words[:k], " "), strings.Join(words[k:], " ")
		if strings.ContainsAny(head, "0123456789") && strings.HasSuffix(trimmed, head) && strings.HasPrefix(next, rest) {
			out = append(out, span{len(trimmed) - len(head), len(trimmed), link})
			break
		}
	}
	for k := 1; k < len(words); k++ {
		head, tail := strings.Join(words[:k], " "), strings.Join(words[k:], " ")
		if strings.ContainsAny(tail, "0123456789") && strings.HasPrefix(plain[lead:], tail) && strings.HasSuffix(prev, head) {
			out = append(out, span{lead, lead + len(tail), link})
			break
		}
	}
	return out
}

// graphemeMap is a styled line's visible text with, for each of its
// bytes, where the character holding it starts and ends in the line.
type graphemeMap struct {
	plain    string
	from, to []int // per byte of plain: the character's byte range in the line
}

// graphemes maps the visible text of a styled line to the line's bytes.
func graphemes(line string) graphemeMap {
	var g graphemeMap
	var sb strings.Builder
	state := ansi.NormalState
	for i := 0; i < len(line); {
		seq, width, n, next := ansi.DecodeSequence(line[i:], state, nil)
		if n <= 0 {
			n = 1
		}
		state = next
		if width > 0 || len(seq) > 0 && seq[0] != 0x1b && seq[0] >= 0x20 {
			sb.WriteString(seq)
			for range len(seq) {
				g.from = append(g.from, i)
				g.to = append(g.to, i+n)
			}
		}
		i += n
	}
	g.plain = sb.String()
	return g
}

// start returns where in the line the character holding plain byte b
// starts, or -1.
func (g graphemeMap) start(b int) int {
	if b < 0 || b >= len(g.from) {
		return -1
	}
	return g.from[b]
}

// end returns where in the line the character holding plain byte b-1 ends,
// or -1.
func (g graphemeMap) end(b int) int {
	if b <= 0 || b > len(g.to) {
		return -1
	}
	return g.to[b-1]
}
