package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"resolute/termsafe"
)

// runCmd runs the command with args and returns its exit status and streams.
func runCmd(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func TestSampleJSON(t *testing.T) {
	code, out, errOut := runCmd(t, "", "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	var doc struct {
		Symbol   string `json:"symbol"`
		Language string `json:"language"`
		Parts    []struct {
			Preamble  []struct{ ID string } `json:"preamble"`
			Operative []struct {
				ID     string  `json:"id"`
				Number *string `json:"number"`
			} `json:"operative"`
		} `json:"parts"`
		Footnotes []struct {
			Paragraph string `json:"paragraph"`
		} `json:"footnotes"`
		Citations []struct {
			Symbol string `json:"symbol"`
		} `json:"citations"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("output is not JSON: %v", err)
	}
	if doc.Symbol != "A/RES/65/122" || doc.Language != "es" {
		t.Errorf("symbol, language = %q, %q; want A/RES/65/122, es", doc.Symbol, doc.Language)
	}
	if len(doc.Parts) != 1 || len(doc.Parts[0].Preamble) != 8 || len(doc.Parts[0].Operative) != 5 {
		t.Fatalf("parts = %+v; want one part with 8 preambular and 5 operative paragraphs", doc.Parts)
	}
	if len(doc.Footnotes) != 1 || doc.Footnotes[0].Paragraph != "pp6" {
		t.Errorf("footnotes = %+v; want one, on pp6", doc.Footnotes)
	}
	got := map[string]bool{}
	for _, c := range doc.Citations {
		got[c.Symbol] = true
	}
	for _, want := range []string{"A/RES/59/50", "A/RES/64/256", "S/RES/1631 (2005)", "A/RES/49/57", "A/RES/49/60", "A/65/L.6"} {
		if !got[want] {
			t.Errorf("citation %s missing from %v", want, got)
		}
	}
}

func TestPrintFormats(t *testing.T) {
	for _, format := range []string{"text", "markdown", "ansi", "json"} {
		code, out, errOut := runCmd(t, "", "--format", format, "--width", "80")
		if code != 0 || errOut != "" {
			t.Errorf("--format %s: exit %d, stderr %q", format, code, errOut)
		}
		if !strings.Contains(out, "Invita") {
			t.Errorf("--format %s: output lacks op3's lead Invita", format)
		}
	}
}

func TestParaOption(t *testing.T) {
	code, out, errOut := runCmd(t, "", "--format", "text", "--para", "op3")
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	if !strings.Contains(out, "Invita a los componentes especializados") || strings.Contains(out, "Solicita") {
		t.Errorf("--para op3 printed %q", out)
	}
	code, _, errOut = runCmd(t, "", "--format", "text", "--para", "op42")
	if code != 1 || !strings.Contains(errOut, "op42") || strings.Count(errOut, "\n") != 1 {
		t.Errorf("unknown paragraph: exit %d, stderr %q; want 1 and one line naming op42", code, errOut)
	}
}

func TestStdinAndFormatAfterFile(t *testing.T) {
	code, out, errOut := runCmd(t, sample, "-", "--format", "json")
	if code != 0 || !strings.Contains(out, `"A/RES/65/122"`) {
		t.Errorf("stdin: exit %d, stderr %q", code, errOut)
	}
}

func TestErrors(t *testing.T) {
	dir := t.TempDir()
	bin := filepath.Join(dir, "image.png")
	if err := os.WriteFile(bin, []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"), 0o644); err != nil {
		t.Fatal(err)
	}
	badXML := filepath.Join(dir, "bad.xml")
	if err := os.WriteFile(badXML, []byte("<?xml version=\"1.0\"?>\n<akomaNtoso><statement>"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		args []string
		code int
		want string // in the single stderr line
	}{
		{"missing file", []string{"--format", "json", filepath.Join(dir, "nope.txt")}, 1, "nope.txt"},
		{"directory", []string{"--format", "json", dir}, 1, dir},
		{"binary", []string{"--format", "json", bin}, 1, "image.png"},
		{"bad xml", []string{"--format", "json", badXML}, 1, "bad.xml"},
		{"unknown format", []string{"--format", "pdf"}, 2, "usage:"},
		{"unknown flag", []string{"--colour"}, 2, "usage:"},
		{"two files", []string{"a.txt", "b.txt"}, 2, "usage:"},
	}
	for _, tt := range tests {
		code, out, errOut := runCmd(t, "", tt.args...)
		if code != tt.code {
			t.Errorf("%s: exit %d, want %d (stderr %q)", tt.name, code, tt.code, errOut)
		}
		if !strings.Contains(errOut, tt.want) {
			t.Errorf("%s: stderr %q does not name %q", tt.name, errOut, tt.want)
		}
		if tt.code == 1 && strings.Count(errOut, "\n") != 1 {
			t.Errorf("%s: stderr is not one line: %q", tt.name, errOut)
		}
		if out != "" {
			t.Errorf("%s: printed %q on stdout", tt.name, out)
		}
		if strings.Contains(errOut, "goroutine") || strings.Contains(errOut, "panic") {
			t.Errorf("%s: stack trace on stderr", tt.name)
		}
	}
}

// TestHostileInputEveryFormat prints each file of the hostile corpus, laid
// into a resolution, in every format, and checks that nothing but text,
// newlines, SGR colours and resolute's own https links reaches stdout.
func TestHostileInputEveryFormat(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("termsafe", "testdata", "hostile", "*"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no hostile corpus: %v", err)
	}
	dir := t.TempDir()
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc := "United Nations\n\nA/RES/99/1\n\n99/1. Title " + string(raw) + "\n\nThe General Assembly,\n\n" +
			"Recalling its resolution 59/50 " + string(raw) + ",\n\n1. Decides " + string(raw) + ";\n\n2. *Requests* (a) " + string(raw) + ".\n"
		path := filepath.Join(dir, filepath.Base(f)+".txt")
		if err := os.WriteFile(path, []byte(doc), 0o644); err != nil {
			t.Fatal(err)
		}
		for _, format := range []string{"json", "markdown", "text", "ansi"} {
			code, out, errOut := runCmd(t, "", "--format", format, "--width", "60", path)
			if code == 1 && strings.Contains(errOut, "binary file") && strings.Count(errOut, "\n") == 1 {
				continue // mostly control bytes: refused, which is safe too
			}
			if code != 0 {
				t.Errorf("%s --format %s: exit %d, stderr %q", filepath.Base(f), format, code, errOut)
				continue
			}
			if v := termsafe.Violations(out); len(v) > 0 {
				t.Errorf("%s --format %s: output holds %q", filepath.Base(f), format, v)
			}
		}
	}
}

func TestParaItem(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "items.txt")
	doc := "United Nations\n\nA/RES/99/2\n\n99/2. Items\n\nThe General Assembly,\n\n*Recalling* its resolution 59/50,\n\n" +
		"1. *Decides*:\n\n(a) To do one thing;\n\n(b) To do another:\n\n(i) First part;\n\n(ii) Second part;\n\n2. *Requests* a report.\n"
	if err := os.WriteFile(path, []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCmd(t, "", "--format", "text", "--para", "1(b)", path)
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	want := "(b) To do another:\n    (i) First part;\n    (ii) Second part;\n"
	if out != want {
		t.Errorf("--para 1(b) printed %q, want %q", out, want)
	}
	code, out, _ = runCmd(t, "", "--format", "json", "--para", "1(b)(ii)", path)
	if code != 0 || !strings.Contains(out, `"id": "op1(b)(ii)"`) {
		t.Errorf("--format json --para 1(b)(ii): exit %d, %q", code, out)
	}
}
