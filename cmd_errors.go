package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"charm.land/fang/v2"
	"charm.land/lipgloss/v2"
	"github.com/spf13/cobra"

	"resolute/termsafe"
)

// usageError is a command line resolute cannot act on. It exits with
// status 2, and its message is followed by the usage line of cmd.
type usageError struct {
	cmd *cobra.Command
	err error
}

func (e *usageError) Error() string { return e.err.Error() }
func (e *usageError) Unwrap() error { return e.err }

// usageErrorf is a usage error of cmd with a formatted message.
func usageErrorf(cmd *cobra.Command, format string, a ...any) error {
	return &usageError{cmd: cmd, err: fmt.Errorf(format, a...)}
}

// markUsageErrors makes the errors cobra finds in a command line (unknown
// flags, bad flag values, wrong arguments) usage errors, on cmd and every
// command below it.
func markUsageErrors(cmd *cobra.Command) {
	cmd.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return &usageError{cmd: c, err: err}
	})
	var walk func(*cobra.Command)
	walk = func(c *cobra.Command) {
		if check := c.Args; check != nil {
			c.Args = func(c *cobra.Command, args []string) error {
				err := check(c, args)
				var ue *usageError
				if err != nil && !errors.As(err, &ue) {
					err = &usageError{cmd: c, err: err}
				}
				return err
			}
		}
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(cmd)
}

// exitStatus is the exit status for the error a command returned.
func exitStatus(err error) int {
	var ue *usageError
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &ue):
		return exitUsage
	}
	return exitError
}

// printError is fang's error handler: one line, "resolute: cause" (the
// cause names the file), and for a usage error the usage line and where
// to find more. w drops the bold and colour of the prefix when standard
// error is not a terminal.
func printError(w io.Writer, _ fang.Styles, err error) {
	prefix := lipgloss.NewStyle().Bold(true).Foreground(lipgloss.Red).Render("resolute:")
	// Messages quote file names and documents: termsafe.Message keeps their
	// controls and escape sequences from the terminal.
	fmt.Fprintf(w, "%s %s\n", prefix, termsafe.Message(oneLine(err.Error())))
	var ue *usageError
	if errors.As(err, &ue) && ue.cmd != nil {
		fmt.Fprintf(w, "usage: %s\nRun '%s --help' for more.\n", ue.cmd.UseLine(), ue.cmd.CommandPath())
	}
}

// oneLine folds a message onto one line.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
