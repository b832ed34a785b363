package isolate

import (
	"bufio"
	"errors"
	"io"
	"os"
	"runtime/debug"
	"strconv"

	"resolute/content/input"
	"resolute/content/pdftext"
)

// Serve makes the running executable act as the child of [ReadPDF] when
// it was started as one: it reads the PDF on its standard input, writes
// the text of its pages on its standard output and exits. Otherwise it
// returns at once. Call it first thing in main, and in the TestMain of
// test binaries that open PDFs.
func Serve() {
	if os.Getenv(envKey) != "pdf" {
		return
	}
	memory, cpu, maxText, pages := decodeLimits(os.Getenv(envLimits))
	limitSelf(memory, cpu)
	w := bufio.NewWriterSize(os.Stdout, 64<<10)
	if writeRecord(w, recHello, hello) != nil {
		os.Exit(1)
	}
	serve(os.Stdin, w, maxText, pages)
	os.Exit(0)
}

// limitSelf caps the child's own heap, stack and CPU time. The soft Go
// memory limit makes the collector work harder well before the hard
// limit, which ends the child with "out of memory"; a smaller stack makes
// a recursion bomb end in milliseconds instead of a gigabyte later.
func limitSelf(memory, cpuSeconds int64) {
	debug.SetMemoryLimit(memory * 3 / 4)
	debug.SetMaxStack(64 << 20)
	setRlimits(memory, cpuSeconds)
}

// serve reads a PDF from r and writes its records to w.
func serve(r io.Reader, w *bufio.Writer, maxText, pages int) {
	b, err := io.ReadAll(io.LimitReader(r, input.MaxSize+1))
	if err != nil {
		writeRecord(w, recError, "cannot read the PDF")
		return
	}
	d, err := pdftext.Open(b)
	if err != nil {
		writeRecord(w, recError, err.Error())
		return
	}
	writeRecord(w, recCount, strconv.Itoa(d.Pages()))
	sent, read := 0, 0
	for {
		if pages > 0 && read == pages {
			writeRecord(w, recMore, "")
			break
		}
		text, err := d.Next()
		if err == io.EOF {
			break
		}
		var pe *pdftext.PageError
		switch {
		case errors.As(err, &pe):
			if writeRecord(w, recSkip, pe.Error()) != nil {
				return
			}
			continue
		case err != nil:
			writeRecord(w, recError, err.Error())
			return
		}
		if sent += len(text); sent > maxText {
			writeRecord(w, recError, "unreadable PDF (its text is larger than "+strconv.Itoa(maxText>>20)+" MB)")
			return
		}
		if writeRecord(w, recPage, text) != nil {
			return // the parent is gone
		}
		read++
	}
	writeRecord(w, recDone, "")
}
