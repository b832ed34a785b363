package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeFile writes a file under the test's temporary folder and returns its
// path.
func writeFile(t *testing.T, name, text string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

const (
	diffOld = "The General Assembly,\n\n*Recalling* its resolution 59/50 of 2 December 2004 on cooperation between the two organizations,\n\n1. *Takes note* of the report of the Secretary-General on cooperation;\n\n2. *Decides* to include in the provisional agenda of its eighty-first session the sub-item entitled \"Cooperation\".\n"
	diffNew = "The General Assembly,\n\n*Recalling* its resolution 59/50 of 2 December 2004 on cooperation between the two organizations,\n\n1. *Welcomes* the strengthening of cooperation between the two secretariats at all levels;\n\n2. *Takes note* of the reports of the Secretary-General on cooperation;\n\n3. *Decides* to include in the provisional agenda of its eighty-third session the sub-item entitled \"Cooperation\".\n"
)

func TestDiffCommand(t *testing.T) {
	old, new := writeFile(t, "old.txt", diffOld), writeFile(t, "new.txt", diffNew)
	code, out, errOut := runCmd(t, "", "diff", old, new, "--format", "text")
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	for _, want := range []string{
		"Paragraphs: 1 equal, 2 changed, 1 inserted (2 renumbered)",
		"OP1 · inserted\n{+Welcomes",
		"OP2 · changed · was OP1\nTakes note of the [-report-]{+reports+} of",
		"eighty-[-first-]{+third+} session",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("diff --format text lacks %q; got\n%s", want, out)
		}
	}
	// Printed to a pipe without --format: text.
	if _, plain, _ := runCmd(t, "", "diff", old, new); plain != out {
		t.Errorf("diff to a pipe differs from --format text")
	}
	code, out, _ = runCmd(t, "", "diff", "--format", "json", old, new)
	var res struct {
		Pairs []struct {
			Op       string
			Old, New []string
		}
	}
	if code != 0 || json.Unmarshal([]byte(out), &res) != nil || len(res.Pairs) != 4 {
		t.Fatalf("diff --format json: exit %d, %d pairs\n%s", code, len(res.Pairs), out)
	}
	if p := res.Pairs[1]; p.Op != "inserted" || len(p.Old) != 0 || p.New[0] != "op1" {
		t.Errorf("pair 1: %+v", p)
	}
	code, out, _ = runCmd(t, "", "diff", "--format", "ansi", "--width", "40", old, new)
	if code != 0 || !strings.Contains(out, "\x1b[9;31mreport\x1b[m") {
		t.Errorf("diff --format ansi: exit %d\n%q", code, out)
	}
	code, out, _ = runCmd(t, "", "diff", "--format", "markdown", old, new)
	if code != 0 || !strings.Contains(out, "~~report~~**reports**") {
		t.Errorf("diff --format markdown: exit %d\n%s", code, out)
	}
}

func TestDiffCommandErrors(t *testing.T) {
	old := writeFile(t, "old.txt", diffOld)
	tests := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"diff", old}, exitUsage, "resolute: two files to compare (got 1)\nusage: resolute diff OLD NEW"},
		{[]string{"diff", old, old, "--format", "yaml"}, exitUsage, `unknown format "yaml"`},
		{[]string{"diff", old, old, "--width", "-3"}, exitUsage, "width -3 out of range"},
		{[]string{"diff", old, "/nonexistent/new.txt"}, exitError, "resolute: /nonexistent/new.txt: "},
		{[]string{"diff", "--bogus", old, old}, exitUsage, "unknown flag: --bogus"},
	}
	for _, tc := range tests {
		code, _, errOut := runCmd(t, "", tc.args...)
		if code != tc.code || !strings.Contains(errOut, tc.want) || strings.Count(strings.TrimSpace(errOut), "\n") > 2 {
			t.Errorf("%v: exit %d, stderr %q; want exit %d and %q", tc.args, code, errOut, tc.code, tc.want)
		}
	}
}
