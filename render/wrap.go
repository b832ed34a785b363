package render

import (
	"slices"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/rivo/uniseg"

	"resolute/linebreak"
)

// run is a run of text in one style: an SGR sequence, or "" for none.
// glueBefore and glueAfter forbid a line break at its start and at its end
// (a marker such as "{+" stays with the text it marks).
type run struct {
	text, style           string
	glueBefore, glueAfter bool
}

// styleSpan says that the text of a paragraph up to end has style.
type styleSpan struct {
	end   int
	style string
}

// wrapper lays runs out in lines, breaking where package linebreak allows
// (UAX #14 with its tailorings). It is not safe for concurrent use; its
// zero value is ready.
type wrapper struct {
	breaker     linebreak.Breaker
	opps, glued []int
	text        strings.Builder
	spans       []styleSpan
	noBreak     []int // offsets in text where no line may break
	out         strings.Builder
}

// wrap appends to lines the runs laid out in lines of at most width cells,
// each opening with indent (dropped when it leaves less than two cells).
// A "\n" in a run's text ends a line. A line breaks where package linebreak
// allows; where what it keeps together is wider than the line, where UAX
// #14 alone allows; a run wider than the line without either is cut between
// two characters, never before a closing mark that no line may open with
// (render/hang.go). The spaces at a break are dropped, and every style is
// closed at the end of its line.
func (w *wrapper) wrap(lines []string, runs []run, width int, indent string) []string {
	limit := width - cells(indent)
	if limit < minWidth {
		indent, limit = "", width
	}
	w.text.Reset()
	w.spans, w.noBreak = w.spans[:0], w.noBreak[:0]
	any := false
	for _, r := range runs {
		if r.glueBefore {
			w.noBreak = append(w.noBreak, w.text.Len())
		}
		for k, part := range strings.Split(r.text, "\n") {
			if k > 0 {
				lines = w.flush(lines, limit, indent)
				any = false
			}
			if part == "" {
				continue
			}
			w.text.WriteString(part)
			end := w.text.Len()
			if n := len(w.spans); n > 0 && w.spans[n-1].style == r.style {
				w.spans[n-1].end = end
			} else {
				w.spans = append(w.spans, styleSpan{end: end, style: r.style})
			}
			any = true
		}
		if r.glueAfter {
			w.noBreak = append(w.noBreak, w.text.Len())
		}
	}
	if any {
		lines = w.flush(lines, limit, indent)
	}
	return lines
}

// flush lays out the paragraph gathered in w.text and w.spans, an empty
// line if it has no text, and starts the next.
func (w *wrapper) flush(lines []string, limit int, indent string) []string {
	s := w.text.String()
	defer func() {
		w.text.Reset()
		w.spans, w.noBreak = w.spans[:0], w.noBreak[:0]
	}()
	start := 0
	for start < len(s) && s[start] == ' ' {
		start++
	}
	if start == len(s) {
		return append(lines, "")
	}
	w.opps, w.glued = w.breaker.Tailored(w.opps[:0], w.glued[:0], s)
	if len(w.noBreak) > 0 {
		forbidden := func(p int) bool { return slices.Contains(w.noBreak, p) }
		w.opps = slices.DeleteFunc(w.opps, forbidden)
		w.glued = slices.DeleteFunc(w.glued, forbidden)
	}
	k := 0 // the first opportunity after start
	for start < len(s) {
		for k < len(w.opps) && w.opps[k] <= start {
			k++
		}
		// The furthest opportunity that leaves the line within the limit.
		best, cur, prev := -1, 0, start
		j := k
		for ; j < len(w.opps); j++ {
			b := w.opps[j]
			cur += cells(s[prev:b])
			prev = b
			if cur-trailingSpaces(s[start:b]) > limit {
				break
			}
			best = b
		}
		if j == len(w.opps) && cur+cells(s[prev:])-trailingSpaces(s[start:]) <= limit {
			lines = append(lines, w.line(s, start, len(s), indent))
			break
		}
		if best < 0 {
			// The next piece alone is wider than the line.
			end := len(s)
			if k < len(w.opps) {
				end = w.opps[k]
			}
			best = w.lastResort(s, start, end, limit)
		}
		lines = append(lines, w.line(s, start, best, indent))
		start = best
	}
	return lines
}

// lastResort returns where to cut s[start:end], a piece wider than limit
// with no break opportunity inside: at the furthest place the tailorings
// of linebreak took away that fits, else after as many characters as fit
// (at least one), moving back before a closing mark.
func (w *wrapper) lastResort(s string, start, end, limit int) int {
	best := -1
	for _, g := range w.glued {
		if g <= start {
			continue
		}
		if g >= end || cells(s[start:g])-trailingSpaces(s[start:g]) > limit {
			break
		}
		best = g
	}
	if best > 0 {
		return best
	}
	used, at, prevAt := 0, start, start
	state := -1
	rest := s[start:end]
	for len(rest) > 0 {
		var cluster string
		var width int
		cluster, rest, width, state = uniseg.FirstGraphemeClusterInString(rest, state)
		if used+width > limit && at > start {
			if isClosingMark(cluster) && prevAt > start {
				return prevAt // the mark comes down with the character before it
			}
			return at
		}
		used += width
		prevAt, at = at, at+len(cluster)
	}
	return at
}

// isClosingMark reports whether a character is one that no Chinese line
// may open with.
func isClosingMark(cluster string) bool {
	return cluster != "" && cluster[0] >= 0x80 && strings.Contains(closingMarks, cluster)
}

// line writes s[from:to] as one line after indent, its trailing spaces
// dropped, each style opened and closed within the line.
func (w *wrapper) line(s string, from, to int, indent string) string {
	for to > from && s[to-1] == ' ' {
		to--
	}
	w.out.Reset()
	w.out.WriteString(indent)
	begin := 0
	for _, sp := range w.spans {
		a, b := max(begin, from), min(sp.end, to)
		begin = sp.end
		if a >= b {
			continue
		}
		if sp.style == "" {
			w.out.WriteString(s[a:b])
			continue
		}
		w.out.WriteString(sp.style)
		w.out.WriteString(s[a:b])
		w.out.WriteString(sgrReset)
	}
	return w.out.String()
}

// trailingSpaces counts the spaces that end s.
func trailingSpaces(s string) int {
	n := 0
	for n < len(s) && s[len(s)-1-n] == ' ' {
		n++
	}
	return n
}

// cells returns the cells plain text s takes in a terminal.
func cells(s string) int {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 || c < 0x20 {
			return uniseg.StringWidth(s)
		}
	}
	return len(s)
}

// padCells pads a rendered line (escape sequences allowed) with spaces to
// n cells.
func padCells(s string, n int) string {
	if w := ansi.StringWidth(s); w < n {
		return s + strings.Repeat(" ", n-w)
	}
	return s
}
