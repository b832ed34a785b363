package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"resolute/library"
	"resolute/termsafe"
)

// newSearchCommand builds "resolute search QUERY".
func newSearchCommand() *cobra.Command {
	var q queryFlags
	c := &cobra.Command{
		Use:   "search QUERY",
		Short: "Search the paragraphs of the library",
		Long:  `Search the paragraphs of the library, best first (bm25). The words of QUERY must all appear in a paragraph; an argument of several words, quoted for the shell, is a phrase; OR between two terms takes either; a final * makes a prefix. Case and accents are folded (resolucion finds resolución), and Chinese is found as a substring (和平 in 可持续和平).`,
		Example: `resolute search "sustainable peace"
resolute search 可持续和平
resolute search --lang fr "maintien de la paix" OR sécurité --format json`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := q.validate(true); err != nil {
				return usageErrorf(cmd, "%v", err)
			}
			return runSearch(cmd, q, shellQuery(args), cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
	addQueryFlags(c, &q, "all", true)
	return c
}

// runSearch prints the paragraphs of the library matching query.
func runSearch(cmd *cobra.Command, q queryFlags, query string, stdout, stderr io.Writer) error {
	lib, _, err := readyLibrary(cmd, stderr)
	if err != nil {
		return err
	}
	defer lib.Close()
	lang := q.lang
	if lang == "all" {
		lang = ""
	}
	hits, err := lib.Search(query, lang, q.limit)
	if err != nil {
		return errors.New(termsafe.Filter(err.Error()))
	}
	if q.format == "json" {
		return writeJSON(stdout, searchJSON(hits))
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
	// Every part is filtered above: the bold of the marks stays.
	_, err = io.WriteString(stdout, b.String())
	return err
}

// shellQuery joins the query's arguments, each argument of several words
// made a phrase: the user quoted it for the shell, `resolute search
// "sustainable peace"`, while `resolute search sustainable peace` asks for
// both words anywhere in a paragraph.
func shellQuery(args []string) string {
	var parts []string
	for _, a := range args {
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
