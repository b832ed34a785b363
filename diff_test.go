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

// seriesLibrary points the library at library/testdata/series (made-up
// resolutions of a few series and a draft) with XDG directories of the
// test's own, and returns the folder.
func seriesLibrary(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("library", "testdata", "series"))
	if err != nil {
		t.Fatal(err)
	}
	root := t.TempDir()
	t.Setenv("XDG_CACHE_HOME", filepath.Join(root, "cache"))
	t.Setenv("XDG_STATE_HOME", filepath.Join(root, "state"))
	t.Setenv("RESOLUTE_LIBRARY", dir)
	return dir
}

func TestDiffSymbols(t *testing.T) {
	dir := seriesLibrary(t)
	// Two symbols, the library indexed first since it never was.
	code, out, errOut := runCmd(t, "", "diff", "84/12", "A/RES/85/20", "-f", "text")
	if code != 0 || !strings.HasPrefix(out, "A/RES/84/12 → A/RES/85/20\n") || !strings.Contains(errOut, "indexing the library first") {
		t.Fatalf("diff 84/12 A/RES/85/20: exit %d\n%s%s", code, out, errOut)
	}
	// In French, and a file against a symbol.
	code, out, errOut = runCmd(t, "", "diff", "84/12", "85/20", "--lang", "fr", "-f", "text")
	if code != 0 || !strings.Contains(out, "Coopération") {
		t.Errorf("diff --lang fr: exit %d\n%s%s", code, out, errOut)
	}
	file := filepath.Join(dir, "a-res-84-12.en.xml")
	if code, out, errOut = runCmd(t, "", "diff", file, "85/20", "-f", "text"); code != 0 || !strings.HasPrefix(out, "A/RES/84/12 → A/RES/85/20\n") {
		t.Errorf("diff FILE SYMBOL: exit %d\n%s%s", code, out, errOut)
	}
	// An existing file wins over a symbol: a file named 85/20 here.
	work := t.TempDir()
	os.MkdirAll(filepath.Join(work, "85"), 0o755)
	os.WriteFile(filepath.Join(work, "85", "20"), []byte(diffNew), 0o644)
	t.Chdir(work)
	if code, out, errOut = runCmd(t, "", "diff", file, "85/20", "-f", "text"); code != 0 || !strings.HasPrefix(out, "A/RES/84/12 → (no symbol)\n") {
		t.Errorf("a file named like a symbol: exit %d\n%s%s", code, out, errOut)
	}
}

func TestDiffPreviousAndDraft(t *testing.T) {
	dir := seriesLibrary(t)
	tests := []struct {
		args []string
		code int
		want string // the head of standard output, or a part of standard error
	}{
		{[]string{"diff", "--previous", "A/RES/85/20"}, 0, "A/RES/84/12 → A/RES/85/20\n"},
		{[]string{"diff", "--previous", "85/20", "--lang", "fr"}, 0, "A/RES/84/12 → A/RES/85/20\nParagraphs:"},
		{[]string{"diff", "--previous", filepath.Join(dir, "a-res-85-30.en.xml")}, 0, "A/RES/84/31 → A/RES/85/30\n"},
		{[]string{"diff", "--previous", "S/RES/2815 (2026)"}, 0, "S/RES/2770 (2025) → S/RES/2815 (2026)\n"},
		{[]string{"diff", "--draft", "85/20"}, 0, "A/85/L.5 → A/RES/85/20\n"},
		{[]string{"diff", "--previous", "83/10"}, exitError, "resolute: A/RES/83/10: no predecessor in the library\n"},
		{[]string{"diff", "--draft", "84/12"}, exitError, "resolute: A/RES/84/12: its draft A/84/L.9: not in the library\n"},
		{[]string{"diff", "--draft", "83/10"}, exitError, "resolute: A/RES/83/10 names no draft\n"},
		{[]string{"diff", "--previous", "99/1"}, exitError, "resolute: 99/1: not in the library (add its folder with 'resolute index DIR' or to RESOLUTE_LIBRARY)\n"},
		{[]string{"diff", "--previous", "85/20", "84/12"}, exitUsage, "one file or symbol to compare with its predecessor (got 2)"},
		{[]string{"diff", "--draft"}, exitUsage, "one file or symbol to compare with its draft (got 0)"},
		{[]string{"diff", "--previous", "--draft", "85/20"}, exitUsage, "--previous and --draft cannot be used together"},
	}
	for _, tc := range tests {
		code, out, errOut := runCmd(t, "", append(tc.args, "-f", "text")...)
		ok := code == tc.code
		if tc.code == 0 {
			ok = ok && strings.HasPrefix(out, tc.want)
		} else {
			ok = ok && strings.Contains(errOut, tc.want) && strings.Count(strings.TrimSpace(errOut), "\n") <= 3
		}
		if !ok {
			t.Errorf("%v: exit %d\n%s%s\nwant exit %d and %q", tc.args, code, out, errOut, tc.code, tc.want)
		}
	}
	// The French predecessor of the French text.
	if _, out, _ := runCmd(t, "", "diff", "--previous", "85/20", "--lang", "fr", "-f", "json"); !strings.Contains(out, "Prend note") || strings.Contains(out, "Takes note") {
		t.Errorf("diff --previous --lang fr compares other languages:\n%s", out)
	}
}
