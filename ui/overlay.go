package ui

import (
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// overlayKind says which view covers the body, if any.
type overlayKind int

// The views that cover the body: the document information (key i), the
// key help (?) and the footnotes of a paragraph (f).
const (
	overlayNone overlayKind = iota
	overlayInfo
	overlayHelp
	overlayNotes
)

// overlay is a scrollable view that covers the body: a head line and lines
// built for the width, rebuilt when the width changes.
type overlay struct {
	kind  overlayKind
	title string
	// closer names the keys that close it, for the head line.
	closer string
	offset int
	width  int
	lines  []string
	build  func(width int) []string
}

// open shows a view of kind from its top; build lays its lines out for a
// width.
func (o *overlay) open(kind overlayKind, title, closer string, build func(width int) []string) {
	*o = overlay{kind: kind, title: title, closer: closer, build: build}
}

// shown reports whether a view covers the body.
func (o *overlay) shown() bool { return o.kind != overlayNone }

// close hides the view.
func (o *overlay) close() { *o = overlay{} }

// invalidate makes the next view build its lines again (the styles changed).
func (o *overlay) invalidate() { o.lines, o.width = nil, 0 }

// scroll moves the view by n lines within a body of height rows (the head
// line included).
func (o *overlay) scroll(n, height int) {
	o.offset = min(max(0, o.offset+n), max(0, len(o.lines)-(height-1)))
}

// view returns the view as height lines of exactly width cells.
func (o *overlay) view(st styles, width, height int) []string {
	if o.width != width || o.lines == nil {
		o.lines = nil
		if o.build != nil {
			o.lines = o.build(width)
		}
		if o.lines == nil {
			o.lines = []string{}
		}
		o.width = width
	}
	o.scroll(0, height)
	out := make([]string, 0, height)
	head := " " + o.title
	if rows := height - 1; len(o.lines) > rows {
		head += "  " + strconv.Itoa(o.offset+1) + "–" + strconv.Itoa(min(len(o.lines), o.offset+rows)) +
			"/" + strconv.Itoa(len(o.lines))
	}
	if o.closer != "" {
		head += "  (" + o.closer + ")"
	}
	out = append(out, fit(st.tabOn.Render(ansi.Truncate(head, width, "…")), width))
	for i := o.offset; i < len(o.lines) && len(out) < height; i++ {
		out = append(out, fit(o.lines[i], width))
	}
	blank := strings.Repeat(" ", max(0, width))
	for len(out) < height {
		out = append(out, blank)
	}
	return out[:height]
}

// overlayKey handles keys while a view covers the body: scrolling; esc, q
// or the key that opened it to close it; ? to show the help instead.
func (m *model) overlayKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.keys
	h := m.lay.bodyH
	page := max(1, h-2)
	o := &m.over
	switch {
	case msg.String() == "ctrl+c":
		return m.quit()
	case msg.String() == "esc", key.Matches(msg, k.Quit),
		o.kind == overlayInfo && key.Matches(msg, k.Info),
		o.kind == overlayHelp && key.Matches(msg, k.Help),
		o.kind == overlayNotes && key.Matches(msg, k.Footnotes):
		o.close()
	case key.Matches(msg, k.Help):
		m.openHelp()
	default:
		if d, ok := k.motion(msg, page, len(o.lines)); ok {
			o.scroll(d, h)
		}
	}
	return nil
}
