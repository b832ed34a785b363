// Package ui is the full-screen Bubble Tea reader for a resolution.
//
// The tree of models is small. The root [New] model owns the size, the
// styles, the key map, the focus and the history of opened documents; it
// routes key presses to the focused child and messages to their owner:
//
//	model (model.go)
//	├── reader (column.go): the reading child, one of
//	│   ├── column: one docView (docview.go): its blocks, renderer, outline, citations,
//	│   │   └── pane (pane.go): the reading pane: block lines per width, the anchor, highlights
//	│   └── parallelView (parallel*.go): two docViews in aligned rows, one position
//	├── panel (panel.go): the side panel with the Cited, Outline and Cited by tabs
//	├── prompt (prompt.go): the jump and search prompt at the bottom
//	└── status bar and help (statusbar.go)
//
// # Composition
//
// The prompt, the panel and the reading child are child models, each with
// its own Update and View. A child's Update changes only the child and
// answers with at most one message for the root, for what is the root's to
// do; the root never reads a child's fields to learn what the reader asked.
// The messages (compose.go handles them, in upward):
//
//   - prompt: jumpRequestedMsg (enter after :), searchRequestedMsg (enter
//     after /), promptCancelledMsg (esc), quitRequestedMsg (ctrl+c);
//   - panel: selectionMovedMsg (the mentions of the selected citation are
//     highlighted), goToOutlineMsg, goToMentionMsg, openCitedMsg,
//     openCiterMsg, citedByShownMsg (ask the library what cites the
//     document), copyCitedLinkMsg, and unhandledKeyMsg for a key it leaves
//     to the reading child;
//   - reading child: promptRequestedMsg (: or a digit, /), noticeMsg (a
//     status-bar note, after n and N), and documentKeyMsg for a key that
//     acts beyond it (open, back, footnotes, copy), which the root handles
//     for one column and the parallel view handles as its own (back to one
//     column, copy both versions).
//
// The message is returned beside the child's tea.Cmd, not as one, and the
// root handles it before its own Update returns: a Cmd's message goes
// round the event loop behind the keys already queued, so that ":5⏎j"
// typed at once would scroll before the jump. The same messages sent into
// the program are handled alike.
//
// Keys go, in order, to the open prompt, a view covering the body (the
// library's list or search, help, info, footnotes), the language picker,
// the parallel view while it is shown, the global keys, the panel when it
// has the focus, the comparison's keys, then the reading child. The
// parallel view implements the same reader interface as a column (Update,
// View, resolve, goToID, runSearch): its two columns are docViews that
// move as one, its position a row of the alignment.
//
// Rendering with glamour happens only in tea.Cmds (render.go): the pane shows
// a plain placeholder for a block until its rendered lines arrive as a
// blocksRenderedMsg. The document views and panes are mutated in place
// through pointer receivers; the prompt and the panel are values that
// their Update returns changed, as the bubbles components do.
package ui
