package export

import (
	"bytes"
	"encoding/json"
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
	for _, l := range compare.SummaryLines(r) {
		sb.WriteString(l + "\n")
	}
	for _, p := range r.Pairs {
		sb.WriteString("\n" + compare.Heading(p) + "\n")
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

// DiffMarkdown returns the comparison as Markdown: the summary, then each
// pair's heading in italics and its text, deletions as ~~…~~ and insertions
// as **…**. Document text is escaped, so it never makes Markdown of its own.
func DiffMarkdown(r *compare.Result) string {
	var sb strings.Builder
	lines := compare.SummaryLines(r)
	sb.WriteString("# " + termsafe.EscapeMarkdown(lines[0]) + "\n\n")
	for _, l := range lines[1:] {
		sb.WriteString("- " + termsafe.EscapeMarkdown(strings.TrimSpace(l)) + "\n")
	}
	for _, p := range r.Pairs {
		sb.WriteString("\n*" + termsafe.EscapeMarkdown(compare.Heading(p)) + "*\n\n")
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
