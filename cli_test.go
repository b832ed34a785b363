package main

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/spf13/pflag"
)

// TestHelp checks that -h and --help print on stdout, with no escape
// sequence in a pipe, every flag of the root command, the environment
// variables and the examples.
func TestHelp(t *testing.T) {
	for _, arg := range []string{"--help", "-h", "help"} {
		code, out, errOut := runCmd(t, "", arg)
		if code != 0 || errOut != "" {
			t.Errorf("%s: exit %d, stderr %q", arg, code, errOut)
		}
		if strings.Contains(out, "\x1b") {
			t.Errorf("%s: escape sequences in help printed to a pipe: %q", arg, out)
		}
		for _, line := range strings.Split(out, "\n") {
			if strings.TrimRight(line, " \t") != line || ansi.StringWidth(line) > 80 {
				t.Errorf("%s: a line too wide for a pager of 80 columns, or ending in blanks: %q", arg, line)
			}
		}
		var want []string
		newRootCommand(io.Discard).Flags().VisitAll(func(f *pflag.Flag) {
			if f.Shorthand == "" {
				want = append(want, "    --"+f.Name)
			} else {
				want = append(want, "-"+f.Shorthand+" --"+f.Name)
			}
		})
		want = append(want, "-h --help", "-v --version", "man ", "completion [command]")
		for _, e := range environment() {
			want = append(want, e.name)
		}
		want = append(want, "EXAMPLES", "resolute -f text -p op3 resolution.txt")
		for _, w := range want {
			if !strings.Contains(out, w) {
				t.Errorf("%s: help lacks %q:\n%s", arg, w, out)
			}
		}
	}
}

// TestVersion checks --version and -v: the version the toolchain stamped
// (a test binary has none: "devel").
func TestVersion(t *testing.T) {
	version, _ := buildVersion()
	for _, arg := range []string{"--version", "-v"} {
		code, out, errOut := runCmd(t, "", arg)
		if code != 0 || errOut != "" || out != "resolute version "+version+"\n" {
			t.Errorf("%s: exit %d, stdout %q, stderr %q", arg, code, out, errOut)
		}
	}
}

// TestCompletions checks that each shell's completion script is printed,
// and that the flags' values complete.
func TestCompletions(t *testing.T) {
	for shell, marker := range map[string]string{
		"bash": "__start_resolute",
		"zsh":  "#compdef resolute",
		"fish": "complete -c resolute",
	} {
		code, out, errOut := runCmd(t, "", "completion", shell)
		if code != 0 || errOut != "" || !strings.Contains(out, marker) {
			t.Errorf("completion %s: exit %d, stderr %q, %d bytes without %q", shell, code, errOut, len(out), marker)
		}
	}
	for _, tt := range []struct {
		args []string
		want string // the candidates, one a line, before the directive
	}{
		{[]string{"--format", ""}, "json\nmarkdown\ntext\nansi\n"},
		{[]string{"-s", ""}, "dark\nlight\n"},
		{[]string{"--lang", "e"}, "ar\nen\nes\nfr\nru\nzh\n"}, // the shell filters
		{[]string{"-w", ""}, ""},
	} {
		code, out, _ := runCmd(t, "", append([]string{"__complete"}, tt.args...)...)
		cands, _, _ := strings.Cut(out, ":")
		if code != 0 || cands != tt.want {
			t.Errorf("complete %q: exit %d, %q; want %q", tt.args, code, out, tt.want)
		}
	}
}

// TestManPage checks the man page: roff, with the flags, the environment
// and the exit statuses.
func TestManPage(t *testing.T) {
	code, out, errOut := runCmd(t, "", "man")
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	for _, want := range []string{".TH RESOLUTE 1", ".SH OPTIONS", "-f --format", "-l --lang",
		".SH ENVIRONMENT", "RESOLUTE_LIBRARY", "NO_COLOR", ".SH EXIT STATUS", ".SH EXAMPLES"} {
		if !strings.Contains(out, want) {
			t.Errorf("man page lacks %q", want)
		}
	}
	if strings.Contains(out, "--f --format") || strings.Count(out, "help for") != 1 {
		t.Errorf("man page: short flags with two dashes, or -h listed under subcommands:\n%s", out)
	}
}

// TestUsageErrors checks that a usage error is its message, the usage line
// and a pointer to --help, on stderr only, plain in a pipe, with status 2.
func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"--format", "pdf"},
		{"-f"},
		{"--colour"},
		{"-x"},
		{"--width", "wide"},
		{"a.txt", "b.txt"},
		{"man", "extra"},
	} {
		code, out, errOut := runCmd(t, "", args...)
		lines := strings.Split(strings.TrimSuffix(errOut, "\n"), "\n")
		if code != 2 || out != "" || len(lines) != 3 || !strings.HasPrefix(lines[0], "resolute: ") ||
			!strings.HasPrefix(lines[1], "usage: resolute") || !strings.Contains(lines[2], "--help") {
			t.Errorf("%q: exit %d, stdout %q, stderr %q", args, code, out, errOut)
		}
		if strings.Contains(errOut, "\x1b") {
			t.Errorf("%q: escape sequences on a stderr that is not a terminal: %q", args, errOut)
		}
	}
}

// TestShortFlags checks that the short flags do what the long ones do.
func TestShortFlags(t *testing.T) {
	_, long, _ := runCmd(t, "", "--format", "ansi", "--width", "50", "--para", "op3", "--style", "light", "--lang", "es")
	code, short, errOut := runCmd(t, "", "-f", "ansi", "-w", "50", "-p", "op3", "-s", "light", "-l", "es")
	if code != 0 || short != long || short == "" {
		t.Errorf("short flags: exit %d, stderr %q, %q; long flags printed %q", code, errOut, short, long)
	}
}

// TestColumnsInPipe checks that --format ansi in a pipe wraps at $COLUMNS,
// and that --width overrides it.
func TestColumnsInPipe(t *testing.T) {
	widest := func(s string) int {
		w := 0
		for _, line := range strings.Split(s, "\n") {
			w = max(w, ansi.StringWidth(line))
		}
		return w
	}
	t.Setenv("COLUMNS", "50")
	_, out, _ := runCmd(t, "", "--format", "ansi")
	if w := widest(out); w > 50 || w < 40 {
		t.Errorf("COLUMNS=50: the widest line has %d columns", w)
	}
	_, out, _ = runCmd(t, "", "--format", "ansi", "-w", "70")
	if w := widest(out); w <= 50 || w > 70 {
		t.Errorf("COLUMNS=50 -w 70: the widest line has %d columns", w)
	}
	t.Setenv("COLUMNS", "nonsense")
	if got := ansiWidth(io.Discard, os.Getenv("COLUMNS")); got != 80 {
		t.Errorf("COLUMNS=nonsense: width %d, want 80", got)
	}
}

// TestKeyboard checks where the reader reads its keys: from the terminal
// (openTTY) whenever standard input is not one or carries the document,
// and nowhere when there is no terminal.
func TestKeyboard(t *testing.T) {
	tty, err := os.Create(filepath.Join(t.TempDir(), "tty"))
	if err != nil {
		t.Fatal(err)
	}
	defer tty.Close()
	opened := func() (io.Reader, error) { return tty, nil }
	noTTY := func() (io.Reader, error) { return nil, errors.New("no controlling terminal") }
	for _, tt := range []struct {
		name    string
		stdin   io.Reader
		file    string
		openTTY func() (io.Reader, error)
		want    io.Reader // nil: an error
	}{
		{"document from a pipe", strings.NewReader(sample), "-", opened, tty},
		{"document from a file, stdin a file", tty, "-", opened, tty},
		{"a file named, stdin not a terminal", strings.NewReader(""), "x.txt", opened, tty},
		{"no terminal at all", strings.NewReader(sample), "-", noTTY, nil},
	} {
		got, err := keyboard(tt.stdin, tt.file, tt.openTTY)
		if got != tt.want || (err == nil) != (tt.want != nil) {
			t.Errorf("%s: keys from %v (error %v)", tt.name, got, err)
		}
	}
}

// TestBlankTrimmer checks that the filter help goes through in a pipe
// drops the blanks that end lines, however the writes split them, and
// nothing else.
func TestBlankTrimmer(t *testing.T) {
	in := "  usage  \t\n\n  a b  \n\tlast  "
	want := "  usage\n\n  a b\n\tlast"
	for size := 1; size <= len(in); size++ {
		var b strings.Builder
		tr := &blankTrimmer{w: &b}
		for i := 0; i < len(in); i += size {
			chunk := in[i:min(i+size, len(in))]
			if n, err := tr.Write([]byte(chunk)); n != len(chunk) || err != nil {
				t.Fatalf("Write(%q) = %d, %v", chunk, n, err)
			}
		}
		if b.String() != want {
			t.Errorf("in writes of %d bytes: %q, want %q", size, b.String(), want)
		}
	}
}
