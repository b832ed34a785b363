package compare

import (
	"cmp"
	"slices"
)

// The thresholds of alignment, on the Dice coefficient of word bigrams.
const (
	// minSimilar is the least similarity at which the global alignment
	// pairs two paragraphs in place: a paragraph rewritten more
	// than that is a deletion and an insertion.
	minSimilar = 0.3
	// minMoved is the least similarity at which two paragraphs left
	// unpaired are taken for one that moved: higher than minSimilar, since
	// a move is looked for across the whole document.
	minMoved = 0.5
	// minContained is the share of a paragraph's bigrams that must be in
	// its neighbour's counterpart for it to be the other half of a split
	// (or merge).
	minContained = 0.6
	// minGain is how much the similarity must rise, at least, when a
	// neighbour joins a pair for a split or merge: anything, since a short
	// neighbour ("Of which:") adds little.
	minGain = 1e-9
)

// unit is one paragraph, sub-paragraph, footnote or part being aligned.
type unit struct {
	id    string
	text  string // the text its words are diffed on
	tail  string
	key   uint64 // the whole text, as exact matching sees it
	whole string // the whole text: with its sub-paragraphs and tail
	// feats are the whole text's bigrams, computed when first needed (most
	// units are matched exactly and never need them) unless set.
	feats     []uint64
	featsDone bool
	items     []*unit // sub-paragraphs, flattened in reading order
	depth     int
	// label is what a note calls it: "OP4", "(b)", "footnote 3".
	label   string
	section Section
	part    string
	partIdx int    // the index of its part's pair, for the summary
	kind    string // units move only among units of the same kind

	seq  *seqPair
	old  bool // in seq.old, else in seq.new
	pos  int  // its index there
	link *link
}

// features returns the bigrams of the unit's whole text.
func (u *unit) features() []uint64 {
	if !u.featsDone {
		u.feats, u.featsDone = features(u.whole), true
	}
	return u.feats
}

// link ties units of the old document to units of the new: one to one, one
// to several (a split) or several to one (a merge).
type link struct {
	old, new []*unit
	// moved is set for a link found outside the in-order alignment of its
	// sequence.
	moved bool
}

// seqPair is a sequence of units of the old document and the sequence of
// the new one it is aligned with: the preamble of a part against its
// counterpart, the sub-paragraphs of a paragraph against its counterpart's.
type seqPair struct {
	old, new []*unit
}

func newSeqPair(old, new []*unit) *seqPair {
	sp := &seqPair{old: old, new: new}
	for i, u := range old {
		u.seq, u.old, u.pos = sp, true, i
	}
	for i, u := range new {
		u.seq, u.old, u.pos = sp, false, i
	}
	return sp
}

// aligner links the units of several sequence pairs.
type aligner struct {
	pairs  []*seqPair
	splits bool // look for splits and merges
	moves  bool // look for moved units
}

// run links what it can: in order, exact matches and similar units
// together; then exact moves, splits and merges, and moves of similar
// units.
func (a *aligner) run() {
	for _, sp := range a.pairs {
		inOrder(sp)
	}
	if a.moves {
		a.exactMoves()
	}
	if a.splits {
		for _, sp := range a.pairs {
			splitsAndMerges(sp)
		}
	}
	if a.moves {
		a.similarMoves()
	}
}

func connect(old, new []*unit, moved bool) *link {
	l := &link{old: old, new: new, moved: moved}
	for _, u := range old {
		u.link = l
	}
	for _, u := range new {
		u.link = l
	}
	return l
}

// inOrder links the units of a sequence pair that keep their order: the
// set of pairs, increasing on both sides, with the highest total weight, an
// exact match (the same key) weighing 1 and two units at least minSimilar
// alike their similarity (a global alignment, Needleman–Wunsch with no gap
// cost, over the whole sequence). A unit with an exact match on the other
// side is paired by key only, so most of the work is hashing: bigrams are
// computed only for the units left without one. Weighing similar pairs with
// the exact ones keeps a lone paragraph that moved word for word from
// anchoring the alignment against a run of paragraphs that kept their
// places but changed a word each (as session numbers do every year).
func inOrder(sp *seqPair) {
	if sameKeys(sp.old, sp.new) {
		for i := range sp.old {
			connect([]*unit{sp.old[i]}, []*unit{sp.new[i]}, false)
		}
		return
	}
	byKey := map[uint64][]int{}
	for i, u := range sp.old {
		byKey[u.key] = append(byKey[u.key], i)
	}
	newKeys := map[uint64]bool{}
	var cands []cand
	var news []*unit
	var newPos []int
	for j, v := range sp.new {
		newKeys[v.key] = true
		if is := byKey[v.key]; len(is) > 0 {
			for _, i := range is {
				cands = append(cands, cand{o: i, n: j, sim: exactWeight})
			}
			continue
		}
		news, newPos = append(news, v), append(newPos, j)
	}
	var olds []*unit
	var oldPos []int
	for i, u := range sp.old {
		if !newKeys[u.key] {
			olds, oldPos = append(olds, u), append(oldPos, i)
		}
	}
	if len(olds) > 0 && len(news) > 0 {
		for _, c := range candidates(olds, news, minSimilar) {
			cands = append(cands, cand{o: oldPos[c.o], n: newPos[c.n], sim: c.sim})
		}
	}
	for _, c := range bestChain(cands, len(sp.new)) {
		connect([]*unit{sp.old[c.o]}, []*unit{sp.new[c.n]}, false)
	}
}

// exactWeight is the weight of an exact match in inOrder: a little more
// than a similar pair's most, so that ties go to the exact match.
const exactWeight = 1.001

func sameKeys(a, b []*unit) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].key != b[i].key {
			return false
		}
	}
	return true
}

// unlinked returns the units of us without a link.
func unlinked(us []*unit) []*unit {
	var out []*unit
	for _, u := range us {
		if u.link == nil {
			out = append(out, u)
		}
	}
	return out
}

// byKind returns the unlinked units of every sequence pair, old and new,
// grouped by kind, in order; kinds lists the kinds in order of first
// appearance.
func (a *aligner) byKind() (kinds []string, old, new map[string][]*unit) {
	old, new = map[string][]*unit{}, map[string][]*unit{}
	seen := map[string]bool{}
	add := func(m map[string][]*unit, us []*unit) {
		for _, u := range unlinked(us) {
			if !seen[u.kind] {
				seen[u.kind] = true
				kinds = append(kinds, u.kind)
			}
			m[u.kind] = append(m[u.kind], u)
		}
	}
	for _, sp := range a.pairs {
		add(old, sp.old)
		add(new, sp.new)
	}
	return kinds, old, new
}

// exactMoves links the units left with the same key on both sides: units
// out of order, since the in-order alignment took every match it could.
func (a *aligner) exactMoves() {
	kinds, old, new := a.byKind()
	for _, k := range kinds {
		waiting := map[uint64][]*unit{}
		for _, u := range old[k] {
			waiting[u.key] = append(waiting[u.key], u)
		}
		for _, v := range new[k] {
			if us := waiting[v.key]; len(us) > 0 {
				connect([]*unit{us[0]}, []*unit{v}, true)
				waiting[v.key] = us[1:]
			}
		}
	}
}

// cand is a possible pair: olds[o] and news[n], sim alike.
type cand struct {
	o, n int
	sim  float64
}

// directLimit is the number of old×new pairs up to which candidates are
// found by trying every pair rather than through an index of bigrams.
const directLimit = 1024

// candidates returns every pair of olds and news at least min alike. Past
// directLimit pairs it looks only at pairs sharing a bigram that few old
// units have, so two texts made only of common phrases may be missed.
func candidates(olds, news []*unit, min float64) []cand {
	var out []cand
	keep := func(o, n, shared int) {
		a, b := len(olds[o].features()), len(news[n].features())
		if a+b == 0 {
			return
		}
		if sim := 2 * float64(shared) / float64(a+b); sim >= min {
			out = append(out, cand{o, n, sim})
		}
	}
	if len(olds)*len(news) <= directLimit {
		for n, v := range news {
			for o, u := range olds {
				keep(o, n, common(u.features(), v.features()))
			}
		}
		return out
	}
	postings := map[uint64][]int32{}
	for o, u := range olds {
		for _, f := range u.features() {
			postings[f] = append(postings[f], int32(o))
		}
	}
	frequent := max(64, len(olds)/16)
	if len(olds) <= 256 {
		frequent = len(olds)
	}
	count := make([]int32, len(olds))
	var touched []int32
	for n, v := range news {
		skipped := false
		for _, f := range v.features() {
			p := postings[f]
			if len(p) > frequent {
				skipped = true
				continue
			}
			for _, o := range p {
				if count[o] == 0 {
					touched = append(touched, o)
				}
				count[o]++
			}
		}
		slices.Sort(touched)
		for _, o := range touched {
			shared := int(count[o])
			if skipped {
				shared = common(olds[o].features(), v.features())
			}
			count[o] = 0
			keep(int(o), n, shared)
		}
		touched = touched[:0]
	}
	return out
}

// bestChain returns the set of candidates, increasing in both o and n,
// whose similarities add up to the most: a weighted longest increasing
// subsequence, found with a Fenwick tree of prefix maxima over n in
// O(k log m).
func bestChain(cands []cand, m int) []cand {
	if len(cands) == 0 {
		return nil
	}
	slices.SortFunc(cands, func(a, b cand) int {
		return cmp.Or(cmp.Compare(a.o, b.o), cmp.Compare(a.n, b.n))
	})
	score := make([]float64, len(cands))
	prev := make([]int, len(cands))
	tree := newPrefixMax(m)
	for g := 0; g < len(cands); {
		h := g
		for h < len(cands) && cands[h].o == cands[g].o {
			h++
		}
		for k := g; k < h; k++ {
			best, at := tree.query(cands[k].n)
			score[k], prev[k] = best+cands[k].sim, at
		}
		for k := g; k < h; k++ {
			tree.update(cands[k].n, score[k], k)
		}
		g = h
	}
	end := 0
	for k := range score {
		if score[k] > score[end] {
			end = k
		}
	}
	var chain []cand
	for k := end; k >= 0; k = prev[k] {
		chain = append(chain, cands[k])
	}
	slices.Reverse(chain)
	return chain
}

// prefixMax is a Fenwick tree answering the best score, and where it was
// reached, among positions below a given one.
type prefixMax struct {
	score []float64
	at    []int
}

func newPrefixMax(m int) *prefixMax {
	t := &prefixMax{score: make([]float64, m+1), at: make([]int, m+1)}
	for i := range t.at {
		t.at[i] = -1
	}
	return t
}

// query returns the best score at positions 0 … n-1, and its candidate (-1
// for none).
func (t *prefixMax) query(n int) (float64, int) {
	best, at := 0.0, -1
	for i := n; i > 0; i -= i & -i {
		if t.score[i] > best {
			best, at = t.score[i], t.at[i]
		}
	}
	return best, at
}

func (t *prefixMax) update(n int, score float64, at int) {
	for i := n + 1; i < len(t.score); i += i & -i {
		if score > t.score[i] {
			t.score[i], t.at[i] = score, at
		}
	}
}

// splitsAndMerges grows in-order links over unlinked neighbours: a new
// neighbour whose text the old paragraph holds makes a split, an old
// neighbour whose text the new paragraph holds a merge.
func splitsAndMerges(sp *seqPair) {
	for _, u := range sp.new {
		l := u.link
		if l == nil || l.moved || l.new[0] != u {
			continue
		}
		for grow(sp.new, l, false) {
		}
		for grow(sp.old, l, true) {
		}
	}
}

// grow adds to l an unlinked neighbour on one side (the old side when old
// is set), if the other side, a single unit, holds its text and the pair
// gets more alike with it; it reports whether it did. Units that moved away
// do not count as neighbours, and one unlinked unit may stand between (a
// paragraph deleted between two that were merged).
func grow(seq []*unit, l *link, old bool) bool {
	side, other := l.new, l.old
	if old {
		side, other = l.old, l.new
	}
	if len(other) != 1 {
		return false
	}
	var whole, joined []uint64
	var base float64
	first, last := side[0].pos, side[len(side)-1].pos
	for _, step := range []int{1, -1} {
		at := last + 1
		if step < 0 {
			at = first - 1
		}
		skipped := 0
		for ; at >= 0 && at < len(seq); at += step {
			z := seq[at]
			if z.link != nil {
				if z.link.moved {
					continue
				}
				break
			}
			if whole == nil { // only now that there is a neighbour to try
				whole, joined = other[0].features(), joinedFeats(side)
				base = dice(whole, joined)
			}
			if len(z.features()) > 0 && float64(common(z.features(), whole)) >= minContained*float64(len(z.features())) &&
				dice(whole, union(joined, z.features())) >= base+minGain {
				if step > 0 {
					side = append(side, z)
				} else {
					side = append([]*unit{z}, side...)
				}
				z.link = l
				if old {
					l.old = side
				} else {
					l.new = side
				}
				return true
			}
			if skipped++; skipped > 1 {
				break
			}
		}
	}
	return false
}

func joinedFeats(us []*unit) []uint64 {
	if len(us) == 1 {
		return us[0].features()
	}
	var all []uint64
	for _, u := range us {
		all = append(all, u.features()...)
	}
	slices.Sort(all)
	return slices.Compact(all)
}

// similarMoves links, across all sequence pairs, the unlinked units of a
// kind that are at least minMoved alike, the most alike first.
func (a *aligner) similarMoves() {
	kinds, old, new := a.byKind()
	for _, k := range kinds {
		olds, news := old[k], new[k]
		if len(olds) == 0 || len(news) == 0 {
			continue
		}
		cands := candidates(olds, news, minMoved)
		slices.SortStableFunc(cands, func(a, b cand) int { return cmp.Compare(b.sim, a.sim) })
		for _, c := range cands {
			if olds[c.o].link == nil && news[c.n].link == nil {
				connect([]*unit{olds[c.o]}, []*unit{news[c.n]}, true)
			}
		}
	}
}
