package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/spf13/cobra"

	"resolute/content"
	"resolute/termsafe"
	"resolute/ui"
)

// newRootCommand builds the command tree: resolute itself, which reads or
// prints one document to stdout, and its subcommands, which write to
// cmd.OutOrStdout() (stdout, less the blanks that end lines when it is not
// a terminal: see run).
func newRootCommand(stdout io.Writer) *cobra.Command {
	cfg := &config{}
	root := &cobra.Command{
		Use:     "resolute [FILE | -]",
		Short:   rootShort,
		Long:    rootLong(min(terminalWidth(stdout, 80), 120) - 4),
		Example: rootExamples,
		Args:    atMostOneInput,
		ValidArgsFunction: func(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
			return nil, cobra.ShellCompDirectiveDefault // file names
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := cfg.validate(); err != nil {
				return usageErrorf(cmd, "%v", err)
			}
			return readOrPrint(*cfg, inputArg(args), cmd.InOrStdin(), stdout, cmd.ErrOrStderr())
		},
	}
	addReadFlags(root.Flags(), cfg)
	completeReadFlags(root)
	// Each subcommand is a function in its own file (cmd_NAME.go) that
	// returns a new *cobra.Command; add it here.
	root.AddCommand(
		newIndexCommand(),
		newCitedByCommand(),
		newSearchCommand(),
		newDiffCommand(stdout),
		newManCommand(),
	)
	return root
}

// atMostOneInput accepts no argument (the sample) or one.
func atMostOneInput(cmd *cobra.Command, args []string) error {
	if len(args) > 1 {
		return usageErrorf(cmd, "one file at a time (got %d: %s)", len(args), strings.Join(args, ", "))
	}
	return nil
}

// inputArg is the input the arguments name: "" for the built-in sample,
// "-" for standard input, otherwise a file, or a symbol of the library
// (readOrPrint resolves it; an existing file path always wins over a
// symbol).
func inputArg(args []string) string {
	if len(args) == 0 {
		return ""
	}
	return args[0]
}

// readOrPrint opens file (see open) and shows it in the reader, or prints
// it when cfg asks for a format, when stdout is not a terminal or when
// there is no terminal to read keys from.
func readOrPrint(cfg config, file string, stdin io.Reader, stdout, stderr io.Writer) error {
	lib, paths, _ := newLibrary(stderr)
	defer lib.Close()
	// A symbol that is not an existing file opens from the library, in the
	// language --lang asks for (else the last one read, else English).
	file, fromLibrary, err := resolveInput(lib, file, cfg.lang)
	if err != nil {
		return err
	}
	var keys io.Reader
	if cfg.format == "" {
		if !isTerminal(stdout) || os.Getenv("TERM") == "dumb" {
			// A dumb terminal understands none of the reader's sequences
			// (alternate screen, mouse, keyboard protocol, queries).
			cfg.format = "text"
		} else if tty, err := keyboard(stdin, file, openTTY); err != nil {
			cfg.format = "text" // no terminal to read keys from: print
		} else {
			keys = tty
			if c, ok := tty.(io.Closer); ok && tty != stdin {
				defer c.Close()
			}
		}
	}
	// The reader shows the head of a large input first, unless it is to
	// open at a given paragraph.
	opened, err := open(file, cfg.lang, cfg.format == "" && cfg.para == "" || cfg.with != "", stdin)
	if err != nil {
		return err
	}
	doc := opened.Doc
	// The version shown beside doc (--with): whole to print or to open at
	// a paragraph, else its head first, as doc.
	var with *content.Document
	var withRest func() (*content.Document, error)
	switch {
	case cfg.with == "":
	case cfg.format != "" || cfg.para != "":
		if doc, with, err = openBoth(lib, cfg.with, opened, stdin, stderr); err != nil {
			return fmt.Errorf("%s: %w", displayName(file), err)
		}
		opened.Rest = nil
	default:
		wo, err := openWith(context.Background(), lib, cfg.with, doc, true, stdin, stderr)
		if err != nil {
			return fmt.Errorf("%s: %w", displayName(file), err)
		}
		with, withRest = wo.Doc, wo.Rest
	}
	if cfg.format != "" && with != nil {
		if cfg.width == 0 {
			cfg.width = ansiWidth(stdout, os.Getenv("COLUMNS"))
		}
		if err := printParallel(stdout, doc, with, cfg); err != nil {
			return fmt.Errorf("%s: %w", displayName(file), err)
		}
		return nil
	}
	if cfg.format != "" {
		if cfg.width == 0 {
			cfg.width = ansiWidth(stdout, os.Getenv("COLUMNS"))
		}
		if err := printDocument(stdout, doc, cfg); err != nil {
			return fmt.Errorf("%s: %w", displayName(file), err)
		}
		// Plain text carries no note of its own: a text that is no
		// resolution says so on standard error (the other formats show it).
		if note := doc.PlainNote(); note != "" && cfg.format == "text" {
			fmt.Fprintf(stderr, "resolute: %s: %s\n", termsafe.Name(displayName(file)), note)
		}
		return nil
	}
	if cfg.para != "" {
		if _, err := doc.Resolve(cfg.para); err != nil {
			return fmt.Errorf("%s: %w", displayName(file), err)
		}
	}
	opts := ui.Options{
		Style:   cfg.style,
		Para:    cfg.para,
		Bidi:    cfg.bidi,
		Measure: cfg.measure,
		Library: lib,
		State:   ui.StatePath(),
		History: ui.HistoryPath(),
		File:    file,
		Full:    opened.Rest,
		NoColor: os.Getenv("NO_COLOR") != "",
		With:    with,
		// The head of the other version first, as of doc (Full).
		WithFull: withRest,
	}
	// 120 frames a second, Bubble Tea's most: a frame waits at most 8 ms
	// for the renderer's tick instead of 17, the first one included.
	// ui.Run saves the position however the reader ends (q, SIGTERM,
	// SIGHUP when the terminal closes).
	err = ui.Run(tea.NewProgram(ui.New(doc, opts), tea.WithInput(keys), tea.WithOutput(stdout), tea.WithFPS(120)))
	if file != "" && file != "-" || fromLibrary {
		if rerr := rememberLanguage(paths, doc.Language); rerr != nil {
			fmt.Fprintf(stderr, "resolute: %v\n", rerr)
		}
	}
	if err != nil && !errors.Is(err, tea.ErrInterrupted) {
		return err
	}
	return nil
}

// keyboard is where the reader reads its keys: standard input when it is a
// terminal and does not carry the document, otherwise the controlling
// terminal, which openTTY opens (like less and glow, so that
// "cat FILE | resolute -" reads the document from the pipe and the keys
// from the terminal). It fails when there is no terminal to read from.
func keyboard(stdin io.Reader, file string, openTTY func() (io.Reader, error)) (io.Reader, error) {
	if file != "-" && isTerminal(stdin) {
		return stdin, nil
	}
	return openTTY()
}

// openTTY opens the process's controlling terminal for reading keys.
func openTTY() (io.Reader, error) {
	in, _, err := tea.OpenTTY() // one file for both directions
	if err != nil {
		return nil, err
	}
	return in, nil
}

// ansiWidth is the width --format ansi wraps at when --width is not
// given: the terminal's when stdout is one, else $COLUMNS (columns, the
// value of the environment variable), else 80.
func ansiWidth(stdout io.Writer, columns string) int {
	if w := terminalWidth(stdout, 0); w > 0 {
		return w
	}
	if n, err := strconv.Atoi(strings.TrimSpace(columns)); err == nil && n > 0 && n <= 1000 {
		return n
	}
	return 80
}
