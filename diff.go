package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"resolute/compare"
	"resolute/content"
	"resolute/export"
)

// diffUsage is printed with every usage error of the diff command.
const diffUsage = "usage: resolute diff OLD NEW [--format json|text|markdown|ansi] [--width N] [--lang CODE]"

// runDiff is the diff command: it compares two versions of a resolution
// (files as the reader opens them) and prints the track changes. It returns
// the exit status.
func runDiff(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("resolute diff", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	format := fs.String("format", "", "print as json, text, markdown or ansi (default: ansi on a terminal, text otherwise)")
	width := fs.Int("width", 0, "wrap width of --format ansi (default: the terminal's, or 80)")
	lang := fs.String("lang", "", "language of plain-text inputs: ar, en, es, fr, ru or zh (default: detected)")
	var files []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				fmt.Fprintln(stderr, diffUsage)
				fs.SetOutput(stderr)
				fs.PrintDefaults()
				return exitOK
			}
			fmt.Fprintf(stderr, "resolute diff: %v\n%s\n", err, diffUsage)
			return exitUsage
		}
		if fs.NArg() == 0 {
			break
		}
		files = append(files, fs.Arg(0))
		args = fs.Args()[1:]
	}
	usage := func(msg string) int {
		fmt.Fprintf(stderr, "resolute diff: %s\n%s\n", msg, diffUsage)
		return exitUsage
	}
	switch {
	case len(files) != 2:
		return usage(fmt.Sprintf("two files to compare (got %d)", len(files)))
	case *width < 0 || *width > 1000:
		return usage(fmt.Sprintf("width %d out of range (1 to 1000)", *width))
	}
	switch *lang {
	case "", "ar", "en", "es", "fr", "ru", "zh":
	default:
		return usage(fmt.Sprintf("unknown language %q: use ar, en, es, fr, ru or zh", *lang))
	}
	if *format == "" {
		*format = "text"
		if isTerminal(stdout) && os.Getenv("NO_COLOR") == "" {
			*format = "ansi"
		}
	}
	switch *format {
	case "json", "text", "markdown", "md", "ansi":
	default:
		return usage(fmt.Sprintf("unknown format %q: use json, text, markdown or ansi", *format))
	}
	var docs [2]*content.Document
	for i, f := range files {
		if f == "-" {
			return usage("standard input cannot be compared; name two files")
		}
		d, err := load(f, *lang, nil)
		if err != nil {
			fmt.Fprintf(stderr, "resolute: %v\n", err)
			return exitError
		}
		docs[i] = d
	}
	res := compare.Documents(docs[0], docs[1])
	var out []byte
	switch *format {
	case "json":
		b, err := export.DiffJSON(res)
		if err != nil {
			fmt.Fprintf(stderr, "resolute: %v\n", err)
			return exitError
		}
		out = b
	case "text":
		out = []byte(export.DiffText(res))
	case "markdown", "md":
		out = []byte(export.DiffMarkdown(res))
	case "ansi":
		if os.Getenv("NO_COLOR") != "" {
			out = []byte(export.DiffText(res))
			break
		}
		if *width == 0 {
			*width = terminalWidth(stdout, 80)
		}
		out = []byte(export.DiffANSI(res, *width))
	}
	if _, err := stdout.Write(out); err != nil {
		fmt.Fprintf(stderr, "resolute: %v\n", err)
		return exitError
	}
	return exitOK
}
