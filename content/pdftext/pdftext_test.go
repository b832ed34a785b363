package pdftext

import (
	"compress/flate"
	"compress/zlib"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"resolute/internal/corpus"
	"resolute/internal/hostile"
)

func corpusPDFs(t *testing.T) []string {
	t.Helper()
	dir := corpus.Require(t, "pdf")
	files, _ := filepath.Glob(filepath.Join(dir, "*.pdf"))
	if len(files) == 0 {
		t.Fatalf("no PDFs in %s", dir)
	}
	return files
}

func TestTextOfCorpusPDFs(t *testing.T) {
	for _, f := range corpusPDFs(t) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text, err := Text(b)
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		if !strings.Contains(text, "General Assembly") {
			t.Errorf("%s: text lacks the organ", f)
		}
		if os.Getenv("PDFTEXT_DUMP") != "" {
			os.WriteFile(filepath.Join(os.Getenv("PDFTEXT_DUMP"), filepath.Base(f)+".txt"), []byte(text), 0o644)
		}
	}
}

func TestTextRefusesBadInput(t *testing.T) {
	for name, in := range map[string]string{
		"empty":     "",
		"not a pdf": "hello",
		"truncated": "%PDF-1.7\n1 0 obj\n<< /Type /Catalog",
	} {
		if _, err := Text([]byte(in)); err == nil {
			t.Errorf("%s: no error", name)
		} else if strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: error is not one line: %q", name, err)
		}
	}
}

// FuzzText extracts text in this process, so it is seeded only with the
// hostile PDFs the page walk itself defends against (loops in /Kids and
// /Parent, depth, a false /Count) and valid ones; those that only a child
// process survives are FuzzReadPDF's, in package isolate.
func FuzzText(f *testing.F) {
	f.Add([]byte("%PDF-1.4\n%%EOF\n"))
	f.Add([]byte("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF"))
	inProcess := map[string]bool{"valid-2-pages": true, "cyclic-kids-at-page-3": true, "cyclic-kids-self": true,
		"cyclic-parent": true, "cyclic-kids-pair": true, "deep-page-tree": true, "huge-count": true,
		"escapes-in-strings": true, "escapes-in-names": true, "escapes-in-xref": true, "truncated": true, "empty-page-tree": true}
	for _, c := range hostile.PDFs() {
		if inProcess[c.Name] {
			f.Add(c.Data)
		}
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		text, err := Text(b) // must not panic or hang
		if err != nil && strings.ContainsAny(err.Error(), "\n\x1b") {
			t.Fatalf("error is not one clean line: %q", err)
		}
		if strings.ContainsRune(text, 0x1b) {
			t.Fatalf("text holds an escape: %q", text)
		}
	})
}

// TestPageWalkRefusesBrokenTrees checks the page walk's own defences in
// this process: loops, depth, /Parent chains.
func TestPageWalkRefusesBrokenTrees(t *testing.T) {
	want := map[string]string{
		"cyclic-kids-self":      "loops back",
		"cyclic-kids-pair":      "loops back",
		"deep-page-tree":        "too deep",
		"cyclic-parent":         "/Parent chain loops",
		"cyclic-kids-at-page-3": "",
		"huge-count":            "",
	}
	for _, c := range hostile.PDFs() {
		w, ok := want[c.Name]
		if !ok {
			continue
		}
		text, err := Text(c.Data)
		switch {
		case w == "" && (err != nil || text == ""):
			t.Errorf("%s: %v, want its first pages", c.Name, err)
		case w != "" && (err == nil || !strings.Contains(err.Error(), w)):
			t.Errorf("%s: error %v, want %q", c.Name, err, w)
		}
	}
}

func TestTextPages(t *testing.T) {
	f := filepath.Join(filepath.Dir(corpusPDFs(t)[0]), "ga-80-226.en.pdf") // a small one
	b, err := os.ReadFile(f)
	if err != nil {
		t.Skip(err)
	}
	whole, err := Text(b)
	if err != nil {
		t.Fatal(err)
	}
	head, more, err := TextPages(b, 1)
	if err != nil || !more {
		t.Fatalf("first page: more %v, error %v", more, err)
	}
	if !strings.HasPrefix(whole, head+"\f\n") {
		t.Errorf("the first page's text is not the start of the whole text")
	}
	all, more, err := TextPages(b, 1000)
	if err != nil || more || all != whole {
		t.Errorf("every page: more %v, error %v, same text %v", more, err, all == whole)
	}
}

// TestOpenErrorWording checks that the PDF library's errors on opening are
// worded for a reader: a damaged compressed stream is named as such, and
// any other message is kept on one clean line.
func TestOpenErrorWording(t *testing.T) {
	for _, tc := range []struct {
		name string
		err  error
		want string
	}{
		{"zlib header", zlib.ErrHeader, "unreadable PDF (a compressed stream in it is damaged)"},
		{"zlib checksum wrapped", fmt.Errorf("reading xref: %w", zlib.ErrChecksum), "unreadable PDF (a compressed stream in it is damaged)"},
		{"flate corrupt", flate.CorruptInputError(12), "unreadable PDF (a compressed stream in it is damaged)"},
		{"flate by text", errors.New("flate: corrupt input before offset 3"), "unreadable PDF (a compressed stream in it is damaged)"},
		{"other", errors.New("malformed PDF: missing xref\nsecond line"), "unreadable PDF (malformed PDF: missing xref)"},
		{"escapes", errors.New("bad token \x1b]0;x\x07"), "unreadable PDF (bad token )"},
	} {
		if got := openError(tc.err).Error(); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
}
