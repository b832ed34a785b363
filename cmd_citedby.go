package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"

	"resolute/library"
	"resolute/termsafe"
)

// citedByUsage is printed with a usage error of `resolute cited-by`.
const citedByUsage = "usage: resolute cited-by [--lang CODE|all] [--format text|json] SYMBOL"

// queryFlags are the flags cited-by and search share.
type queryFlags struct {
	lang   string
	format string
	limit  int
}

// parseQueryFlags reads a query command's flags and arguments; the
// arguments are joined by spaces (`cited-by 2334 (2016)` needs no quotes
// around the symbol when the shell allows it).
func parseQueryFlags(name, usage string, args []string, stderr io.Writer, withLimit bool) (queryFlags, string, int, bool) {
	var q queryFlags
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(&q.lang, "lang", "", "the language of the documents: ar, en, es, fr, ru, zh, de, or all")
	fs.StringVar(&q.format, "format", "text", "text or json")
	if withLimit {
		fs.IntVar(&q.limit, "limit", 20, "at most this many paragraphs")
	}
	rest, err := parseInterspersed(fs, args)
	if errors.Is(err, flag.ErrHelp) {
		fmt.Fprintln(stderr, usage)
		fs.SetOutput(stderr)
		fs.PrintDefaults()
		return q, "", exitOK, false
	}
	if err == nil {
		switch {
		case len(rest) == 0:
			err = errors.New("nothing to look for")
		case q.format != "text" && q.format != "json":
			err = fmt.Errorf("unknown format %q: use text or json", q.format)
		case q.lang != "" && q.lang != "all" && !knownLanguage(q.lang):
			err = fmt.Errorf("unknown language %q: use ar, en, es, fr, ru, zh, de or all", q.lang)
		case withLimit && (q.limit < 1 || q.limit > 10000):
			err = fmt.Errorf("limit %d out of range (1 to 10000)", q.limit)
		}
	}
	if err != nil {
		fmt.Fprintf(stderr, "resolute %s: %v\n%s\n", name, err, usage)
		return q, "", exitUsage, false
	}
	return q, strings.Join(rest, " "), exitOK, true
}

func knownLanguage(l string) bool {
	switch l {
	case "ar", "en", "es", "fr", "ru", "zh", "de":
		return true
	}
	return false
}

// readyLibrary returns the user's library with its index built: a library
// never indexed is indexed first, with progress on stderr.
func readyLibrary(name string, stderr io.Writer) (*library.Library, library.Remembered, bool) {
	lib, _, rem := newLibrary(stderr)
	if len(lib.Folders()) == 0 {
		fmt.Fprintf(stderr, "resolute %s: no library folders: index one first (resolute index DIR) or set RESOLUTE_LIBRARY\n", name)
		lib.Close()
		return nil, rem, false
	}
	if !lib.Indexed() {
		fmt.Fprintf(stderr, "resolute %s: indexing the library first (%s)\n", name, termsafe.Filter(strings.Join(lib.Folders(), ", ")))
		ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
		_, err := scanWithProgress(ctx, lib, stderr)
		stop()
		if err != nil {
			fmt.Fprintf(stderr, "resolute %s: %s\n", name, termsafe.Filter(err.Error()))
			lib.Close()
			return nil, rem, false
		}
	}
	return lib, rem, true
}

// runCitedBy is `resolute cited-by SYMBOL`: the documents of the library
// citing SYMBOL, newest first, with the paragraphs that cite it.
func runCitedBy(args []string, stdout, stderr io.Writer) int {
	q, symbol, code, ok := parseQueryFlags("cited-by", citedByUsage, args, stderr, false)
	if !ok {
		return code
	}
	lib, rem, ok := readyLibrary("cited-by", stderr)
	if !ok {
		return exitError
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
		fmt.Fprintf(stderr, "resolute cited-by: %s\n", termsafe.Filter(err.Error()))
		return exitError
	}
	if q.format == "json" {
		return writeJSON(stdout, stderr, citedByJSON(citers))
	}
	mark := markStyle(stdout)
	var b strings.Builder
	for _, c := range citers {
		fmt.Fprintf(&b, "%s (%s)", c.Symbol, c.Language)
		if c.Date != "" {
			b.WriteString(" " + c.Date)
		}
		if c.Title != "" {
			b.WriteString("  " + oneLine(c.Title))
		}
		b.WriteString("\n")
		for _, m := range c.Mentions {
			id := m.Paragraph
			if m.Footnote != "" {
				id += " note " + m.Footnote
			}
			fmt.Fprintf(&b, "  %-8s %s\n", id, mark(m.Snippet, m.Mark))
		}
	}
	where := "in " + lang
	if lang == "" {
		where = "in any language"
	}
	fmt.Fprintf(&b, "%s citing %s %s\n", plural(len(citers), "document", "documents"), symbol, where)
	io.WriteString(stdout, termsafe.Filter(b.String()))
	return exitOK
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
func writeJSON(stdout, stderr io.Writer, v any) int {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		fmt.Fprintf(stderr, "resolute: %v\n", err)
		return exitError
	}
	stdout.Write(append(b, '\n'))
	return exitOK
}
