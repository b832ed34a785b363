package main

import (
	"io"
	"strings"

	"github.com/muesli/mango"
	mcobra "github.com/muesli/mango-cobra"
	"github.com/muesli/roff"
	"github.com/spf13/cobra"
)

// newManCommand builds "resolute man", which prints the man page, made
// from the same definitions as --help.
func newManCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "man",
		Short: "Print the man page (roff): resolute man > resolute.1",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return writeManPage(cmd.OutOrStdout(), cmd.Root())
		},
	}
}

// writeManPage writes root's man page, section 1, to w.
func writeManPage(w io.Writer, root *cobra.Command) error {
	root.InitDefaultHelpFlag() // cobra adds them only to the command it runs
	root.InitDefaultVersionFlag()
	page, err := mcobra.NewManPage(1, root)
	if err != nil {
		return err
	}
	tidyManCommand(&page.Root, true)
	page = page.WithLongDescription(strings.ReplaceAll(rootDescription, "\n\n", "\n")).
		WithSection("Environment", manEnvironment()).
		WithSection("Exit status", manList(exitStatuses)).
		WithSection("Examples", manExamples()).
		WithSection("See also", "The keys of the reader: press ? in it.")
	_, err = io.WriteString(w, page.Build(roff.NewDocument()))
	return err
}

// tidyManCommand corrects what mango makes of c: it prints a short flag
// with the long flag's "--" ("--f --format"), lists -h on every
// subcommand cobra happened to run, and each shell's completion command
// with its options.
func tidyManCommand(c *mango.Command, root bool) {
	for name, f := range c.Flags {
		if !root && name == "help" {
			delete(c.Flags, name)
			continue
		}
		if f.PFlag { // "-" + "f" and "-" + "-format"
			f.PFlag = false
			f.Name = "-" + f.Name
			c.Flags[name] = f
		}
	}
	for _, sub := range c.Commands {
		if sub.Name == "completion" {
			sub.Usage = "completion bash|zsh|fish|powershell"
			sub.Commands = map[string]*mango.Command{}
		}
		tidyManCommand(sub, false)
	}
}

// manList makes each line of text an item of a man page list.
func manList(text string) string {
	return "*" + strings.ReplaceAll(text, "\n", "\n*")
}

// manExamples is rootExamples as a man page list: each command line, then
// what it does.
func manExamples() string {
	var items []string
	comment := ""
	for _, line := range strings.Split(rootExamples, "\n") {
		if c, ok := strings.CutPrefix(line, "# "); ok {
			comment = c
			continue
		}
		items = append(items, "*"+line+"   ("+comment+")")
	}
	return strings.Join(items, "\n")
}
