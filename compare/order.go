package compare

import "strings"

// entry is one pair of a sequence pair, in reading order: a link's units,
// or a lone unit on one side.
type entry struct {
	old, new []*unit
	moved    bool
}

// order returns the entries of a sequence pair in the order of its new
// sequence: each new unit with what it is linked to; an old unit linked in
// order, or not at all, where it stood among the in-order links; an old
// unit that moved elsewhere not at all (it appears where it went).
func order(sp *seqPair) []entry {
	var out []entry
	next := 0 // the first old unit not yet placed
	flush := func(upto int) {
		for ; next < upto; next++ {
			if u := sp.old[next]; u.link == nil {
				out = append(out, entry{old: []*unit{u}})
			}
		}
	}
	for _, v := range sp.new {
		l := v.link
		switch {
		case l == nil:
			out = append(out, entry{new: []*unit{v}})
		case l.new[0] != v:
			// the rest of a split, placed with its first unit
		case !l.moved && l.old[0].seq == sp:
			flush(l.old[0].pos)
			out = append(out, entry{old: l.old, new: l.new})
			// a paragraph deleted between two that were merged
			flush(l.old[len(l.old)-1].pos + 1)
		default:
			out = append(out, entry{old: l.old, new: l.new, moved: true})
		}
	}
	flush(len(sp.old))
	return out
}

// emit appends the pairs of a sequence pair to the result, each paragraph
// followed by its sub-paragraphs, and counts them.
func (c *comparison) emit(sp *seqPair) {
	for _, e := range order(sp) {
		p := makePair(e)
		c.count(p, e)
		c.res.Pairs = append(c.res.Pairs, p)
		var olds, news []*unit
		for _, u := range e.old {
			olds = append(olds, u.items...)
		}
		for _, u := range e.new {
			news = append(news, u.items...)
		}
		if len(olds)+len(news) == 0 {
			continue
		}
		items := newSeqPair(olds, news)
		(&aligner{pairs: []*seqPair{items}, moves: true}).run()
		for _, ie := range order(items) {
			ip := makePair(ie)
			c.res.Summary.Items.add(ip)
			c.res.Pairs = append(c.res.Pairs, ip)
		}
	}
}

// count adds a paragraph-level pair to the summary.
func (c *comparison) count(p Pair, e entry) {
	s := &c.res.Summary
	u := firstUnit(e)
	switch u.section {
	case PreambleSection:
		s.Paragraphs.add(p)
		s.Parts[u.partIdx].Preamble.add(p)
	case OperativeSection:
		s.Paragraphs.add(p)
		s.Parts[u.partIdx].Operative.add(p)
	case AnnexSection:
		s.Paragraphs.add(p)
		s.Annexes.add(p)
	case FootnoteSection:
		s.Footnotes.add(p)
	}
}

// firstUnit is the unit that places an entry: its first new unit, or its
// first old one when it has none.
func firstUnit(e entry) *unit {
	if len(e.new) > 0 {
		return e.new[0]
	}
	return e.old[0]
}

// makePair returns the pair of an entry, with its op, word diff and note.
func makePair(e entry) Pair {
	u := firstUnit(e)
	p := Pair{Old: unitIDs(e.old), New: unitIDs(e.new), Section: u.section, Part: u.part, Depth: u.depth}
	p.Words = diffWords(joinTexts(e.old, false), joinTexts(e.new, false))
	if hasTail(e.old) || hasTail(e.new) {
		p.Tail = diffWords(joinTexts(e.old, true), joinTexts(e.new, true))
	}
	switch {
	case len(e.old) == 0:
		p.Op = Inserted
	case len(e.new) == 0:
		p.Op = Deleted
	case len(e.old) > 1:
		p.Op, p.Note = Merged, "merged from "+labels(e.old)
	case len(e.new) > 1:
		p.Op, p.Note = Split, "split from "+e.old[0].label
	case e.moved:
		p.Op, p.Note = Moved, "moved from "+e.old[0].label
	default:
		p.Op = Equal
		if p.HasChanges() {
			p.Op = Changed
		}
		if e.old[0].label != e.new[0].label {
			p.Note = "was " + e.old[0].label
		}
	}
	return p
}

func unitIDs(us []*unit) []string {
	out := make([]string, len(us))
	for i, u := range us {
		out[i] = u.id
	}
	return out
}

func labels(us []*unit) string {
	out := make([]string, len(us))
	for i, u := range us {
		out[i] = u.label
	}
	return strings.Join(out, ", ")
}

// joinTexts joins the texts (or the tails) of units with "\n".
func joinTexts(us []*unit, tails bool) string {
	if len(us) == 1 {
		if tails {
			return us[0].tail
		}
		return us[0].text
	}
	var sb strings.Builder
	for i, u := range us {
		if i > 0 {
			sb.WriteByte('\n')
		}
		if tails {
			sb.WriteString(u.tail)
		} else {
			sb.WriteString(u.text)
		}
	}
	return sb.String()
}

func hasTail(us []*unit) bool {
	for _, u := range us {
		if u.tail != "" {
			return true
		}
	}
	return false
}
