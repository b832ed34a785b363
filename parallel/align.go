// Package parallel aligns two versions of a resolution (two languages, or
// two files) paragraph by paragraph, by paragraph id: rows in reading
// order, each the paragraph of the left version and that of the right, a
// gap on the side that lacks the id, and a note of each disagreement
// ("fr has no OP7", "en repeats 4"). Nothing is invented: a paragraph is
// paired only with the paragraph of the same id.
package parallel

import (
	"strings"

	"resolute/content"
)

// Pair is one row of an alignment of two sequences of ids: L and R are
// indices into the left and right sequences, -1 for a gap on that side.
type Pair struct {
	L, R int
}

// maxTable bounds the cells of the table matchRegion fills for a stretch
// of ids between two anchors; a longer stretch is left unmatched (gaps).
const maxTable = 1 << 20

// Align pairs equal ids of left and right in reading order: the ids found
// once on each side anchor the rows (the longest run of them in the same
// order on both sides), the ids between two anchors are matched in order
// where they are equal, and every other id gets a row of its own with a
// gap on the other side, left before right. Every index of each side
// appears exactly once, in increasing order.
func Align(left, right []string) []Pair {
	anchors := anchorPairs(left, right)
	var out []Pair
	l, r := 0, 0
	for _, a := range append(anchors, Pair{len(left), len(right)}) {
		out = append(out, matchRegion(left, right, l, a.L, r, a.R)...)
		if a.L < len(left) {
			out = append(out, a)
		}
		l, r = a.L+1, a.R+1
	}
	return out
}

// anchorPairs returns the pairs of ids found exactly once on each side
// that keep the same order on both: the longest increasing run of their
// right positions, taken in left order.
func anchorPairs(left, right []string) []Pair {
	count := func(ids []string) map[string]int {
		m := make(map[string]int, len(ids))
		for _, id := range ids {
			m[id]++
		}
		return m
	}
	lc, rc := count(left), count(right)
	rpos := make(map[string]int, len(right))
	for i, id := range right {
		rpos[id] = i
	}
	var cand []Pair
	for i, id := range left {
		if lc[id] == 1 && rc[id] == 1 {
			cand = append(cand, Pair{i, rpos[id]})
		}
	}
	return longestIncreasing(cand)
}

// longestIncreasing returns the longest subsequence of ps whose R values
// increase (patience sorting, O(n log n)).
func longestIncreasing(ps []Pair) []Pair {
	if len(ps) == 0 {
		return nil
	}
	tails := []int{}             // index into ps of the smallest tail of each length
	prev := make([]int, len(ps)) // the element before each in its run
	for i, p := range ps {
		lo, hi := 0, len(tails)
		for lo < hi {
			mid := (lo + hi) / 2
			if ps[tails[mid]].R < p.R {
				lo = mid + 1
			} else {
				hi = mid
			}
		}
		prev[i] = -1
		if lo > 0 {
			prev[i] = tails[lo-1]
		}
		if lo == len(tails) {
			tails = append(tails, i)
		} else {
			tails[lo] = i
		}
	}
	out := make([]Pair, len(tails))
	for k, i := len(tails)-1, tails[len(tails)-1]; k >= 0; k, i = k-1, prev[i] {
		out[k] = ps[i]
	}
	return out
}

// matchRegion aligns left[l0:l1] with right[r0:r1], ids that are not
// anchors: the longest common subsequence of equal ids is paired, the rest
// get gaps, the left side's before the right's between two pairs.
func matchRegion(left, right []string, l0, l1, r0, r1 int) []Pair {
	n, m := l1-l0, r1-r0
	var out []Pair
	gaps := func(fromL, toL, fromR, toR int) {
		for i := fromL; i < toL; i++ {
			out = append(out, Pair{i, -1})
		}
		for j := fromR; j < toR; j++ {
			out = append(out, Pair{-1, j})
		}
	}
	if n == 0 || m == 0 || (n+1)*(m+1) > maxTable {
		gaps(l0, l1, r0, r1)
		return out
	}
	// lcs[i][j] is the length of the LCS of left[l0+i:l1] and right[r0+j:r1].
	lcs := make([][]int32, n+1)
	for i := range lcs {
		lcs[i] = make([]int32, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			switch {
			case left[l0+i] == right[r0+j]:
				lcs[i][j] = lcs[i+1][j+1] + 1
			case lcs[i+1][j] >= lcs[i][j+1]:
				lcs[i][j] = lcs[i+1][j]
			default:
				lcs[i][j] = lcs[i][j+1]
			}
		}
	}
	i, j := 0, 0
	gl, gr := l0, r0 // the start of the pending gaps
	for i < n && j < m {
		switch {
		case left[l0+i] == right[r0+j]:
			gaps(gl, l0+i, gr, r0+j)
			out = append(out, Pair{l0 + i, r0 + j})
			i, j = i+1, j+1
			gl, gr = l0+i, r0+j
		case lcs[i+1][j] >= lcs[i][j+1]:
			i++
		default:
			j++
		}
	}
	gaps(gl, l1, gr, r1)
	return out
}

// Row is one row of an alignment of two documents' ids: the id, the index
// on each side (-1 for a gap) and, when the sides disagree, a note saying
// how.
type Row struct {
	ID   string
	L, R int
	Note string
}

// Names are what notes call the two versions: their languages ("en",
// "fr"), or "left" and "right" when both are in one language.
type Names struct {
	Left, Right string
}

// NamesOf returns the names of two versions in languages left and right.
func NamesOf(left, right string) Names {
	if left == "" || right == "" || strings.EqualFold(left, right) {
		return Names{Left: "the left version", Right: "the right version"}
	}
	return Names{Left: strings.ToLower(left), Right: strings.ToLower(right)}
}

// Rows aligns two sequences of ids (Align) and notes each row with a gap:
// "fr has no OP7"; "en repeats 4" for the second paragraph of a number
// (op4-2) the other version has once; "OP7 is elsewhere in fr" for an id
// both have, in another order.
func Rows(left, right []string, names Names) []Row {
	return rowsByKey(left, right, left, right, names)
}

// DocumentRows aligns the ids left and right of the blocks of two
// documents, l and r (preambular, operative and annex paragraphs and the
// other blocks of package render): as Rows, annex paragraphs by their
// printed numbers (Keys), the notes naming the documents' languages.
func DocumentRows(l, r *content.Document, left, right []string) []Row {
	lk, rk := Keys(l, r)
	return rowsByKey(left, right, keysOf(left, lk), keysOf(right, rk), NamesOf(language(l), language(r)))
}

// rowsByKey is Rows aligning by keys: lk and rk are the keys of the ids
// left and right (keysOf), by which they pair and the notes speak; each
// row's ID is the left version's id, the right's where the left has a
// gap.
func rowsByKey(left, right, lk, rk []string, names Names) []Row {
	out := rowsOfKeys(lk, rk, names)
	for k, r := range out {
		if r.L >= 0 {
			out[k].ID = left[r.L]
		} else {
			out[k].ID = right[r.R]
		}
	}
	return out
}

// rowsOfKeys is Rows over keys, each row's ID its key.
func rowsOfKeys(left, right []string, names Names) []Row {
	pairs := Align(left, right)
	has := func(ids []string) map[string]int {
		m := make(map[string]int, len(ids))
		for _, id := range ids {
			m[id]++
		}
		return m
	}
	inL, inR := has(left), has(right)
	out := make([]Row, len(pairs))
	for k, p := range pairs {
		row := Row{L: p.L, R: p.R}
		switch {
		case p.L >= 0 && p.R >= 0:
			row.ID = left[p.L]
		case p.L >= 0:
			row.ID = left[p.L]
			row.Note = gapNote(row.ID, names.Left, names.Right, inR, inL)
		default:
			row.ID = right[p.R]
			row.Note = gapNote(row.ID, names.Right, names.Left, inL, inR)
		}
		out[k] = row
	}
	return out
}

// gapNote says why a row of id, held by the version named has, has a gap
// on the side of the version named lacks: other counts the lacking side's
// ids, own the holding side's.
func gapNote(id, has, lacks string, other, own map[string]int) string {
	switch base, ok := repeatOf(id); {
	case own[id] > other[id] && other[id] > 0:
		return has + " repeats " + number(id)
	case other[id] > 0:
		return Name(id) + " is elsewhere in " + lacks
	case ok && own[base] > 0 && other[base] > 0:
		return has + " repeats " + number(base)
	}
	return lacks + " has no " + strings.TrimPrefix(Name(id), "the ")
}

// repeatOf returns the id a repeated id repeats: "op4" for "op4-2", the
// parser's id for the second paragraph numbered 4.
func repeatOf(id string) (string, bool) {
	i := strings.LastIndexByte(id, '-')
	if i <= 0 || i == len(id)-1 {
		return "", false
	}
	for _, c := range id[i+1:] {
		if c < '0' || c > '9' {
			return "", false
		}
	}
	return id[:i], true
}

// number returns the printed number of a paragraph id: "4" for "op4" and
// "B.op4", the name of any other id.
func number(id string) string {
	local := id[strings.LastIndexByte(id, '.')+1:]
	if n, ok := strings.CutPrefix(local, "op"); ok && n != "" && !strings.ContainsAny(n, "_(") {
		return n
	}
	return Name(id)
}

// Name returns the name delegates give a paragraph id: "OP7", "PP2",
// "B.OP5", "OP3(a)"; "the paragraph after OP4" for an unnumbered one
// (op4_1), "unnumbered paragraph 1" before any number (op0_1); the ids of
// the other blocks of package render in words ("formula:A" is "the
// enacting formula of A", "annexII" "annex II"); the keys annex
// paragraphs align by (Keys) too, "annex.n12" is "annex paragraph 12";
// any other id ("annex.p2") as it is.
func Name(id string) string {
	if n, ok := blockName(id); ok {
		return n
	}
	if n, ok := annexKeyName(id); ok {
		return n
	}
	prefix, local := "", id
	if i := strings.LastIndexByte(id, '.'); i >= 0 && !strings.HasPrefix(id, "annex") {
		prefix, local = id[:i+1], id[i+1:]
	}
	base, item := local, ""
	if i := strings.IndexByte(local, '('); i >= 0 {
		base, item = local[:i], local[i:]
	}
	switch {
	case strings.HasPrefix(base, "pp"):
		return prefix + "PP" + base[2:] + item
	case strings.HasPrefix(base, "op"):
		num, k, unnumbered := strings.Cut(base[2:], "_")
		switch {
		case !unnumbered:
			return prefix + "OP" + num + item
		case num == "0" && prefix != "":
			return "unnumbered paragraph " + k + " of " + strings.TrimSuffix(prefix, ".") + item
		case num == "0":
			return "unnumbered paragraph " + k + item
		case k != "1":
			return "paragraph " + k + " after " + prefix + "OP" + num + item
		}
		return "the paragraph after " + prefix + "OP" + num + item
	}
	return id
}

// blockName names the ids package render gives the blocks that are not
// paragraphs.
func blockName(id string) (string, bool) {
	kind, label, _ := strings.Cut(id, ":")
	words := map[string]string{
		"masthead": "the masthead", "title": "the title", "formula": "the enacting formula",
		"part": "part", "closing": "the closing lines", "footnotes": "the footnotes", "note": "the note",
	}
	w, ok := words[kind]
	switch {
	case ok && label == "":
		return w, kind != "part"
	case ok && kind == "part":
		return "part " + label, true
	case ok:
		return w + " of " + label, true
	case id == "annex":
		return "the annex", true
	case strings.HasPrefix(id, "annex") && !strings.Contains(id, "."):
		return "annex " + id[len("annex"):], true
	}
	return "", false
}
