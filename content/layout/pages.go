package layout

import "strings"

// pageBreak stands for a removed page header or footer in the line stream.
// cleanLine removes every form feed, so no text line can equal it.
const pageBreak = "\f"

// maxTitleRun bounds the running-title lines taken beside a header anchor.
const maxTitleRun = 8

// page is the text of one page once its header and footer are gone.
type page struct {
	body  []string // body lines; "" for a blank line
	notes []string // lines of the footnote block at the page foot
}

// furniture marks the running header and footer lines of the body: job
// numbers, barcodes, page numbers, the document symbol, and the running
// title printed beside them (lines of the title or agenda title, or lines
// that recur beside anchors on several pages).
func furniture(lines []string, d docInfo) []bool {
	if d.symbol == "" {
		d.symbol = runningSymbol(lines)
	}
	removed := make([]bool, len(lines))
	var anchors []int
	total := pageTotal(lines)
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if total != "" && isPageNumber(t) && !strings.HasSuffix(t, "/"+total) {
			// "16/18" alone on a line of a 7-page text is a resolution
			// number that justification left alone, not a page number.
			continue
		}
		if isFurniture(t) || d.symbol != "" && strings.TrimRight(t, "*") == d.symbol {
			removed[i] = true
			anchors = append(anchors, i)
		}
	}
	// A running title line may carry the symbol at one end:
	// "Security Treaty Organization A/RES/79/10".
	if d.symbol != "" {
		spaced, spacedAfter := " "+d.symbol, d.symbol+" "
		for i, l := range lines {
			t := strings.TrimRight(strings.TrimSpace(l), "*")
			rest, ok := strings.CutSuffix(t, spaced)
			if !ok {
				rest, ok = strings.CutPrefix(t, spacedAfter)
			}
			if ok && rest != "" && (strings.Contains(d.title, normalise(rest)) || strings.Contains(d.agenda, normalise(rest))) {
				removed[i] = true
				anchors = append(anchors, i)
			}
		}
	}
	// How many times a line's text stands beside anchors, each line
	// counted once: a running title recurs on several pages, while a body
	// line beside a cluster of anchors (job number, barcode, symbol) must
	// not count once per anchor.
	seen := map[string]int{}
	counted := map[int]bool{}
	for _, a := range anchors {
		for _, i := range titleRun(lines, removed, a) {
			if !counted[i] {
				counted[i] = true
				seen[normalise(lines[i])]++
			}
		}
	}
	titleLike := func(s string) bool {
		n := normalise(s)
		if len(n) < 3 {
			return false
		}
		return strings.Contains(d.title, n) || strings.Contains(d.agenda, n) || seen[n] >= 3
	}
	// Past a blank line, only words of the title or agenda title are the
	// running title: a label "(c)" that opens several pages recurs too.
	ofTitle := func(s string) bool {
		n := normalise(s)
		return len(n) >= 3 && (strings.Contains(d.title, n) || strings.Contains(d.agenda, n)) && !itemRe().MatchString(strings.TrimSpace(s))
	}
	for _, a := range anchors {
		for _, step := range []int{-1, 1} {
			taken, blanks := 0, 0
			for i, k := a+step, 0; i >= 0 && i < len(lines) && k < maxTitleRun; i, k = i+step, k+1 {
				if removed[i] {
					continue
				}
				if strings.TrimSpace(lines[i]) == "" && leadingBlank(taken, &blanks) {
					continue
				}
				if strings.TrimSpace(lines[i]) == "" || !titleLike(lines[i]) || blanks > 0 && !ofTitle(lines[i]) {
					break
				}
				removed[i] = true
				taken++
			}
		}
	}
	return removed
}

// leadingBlank reports whether a blank line may lie between a header anchor
// and its running title: before any title line is taken, up to two of them.
// A header without the symbol line ("… Security Treaty Organization", a
// blank line, "3/4", "24-21660") leaves the title apart from the page
// number.
func leadingBlank(taken int, blanks *int) bool {
	if taken > 0 || *blanks >= 2 {
		return false
	}
	*blanks++
	return true
}

// pageTotal returns the page count the text's page numbers give ("4" of
// "2/4", "3/4"), when one count recurs on two lines or more, or "".
func pageTotal(lines []string) string {
	count := map[string]int{}
	best := ""
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if !isPageNumber(t) {
			continue
		}
		_, m, _ := strings.Cut(t, "/")
		count[m]++
		if count[m] >= 2 && count[m] > count[best] {
			best = m
		}
	}
	return best
}

// runningSymbol finds the document symbol of a text whose masthead lacks
// it, as a symbol standing alone on lines of several pages.
func runningSymbol(lines []string) string {
	count := map[string]int{}
	best := ""
	for _, l := range lines {
		t := strings.TrimRight(strings.TrimSpace(l), "*")
		if len(t) > 40 || !symbolRe().MatchString(t) {
			continue
		}
		count[t]++
		if count[t] >= 2 && count[t] > count[best] {
			best = t
		}
	}
	return best
}

// titleRun lists the non-blank lines next to anchor a, up to a blank line or
// maxTitleRun lines each way.
func titleRun(lines []string, removed []bool, a int) []int {
	var run []int
	for _, step := range []int{-1, 1} {
		blanks := 0
		for i, k := a+step, 0; i >= 0 && i < len(lines) && k < maxTitleRun; i, k = i+step, k+1 {
			if removed[i] {
				continue
			}
			if strings.TrimSpace(lines[i]) == "" {
				if leadingBlank(len(run), &blanks) {
					continue
				}
				break
			}
			run = append(run, i)
		}
	}
	return run
}

// paginate splits the body lines into pages at removed headers and form
// feeds, and separates each page's footnote block, which starts at a rule of
// underscores followed by a numbered note.
func paginate(lines []string, removed, ff []bool) []page {
	pages := []page{{}}
	inNotes, afterBlank := false, false
	for i, l := range lines {
		cur := &pages[len(pages)-1]
		if removed[i] || ff[i] {
			inNotes = false
			if len(cur.body) > 0 || len(cur.notes) > 0 {
				pages = append(pages, page{})
				cur = &pages[len(pages)-1]
			}
			if removed[i] {
				continue
			}
		}
		t := strings.TrimSpace(l)
		if inNotes && afterBlank && t != "" && !noteRe().MatchString(t) {
			// An extraction that drops the page furniture runs the next
			// page's text on after the notes, past a blank line.
			inNotes = false
			pages = append(pages, page{})
			cur = &pages[len(pages)-1]
		}
		afterBlank = t == ""
		switch {
		case isRule(t) && notesFollow(lines, i+1):
			inNotes = true
		case inNotes:
			cur.notes = append(cur.notes, l)
		default:
			if t == "" {
				l = ""
			}
			cur.body = append(cur.body, l)
		}
	}
	return pages
}

// notesFollow reports whether the first non-blank line from i, within a
// few lines, starts a footnote.
func notesFollow(lines []string, i int) bool {
	for end := min(len(lines), i+maxTitleRun); i < end; i++ {
		t := strings.TrimSpace(lines[i])
		if t != "" {
			return noteRe().MatchString(t)
		}
	}
	return false
}

// isRule reports whether t is the rule above a page's footnotes, matching
// ruleRe only on lines that start with an underscore.
func isRule(t string) bool {
	return t != "" && t[0] == '_' && ruleRe().MatchString(t)
}
