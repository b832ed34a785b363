package pdftext

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"resolute/internal/corpus"
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

func FuzzText(f *testing.F) {
	f.Add([]byte("%PDF-1.4\n%%EOF\n"))
	f.Add([]byte("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF"))
	f.Fuzz(func(t *testing.T, b []byte) {
		_, _ = Text(b) // must not panic or hang
	})
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
