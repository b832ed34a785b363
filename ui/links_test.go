package ui

import (
	"strings"
	"testing"

	"resolute/termsafe"
)

func TestCitationHyperlinks(t *testing.T) {
	for _, w := range []int{60, 80, 120} {
		m := newSized(fixture(), Options{Style: "dark"}, w, 30)
		s := m.View().Content
		if !strings.Contains(s, "\x1b]8;;https://undocs.org/es/A/RES/59/50\a") {
			t.Errorf("%d: no hyperlink to A/RES/59/50 in the view", w)
		}
		if v := termsafe.Violations(s); len(v) > 0 {
			t.Errorf("%d: violations %q", w, v)
		}
		checkScreen(t, m, w, 30)
		press(m, "tab", "j")
		checkScreen(t, m, w, 30)
	}
}
