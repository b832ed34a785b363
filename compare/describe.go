package compare

import (
	"fmt"
	"strings"

	"resolute/content/input"
)

// Heading names a pair as every printed form of a comparison shows it above
// its text: its ids ("OP5", "OP3, OP4" for a split; "old OP7" for a
// deletion), its op unless equal or said by the note, and its note:
// "OP5 · changed · was OP4", "PP2 · moved from PP3". Control characters of
// the ids and note are dropped.
func Heading(p Pair) string {
	ids, prefix := p.New, ""
	if len(ids) == 0 {
		ids, prefix = p.Old, "old "
	}
	h := prefix + DisplayIDs(ids)
	if h == "title" {
		h = "Title"
	}
	if p.Op != Equal && !strings.HasPrefix(p.Note, string(p.Op)) {
		h += " · " + string(p.Op) // "moved from PP7" says moved already
	}
	if p.Note != "" {
		h += " · " + input.Clean(p.Note)
	}
	return h
}

// DisplayIDs names ids as a heading does: "OP3, OP4".
func DisplayIDs(ids []string) string {
	names := make([]string, len(ids))
	for i, id := range ids {
		names[i] = Display(input.Clean(id))
	}
	return strings.Join(names, ", ")
}

// SummaryLines returns the heading of a comparison ("A/RES/76/144 →
// A/RES/78/185") and its summary: a line for the paragraphs, one per part
// when there are several, and lines for the annexes, sub-paragraphs and
// footnotes when they have any.
func SummaryLines(r *Result) []string {
	s := r.Summary
	lines := []string{fmt.Sprintf("%s → %s", orUnknown(input.Clean(r.Old)), orUnknown(input.Clean(r.New)))}
	lines = append(lines, "Paragraphs: "+CountsText(s.Paragraphs))
	if len(s.Parts) > 1 {
		for _, p := range s.Parts {
			lines = append(lines, fmt.Sprintf("  Part %s: preamble %s; operative %s",
				orUnknown(input.Clean(p.Part)), CountsText(p.Preamble), CountsText(p.Operative)))
		}
	}
	for _, c := range []struct {
		name   string
		counts Counts
	}{{"Annex paragraphs", s.Annexes}, {"Sub-paragraphs", s.Items}, {"Footnotes", s.Footnotes}} {
		if c.counts.Total() > 0 {
			lines = append(lines, c.name+": "+CountsText(c.counts))
		}
	}
	return lines
}

func orUnknown(s string) string {
	if s == "" {
		return "(no symbol)"
	}
	return s
}

// CountsText says counts in words: "40 equal, 6 changed, 2 inserted (3
// renumbered, 8 with typography changes only)"; "none" when empty.
func CountsText(c Counts) string {
	var parts []string
	for _, f := range []struct {
		n    int
		name string
	}{
		{c.Equal, "equal"}, {c.Changed, "changed"}, {c.Inserted, "inserted"}, {c.Deleted, "deleted"},
		{c.Moved, "moved"}, {c.Split, "split"}, {c.Merged, "merged"},
	} {
		if f.n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", f.n, f.name))
		}
	}
	if len(parts) == 0 {
		return "none"
	}
	out := strings.Join(parts, ", ")
	var extra []string
	if c.Renumbered > 0 {
		extra = append(extra, fmt.Sprintf("%d renumbered", c.Renumbered))
	}
	if c.Typography > 0 {
		extra = append(extra, fmt.Sprintf("%d with typography changes only", c.Typography))
	}
	if len(extra) > 0 {
		out += " (" + strings.Join(extra, ", ") + ")"
	}
	return out
}

// Similarity says how alike two short texts are, such as two titles: the
// Dice coefficient of their word bigrams, case folded (character bigrams
// in Chinese), the measure the alignment weighs paragraphs by: 1 for the
// same words in the same order, 0 for nothing shared.
func Similarity(a, b string) float64 {
	return dice(features(a), features(b))
}
