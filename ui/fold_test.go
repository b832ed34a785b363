package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"resolute/content"
)

// TestSearchFoldsTypography searches a French text as a reader types it
// (ASCII apostrophes, "oe", hyphens) and checks that every occurrence is
// found and highlighted over the characters the document prints.
func TestSearchFoldsTypography(t *testing.T) {
	d := &content.Document{Symbol: "A/RES/1/1", Language: "fr", Parts: []content.Part{{Operative: []content.Paragraph{
		{ID: "op1", Number: ptr("1"), Text: "Prie le Secrétaire général de l’Organisation de poursuivre la mise en œuvre du rapport du Secrétaire-Général’s Office ;"},
		{ID: "op2", Number: ptr("2"), Text: "Souligne le rôle de l’organisation et la mise en Œuvre, 2013–2014."},
	}}}}
	m := newSized(d, Options{Style: "ascii"}, 100, 20)
	v := m.view
	for q, want := range map[string]int{"l'organisation": 2, "oeuvre": 2, "secretaire-general's": 1, "2013-2014": 1, "l’Organisation": 2} {
		if got := v.runSearch(q); got != want {
			t.Errorf("/%s finds %d, want %d", q, got, want)
		}
	}
	v.runSearch("l'organisation")
	found := 0
	for _, r := range v.pane.rows() {
		line := ansi.Strip(r.text)
		for _, c := range occurrences(foldLine(line), v.search.needle) {
			if got := ansi.Cut(line, c.start, c.end); !strings.EqualFold(got, "l’organisation") {
				t.Errorf("a match of l'organisation highlights %q", got)
			}
			found++
		}
	}
	if found != 2 {
		t.Errorf("%d matches highlighted, want 2", found)
	}
}
