package main

import (
	"fmt"
	"io"
	"strings"

	"resolute/library"
	"resolute/termsafe"
)

// searchUsage is printed with a usage error of `resolute search`.
const searchUsage = `usage: resolute search [--lang CODE|all] [--format text|json] [--limit N] QUERY`

// runSearch is `resolute search QUERY`: the paragraphs of the library
// matching QUERY, best first.
func runSearch(args []string, stdout, stderr io.Writer) int {
	q, _, code, ok := parseQueryFlags("search", searchUsage, args, stderr, true)
	if !ok {
		return code
	}
	query := shellQuery(args)
	lib, _, ok := readyLibrary("search", stderr)
	if !ok {
		return exitError
	}
	defer lib.Close()
	lang := q.lang
	if lang == "all" {
		lang = ""
	}
	hits, err := lib.Search(query, lang, q.limit)
	if err != nil {
		fmt.Fprintf(stderr, "resolute search: %s\n", termsafe.Filter(err.Error()))
		return exitError
	}
	if q.format == "json" {
		return writeJSON(stdout, stderr, searchJSON(hits))
	}
	mark := markStyle(stdout)
	var b strings.Builder
	for _, h := range hits {
		id := h.Paragraph
		if h.Footnote != "" {
			id += " note " + h.Footnote
		}
		fmt.Fprintf(&b, "%s (%s) %s\n", termsafe.Filter(h.Symbol), h.Language, termsafe.Filter(id))
		fmt.Fprintf(&b, "    %s\n", mark(h.Snippet, h.Mark))
	}
	switch {
	case len(hits) == 0:
		b.WriteString("no paragraph found\n")
	case len(hits) == q.limit:
		fmt.Fprintf(&b, "the %s best paragraphs (--limit N for more)\n", thousands(len(hits)))
	default:
		fmt.Fprintf(&b, "%s\n", plural(len(hits), "paragraph", "paragraphs"))
	}
	// The parts are filtered above: the bold of the marks stays.
	io.WriteString(stdout, b.String())
	return exitOK
}

// shellQuery joins the query's arguments, each argument of several words
// made a phrase: the user quoted it for the shell, `resolute search
// "sustainable peace"`, while `resolute search sustainable peace` asks for
// both words anywhere in a paragraph. Flags are left out.
func shellQuery(args []string) string {
	var parts []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if strings.HasPrefix(a, "-") && a != "-" {
			if !strings.Contains(a, "=") && (a == "--lang" || a == "-lang" || a == "--format" || a == "-format" || a == "--limit" || a == "-limit") {
				i++ // the flag's value
			}
			continue
		}
		if strings.ContainsAny(a, " \t") && !strings.ContainsAny(a, "\"“”«»„「」") {
			a = `"` + a + `"`
		}
		parts = append(parts, a)
	}
	return strings.Join(parts, " ")
}

// searchJSON is the JSON form of search's answer.
func searchJSON(hits []library.Hit) any {
	type hit struct {
		Symbol    string `json:"symbol"`
		Language  string `json:"language"`
		Paragraph string `json:"paragraph"`
		Footnote  string `json:"footnote,omitempty"`
		Snippet   string `json:"snippet"`
		Path      string `json:"path"`
	}
	out := make([]hit, len(hits))
	for i, h := range hits {
		out[i] = hit{Symbol: safe(h.Symbol), Language: h.Language, Paragraph: safe(h.Paragraph), Footnote: safe(h.Footnote), Snippet: safe(h.Snippet), Path: safe(h.Path)}
	}
	return out
}
