package ui

import (
	"resolute/content"
	"resolute/render"
)

// block is one unit of the reading pane: a paragraph (with its items and
// footnotes) or a heading, as the render package cuts the document.
type block struct {
	// id is the paragraph id ("op3") for a paragraph, else the render
	// package's id for the block ("masthead", "part:II", "annexII").
	id string
	// para is true for preambular, operative and annex paragraphs.
	para bool
	// plain is the block's plain text, for placeholders and search.
	plain string
}

// renderer renders blocks for a terminal width; *render.Renderer implements it.
// Render may be slow for a block that is not Cached and is then called only
// from a tea.Cmd.
type renderer interface {
	Render(i, width int) string
	Cached(i, width int) bool
}

// glamourStyle maps the reader's style option to the render style.
func glamourStyle(style string, isDark bool) string {
	if style != "" {
		return style
	}
	if isDark {
		return "dark"
	}
	return "light"
}

// newSource cuts d into blocks and returns them with their renderer.
func newSource(d *content.Document, style string) ([]block, renderer) {
	rb := render.Blocks(d)
	bs := make([]block, len(rb))
	for i, b := range rb {
		bs[i] = block{id: b.ID, para: b.Kind == render.Paragraph || b.Kind == render.AnnexParagraph, plain: b.Plain}
	}
	return bs, render.NewRenderer(rb, style)
}
