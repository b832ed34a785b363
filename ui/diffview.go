package ui

import (
	"errors"
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"resolute/compare"
	"resolute/content"
	"resolute/library"
	"resolute/render"
)

// diffState is what a docView showing a comparison holds beyond a
// document's view: the comparison, its two renderers (inline, and side
// by side once asked for), the changes n and N go to.
type diffState struct {
	res      *compare.Result
	old      *content.Document
	style    string // the render style of both renderers
	inline   *render.DiffRenderer
	side     *render.DiffRenderer // nil until s first asks for it
	showSide bool
	// changes are the indexes of the blocks that are changes, in order.
	changes []int
	// cur is the index in changes of the change n or N went to last, -1
	// before the first; atTop and atLine are where that put the pane.
	cur           int
	atTop, atLine int
}

// compareState is the model's state of a comparison being prepared (p, D).
type compareState struct {
	// busy is set while a comparison's look-up runs, so that a second key
	// does not start another.
	busy bool
}

// diffOpenedMsg carries a comparison prepared off the input path (p, D).
type diffOpenedMsg struct {
	view *docView
	note string // what the status bar says once it is open
}

// diffFailedMsg says why a comparison could not be made, for the status
// bar.
type diffFailedMsg struct{ text string }

// NewComparison returns the reader's root model showing a comparison
// (resolute diff on a terminal): the new text with its track changes, a
// summary at the top; old is the old document, for jumps to its
// paragraphs ("old 4"). Options are as for New, but for Para (a paragraph
// of the new text to open at), Full and State, which a comparison does
// not use.
func NewComparison(res *compare.Result, old, new *content.Document, opt Options) tea.Model {
	opt.Full, opt.State, opt.File = nil, "", ""
	m := New(&content.Document{}, opt).(*model)
	m.view = newDiffView(res, old, new, diffStyle(opt, m.isDark))
	m.panel.tab = tabOutline // a comparison's outline lists its changes
	return m
}

// diffStyle is the render style of a comparison for opt on a dark or
// light background: with NoColor, the [-…-] and {+…+} markers ("notty").
func diffStyle(opt Options, isDark bool) string {
	if opt.NoColor {
		return "notty"
	}
	return glamourStyle(opt.Style, isDark)
}

// newDiffView prepares the comparison res of old and new for reading in
// style, inline: a block per pair, the summary first. Jumps go to the new
// paragraphs (and to a deleted one as "old:op7"); the panel's outline
// lists the summary and every change, its Cited tab the new text's
// citations (o opens them).
func newDiffView(res *compare.Result, old, new *content.Document, style string) *docView {
	if new == nil {
		new = &content.Document{}
	}
	if old == nil {
		old = &content.Document{}
	}
	r := render.NewDiffRenderer(res, style)
	rb := r.Blocks()
	blocks := make([]block, len(rb))
	v := &docView{
		doc: new, style: style, byID: map[string]int{}, itemLabel: map[string]string{},
		items: map[string][]string{}, citeSel: -1,
	}
	v.diff = &diffState{res: res, old: old, style: style, inline: r, changes: r.Changes(), cur: -1}
	add := func(id string, i int) {
		if _, dup := v.byID[id]; id != "" && !dup {
			v.byID[id] = i
		}
	}
	for i, b := range rb {
		blocks[i] = block{id: b.ID, para: b.Pair >= 0, plain: cleanText(b.Plain)}
		add(b.ID, i)
		for _, id := range b.New {
			add(id, i)
		}
		for _, id := range b.Old {
			add(render.OldPrefix+id, i)
		}
		if i == 0 || b.Change {
			label := "Summary"
			if i > 0 {
				label = clean(b.Heading)
			}
			v.outline = append(v.outline, outlineEntry{label: label, block: i})
		}
	}
	v.blocks = blocks
	v.pane = newPane(blocks, diffPane{r})
	// The new text's citations, placed in the pairs that hold them: o
	// opens them as from the document.
	v.cited = buildCited(v)
	return v
}

// diffMargin is the blank column a comparison keeps on either side of its
// text, as the document's renderer does.
const diffMargin = 1

// diffPane is a comparison's renderer as the pane asks for it: each block
// rendered within margins of diffMargin.
type diffPane struct{ r *render.DiffRenderer }

// Render returns block i rendered within width, its margins included.
func (d diffPane) Render(i, width int) string {
	s := d.r.Render(i, max(1, width-2*diffMargin))
	if s == "" {
		return s
	}
	pad := strings.Repeat(" ", diffMargin)
	return pad + strings.ReplaceAll(s, "\n", "\n"+pad)
}

// Cached reports whether block i is rendered at width.
func (d diffPane) Cached(i, width int) bool { return d.r.Cached(i, max(1, width-2*diffMargin)) }

// renderer returns the renderer of the layout shown, making the side by
// side one on first use.
func (d *diffState) renderer() *render.DiffRenderer {
	if !d.showSide {
		return d.inline
	}
	if d.side == nil {
		d.side = render.NewSideBySideRenderer(d.res, d.style)
	}
	return d.side
}

// restyle makes the renderers anew for style (the terminal's background
// became known).
func (d *diffState) restyle(style string) {
	if style == d.style {
		return
	}
	d.style = style
	d.inline = render.NewDiffRenderer(d.res, style)
	d.side = nil
}

// diffMeasure is the widest a comparison is set: twice the measure and the
// rule between the columns when side by side, so that each column keeps
// the width of the text inline.
func diffMeasure(v *docView, measure int) int {
	if v.diff != nil && v.diff.showSide && measure > 0 {
		return 2*measure + 3
	}
	return measure
}

// title is what the status bar names v by: its symbol, or for a
// comparison the two symbols ("A/RES/76/144 → A/RES/78/185").
func (v *docView) title() string {
	if v.diff != nil {
		return clean(v.diff.inline.Blocks()[0].Heading)
	}
	return clean(v.doc.Symbol)
}

// diffStatus returns the status bar's note of a comparison: which change
// is on screen ("change 3/25"), or how many there are; "" for a document.
func (v *docView) diffStatus() string {
	d := v.diff
	if d == nil {
		return ""
	}
	n := len(d.changes)
	if d.cur >= 0 && d.cur < n && d.changes[d.cur] == v.pane.top {
		return "change " + itoa(d.cur+1) + "/" + itoa(n)
	}
	switch n {
	case 0:
		return "no changes"
	case 1:
		return "1 change"
	}
	return itoa(n) + " changes"
}

// compareKey handles the keys of comparisons: p and D compare the open
// document with its predecessor or draft; in a comparison, s switches
// between inline and side by side, and n and N go to the next and
// previous change, or, while a search is shown, match (esc clears it).
// ok is false for a key it leaves to the pane.
func (m *model) compareKey(msg tea.KeyPressMsg) (cmd tea.Cmd, ok bool) {
	k, v := m.keys, m.view
	switch {
	case key.Matches(msg, k.Predecessor):
		return m.compareWith(false), true
	case key.Matches(msg, k.Draft):
		return m.compareWith(true), true
	case v.diff == nil:
		return nil, false
	case key.Matches(msg, k.SideBySide):
		return m.toggleSide(), true
	case key.Matches(msg, k.NextChange), key.Matches(msg, k.PrevChange):
		if v.search.needle != "" && len(v.search.matches) > 0 {
			return nil, false // the search's n and N
		}
		dir := 1
		if key.Matches(msg, k.PrevChange) {
			dir = -1
		}
		m.stepChange(dir)
		return nil, true
	}
	return nil, false
}

// toggleSide switches a comparison between inline and side by side, at
// the same paragraph.
func (m *model) toggleSide() tea.Cmd {
	v := m.view
	d := v.diff
	d.showSide = !d.showSide
	v.pane.r = diffPane{d.renderer()}
	v.pane.resetLines()
	v.pane.line = 0
	v.pane.clampLine()
	m.message = "side by side: old left, new right (s: inline)"
	if !d.showSide {
		m.message = "inline track changes (s: side by side)"
	} else if m.lay.paneW > 0 {
		w, _ := m.textBox(v, m.lay.paneW)
		switch col := (w - 2*diffMargin - 3) / 2; {
		case col < minWidth:
			m.message = "too narrow for two columns: widen the terminal (s: inline)"
		case col < minReadWidth && m.lay.panelW > 0:
			m.message = "side by side: old left, new right (c: hide the panel for room; s: inline)"
		}
	}
	if cmd := m.relayout(); cmd != nil {
		return cmd
	}
	return m.startRender(v)
}

// stepChange goes to the next (dir > 0) or previous change of a
// comparison, its heading on the first row, past the last to the first.
func (m *model) stepChange(dir int) {
	v := m.view
	d, p := v.diff, v.pane
	n := len(d.changes)
	if n == 0 {
		m.message = "no changes: the two texts are the same but for typography"
		return
	}
	next := -1
	if d.cur >= 0 && d.cur < n && p.top == d.atTop && p.line == d.atLine {
		// From the change last gone to while the pane has not moved since:
		// the end of the text may keep it below the first row.
		next = d.cur + dir
	} else if dir > 0 {
		next = n
		for k, b := range d.changes {
			if b > p.top {
				next = k
				break
			}
		}
	} else {
		for k, b := range d.changes {
			if b < p.top || b == p.top && p.line > 0 {
				next = k
			}
		}
	}
	wrap := ""
	switch {
	case next >= n:
		next, wrap = 0, " (past the last: back at the first)"
	case next < 0:
		next, wrap = n-1, " (before the first: at the last)"
	}
	d.cur = next
	b := d.changes[next]
	p.goTo(b, 0)
	d.atTop, d.atLine = p.top, p.line
	// The outline (the summary, then the changes) follows.
	m.panel.sel[tabOutline] = min(next+1, len(v.outline)-1)
	m.panel.keepVisible()
	v.anchor, v.anchorSet = "", true
	m.message = ""
	if wrap != "" {
		m.message = "change " + itoa(next+1) + "/" + itoa(n) + wrap
	}
}

// diffJump goes to the paragraph ref names in a comparison: of the new
// text, or of the old one after "old" ("old 4", "old pp2"): a deleted
// paragraph where it stood, another where it is now.
func (m *model) diffJump(ref string) {
	v := m.view
	d := v.diff
	doc, prefix := v.doc, ""
	if rest, ok := cutOld(ref); ok {
		doc, prefix, ref = d.old, render.OldPrefix, rest
	}
	id, err := doc.Resolve(ref)
	if err != nil {
		m.message = clean(err.Error())
		if prefix == "" {
			if _, oerr := d.old.Resolve(ref); oerr == nil {
				m.message += " (old " + clean(ref) + ": the old text's)"
			}
		}
		return
	}
	i, ok := v.byID[prefix+id]
	if !ok {
		i = d.inline.Find(prefix + id)
	}
	if i < 0 {
		m.message = "paragraph " + clean(id) + " is not shown"
		return
	}
	v.pane.goTo(i, 0)
	v.anchor, v.anchorSet = "", true
}

// cutOld cuts "old" off a reference to the old text ("old 4", "old:op4",
// "oldpp2").
func cutOld(ref string) (string, bool) {
	if len(ref) < 4 || !strings.EqualFold(ref[:3], "old") {
		return ref, false
	}
	rest := strings.TrimLeft(ref[3:], " :")
	return rest, rest != ""
}

// compareWith compares the open document with its draft (draft set) or
// its predecessor in the library: the look-ups, the reading and the
// comparison run in a tea.Cmd; the comparison opens over the document,
// backspace returns to it.
func (m *model) compareWith(draft bool) tea.Cmd {
	v := m.view
	what := "predecessor"
	if draft {
		what = "draft"
	}
	lib := m.opt.Library
	switch {
	case v.diff != nil:
		m.message = "this is a comparison: p and D compare a document (backspace: back)"
		return nil
	case lib == nil:
		m.message = "no library to find the " + what + " in: " + libraryHint
		return nil
	case m.provisional:
		m.message = "still reading the document: press " + map[bool]string{false: "p", true: "D"}[draft] + " again in a moment"
		return nil
	case m.cmp.busy:
		m.message = "a comparison is being prepared…"
		return nil
	}
	m.cmp.busy = true
	doc := v.doc
	m.message = "looking for the " + what + " of " + orDocument(doc.Symbol) + " in the library…"
	style := diffStyle(m.opt, m.isDark)
	return func() (msg tea.Msg) {
		defer func() {
			if r := recover(); r != nil {
				msg = diffFailedMsg{text: fmt.Sprintf("cannot compare: %v", r)}
			}
		}()
		find := lib.PredecessorOf
		if draft {
			find = lib.DraftOf
		}
		e, err := find(doc)
		if err != nil {
			return diffFailedMsg{text: lookupFailure(doc, draft, err)}
		}
		o, err := lib.Open(e.Symbol, e.Language, library.OpenOptions{})
		if err == nil && (o == nil || o.Doc == nil) {
			err = library.ErrNotHeld
		}
		if err != nil {
			return diffFailedMsg{text: "cannot open the " + what + " " + clean(e.Symbol) + ": " + clean(err.Error())}
		}
		res := compare.Documents(o.Doc, doc)
		note := "compared with its " + what + " " + clean(e.Symbol) + " (n: next change, s: side by side, backspace: back)"
		return diffOpenedMsg{view: newDiffView(res, o.Doc, doc, style), note: note}
	}
}

// orDocument names a document by its symbol in a message.
func orDocument(symbol string) string {
	if symbol == "" {
		return "the document"
	}
	return clean(symbol)
}

// lookupFailure says why the library gave no predecessor or draft of doc.
func lookupFailure(doc *content.Document, draft bool, err error) string {
	name := orDocument(doc.Symbol)
	switch {
	case !draft && errors.Is(err, library.ErrNoPredecessor) && doc.Symbol == "":
		return "no predecessor in the library: the document has no symbol to find its series by"
	case !draft && errors.Is(err, library.ErrNoPredecessor):
		return "no predecessor in the library: no earlier resolution of the series of " + name + " is held (" + libraryHint + ")"
	case draft && errors.Is(err, library.ErrNoDraft):
		return "no draft: " + name + " names none (only the UN's XML names its draft)"
	case draft && errors.Is(err, library.ErrNotHeld):
		named := ""
		if doc.Meta != nil && doc.Meta.Draft != "" {
			named = " " + clean(doc.Meta.Draft)
		}
		return "no draft in the library: its draft" + named + " is not held (" + libraryHint + ")"
	}
	return "cannot compare: " + clean(err.Error())
}

// diffOpened shows a comparison prepared by compareWith over the document
// it compares; backspace returns to the document.
func (m *model) diffOpened(msg diffOpenedMsg) tea.Cmd {
	m.cmp.busy = false
	from := m.view
	m.jumpFrom() // the history: backspace returns
	m.view = msg.view
	m.panel.reset()
	m.panel.tab = tabOutline // a comparison's outline lists its changes
	m.message = msg.note
	// Sized before relayout, which would take a view never sized for the
	// opened one and go to the --para or remembered paragraph.
	v := m.view
	if m.lay.paneW > 0 {
		w, _ := m.textBox(v, m.lay.paneW)
		v.pane.setSize(max(1, w), m.lay.bodyH)
	} else {
		v.pane.setSize(max(1, from.pane.width), m.lay.bodyH)
	}
	if cmd := m.relayout(); cmd != nil {
		return tea.Batch(cmd, foldCmd(v))
	}
	return tea.Batch(m.startRender(v), foldCmd(v))
}

// diffFailed says why a comparison could not be made.
func (m *model) diffFailed(msg diffFailedMsg) {
	m.cmp.busy = false
	m.message = msg.text
}
