package main

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// The texts --help and the man page share. Flags document themselves
// (addReadFlags); what they cannot say is here.

// rootShort is the one-line description of resolute.
const rootShort = "A terminal reader for United Nations resolutions"

// rootDescription is what resolute does, for --help and the man page.
const rootDescription = `resolute opens a United Nations resolution — plain text as the UN lays it out or as extracted from a PDF, a PDF itself, or the UN's XML (AKN4UN), in any of the six official languages — and lets you read it by paragraph, with the documents it cites at hand.

With no FILE it opens the built-in sample, A/RES/65/122 in Spanish; "-" reads standard input (the reader then takes its keys from the terminal). With --format, or when standard output is not a terminal, it prints the document instead of opening the reader.`

// envVar is an environment variable resolute reads.
type envVar struct {
	name, what string
}

// environment lists the environment variables resolute reads.
func environment() []envVar {
	return []envVar{
		{"RESOLUTE_LIBRARY", "library folders, separated by ':' (see index)"},
		{"NO_COLOR", "when set, printed output has no colour"},
		{"COLUMNS", "the width of -f ansi when stdout is not a terminal"},
		{"XDG_STATE_HOME", "positions, library folders (default ~/.local/state)"},
		{"XDG_CACHE_HOME", "the library's index (default ~/.cache)"},
	}
}

// rootExamples are the root command's examples: "# " lines comment the
// command line after them.
const rootExamples = `# read a resolution: text, PDF or the UN's XML
resolute A-RES-77-128.fr.xml
# index your folder of resolutions, then open one by its symbol
resolute index ~/un && resolute 75/1 --lang fr
# from a pipe: the keys still come from the terminal
cat A-RES-77-128.fr.xml | resolute -
# print operative paragraph 3 as text
resolute -f text -p op3 resolution.txt
# the document model, for scripts
resolute -f json resolution.xml | jq .citations
# rendered 100 columns wide, into a pager
resolute -f ansi -w 100 resolution.txt | less -R`

// exitStatuses says what the exit statuses mean, for the man page.
const exitStatuses = `0: success.
1: the document could not be read or printed; one line on standard error names the file and the cause.
2: the command line is wrong; a usage line follows the error.`

// rootLong is the root command's long help, the description and the
// environment, wrapped at width columns (fang wraps at the terminal's
// width, or at 120 in a pipe: too wide for a pager).
func rootLong(width int) string {
	width = max(width, 40)
	var b strings.Builder
	for _, para := range strings.Split(rootDescription, "\n\n") {
		b.WriteString(ansi.Wordwrap(para, width, "") + "\n\n")
	}
	b.WriteString("Environment:\n")
	names := 0
	for _, e := range environment() {
		names = max(names, len(e.name))
	}
	indent := strings.Repeat(" ", 2+names+2)
	for _, e := range environment() {
		what := ansi.Wordwrap(e.what, width-len(indent), "")
		name := "  " + e.name + strings.Repeat(" ", names-len(e.name)+2)
		b.WriteString(name + strings.ReplaceAll(what, "\n", "\n"+indent) + "\n")
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// manEnvironment is the environment as the man page's list.
func manEnvironment() string {
	var lines []string
	for _, e := range environment() {
		lines = append(lines, "*"+e.name+": "+e.what+".")
	}
	return strings.Join(lines, "\n")
}
