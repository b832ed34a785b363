package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"resolute/termsafe"
)

// TestParallelGolden prints the fixtures of testdata/parallel side by side
// in every format: English beside French, which has no OP4, and beside
// Arabic, right-aligned in its column. go test -run TestParallelGolden
// -update rewrites the golden files.
func TestParallelGolden(t *testing.T) {
	dir := filepath.Join("testdata", "parallel")
	tests := []struct {
		name string
		args []string
	}{
		{"en-fr.json", []string{"--format", "json"}},
		{"en-fr.txt", []string{"--format", "text"}},
		{"en-fr.md", []string{"--format", "markdown"}},
		{"en-fr.120.ansi", []string{"--format", "ansi", "--width", "120"}},
		{"en-fr.80.ansi", []string{"--format", "ansi", "--width", "80"}},
		{"en-ar.120.ansi", []string{"--format", "ansi", "--width", "120"}},
		{"en-ar.120.plain", []string{"--format", "ansi", "--width", "120"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			other := "fr.txt"
			if strings.HasPrefix(tt.name, "en-ar") {
				other = "ar.txt"
			}
			if strings.HasSuffix(tt.name, ".plain") {
				t.Setenv("NO_COLOR", "1")
			} else {
				t.Setenv("NO_COLOR", "")
			}
			args := append(tt.args, "--with", filepath.Join(dir, other), filepath.Join(dir, "en.txt"))
			code, out, errOut := runCmd(t, "", args...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			if v := termsafe.Violations(out); len(v) > 0 {
				t.Errorf("the output holds sequences termsafe stops: %q", v)
			}
			golden := filepath.Join(dir, tt.name+".golden")
			if *update {
				if err := os.WriteFile(golden, []byte(out), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (go test -run TestParallelGolden -update writes it)", err)
			}
			if out != string(want) {
				t.Errorf("%s differs from %s:\n%s", tt.name, golden, out)
			}
		})
	}
}

// TestParallelJSONShape checks the JSON rows: every paragraph of both
// versions once, in order, French's missing OP4 a null with its note.
func TestParallelJSONShape(t *testing.T) {
	dir := filepath.Join("testdata", "parallel")
	code, out, errOut := runCmd(t, "", "-f", "json", "--with", filepath.Join(dir, "fr.txt"), filepath.Join(dir, "en.txt"))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var rows []struct {
		ID          string
		Left, Right *struct {
			Text  string
			Items []struct{ ID, Label, Text string }
		}
		Note string
	}
	if err := json.Unmarshal([]byte(out), &rows); err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, r := range rows {
		ids = append(ids, r.ID)
	}
	if got := strings.Join(ids, " "); got != "pp1 pp2 op1 op2 op3 op4" {
		t.Errorf("ids %s", got)
	}
	last := rows[len(rows)-1]
	if last.Left == nil || last.Right != nil || last.Note != "fr has no OP4" {
		t.Errorf("op4: left %v right %v note %q", last.Left, last.Right, last.Note)
	}
	if op2 := rows[3]; op2.Right == nil || len(op2.Right.Items) != 2 || op2.Right.Items[0].Label != "a)" {
		t.Errorf("op2's French items: %+v", op2.Right)
	}
}

// TestWithErrors checks the one-line errors of --with.
func TestWithErrors(t *testing.T) {
	t.Setenv("RESOLUTE_LIBRARY", "")
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	en := filepath.Join("testdata", "parallel", "en.txt")
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"--with", "en", en}, "already in en"},
		{[]string{"--with", "fr", en}, "no library to find A/RES/99/7 in"},
		{[]string{"--with", "nosuch.txt", en}, "nosuch.txt"},
	}
	for _, tt := range tests {
		code, _, errOut := runCmd(t, "", append([]string{"-f", "text"}, tt.args...)...)
		if code != 1 || !strings.Contains(errOut, tt.want) || strings.Count(strings.TrimSpace(errOut), "\n") > 0 {
			t.Errorf("%v: exit %d, stderr %q; want 1 and one line with %q", tt.args, code, errOut, tt.want)
		}
	}
}

// TestParallelHostile prints a version whose text carries escape
// sequences, C1 controls and bidi overrides beside the English fixture:
// nothing of them reaches the output in any format.
func TestParallelHostile(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("testdata", "parallel", "fr.txt"))
	if err != nil {
		t.Fatal(err)
	}
	bad := strings.Replace(string(src), "Prend note", "Prend \x1b]52;c;ZXZpbA==\x07note \x1b[2J\u009b31m\u202e", 1)
	bad = strings.Replace(bad, "Invite", "Invite\x1b]8;;file:///etc/passwd\x1b\\lien\x1b]8;;\x1b\\", 1)
	path := filepath.Join(t.TempDir(), "fr.txt")
	if err := os.WriteFile(path, []byte(bad), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, format := range []string{"json", "text", "markdown", "ansi"} {
		code, out, errOut := runCmd(t, "", "-f", format, "-w", "120", "--with", path, filepath.Join("testdata", "parallel", "en.txt"))
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", format, code, errOut)
		}
		if v := termsafe.Violations(out); len(v) > 0 {
			t.Errorf("%s: %q reach the output", format, v)
		}
		if strings.Contains(out, "\u202e") || strings.Contains(out, "\u009b") || strings.Contains(out, "file:///") {
			t.Errorf("%s: a control or the file link reaches the output", format)
		}
	}
}

// TestWithLanguageFromLibrary finds the French of the English fixture in
// a library of testdata/parallel, indexed on first use, by file and by
// symbol.
func TestWithLanguageFromLibrary(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("testdata", "parallel"))
	if err != nil {
		t.Fatal(err)
	}
	t.Setenv("RESOLUTE_LIBRARY", dir)
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	for _, input := range []string{filepath.Join(dir, "en.txt"), "A/RES/99/7"} {
		code, out, errOut := runCmd(t, "", "-f", "json", "--lang", "en", "--with", "fr", input)
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", input, code, errOut)
		}
		if !strings.Contains(out, `"note": "fr has no OP4"`) || !strings.Contains(out, "Prend note") {
			t.Errorf("%s: not English beside French:\n%s", input, out)
		}
	}
	code, _, errOut := runCmd(t, "", "-f", "json", "--with", "ru", filepath.Join(dir, "en.txt"))
	if code != 1 || !strings.Contains(errOut, "not in the library in ru") || !strings.Contains(errOut, "held in") {
		t.Errorf("--with ru: exit %d, %q", code, errOut)
	}
}
