package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
)

// usageLine is printed with every usage error.
const usageLine = "usage: resolute [--format json|markdown|text|ansi] [--width N] [--para REF] [--style dark|light] [--lang CODE] [FILE | -]"

// errHelp is returned when the user asked for help, which was printed.
var errHelp = errors.New("help requested")

// config is what the command line asks for.
type config struct {
	file   string // "" for the built-in sample, "-" for standard input
	format string // "", json, markdown, text or ansi
	width  int    // wrap width for ansi; 0 for the terminal's
	para   string // paragraph reference
	style  string // "", dark or light
	lang   string // forced language, or ""
}

// parseFlags reads the command line. Flags may come before or after FILE.
func parseFlags(args []string, stderr io.Writer) (config, error) {
	var c config
	fs := flag.NewFlagSet("resolute", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(&c.format, "format", "", "print as json, markdown, text or ansi instead of opening the reader")
	fs.IntVar(&c.width, "width", 0, "wrap width of --format ansi (default: the terminal's, or 80)")
	fs.StringVar(&c.para, "para", "", "open at paragraph `REF` (3, op3, pp2, 3(a), II.3); with --format, print only it")
	fs.StringVar(&c.style, "style", "", "colours for a dark or light background (default: detected)")
	fs.StringVar(&c.lang, "lang", "", "language of the text: ar, en, es, fr, ru or zh (default: detected)")
	var files []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				fmt.Fprintln(stderr, usageLine)
				fs.SetOutput(stderr)
				fs.PrintDefaults()
				return c, errHelp
			}
			return c, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			break
		}
		files = append(files, rest[0])
		args = rest[1:]
	}
	if len(files) > 1 {
		return c, fmt.Errorf("one file at a time (got %d: %s)", len(files), strings.Join(files, ", "))
	}
	if len(files) == 1 {
		c.file = files[0]
	}
	switch c.format {
	case "", "json", "markdown", "md", "text", "ansi":
	default:
		return c, fmt.Errorf("unknown format %q: use json, markdown, text or ansi", c.format)
	}
	if c.format == "md" {
		c.format = "markdown"
	}
	switch c.style {
	case "", "dark", "light":
	default:
		return c, fmt.Errorf("unknown style %q: use dark or light", c.style)
	}
	switch c.lang {
	case "", "ar", "en", "es", "fr", "ru", "zh":
	default:
		return c, fmt.Errorf("unknown language %q: use ar, en, es, fr, ru or zh", c.lang)
	}
	if c.width < 0 || c.width > 1000 {
		return c, fmt.Errorf("width %d out of range (1 to 1000)", c.width)
	}
	return c, nil
}
