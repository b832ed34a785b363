package compare

import (
	"flag"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"resolute/content"
)

var (
	libraryFlag = flag.String("library", os.Getenv("RESOLUTE_TEST_LIBRARY"),
		"a folder of the UN's XML files (such as /root/.cache/resolute-library) for the tests at scale; also $RESOLUTE_TEST_LIBRARY")
	sampleFlag = flag.Int("sample", 10, "with -library, the synthetic test takes every n-th file")
)

// edit is an edit the synthetic test makes.
type edit int

const (
	editInsert edit = iota
	editDelete
	editMove
	editSplit
	editMerge
	editWords
	editKinds
)

// tagged is a paragraph of an edited document with the ids of the original
// paragraphs it comes from.
type tagged struct {
	p      content.Paragraph
	origin []string
}

// synthesize returns a copy of d with random edits to the preambular and
// operative paragraphs of each part (about one edit for four paragraphs),
// renumbered, and the links between old and new paragraph ids that a
// perfect alignment finds. Inserted paragraphs come from donor; new words
// from vocab.
func synthesize(rng *rand.Rand, d *content.Document, donor, vocab []string) (*content.Document, map[[2]string]bool, [editKinds]int) {
	out := *d
	out.Parts = make([]content.Part, len(d.Parts))
	truth := map[[2]string]bool{}
	var made [editKinds]int
	have := map[uint64]bool{}
	for _, u := range d.Units() {
		have[key(u.Text)] = true
	}
	for pi, part := range d.Parts {
		np := part
		prefix := ""
		if len(d.Parts) > 1 {
			prefix = part.Label + "."
		}
		for si, ps := range [][]content.Paragraph{part.Preamble, part.Operative} {
			seq := make([]tagged, len(ps))
			for i, p := range ps {
				seq[i] = tagged{p: p, origin: []string{p.ID}}
			}
			for range len(seq)/4 + 1 {
				var e edit
				seq, e = applyEdit(rng, seq, donor, vocab, have)
				if e >= 0 {
					made[e]++
				}
			}
			kind := "pp"
			if si == 1 {
				kind = "op"
			}
			res := make([]content.Paragraph, len(seq))
			for i, tp := range seq {
				p := tp.p
				id := prefix + kind + strconv.Itoa(i+1)
				p.Items = renumberItems(p.Items, p.ID, id)
				p.ID = id
				if si == 1 {
					n := strconv.Itoa(i + 1)
					p.Number = &n
				}
				res[i] = p
				for _, o := range tp.origin {
					truth[[2]string{o, id}] = true
				}
			}
			if si == 0 {
				np.Preamble = res
			} else {
				np.Operative = res
			}
		}
		out.Parts[pi] = np
	}
	return &out, truth, made
}

// applyEdit makes one random edit to seq and says which (-1 when the one
// drawn could not be made).
func applyEdit(rng *rand.Rand, seq []tagged, donor, vocab []string, have map[uint64]bool) ([]tagged, edit) {
	e := edit(rng.IntN(int(editKinds)))
	n := len(seq)
	switch e {
	case editInsert:
		for range 20 {
			t := donor[rng.IntN(len(donor))]
			if have[key(t)] || len(features(t)) < 8 {
				continue
			}
			have[key(t)] = true
			at := rng.IntN(n + 1)
			p := content.Paragraph{ID: "new", Text: t}
			return append(seq[:at], append([]tagged{{p: p}}, seq[at:]...)...), e
		}
	case editDelete:
		if n > 1 {
			at := rng.IntN(n)
			return append(seq[:at], seq[at+1:]...), e
		}
	case editMove:
		if n >= 4 {
			from := rng.IntN(n)
			to := rng.IntN(n - 1)
			if to >= from-1 && to <= from+1 {
				break
			}
			tp := seq[from]
			rest := append(append([]tagged{}, seq[:from]...), seq[from+1:]...)
			return append(rest[:to], append([]tagged{tp}, rest[to:]...)...), e
		}
	case editSplit:
		at := rng.IntN(max(n, 1))
		if n == 0 {
			break
		}
		a, b, ok := splitText(seq[at].p.Text)
		if !ok {
			break
		}
		first, second := seq[at], seq[at]
		first.p.Text, first.p.Items, first.p.Tail = a, nil, ""
		second.p.Text = b
		return append(seq[:at], append([]tagged{first, second}, seq[at+1:]...)...), e
	case editMerge:
		if n >= 2 {
			at := rng.IntN(n - 1)
			a, b := seq[at], seq[at+1]
			if len(a.p.Items) > 0 || a.p.Tail != "" {
				break
			}
			m := b
			m.p.Text = strings.TrimSpace(a.p.Text + " " + b.p.Text)
			m.origin = append(append([]string{}, a.origin...), b.origin...)
			return append(seq[:at], append([]tagged{m}, seq[at+2:]...)...), e
		}
	case editWords:
		if n > 0 {
			at := rng.IntN(n)
			seq[at].p.Text = editWordsOf(rng, seq[at].p.Text, vocab)
			return seq, e
		}
	}
	return seq, -1
}

// splitText cuts a paragraph of at least 20 words at a comma or semicolon
// between 30 % and 70 % of its length.
func splitText(t string) (string, string, bool) {
	if len(features(t)) < 20 {
		return "", "", false
	}
	lo, hi := len(t)*3/10, len(t)*7/10
	for i := lo; i < hi; i++ {
		if (t[i] == ',' || t[i] == ';') && i+1 < len(t) && t[i+1] == ' ' {
			return t[:i+1], strings.TrimSpace(t[i+1:]), true
		}
	}
	for _, sep := range []string{"，", "；", "،", "؛"} {
		if i := strings.Index(t[lo:], sep); i >= 0 && lo+i < hi {
			i += lo + len(sep)
			return t[:i], t[i:], true
		}
	}
	return "", "", false
}

// editWordsOf replaces, deletes or inserts one to three words of t.
func editWordsOf(rng *rand.Rand, t string, vocab []string) string {
	toks := tokens(t)
	var words []int
	for i, tok := range toks {
		if r := []rune(tok); isWordRune(r[0]) || isIdeograph(r[0]) {
			words = append(words, i)
		}
	}
	if len(words) == 0 {
		return t + " " + vocab[rng.IntN(len(vocab))]
	}
	for range 1 + rng.IntN(3) {
		i := words[rng.IntN(len(words))]
		w := vocab[rng.IntN(len(vocab))]
		switch rng.IntN(3) {
		case 0:
			toks[i] = w
		case 1:
			toks[i] = ""
		default:
			sep := " "
			if isIdeograph([]rune(w)[0]) {
				sep = ""
			}
			toks[i] += sep + w
		}
	}
	return strings.Join(toks, "")
}

func renumberItems(items []content.Item, oldID, newID string) []content.Item {
	if len(items) == 0 {
		return nil
	}
	out := make([]content.Item, len(items))
	for i, it := range items {
		it.ID = newID + strings.TrimPrefix(it.ID, oldID)
		it.Items = renumberItems(it.Items, oldID, newID)
		out[i] = it
	}
	return out
}

// linksOf returns the paragraph links a comparison found: every old id
// with every new id of each pair that is not an insertion or a deletion.
func linksOf(r *Result) map[[2]string]bool {
	out := map[[2]string]bool{}
	for _, p := range r.Pairs {
		if p.Depth != 0 || p.Section != PreambleSection && p.Section != OperativeSection {
			continue
		}
		for _, o := range p.Old {
			for _, n := range p.New {
				out[[2]string{o, n}] = true
			}
		}
	}
	return out
}

// linksByNumber returns the links of aligning by number: each preambular
// or operative paragraph with the one of the same id.
func linksByNumber(old, new *content.Document) map[[2]string]bool {
	ids := map[string]bool{}
	for _, part := range new.Parts {
		for _, p := range append(append([]content.Paragraph{}, part.Preamble...), part.Operative...) {
			ids[p.ID] = true
		}
	}
	out := map[[2]string]bool{}
	for _, part := range old.Parts {
		for _, p := range append(append([]content.Paragraph{}, part.Preamble...), part.Operative...) {
			if ids[p.ID] {
				out[[2]string{p.ID, p.ID}] = true
			}
		}
	}
	return out
}

// score accumulates true positives, false positives and false negatives.
type score struct{ tp, fp, fn int }

func (s *score) add(got, want map[[2]string]bool) {
	for l := range got {
		if want[l] {
			s.tp++
		} else {
			s.fp++
		}
	}
	for l := range want {
		if !got[l] {
			s.fn++
		}
	}
}

func (s score) f1() float64 {
	if s.tp == 0 {
		return 0
	}
	p := float64(s.tp) / float64(s.tp+s.fp)
	r := float64(s.tp) / float64(s.tp+s.fn)
	return 2 * p * r / (p + r)
}

// synthFiles returns the XML files of the synthetic test: the corpus's,
// and with -library every -sample-th file of the library.
func synthFiles(t *testing.T) []string {
	files := corpusXML(t, "")
	if *libraryFlag != "" {
		var lib []string
		filepath.WalkDir(*libraryFlag, func(path string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() && strings.HasSuffix(strings.ToLower(path), ".xml") {
				lib = append(lib, path)
			}
			return nil
		})
		for i := 0; i < len(lib); i += max(*sampleFlag, 1) {
			files = append(files, lib[i])
		}
	}
	return files
}

// TestSyntheticEdits edits real resolutions at random (seeded), with
// inserts, deletes, moves, splits, merges and word edits whose answer is
// known, and measures the paragraph alignment's F1 against that answer,
// and that of aligning by number.
func TestSyntheticEdits(t *testing.T) {
	files := synthFiles(t)
	type loaded struct {
		path string
		doc  *content.Document
	}
	var docs []loaded
	donors := map[string][]string{}
	vocab := map[string][]string{}
	for _, f := range files {
		d, err := parseFile(f)
		if err != nil || d.Language == "" {
			continue // the library holds a malformed file and a few empty ones
		}
		docs = append(docs, loaded{f, d})
		for _, u := range d.Units() {
			donors[d.Language] = append(donors[d.Language], u.Text)
		}
	}
	for lang, texts := range donors {
		seen := map[string]bool{}
		for _, t := range texts[:min(len(texts), 3000)] {
			for _, tok := range tokens(t) {
				if r := []rune(tok); (isWordRune(r[0]) || isIdeograph(r[0])) && !seen[tok] {
					seen[tok] = true
					vocab[lang] = append(vocab[lang], tok)
				}
			}
		}
	}
	var ours, byNumber score
	var made [editKinds]int
	for i, ld := range docs {
		rng := rand.New(rand.NewPCG(uint64(i), 12))
		lang := ld.doc.Language
		if len(donors[lang]) == 0 || len(vocab[lang]) == 0 {
			continue
		}
		edited, truth, m := synthesize(rng, ld.doc, donors[lang], vocab[lang])
		for k := range m {
			made[k] += m[k]
		}
		r := Documents(ld.doc, edited)
		checkResult(t, ld.doc, edited, r)
		var one score
		one.add(linksOf(r), truth)
		if one.f1() < 0.9 {
			t.Logf("%s: F1 %.3f (%+v)", ld.path, one.f1(), one)
		}
		ours.add(linksOf(r), truth)
		byNumber.add(linksByNumber(ld.doc, edited), truth)
	}
	t.Logf("%d documents; edits: %d inserts, %d deletes, %d moves, %d splits, %d merges, %d word edits",
		len(docs), made[editInsert], made[editDelete], made[editMove], made[editSplit], made[editMerge], made[editWords])
	t.Logf("paragraph alignment F1 %.4f (%+v); aligning by number %.4f (%+v)", ours.f1(), ours, byNumber.f1(), byNumber)
	if ours.f1() < 0.99 {
		t.Errorf("paragraph alignment F1 %.4f, want at least 0.99", ours.f1())
	}
}
