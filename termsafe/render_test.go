package termsafe

import (
	"strings"
	"testing"
	"unicode"

	"charm.land/glamour/v2"
	"github.com/charmbracelet/x/ansi"
)

// newRenderer returns the glamour renderer the reader uses.
func newRenderer(tb testing.TB) *glamour.TermRenderer {
	tb.Helper()
	r, err := glamour.NewTermRenderer(glamour.WithStandardStyle("dark"), glamour.WithWordWrap(80))
	if err != nil {
		tb.Fatalf("glamour.NewTermRenderer: %v", err)
	}
	return r
}

// render renders md with r, failing tb on error.
func render(tb testing.TB, r *glamour.TermRenderer, md string) string {
	tb.Helper()
	out, err := r.Render(md)
	if err != nil {
		tb.Fatalf("Render(%.60q): %v", md, err)
	}
	return out
}

// visible returns the text a terminal would show for s, without styling and
// whitespace, so that wrapping does not matter.
func visible(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, ansi.Strip(s))
}
