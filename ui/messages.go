package ui

// resizeSettledMsg reports that no resize arrived for a debounce interval
// since the one numbered gen.
type resizeSettledMsg struct{ gen int }

// blocksRenderedMsg carries blocks rendered in the background for one
// document view, render generation and width; rest is what is still queued.
// visible is set for the blocks that were on screen, rendered first.
type blocksRenderedMsg struct {
	view    *docView
	gen     int
	width   int
	idx     []int
	out     []string
	rest    []int
	visible bool
}

// docOpenedMsg reports that a cited document was loaded from the library.
type docOpenedMsg struct {
	symbol string
	view   *docView
	nav    int // the move in the history (navJump, navBack, navForward)
	// lang is the language asked for, "" for any: the status bar says so
	// when the document came in another.
	lang string
}

// docOpenFailedMsg reports that a cited document could not be loaded.
type docOpenFailedMsg struct {
	symbol string
	err    error
	nav    int // the move in the history it was for
}

// foldedMsg carries the folded text of a document view's blocks, built in
// the background so that the first search does not pay for it.
type foldedMsg struct {
	view   *docView
	folded []string
}

// fullDocMsg carries the view of the whole document, parsed in the
// background, that replaces the provisional one; isDark is the background
// its renderer was made for. err is set when the parse failed: view is then
// nil, or the part of the document that could be read.
type fullDocMsg struct {
	view   *docView
	isDark bool
	err    error
}

// backgroundMsg says that the first screen is out and the background work
// may start.
type backgroundMsg struct{}
