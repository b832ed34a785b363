package akn

import (
	"strconv"
	"strings"

	"resolute/content"
)

// unitKey names one unit of text the way content.Document.Units does.
type unitKey struct {
	id, footnote string
	tail         bool
}

// finish gives ids to the raw parts and annexes and fills the Document's
// parts, annexes, footnotes and the links found in each unit.
func (b *builder) finish(parts []*rawPart, annexes []*rawAnnex) {
	d := b.doc
	multi := len(parts) > 1
	for i, rp := range parts {
		if multi && rp.label == "" {
			rp.label = strconv.Itoa(i + 1)
		}
		prefix := ""
		if multi {
			prefix = rp.label + "."
		}
		p := content.Part{Heading: rp.heading, Preamble: []content.Paragraph{}, Operative: []content.Paragraph{}, Closing: rp.closing}
		if multi {
			p.Label = rp.label
			p.Formula = rp.formula
		}
		for j, q := range rp.pre {
			p.Preamble = append(p.Preamble, b.paragraph(q, b.uniqueID(prefix+"pp"+strconv.Itoa(j+1)), content.Preambular))
		}
		if rp.itemHead != nil {
			// A subheading no item came after: a paragraph of its own.
			hp := &rawPara{rawItem: rawItem{text: rp.itemHead}}
			hp.lead = hp.text.lead()
			rp.ops, rp.itemHead = append(rp.ops, hp), nil
		}
		for j, id := range operativeIDs(rp.ops) {
			p.Operative = append(p.Operative, b.paragraph(rp.ops[j], b.uniqueID(prefix+id), content.Operative))
		}
		if rp.pending != "" {
			b.diag("heading with no paragraph after it: " + oneLine(rp.pending, 60))
		}
		d.Parts = append(d.Parts, p)
	}
	for i, ra := range annexes {
		a := content.Annex{ID: "annex", Label: ra.label, Title: ra.title, Paragraphs: []content.Paragraph{}}
		if len(annexes) > 1 {
			a.ID = "annex" + annexNumeral(ra.label, i+1)
		}
		a.ID = b.uniqueID(a.ID)
		if a.Label == "" {
			a.Label = annexLabel(d.Language)
			if len(annexes) > 1 {
				a.Label += " " + strings.TrimPrefix(a.ID, "annex")
			}
		}
		for j, q := range ra.paras {
			a.Paragraphs = append(a.Paragraphs, b.paragraph(q, b.uniqueID(a.ID+".p"+strconv.Itoa(j+1)), content.AnnexText))
		}
		d.Annexes = append(d.Annexes, a)
	}
}

// operativeIDs gives the ids of a part's operative paragraphs, as the text
// parser does: a numbered paragraph is "op" and its number, whatever comes
// before it; an unnumbered one is numbered after the last numbered
// paragraph before it, "op4_1" for the first after op4, "op0_1" before op1;
// the only paragraph of a part is "op1" numbered or not.
func operativeIDs(ops []*rawPara) []string {
	out := make([]string, len(ops))
	last, extra := "0", 0
	for j, q := range ops {
		switch {
		case q.number != nil:
			last, extra = *q.number, 0
			out[j] = "op" + last
		case len(ops) == 1:
			out[j] = "op1"
		default:
			extra++
			out[j] = "op" + last + "_" + strconv.Itoa(extra)
		}
	}
	return out
}

// uniqueID returns id, or id with a suffix ("op3-2") when it is taken
// already. The next suffix of each id is remembered, so many duplicates
// cost no more than a few.
func (b *builder) uniqueID(id string) string {
	out := id
	for b.ids[out] {
		b.next[id]++
		out = id + "-" + strconv.Itoa(b.next[id]+1)
	}
	if out != id {
		b.diag("duplicate paragraph id " + oneLine(id, 40) + ", renamed " + oneLine(out, 44))
	}
	b.ids[out] = true
	return out
}

// paragraph converts a raw paragraph with its items, registering its
// footnotes and links under its id.
func (b *builder) paragraph(q *rawPara, id string, kind content.Kind) content.Paragraph {
	p := content.Paragraph{ID: id, Kind: kind, Number: q.number, Heading: q.head, Lead: q.lead, Text: q.text.text()}
	b.register(q.text, unitKey{id: id})
	q.items = liftContinuations(q.items)
	p.Items = b.items(q.items, id)
	if q.tail != nil && q.tail.text() != "" {
		p.Tail = q.tail.text()
		b.register(q.tail, unitKey{id: id, tail: true})
	}
	return p
}

// liftContinuations puts back at its level an item the markup nested in
// the item before it although its label continues that item's series: the
// Russian S/RES/2612 (2021) has "ii)" among the a)–h) of "i)", and 2524
// (2020) "(iii)" among the a.–b. of "ii)", its own a.–d. after it. Such an
// item has the next label of its parent's series and not of its
// siblings'; the siblings after it, of the kind of those before it, are its
// own items.
func liftContinuations(list []*rawItem) []*rawItem {
	var out []*rawItem
	for _, it := range list {
		out = append(out, it)
		for {
			lifted := cutContinuation(it)
			if lifted == nil {
				break
			}
			out = append(out, lifted)
			it = lifted
		}
	}
	for _, it := range out {
		it.items = liftContinuations(it.items)
	}
	return out
}

// cutContinuation takes out of p's items the first one labelled as the
// item after p (p "i", it "ii"; p "a", it "b") whose kind differs from
// the first of p's items, with the items after it, which become its own.
func cutContinuation(p *rawItem) *rawItem {
	pk := itemKey(p.label)
	if pk == "" || len(p.items) < 2 {
		return nil
	}
	first := itemKey(p.items[0].label)
	for j, c := range p.items[1:] {
		j++
		ck := itemKey(c.label)
		if ck == "" || !nextKey(pk, ck) || sameKind(first, ck) {
			continue
		}
		rest := p.items[j+1:]
		for _, r := range rest {
			if !sameKind(first, itemKey(r.label)) {
				return nil
			}
		}
		c.items = append(c.items, rest...)
		p.items = p.items[:j]
		return c
	}
	return nil
}

// nextKey reports whether item key b follows a: "ii" after "i", "b" after
// "a".
func nextKey(a, b string) bool {
	if va, vb := romanValue(a), romanValue(b); va > 0 && vb == va+1 && len(b) > 1 {
		return true
	}
	return len(a) == 1 && len(b) == 1 && b[0] == a[0]+1 && !isRoman(b)
}

// sameKind reports whether two item keys are of one series: both Roman
// numerals of more than one letter or one, both letters, both digits.
func sameKind(a, b string) bool {
	kind := func(k string) int {
		switch {
		case k == "":
			return 0
		case k[0] >= '0' && k[0] <= '9':
			return 1
		case isRoman(k) && (len(k) > 1 || k == "i"):
			return 2
		}
		return 3
	}
	return kind(a) == kind(b)
}

// items converts raw sub-paragraphs, giving each the id parent(key).
func (b *builder) items(raw []*rawItem, parent string) []content.Item {
	var out []content.Item
	for i, r := range raw {
		key := itemKey(r.label)
		if key == "" {
			key = strconv.Itoa(i + 1)
		}
		id := b.uniqueID(parent + "(" + key + ")")
		it := content.Item{ID: id, Label: r.label, Text: r.text.text()}
		b.register(r.text, unitKey{id: id})
		if r.tail != nil && r.tail.text() != "" {
			// An item has no tail of its own: its closing words join its
			// text, and their links move with them.
			shift := len(it.Text) + 1
			if it.Text == "" {
				shift = 0
			}
			it.Text = joinText(it.Text, r.tail.text())
			for _, l := range r.tail.links {
				b.links[unitKey{id: id}] = append(b.links[unitKey{id: id}], link{l.start + shift, l.end + shift, l.href})
			}
			r.tail.links = nil
			b.register(r.tail, unitKey{id: id})
		}
		it.Items = b.items(r.items, id)
		out = append(out, it)
	}
	return out
}

// joinText joins two pieces of text with a space.
func joinText(a, b string) string {
	if a == "" || b == "" {
		return a + b
	}
	return a + " " + b
}

// register records the footnotes and links of a unit of text under key.
func (b *builder) register(u *unit, key unitKey) {
	if len(u.links) > 0 {
		b.links[key] = append(b.links[key], u.links...)
	}
	for _, n := range u.notes {
		b.doc.Footnotes = append(b.doc.Footnotes, content.Footnote{Marker: n.marker, Text: n.body.text(), Paragraph: key.id})
		if len(n.body.links) > 0 {
			fk := unitKey{id: key.id, footnote: n.marker}
			b.links[fk] = append(b.links[fk], n.body.links...)
		}
	}
}

// annexNumeral returns the numeral of an annex label ("Annex II" gives
// "II"), or the Roman numeral of its position.
func annexNumeral(label string, pos int) string {
	f := strings.Fields(label)
	if len(f) >= 2 && romanRe().MatchString(f[len(f)-1]) {
		return strings.TrimRight(f[len(f)-1], ".")
	}
	return strings.ToUpper(romanNumeral(pos))
}

// romanNumeral writes n (1–39) in Roman numerals.
func romanNumeral(n int) string {
	var sb strings.Builder
	for _, v := range []struct {
		n int
		s string
	}{{10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}} {
		for n >= v.n {
			sb.WriteString(v.s)
			n -= v.n
		}
	}
	return sb.String()
}

// annexLabel is the word "Annex" in the document's language.
func annexLabel(lang string) string {
	switch lang {
	case "fr":
		return "Annexe"
	case "es":
		return "Anexo"
	case "ru":
		return "Приложение"
	case "ar":
		return "المرفق"
	case "zh":
		return "附件"
	}
	return "Annex"
}

// itemKey is content.ItemKey on a label without the Arabic tatweel some
// files stretch letters with ("(هـ)").
func itemKey(label string) string {
	return content.ItemKey(strings.ReplaceAll(label, "\u0640", ""))
}
