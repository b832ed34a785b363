package compare

import (
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/sergi/go-diff/diffmatchpatch"
)

// maxExactTokens is the number of tokens (both sides together) up to which
// a word diff runs without a time limit, and so always gives the same
// answer. Beyond it (a paragraph of tens of pages) go-diff may settle for a
// coarser diff after a second.
const maxExactTokens = 40000

// diffWords returns the word diff of two texts: go-diff on their tokens
// mapped to runes, with its semantic clean-up, the runs of white space or
// typography alone marked minor.
func diffWords(old, new string) []Word {
	switch {
	case old == new && old == "":
		return []Word{}
	case old == new:
		return []Word{{Op: WordEqual, Text: old}}
	case old == "":
		return []Word{{Op: WordInsert, Text: new}}
	case new == "":
		return []Word{{Op: WordDelete, Text: old}}
	}
	ta, tb := tokens(old), tokens(new)
	var enc runeCoder
	ra, okA := enc.encode(ta)
	rb, okB := enc.encode(tb)
	if !okA || !okB { // beyond a million distinct words: never in a real text
		return []Word{{Op: WordDelete, Text: old}, {Op: WordInsert, Text: new}}
	}
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = 0
	if len(ra)+len(rb) > maxExactTokens {
		dmp.DiffTimeout = time.Second
	}
	diffs := dmp.DiffCleanupSemantic(dropTrivialEqualities(dmp.DiffMainRunes(ra, rb, false)))
	words := make([]Word, 0, len(diffs))
	for _, d := range diffs {
		op := WordEqual
		switch d.Type {
		case diffmatchpatch.DiffDelete:
			op = WordDelete
		case diffmatchpatch.DiffInsert:
			op = WordInsert
		}
		text := enc.decode(d.Text)
		if text == "" {
			continue
		}
		if n := len(words); n > 0 && words[n-1].Op == op {
			words[n-1].Text += text
			continue
		}
		words = append(words, Word{Op: op, Text: text})
	}
	markMinor(words)
	return words
}

// markMinor flags each change between two equal runs (a deletion, an
// insertion, or both) whose deleted and inserted texts are the same once
// white space, typography and footnote markers are set aside.
func markMinor(words []Word) {
	for i := 0; i < len(words); {
		if words[i].Op == WordEqual {
			i++
			continue
		}
		j := i
		var del, ins strings.Builder
		for j < len(words) && words[j].Op != WordEqual {
			if words[j].Op == WordDelete {
				del.WriteString(words[j].Text)
			} else {
				ins.WriteString(words[j].Text)
			}
			j++
		}
		if !strings.Contains(del.String()+ins.String(), "\n") && minorKey(del.String()) == minorKey(ins.String()) {
			for k := i; k < j; k++ {
				words[k].Minor = true
			}
		}
		i = j
	}
}

// runeCoder maps tokens to runes, one rune per distinct token, so that
// go-diff, which diffs runes, diffs tokens. The runes come from the private
// use areas, never a surrogate, so they survive go-diff's conversions to
// strings.
type runeCoder struct {
	ids    map[string]rune
	tokens []string
}

func codeRune(i int) rune {
	if i < 0xf900-0xe000 {
		return rune(0xe000 + i)
	}
	return rune(0xf0000 + i - (0xf900 - 0xe000))
}

func runeIndex(r rune) int {
	if r < 0xf900 {
		return int(r - 0xe000)
	}
	return int(r-0xf0000) + 0xf900 - 0xe000
}

// maxCodes is how many distinct tokens the rune code holds (the two private
// use areas, less the top plane's last two code points).
const maxCodes = 0xf900 - 0xe000 + 0x10fffe - 0xf0000

// encode returns the runes of toks, or false when there are more distinct
// tokens than runes to give them.
func (c *runeCoder) encode(toks []string) ([]rune, bool) {
	if c.ids == nil {
		c.ids = make(map[string]rune, len(toks))
	}
	out := make([]rune, len(toks))
	for i, t := range toks {
		r, ok := c.ids[t]
		if !ok {
			if len(c.tokens) >= maxCodes {
				return nil, false
			}
			r = codeRune(len(c.tokens))
			c.ids[t] = r
			c.tokens = append(c.tokens, t)
		}
		out[i] = r
	}
	return out, true
}

func (c *runeCoder) decode(s string) string {
	var sb strings.Builder
	for _, r := range s {
		if i := runeIndex(r); i >= 0 && i < len(c.tokens) {
			sb.WriteString(c.tokens[i])
		}
	}
	return sb.String()
}

// dropTrivialEqualities does the first step of go-diff's semantic clean-up,
// the same way: each equality no longer than the edits on both sides of it
// becomes a deletion and an insertion. go-diff counts the runes of each text
// again at every step, which on a long paragraph rewritten all through
// (a thousand tokens, three bytes each) took tens of milliseconds; this
// counts them once. DiffCleanupSemantic, run after it, finds the step done
// and goes on to its other steps.
func dropTrivialEqualities(diffs []diffmatchpatch.Diff) []diffmatchpatch.Diff {
	n := make([]int, len(diffs))
	for i, d := range diffs {
		n[i] = utf8.RuneCountInString(d.Text)
	}
	var equalities []int
	lastEq := -1 // index of the last equality, or -1 for none
	var ins1, del1, ins2, del2 int
	changed := false
	for p := 0; p < len(diffs); p++ {
		if diffs[p].Type == diffmatchpatch.DiffEqual {
			equalities = append(equalities, p)
			ins1, del1, ins2, del2 = ins2, del2, 0, 0
			lastEq = p
			continue
		}
		if diffs[p].Type == diffmatchpatch.DiffInsert {
			ins2 += n[p]
		} else {
			del2 += n[p]
		}
		if lastEq < 0 || n[lastEq] == 0 || n[lastEq] > max(ins1, del1) || n[lastEq] > max(ins2, del2) {
			continue
		}
		at := equalities[len(equalities)-1]
		diffs = slices.Insert(diffs, at, diffmatchpatch.Diff{Type: diffmatchpatch.DiffDelete, Text: diffs[at].Text})
		n = slices.Insert(n, at, n[at])
		diffs[at+1].Type = diffmatchpatch.DiffInsert
		equalities = equalities[:len(equalities)-1]
		if len(equalities) > 0 {
			equalities = equalities[:len(equalities)-1]
		}
		p = -1
		if len(equalities) > 0 {
			p = equalities[len(equalities)-1]
		}
		ins1, del1, ins2, del2 = 0, 0, 0, 0
		lastEq = -1
		changed = true
	}
	if !changed {
		return diffs
	}
	return mergeRuns(diffs)
}

// mergeRuns joins the deletions and insertions between two equalities into
// one deletion and one insertion, and adjacent equalities into one.
func mergeRuns(diffs []diffmatchpatch.Diff) []diffmatchpatch.Diff {
	out := diffs[:0:0]
	var del, ins strings.Builder
	flush := func() {
		if del.Len() > 0 {
			out = append(out, diffmatchpatch.Diff{Type: diffmatchpatch.DiffDelete, Text: del.String()})
			del.Reset()
		}
		if ins.Len() > 0 {
			out = append(out, diffmatchpatch.Diff{Type: diffmatchpatch.DiffInsert, Text: ins.String()})
			ins.Reset()
		}
	}
	for _, d := range diffs {
		switch d.Type {
		case diffmatchpatch.DiffDelete:
			del.WriteString(d.Text)
		case diffmatchpatch.DiffInsert:
			ins.WriteString(d.Text)
		default:
			flush()
			if k := len(out); k > 0 && out[k-1].Type == diffmatchpatch.DiffEqual {
				out[k-1].Text += d.Text
			} else {
				out = append(out, d)
			}
		}
	}
	flush()
	return out
}
