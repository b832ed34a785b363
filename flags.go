package main

import (
	"fmt"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// config is what the root command's flags ask for.
type config struct {
	format  string // "", json, markdown, text or ansi
	width   int    // wrap width for ansi; 0 for the terminal's
	para    string // paragraph reference
	style   string // "", dark or light
	lang    string // forced language, or ""
	bidi    string // "", auto, visual or logical: how the reader orders Arabic
	measure int    // the reader's widest text in columns; 0 for 100, -1 for none
	with    string // the other version beside it: a language of the library, or a file
}

// addReadFlags defines the root command's flags on fs, bound to c. The
// same definitions make --help, the man page and the shell completions.
func addReadFlags(fs *pflag.FlagSet, c *config) {
	fs.SortFlags = false // in the order below, the most used first
	// Each description fits 80 columns of --help: at most 54 characters a line.
	fs.StringVarP(&c.format, "format", "f", "", "print as json, markdown, text or ansi")
	fs.IntVarP(&c.width, "width", "w", 0, "columns of -f ansi (default: terminal, $COLUMNS, 80)")
	fs.StringVarP(&c.para, "para", "p", "", "open at a paragraph: 3, op3, pp2, 3(a), II.3;\nwith -f, print only that paragraph")
	fs.StringVarP(&c.style, "style", "s", "", "dark or light background (default: detected)")
	fs.StringVarP(&c.lang, "lang", "l", "", "language: ar, en, es, fr, ru, zh (default: detected)")
	fs.StringVar(&c.bidi, "bidi", "", "Arabic on screen: visual, logical or auto (default:\nauto, visual where the terminal does not reorder)")
	fs.StringVar(&c.with, "with", "", "beside it, the same resolution in LANG (from the\nlibrary) or as FILE2: --with fr, --with fr.xml")
	fs.IntVar(&c.measure, "measure", 0, "the reader's widest line in columns (default 100;\n-1: the whole width)")
}

// completeReadFlags registers the shell completions of the flags'
// values on cmd.
func completeReadFlags(cmd *cobra.Command) {
	fixed := func(values []string) cobra.CompletionFunc {
		return cobra.FixedCompletions(values, cobra.ShellCompDirectiveNoFileComp)
	}
	none := cobra.FixedCompletions(nil, cobra.ShellCompDirectiveNoFileComp)
	for name, f := range map[string]cobra.CompletionFunc{
		"format":  fixed([]string{"json", "markdown", "text", "ansi"}),
		"style":   fixed([]string{"dark", "light"}),
		"lang":    fixed([]string{"ar", "en", "es", "fr", "ru", "zh"}),
		"width":   none,
		"para":    none,
		"bidi":    fixed([]string{"auto", "visual", "logical"}),
		"measure": none,
		"with":    cobra.FixedCompletions([]string{"ar", "en", "es", "fr", "ru", "zh"}, cobra.ShellCompDirectiveDefault),
	} {
		// The flags are defined just above: an error here is a typo.
		if err := cmd.RegisterFlagCompletionFunc(name, f); err != nil {
			panic(err)
		}
	}
}

// validate checks the flags' values and normalises them ("md" is
// markdown).
func (c *config) validate() error {
	switch c.format {
	case "", "json", "markdown", "md", "text", "ansi":
	default:
		return fmt.Errorf("unknown format %q: use json, markdown, text or ansi", c.format)
	}
	if c.format == "md" {
		c.format = "markdown"
	}
	switch c.style {
	case "", "dark", "light":
	default:
		return fmt.Errorf("unknown style %q: use dark or light", c.style)
	}
	switch c.lang {
	case "", "ar", "en", "es", "fr", "ru", "zh":
	default:
		return fmt.Errorf("unknown language %q: use ar, en, es, fr, ru or zh", c.lang)
	}
	switch c.bidi {
	case "", "auto", "visual", "logical":
	default:
		return fmt.Errorf("unknown bidi order %q: use visual, logical or auto", c.bidi)
	}
	if c.measure < -1 || c.measure > 1000 || (c.measure > 0 && c.measure < 20) {
		return fmt.Errorf("measure %d out of range (20 to 1000, or -1 for none)", c.measure)
	}
	if c.width < 0 || c.width > 1000 {
		return fmt.Errorf("width %d out of range (1 to 1000)", c.width)
	}
	return nil
}
