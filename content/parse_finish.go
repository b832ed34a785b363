package content

import (
	"strconv"
	"strings"
)

// finish turns the builder's parts, annexes and footnotes into d's, giving
// every paragraph and item its id.
func finish(d *Document, b *bodyBuilder) {
	ids := map[string]bool{}
	next := map[string]int{} // the next suffix to try for a repeated id
	uniq := func(id string) string {
		if !ids[id] {
			ids[id] = true
			return id
		}
		k := max(next[id], 2)
		for ; ids[id+"-"+strconv.Itoa(k)]; k++ {
		}
		next[id] = k + 1
		c := id + "-" + strconv.Itoa(k)
		ids[c] = true
		return c
	}
	b.parts = splitRestartedParts(b.lang, b.parts)
	multi := len(b.parts) > 1
	for i, pb := range b.parts {
		if multi && pb.label == "" {
			pb.label = strconv.Itoa(i + 1) // as the XML reader numbers them
		}
		if i == len(b.parts)-1 && len(pb.closing) > 0 {
			d.Closing = pb.closing
			pb.closing = nil
		}
		prefix := ""
		if multi && pb.label != "" {
			prefix = PartKey(pb.label) + "."
		}
		part := Part{Label: pb.label, Heading: pb.heading, Closing: pb.closing, Preamble: []Paragraph{}, Operative: []Paragraph{}}
		if multi && pb.formula != d.Formula || i > 0 && pb.formula != "" {
			part.Formula = pb.formula
		}
		demoteStrays(pb.paras)
		nPre := preambleLength(b.lang, pb.paras)
		for j, p := range pb.paras[:nPre] {
			para := p.paragraph(uniq(prefix+"pp"+strconv.Itoa(j+1)), Preambular, uniq)
			para.Number = nil
			part.Preamble = append(part.Preamble, para)
		}
		ops := pb.paras[nPre:]
		lastNum, extra := "0", 0
		for _, p := range ops {
			var id string
			switch {
			case p.number != "":
				id, lastNum, extra = "op"+p.number, p.number, 0
			case len(ops) == 1:
				id = "op1"
			default:
				extra++
				id = "op" + lastNum + "_" + strconv.Itoa(extra)
			}
			part.Operative = append(part.Operative, p.paragraph(uniq(prefix+id), Operative, uniq))
		}
		if len(part.Preamble) == 0 && len(part.Operative) == 0 && part.Label == "" && part.Formula == "" && len(b.parts) > 1 {
			continue
		}
		d.Parts = append(d.Parts, part)
	}
	for i, ab := range b.annexes {
		id := "annex"
		if len(b.annexes) > 1 {
			n := ab.number
			if n == "" || strings.ContainsAny(n, "الأ") || !isRoman(strings.ToLower(n)) {
				n = strings.ToUpper(roman(i + 1))
			}
			id += strings.ToUpper(n)
		}
		id = uniq(id)
		a := Annex{ID: id, Label: ab.label, Title: ab.title, Paragraphs: []Paragraph{}}
		if ab.heading != "" { // a heading with nothing under it stays as text
			ab.paras = append(ab.paras, &pbuild{text: ab.heading})
		}
		for j, p := range ab.paras {
			a.Paragraphs = append(a.Paragraphs, p.paragraph(uniq(id+".p"+strconv.Itoa(j+1)), AnnexText, uniq))
		}
		d.Annexes = append(d.Annexes, a)
	}
	if d.Masthead.Meeting == "" && len(d.Closing) > 0 {
		d.Masthead.Meeting = d.Closing[0]
	}
	for i, more := range b.noteMore {
		if len(more) > 0 {
			b.footnotes[i].Text = strings.TrimSpace(b.footnotes[i].Text + " " + strings.Join(more, " "))
		}
	}
	d.Footnotes = append(d.Footnotes, b.footnotes...)
	attachFootnotes(d)
	if len(d.Parts) == 0 {
		d.Diagnostics = append(d.Diagnostics, Diagnostic{Message: "no paragraphs found"})
	}
}

// splitRestartedParts opens a new part where a section with a preamble of
// its own starts under a heading and without a formula (A/RES/76/240:
// "Conditions of service … A Base/floor salary scale", then "Recalling its
// resolution 44/198, …" and paragraphs numbered from 1 again): a paragraph
// under a heading, after numbered ones, with a preambular lead, followed
// by paragraphs with preambular leads and then one numbered 1 (restartAt).
// The XML reader reads such a section as a part; so does the text reader.
func splitRestartedParts(lang string, parts []*partBuild) []*partBuild {
	var out []*partBuild
	for _, pb := range parts {
		for {
			j := restartAt(lang, pb.paras)
			if j < 0 {
				break
			}
			head := &partBuild{label: pb.label, heading: pb.heading, formula: pb.formula, paras: pb.paras[:j]}
			out = append(out, head)
			rest := pb.paras[j:]
			pb = &partBuild{heading: rest[0].heading, paras: rest, closing: pb.closing}
			rest[0].heading = ""
		}
		out = append(out, pb)
	}
	return out
}

// restartAt returns the index of the paragraph that starts a section with
// its own preamble within ps, or -1: a paragraph under a heading, after
// numbered ones or after the unnumbered operative paragraph closing a
// section of its own, that opens a preamble (restartsAt).
func restartAt(lang string, ps []*pbuild) int {
	numbered := false
	for j, p := range ps {
		if p.number != "" {
			numbered = true
			continue
		}
		if (numbered || j > 0 && (closesSection(lang, ps[:j]) || operativeOnly(lang, ps[:j]))) && restartsAt(lang, ps, j) {
			return j
		}
	}
	return -1
}

// restartsAt reports whether ps[j] opens a section with its own preamble:
// it is under a heading, has a preambular lead and ends with a comma, and
// the paragraphs with preambular leads after it are followed by one
// numbered 1, or by unnumbered operative paragraphs closing the section
// before the next one that opens its own preamble (A/RES/79/252 A-B:
// section A's "Recalling its resolution 44/198, …" and "Approves …;",
// then section B's "Recalling section I.B …," and paragraph 1).
func restartsAt(lang string, ps []*pbuild, j int) bool {
	p := ps[j]
	if p.heading == "" || !PreambularLead(lang, p.text) || !endsWithComma(p.text) {
		return false
	}
	k := j + 1
	for k < len(ps) && ps[k].number == "" && PreambularLead(lang, ps[k].text) {
		k++
	}
	if k < len(ps) && ps[k].number == "1" {
		return true
	}
	m := k
	for m < len(ps) && closingOperative(lang, ps[m]) {
		m++
	}
	return m > k && m < len(ps) && restartsAt(lang, ps, m)
}

// closingOperative reports whether p reads as an unnumbered operative
// paragraph: no number, no preambular lead, ending with a semicolon or a
// full stop, or opening with an operative verb form whatever ends it (the
// French A/RES/80/236 A-B: "*Confirme* …," and "*Approuve*, …," where the
// other versions end with a semicolon).
//
// A lead both tables list decides nothing, and the punctuation does: the
// Chinese "确认远程工作不是一项权利…；" ("Confirms that teleworking is not
// a right …;", section II of A/RES/80/236 A, where "确认" also opens
// preambular paragraphs, Recognizing), ending with a semicolon, is operative.
func closingOperative(lang string, p *pbuild) bool {
	if p.number != "" || len(p.items) > 0 {
		return false
	}
	if !PreambularLead(lang, p.text) {
		return endsSentence(p.text) && !endsWithColon(p.text) || OperativeForm(lang, p.text)
	}
	return sharedLeadMatchers()[lang].bothParts(p.text) && (endsWithSemicolon(p.text) || endsWithFullStop(p.text))
}

// operativeOnly reports whether ps holds paragraphs and all read as
// unnumbered operative ones: the body of a section opened under its
// numeral without a preamble ("II / … / *Confirme* …,").
func operativeOnly(lang string, ps []*pbuild) bool {
	for _, p := range ps {
		if !closingOperative(lang, p) {
			return false
		}
	}
	return len(ps) > 0
}

// closesSection reports whether ps, the paragraphs before a heading, end
// with unnumbered operative paragraphs after a preambular one ending with
// a comma.
func closesSection(lang string, ps []*pbuild) bool {
	n := len(ps)
	for n > 0 && closingOperative(lang, ps[n-1]) {
		n--
	}
	return n < len(ps) && n > 0 && endsWithComma(ps[n-1].text) && ps[n-1].number == ""
}

// demoteStrays drops the number of a paragraph that breaks the sequence
// when the sequence resumes soon after it (17, 1, 2, 18: the 1 and 2 are
// table cells), so that it counts as an unnumbered paragraph. A number
// printed twice in a row (66, 66, 67) is no break.
func demoteStrays(ps []*pbuild) {
	last := 0
	printed := make([]string, len(ps))
	for i, p := range ps {
		printed[i] = p.number
	}
	for i, p := range ps {
		if p.number == "" {
			continue
		}
		n, _ := strconv.Atoi(p.number)
		// A number printed on two paragraphs in a row (the Chinese
		// A/RES/77/204 has two paragraphs 66) is kept, as the XML reader
		// keeps it.
		twice := n == last && i > 0 && printed[i-1] == p.number
		if last == 0 || n == last+1 || twice {
			last = n
			continue
		}
		resumes := false
		for k, q := range ps[i+1:] {
			if k > 40 {
				break
			}
			if m, _ := strconv.Atoi(q.number); q.number != "" && m == last+1 {
				resumes = true
				break
			}
		}
		if resumes {
			p.number = ""
			continue
		}
		last = n
	}
}

// preambleLength returns how many of a part's paragraphs are preambular:
// those before the first numbered one, or before an operative paragraph
// that introduces an adopted text ("Adopts the following Pact …:");
// without numbered paragraphs, those before the last run of paragraphs that
// do not end with a comma. The paragraph just before the first numbered one
// is operative when it ends with a colon and its lead is not a preambular
// one: "正式决定：" ("Resolves that:") in the Chinese A/RES/77/266, whose
// lead no table lists, as the XML reader reads it.
func preambleLength(lang string, ps []*pbuild) int {
	for i, p := range ps {
		if p.number != "" {
			if p.heading != "" {
				return unnumberedOperativeTail(lang, ps[:i])
			}
			return i
		}
		if p.hint == hintOp && endsWithColon(p.text) && len(p.items) == 0 && i+1 < len(ps) {
			return i
		}
		if i == 0 && i+1 < len(ps) && p.hint != hintPre && len(p.items) == 0 && endsWithColon(p.text) && !PreambularLead(lang, p.text) {
			// The adopting paragraph opens the resolution, its lead not
			// one the tables know: "在其第八十届会议上通过了…成果文件："
			// (the Chinese A/RES/80/173).
			return i
		}
		if i+1 < len(ps) && ps[i+1].number != "" && len(p.items) == 0 && endsWithColon(p.text) && !PreambularLead(lang, p.text) {
			return i
		}
		if i+1 < len(ps) && ps[i+1].number != "" && len(p.items) == 0 && OperativeForm(lang, p.text) {
			// An unnumbered operative paragraph whose comma is a slip
			// ("تحيط علما …،" in section XXI of the Arabic A/RES/77/263,
			// "تشير إلى قرارها …،" opening section XXV of 79/258), as the
			// XML reader reads it.
			return i
		}
	}
	n := len(ps)
	for n > 0 && (!endsWithComma(ps[n-1].text) || OperativeForm(lang, ps[n-1].text)) && ps[n-1].hint != hintPre {
		n--
	}
	return n
}

// unnumberedOperativeTail returns how many of the paragraphs before a
// part's first numbered one, which opens a section under a heading, are
// preambular, leaving out the last ones whose lead is an operative one
// only and that end with a semicolon or a full stop, after a paragraph
// ending with a comma: "Approves, with effect from 1 January 2023, …;"
// closing section A of A/RES/77/256 A-B, whose paragraphs are numbered
// from section B on, is an unnumbered operative paragraph, as the XML has
// it; so is one whose lead is an operative verb form (not in Chinese)
// whatever ends it (the French A/RES/80/236 A-B: "*Approuve*, avec effet
// au 1er janvier 2026, …,"). Without the heading, such a paragraph is a
// preambular one ending with a full stop by mistake (the Chinese
// A/RES/75/287: "重申支持缅甸人民，…统一。" before paragraph 1).
func unnumberedOperativeTail(lang string, ps []*pbuild) int {
	n := len(ps)
	for n > 0 && len(ps[n-1].items) == 0 && (ps[n-1].hint == hintOp && endsSentence(ps[n-1].text) && !endsWithColon(ps[n-1].text) || OperativeForm(lang, ps[n-1].text)) {
		n--
	}
	if n == len(ps) || n == 0 || !endsWithComma(ps[n-1].text) {
		return len(ps)
	}
	return n
}

// paragraph builds the finished paragraph with the given id.
func (p *pbuild) paragraph(id string, kind Kind, uniq func(string) string) Paragraph {
	out := Paragraph{ID: id, Kind: kind, Heading: p.heading, Lead: p.lead, Text: p.text, Tail: p.tail}
	if p.number != "" {
		n := p.number
		out.Number = &n
	}
	out.Items = buildItems(id, p.items, uniq)
	return out
}

func buildItems(parent string, its []*ibuild, uniq func(string) string) []Item {
	var out []Item
	for i, it := range its {
		key := ItemKey(it.label)
		if key == "" {
			key = strconv.Itoa(i + 1)
		}
		id := uniq(parent + "(" + key + ")")
		out = append(out, Item{ID: id, Label: it.label, Text: it.text, Items: buildItems(id, it.items, uniq)})
	}
	return out
}
