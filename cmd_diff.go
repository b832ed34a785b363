package main

import (
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"resolute/compare"
	"resolute/content"
	"resolute/export"
	"resolute/render"
)

// diffConfig is what the diff command's flags ask for.
type diffConfig struct {
	format string // "", json, text, markdown or ansi
	width  int    // wrap width for ansi; 0 for the terminal's
	lang   string // forced language of plain-text inputs, or ""
}

// newDiffCommand builds `resolute diff OLD NEW`: the track changes between
// two versions of a resolution (files as the reader opens them).
func newDiffCommand(stdout io.Writer) *cobra.Command {
	cfg := &diffConfig{}
	cmd := &cobra.Command{
		Use:   "diff OLD NEW",
		Short: "Compare two versions, paragraphs aligned",
		Long: "Compares two versions of a resolution (last year's and this year's, the draft and\n" +
			"the adopted text), aligned paragraph by paragraph however the numbering moved,\n" +
			"and prints the track changes: deleted words struck through in red and inserted\n" +
			"ones underlined in green, [-…-] and {+…+} as text, ~~…~~ and **…** as Markdown.",
		Example: "  resolute diff A-RES-78-185.en.xml A-RES-79-199.en.xml\n" +
			"  resolute diff -f json old.txt new.xml | jq .summary",
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) != 2 {
				return usageErrorf(cmd, "two files to compare (got %d)", len(args))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := cfg.validate(); err != nil {
				return usageErrorf(cmd, "%v", err)
			}
			for _, f := range args {
				if f == "-" {
					return usageErrorf(cmd, "standard input cannot be compared; name two files")
				}
			}
			return runDiff(*cfg, args[0], args[1], stdout)
		},
	}
	addDiffFlags(cmd.Flags(), cfg)
	fixed := func(values ...string) cobra.CompletionFunc {
		return cobra.FixedCompletions(values, cobra.ShellCompDirectiveNoFileComp)
	}
	for name, f := range map[string]cobra.CompletionFunc{
		"format": fixed("json", "text", "markdown", "ansi"),
		"lang":   fixed("ar", "en", "es", "fr", "ru", "zh"),
		"width":  fixed(),
	} {
		if err := cmd.RegisterFlagCompletionFunc(name, f); err != nil {
			panic(err) // the flags are defined just above: a typo
		}
	}
	return cmd
}

// addDiffFlags defines the diff command's flags on fs, bound to c.
func addDiffFlags(fs *pflag.FlagSet, c *diffConfig) {
	fs.SortFlags = false
	fs.StringVarP(&c.format, "format", "f", "", "json, text, markdown or ansi (default: ansi on a\nterminal, text otherwise)")
	fs.IntVarP(&c.width, "width", "w", 0, "columns of -f ansi (default: terminal, $COLUMNS, 80)")
	fs.StringVarP(&c.lang, "lang", "l", "", "language of plain-text inputs (default: detected)")
}

// validate checks the flags' values and normalises them ("md" is markdown).
func (c *diffConfig) validate() error {
	switch c.format {
	case "", "json", "text", "markdown", "ansi":
	case "md":
		c.format = "markdown"
	default:
		return fmt.Errorf("unknown format %q: use json, text, markdown or ansi", c.format)
	}
	if c.width < 0 || c.width > 1000 {
		return fmt.Errorf("width %d out of range (1 to 1000)", c.width)
	}
	return (&config{lang: c.lang}).validate()
}

// runDiff compares the files old and new and prints the track changes to
// stdout in cfg.format.
func runDiff(cfg diffConfig, old, new string, stdout io.Writer) error {
	var docs [2]*content.Document
	for i, f := range []string{old, new} {
		d, err := load(f, cfg.lang, nil)
		if err != nil {
			return err
		}
		docs[i] = d
	}
	res := compare.Documents(docs[0], docs[1])
	format := cfg.format
	if format == "" {
		format = "text"
		if isTerminal(stdout) {
			format = "ansi"
		}
	}
	if format == "ansi" && os.Getenv("NO_COLOR") != "" {
		format = "text"
	}
	var out []byte
	switch format {
	case "json":
		b, err := export.DiffJSON(res)
		if err != nil {
			return err
		}
		out = b
	case "text":
		out = []byte(export.DiffText(res))
	case "markdown":
		out = []byte(export.DiffMarkdown(res))
	case "ansi":
		width := cfg.width
		if width == 0 {
			width = ansiWidth(stdout, os.Getenv("COLUMNS"))
		}
		out = []byte(render.DiffANSI(res, width, "dark"))
	}
	_, err := stdout.Write(out)
	return err
}
