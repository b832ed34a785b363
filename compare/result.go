package compare

import "strings"

// Op says how the old and new paragraphs of a [Pair] relate.
type Op string

// The ops of a pair.
const (
	// Equal: one paragraph on each side, in the same place, the same
	// text (or differing only in white space or typography, see
	// [Word.Minor]). Its number may have changed ("was OP4").
	Equal Op = "equal"
	// Changed: one paragraph on each side, in the same place, with words
	// changed.
	Changed Op = "changed"
	// Inserted: a paragraph of the new document only.
	Inserted Op = "inserted"
	// Deleted: a paragraph of the old document only.
	Deleted Op = "deleted"
	// Moved: one paragraph on each side, out of the order of the others
	// (elsewhere in its part, or in another part); it may also carry word
	// changes.
	Moved Op = "moved"
	// Split: one old paragraph became two or more adjacent new ones.
	Split Op = "split"
	// Merged: two or more adjacent old paragraphs became one new one.
	Merged Op = "merged"
)

// WordOp says whether a run of text is on both sides, only the old, or
// only the new.
type WordOp string

// The ops of a word run.
const (
	WordEqual  WordOp = "equal"
	WordDelete WordOp = "delete"
	WordInsert WordOp = "insert"
)

// Word is a run of text of a word diff: words, the spaces and punctuation
// between them. The equal and deleted runs, in order, spell the old text;
// the equal and inserted runs the new.
type Word struct {
	Op   WordOp `json:"op"`
	Text string `json:"text"`
	// Minor is set on a deleted or inserted run that differs from its
	// counterpart only in white space, quotes, dashes or footnote markers
	// (a run of white space or a footnote marker alone, too): a change a
	// reader dims, as `git diff -w` ignores it.
	Minor bool `json:"minor,omitempty"`
}

// Section says which part of a document a pair belongs to.
type Section string

// The sections of a document, in reading order.
const (
	TitleSection     Section = "title"
	PreambleSection  Section = "preamble"
	OperativeSection Section = "operative"
	AnnexSection     Section = "annex"
	FootnoteSection  Section = "footnote"
)

// Pair is one paragraph, sub-paragraph, footnote or the title, aligned
// across the two documents.
//
// Old and New hold the ids ("pp3", "op5", "II.op3", "op2(a)", "annex.p4",
// "fn1" for footnote 1, "title"): one on each side, none on one side for an
// insertion or deletion, two or more on one side for a split or merge; never
// nil. Every id of either document appears in exactly one pair.
//
// Words is the word diff of the texts (the lead phrase included, numbers
// and labels excluded); for a split or merge the texts of the several
// paragraphs are joined with "\n", which appears in Words as a run of its
// own, so a reader can cut them apart again. Tail is the diff of the text
// after the sub-paragraphs, when either side has one.
type Pair struct {
	Op  Op       `json:"op"`
	Old []string `json:"old"`
	New []string `json:"new"`
	// Section is where the pair stands; Part is the label of its part
	// ("II", "B"; "" in a single-part document) or, for an annex, the
	// annex's id.
	Section Section `json:"section"`
	Part    string  `json:"part,omitempty"`
	// Depth is 0 for a paragraph, 1 for its sub-paragraph (a), 2 for (i).
	Depth int `json:"depth,omitempty"`
	// Note says what a reader should be told beyond the op: "was OP4"
	// (renumbered), "moved from PP7", "split from OP3", "merged from OP3,
	// OP4", "was (b)" for a sub-paragraph; "" otherwise.
	Note  string `json:"note,omitempty"`
	Words []Word `json:"words"`
	Tail  []Word `json:"tail,omitempty"`
}

// HasChanges reports whether the pair's words hold a change that is not
// minor.
func (p Pair) HasChanges() bool {
	for _, ws := range [][]Word{p.Words, p.Tail} {
		for _, w := range ws {
			if w.Op != WordEqual && !w.Minor {
				return true
			}
		}
	}
	return false
}

// OldText returns the old text the words spell (for a merge, the old
// paragraphs joined with "\n").
func OldText(words []Word) string { return spell(words, WordDelete) }

// NewText returns the new text the words spell (for a split, the new
// paragraphs joined with "\n").
func NewText(words []Word) string { return spell(words, WordInsert) }

func spell(words []Word, side WordOp) string {
	var sb strings.Builder
	for _, w := range words {
		if w.Op == WordEqual || w.Op == side {
			sb.WriteString(w.Text)
		}
	}
	return sb.String()
}

// Result is the comparison of two documents.
type Result struct {
	// Old and New are the documents' symbols.
	Old     string  `json:"old"`
	New     string  `json:"new"`
	Summary Summary `json:"summary"`
	// Pairs are in the reading order of the new document: the title, each
	// part's preamble and operative paragraphs (each followed by its
	// sub-paragraphs), the annexes, the footnotes. A deleted pair stands
	// where it stood in the old document; a moved one where it is now.
	Pairs []Pair `json:"pairs"`
}

// Counts counts pairs by op. Typography counts the equal pairs whose texts
// differ, but only in white space or typography; Renumbered the equal and
// changed pairs whose id changed.
type Counts struct {
	Equal      int `json:"equal"`
	Changed    int `json:"changed"`
	Inserted   int `json:"inserted"`
	Deleted    int `json:"deleted"`
	Moved      int `json:"moved"`
	Split      int `json:"split"`
	Merged     int `json:"merged"`
	Renumbered int `json:"renumbered"`
	Typography int `json:"typography"`
}

// Total is the number of pairs counted.
func (c Counts) Total() int {
	return c.Equal + c.Changed + c.Inserted + c.Deleted + c.Moved + c.Split + c.Merged
}

// Different is the number of pairs that are not equal.
func (c Counts) Different() int { return c.Total() - c.Equal }

func (c *Counts) add(p Pair) {
	switch p.Op {
	case Equal:
		c.Equal++
		if p.hasMinor() {
			c.Typography++
		}
	case Changed:
		c.Changed++
	case Inserted:
		c.Inserted++
	case Deleted:
		c.Deleted++
	case Moved:
		c.Moved++
	case Split:
		c.Split++
	case Merged:
		c.Merged++
	}
	if (p.Op == Equal || p.Op == Changed) && strings.HasPrefix(p.Note, "was ") {
		c.Renumbered++
	}
}

func (p Pair) hasMinor() bool {
	for _, ws := range [][]Word{p.Words, p.Tail} {
		for _, w := range ws {
			if w.Minor {
				return true
			}
		}
	}
	return false
}

// PartCounts counts the paragraphs of one part.
type PartCounts struct {
	// Part is the part's label in the new document (in the old one for a
	// part that was deleted); "" in a single-part document.
	Part      string `json:"part"`
	Preamble  Counts `json:"preamble"`
	Operative Counts `json:"operative"`
}

// Summary counts what changed. Paragraphs counts the preambular, operative
// and annex paragraphs (not their sub-paragraphs, which Items counts).
type Summary struct {
	Paragraphs Counts       `json:"paragraphs"`
	Parts      []PartCounts `json:"parts"`
	Annexes    Counts       `json:"annexes"`
	Items      Counts       `json:"items"`
	Footnotes  Counts       `json:"footnotes"`
	Title      Op           `json:"title,omitempty"`
}
