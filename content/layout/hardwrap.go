package layout

import "strings"

// maxSniff bounds the bytes HardWrapped looks at.
const maxSniff = 1 << 18

// HardWrapped reports whether text looks hard-wrapped and needs Canonical:
// it carries page furniture (page numbers, job numbers, footnote rules), or
// many of its lines run on into the next line without a blank line between
// them. Canonical text has one paragraph per line, so few lines run on.
func HardWrapped(text string) bool {
	if len(text) > maxSniff {
		text = text[:maxSniff]
	}
	furnitureLines, nonblank, runOn := 0, 0, 0
	prev := ""
	for l := range strings.SplitSeq(text, "\n") {
		t := strings.TrimSpace(strings.ReplaceAll(l, "\f", ""))
		if isFurniture(t) || isRule(t) {
			furnitureLines++
		}
		if t != "" {
			nonblank++
			if prev != "" {
				runOn++
			}
		}
		prev = t
	}
	if furnitureLines >= 2 {
		return true
	}
	return nonblank >= 4 && runOn*4 > nonblank
}
