// Package ui is the full-screen Bubble Tea reader for a resolution.
//
// The tree of models is small. The root [New] model owns the size, the
// styles, the key map, the focus and the history of opened documents; it
// routes key presses to the focused child and messages to their owner:
//
//	model (model.go)
//	├── docView (docview.go): one document: its blocks, renderer, outline, citations
//	│   └── pane (pane.go): the reading pane: block lines per width, the anchor, highlights
//	├── panel (panel.go): the side panel with the Cited and Outline tabs
//	├── prompt (prompt.go): the jump and search prompt at the bottom
//	└── status bar and help (statusbar.go)
//
// Rendering with glamour happens only in tea.Cmds (render.go): the pane shows
// a plain placeholder for a block until its rendered lines arrive as a
// blocksRenderedMsg. Every model in the package is mutated in place through
// pointer receivers; no child has value receivers, so the mix the bubbles
// components use does not arise here.
package ui
