package content

import "strings"

// Older Security Council texts list some sub-paragraphs under dashes
// rather than letters:
//
//	13. Stresses … and, in this regard:
//	— Calls for a full cessation of hostilities …;
//	— Demands that all parties …;
//
// Such a line becomes an item of the paragraph it follows, labelled with
// the dash as printed. A dash is no reference, so the item's id is its
// place among its siblings: "op13(1)", "op13(2)" (as the XML reader names
// unlabelled items). A dash line that no paragraph introduces stays a
// paragraph of its own, dash included.

// dashes are the marks that open a dash item, each followed by a space:
// the dashes of older texts and the bullet of newer Council mandates
// ("(i) … in this regard:" then "• To prevent …;", as resolute writes the
// XML's bullet points out as text).
var dashes = [...]string{"-", "–", "—", "•"}

// dashItem returns the dash that opens s as a sub-paragraph label, followed
// by a space, and the text after it; "", "" when s does not open so or
// nothing readable follows.
func dashItem(s string) (label, rest string) {
	for _, d := range dashes {
		if r, ok := strings.CutPrefix(s, d); ok && strings.HasPrefix(r, " ") {
			if rest = strings.TrimSpace(r); hasLetterOrDigit(rest) {
				return d, rest
			}
		}
	}
	return "", ""
}

// dash places a dash line: as an item of the paragraph before it when that
// paragraph introduces a list (it ends with a colon, or, numbered, with a
// semicolon where the colon was lost: "… следующие приоритетные меры;"
// then "• использование …", the Russian S/RES/2820 (2026) paragraph 7,
// where the others have a colon) or already holds items, nested under its
// last lettered item when that one introduces the list (it ends with a
// colon, or with no punctuation at all, a heading over its points: "(a)
// Phase II (post-electoral phase)" then "– UNIOGBIS will continue …",
// S/RES/2512 (2020) paragraph 2); otherwise as a paragraph of its own.
func (b *bodyBuilder) dash(t token) {
	if !b.inAnnex && len(b.pending) == 0 {
		if ps := b.cur().paras; len(ps) > 0 {
			p := ps[len(ps)-1]
			if p.tail == "" && (len(p.items) > 0 || endsWithColon(p.text) || p.number != "" && endsWithSemicolon(p.text)) {
				if under := deepDashParent(p, t.label, t.text); under != nil {
					t.level = under.level + 1
					under.items = append(under.items, &ibuild{label: t.label, level: t.level, text: t.text})
					return
				}
				if n := len(p.items); n > 0 {
					last := p.items[n-1]
					if ItemKey(last.label) != "" && last.level == 1 && (endsWithColon(last.text) || len(last.items) > 0 || !endsTerminal(last.text)) {
						t.level = 2
					}
				}
				addItem(p, t)
				return
			}
		}
	}
	t.kind, t.text = tokPara, t.label+" "+t.text
	t.label, t.level = "", 0
	b.add(t)
}

// deepDashParent returns the item below the paragraph's first level that a
// dash line goes under, or nil: a sub-item that introduces a list ("(i)
// To use all necessary means …, including:" under "(a) Protection of
// civilians:", then "• To prevent …", S/RES/2677 (2023) paragraph 3) and
// not closed by a full stop, or the sub-item whose last point is a dash
// of the same kind, for the points after the first. The first level is
// left to dash.
func deepDashParent(p *pbuild, label, text string) *ibuild {
	chain := []*ibuild{}
	for its := p.items; len(its) > 0; {
		last := its[len(its)-1]
		chain = append(chain, last)
		its = last.items
	}
	for j := len(chain) - 1; j >= 1; j-- {
		c := chain[j]
		if ItemKey(c.label) == "" {
			if c.label == label && j >= 2 {
				return chain[j-1] // the next point of a list under a sub-item
			}
			return nil
		}
		// A sub-item's points: the list of a lettered item does not run
		// on in dashes between its (i) and (ii). Its text may end with a
		// colon or, as the French S/RES/2729 (2024) has it, "à cet égard ;".
		// A dash line that ends with a colon itself after a sub-item
		// that does not is a heading over the sub-items after it, at the
		// letter's level ("(ii) To help build the capacities …;" then "•
		// Urgent temporary measures:" and "(iii) To urgently …", S/RES/2552
		// (2020) paragraph 32 (e), as resolute prints the XML's unlabelled
		// subheadings).
		if strings.HasSuffix(strings.TrimSpace(c.text), ".") || endsWithColon(text) && !endsWithColon(c.text) {
			return nil
		}
		return c
	}
	return nil
}
