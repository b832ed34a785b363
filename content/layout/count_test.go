package layout

import (
	"regexp"
	"strings"
	"unicode"
)

// counts is what the parser is expected to find in canonical text.
type counts struct {
	preamble, operative, footnotes int
}

// closingRe matches the meeting lines that end a resolution.
var closingRe = regexp.MustCompile(`(?i)^(\d+\w* (\(resumed\) )?plenary meeting|adopted (unanimously )?at the|adopted by \d+|adopted without)`)

// countParagraphs counts paragraphs of canonical text roughly as the text
// parser will: after the enacting formula, unnumbered paragraphs before the
// first numbered one of a part are preambular, numbered ones are operative,
// and everything from the first annex heading on is left out.
func countParagraphs(text string) counts {
	var c counts
	paras := strings.Split(text, "\n\n")
	started, seenOp, afterLabel := false, false, false
	for _, p := range paras {
		p = strings.TrimSpace(p)
		switch {
		case p == "":
			continue
		case isSuper(firstRune(p)):
			c.footnotes++
			continue
		case !started:
			started = formulaRe().MatchString(p)
			continue
		case annexRe().MatchString(p):
			started = false
			continue
		case sectionRe().MatchString(p):
			// Roman numerals open parts; letters open subsections.
			if !strings.ContainsAny(p[:1], "ABCDEFGHJKMNOPQRSTUWYZ") {
				seenOp = false
			}
			afterLabel = true
			continue
		case afterLabel:
			afterLabel = false
			if !strings.HasSuffix(p, ",") {
				continue
			}
		}
		switch {
		case closingRe.MatchString(p), sectionTitleRe().MatchString(p) && !strings.HasSuffix(p, ","):
		case numberLeadRe().MatchString(p):
			c.operative++
			seenOp = true
		case itemRe().MatchString(p), formulaRe().MatchString(p):
		case !seenOp && unicode.IsUpper(firstRune(p)):
			if w := firstWord(p); strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
				continue // an unnumbered operative paragraph: "Approves the report."
			}
			c.preamble++
		}
	}
	return c
}
