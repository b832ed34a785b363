package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"resolute/content"
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

func TestCopyCitedLink(t *testing.T) {
	d := fixture()
	d.Citations = append(d.Citations, content.Citation{Symbol: "decision 64/555", Kind: content.DecisionCitation})
	m := newSized(d, Options{}, 100, 24)
	press(m, "tab", "j") // the second citation: A/RES/64/256
	cmd := m.key(keyMsg("y"))
	if cmd == nil || m.message != "copied https://undocs.org/es/A/RES/64/256" {
		t.Fatalf("y on A/RES/64/256: message %q", m.message)
	}
	if msg := cmd(); fmt.Sprint(msg) == "" {
		t.Error("y: no clipboard message")
	}
	press(m, "j")
	if cmd := m.key(keyMsg("y")); cmd == nil || !strings.HasSuffix(m.message, "/S/RES/1631(2005)") {
		t.Errorf("y on S/RES/1631 (2005): message %q", m.message)
	}
	press(m, "G")
	if cmd := m.key(keyMsg("y")); cmd != nil || m.message != "no official link for decision 64/555" {
		t.Errorf("y on a decision: message %q", m.message)
	}
	// On the Outline tab and in the pane, y still copies the paragraph.
	press(m, "l")
	if m.key(keyMsg("y")); !strings.HasPrefix(m.message, "copied pp") && !strings.HasPrefix(m.message, "copied masthead") {
		t.Errorf("y on the Outline tab: message %q", m.message)
	}
	press(m, "?")
	if got := ansi.Strip(m.View().Content); !strings.Contains(got, "copy cited link") {
		t.Errorf("help lacks the key:\n%s", got)
	}
}
