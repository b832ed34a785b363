package main

import (
	"encoding/json"
	"errors"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"resolute/content"
	"resolute/parallel"
	"resolute/render"
	"resolute/termsafe"
)

// parallelStackWidth is the narrowest --width at which --format ansi --with
// prints two columns; below it each pair is stacked, left above right.
const parallelStackWidth = 100

// printParallel writes left and right aligned by paragraph id in
// cfg.format: JSON rows [{id, left, right, note}], the text or Markdown of
// each pair one after the other, or two ANSI columns at cfg.width; only
// the row of the paragraph cfg.para names when it is set.
func printParallel(w io.Writer, left, right *content.Document, cfg config) error {
	if left.Empty() || right.Empty() {
		return errors.New("empty file")
	}
	style := cfg.style
	if style == "" {
		style = "dark"
	}
	if os.Getenv("NO_COLOR") != "" {
		style = render.PlainStyle
	}
	only := "" // the one row --para asks for
	if cfg.para != "" {
		id, err := left.Resolve(cfg.para)
		if err != nil {
			if rid, rerr := right.Resolve(cfg.para); rerr == nil {
				id, err = rid, nil
			}
		}
		if err != nil {
			return err
		}
		only = id
		if p, ok := left.Paragraph(id); ok {
			only = p.ID
		} else if p, ok := right.Paragraph(id); ok {
			only = p.ID
		}
	}
	var out string
	switch cfg.format {
	case "json":
		rows := parallel.Paragraphs(left, right)
		if only != "" {
			rows = slices.DeleteFunc(rows, func(r parallel.Paragraph) bool { return r.ID != only })
		}
		b, err := json.MarshalIndent(rows, "", "  ")
		if err != nil {
			return err
		}
		out = termsafe.Filter(string(b)) + "\n"
	case "text":
		out = termsafe.Filter(pairsText(left, right, render.Blocks(left), render.Blocks(right), only))
	case "markdown":
		out = termsafe.Filter(pairsMarkdown(left, right, render.MarkdownBlocks(left), render.MarkdownBlocks(right), only))
	case "ansi":
		out = render.Downsample(termsafe.Filter(parallelANSI(left, right, cfg.width, style, only)), colourProfile(w))
	}
	_, err := io.WriteString(w, out)
	return err
}

// blockRows aligns the blocks l and r of two documents by id, annex
// paragraphs by their printed numbers (parallel.DocumentRows), only the row
// of id only when it is set.
func blockRows(left, right *content.Document, l, r []render.Block, only string) []parallel.Row {
	ids := func(bs []render.Block) []string {
		out := make([]string, len(bs))
		for i, b := range bs {
			out[i] = b.ID
		}
		return out
	}
	rows := parallel.DocumentRows(left, right, ids(l), ids(r))
	if only != "" {
		rows = slices.DeleteFunc(rows, func(r parallel.Row) bool { return r.ID != only })
	}
	return rows
}

// rightID is the id the right version gives the paragraph of row: its
// own, which differs from the row's where annex paragraphs pair by number.
func rightID(row parallel.Row, r []render.Block) string {
	if row.R >= 0 {
		return r[row.R].ID
	}
	return row.ID
}

// pairHeading is the line heading one side of a pair in the printed text:
// "[op5 en]"; the language is left out when both are the same.
func pairHeading(id, lang string) string {
	if lang == "" {
		return "[" + id + "]"
	}
	return "[" + id + " " + lang + "]"
}

// sideLangs returns the languages the headings of a pair name: nothing
// when both versions are in one language, which the order then tells.
func sideLangs(ll, rl string) (string, string) {
	if strings.EqualFold(ll, rl) {
		return "left", "right"
	}
	return ll, rl
}

// pairsText writes each row as the left block's text under "[id en]", then
// the right's under "[id fr]"; a gap is its note in brackets.
func pairsText(left, right *content.Document, l, r []render.Block, only string) string {
	ln, rn := sideLangs(left.Language, right.Language)
	var sb strings.Builder
	side := func(id, lang string, bs []render.Block, i int, note string) {
		if sb.Len() > 0 {
			sb.WriteString("\n")
		}
		sb.WriteString(pairHeading(id, lang) + "\n")
		if i < 0 {
			sb.WriteString("(" + note + ")\n")
			return
		}
		sb.WriteString(strings.TrimRight(bs[i].Plain, "\n") + "\n")
	}
	for _, row := range blockRows(left, right, l, r, only) {
		side(row.ID, ln, l, row.L, row.Note)
		side(rightID(row, r), rn, r, row.R, row.Note)
	}
	return sb.String()
}

// pairsMarkdown writes each row as a level-6 heading "id · en" over the
// left block's Markdown, then the same for the right; a gap is its note in
// italics.
func pairsMarkdown(left, right *content.Document, l, r []render.Block, only string) string {
	ln, rn := sideLangs(left.Language, right.Language)
	var sb strings.Builder
	side := func(id, lang string, bs []render.Block, i int, note string) {
		if sb.Len() > 0 {
			sb.WriteString("\n")
		}
		sb.WriteString("###### " + mdHeadingText(id) + " · " + lang + "\n\n")
		if i < 0 {
			sb.WriteString("*" + note + "*\n")
			return
		}
		sb.WriteString(strings.TrimRight(bs[i].Markdown, "\n") + "\n")
	}
	for _, row := range blockRows(left, right, l, r, only) {
		side(row.ID, ln, l, row.L, row.Note)
		side(rightID(row, r), rn, r, row.R, row.Note)
	}
	return sb.String()
}

// mdHeadingText escapes what an id may hold that Markdown reads as markup
// ("_" of op4_1, "(" is harmless).
func mdHeadingText(id string) string {
	return strings.NewReplacer(`\`, `\\`, "_", `\_`, "*", `\*`, "[", `\[`, "#", `\#`).Replace(id)
}

// gutterMax bounds the paragraph-id gutter of the printed columns.
const gutterMax = 9

// parallelANSI renders the two documents in two columns of width cells in
// all (one for each version, separated by " │ "), the paragraph id in a
// gutter on the left, each pair of blocks padded to the same height;
// Arabic lines are right-aligned in their column. Below
// parallelStackWidth the pairs are stacked: the left block above the
// right, both the full width.
func parallelANSI(left, right *content.Document, width int, style, only string) string {
	lb, rb := render.Blocks(left), render.Blocks(right)
	rows := blockRows(left, right, lb, rb, only)
	isPara := func(bs []render.Block, i int) bool {
		return i >= 0 && (bs[i].Kind == render.Paragraph || bs[i].Kind == render.AnnexParagraph)
	}
	gut := 4
	for _, row := range rows {
		if isPara(lb, row.L) || isPara(rb, row.R) {
			gut = max(gut, ansi.StringWidth(row.ID)+1)
		}
	}
	gut = min(gut, gutterMax)
	stacked := width < parallelStackWidth
	colW := max(2, width-gut)
	if !stacked {
		colW = max(2, (width-gut-3)/2)
	}
	lr, rr := render.NewRenderer(lb, style), render.NewRenderer(rb, style)
	if only == "" { // every block, on every core, cached for Render below
		lr.RenderAll(colW)
		rr.RenderAll(colW)
	}
	lrtl, rrtl := strings.EqualFold(left.Language, "ar"), strings.EqualFold(right.Language, "ar")
	sep := " │ "
	if style != render.PlainStyle {
		sep = " \x1b[38;5;240m│\x1b[m "
	}
	// In a stack, the right version's first line says which it is.
	_, tag := sideLangs(left.Language, right.Language)
	tag = ansi.Truncate(tag, gut-1, "")
	if style != render.PlainStyle {
		tag = "\x1b[2m" + tag + "\x1b[m"
	}
	lines := func(r *render.Renderer, i int, note string, rtl bool) []string {
		if i < 0 {
			return []string{"  \x1b[2m(" + note + ")\x1b[m"}
		}
		ls := strings.Split(strings.TrimRight(r.Render(i, colW), "\n"), "\n")
		if rtl {
			for k, s := range ls {
				ls[k] = mirror(s, colW)
			}
		}
		return ls
	}
	var sb strings.Builder
	for _, row := range rows {
		l := lines(lr, row.L, row.Note, lrtl)
		r := lines(rr, row.R, row.Note, rrtl)
		if style == render.PlainStyle {
			l, r = stripAll(l), stripAll(r)
		}
		label := ""
		if isPara(lb, row.L) || isPara(rb, row.R) {
			label = ansi.Truncate(row.ID, gut-1, "…")
		}
		if sb.Len() > 0 {
			sb.WriteString("\n")
		}
		gutter := func(k int) string {
			if k == 0 {
				return label + strings.Repeat(" ", gut-ansi.StringWidth(label))
			}
			return strings.Repeat(" ", gut)
		}
		if stacked {
			for k, s := range l {
				sb.WriteString(strings.TrimRight(gutter(k)+s, " ") + "\n")
			}
			for k, s := range r {
				g := strings.Repeat(" ", gut)
				if k == 0 {
					g = tag + strings.Repeat(" ", gut-ansi.StringWidth(ansi.Strip(tag)))
				}
				sb.WriteString(strings.TrimRight(g+s, " ") + "\n")
			}
			continue
		}
		for k := range max(len(l), len(r)) {
			a, b := "", ""
			if k < len(l) {
				a = l[k]
			}
			if k < len(r) {
				b = r[k]
			}
			sb.WriteString(strings.TrimRight(gutter(k)+pad(a, colW)+sep+b, " ") + "\n")
		}
	}
	return sb.String()
}

// stripAll removes the styles of lines (NO_COLOR).
func stripAll(ls []string) []string {
	for k, s := range ls {
		ls[k] = ansi.Strip(s)
	}
	return ls
}

// pad truncates or pads a styled line to exactly width cells.
func pad(s string, width int) string {
	w := ansi.StringWidth(s)
	if w > width {
		s, w = ansi.Truncate(s, width, ""), width
	}
	return s + strings.Repeat(" ", width-w)
}

// mirror right-aligns a line of right-to-left text in width cells: its
// indent moves to the right, and the quote bar of a footnote to its right
// end. The text keeps its logical order, for the terminal or pager to
// order.
func mirror(s string, width int) string {
	plain := ansi.Strip(s)
	body := strings.TrimLeft(plain, " ")
	if strings.TrimSpace(body) == "" {
		return ""
	}
	lead := len(plain) - len(body)
	s = ansi.Cut(s, lead, ansi.StringWidth(s))
	bar := ""
	for _, token := range []string{"│ ", "| "} {
		if strings.HasPrefix(body, token) {
			s = ansi.Cut(s, 2, ansi.StringWidth(s))
			bar = " " + strings.TrimSpace(token)
			body = body[len(token):]
			break
		}
	}
	w := ansi.StringWidth(strings.TrimRight(body, " ")) + len(bar)
	s = ansi.Truncate(s, w-len(bar), "") + bar
	if w >= width {
		return s
	}
	lead = min(lead, width-w)
	return strings.Repeat(" ", width-w-lead) + s + strings.Repeat(" ", lead)
}
