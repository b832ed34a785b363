package main

import (
	"bytes"
	"context"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"resolute/internal/hostile"
	"resolute/termsafe"
)

var bigHostile = flag.Bool("hostile.big", false, "also run the slow hostile inputs: gigabyte compression bombs, 100,000 content streams, 2,000 pages, 60 MB of XML")

// envRSSFile names the file where the process run as main writes its peak
// resident memory, in bytes: the largest of its own (VmHWM) and its
// children's. The rusage its parent gets from wait4 would not do: a child
// started from a large test binary inherits the binary's high-water mark.
const envRSSFile = "RESOLUTE_TEST_RSS_FILE"

// peakRSS returns the peak resident memory of this process and of the
// largest child it waited for, in bytes.
func peakRSS() int64 {
	var peak int64
	if b, err := os.ReadFile("/proc/self/status"); err == nil {
		for _, l := range strings.Split(string(b), "\n") {
			if v, ok := strings.CutPrefix(l, "VmHWM:"); ok {
				kb, _ := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
				peak = kb << 10
			}
		}
	}
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_CHILDREN, &ru) == nil {
		peak = max(peak, ru.Maxrss<<10)
	}
	return peak
}

// Bounds every hostile input must stay within, for the whole process tree.
const (
	hostileDeadline = 10 * time.Second
	hostileMemory   = 512 << 20
)

// result is how a run of resolute ended.
type result struct {
	code           int
	stdout, stderr string
	took           time.Duration
	maxRSS         int64 // bytes, the largest of the process and its children (peakRSS)
}

// runResolute runs this test binary as resolute with args, in a fresh state
// directory, killing it after deadline.
func runResolute(t *testing.T, deadline time.Duration, args ...string) result {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), deadline)
	defer cancel()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.CommandContext(ctx, exe, args...)
	dir := t.TempDir()
	rssFile := filepath.Join(dir, "rss")
	cmd.Env = append(os.Environ(), asMain+"=1", envRSSFile+"="+rssFile, "XDG_STATE_HOME="+dir, "XDG_CACHE_HOME="+dir,
		"RESOLUTE_PDF_PAGE_TIMEOUT=1s", "TERM=dumb")
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	start := time.Now()
	err = cmd.Run()
	r := result{stdout: out.String(), stderr: errb.String(), took: time.Since(start)}
	if cmd.ProcessState != nil {
		r.code = cmd.ProcessState.ExitCode()
	}
	if b, err := os.ReadFile(rssFile); err == nil {
		r.maxRSS, _ = strconv.ParseInt(string(b), 10, 64)
	}
	if ctx.Err() != nil {
		t.Errorf("still running after %v: %v", deadline, err)
		r.code = -1
	}
	return r
}

// checkOutcome checks that a run ended as a hostile input must: exit 0
// with nothing on standard error, or exit 1 with one clean line that names
// the file; within the deadline and the memory ceiling; and that nothing
// written holds a byte the output allowlist would drop.
func checkOutcome(t *testing.T, r result, name string, opens bool) {
	t.Helper()
	switch r.code {
	case 0:
		if r.stderr != "" {
			t.Errorf("exit 0 with standard error %q", r.stderr)
		}
	case 1:
		line := strings.TrimSuffix(r.stderr, "\n")
		if strings.Contains(line, "\n") || line == "" {
			t.Errorf("error is not one line: %q", r.stderr)
		}
		if termsafe.Message(line) != line {
			t.Errorf("error holds what a terminal takes as a control: %q", line)
		}
		if !strings.HasPrefix(line, "resolute: "+termsafe.Name(name)) {
			t.Errorf("error %q does not name the file", line)
		}
		if opens {
			t.Errorf("refused a file it should read: %q", line)
		}
	default:
		t.Errorf("exit %d, standard error %q", r.code, firstLines(r.stderr, 3))
	}
	if v := termsafe.Violations(r.stdout); len(v) > 0 {
		t.Errorf("output holds %q", v[0])
	}
	if r.maxRSS > hostileMemory {
		t.Errorf("peak resident memory %d MB, over %d MB", r.maxRSS>>20, hostileMemory>>20)
	}
	t.Logf("exit %d in %v, peak RSS %d MB: %s", r.code, r.took.Round(time.Millisecond), r.maxRSS>>20, firstLines(r.stderr, 1))
}

func firstLines(s string, n int) string {
	lines := strings.SplitN(s, "\n", n+1)
	return strings.Join(lines[:min(n, len(lines))], " | ")
}

// TestHostileInputs runs resolute on every hostile PDF, XML and text file
// (package hostile), in JSON and as text, each under the deadline and the
// memory ceiling.
func TestHostileInputs(t *testing.T) {
	if testing.Short() {
		t.Skip("runs resolute on each hostile file")
	}
	dir := t.TempDir()
	cases := append(append(hostile.PDFs(), hostile.XMLs()...), hostile.Texts()...)
	for _, c := range cases {
		if c.Big && !*bigHostile {
			continue
		}
		path := filepath.Join(dir, c.Name+c.Ext)
		if err := os.WriteFile(path, c.Data, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Run(termsafe.Message(c.Name)+c.Ext, func(t *testing.T) {
			t.Parallel()
			deadline := hostileDeadline
			if c.Big {
				deadline = 3 * hostileDeadline // a gigabyte bomb's own generation and a 2,000-page read
			}
			formats := []string{"json"}
			if strings.Contains(c.Name, "escapes") {
				formats = append(formats, "text") // the document's own text reaches the output
			}
			for _, format := range formats {
				r := runResolute(t, deadline, "--format", format, path)
				checkOutcome(t, r, path, c.Opens)
				if c.Opens && r.code == 0 && format == "text" && strings.Contains(c.Name, "escapes") && !strings.Contains(r.stdout, "Decides") {
					t.Errorf("the text around the escapes is lost: %q", r.stdout)
				}
			}
		})
	}
}

// TestHostileFileNames checks that a file name's escape sequences never
// reach the error message, whether the file is missing, a directory, a
// FIFO or unreadable.
func TestHostileFileNames(t *testing.T) {
	dir := t.TempDir()
	evil := "missing" + hostile.Escapes + ".txt"
	fifo := filepath.Join(dir, "fifo"+hostile.Escapes+".xml")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	sub := filepath.Join(dir, "dir"+hostile.Escapes+".pdf")
	os.Mkdir(sub, 0o700)
	for _, tt := range []struct{ path, cause string }{
		{filepath.Join(dir, evil), "no such file"},
		{fifo, "FIFO"},
		{sub, "directory"},
		{"/dev/zero", "device"},
	} {
		for _, format := range []string{"json", "text"} {
			r := runResolute(t, hostileDeadline, "--format", format, tt.path)
			if r.code != 1 || !strings.Contains(r.stderr, tt.cause) {
				t.Errorf("%q: exit %d, %q; want 1 and %q", tt.path, r.code, r.stderr, tt.cause)
			}
			checkOutcome(t, r, tt.path, false)
			// The name is shown with its escapes written out, so that it
			// still tells which file is meant.
			if strings.Contains(tt.path, hostile.Escapes) && !strings.Contains(r.stderr, `\x1b]0;PWNED\x07`) {
				t.Errorf("%q: the name's escapes are not written out: %q", tt.path, r.stderr)
			}
		}
	}
}
