package layout

import "strings"

// Bounds on the head: how far into the text the masthead is looked for, how
// many lines of text it may hold, and how much of the title running headers
// are compared with.
const (
	maxHeadLines = 200
	maxHeadText  = 60
	maxTitleLen  = 2000
)

// docInfo is what the head of the text says about the document.
type docInfo struct {
	// symbol is the document symbol without its reissue star: "A/RES/79/10".
	symbol string
	// title and agenda are the normalised resolution title and agenda item
	// title, which running headers repeat.
	title, agenda string
	// bodyStart is the index of the first line after the masthead: the
	// enacting formula, or the line after the title block.
	bodyStart int
}

// analyse finds the symbol, title, agenda title and the end of the masthead.
func analyse(lines []string) docInfo {
	var d docInfo
	limit := min(len(lines), maxHeadLines)
	title, formula := -1, -1
	for i := 0; i < limit; i++ {
		t := strings.TrimSpace(lines[i])
		switch {
		case d.symbol == "" && i < 20 && symbolRe().MatchString(strings.TrimPrefix(t, "United Nations ")):
			d.symbol = strings.TrimRight(strings.TrimPrefix(t, "United Nations "), "*")
		case title < 0 && formula < 0 && titleRe().MatchString(t):
			title = i
			d.title = normalise(strings.Join(block(lines, i), " "))
			if k := strings.Index(d.title, ". "); k >= 0 {
				d.title = d.title[k+2:]
			}
		case formula < 0 && formulaRe().MatchString(t):
			formula = i
		case d.agenda == "" && title < 0 && agendaRe().MatchString(t):
			d.agenda = normalise(strings.Join(block(lines, i)[1:], " "))
		}
	}
	d.title = clip(d.title, maxTitleLen)
	d.agenda = clip(d.agenda, maxTitleLen)
	switch {
	case formula >= 0:
		d.bodyStart = formula
	case title >= 0:
		d.bodyStart = title + len(block(lines, title))
	}
	if nonBlank(lines[:d.bodyStart]) > maxHeadText {
		// So much text before the formula is no masthead.
		d.bodyStart = 0
	}
	return d
}

// nonBlank counts the non-blank lines.
func nonBlank(lines []string) int {
	n := 0
	for _, l := range lines {
		if strings.TrimSpace(l) != "" {
			n++
		}
	}
	return n
}

// block returns the lines from i up to the next blank line.
func block(lines []string, i int) []string {
	j := i
	for j < len(lines) && strings.TrimSpace(lines[j]) != "" {
		j++
	}
	return lines[i:j]
}

// masthead lays out the lines above the body: each line its own paragraph,
// except that the agenda item's title, the adoption line, the bracketed
// committee line and the title are rejoined when wrapped. Job numbers and
// barcodes are dropped.
func masthead(lines []string) []string {
	var out []string
	for i := 0; i < len(lines); {
		if strings.TrimSpace(lines[i]) == "" {
			i++
			continue
		}
		var blk []string
		for _, l := range block(lines, i) {
			if t := collapse(l); !isFurniture(t) {
				blk = append(blk, t)
			}
		}
		i += len(block(lines, i))
		out = append(out, headBlock(blk)...)
	}
	return out
}

// headBlock lays out one block of masthead lines.
func headBlock(blk []string) []string {
	var out []string
	for k := 0; k < len(blk); k++ {
		t := blk[k]
		switch {
		case agendaRe().MatchString(t):
			out = append(out, t)
			if k+1 < len(blk) {
				out = append(out, joinAll(blk[k+1:]))
			}
			return out
		case strings.HasPrefix(t, "Resolution adopted") || strings.HasPrefix(t, "Adopted by") ||
			strings.HasPrefix(t, "[") || titleRe().MatchString(t):
			return append(out, joinAll(blk[k:]))
		default:
			out = append(out, splitHeadLine(t)...)
		}
	}
	return out
}

// joinAll rejoins wrapped lines into one.
func joinAll(ls []string) string {
	var j joiner
	for _, l := range ls {
		j.add(collapse(l))
	}
	return j.String()
}

// clip cuts s to at most n bytes.
func clip(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

// splitHeadLine splits a masthead line that an extraction ran together from
// two columns: "United Nations S/RES/1454 (2002)", "Security Council Distr.:
// General".
func splitHeadLine(t string) []string {
	if rest, ok := strings.CutPrefix(t, "United Nations "); ok && symbolRe().MatchString(rest) {
		return []string{"United Nations", rest}
	}
	if k := strings.Index(t, " Distr."); k > 0 {
		return []string{t[:k], t[k+1:]}
	}
	return []string{t}
}
