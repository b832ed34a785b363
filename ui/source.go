package ui

import "resolute/content"

// block is one unit of the reading pane: a paragraph (with its items and
// footnotes) or a heading, as the render package cuts the document.
type block struct {
	// id is the paragraph id, or "" for a block that is not a paragraph.
	id string
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
	return fallbackSource(d, style)
}
