package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"strings"
	"time"

	"charm.land/bubbles/v2/progress"
	"github.com/charmbracelet/colorprofile"
	"github.com/spf13/cobra"

	"resolute/library"
	"resolute/termsafe"
)

// newIndexCommand builds "resolute index [DIR …]".
func newIndexCommand() *cobra.Command {
	var verbose bool
	c := &cobra.Command{
		Use:   "index [DIR]",
		Short: "Index the library folders (DIR is remembered)",
		Long: `Index the library: the folders given (remembered for next time), those given before and those of RESOLUTE_LIBRARY, searched to any depth for .xml, .txt and .pdf files. Only files new or changed since the last index are read; files gone leave it.

The index lives in $XDG_CACHE_HOME/resolute/library.db (default ~/.cache): it can be deleted at any time and is rebuilt.`,
		Example: `# index the UN's repositories, unpacked in ~/un
resolute index ~/un/GAresolutions ~/un/SCresolutions
# again, later: only what changed is read
resolute index`,
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, dirs []string) error {
			return runIndex(cmd, dirs, verbose, cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
	c.Flags().BoolVarP(&verbose, "verbose", "v", false, "list the files that could not be read, with why")
	return c
}

// runIndex remembers the folders dirs, then brings the index of every
// library folder up to date, with a progress bar on a terminal (plain
// lines otherwise), and prints a summary.
func runIndex(cmd *cobra.Command, dirs []string, verbose bool, stdout, stderr io.Writer) error {
	for _, d := range dirs {
		info, err := os.Stat(d)
		if err != nil {
			return fmt.Errorf("%s: %s", termsafe.Name(d), causeOf(err))
		}
		if !info.IsDir() {
			return fmt.Errorf("%s: not a folder", termsafe.Name(d))
		}
	}
	if len(dirs) > 0 {
		paths := defaultLibraryPaths()
		err := library.UpdateRemembered(paths.remembered, func(r *library.Remembered) {
			r.Folders = library.AddFolders(r.Folders, dirs)
		})
		if err != nil {
			return errors.New(termsafe.Filter(err.Error()))
		}
	}
	lib, _, _ := newLibrary(stderr)
	defer lib.Close()
	if len(lib.Folders()) == 0 {
		return usageErrorf(cmd, "no library folders: give one (resolute index DIR) or set RESOLUTE_LIBRARY")
	}
	ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt)
	defer stop()
	s, err := scanWithProgress(ctx, lib, stderr)
	if errors.Is(err, context.Canceled) {
		return fmt.Errorf("interrupted after reading %s files; what was read is kept: run it again to finish", thousands(s.Read))
	}
	if err != nil {
		return errors.New(termsafe.Filter(err.Error()))
	}
	printSummary(stdout, lib, s, verbose)
	return nil
}

// causeOf is err's cause without the path the os package puts first.
func causeOf(err error) string {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// scanWithProgress brings lib's index up to date, showing progress on
// stderr: a bar on a terminal, a line every tenth otherwise.
func scanWithProgress(ctx context.Context, lib *library.Library, stderr io.Writer) (library.Summary, error) {
	p := newIndexProgress(stderr)
	s, err := lib.Scan(ctx, p.update)
	p.finish()
	return s, err
}

// indexProgress shows how far an index has got.
type indexProgress struct {
	w        io.Writer
	terminal bool
	bar      progress.Model
	last     time.Time
	shown    bool
	tenth    int
}

func newIndexProgress(w io.Writer) *indexProgress {
	p := &indexProgress{w: w, terminal: isTerminal(w)}
	if p.terminal {
		p.w = colorprofile.NewWriter(w, os.Environ())
		p.bar = progress.New(progress.WithWidth(40), progress.WithDefaultBlend())
	}
	return p
}

// update is told that done of total files have been read.
func (p *indexProgress) update(done, total int) {
	if total == 0 {
		return
	}
	if !p.terminal {
		if t := done * 10 / total; t > p.tenth || done == total {
			p.tenth = t
			fmt.Fprintf(p.w, "resolute index: read %s of %s files\n", thousands(done), thousands(total))
		}
		return
	}
	if done < total && time.Since(p.last) < 50*time.Millisecond {
		return
	}
	p.last = time.Now()
	p.shown = true
	fmt.Fprintf(p.w, "\r%s indexing %s/%s\x1b[K", p.bar.ViewAs(float64(done)/float64(total)), thousands(done), thousands(total))
}

// finish clears the bar.
func (p *indexProgress) finish() {
	if p.terminal && p.shown {
		fmt.Fprint(p.w, "\r\x1b[K")
	}
}

// printSummary writes what the index holds after a scan.
func printSummary(w io.Writer, lib *library.Library, s library.Summary, verbose bool) {
	folders := lib.Folders()
	noun := "folders"
	if len(folders) == 1 {
		noun = "folder"
	}
	fmt.Fprintf(w, "%s in %d %s: %s", plural(s.Files, "file", "files"), len(folders), noun, plural(s.Documents, "document", "documents"))
	if len(s.Languages) > 0 {
		langs := make([]string, 0, len(s.Languages))
		for l := range s.Languages {
			langs = append(langs, l)
		}
		sort.Strings(langs)
		parts := make([]string, len(langs))
		for i, l := range langs {
			name := l
			if name == "" {
				name = "unknown"
			}
			parts[i] = name + " " + thousands(s.Languages[l])
		}
		fmt.Fprintf(w, " (%s)", termsafe.Filter(strings.Join(parts, ", ")))
	}
	fmt.Fprintln(w)
	fmt.Fprintf(w, "read %s new or changed files, dropped %s gone, in %s\n", thousands(s.Read), thousands(s.Removed), s.Elapsed.Round(100*time.Millisecond))
	if info, err := os.Stat(lib.DBPath()); err == nil {
		fmt.Fprintf(w, "index: %s (%s MB)\n", termsafe.Name(lib.DBPath()), thousands(int(info.Size()>>20)))
	}
	switch {
	case len(s.Failures) == 0:
	case verbose:
		fmt.Fprintf(w, "%s could not be read:\n", plural(len(s.Failures), "file or folder", "files or folders"))
		for _, f := range s.Failures {
			fmt.Fprintf(w, "  %s: %s\n", termsafe.Name(f.Path), termsafe.Message(f.Err))
		}
	default:
		fmt.Fprintf(w, "%s could not be read (--verbose lists them)\n", plural(len(s.Failures), "file or folder", "files or folders"))
	}
}

// plural writes n with the noun that goes with it.
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return thousands(n) + " " + many
}

// thousands writes n with commas between thousands: 14,049.
func thousands(n int) string {
	s := fmt.Sprint(n)
	if n < 0 {
		return "-" + thousands(-n)
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
