package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	tea "charm.land/bubbletea/v2"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"resolute/compare"
	"resolute/content"
	"resolute/export"
	"resolute/library"
	"resolute/render"
	"resolute/ui"
)

// diffConfig is what the diff command's flags ask for.
type diffConfig struct {
	format   string // "", json, text, markdown or ansi
	width    int    // wrap width for ansi; 0 for the terminal's
	lang     string // language of symbols looked up, and forced on plain-text inputs, or ""
	previous bool   // compare the one input with its predecessor in the library
	draft    bool   // compare the one input with its draft in the library
}

// newDiffCommand builds `resolute diff OLD NEW`: the track changes between
// two versions of a resolution, each a file or a symbol of the library;
// with --previous or --draft, between one and its predecessor or draft.
func newDiffCommand(stdout io.Writer) *cobra.Command {
	cfg := &diffConfig{}
	cmd := &cobra.Command{
		Use:   "diff OLD NEW",
		Short: "Compare two versions, paragraphs aligned",
		Long: "Compares two versions of a resolution (last year's and this year's, the draft and\n" +
			"the adopted text), aligned paragraph by paragraph however the numbering moved,\n" +
			"and prints the track changes: deleted words struck through in red and inserted\n" +
			"ones underlined in green, [-…-] and {+…+} as text, ~~…~~ and **…** as Markdown.\n" +
			"OLD and NEW are files, or symbols of the library (an existing file wins).\n" +
			"With --previous or --draft, NEW comes alone. --previous compares it with its\n" +
			"predecessor in the library: the resolution of the latest earlier session of\n" +
			"its series (the same title but for numbers, or one it cites of a like title);\n" +
			"for the Security Council, the newest one it cites on the same agenda item.\n" +
			"--draft compares it with the draft its XML names, when the library holds it.\n" +
			"On a terminal, without --format, the comparison opens in the reader: n and N\n" +
			"go from change to change, s shows it side by side, q quits.",
		Example: "  resolute diff A-RES-77-199.en.xml A-RES-78-185.en.xml\n" +
			"  resolute diff 77/199 78/185 --lang fr\n" +
			"  resolute diff --previous A/RES/79/199\n" +
			"  resolute diff --draft 79/199\n" +
			"  resolute diff -f json old.txt new.xml | jq .summary",
		Args: func(cmd *cobra.Command, args []string) error {
			other := "predecessor"
			if cfg.draft {
				other = "draft"
			}
			switch {
			case cfg.previous && cfg.draft:
				return usageErrorf(cmd, "--previous and --draft cannot be used together")
			case (cfg.previous || cfg.draft) && len(args) != 1:
				return usageErrorf(cmd, "one file or symbol to compare with its %s (got %d)", other, len(args))
			case !cfg.previous && !cfg.draft && len(args) != 2:
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
			return runDiff(cmd, *cfg, args, stdout, cmd.ErrOrStderr())
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
	fs.StringVarP(&c.format, "format", "f", "", "json, text, markdown or ansi (default: the reader\non a terminal, text otherwise)")
	fs.IntVarP(&c.width, "width", "w", 0, "columns of -f ansi (default: terminal, $COLUMNS, 80)")
	fs.StringVarP(&c.lang, "lang", "l", "", "language of symbols looked up in the library, and of\nplain-text inputs (default: detected)")
	fs.BoolVar(&c.previous, "previous", false, "compare NEW with its predecessor in the library")
	fs.BoolVar(&c.draft, "draft", false, "compare NEW with its draft in the library")
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

// runDiff compares the inputs args name (OLD and NEW, or NEW alone with
// cfg.previous or cfg.draft) and prints the track changes to stdout in
// cfg.format, or, without a format on a terminal, shows them in the reader.
func runDiff(cmd *cobra.Command, cfg diffConfig, args []string, stdout, stderr io.Writer) error {
	needsLibrary := cfg.previous || cfg.draft
	for _, a := range args {
		if _, ok := librarySymbol(a); ok {
			needsLibrary = true
		}
	}
	var lib *library.Library
	if needsLibrary {
		// A library never indexed is indexed first.
		l, _, err := readyLibrary(cmd, stderr)
		if err != nil {
			return err
		}
		lib = l
	} else {
		lib, _, _ = newLibrary(stderr)
	}
	defer lib.Close()
	var old, new *content.Document
	var err error
	if cfg.previous || cfg.draft {
		if new, err = loadInput(lib, args[0], cfg.lang); err != nil {
			return err
		}
		find := lib.PredecessorOf
		if cfg.draft {
			find = lib.DraftOf
		}
		e, err := find(new)
		if err != nil {
			return err
		}
		if old, err = load(e.Path, cfg.lang, nil); err != nil {
			return err
		}
	} else {
		// The two are read at once, on two cores: each takes 10–30 ms.
		var oldErr error
		done := make(chan struct{})
		go func() {
			defer close(done)
			old, oldErr = loadInput(lib, args[0], cfg.lang)
		}()
		new, err = loadInput(lib, args[1], cfg.lang)
		<-done
		if oldErr != nil {
			return oldErr
		}
		if err != nil {
			return err
		}
	}
	res := compare.Documents(old, new)
	format := cfg.format
	if format == "" && isTerminal(stdout) && os.Getenv("TERM") != "dumb" {
		if keys, err := keyboard(cmd.InOrStdin(), "", openTTY); err == nil {
			if c, ok := keys.(io.Closer); ok && keys != cmd.InOrStdin() {
				defer c.Close()
			}
			return readDiff(res, old, new, lib, keys, stdout)
		}
	}
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
	_, err = stdout.Write(out)
	return err
}

// readDiff shows the comparison res of old and new in the reader, on the
// new text with its track changes, reading keys from keys.
func readDiff(res *compare.Result, old, new *content.Document, lib *library.Library, keys io.Reader, stdout io.Writer) error {
	opts := ui.Options{Library: lib, NoColor: os.Getenv("NO_COLOR") != ""}
	// 120 frames a second, as the reader of a document.
	err := ui.Run(tea.NewProgram(ui.NewComparison(res, old, new, opts), tea.WithInput(keys), tea.WithOutput(stdout), tea.WithFPS(120)))
	if err != nil && !errors.Is(err, tea.ErrInterrupted) {
		return err
	}
	return nil
}

// loadInput reads and parses the whole of a file, or of the library's
// document answering a symbol (resolveInput), in language lang.
func loadInput(lib *library.Library, arg, lang string) (*content.Document, error) {
	path, _, err := resolveInput(lib, arg, lang)
	if err != nil {
		return nil, err
	}
	return load(path, lang, nil)
}
