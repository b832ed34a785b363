package content

import "strings"

// attachFootnotes sets each footnote's Paragraph to the id of the first
// paragraph or item, at or after the previous footnote's, whose text carries
// its marker as a superscript number.
func attachFootnotes(d *Document) {
	type unit struct{ id, text string }
	var units []unit
	var items func([]Item)
	items = func(its []Item) {
		for _, it := range its {
			units = append(units, unit{it.ID, it.Text})
			items(it.Items)
		}
	}
	para := func(p Paragraph) {
		units = append(units, unit{p.ID, p.Text})
		items(p.Items)
		if p.Tail != "" {
			units = append(units, unit{p.ID, p.Tail})
		}
	}
	for _, part := range d.Parts {
		for _, p := range part.Preamble {
			para(p)
		}
		for _, p := range part.Operative {
			para(p)
		}
	}
	for _, a := range d.Annexes {
		for _, p := range a.Paragraphs {
			para(p)
		}
	}
	where := map[string][]int{} // marker → indexes of the units that carry it
	for i, u := range units {
		for _, m := range superscriptRuns(u.text) {
			if w := where[m]; len(w) == 0 || w[len(w)-1] != i {
				where[m] = append(where[m], i)
			}
		}
	}
	cursor := 0
	for i := range d.Footnotes {
		f := &d.Footnotes[i]
		w := where[f.Marker]
		if len(w) == 0 {
			continue
		}
		pick := w[0]
		for _, k := range w {
			if k >= cursor {
				pick = k
				break
			}
		}
		f.Paragraph = units[pick].id
		cursor = pick
	}
}

// superscriptRuns returns the footnote markers in s: each run of superscript
// digits, as ASCII digits.
func superscriptRuns(s string) []string {
	var out []string
	var run strings.Builder
	flush := func() {
		if run.Len() > 0 {
			out = append(out, superToASCII(run.String()))
			run.Reset()
		}
	}
	for _, r := range s {
		if isSuperDigit(r) {
			run.WriteRune(r)
			continue
		}
		flush()
	}
	flush()
	return out
}
