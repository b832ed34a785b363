package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"resolute/internal/corpus"
)

// TestMarkdownEscapesOnlyWhatNeedsIt prints the Pact for the Future as
// Markdown: none of the escapes a Markdown reader does not need, and the
// citations as links.
func TestMarkdownEscapesOnlyWhatNeedsIt(t *testing.T) {
	path := corpus.Require(t, "text", "ga-79-1.en.txt")
	code, out, errOut := runCmd(t, "", "--format", "markdown", path)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, bad := range []string{`\-`, `\)`, `\(`, `\.`, `\#`, `\+`, `\]`, `&amp;`} {
		if n := strings.Count(out, bad); n > 0 {
			t.Errorf("%d %q in the printed Markdown", n, bad)
		}
	}
	for _, want := range []string{"well-being", "**1.** ", "](https://undocs.org/en/A/RES/"} {
		if !strings.Contains(out, want) {
			t.Errorf("the printed Markdown lacks %q", want)
		}
	}
	t.Logf("%d backslashes, %d links", strings.Count(out, `\`), strings.Count(out, "](https://undocs.org/"))
}

// TestNoColorANSIIsPlain checks that NO_COLOR prints the layout of --format
// ansi without escape sequences or Markdown markers.
func TestNoColorANSIIsPlain(t *testing.T) {
	t.Setenv("NO_COLOR", "1")
	code, out, errOut := runCmd(t, "", "--format", "ansi", "--width", "80")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, bad := range []string{"\x1b", "**", "## ", "*Haciendo"} {
		if strings.Contains(out, bad) {
			t.Errorf("NO_COLOR --format ansi prints %q", bad)
		}
	}
	if !strings.Contains(out, "  A/RES/65/122 · Asamblea General\n") || !strings.Contains(out, "  1. Hace notar") {
		t.Errorf("NO_COLOR --format ansi is not laid out like the ansi output:\n%s", out)
	}
}

// TestEmptyAndNotResolution prints an empty file, which is refused, and a
// text that is no resolution, which prints under a note.
func TestEmptyAndNotResolution(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.txt")
	list := filepath.Join(dir, "list.txt")
	if err := os.WriteFile(empty, []byte(" \n\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(list, []byte("Hello world.\n\nA shopping list: milk, eggs.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, format := range []string{"text", "markdown", "ansi", "json"} {
		code, out, errOut := runCmd(t, "", "--format", format, empty)
		if code != 1 || out != "" || errOut != "resolute: "+empty+": empty file\n" {
			t.Errorf("--format %s of an empty file: exit %d, stdout %q, stderr %q", format, code, out, errOut)
		}
	}
	for _, format := range []string{"markdown", "ansi"} {
		code, out, _ := runCmd(t, "", "--format", format, "--width", "80", list)
		if code != 0 || !strings.Contains(ansi.Strip(out), "not laid out as a resolution: read as 2 plain paragraphs") {
			t.Errorf("--format %s of a shopping list: exit %d, no note:\n%s", format, code, out)
		}
	}
	code, out, _ := runCmd(t, "", "--format", "json", list)
	if code != 0 || !strings.Contains(out, "not laid out as a resolution") {
		t.Errorf("--format json of a shopping list: exit %d, no diagnostic", code)
	}
	code, out, errOut := runCmd(t, "", "--format", "text", list)
	if code != 0 || !strings.HasSuffix(out, "eggs.\n") {
		t.Errorf("--format text does not end its last line: %q", out)
	}
	// Plain text has no room for the note: it goes to standard error, and
	// no "United Nations" heads a shopping list.
	if strings.Contains(out, "United Nations") || errOut != "resolute: "+list+": not laid out as a resolution: read as 2 plain paragraphs\n" {
		t.Errorf("--format text of a shopping list: stdout %q, stderr %q", out, errOut)
	}
}

// TestJSONListsPresent checks that jq-style access to the lists of the
// model works on a document without annexes or metadata.
func TestJSONListsPresent(t *testing.T) {
	code, out, errOut := runCmd(t, "", "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var doc map[string]any
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	if a, ok := doc["annexes"].([]any); !ok || len(a) != 0 {
		t.Errorf("annexes = %v, want []", doc["annexes"])
	}
	if v, ok := doc["meta"]; !ok || v != nil {
		t.Errorf("meta = %v (present %v), want null", v, ok)
	}
	if _, ok := doc["masthead"].(map[string]any)["agenda_title"]; !ok {
		t.Error("masthead lacks agenda_title")
	}
}
