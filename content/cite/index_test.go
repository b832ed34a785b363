package cite

import (
	"strings"
	"testing"
)

// TestIndexVia checks indexVia against strings.Index for every start and
// every choice of the byte searched for.
func TestIndexVia(t *testing.T) {
	texts := []string{"", "e", "esolution", "resolution resolutions", "eesolutionesolution", "esolutio", "xxesolutionx",
		"Резолюция резолюции", "决议决定决议", "ésolution résolution", "\xffesolution\xff"}
	anchors := []string{"esolution", "езолюци", "决议", "ésolution", "e", "ee"}
	for _, s := range texts {
		for _, a := range anchors {
			for k := range len(a) {
				for i := 0; i <= len(s); i++ {
					want := strings.Index(s[i:], a)
					if want >= 0 {
						want += i
					}
					if got := indexVia(s, i, a, k); got != want {
						t.Errorf("indexVia(%q, %d, %q, %d) = %d, want %d", s, i, a, k, got, want)
					}
				}
			}
		}
	}
	freq := byteCounts("eeee sss u")
	if k := rarestByte("esolution", freq); "esolution"[k] != 'o' {
		t.Errorf("rarestByte chose %q", "esolution"[k])
	}
}
