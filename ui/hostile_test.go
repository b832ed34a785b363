package ui

import (
	"errors"
	"testing"

	tea "charm.land/bubbletea/v2"

	"resolute/content"
	"resolute/termsafe"
)

// evil holds what a document must never get to the terminal: a title and
// a clipboard write (OSC), a screen clear (CSI), a DCS, a C1 CSI and a bidi
// override.
const evil = "\x1b]0;PWNED\x07\x1b]52;c;cHduZWQ=\x07\x1b[2J\x1bP+q544e\x1b\\\u009b2J\u202e"

// TestScreenPassesAllowlist fills every field the screen shows — symbol,
// title, paragraphs, footnotes, the information overlay, the status bar's
// notices — with escape sequences, and checks that none reaches the
// output, whichever part of the screen is drawn.
func TestScreenPassesAllowlist(t *testing.T) {
	d := fixture()
	d.Symbol += evil
	d.Title += evil
	d.Masthead.AgendaTitle = evil
	d.Footnotes = append(d.Footnotes, content.Footnote{Marker: "9" + evil, Text: "note" + evil, Paragraph: "op1"})
	d.Diagnostics = append(d.Diagnostics, content.Diagnostic{Message: evil})
	for i := range d.Parts {
		for j := range d.Parts[i].Operative {
			d.Parts[i].Operative[j].Text += evil
		}
	}
	m := newSized(d, Options{}, 100, 30)
	check := func(what string) {
		t.Helper()
		out := m.View().Content
		if v := termsafe.Violations(out); len(v) > 0 {
			t.Errorf("%s: the screen holds %q", what, v[0])
		}
	}
	check("first screen")
	m.Update(docOpenFailedMsg{symbol: "A/RES/1" + evil, err: errors.New("file" + evil + ": unreadable")})
	check("open failure notice")
	m.restFailed(errors.New("doc" + evil + ".pdf: unreadable PDF"))
	check("rest failed notice")
	press(m, "i")
	check("information overlay")
	press(m, "esc", "f")
	check("footnotes")
	press(m, "esc", "/")
	for _, r := range "x" + evil {
		m.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	check("search prompt")
}
