package library

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"resolute/compare"
)

// measuredLibrary returns the library RESOLUTE_LIBRARY_TEST names, indexed:
// in RESOLUTE_LIBRARY_TEST_DB when set (an index kept between runs, so
// that only the first run takes minutes), else in a new folder. It skips
// the test when RESOLUTE_LIBRARY_TEST is not set.
func measuredLibrary(t *testing.T) *Library {
	t.Helper()
	root := os.Getenv("RESOLUTE_LIBRARY_TEST")
	if root == "" {
		t.Skip("RESOLUTE_LIBRARY_TEST is not set: the whole library is not indexed")
	}
	db := os.Getenv("RESOLUTE_LIBRARY_TEST_DB")
	if db == "" {
		db = filepath.Join(t.TempDir(), "library.db")
	}
	l := New(Config{Folders: []string{root}, DB: db})
	t.Cleanup(func() { l.Close() })
	s := scan(t, l)
	t.Logf("%d documents indexed in %v", s.Documents, s.Elapsed)
	return l
}

// TestPredecessorLibrary measures Predecessor on the whole shared library
// (RESOLUTE_LIBRARY_TEST=/root/.cache/resolute-library; with
// RESOLUTE_LIBRARY_TEST_DB=/tmp/x/library.db the index is kept): for how
// many English General Assembly resolutions of sessions 76 to 80 it finds
// one, how many of those it cites, how many share its title word for
// word; how often the French and Chinese texts get the same predecessor;
// and the Council's resolutions of 2021 to 2026. It logs a sample to check
// by hand and holds floors.
func TestPredecessorLibrary(t *testing.T) {
	l := measuredLibrary(t)
	docs, err := l.Documents(Filter{Lang: "en", Organ: "General Assembly"})
	if err != nil {
		t.Fatal(err)
	}
	type result struct {
		e, pred Entry
		cited   bool
	}
	var found []result
	perSession := map[string][2]int{} // session → found, all
	var missing []Entry
	var elapsed time.Duration
	calls := 0
	for _, d := range docs {
		n, err := strconv.Atoi(d.Session)
		if err != nil || n < 76 || n > 80 || !strings.HasPrefix(d.Symbol, "A/RES/") {
			continue
		}
		start := time.Now()
		p, err := l.Predecessor(d.Symbol, "en")
		elapsed += time.Since(start)
		calls++
		c := perSession[d.Session]
		c[1]++
		switch {
		case err == nil:
			c[0]++
			found = append(found, result{e: d, pred: p, cited: cites(t, l, d, p.Symbol)})
		case errors.Is(err, ErrNoPredecessor):
			missing = append(missing, d)
		default:
			t.Errorf("Predecessor(%s): %v", d.Symbol, err)
		}
		perSession[d.Session] = c
	}
	if calls == 0 {
		t.Fatal("no General Assembly resolution of sessions 76 to 80 in English")
	}
	cited, same := 0, 0
	for _, r := range found {
		if r.cited {
			cited++
		}
		if compare.Similarity(r.e.Title, r.pred.Title) == 1 {
			same++
		}
	}
	pct := func(n, of int) string {
		return fmt.Sprintf("%d of %d (%.1f %%)", n, of, 100*float64(n)/float64(max(of, 1)))
	}
	t.Logf("General Assembly, sessions 76-80, English: a predecessor for %s, in %v a call on average", pct(len(found), calls), elapsed/time.Duration(calls))
	for _, s := range []string{"76", "77", "78", "79", "80"} {
		t.Logf("  session %s: %s", s, pct(perSession[s][0], perSession[s][1]))
	}
	t.Logf("of those found: cited by the resolution %s; the same title %s", pct(cited, len(found)), pct(same, len(found)))
	// A sample to check by hand: every twentieth found, the ones of a
	// title not word for word the same, and some of those not found.
	for i, r := range found {
		if i%20 == 0 || compare.Similarity(r.e.Title, r.pred.Title) < 1 && i%3 == 0 {
			t.Logf("  %s %q ← %s %q (cited %v)", r.e.Symbol, r.e.Title, r.pred.Symbol, r.pred.Title, r.cited)
		}
	}
	for i, d := range missing {
		if i%25 == 0 {
			t.Logf("  none for %s %q", d.Symbol, d.Title)
		}
	}

	// The same answer in French and Chinese.
	for _, lang := range []string{"fr", "zh"} {
		agree, held := 0, 0
		for _, r := range found {
			p, err := l.Predecessor(r.e.Symbol, lang)
			if err != nil {
				continue // not held in that language
			}
			held++
			if p.Symbol == r.pred.Symbol && p.Language == lang {
				agree++
			}
		}
		t.Logf("%s: the English predecessor for %s of those held in %s", lang, pct(agree, held), lang)
		if agree != held {
			t.Errorf("%s: %d predecessors differ from the English ones", lang, held-agree)
		}
	}

	// The Security Council.
	sc, err := l.Documents(Filter{Lang: "en", Organ: "Security Council"})
	if err != nil {
		t.Fatal(err)
	}
	scFound, scAll := 0, 0
	var scSample []string
	for _, d := range sc {
		if d.Year < "2021" || !strings.HasPrefix(d.Symbol, "S/RES/") {
			continue
		}
		scAll++
		p, err := l.Predecessor(d.Symbol, "en")
		if err == nil {
			scFound++
			if scFound%15 == 0 {
				scSample = append(scSample, fmt.Sprintf("%s (%s) ← %s (%s)", d.Symbol, d.Agenda, p.Symbol, p.Date))
			}
		}
	}
	t.Logf("Security Council, 2021-2026, English: a predecessor for %s", pct(scFound, scAll))
	for _, s := range scSample {
		t.Logf("  %s", s)
	}

	// Floors, below what was measured (README, "Comparing versions").
	if rate := float64(len(found)) / float64(calls); rate < 0.70 {
		t.Errorf("a predecessor for %.1f %% of the resolutions, below 70 %%", 100*rate)
	}
	if rate := float64(cited) / float64(max(len(found), 1)); rate < 0.60 {
		t.Errorf("%.1f %% of the predecessors found are cited, below 60 %%", 100*rate)
	}
}

// cites reports whether the library's document e cites symbol.
func cites(t *testing.T, l *Library, e Entry, symbol string) bool {
	t.Helper()
	citers, err := l.CitedBy(symbol, e.Language)
	if err != nil {
		t.Fatal(err)
	}
	return slices.ContainsFunc(citers, func(c Citer) bool { return c.Path == e.Path })
}
