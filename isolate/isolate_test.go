package isolate

import (
	"context"
	"flag"
	"os"
	"strings"
	"testing"
	"time"

	"resolute/internal/hostile"
	"resolute/termsafe"
)

var big = flag.Bool("hostile.big", false, "also run the slow hostile PDFs (gigabyte bombs, 2,000 pages, 100,000 streams)")

func TestMain(m *testing.M) {
	Serve()
	os.Exit(m.Run())
}

// TestReadPDFHostile reads every hostile PDF in a child and checks that
// each ends in time with its pages or a one-line error that quotes none of
// the file's escape sequences.
func TestReadPDFHostile(t *testing.T) {
	lim := Limits{Page: time.Second, Total: 20 * time.Second}
	for _, c := range hostile.PDFs() {
		if c.Big && !*big {
			continue
		}
		t.Run(c.Name, func(t *testing.T) {
			t.Parallel()
			start := time.Now()
			res, err := ReadPDF(context.Background(), c.Data, lim)
			took := time.Since(start)
			if took > lim.Page*5 && !c.Big {
				t.Errorf("took %v", took)
			}
			if (c.Opens || c.Partial) && len(res.Pages) == 0 {
				t.Errorf("no page read (error %v)", err)
			}
			if err != nil {
				msg := err.Error()
				if strings.ContainsAny(msg, "\n\r") || termsafe.Message(msg) != msg {
					t.Errorf("error is not one clean line: %q", msg)
				}
			}
			for _, p := range res.Pages {
				if v := termsafe.Violations(p); len(v) > 0 {
					t.Errorf("page text holds %q", v[0])
				}
			}
			t.Logf("%d pages in %v, error: %v", len(res.Pages), took.Round(time.Millisecond), err)
		})
	}
}

func TestReadPDFCyclicTreeKeepsFirstPages(t *testing.T) {
	var data []byte
	for _, c := range hostile.PDFs() {
		if c.Name == "cyclic-kids-at-page-3" {
			data = c.Data
		}
	}
	res, err := ReadPDF(context.Background(), data, Limits{Page: time.Second})
	if err == nil || !strings.Contains(err.Error(), "loops") {
		t.Errorf("error %v, want a page tree that loops", err)
	}
	if len(res.Pages) != 2 || !strings.Contains(res.Pages[1], "page 2") {
		t.Errorf("read %d pages, want the first 2: %q", len(res.Pages), res.Pages)
	}
}

func TestReadPDFHead(t *testing.T) {
	data := hostile.PagesPDF(hostile.ResolutionPages(5))
	res, err := ReadPDF(context.Background(), data, Limits{Pages: 2})
	if err != nil || len(res.Pages) != 2 || !res.More || res.Declared != 5 {
		t.Fatalf("pages %d, more %v, declared %d, error %v; want 2 of 5 and more", len(res.Pages), res.More, res.Declared, err)
	}
	res, err = ReadPDF(context.Background(), data, Limits{})
	if err != nil || len(res.Pages) != 5 || res.More {
		t.Fatalf("pages %d, more %v, error %v; want all 5", len(res.Pages), res.More, err)
	}
}

func TestReadPDFCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := ReadPDF(ctx, hostile.PagesPDF(hostile.ResolutionPages(1)), Limits{}); err == nil {
		t.Error("a cancelled read succeeded")
	}
}

func TestCrashErrorNamesTheCause(t *testing.T) {
	lim := Limits{}.withDefaults()
	for stderr, want := range map[string]string{
		"fatal error: runtime: out of memory":                      "memory",
		"runtime: goroutine stack exceeds 67108864-byte limit":     "without end",
		"panic: \x1b]0;PWNED\x07 makeslice: len out of range\n...": "failed",
	} {
		got := crashError(nil, stderr, lim).Error()
		if !strings.Contains(got, want) || strings.Contains(got, "\x1b") {
			t.Errorf("crashError(%q) = %q, want it to say %q", stderr, got, want)
		}
	}
}

// FuzzReadPDF reads arbitrary bytes as a PDF in a child: whatever they
// hold, the read ends within its limits with clean pages or a clean
// one-line error. Seeded with every hostile PDF but the slow ones, and
// (testdata/fuzz) with a real one-page UN resolution.
func FuzzReadPDF(f *testing.F) {
	for _, c := range hostile.PDFs() {
		if !c.Big {
			f.Add(c.Data)
		}
	}
	lim := Limits{Page: time.Second, Total: 5 * time.Second}
	f.Fuzz(func(t *testing.T, b []byte) {
		res, err := ReadPDF(context.Background(), b, lim)
		if err != nil && (strings.ContainsAny(err.Error(), "\n\r") || termsafe.Message(err.Error()) != err.Error()) {
			t.Fatalf("error is not one clean line: %q", err)
		}
		for _, p := range res.Pages {
			if v := termsafe.Violations(p); len(v) > 0 {
				t.Fatalf("page text holds %q", v[0])
			}
		}
	})
}
