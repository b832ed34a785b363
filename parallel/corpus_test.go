package parallel

import (
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"resolute/content"
	"resolute/internal/corpus"
	"resolute/library"
)

// TestCorpusPairs aligns the English XML of every resolution of the AKN
// corpus with each of its other languages: every paragraph of both sides
// in exactly one row, in order, paired only with its own id, and each row
// with a gap noted. It logs how many pairs agree on every id, and the
// kinds of disagreement.
func TestCorpusPairs(t *testing.T) {
	dir := corpus.Require(t, "akn")
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	pairs, same := 0, 0
	kinds := map[string]int{}
	var worst []string
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		en, err := library.Open(filepath.Join(dir, e.Name(), "en.xml"), library.OpenOptions{})
		if err != nil {
			continue
		}
		for _, lang := range []string{"ar", "es", "fr", "ru", "zh"} {
			o, err := library.Open(filepath.Join(dir, e.Name(), lang+".xml"), library.OpenOptions{})
			if err != nil {
				continue
			}
			pairs++
			rows := Paragraphs(en.Doc, o.Doc)
			checkRows(t, e.Name()+"/"+lang, paragraphsOf(en.Doc), paragraphsOf(o.Doc), rows)
			notes := 0
			for _, r := range rows {
				if r.Note != "" {
					notes++
					kinds[noteKind(r.Note)]++
				}
			}
			if notes == 0 {
				same++
			} else {
				worst = append(worst, e.Name()+"/"+lang+": "+itoa(notes))
			}
		}
	}
	if pairs == 0 {
		t.Fatal("no pair of the corpus could be read")
	}
	var ks []string
	for k, n := range kinds {
		ks = append(ks, k+" "+itoa(n))
	}
	sort.Strings(ks)
	t.Logf("%d of %d pairs (English and another language) agree on every paragraph id; disagreements: %s", same, pairs, strings.Join(ks, ", "))
	if len(worst) > 0 {
		t.Logf("pairs with notes: %s", strings.Join(worst, "; "))
	}
}

// checkRows checks the invariants of an alignment of l and r.
func checkRows(t *testing.T, name string, l, r []content.Paragraph, rows []Paragraph) {
	t.Helper()
	li, ri := 0, 0
	for _, row := range rows {
		switch {
		case row.Left == nil && row.Right == nil:
			t.Errorf("%s: row %s has neither side", name, row.ID)
		case (row.Left == nil || row.Right == nil) && row.Note == "":
			t.Errorf("%s: row %s has a gap without a note", name, row.ID)
		case row.Left != nil && row.Right != nil && row.Note != "":
			t.Errorf("%s: row %s has both sides and a note %q", name, row.ID, row.Note)
		}
		if row.Left != nil {
			if li >= len(l) || l[li].ID != row.ID || l[li].Text != row.Left.Text {
				t.Errorf("%s: row %s is not the next left paragraph", name, row.ID)
				return
			}
			li++
		}
		if row.Right != nil {
			if ri >= len(r) || r[ri].ID != row.ID || r[ri].Text != row.Right.Text {
				t.Errorf("%s: row %s is not the next right paragraph", name, row.ID)
				return
			}
			ri++
		}
	}
	if li != len(l) || ri != len(r) {
		t.Errorf("%s: %d of %d left and %d of %d right paragraphs in the rows", name, li, len(l), ri, len(r))
	}
}

// noteKind returns the kind of a note: "has no", "repeats", "elsewhere".
func noteKind(note string) string {
	for _, k := range []string{"has no", "repeats", "elsewhere"} {
		if strings.Contains(note, k) {
			return k
		}
	}
	return note
}

func itoa(n int) string { return strconv.Itoa(n) }
