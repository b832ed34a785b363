package cite

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSpanishSample checks the citations of the sample resolution
// A/RES/65/122 (Spanish), with their dates.
func TestSpanishSample(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(corpusDir(t), "text", "a-res-65-122.es.txt"))
	if err != nil {
		t.Skip(err)
	}
	want := map[string]string{
		"A/RES/59/50":       "2004-12-02",
		"A/RES/64/256":      "2010-03-02",
		"S/RES/1631 (2005)": "2005-10-17",
		"A/RES/49/57":       "",
		"A/RES/49/60":       "",
		"A/65/L.6":          "",
	}
	got := map[string]string{}
	for _, m := range Scan(string(b), "es", "General Assembly") {
		if _, seen := got[m.Symbol]; !seen || got[m.Symbol] == "" {
			got[m.Symbol] = m.Date
		}
	}
	for sym, date := range want {
		d, ok := got[sym]
		if !ok {
			t.Errorf("%s not found; got %v", sym, got)
		} else if d != date {
			t.Errorf("%s: date %q, want %q", sym, d, date)
		}
	}
}

// TestTextGold measures recall of the resolutions the UN linked in the
// plain-text files (PDF extractions, old SC texts).
func TestTextGold(t *testing.T) {
	dir := filepath.Join(corpusDir(t), "text")
	b, err := os.ReadFile(filepath.Join(dir, "gold.json"))
	if err != nil {
		t.Skip(err)
	}
	var gold map[string]struct {
		Citations []string `json:"citations"`
	}
	if err := json.Unmarshal(b, &gold); err != nil {
		t.Fatal(err)
	}
	total, hit := 0, 0
	for name, g := range gold {
		text, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			continue
		}
		parts := strings.Split(name, ".")
		lang := parts[len(parts)-2]
		organ := "General Assembly"
		if strings.HasPrefix(name, "sc-") {
			organ = "Security Council"
		}
		found := map[string]bool{}
		for _, m := range Scan(string(text), lang, organ) {
			found[normKey(m.Symbol)] = true
		}
		for _, c := range g.Citations {
			if !strings.Contains(c, "/RES/") {
				continue
			}
			total++
			if found[normKey(c)] {
				hit++
			} else {
				t.Logf("%s: missing %s", name, c)
			}
		}
	}
	t.Logf("text gold: %d/%d resolutions found (%.1f%%)", hit, total, 100*float64(hit)/float64(max(1, total)))
	if hit*100 < total*95 {
		t.Errorf("text recall %d/%d below 95%%", hit, total)
	}
}
