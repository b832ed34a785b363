package compare

import (
	"strconv"
	"strings"

	"resolute/content"
)

// Documents compares two versions of a document: old, the earlier, and new.
// It never fails: any two documents align, if only as deletions and
// insertions.
func Documents(old, new *content.Document) *Result {
	c := &comparison{res: &Result{Old: old.Symbol, New: new.Symbol, Pairs: []Pair{}}}
	c.title(old, new)

	parts := c.alignParts(old, new)
	annexes := c.alignAnnexes(old, new)
	footnotes := newSeqPair(footnoteUnits(old), footnoteUnits(new))

	// One alignment over every sequence, so that a paragraph can be found
	// moved to another part.
	var seqs []*seqPair
	for _, p := range parts {
		seqs = append(seqs, p.preamble, p.operative)
	}
	for _, a := range annexes {
		seqs = append(seqs, a)
	}
	seqs = append(seqs, footnotes)
	(&aligner{pairs: seqs, splits: true, moves: true}).run()

	c.res.Summary.Parts = make([]PartCounts, len(parts))
	for i, p := range parts {
		c.res.Summary.Parts[i].Part = p.label
		c.emit(p.preamble)
		c.emit(p.operative)
	}
	for _, a := range annexes {
		c.emit(a)
	}
	c.emit(footnotes)
	return c.res
}

// comparison is the state of one call of Documents.
type comparison struct {
	res *Result
}

// title pairs the two titles.
func (c *comparison) title(old, new *content.Document) {
	var olds, news []string
	if old.Title != "" {
		olds = []string{"title"}
	}
	if new.Title != "" {
		news = []string{"title"}
	}
	if olds == nil && news == nil {
		return
	}
	p := Pair{Old: ids(olds), New: ids(news), Section: TitleSection, Words: diffWords(old.Title, new.Title)}
	switch {
	case olds == nil:
		p.Op = Inserted
	case news == nil:
		p.Op = Deleted
	case p.HasChanges():
		p.Op = Changed
	default:
		p.Op = Equal
	}
	c.res.Summary.Title = p.Op
	c.res.Pairs = append(c.res.Pairs, p)
}

func ids(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// partPair is a part of the old document aligned with a part of the new,
// either possibly missing (its sequences then empty on that side).
type partPair struct {
	label               string
	preamble, operative *seqPair
}

// alignParts aligns the parts of the two documents: by label and heading,
// else by content, in order.
func (c *comparison) alignParts(old, new *content.Document) []partPair {
	partUnits := func(d *content.Document) []*unit {
		out := make([]*unit, len(d.Parts))
		for i, p := range d.Parts {
			var sb strings.Builder
			if len(old.Parts) > 1 || len(new.Parts) > 1 {
				for _, ps := range [][]content.Paragraph{p.Preamble, p.Operative} {
					for _, q := range ps {
						sb.WriteString(wholeText(q))
						sb.WriteByte('\n')
					}
				}
			}
			out[i] = &unit{id: strconv.Itoa(i), key: key(p.Label + "\x00" + p.Heading), whole: sb.String(), label: p.Label, kind: "part"}
		}
		return out
	}
	sp := newSeqPair(partUnits(old), partUnits(new))
	alignOneToOne(sp)
	var out []partPair
	for _, e := range order(sp) {
		var op, np *content.Part
		if len(e.old) > 0 {
			op = &old.Parts[e.old[0].pos]
		}
		if len(e.new) > 0 {
			np = &new.Parts[e.new[0].pos]
		}
		idx := len(out)
		pp := partPair{
			preamble:  newSeqPair(paragraphUnits(op, PreambleSection, idx), paragraphUnits(np, PreambleSection, idx)),
			operative: newSeqPair(paragraphUnits(op, OperativeSection, idx), paragraphUnits(np, OperativeSection, idx)),
		}
		if np != nil {
			pp.label = np.Label
		} else {
			pp.label = op.Label
		}
		out = append(out, pp)
	}
	return out
}

// alignOneToOne aligns the parts (or annexes) of a sequence pair: the one
// with the one, whatever their labels, else by label and heading, then by
// content.
func alignOneToOne(sp *seqPair) {
	if len(sp.old) == 1 && len(sp.new) == 1 {
		connect(sp.old, sp.new, false)
		return
	}
	(&aligner{pairs: []*seqPair{sp}}).run()
}

// paragraphUnits returns the units of one section of a part (none for a
// missing part).
func paragraphUnits(p *content.Part, sec Section, partIdx int) []*unit {
	if p == nil {
		return nil
	}
	ps, kind := p.Preamble, "preamble"
	if sec == OperativeSection {
		ps, kind = p.Operative, "operative"
	}
	out := make([]*unit, len(ps))
	for i, q := range ps {
		out[i] = paragraphUnit(q, sec, p.Label, kind, partIdx)
	}
	return out
}

// alignAnnexes aligns the annexes of the two documents, by label and
// title, else by content, and returns one sequence pair per aligned annex.
func (c *comparison) alignAnnexes(old, new *content.Document) []*seqPair {
	annexUnits := func(d *content.Document) []*unit {
		out := make([]*unit, len(d.Annexes))
		for i, a := range d.Annexes {
			var sb strings.Builder
			if len(old.Annexes) > 1 || len(new.Annexes) > 1 {
				for _, q := range a.Paragraphs {
					sb.WriteString(wholeText(q))
					sb.WriteByte('\n')
				}
			}
			out[i] = &unit{id: a.ID, key: key(a.Label + "\x00" + a.Title), whole: sb.String(), kind: "annex"}
		}
		return out
	}
	sp := newSeqPair(annexUnits(old), annexUnits(new))
	alignOneToOne(sp)
	var out []*seqPair
	units := func(d *content.Document, us []*unit) []*unit {
		if len(us) == 0 {
			return nil
		}
		a := d.Annexes[us[0].pos]
		res := make([]*unit, len(a.Paragraphs))
		for i, q := range a.Paragraphs {
			res[i] = paragraphUnit(q, AnnexSection, a.ID, "annex", -1)
		}
		return res
	}
	for _, e := range order(sp) {
		out = append(out, newSeqPair(units(old, e.old), units(new, e.new)))
	}
	return out
}

// wholeText is a paragraph's text with its sub-paragraphs and tail.
func wholeText(p content.Paragraph) string {
	if len(p.Items) == 0 && p.Tail == "" {
		return p.Text
	}
	var sb strings.Builder
	sb.WriteString(p.Text)
	var items func([]content.Item)
	items = func(its []content.Item) {
		for _, it := range its {
			sb.WriteByte('\n')
			sb.WriteString(it.Text)
			items(it.Items)
		}
	}
	items(p.Items)
	if p.Tail != "" {
		sb.WriteByte('\n')
		sb.WriteString(p.Tail)
	}
	return sb.String()
}

// paragraphUnit returns the unit of a paragraph, with its sub-paragraphs.
func paragraphUnit(p content.Paragraph, sec Section, part, kind string, partIdx int) *unit {
	whole := wholeText(p)
	u := &unit{
		id: p.ID, text: p.Text, tail: p.Tail, key: key(whole), whole: whole,
		label: Display(p.ID), section: sec, part: part, partIdx: partIdx, kind: kind,
	}
	var items func([]content.Item, string, int)
	items = func(its []content.Item, parent string, depth int) {
		for _, it := range its {
			label := strings.TrimPrefix(it.ID, parent)
			if label == it.ID {
				label = it.Label
			}
			u.items = append(u.items, &unit{
				id: it.ID, text: it.Text, key: key(it.Text), whole: it.Text,
				label: label, depth: depth, section: sec, part: part, partIdx: partIdx, kind: "item",
			})
			items(it.Items, p.ID, depth+1)
		}
	}
	items(p.Items, p.ID, 1)
	return u
}

// footnoteUnits returns a unit per footnote, with the id "fn" and its
// marker ("fn1"), made unique with "_2", "_3" … when markers repeat.
func footnoteUnits(d *content.Document) []*unit {
	out := make([]*unit, len(d.Footnotes))
	seen := map[string]int{}
	for i, f := range d.Footnotes {
		id := "fn" + f.Marker
		seen[id]++
		if n := seen[id]; n > 1 {
			id += "_" + strconv.Itoa(n)
		}
		out[i] = &unit{id: id, text: f.Text, key: key(f.Text), whole: f.Text,
			label: Display(id), section: FootnoteSection, partIdx: -1, kind: "footnote"}
	}
	return out
}

// Display is how a note names a paragraph id: "PP7", "OP4", "II.OP3",
// "OP2(a)", "annex.p4", "footnote 3", "title".
func Display(id string) string {
	prefix, rest := "", id
	if !strings.HasPrefix(id, "annex") {
		if i := strings.LastIndexByte(id, '.'); i >= 0 {
			prefix, rest = id[:i+1], id[i+1:]
		}
	}
	switch {
	case strings.HasPrefix(rest, "pp"):
		rest = "PP" + rest[2:]
	case strings.HasPrefix(rest, "op"):
		rest = "OP" + rest[2:]
	case strings.HasPrefix(rest, "fn") && prefix == "":
		rest = "footnote " + rest[2:]
	}
	return prefix + rest
}
