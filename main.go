// Command resolute is a terminal reader for United Nations resolutions.
//
//	resolute [flags] [FILE | -]
//
// With no FILE it opens the built-in sample, A/RES/65/122 in Spanish. It reads
// plain text (as the UN lays it out, or as extracted from a PDF) and the UN's
// own XML (Akoma Ntoso for the UN). With --format, or when standard output is
// not a terminal, it prints the document instead of opening the reader.
//
// The command line is built on cobra through fang: cmd_root.go builds the
// command tree, one cmd_NAME.go file per subcommand.
package main

import (
	"context"
	"io"
	"os"

	"charm.land/fang/v2"
	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"resolute/isolate"
)

func main() {
	isolate.Serve() // when started as the child that reads a PDF (package isolate)
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
	root := newRootCommand(stdout)
	root.SetArgs(args)
	root.SetIn(stdin)
	// Help, completion scripts and the man page go through a filter that
	// drops the blanks fang pads help lines with, so that they do not wrap
	// in a pager narrower than 120 columns.
	if isTerminal(stdout) {
		root.SetOut(stdout)
	} else {
		root.SetOut(&blankTrimmer{w: stdout})
	}
	root.SetErr(stderr)
	completeCommandTree(root)
	version, commit := buildVersion()
	err := fang.Execute(context.Background(), root,
		fang.WithVersion(version),
		fang.WithCommit(commit),
		fang.WithErrorHandler(printError),
		fang.WithoutManpage(), // cmd_man.go's writes where the command is told to
	)
	return exitStatus(err)
}

// completeCommandTree adds cobra's own commands, help and completion, to
// root, and makes every command's usage errors exit with status 2. It
// comes after root.SetOut: the completion command keeps the output stream
// it finds when it is made.
func completeCommandTree(root *cobra.Command) {
	root.InitDefaultHelpCmd()
	root.InitDefaultCompletionCmd()
	for _, c := range root.Commands() {
		switch c.Name() {
		case "completion": // cobra's text is too long for 80 columns
			c.Short = "Print a shell completion script: bash, zsh, fish"
		case "help": // -h says it; listed, it widens the columns of help
			c.Hidden = true
		}
	}
	markUsageErrors(root)
}

// blankTrimmer writes to w what is written to it, less the spaces and tabs
// at the end of each line.
type blankTrimmer struct {
	w      io.Writer
	blanks []byte // held until the rest of the line shows whether they end it
}

func (t *blankTrimmer) Write(p []byte) (int, error) {
	out := make([]byte, 0, len(p))
	for _, b := range p {
		switch b {
		case ' ', '\t':
			t.blanks = append(t.blanks, b)
			continue
		case '\n':
			t.blanks = t.blanks[:0]
		default:
			out = append(out, t.blanks...)
			t.blanks = t.blanks[:0]
		}
		out = append(out, b)
	}
	if _, err := t.w.Write(out); err != nil {
		return 0, err
	}
	return len(p), nil
}

// isTerminal reports whether the stream v is a terminal.
func isTerminal(v any) bool {
	f, ok := v.(*os.File)
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
