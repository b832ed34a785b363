package ui

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"resolute/content"
)

// goldenSizes are the terminal sizes of the golden views.
var goldenSizes = []struct {
	name string
	w, h int
}{{"80x24", 80, 24}, {"120x40", 120, 40}}

// requireGoldenViews compares the stripped views of d, at the top and after
// some keys, with testdata; refresh with go test ./ui -update.
func requireGoldenViews(t *testing.T, d *content.Document, steps ...string) {
	for _, sz := range goldenSizes {
		t.Run(sz.name, func(t *testing.T) {
			m := newSized(d, Options{Style: "ascii"}, sz.w, sz.h)
			var b strings.Builder
			b.WriteString(ansi.Strip(m.View().Content) + "\n")
			for _, keys := range steps {
				sendKeys(m, keys)
				b.WriteString("---- after " + strconv.Quote(keys) + "\n")
				b.WriteString(ansi.Strip(m.View().Content) + "\n")
			}
			golden.RequireEqual(t, b.String())
		})
	}
}

func TestGoldenFixture(t *testing.T) {
	requireGoldenViews(t, fixture(), "3\r", "/organizacion\rn", "\tj\r")
}

func TestGoldenSample(t *testing.T) {
	text, err := os.ReadFile(filepath.Join("..", "sample", "a-res-65-122.es.txt"))
	if err != nil {
		t.Skipf("sample not found: %v", err)
	}
	d := content.Parse(string(text), content.Options{})
	if len(d.Parts) == 0 || len(d.Parts[0].Operative) < 5 {
		t.Skip("content.Parse does not read the Spanish sample yet")
	}
	d.IndexCitations()
	requireGoldenViews(t, d, "3\r", "g/resolucion\rn", "\tl")
}
