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
//	│   └── parallelView (parallel*.go): two columns, one a version, in aligned rows
//	│       ├── column (left): a view of the reader's document on a pane of its own
//	│       └── column (right): the other version's
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
//     status-bar note, after n and N, or y and Y in the parallel view),
//     oneColumnMsg (backspace in the parallel view), and documentKeyMsg
//     for a key that acts beyond it (open, back, footnotes, copy), which
//     the root handles.
//
// The message is returned beside the child's tea.Cmd, not as one, and the
// root handles it before its own Update returns: a Cmd's message goes
// round the event loop behind the keys already queued, so that ":5⏎j"
// typed at once would scroll before the jump. The same messages sent into
// the program are handled alike.
//
// Keys go, in order, to the open prompt, a view covering the body (the
// library's list or search, help, info, footnotes), the language picker,
// the reading child's first keys (reader.keyFirst: the parallel view
// takes all of its own before the global keys; a column none), the
// global keys, the panel when it has the focus, the comparison's keys,
// then the reading child.
//
// # The reader
//
// The root holds one reading child and does not ask which: it gets it
// from reading() (model.reading, the one place that picks: the parallel
// view while it is shown, else a column over the root's document view)
// and asks it, through the reader interface, to lay itself out in the
// body (layout; the parallel view keeps the root's document view laid
// out as one column too) and say what it opened on (opening), for its
// View and status line, for the Cmds that render what it shows (render,
// renderVisible, background: the rest of its blocks and the folding for
// search), whether the side panel has room beside it (panelBeside), the
// id to remember (position), to restyle for a new background, and to
// resolve, jump and search. Rendered blocks (blocksRenderedMsg) go to it
// through its Update.
//
// The parallel view is two column children kept in step. Each column
// holds its docView, made over the blocks and renderer of its document's
// view with a pane of its own at the column's width: it renders, stores
// and draws its lines (lineText, the single view's: placeholders, search
// matches, right-to-left text) and finds its own matches (findAll). The
// parallel view has one position, a row of the alignment (parallel.Rows:
// the paragraphs of both versions paired by id), and sets each row's two
// blocks side by side, padded to the taller, the id in a gutter; below
// parallelStackWidth the pair is stacked. Its search puts the columns'
// matches in row order; the two columns move with the pane's own code
// (lineAnchor, moveKey) over rows instead of blocks. The root knows the
// parallel view only where it picks the reading child (reading), makes
// it (New with Options.With, T, the whole of a version arriving) or drops
// it (T, backspace).
//
// Rendering with glamour happens only in tea.Cmds (render.go): the pane shows
// a plain placeholder for a block until its rendered lines arrive as a
// blocksRenderedMsg. The document views and panes are mutated in place
// through pointer receivers; the prompt and the panel are values that
// their Update returns changed, as the bubbles components do.
package ui
