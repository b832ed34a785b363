package ui

import (
	"os"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"resolute/content"
	"resolute/content/akn"
	"resolute/internal/corpus"
	"resolute/termsafe"
)

// corpusXML parses a document of the shared corpus, or skips the test.
func corpusXML(t *testing.T, slug, lang string) *content.Document {
	t.Helper()
	path := corpus.Require(t, "akn", slug, lang+".xml")
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	d, err := akn.Parse(f, path)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return d
}

// infoGolden records the info view at 80×24 before and after scrolling.
func infoGolden(t *testing.T, d *content.Document) {
	m := newSized(d, Options{Style: "ascii"}, 80, 24)
	press(m, "i")
	if !(m.over.kind == overlayInfo) {
		t.Fatal("i did not open the info view")
	}
	var b strings.Builder
	b.WriteString(ansi.Strip(m.View().Content) + "\n")
	press(m, "space")
	b.WriteString("---- after space\n" + ansi.Strip(m.View().Content) + "\n")
	golden.RequireEqual(t, b.String())
}

func TestGoldenInfo(t *testing.T) {
	t.Run("fixture", func(t *testing.T) { infoGolden(t, fixture()) })
	t.Run("xml", func(t *testing.T) { infoGolden(t, corpusXML(t, "a-res-75-34", "en")) })
}

func TestInfoKeys(t *testing.T) {
	for _, closer := range []string{"i", "esc", "q"} {
		m := newSized(fixture(), Options{}, 80, 24)
		press(m, "3", "enter")
		top := m.view.topID()
		press(m, "i")
		got := ansi.Strip(m.View().Content)
		for _, want := range []string{"Document information", "Symbol:", "A/RES/65/122", "Spanish (es)", "5 operative", "Citations:"} {
			if !strings.Contains(got, want) {
				t.Errorf("info view lacks %q:\n%s", want, got)
			}
		}
		press(m, "j", "G", "g")
		press(m, closer)
		if m.over.kind == overlayInfo {
			t.Errorf("%s did not close the info view", closer)
		}
		if m.view.topID() != top {
			t.Errorf("after the info view the pane is at %q, want %q", m.view.topID(), top)
		}
		checkScreen(t, m, 80, 24)
	}
}

func TestInfoInHelp(t *testing.T) {
	m := newSized(fixture(), Options{}, 120, 40)
	press(m, "?")
	if got := ansi.Strip(m.View().Content); !strings.Contains(got, "document info") {
		t.Errorf("help does not list the info key:\n%s", got)
	}
}

func TestInfoFields(t *testing.T) {
	three, zero := 3, 0
	d := &content.Document{
		Symbol: "S/RES/1\x1b]0;x\x07631 (2005)", Language: "en", Organ: "Security Council",
		Masthead: content.Masthead{Meeting: "5282nd meeting"},
		Meta: &content.Meta{
			Sponsors: []string{"A", "", "B"},
			Vote:     &content.Vote{Outcome: "adoptedByRecordedVote", InFavour: &three, Against: &zero},
			Subjects: []string{"land, plant and soil", "water"},
		},
		Diagnostics: []content.Diagnostic{{Message: "odd"}},
	}
	got := map[string]string{}
	for _, f := range infoFields(d) {
		got[f.label] = f.value
		if termsafe.Violations(f.value) != nil || strings.ContainsRune(f.value, 0x1b) {
			t.Errorf("%s: unsafe value %q", f.label, f.value)
		}
	}
	want := map[string]string{
		"Organ":        "Security Council",
		"Meeting":      "5282nd meeting",
		"Sponsors (2)": "A, B",
		"Vote":         "adopted by a recorded vote: 3 in favour, 0 against",
		"Subjects":     "land, plant and soil; water",
		"Diagnostics":  "1",
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s = %q, want %q", k, got[k], v)
		}
	}
	for _, absent := range []string{"Title", "Draft", "Footnotes", "Paragraphs", "Closing"} {
		if _, ok := got[absent]; ok {
			t.Errorf("empty field %s shown", absent)
		}
	}
	if v := voteText(&content.Vote{Outcome: "adoptedWithoutVote"}); v != "adopted without a vote" {
		t.Errorf("without vote: %q", v)
	}
}

func TestInfoHuge(t *testing.T) {
	d := fixture()
	d.Title = strings.Repeat("x", 1<<20)
	d.Meta = &content.Meta{Sponsors: make([]string, 100000)}
	for i := range d.Meta.Sponsors {
		d.Meta.Sponsors[i] = "Country"
	}
	for _, sz := range [][2]int{{20, 5}, {35, 10}, {80, 24}} {
		m := newSized(d, Options{}, sz[0], sz[1])
		press(m, "i", "G", "k")
		checkScreen(t, m, sz[0], sz[1])
	}
}
