package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"

	"github.com/spf13/cobra"

	"resolute/library"
	"resolute/termsafe"
)

// queryFlags are the flags cited-by and search share.
type queryFlags struct {
	lang   string
	format string
	limit  int
}

// addQueryFlags defines a query command's flags on c, bound to q.
func addQueryFlags(c *cobra.Command, q *queryFlags, langDefault string, withLimit bool) {
	fs := c.Flags()
	fs.SortFlags = false
	fs.StringVarP(&q.lang, "lang", "l", "", "documents in ar, en, es, fr, ru, zh, de, or all\n(default: "+langDefault+")")
	fs.StringVarP(&q.format, "format", "f", "text", "text or json")
	if withLimit {
		fs.IntVarP(&q.limit, "limit", "n", 20, "at most this many paragraphs")
	}
	fixed := func(values []string) cobra.CompletionFunc {
		return cobra.FixedCompletions(values, cobra.ShellCompDirectiveNoFileComp)
	}
	c.RegisterFlagCompletionFunc("lang", fixed([]string{"all", "ar", "de", "en", "es", "fr", "ru", "zh"}))
	c.RegisterFlagCompletionFunc("format", fixed([]string{"text", "json"}))
}

// validate checks a query command's flags.
func (q queryFlags) validate(withLimit bool) error {
	switch {
	case q.format != "text" && q.format != "json":
		return fmt.Errorf("unknown format %q: use text or json", q.format)
	case q.lang != "" && q.lang != "all" && !knownLanguage(q.lang):
		return fmt.Errorf("unknown language %q: use ar, en, es, fr, ru, zh, de or all", q.lang)
	case withLimit && (q.limit < 1 || q.limit > 10000):
		return fmt.Errorf("limit %d out of range (1 to 10000)", q.limit)
	}
	return nil
}

func knownLanguage(l string) bool {
	switch l {
	case "ar", "en", "es", "fr", "ru", "zh", "de":
		return true
	}
	return false
}

// readyLibrary returns the user's library with its index built: a library
// never indexed is indexed first, with progress on stderr. The caller
// closes it.
func readyLibrary(cmd *cobra.Command, stderr io.Writer) (*library.Library, library.Remembered, error) {
	lib, _, rem := newLibrary(stderr)
	if len(lib.Folders()) == 0 {
		lib.Close()
		return nil, rem, errors.New("no library folders: index one first (resolute index DIR) or set RESOLUTE_LIBRARY")
	}
	if !lib.Indexed() {
		fmt.Fprintf(stderr, "resolute: indexing the library first (%s)\n", termsafe.Filter(strings.Join(lib.Folders(), ", ")))
		ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt)
		_, err := scanWithProgress(ctx, lib, stderr)
		stop()
		if err != nil {
			lib.Close()
			return nil, rem, errors.New(termsafe.Filter(err.Error()))
		}
	}
	return lib, rem, nil
}

// newCitedByCommand builds "resolute cited-by SYMBOL".
func newCitedByCommand() *cobra.Command {
	var q queryFlags
	c := &cobra.Command{
		Use:   "cited-by SYM",
		Short: "The documents of the library citing SYM",
		Long:  `List the documents of the library citing SYM, newest first, each with the paragraphs that cite it and a line of text around the mention. SYM is a symbol written any way the UN does: A/RES/75/1, 75/1, "S/RES/2334 (2016)", 2334 (2016).`,
		Example: `resolute cited-by A/RES/75/1
resolute cited-by "S/RES/2334 (2016)" --lang all --format json`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := q.validate(false); err != nil {
				return usageErrorf(cmd, "%v", err)
			}
			return runCitedBy(cmd, q, strings.Join(args, " "), cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
	addQueryFlags(c, &q, "the language of the last document read, else en", false)
	return c
}

// runCitedBy prints the documents of the library citing symbol.
func runCitedBy(cmd *cobra.Command, q queryFlags, symbol string, stdout, stderr io.Writer) error {
	lib, rem, err := readyLibrary(cmd, stderr)
	if err != nil {
		return err
	}
	defer lib.Close()
	lang := q.lang
	switch lang {
	case "all":
		lang = ""
	case "":
		lang = rem.Language
		if lang == "" {
			lang = "en"
		}
	}
	citers, err := lib.CitedBy(symbol, lang)
	if err != nil {
		return errors.New(termsafe.Filter(err.Error()))
	}
	if q.format == "json" {
		return writeJSON(stdout, citedByJSON(citers))
	}
	mark := markStyle(stdout)
	var b strings.Builder
	for _, c := range citers {
		fmt.Fprintf(&b, "%s (%s)", termsafe.Filter(c.Symbol), c.Language)
		if c.Date != "" {
			b.WriteString(" " + termsafe.Filter(c.Date))
		}
		if c.Title != "" {
			b.WriteString("  " + termsafe.Filter(oneLine(c.Title)))
		}
		b.WriteString("\n")
		for _, m := range c.Mentions {
			id := m.Paragraph
			if m.Footnote != "" {
				id += " note " + m.Footnote
			}
			fmt.Fprintf(&b, "  %-8s %s\n", termsafe.Filter(id), mark(m.Snippet, m.Mark))
		}
	}
	where := "in " + lang
	if lang == "" {
		where = "in any language"
	}
	fmt.Fprintf(&b, "%s citing %s %s\n", plural(len(citers), "document", "documents"), termsafe.Filter(symbol), where)
	_, err = io.WriteString(stdout, b.String())
	return err
}

// markStyle returns how a snippet's mark is shown on w: in bold on a
// terminal (unless NO_COLOR), as it is otherwise. The text is filtered by
// termsafe before the bold is added.
func markStyle(w io.Writer) func(s string, mark [2]int) string {
	if !isTerminal(w) || os.Getenv("NO_COLOR") != "" {
		return func(s string, _ [2]int) string { return s }
	}
	return func(s string, mark [2]int) string {
		if mark[0] < 0 || mark[1] > len(s) || mark[0] >= mark[1] {
			return termsafe.Filter(s)
		}
		return termsafe.Filter(s[:mark[0]]) + "\x1b[1m" + termsafe.Filter(s[mark[0]:mark[1]]) + "\x1b[22m" + termsafe.Filter(s[mark[1]:])
	}
}

// citedByJSON is the JSON form of cited-by's answer.
func citedByJSON(citers []library.Citer) any {
	type mention struct {
		Paragraph string `json:"paragraph"`
		Footnote  string `json:"footnote,omitempty"`
		Snippet   string `json:"snippet"`
	}
	type citer struct {
		Symbol   string    `json:"symbol"`
		Language string    `json:"language"`
		Path     string    `json:"path"`
		Date     string    `json:"date"`
		Title    string    `json:"title"`
		Mentions []mention `json:"mentions"`
	}
	out := make([]citer, len(citers))
	for i, c := range citers {
		out[i] = citer{Symbol: safe(c.Symbol), Language: c.Language, Path: safe(c.Path), Date: safe(c.Date), Title: safe(c.Title), Mentions: make([]mention, len(c.Mentions))}
		for j, m := range c.Mentions {
			out[i].Mentions[j] = mention{Paragraph: safe(m.Paragraph), Footnote: safe(m.Footnote), Snippet: safe(m.Snippet)}
		}
	}
	return out
}

// safe is s cleaned for the terminal: JSON escapes control characters
// below U+0020 but not the others termsafe drops (C1 controls, bidi
// overrides).
func safe(s string) string { return termsafe.Filter(s) }

// writeJSON writes v as indented JSON.
func writeJSON(stdout io.Writer, v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	_, err = stdout.Write(append(b, '\n'))
	return err
}
