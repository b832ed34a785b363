// Package isolate reads untrusted PDFs in a child process of the running
// executable, so that whatever the PDF library does on a crafted file —
// loop, recurse until its stack overflows, allocate a terabyte — ends the
// child, never the program that asked.
//
// The child is the executable itself, started again with a marker in its
// environment: the program calls [Serve] first thing in main, and so must
// the TestMain of every test binary whose tests open PDFs through this
// package:
//
//	func TestMain(m *testing.M) {
//		isolate.Serve()
//		os.Exit(m.Run())
//	}
//
// (Without it the child is the test binary running its tests, and
// [ReadPDF] fails at once with an error that says so.)
//
// The child caps its own heap (RLIMIT_DATA, and a soft Go memory limit
// below it), its stack and its CPU time, reads the PDF from its standard
// input and writes the text of each page as soon as it has it, so the
// first pages arrive first. The parent kills it when a page takes longer
// than [Limits.Page], the whole longer than [Limits.Total], or its context
// is done, and turns a crash into a one-line error naming the cause.
package isolate

import (
	"bufio"
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"time"
)

// envKey marks the child in its environment; envLimits passes it its
// limits.
const (
	envKey    = "RESOLUTE_ISOLATE"
	envLimits = "RESOLUTE_ISOLATE_LIMITS"
	// envPageTimeout overrides Limits.Page's default (a Go duration), so
	// that tests of the resolute binary need not wait seconds per case.
	envPageTimeout = "RESOLUTE_PDF_PAGE_TIMEOUT"
)

// hello is the child's first record: a test binary without Serve in its
// TestMain writes something else.
const hello = "resolute-isolate 1"

// Limits bound one child. Zero fields take the defaults.
type Limits struct {
	// Memory is the most heap the child may use, in bytes: 512 MB.
	Memory int64
	// Page is the longest wait for the next page (or, at the start, for
	// the document to open): 3 s. A page of a UN PDF takes 10-50 ms.
	Page time.Duration
	// Total is the longest the whole document may take: 2 minutes, the
	// time of some 2,000 pages on a loaded machine.
	Total time.Duration
	// Text is the most text, in bytes, the child may send: 64 MB, the
	// size limit of every other input.
	Text int
	// Pages is how many pages to read; 0 reads them all.
	Pages int
}

// Defaults of Limits.
const (
	DefaultMemory = 512 << 20
	DefaultPage   = 3 * time.Second
	DefaultTotal  = 2 * time.Minute
	DefaultText   = 64 << 20
)

// withDefaults fills the zero fields of l.
func (l Limits) withDefaults() Limits {
	if l.Memory <= 0 {
		l.Memory = DefaultMemory
	}
	if l.Page <= 0 {
		l.Page = DefaultPage
		if d, err := time.ParseDuration(os.Getenv(envPageTimeout)); err == nil && d > 0 {
			l.Page = d
		}
	}
	if l.Total <= 0 {
		l.Total = DefaultTotal
	}
	if l.Text <= 0 {
		l.Text = DefaultText
	}
	return l
}

// Result is what a child read of a PDF.
type Result struct {
	// Pages holds the text of each page read, in order (pages that could
	// not be read are left out).
	Pages []string
	// Declared is the page count the document declares.
	Declared int
	// More is set when Limits.Pages stopped the reading before the end.
	More bool
	// Skipped describes the pages that could not be read, one line each
	// ("page 5: …"), while the pages after them could.
	Skipped []string
}

// Text returns the pages' text separated by a form feed and a newline,
// the page break the layout stage reads.
func (r *Result) Text() string {
	return strings.Join(r.Pages, "\f\n")
}

// ReadPDF reads the PDF held in b in a child process. It returns what
// was read and, when the reading stopped early — the child crashed, ran out
// of time or memory, or the page tree broke — a one-line error, lower
// case, without the file's name; the pages read before the failure are in
// the Result even then.
func ReadPDF(ctx context.Context, b []byte, lim Limits) (*Result, error) {
	lim = lim.withDefaults()
	exe, err := os.Executable()
	if err != nil {
		return &Result{}, fmt.Errorf("cannot start the PDF reader: %v", err)
	}
	ctx, cancel := context.WithTimeout(ctx, lim.Total)
	defer cancel()
	cmd := exec.Command(exe)
	cmd.Env = append(os.Environ(), envKey+"=pdf", envLimits+"="+encodeLimits(lim))
	cmd.Stdin = bytes.NewReader(b)
	stderr := &capped{max: 4 << 10}
	cmd.Stderr = stderr
	cmd.SysProcAttr = childAttr()
	out, err := cmd.StdoutPipe()
	if err != nil {
		return &Result{}, fmt.Errorf("cannot start the PDF reader: %v", err)
	}
	if err := cmd.Start(); err != nil {
		return &Result{}, fmt.Errorf("cannot start the PDF reader: %v", err)
	}
	var once sync.Once
	kill := func() { once.Do(func() { cmd.Process.Kill() }) }
	defer kill()

	recs := make(chan record)
	go readRecords(bufio.NewReaderSize(out, 64<<10), recs, lim.Text)

	res := &Result{}
	var why error // why the parent stopped the child
	timer := time.NewTimer(lim.Page)
	defer timer.Stop()
	first, opened := true, false
	var fail error
	done := false
loop:
	for {
		select {
		case <-ctx.Done():
			kill()
			if errors.Is(ctx.Err(), context.DeadlineExceeded) {
				why = fmt.Errorf("unreadable PDF (reading it took longer than %s)", lim.Total)
			} else {
				why = errors.New("reading the PDF was cancelled")
			}
			break loop
		case <-timer.C:
			kill()
			if !opened {
				why = fmt.Errorf("unreadable PDF (opening it took longer than %s)", lim.Page)
			} else {
				why = fmt.Errorf("unreadable PDF (page %d took longer than %s)", len(res.Pages)+len(res.Skipped)+1, lim.Page)
			}
			break loop
		case r, ok := <-recs:
			if !ok {
				break loop
			}
			if first && r.kind != recHello {
				kill()
				why = errors.New("the PDF reader did not start (a test binary needs isolate.Serve in its TestMain)")
				break loop
			}
			first = false
			timer.Reset(lim.Page)
			switch r.kind {
			case recCount:
				res.Declared, _ = strconv.Atoi(r.text)
				opened = true
			case recPage:
				res.Pages = append(res.Pages, r.text)
			case recSkip:
				res.Skipped = append(res.Skipped, r.text)
			case recError:
				fail = errors.New(r.text)
			case recMore:
				res.More = true
			case recDone:
				done = true
			case recTooMuch:
				kill()
				why = fmt.Errorf("unreadable PDF (its text is larger than %d MB)", lim.Text>>20)
				break loop
			}
		}
	}
	kill()
	go func() {
		for range recs { // let the reader goroutine end
		}
	}()
	werr := cmd.Wait()
	switch {
	case why != nil:
		return res, why
	case fail != nil:
		return res, fail
	case done:
		return res, nil
	}
	return res, crashError(werr, stderr.String(), lim)
}

// crashError names why the child ended without finishing, from its exit
// and the first lines of its standard error (Go's fatal errors). The
// child's own words never reach the user: they may quote the file.
func crashError(werr error, stderr string, lim Limits) error {
	switch {
	case strings.Contains(stderr, "out of memory"), strings.Contains(stderr, "cannot allocate"):
		return fmt.Errorf("unreadable PDF (reading it needs more than %d MB of memory)", lim.Memory>>20)
	case strings.Contains(stderr, "stack exceeds"), strings.Contains(stderr, "stack overflow"):
		return errors.New("unreadable PDF (its objects refer to each other without end)")
	case strings.Contains(stderr, "CPU time"):
		return errors.New("unreadable PDF (reading it took too long)")
	}
	var ee *exec.ExitError
	if errors.As(werr, &ee) && !ee.Exited() {
		return fmt.Errorf("unreadable PDF (the PDF reader was stopped: %s)", signalName(ee))
	}
	return errors.New("unreadable PDF (the PDF reader failed on it)")
}

// capped keeps the first max bytes written to it.
type capped struct {
	mu  sync.Mutex
	max int
	b   []byte
}

func (c *capped) Write(p []byte) (int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if room := c.max - len(c.b); room > 0 {
		c.b = append(c.b, p[:min(room, len(p))]...)
	}
	return len(p), nil
}

func (c *capped) String() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return string(c.b)
}

// The records the child writes: a kind byte, a length (uvarint), the
// payload.
const (
	recHello   = 'H' // payload: hello
	recCount   = 'N' // the declared page count, in decimal
	recPage    = 'P' // a page's text
	recSkip    = 'S' // a page that could not be read: "page N: cause"
	recError   = 'E' // the reading stopped: a one-line error
	recMore    = 'M' // Limits.Pages stopped the reading
	recDone    = 'D' // the end
	recTooMuch = 'T' // (parent side) the text went over Limits.Text
)

// record is one record read from the child.
type record struct {
	kind byte
	text string
}

// readRecords sends the child's records to recs until its output ends,
// stopping after more than maxText bytes of text; it closes recs.
func readRecords(r *bufio.Reader, recs chan<- record, maxText int) {
	defer close(recs)
	total := 0
	for {
		kind, err := r.ReadByte()
		if err != nil {
			return
		}
		n, err := binary.ReadUvarint(r)
		if err != nil {
			return
		}
		if total += int(min(n, 1<<40)); total > maxText+1<<20 {
			recs <- record{kind: recTooMuch}
			return
		}
		buf := make([]byte, n)
		if _, err := io.ReadFull(r, buf); err != nil {
			return
		}
		recs <- record{kind: kind, text: string(buf)}
	}
}

// writeRecord writes one record to w.
func writeRecord(w *bufio.Writer, kind byte, text string) error {
	var n [binary.MaxVarintLen64]byte
	w.WriteByte(kind)
	w.Write(n[:binary.PutUvarint(n[:], uint64(len(text)))])
	w.WriteString(text)
	return w.Flush()
}

// encodeLimits and decodeLimits pass Limits to the child.
func encodeLimits(l Limits) string {
	return fmt.Sprintf("%d,%d,%d,%d", l.Memory, int64(l.Total/time.Second)+1, l.Text, l.Pages)
}

func decodeLimits(s string) (memory, cpuSeconds int64, text, pages int) {
	f := strings.Split(s, ",")
	num := func(i int, def int64) int64 {
		if i < len(f) {
			if v, err := strconv.ParseInt(f[i], 10, 64); err == nil && v >= 0 {
				return v
			}
		}
		return def
	}
	return num(0, DefaultMemory), num(1, int64(DefaultTotal/time.Second)), int(num(2, DefaultText)), int(num(3, 0))
}
