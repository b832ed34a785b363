// Command resolute is a terminal reader for United Nations resolutions.
//
//	resolute [flags] [FILE | -]
//
// With no FILE it opens the built-in sample, A/RES/65/122 in Spanish. It reads
// plain text (as the UN lays it out, or as extracted from a PDF) and the UN's
// own XML (Akoma Ntoso for the UN). With --format, or when standard output is
// not a terminal, it prints the document instead of opening the reader.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/term"

	"resolute/content"
	"resolute/ui"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// exit statuses.
const (
	exitOK    = 0
	exitError = 1
	exitUsage = 2
)

// run is the whole command, with its streams passed in so tests can drive it.
// It returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	cfg, err := parseFlags(args, stderr)
	if errors.Is(err, errHelp) {
		return exitOK
	}
	if err != nil {
		fmt.Fprintf(stderr, "resolute: %v\n%s\n", err, usageLine)
		return exitUsage
	}
	isTerm := isTerminal(stdout)
	if cfg.format == "" && !isTerm {
		cfg.format = "text"
	}
	// The reader shows the head of a large input first, unless it is to
	// open at a given paragraph.
	opened, err := open(cfg.file, cfg.lang, cfg.format == "" && cfg.para == "", stdin)
	if err != nil {
		fmt.Fprintf(stderr, "resolute: %v\n", err)
		return exitError
	}
	doc := opened.Doc
	if cfg.format != "" {
		if cfg.width == 0 {
			cfg.width = terminalWidth(stdout, 80)
		}
		if err := printDocument(stdout, doc, cfg); err != nil {
			fmt.Fprintf(stderr, "resolute: %s: %v\n", displayName(cfg.file), err)
			return exitError
		}
		return exitOK
	}
	if cfg.para != "" {
		if _, err := doc.Resolve(cfg.para); err != nil {
			fmt.Fprintf(stderr, "resolute: %s: %v\n", displayName(cfg.file), err)
			return exitError
		}
	}
	lib := newLibrary(cfg.file, doc.Language)
	opts := ui.Options{
		Style: cfg.style,
		Para:  cfg.para,
		Has:   lib.Has,
		State: ui.StatePath(),
		File:  cfg.file,
		Full:  opened.Rest,
		Open: func(symbol string) (*content.Document, error) {
			return openFromLibrary(lib, symbol, cfg.lang)
		},
	}
	// 120 frames a second, Bubble Tea's most: a frame waits at most 8 ms
	// for the renderer's tick instead of 17, the first one included.
	p := tea.NewProgram(ui.New(doc, opts), tea.WithInput(stdin), tea.WithOutput(stdout), tea.WithFPS(120))
	final, err := p.Run()
	if err == nil {
		err = ui.Failure(final) // the whole document failed to parse after its head
	}
	if err != nil && !errors.Is(err, tea.ErrInterrupted) {
		fmt.Fprintf(stderr, "resolute: %v\n", err)
		return exitError
	}
	return exitOK
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(f.Fd())
}

// terminalWidth is w's width in columns, or def when w is not a terminal.
func terminalWidth(w io.Writer, def int) int {
	f, ok := w.(*os.File)
	if !ok || !term.IsTerminal(f.Fd()) {
		return def
	}
	width, _, err := term.GetSize(f.Fd())
	if err != nil || width <= 0 {
		return def
	}
	return width
}
