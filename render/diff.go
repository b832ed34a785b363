package render

import (
	"strings"
	"sync"

	"resolute/compare"
	"resolute/content/input"
	"resolute/termsafe"
)

// The SGR sequences of the coloured track changes.
const (
	sgrReset    = "\x1b[m"
	sgrDelete   = "\x1b[9;31m" // struck through, red
	sgrInsert   = "\x1b[4;32m" // underlined, green
	sgrMinor    = "\x1b[2m"    // faint
	sgrBold     = "\x1b[1m"
	sgrInserted = "\x1b[32m"
	sgrDeleted  = "\x1b[31m"
	sgrOther    = "\x1b[33m"
)

// SummaryID is the id of a comparison's first block, its summary.
const SummaryID = "summary"

// OldPrefix starts the id of a deleted paragraph's block: "old:op7".
const OldPrefix = "old:"

// DiffBlock is one block of a comparison's track changes: the summary, or
// one aligned pair of paragraphs (sub-paragraph, footnote, title).
type DiffBlock struct {
	// ID names the block: SummaryID, "title", the new paragraph's id
	// ("op5", the first of a split's), or for a deleted paragraph the old
	// one's after OldPrefix ("old:op7").
	ID string
	// Pair is the block's index in the Result's Pairs, -1 for the summary.
	Pair int
	// Op is the pair's op ("" for the summary); Old and New its ids.
	Op       compare.Op
	Old, New []string
	// Heading is the line above the text: "OP5 · changed · was OP4".
	Heading string
	// Plain is the block's text as searched: the heading, then the text
	// with the deleted and inserted words (minor deletions left out), no
	// markers.
	Plain string
	// Change is set on the blocks n and N go to: every pair that is not
	// equal (a renumbered paragraph, or one with typography changes only,
	// is equal).
	Change bool
}

// DiffRenderer renders a comparison's blocks for the reader: inline track
// changes (NewDiffRenderer) or old and new side by side
// (NewSideBySideRenderer). It is safe for concurrent use and caches each
// block's output per width, like Renderer, with the same Render and
// Cached; the two layouts have the same blocks, in the same order.
type DiffRenderer struct {
	res     *compare.Result
	blocks  []DiffBlock
	markers bool // [-…-]{+…+} instead of colours
	ascii   bool // an ASCII column rule
	side    bool // old and new in two columns

	wrappers sync.Pool // *wrapper, one per goroutine rendering

	mu     sync.Mutex
	widths []*diffCache // most recently used first
}

// diffCache holds the rendered blocks of one width.
type diffCache struct {
	width int
	out   []string
	done  []bool
}

// NewDiffRenderer cuts a comparison into blocks, the summary first, then
// one per pair in the Result's order, rendered inline: deletions struck
// through in red, insertions underlined in green, minor changes (white
// space, typography, footnote markers) faint in their new form, under a
// bold heading ("OP5 · changed · was OP4"). Style is a glamour style
// ("dark", "light", "ascii", "notty") or PlainStyle; the last three mark
// changes as [-…-] and {+…+} without a single escape sequence, and show
// minor changes in their new form only. An unknown style renders as
// "dark".
func NewDiffRenderer(res *compare.Result, style string) *DiffRenderer {
	style = knownStyle(style)
	r := &DiffRenderer{
		res:     res,
		markers: style != "dark" && style != "light",
		ascii:   style == "ascii",
	}
	r.blocks = diffBlocks(res)
	return r
}

// NewSideBySideRenderer is NewDiffRenderer with each pair's old text in a
// left column and its new text in a right one, rows aligned (see
// Columns); Render's width is the two columns and the rule between them.
func NewSideBySideRenderer(res *compare.Result, style string) *DiffRenderer {
	r := NewDiffRenderer(res, style)
	r.side = true
	return r
}

// diffBlocks cuts a comparison into its blocks.
func diffBlocks(res *compare.Result) []DiffBlock {
	lines := compare.SummaryLines(res)
	out := make([]DiffBlock, 0, len(res.Pairs)+1)
	out = append(out, DiffBlock{ID: SummaryID, Pair: -1, Heading: lines[0], Plain: strings.Join(lines, "\n")})
	for i, p := range res.Pairs {
		b := DiffBlock{Pair: i, Op: p.Op, Old: p.Old, New: p.New, Heading: compare.Heading(p), Change: p.Op != compare.Equal}
		switch {
		case len(p.New) > 0:
			b.ID = input.Clean(p.New[0])
		case len(p.Old) > 0:
			b.ID = OldPrefix + input.Clean(p.Old[0])
		}
		var sb strings.Builder
		sb.WriteString(b.Heading)
		sb.WriteByte('\n')
		searchWords(&sb, p.Words)
		if len(p.Tail) > 0 {
			sb.WriteByte('\n')
			searchWords(&sb, p.Tail)
		}
		b.Plain = sb.String()
		out = append(out, b)
	}
	return out
}

// searchWords writes the text of words as searched: every run but minor
// deletions, cleaned.
func searchWords(sb *strings.Builder, ws []compare.Word) {
	for _, w := range ws {
		if w.Op == compare.WordDelete && w.Minor {
			continue
		}
		sb.WriteString(input.Clean(w.Text))
	}
}

// Len returns the number of blocks.
func (r *DiffRenderer) Len() int { return len(r.blocks) }

// Blocks returns the blocks, in order (the caller must not change them).
func (r *DiffRenderer) Blocks() []DiffBlock { return r.blocks }

// Result returns the comparison rendered.
func (r *DiffRenderer) Result() *compare.Result { return r.res }

// Changes returns the indexes of the blocks that are changes (Change set),
// in order: where n and N go.
func (r *DiffRenderer) Changes() []int {
	var out []int
	for i, b := range r.blocks {
		if b.Change {
			out = append(out, i)
		}
	}
	return out
}

// Find returns the index of the block holding the paragraph id: a new id
// ("op5", also the second paragraph of a split), an old one after
// OldPrefix ("old:op4", also a paragraph that is now elsewhere), SummaryID;
// -1 if none.
func (r *DiffRenderer) Find(id string) int {
	old, isOld := strings.CutPrefix(id, OldPrefix)
	for i, b := range r.blocks {
		if b.ID == id {
			return i
		}
		ids := b.New
		if isOld {
			ids = b.Old
		}
		for _, x := range ids {
			if x == old {
				return i
			}
		}
	}
	return -1
}

// Render returns block i rendered at width columns, every line at most
// width cells, with no blank line at either end, through termsafe.Filter;
// "" for an index out of range. Cached per width, the least recently used
// of four widths dropped first.
func (r *DiffRenderer) Render(i, width int) string {
	if i < 0 || i >= len(r.blocks) {
		return ""
	}
	width = max(width, minWidth)
	r.mu.Lock()
	c := r.cacheFor(width)
	if c.done[i] {
		s := c.out[i]
		r.mu.Unlock()
		return s
	}
	r.mu.Unlock()

	s := r.render(i, width)

	r.mu.Lock()
	c.out[i], c.done[i] = s, true
	r.mu.Unlock()
	return s
}

// Cached reports whether block i is already rendered at width.
func (r *DiffRenderer) Cached(i, width int) bool {
	if i < 0 || i >= len(r.blocks) {
		return false
	}
	width = max(width, minWidth)
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, c := range r.widths {
		if c.width == width {
			return c.done[i]
		}
	}
	return false
}

// RenderAll renders every block at width and returns them in order.
func (r *DiffRenderer) RenderAll(width int) []string {
	out := make([]string, len(r.blocks))
	for i := range r.blocks {
		out[i] = r.Render(i, width)
	}
	return out
}

// cacheFor returns the cache for width, making it the most recently used.
// The caller holds r.mu.
func (r *DiffRenderer) cacheFor(width int) *diffCache {
	for k, c := range r.widths {
		if c.width == width {
			copy(r.widths[1:k+1], r.widths[:k])
			r.widths[0] = c
			return c
		}
	}
	c := &diffCache{width: width, out: make([]string, len(r.blocks)), done: make([]bool, len(r.blocks))}
	if len(r.widths) < maxWidths {
		r.widths = append(r.widths, nil)
	}
	copy(r.widths[1:], r.widths)
	r.widths[0] = c
	return c
}

// render renders block i at width.
func (r *DiffRenderer) render(i, width int) string {
	w := r.wrapper()
	defer r.wrappers.Put(w)
	var lines []string
	if i == 0 {
		lines = r.summary(w, width)
	} else if p := r.res.Pairs[r.blocks[i].Pair]; r.side {
		lines = r.sideBySide(w, p, width)
	} else {
		lines = r.inline(w, p, width)
	}
	return termsafe.Filter(strings.Join(lines, "\n"))
}

// wrapper returns a wrapper from the pool, or a new one.
func (r *DiffRenderer) wrapper() *wrapper {
	if w, ok := r.wrappers.Get().(*wrapper); ok {
		return w
	}
	return &wrapper{}
}

// summary lays out the summary block: the comparison's heading in bold,
// the counts under it.
func (r *DiffRenderer) summary(w *wrapper, width int) []string {
	var lines []string
	for k, l := range compare.SummaryLines(r.res) {
		style := ""
		if k == 0 && !r.markers {
			style = sgrBold
		}
		lines = w.wrap(lines, []run{{text: l, style: style}}, width, "")
	}
	return lines
}

// indent is the indent of a sub-paragraph of depth at width.
func indent(depth, width int) string {
	step := "    "
	if width < 40 {
		step = "  "
	}
	return strings.Repeat(step, min(depth, 4))
}

// inline lays out a pair with its track changes in one column.
func (r *DiffRenderer) inline(w *wrapper, p compare.Pair, width int) []string {
	in := indent(p.Depth, width)
	lines := w.wrap(nil, r.heading(p, compare.Heading(p)), width, in)
	runs := r.words(p.Words, both)
	if len(p.Tail) > 0 {
		runs = append(runs, run{text: "\n"})
		runs = append(runs, r.words(p.Tail, both)...)
	}
	return w.wrap(lines, runs, width, in)
}

// heading returns the runs of a heading: its ids in bold, the rest
// coloured by the op (faint for an equal pair's note).
// A no-break space before each "·" keeps it from opening a line.
func (r *DiffRenderer) heading(p compare.Pair, h string) []run {
	h = strings.ReplaceAll(h, " · ", "\u00a0· ")
	if r.markers {
		return []run{{text: h}}
	}
	ids, rest, _ := strings.Cut(h, "\u00a0· ")
	out := []run{{text: ids, style: sgrBold}}
	if rest == "" {
		return out
	}
	colour := sgrOther
	switch p.Op {
	case compare.Inserted:
		colour = sgrInserted
	case compare.Deleted:
		colour = sgrDeleted
	case compare.Equal:
		colour = sgrMinor
	}
	return append(out, run{text: "\u00a0"}, run{text: "· " + rest, style: colour})
}

// side says which texts of a word diff a column shows.
type side int

const (
	both    side = iota // inline: the equal, deleted and inserted runs
	oldSide             // the equal and deleted runs
	newSide             // the equal and inserted runs
)

// words returns the runs of a word diff for one side: deletions struck
// through in red (or [-…-]), insertions underlined in green (or {+…+}), a
// paragraph break within them shown as a pilcrow. A minor change shows in
// the form of its side, faint (plain with markers); inline, in its new form
// only.
func (r *DiffRenderer) words(ws []compare.Word, s side) []run {
	var out []run
	for _, w := range ws {
		t := input.Clean(w.Text)
		switch {
		case w.Op == compare.WordEqual:
			out = append(out, run{text: t})
		case w.Op == compare.WordDelete && s == newSide, w.Op == compare.WordInsert && s == oldSide:
		case w.Minor:
			if w.Op == compare.WordInsert || s == oldSide {
				style := sgrMinor
				if r.markers {
					style = ""
				}
				out = append(out, run{text: t, style: style})
			}
		case w.Op == compare.WordDelete:
			out = append(out, r.changed(t, sgrDelete, "[-", "-]", s != both)...)
		default:
			out = append(out, r.changed(t, sgrInsert, "{+", "+}", true)...)
		}
	}
	return out
}

// changed returns the runs of a deleted or inserted text: styled, or
// between markers; a paragraph break within it becomes a pilcrow, followed
// by the break itself when keepBreak is set.
func (r *DiffRenderer) changed(t, style, open, close string, keepBreak bool) []run {
	var out []run
	add := func(s string) {
		if r.markers {
			out = append(out, run{text: open, glueAfter: true}, run{text: s}, run{text: close, glueBefore: true})
		} else {
			out = append(out, run{text: s, style: style})
		}
	}
	lines := strings.Split(t, "\n")
	for k, l := range lines {
		if k < len(lines)-1 {
			add(l + "¶")
			if keepBreak {
				out = append(out, run{text: "\n"})
			}
		} else if l != "" {
			add(l)
		}
	}
	return out
}

// sideGap is the rule between the two columns of the side-by-side layout,
// sideGapCells wide.
const (
	sideGap      = " │ "
	sideGapASCII = " | "
	sideGapCells = 3
)

// sideBySide lays out a pair in two columns: see Columns.
func (r *DiffRenderer) sideBySide(w *wrapper, p compare.Pair, width int) []string {
	col := (width - sideGapCells) / 2
	if col < minWidth {
		return r.inline(w, p, width) // no room for two columns
	}
	left, right := r.columns(w, p, col)
	gap := sideGap
	if r.ascii {
		gap = sideGapASCII
	}
	lines := make([]string, len(left))
	for k := range left {
		lines[k] = strings.TrimRight(padCells(left[k], col)+gap+right[k], " ")
	}
	return lines
}

// Columns returns block i laid out as two columns of colWidth cells each:
// the old text on the left, with its deletions, and the new on the right,
// with its insertions, each under its heading (the old ids on the left,
// the whole heading on the right; only on the left for a deleted pair),
// the rows aligned: both hold the same number of lines, the shorter padded
// with empty ones. Lines are not padded to the width. The summary block
// (i = 0) comes whole in the left column. It is not cached.
func (r *DiffRenderer) Columns(i, colWidth int) (old, new []string) {
	if i < 0 || i >= len(r.blocks) {
		return nil, nil
	}
	colWidth = max(colWidth, minWidth)
	w := r.wrapper()
	defer r.wrappers.Put(w)
	if i == 0 {
		l := r.summary(w, colWidth)
		return filterLines(l), make([]string, len(l))
	}
	old, new = r.columns(w, r.res.Pairs[r.blocks[i].Pair], colWidth)
	return filterLines(old), filterLines(new)
}

// columns lays out a pair's two columns of col cells, rows aligned.
func (r *DiffRenderer) columns(w *wrapper, p compare.Pair, col int) (left, right []string) {
	in := indent(p.Depth, col)
	if len(p.New) == 0 {
		left = w.wrap(left, r.heading(p, compare.Heading(p)), col, in)
	} else if len(p.Old) > 0 {
		name := compare.DisplayIDs(p.Old)
		if name == "title" {
			name = "Title"
		}
		left = w.wrap(left, r.heading(compare.Pair{Op: compare.Equal}, name), col, in)
	}
	if len(p.New) > 0 {
		right = w.wrap(right, r.heading(p, compare.Heading(p)), col, in)
	}
	// The texts start on one row, below the taller heading.
	for len(left) < len(right) {
		left = append(left, "")
	}
	for len(right) < len(left) {
		right = append(right, "")
	}
	if len(p.Old) > 0 {
		left = w.wrap(left, r.sideRuns(p, oldSide), col, in)
	}
	if len(p.New) > 0 {
		right = w.wrap(right, r.sideRuns(p, newSide), col, in)
	}
	for len(left) < len(right) {
		left = append(left, "")
	}
	for len(right) < len(left) {
		right = append(right, "")
	}
	return left, right
}

// sideRuns returns the runs of one side of a pair, its tail included.
func (r *DiffRenderer) sideRuns(p compare.Pair, s side) []run {
	runs := r.words(p.Words, s)
	if len(p.Tail) > 0 {
		runs = append(runs, run{text: "\n"})
		runs = append(runs, r.words(p.Tail, s)...)
	}
	return runs
}

// filterLines passes each line through termsafe.Filter.
func filterLines(ls []string) []string {
	for k, l := range ls {
		ls[k] = termsafe.Filter(l)
	}
	return ls
}

// DiffANSI renders a whole comparison for --format ansi: every block of
// NewDiffRenderer at width, separated by blank lines, with a final newline.
// Every style is closed at the end of its line, so the output pages well
// (less -R).
func DiffANSI(res *compare.Result, width int, style string) string {
	blocks := NewDiffRenderer(res, style).RenderAll(max(width, 20))
	return strings.Join(blocks, "\n\n") + "\n"
}
