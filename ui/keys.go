package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// keyMap holds every binding of the reader; the help is generated from it.
type keyMap struct {
	Down, Up, PageDown, PageUp, HalfDown, HalfUp, Top, Bottom key.Binding
	NextPara, PrevPara, Jump, Search, NextMatch, PrevMatch    key.Binding
	Focus, Panel, TabLeft, TabRight, Select, Open, Back       key.Binding
	Forward, Library, LibSearch                               key.Binding
	Footnotes, Copy, Quote, CopyLink, IDs, Bidi, Info         key.Binding
	Clear, Help, Quit                                         key.Binding
	// Comparisons (diffview.go): p and D open one, s and n/N inside it.
	Predecessor, Draft, SideBySide, NextChange, PrevChange key.Binding
	Language, Parallel                                     key.Binding
}

// defaultKeyMap returns the reader's bindings.
func defaultKeyMap() keyMap {
	return keyMap{
		Down:      key.NewBinding(key.WithKeys("j", "down"), key.WithHelp("j/↓", "down")),
		Up:        key.NewBinding(key.WithKeys("k", "up"), key.WithHelp("k/↑", "up")),
		PageDown:  key.NewBinding(key.WithKeys("space", "pgdown"), key.WithHelp("space", "page down")),
		PageUp:    key.NewBinding(key.WithKeys("b", "pgup"), key.WithHelp("b", "page up")),
		HalfDown:  key.NewBinding(key.WithKeys("ctrl+d"), key.WithHelp("^d", "half down")),
		HalfUp:    key.NewBinding(key.WithKeys("ctrl+u"), key.WithHelp("^u", "half up")),
		Top:       key.NewBinding(key.WithKeys("g", "home"), key.WithHelp("g/home", "top")),
		Bottom:    key.NewBinding(key.WithKeys("G", "end"), key.WithHelp("G/end", "bottom")),
		NextPara:  key.NewBinding(key.WithKeys("]"), key.WithHelp("]", "next para")),
		PrevPara:  key.NewBinding(key.WithKeys("["), key.WithHelp("[", "prev para")),
		Jump:      key.NewBinding(key.WithKeys(":", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), key.WithHelp(":/0-9", "go to paragraph")),
		Search:    key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "search")),
		NextMatch: key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "next match")),
		PrevMatch: key.NewBinding(key.WithKeys("N"), key.WithHelp("N", "prev match")),
		Focus:     key.NewBinding(key.WithKeys("tab", "shift+tab"), key.WithHelp("tab", "pane/panel")),
		Panel:     key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "panel on/off")),
		TabLeft:   key.NewBinding(key.WithKeys("left", "h"), key.WithHelp("←/h", "tab to the left")),
		TabRight:  key.NewBinding(key.WithKeys("right", "l"), key.WithHelp("→/l", "tab to the right")),
		Select:    key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "go to, next mention")),
		Open:      key.NewBinding(key.WithKeys("o"), key.WithHelp("o", "open cited")),
		Back:      key.NewBinding(key.WithKeys("backspace", "H"), key.WithHelp("⌫/H", "back")),
		Forward:   key.NewBinding(key.WithKeys("L"), key.WithHelp("L", "forward")),
		Library:   key.NewBinding(key.WithKeys("O"), key.WithHelp("O", "library list")),
		LibSearch: key.NewBinding(key.WithKeys("S"), key.WithHelp("S", "search the library")),
		Footnotes: key.NewBinding(key.WithKeys("f"), key.WithHelp("f", "footnotes")),
		Copy:      key.NewBinding(key.WithKeys("y"), key.WithHelp("y", "copy paragraph")),
		Quote:     key.NewBinding(key.WithKeys("Y"), key.WithHelp("Y", "copy with reference")),
		IDs:       key.NewBinding(key.WithKeys("#"), key.WithHelp("#", "paragraph ids")),
		Bidi:      key.NewBinding(key.WithKeys("B"), key.WithHelp("B", "Arabic visual order")),
		CopyLink:  key.NewBinding(key.WithKeys("y"), key.WithHelp("y", "copy cited link")),
		Info:      key.NewBinding(key.WithKeys("i"), key.WithHelp("i", "document info")),
		Clear:     key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "clear marks, close")),
		Help:      key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
		Quit:      key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", "quit")),

		Predecessor: key.NewBinding(key.WithKeys("p"), key.WithHelp("p", "compare with predecessor")),
		Draft:       key.NewBinding(key.WithKeys("D"), key.WithHelp("D", "compare with draft")),
		SideBySide:  key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "side by side/inline")),
		NextChange:  key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "next change (or match)")),
		PrevChange:  key.NewBinding(key.WithKeys("N"), key.WithHelp("N", "prev change (or match)")),
		Language:    key.NewBinding(key.WithKeys("t"), key.WithHelp("t", "another language")),
		Parallel:    key.NewBinding(key.WithKeys("T"), key.WithHelp("T", "two languages side by side")),
	}
}

// motion returns how far a list moves for msg: a line for j/k, page for a
// page or half page, all (the list's length) for top and bottom; ok is false
// for any other key. The info view and the side panel move this way.
func (k keyMap) motion(msg tea.KeyPressMsg, page, all int) (delta int, ok bool) {
	switch {
	case key.Matches(msg, k.Down):
		return 1, true
	case key.Matches(msg, k.Up):
		return -1, true
	case key.Matches(msg, k.PageDown), key.Matches(msg, k.HalfDown):
		return page, true
	case key.Matches(msg, k.PageUp), key.Matches(msg, k.HalfUp):
		return -page, true
	case key.Matches(msg, k.Top):
		return -all, true
	case key.Matches(msg, k.Bottom):
		return all, true
	}
	return 0, false
}

// groups returns the columns of the help, each with its title.
func (k keyMap) groups() []helpGroup {
	return []helpGroup{
		{"Reading", []key.Binding{k.Down, k.Up, k.PageDown, k.PageUp, k.HalfDown, k.HalfUp, k.Top, k.Bottom}},
		{"Go to, find", []key.Binding{k.Jump, k.NextPara, k.PrevPara, k.Search, k.NextMatch, k.PrevMatch, k.Clear}},
		{"The paragraph", []key.Binding{k.Footnotes, k.Copy, k.Quote, k.IDs, k.Bidi, k.Info}},
		{"Side panel", []key.Binding{k.Focus, k.Panel, k.TabLeft, k.TabRight, k.Select, k.Open, k.CopyLink}},
		{"Compare", []key.Binding{k.Predecessor, k.Draft, k.SideBySide, k.NextChange, k.PrevChange}},
		{"Library", []key.Binding{k.Library, k.LibSearch, k.Back, k.Forward}},
		{"Languages", []key.Binding{k.Language, k.Parallel}},
		{"Help", []key.Binding{k.Help, k.Quit}},
	}
}
