package compare

import (
	"cmp"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"resolute/content"
)

// gaSession reads the session of a General Assembly resolution symbol:
// "A/RES/76/144" → 76.
var gaSession = regexp.MustCompile(`^A/RES/(\d+)/\d+`)

// seriesDoc is a resolution of the library with what finds its series.
type seriesDoc struct {
	path    string
	session int
	title   string
	doc     *content.Document
}

// libraryGA parses the English General Assembly resolutions of the library.
func libraryGA(t *testing.T, root string) []seriesDoc {
	var paths []string
	filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".xml") && strings.Contains(path, "GAresolutions") {
			paths = append(paths, path)
		}
		return nil
	})
	out := make([]seriesDoc, len(paths))
	var wg sync.WaitGroup
	work := make(chan int)
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for i := range work {
				d, err := parseFile(paths[i])
				if err != nil || d.Language != "en" {
					continue
				}
				m := gaSession.FindStringSubmatch(d.Symbol)
				if m == nil {
					continue
				}
				s, _ := strconv.Atoi(m[1])
				out[i] = seriesDoc{path: paths[i], session: s, title: strings.ToLower(strings.Join(strings.Fields(d.Title), " ")), doc: d}
			}
		})
	}
	for i := range paths {
		work <- i
	}
	close(work)
	wg.Wait()
	return slices.DeleteFunc(out, func(s seriesDoc) bool { return s.doc == nil || s.title == "" })
}

// seriesPairs returns each resolution with its predecessor: the one of the
// latest earlier session with the same title, when that title is unique in
// both sessions.
func seriesPairs(docs []seriesDoc) [][2]seriesDoc {
	byTitle := map[string][]seriesDoc{}
	for _, d := range docs {
		byTitle[d.title] = append(byTitle[d.title], d)
	}
	var out [][2]seriesDoc
	for _, ds := range byTitle {
		slices.SortFunc(ds, func(a, b seriesDoc) int { return cmp.Compare(a.session, b.session) })
		for i := 1; i < len(ds); i++ {
			prev, cur := ds[i-1], ds[i]
			if prev.session == cur.session || i+1 < len(ds) && ds[i+1].session == cur.session ||
				i >= 2 && ds[i-2].session == prev.session {
				continue // two resolutions of one title in one session: no clear predecessor
			}
			out = append(out, [2]seriesDoc{prev, cur})
		}
	}
	slices.SortFunc(out, func(a, b [2]seriesDoc) int { return cmp.Compare(a[1].path, b[1].path) })
	return out
}

// TestLibrarySeries compares, with -library, every General Assembly
// resolution of the library with its predecessor of the same title, and
// reports how their paragraphs align.
func TestLibrarySeries(t *testing.T) {
	if *libraryFlag == "" {
		t.Skip("no -library (or $RESOLUTE_TEST_LIBRARY): the series of the shared library are not compared")
	}
	docs := libraryGA(t, *libraryFlag)
	pairs := seriesPairs(docs)
	if len(pairs) == 0 {
		t.Fatalf("no series found among %d resolutions", len(docs))
	}
	var total Counts
	countsDiffer, numberedWrong := 0, 0
	var slowest time.Duration
	var slowPair string
	for _, p := range pairs {
		start := time.Now()
		r := Documents(p[0].doc, p[1].doc)
		if d := time.Since(start); d > slowest {
			slowest, slowPair = d, p[0].doc.Symbol+" → "+p[1].doc.Symbol
		}
		checkResult(t, p[0].doc, p[1].doc, r)
		s := r.Summary.Paragraphs
		total.Equal += s.Equal
		total.Changed += s.Changed
		total.Inserted += s.Inserted
		total.Deleted += s.Deleted
		total.Moved += s.Moved
		total.Split += s.Split
		total.Merged += s.Merged
		total.Renumbered += s.Renumbered
		total.Typography += s.Typography
		if paragraphCount(p[0].doc) != paragraphCount(p[1].doc) {
			countsDiffer++
		}
		if s.Renumbered+s.Moved > 0 {
			numberedWrong++
		}
	}
	pct := func(n int) float64 { return 100 * float64(n) / float64(max(total.Total(), 1)) }
	t.Logf("%d resolutions, %d pairs with a predecessor of the same title (the slowest, %s, took %v)", len(docs), len(pairs), slowPair, slowest)
	t.Logf("paragraph pairs: %d: equal %d (%.1f %%), changed %d (%.1f %%), moved %d (%.1f %%), inserted %d (%.1f %%), deleted %d (%.1f %%), split %d, merged %d; renumbered %d, typography only %d",
		total.Total(), total.Equal, pct(total.Equal), total.Changed, pct(total.Changed), total.Moved, pct(total.Moved),
		total.Inserted, pct(total.Inserted), total.Deleted, pct(total.Deleted), total.Split, total.Merged, total.Renumbered, total.Typography)
	t.Logf("pairs whose paragraph count differs: %d (%.0f %%); pairs where some paragraph changed number or place: %d (%.0f %%)",
		countsDiffer, 100*float64(countsDiffer)/float64(len(pairs)), numberedWrong, 100*float64(numberedWrong)/float64(len(pairs)))
	for _, p := range pairs[:min(len(pairs), 5)] {
		t.Logf("example: %s → %s", p[0].doc.Symbol, p[1].doc.Symbol)
	}
}

// paragraphCount is the number of preambular and operative paragraphs.
func paragraphCount(d *content.Document) int {
	n := 0
	for _, p := range d.Parts {
		n += len(p.Preamble) + len(p.Operative)
	}
	return n
}
