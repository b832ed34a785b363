package ui

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"resolute/content"
)

// footnotes shows, in a view over the body, every footnote of the paragraph
// at the top, its items' included; when it has none, those of the first
// paragraph on screen that has some.
func (m *model) footnotes() {
	v := m.view
	id, notes := v.notesOnScreen()
	if len(notes) == 0 {
		m.message = "no footnotes in " + v.unitName(v.topID())
		if p := v.pane; p.top < len(v.blocks) && len(p.visible()) > 1 {
			m.message += " or below it on screen"
		}
		return
	}
	title := "Footnotes of " + v.unitName(id)
	if len(notes) > 1 {
		title += " (" + strconv.Itoa(len(notes)) + ")"
	}
	m.over.open(overlayNotes, title, "f or esc: close", func(width int) []string {
		return m.noteLines(v, notes, width)
	})
}

// notesOnScreen returns the paragraph whose footnotes f shows and the notes.
func (v *docView) notesOnScreen() (string, []content.Footnote) {
	for _, i := range v.pane.visible() {
		b := v.blocks[i]
		if !b.para {
			continue
		}
		if notes := v.notesOf(b.id); len(notes) > 0 {
			return b.id, notes
		}
	}
	return v.topID(), nil
}

// notesOf returns the footnotes carried by paragraph id or its items.
func (v *docView) notesOf(id string) []content.Footnote {
	var out []content.Footnote
	for _, f := range v.doc.Footnotes {
		if id != "" && (f.Paragraph == id || strings.HasPrefix(f.Paragraph, id+"(")) {
			out = append(out, f)
		}
	}
	return out
}

// noteLines lays footnotes out for width: each marker, then its text
// wrapped beside it, whole; a blank line between notes. Right-to-left text
// is aligned and ordered as in the pane.
func (m *model) noteLines(v *docView, notes []content.Footnote, width int) []string {
	var out []string
	for k, f := range notes {
		if k > 0 {
			out = append(out, "")
		}
		mark := clean(strings.TrimSpace(f.Marker))
		if mark == "" {
			mark = "·"
		}
		mw := ansi.StringWidth(mark) + 2
		text := clean(strings.TrimSpace(f.Text))
		where := ""
		if f.Paragraph != "" && strings.Contains(f.Paragraph, "(") && !v.rtl() {
			where = "in " + v.unitName(f.Paragraph) + ": "
		}
		for i, l := range wrapPlain(where+text, max(1, width-mw-2)) {
			lead := strings.Repeat(" ", mw)
			if i == 0 {
				lead = " " + m.st.infoLabel.Render(mark) + " "
			}
			out = append(out, v.overlayLine(m, lead+l, width))
		}
	}
	return out
}
