package export

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"

	"resolute/compare"
	"resolute/content/input"
	"resolute/termsafe"
)

// DiffJSON returns the comparison as indented JSON: {"old", "new",
// "summary", "pairs": [{"op", "old", "new", "words": [{"op", "text"}], …}]},
// every document text cleaned of control characters and escape sequences.
func DiffJSON(r *compare.Result) ([]byte, error) {
	clean := *r
	clean.Old, clean.New = input.Clean(r.Old), input.Clean(r.New)
	clean.Pairs = make([]compare.Pair, len(r.Pairs))
	for i, p := range r.Pairs {
		p.Words = cleanWords(p.Words)
		p.Tail = cleanWords(p.Tail)
		clean.Pairs[i] = p
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(&clean); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

func cleanWords(ws []compare.Word) []compare.Word {
	if ws == nil {
		return nil
	}
	out := make([]compare.Word, len(ws))
	for i, w := range ws {
		w.Text = input.Clean(w.Text)
		out[i] = w
	}
	return out
}

// DiffText returns the comparison as plain text: a heading and the summary,
// then every pair, a line naming it ("OP5 · changed · was OP4") above its
// text, with deletions as [-…-] and insertions as {+…+}. Minor changes
// (white space, typography, footnote markers) show only their new form. A
// paragraph break added by a split shows as {+¶+}, one removed by a merge as
// [-¶-].
func DiffText(r *compare.Result) string {
	var sb strings.Builder
	for _, l := range SummaryLines(r) {
		sb.WriteString(l + "\n")
	}
	for _, p := range r.Pairs {
		sb.WriteString("\n" + Heading(p) + "\n")
		indent := strings.Repeat("    ", p.Depth)
		body := textWords(p.Words)
		if len(p.Tail) > 0 {
			body += "\n" + textWords(p.Tail)
		}
		for _, l := range strings.Split(body, "\n") {
			sb.WriteString(indent + l + "\n")
		}
	}
	return termsafe.Filter(sb.String())
}

func textWords(ws []compare.Word) string {
	var sb strings.Builder
	for _, w := range ws {
		t := input.Clean(w.Text)
		switch {
		case w.Op == compare.WordEqual:
			sb.WriteString(t)
		case w.Minor:
			if w.Op == compare.WordInsert {
				sb.WriteString(t)
			}
		case w.Op == compare.WordDelete:
			sb.WriteString(mark(t, "[-", "-]"))
		default:
			sb.WriteString(mark(t, "{+", "+}"))
		}
	}
	return sb.String()
}

// mark wraps each line of t in open and close; a line break becomes a
// pilcrow inside the markers, followed, for an insertion, by the break.
func mark(t, open, close string) string {
	if !strings.Contains(t, "\n") {
		return open + t + close
	}
	var sb strings.Builder
	lines := strings.Split(t, "\n")
	for i, l := range lines {
		if i < len(lines)-1 {
			sb.WriteString(open + l + "¶" + close)
			if open == "{+" {
				sb.WriteString("\n")
			}
		} else if l != "" {
			sb.WriteString(open + l + close)
		}
	}
	return sb.String()
}

// Heading names a pair as the outputs show it above its text: its ids
// ("OP5", "OP3, OP4" for a split; "old OP7" for a deletion), its op unless
// equal or said by the note, and its note: "OP5 · changed · was OP4",
// "PP2 · moved from PP3".
func Heading(p compare.Pair) string {
	ids, prefix := p.New, ""
	if len(ids) == 0 {
		ids, prefix = p.Old, "old "
	}
	names := make([]string, len(ids))
	for i, id := range ids {
		names[i] = compare.Display(input.Clean(id))
	}
	h := prefix + strings.Join(names, ", ")
	if h == "title" {
		h = "Title"
	}
	if p.Op != compare.Equal && !strings.HasPrefix(p.Note, string(p.Op)) {
		h += " · " + string(p.Op) // "moved from PP7" says moved already
	}
	if p.Note != "" {
		h += " · " + input.Clean(p.Note)
	}
	return h
}

// SummaryLines returns the heading of a comparison ("A/RES/76/144 → A/RES/78/185")
// and its summary: a line for the paragraphs, one per part when there are
// several, and lines for the annexes, sub-paragraphs and footnotes when they
// have any.
func SummaryLines(r *compare.Result) []string {
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
		counts compare.Counts
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
func CountsText(c compare.Counts) string {
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

// DiffMarkdown returns the comparison as Markdown: the summary, then each
// pair's heading in italics and its text, deletions as ~~…~~ and insertions
// as **…**. Document text is escaped, so it never makes Markdown of its own.
func DiffMarkdown(r *compare.Result) string {
	var sb strings.Builder
	lines := SummaryLines(r)
	sb.WriteString("# " + termsafe.EscapeMarkdown(lines[0]) + "\n\n")
	for _, l := range lines[1:] {
		sb.WriteString("- " + termsafe.EscapeMarkdown(strings.TrimSpace(l)) + "\n")
	}
	for _, p := range r.Pairs {
		sb.WriteString("\n*" + termsafe.EscapeMarkdown(Heading(p)) + "*\n\n")
		body := markdownWords(p.Words)
		if len(p.Tail) > 0 {
			body += "\\\n" + markdownWords(p.Tail)
		}
		sb.WriteString(body + "\n")
	}
	return termsafe.Filter(sb.String())
}

func markdownWords(ws []compare.Word) string {
	var sb strings.Builder
	for _, w := range ws {
		t := input.Clean(w.Text)
		switch {
		case w.Op == compare.WordEqual:
			sb.WriteString(mdText(t))
		case w.Minor:
			if w.Op == compare.WordInsert {
				sb.WriteString(mdText(t))
			}
		case w.Op == compare.WordDelete:
			sb.WriteString(mdMark(t, "~~"))
		default:
			sb.WriteString(mdMark(t, "**"))
		}
	}
	return sb.String()
}

// mdText escapes text for a Markdown paragraph; a line break (between the
// paragraphs of a split or merge) becomes a hard break.
func mdText(t string) string {
	lines := strings.Split(t, "\n")
	for i, l := range lines {
		lines[i] = mdEscape(l)
	}
	return strings.Join(lines, "\\\n")
}

// mdEscape escapes one line of text, keeping its leading white space as one
// space (termsafe.EscapeMarkdown drops it, and the run may follow a word).
func mdEscape(l string) string {
	rest := strings.TrimLeft(l, " \t")
	if rest == l {
		return termsafe.EscapeMarkdown(l)
	}
	return " " + termsafe.EscapeMarkdown(rest)
}

// mdMark wraps text in a Markdown emphasis marker, leaving the white space
// at its ends outside (CommonMark ignores a marker next to a space); a line
// break becomes a pilcrow inside the marker, followed, for an insertion, by
// a hard break.
func mdMark(t, m string) string {
	var sb strings.Builder
	lines := strings.Split(t, "\n")
	for i, l := range lines {
		brk := i < len(lines)-1
		if brk {
			l += "¶"
		}
		core := strings.TrimSpace(l)
		if core == "" {
			if l != "" {
				sb.WriteString(" ")
			}
			continue
		}
		lead := l[:strings.Index(l, core)]
		trail := l[len(lead)+len(core):]
		sb.WriteString(oneSpace(lead) + m + termsafe.EscapeMarkdown(core) + m + oneSpace(trail))
		if brk && m == "**" {
			sb.WriteString("\\\n")
		}
	}
	return sb.String()
}

// oneSpace is " " for white space, "" for none.
func oneSpace(s string) string {
	if s == "" {
		return ""
	}
	return " "
}
