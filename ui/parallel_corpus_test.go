package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"resolute/internal/corpus"
	"resolute/library"
)

// TestParallelCorpus opens every resolution of the AKN corpus in the
// parallel view, English beside another language (each in turn), at 120
// and 80 columns: the first screen and the last are full lines of the
// terminal's width, with the ids of both columns' rows where they agree.
func TestParallelCorpus(t *testing.T) {
	dir := corpus.Require(t, "akn")
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	langs := []string{"ar", "es", "fr", "ru", "zh"}
	n := 0
	for i, e := range entries {
		if !e.IsDir() {
			continue
		}
		lang := langs[i%len(langs)]
		en, err1 := library.Open(filepath.Join(dir, e.Name(), "en.xml"), library.OpenOptions{})
		other, err2 := library.Open(filepath.Join(dir, e.Name(), lang+".xml"), library.OpenOptions{})
		if err1 != nil || err2 != nil {
			continue
		}
		n++
		for _, w := range []int{120, 80} {
			m := New(en.Doc, Options{Style: "dark", With: other.Doc, Bidi: BidiVisual}).(*model)
			m.Update(tea.WindowSizeMsg{Width: w, Height: 30})
			for _, keys := range []string{"", "G"} {
				if keys != "" {
					m.Update(keyMsg(keys))
				}
				renderParallelFirst(m)
				lines := strings.Split(m.View().Content, "\n")
				if len(lines) != 30 {
					t.Errorf("%s/%s at %d: %d lines", e.Name(), lang, w, len(lines))
				}
				for k, l := range lines {
					if got := ansi.StringWidth(l); got != w {
						t.Errorf("%s/%s at %d, %q: line %d is %d cells: %q", e.Name(), lang, w, keys, k, got, ansi.Strip(l))
						break
					}
				}
			}
			if m.par.stacked != (w < parallelStackWidth) {
				t.Errorf("%s at %d: stacked %v", e.Name(), w, m.par.stacked)
			}
		}
	}
	if n == 0 {
		t.Fatal("no pair read")
	}
	t.Logf("%d pairs opened side by side", n)
}
