package layout

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"resolute/internal/corpus"
)

// goldFacts is one entry of text/gold.json.
type goldFacts struct {
	Preamble  int `json:"preamble_total"`
	Operative int `json:"operative_total"`
	Footnotes int `json:"footnotes"`
}

// TestCorpus runs Canonical on every real text and checks invariants and the
// paragraph and footnote counts against the corpus gold.
func TestCorpus(t *testing.T) {
	dir := corpus.Require(t, "text")
	raw, err := os.ReadFile(filepath.Join(dir, "gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	var gold map[string]goldFacts
	if err := json.Unmarshal(raw, &gold); err != nil {
		t.Fatalf("gold.json: %v", err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	exact, notes, ga := 0, 0, 0
	for _, f := range files {
		name := filepath.Base(f)
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out := Canonical(string(b))
		checkInvariants(t, name, out)
		g, ok := gold[name]
		if !ok {
			continue
		}
		c := countParagraphs(out)
		t.Logf("%-22s preamble %3d/%3d operative %3d/%3d footnotes %3d/%3d", name, c.preamble, g.Preamble, c.operative, g.Operative, c.footnotes, g.Footnotes)
		if strings.HasPrefix(name, "ga-") {
			ga++
			if c.preamble == g.Preamble && c.operative == g.Operative {
				exact++
			}
			if c.footnotes == g.Footnotes {
				notes++
			}
		}
	}
	t.Logf("exact preamble+operative counts on %d of %d ga files, footnote counts on %d", exact, ga, notes)
	if ga > 0 && exact*10 < ga*9 {
		t.Errorf("exact counts on %d of %d ga files, want at least 90%%", exact, ga)
	}
	if ga > 0 && notes*10 < ga*9 {
		t.Errorf("footnote counts on %d of %d ga files, want at least 90%%", notes, ga)
	}
}

// checkInvariants checks what every canonical text must satisfy.
func checkInvariants(t *testing.T, name, out string) {
	t.Helper()
	for i, l := range strings.Split(out, "\n") {
		s := strings.TrimSpace(l)
		if isFurniture(s) {
			t.Errorf("%s: line %d is page furniture: %q", name, i+1, l)
		}
		if ruleRe().MatchString(s) {
			t.Errorf("%s: line %d is a footnote rule", name, i+1)
		}
		if l != strings.TrimRight(l, " ") {
			t.Errorf("%s: line %d has trailing spaces", name, i+1)
		}
	}
	if again := Canonical(out); again != out {
		t.Errorf("%s: Canonical is not idempotent", name)
	}
}

// TestCorpusHeaderWithoutSymbol drops the symbol line from every running
// page header of the real PDF texts (title, page number and job number
// stay, as some PDFs print them): the canonical layout must not change.
func TestCorpusHeaderWithoutSymbol(t *testing.T) {
	dir := corpus.Require(t, "text")
	files, _ := filepath.Glob(filepath.Join(dir, "ga-*.txt"))
	if len(files) == 0 {
		t.Skipf("no ga-*.txt in %s", dir)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(string(b), "\n")
		sym := ""
		var kept []string
		for i, l := range lines {
			t := strings.TrimSpace(l)
			if sym == "" && strings.HasPrefix(t, "A/RES/") {
				sym = t
			} else if i > 8 && sym != "" && t == sym {
				continue
			}
			kept = append(kept, l)
		}
		if len(kept) == len(lines) {
			continue
		}
		if got, want := Canonical(strings.Join(kept, "\n")), Canonical(string(b)); got != want {
			t.Errorf("%s: headers without the symbol line change the layout", filepath.Base(f))
		}
	}
}
