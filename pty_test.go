//go:build linux || darwin

package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/creack/pty"

	"resolute/internal/corpus"
)

// terminal is resolute running with its output on a pseudo-terminal.
type terminal struct {
	cmd  *exec.Cmd
	ptmx *os.File
	mu   sync.Mutex
	out  bytes.Buffer // all the output so far
	done chan error   // the process's end
}

// startInTerminal starts resolute with args, stdin as its standard input
// and its standard output and error on a new 80×24 pseudo-terminal, which
// is its controlling terminal when ctty is set. It answers the queries
// Bubble Tea sends as a dark xterm would.
func startInTerminal(t *testing.T, stdin *os.File, ctty bool, args ...string) *terminal {
	t.Helper()
	ptmx, tty, err := pty.Open()
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	if err := pty.Setsize(ptmx, &pty.Winsize{Rows: 24, Cols: 80}); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), asMain+"=1", "TERM=xterm-256color", "XDG_STATE_HOME="+t.TempDir())
	cmd.Stdin, cmd.Stdout, cmd.Stderr = stdin, tty, tty
	// A new session; the pseudo-terminal (its fd 1) as the controlling
	// terminal, which /dev/tty opens.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: ctty, Ctty: 1}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	tty.Close()
	term := &terminal{cmd: cmd, ptmx: ptmx, done: make(chan error, 1)}
	go func() {
		buf := make([]byte, 1<<16)
		for {
			n, err := ptmx.Read(buf)
			chunk := buf[:n]
			if bytes.Contains(chunk, []byte("\x1b]11;?")) {
				ptmx.WriteString("\x1b]11;rgb:0000/0000/0000\x1b\\")
			}
			if bytes.Contains(chunk, []byte("\x1b[6n")) {
				ptmx.WriteString("\x1b[1;1R")
			}
			term.mu.Lock()
			term.out.Write(chunk)
			term.mu.Unlock()
			if err != nil {
				return
			}
		}
	}()
	go func() { term.done <- cmd.Wait() }()
	t.Cleanup(func() {
		cmd.Process.Kill()
		ptmx.Close()
	})
	return term
}

// screen is the output so far, without escape sequences.
func (term *terminal) screen() string {
	return ansi.Strip(term.raw())
}

// raw is the output so far.
func (term *terminal) raw() string {
	term.mu.Lock()
	defer term.mu.Unlock()
	return term.out.String()
}

// waitFor waits until the output holds text, at most ten seconds.
func (term *terminal) waitFor(t *testing.T, text string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !strings.Contains(term.screen(), text) {
		if time.Now().After(deadline) {
			t.Fatalf("no %q on the screen after 10 s:\n%s", text, term.screen())
		}
		select {
		case err := <-term.done:
			term.done <- err
			time.Sleep(50 * time.Millisecond) // the last output
			if !strings.Contains(term.screen(), text) {
				t.Fatalf("resolute ended (%v) before showing %q:\n%s", err, text, term.screen())
			}
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// wait waits for the process to end, at most ten seconds, and returns its
// exit error.
func (term *terminal) wait(t *testing.T) error {
	t.Helper()
	select {
	case err := <-term.done:
		return err
	case <-time.After(10 * time.Second):
		t.Fatalf("resolute still running after 10 s:\n%s", term.screen())
		return nil
	}
}

// TestReaderDocumentOnStdin checks that "resolute -" reads the document
// from standard input, a pipe or a file, and its keys from the terminal:
// it shows the document and quits on q.
func TestReaderDocumentOnStdin(t *testing.T) {
	file := filepath.Join(t.TempDir(), "sample.txt")
	if err := os.WriteFile(file, []byte(sample), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, how := range []string{"pipe", "file"} {
		t.Run(how, func(t *testing.T) {
			var stdin *os.File
			switch how {
			case "pipe": // cat FILE | resolute -
				r, w, err := os.Pipe()
				if err != nil {
					t.Fatal(err)
				}
				go func() { w.WriteString(sample); w.Close() }()
				defer r.Close()
				stdin = r
			case "file": // resolute - < FILE
				f, err := os.Open(file)
				if err != nil {
					t.Fatal(err)
				}
				defer f.Close()
				stdin = f
			}
			term := startInTerminal(t, stdin, true, "-")
			term.waitFor(t, "La Asamblea General")
			if _, err := term.ptmx.WriteString("q"); err != nil {
				t.Fatal(err)
			}
			if err := term.wait(t); err != nil {
				t.Errorf("exit: %v; screen:\n%s", err, term.screen())
			}
		})
	}
}

// TestReaderWithoutKeyboard checks that with its output on a terminal but
// no terminal to read keys from, resolute prints the document as text.
func TestReaderWithoutKeyboard(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	go func() { w.WriteString(sample); w.Close() }()
	defer r.Close()
	term := startInTerminal(t, r, false, "-")
	if err := term.wait(t); err != nil {
		t.Fatalf("exit: %v; screen:\n%s", err, term.screen())
	}
	term.waitFor(t, "a los componentes especializados del sistema")
	if strings.Contains(term.raw(), "\x1b[?1049h") {
		t.Errorf("the reader started (alternate screen) with no keyboard")
	}
}

// TestDiffInTerminal checks that resolute diff on a terminal opens the
// comparison in the reader: the summary, n to the first change, s side by
// side, q; under NO_COLOR with the [-…-]{+…+} markers.
func TestDiffInTerminal(t *testing.T) {
	akn := corpus.Require(t, "akn")
	old, new := filepath.Join(akn, "a-res-76-144", "en.xml"), filepath.Join(akn, "a-res-78-185", "en.xml")
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	t.Setenv("RESOLUTE_LIBRARY", "")
	for _, noColor := range []string{"", "1"} {
		t.Run("NO_COLOR="+noColor, func(t *testing.T) {
			t.Setenv("NO_COLOR", noColor)
			tty, err := os.Open(os.DevNull)
			if err != nil {
				t.Fatal(err)
			}
			defer tty.Close()
			term := startInTerminal(t, tty, true, "diff", old, new)
			term.waitFor(t, "Paragraphs: 66 equal, 6 changed")
			term.ptmx.WriteString("n")
			term.waitFor(t, "change 1/9")
			if noColor != "" {
				term.waitFor(t, "[-global compact-]{+Global Compact+}")
			} else if strings.Contains(term.screen(), "[-global") {
				t.Errorf("markers in colour:\n%s", term.screen())
			}
			term.ptmx.WriteString("s")
			term.waitFor(t, "side by side: old left, new right")
			term.ptmx.WriteString("q")
			if err := term.wait(t); err != nil {
				t.Errorf("exit: %v; screen:\n%s", err, term.screen())
			}
		})
	}
}
