package main

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"

	"resolute/internal/corpus"
	"resolute/isolate"
	"resolute/termsafe"
)

// asMain is the environment variable that makes the test binary run as
// resolute itself (TestMain), so a test can start it as another process,
// in a pseudo-terminal or beside another.
const asMain = "RESOLUTE_TEST_AS_MAIN"

// TestMain runs the tests away from the user's cache and state: the run
// gets XDG directories of its own. With asMain set, the test binary is the
// resolute command itself.
func TestMain(m *testing.M) {
	isolate.Serve() // the test binary is also the child that reads PDFs
	if os.Getenv(asMain) == "1" {
		code := run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
		if f := os.Getenv(envRSSFile); f != "" { // hostile_test.go
			os.WriteFile(f, []byte(strconv.FormatInt(peakRSS(), 10)), 0o600)
		}
		os.Exit(code)
	}
	dir, err := os.MkdirTemp("", "resolute-main-test-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	os.Setenv("XDG_CACHE_HOME", filepath.Join(dir, "cache"))
	os.Setenv("XDG_STATE_HOME", filepath.Join(dir, "state"))
	os.Unsetenv("RESOLUTE_LIBRARY")
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// testLibrary copies the XML of corpus resolutions slugs in langs into a
// new folder laid out as the UN's repositories, and points the XDG
// directories at new ones; it returns the folder.
func testLibrary(t *testing.T, slugs, langs []string) string {
	t.Helper()
	corpusAKN := corpus.Require(t, "akn")
	root := t.TempDir()
	t.Setenv("XDG_CACHE_HOME", filepath.Join(root, "cache"))
	t.Setenv("XDG_STATE_HOME", filepath.Join(root, "state"))
	lib := filepath.Join(root, "library")
	for _, slug := range slugs {
		for _, l := range langs {
			dir := filepath.Join(lib, "GAresolutions", "session", l)
			os.MkdirAll(dir, 0o755)
			b, err := os.ReadFile(filepath.Join(corpusAKN, slug, l+".xml"))
			if err != nil {
				t.Fatal(err)
			}
			os.WriteFile(filepath.Join(dir, slug+".xml"), b, 0o644)
		}
	}
	return lib
}

func TestLibraryCommands(t *testing.T) {
	lib := testLibrary(t, []string{"a-res-77-128", "a-res-78-247", "s-res-2511-2020"}, []string{"en", "fr", "zh"})
	code, out, errOut := runCmd(t, "", "index", lib)
	if code != 0 || !strings.Contains(out, "9 files in 1 folder: 9 documents (en 3, fr 3, zh 3)") {
		t.Fatalf("index: exit %d\n%s%s", code, out, errOut)
	}
	if !strings.Contains(errOut, "read 9 of 9 files") {
		t.Errorf("no progress lines: %q", errOut)
	}
	if code, out, _ := runCmd(t, "", "index"); code != 0 || !strings.Contains(out, "read 0 new or changed files") {
		t.Errorf("index again (remembered folder): exit %d\n%s", code, out)
	}

	// cited-by, as JSON: the shape the issue gives.
	code, out, errOut = runCmd(t, "", "cited-by", "A/RES/70/1", "--format", "json", "--lang", "all")
	if code != 0 {
		t.Fatalf("cited-by: exit %d: %s", code, errOut)
	}
	var citers []struct {
		Symbol, Language, Path, Date, Title string
		Mentions                            []struct{ Paragraph, Snippet string }
	}
	if err := json.Unmarshal([]byte(out), &citers); err != nil || len(citers) == 0 {
		t.Fatalf("cited-by JSON: %v\n%s", err, out)
	}
	for i, c := range citers {
		if c.Symbol == "" || c.Path == "" || len(c.Mentions) == 0 || c.Mentions[0].Paragraph == "" || c.Mentions[0].Snippet == "" {
			t.Errorf("citer %+v", c)
		}
		if i > 0 && c.Date > citers[i-1].Date {
			t.Errorf("not newest first: %s after %s", c.Date, citers[i-1].Date)
		}
	}
	code, out, _ = runCmd(t, "", "cited-by", "70/1")
	if code != 0 || !strings.Contains(out, "citing 70/1 in en") || strings.Contains(out, "(fr)") {
		t.Errorf("cited-by in the default language: exit %d\n%s", code, out)
	}

	// search: a phrase, accents folded, Chinese.
	for _, tt := range []struct {
		args []string
		lang string
	}{
		{[]string{"search", "Human rights", "--lang", "en"}, "en"},
		{[]string{"search", "--lang", "fr", "securite"}, "fr"},
		{[]string{"search", "和平"}, "zh"},
	} {
		code, out, errOut := runCmd(t, "", append(tt.args, "--format", "json")...)
		var hits []struct{ Symbol, Language, Paragraph, Snippet, Path string }
		if code != 0 || json.Unmarshal([]byte(out), &hits) != nil || len(hits) == 0 {
			t.Errorf("%q: exit %d, %s\n%s", tt.args, code, errOut, out)
			continue
		}
		for _, h := range hits {
			if h.Language != tt.lang || h.Paragraph == "" || h.Snippet == "" || h.Path == "" {
				t.Errorf("%q: hit %+v", tt.args, h)
			}
		}
	}
	if code, out, _ := runCmd(t, "", "search", "zzzyyyxxx"); code != 0 || !strings.Contains(out, "no paragraph found") {
		t.Errorf("a search finding nothing: exit %d %q", code, out)
	}

	// A symbol opens from the library, in the language asked for.
	code, out, errOut = runCmd(t, "", "77/128", "--lang", "fr", "--format", "json")
	var doc struct{ Symbol, Language string }
	if code != 0 || json.Unmarshal([]byte(out), &doc) != nil || doc.Language != "fr" || !strings.HasPrefix(doc.Symbol, "A/RES/77/128") {
		t.Errorf("resolute 77/128 --lang fr: exit %d %s %+v", code, errOut, doc)
	}
	if code, out, _ := runCmd(t, "", "S/RES/2511 (2020)", "--format", "text"); code != 0 || !strings.Contains(out, "2511") {
		t.Errorf("resolute \"S/RES/2511 (2020)\": exit %d", code)
	}
	if code, _, errOut := runCmd(t, "", "A/RES/1/1"); code != 1 || !strings.Contains(errOut, "not in the library (add its folder with 'resolute index DIR'") {
		t.Errorf("a symbol not held: exit %d %q", code, errOut)
	}
	if code, _, errOut := runCmd(t, "", "77/128", "--lang", "ru"); code != 1 || !strings.Contains(errOut, "held in en, fr, zh") {
		t.Errorf("a language not held: exit %d %q", code, errOut)
	}
	// An existing file always wins over a symbol.
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "77"), 0o755)
	os.WriteFile(filepath.Join(dir, "77", "128"), []byte("United Nations\n\nA/RES/99/9\n\nGeneral Assembly\n"), 0o644)
	t.Chdir(dir)
	if code, out, _ := runCmd(t, "", "77/128", "--format", "json"); code != 0 || !strings.Contains(out, `"A/RES/99/9"`) {
		t.Errorf("the file 77/128 did not win: exit %d %s", code, out)
	}
}

func TestLibraryCommandErrors(t *testing.T) {
	testLibrary(t, []string{"a-res-79-10"}, []string{"en"})
	for _, tt := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"cited-by", "A/RES/70/1"}, 1, "no library folders"},
		{[]string{"search", "peace"}, 1, "no library folders"},
		{[]string{"index"}, 2, "no library folders"},
		{[]string{"A/RES/1/1"}, 1, "no library to look the symbol up in: add its folder with 'resolute index DIR'"},
		{[]string{"index", "/nonexistent/folder"}, 1, "no such file or directory"},
		{[]string{"index", "cmd_test.go"}, 1, "not a folder"},
		{[]string{"cited-by"}, 2, "requires at least 1 arg"},
		{[]string{"search", "x", "--format", "yaml"}, 2, "unknown format"},
		{[]string{"search", "x", "--lang", "xx"}, 2, "unknown language"},
		{[]string{"search", "x", "--limit", "0"}, 2, "out of range"},
		{[]string{"index", "--bogus"}, 2, "unknown flag: --bogus"},
	} {
		code, _, errOut := runCmd(t, "", tt.args...)
		first, _, _ := strings.Cut(errOut, "\n")
		if code != tt.code || !strings.HasPrefix(first, "resolute: ") || !strings.Contains(first, tt.want) {
			t.Errorf("%q: exit %d, stderr %q; want %d and %q", tt.args, code, errOut, tt.code, tt.want)
		}
	}
}

// TestLibraryHostileText checks that what a document of the library holds
// reaches the terminal only through termsafe.
func TestLibraryHostileText(t *testing.T) {
	lib := testLibrary(t, []string{"a-res-79-10"}, []string{"en"})
	hostile := "United Nations\n\nA/RES/99/1\n\nGeneral Assembly\n\n99/1. Evil \x1b]0;owned\x07title \u202e\x9b31m\n\nThe General Assembly,\n\nRecalling its resolution 70/1 of 25 September 2015 \x1b[2J and \u202epeace\u202c,\n\n1. Decides peace \x1b]8;;http://evil\x07link\x1b]8;;\x07.\n"
	os.WriteFile(filepath.Join(lib, "evil.txt"), []byte(hostile), 0o644)
	if code, _, errOut := runCmd(t, "", "index", lib, "--verbose"); code != 0 {
		t.Fatalf("index: %s", errOut)
	}
	for _, args := range [][]string{
		{"cited-by", "70/1"}, {"cited-by", "70/1", "--format", "json"},
		{"search", "peace"}, {"search", "peace", "--format", "json"},
	} {
		code, out, errOut := runCmd(t, "", args...)
		if code != 0 {
			t.Errorf("%q: exit %d %s", args, code, errOut)
		}
		if v := termsafe.Violations(out); len(v) > 0 {
			t.Errorf("%q prints %q", args, v)
		}
		if !strings.Contains(out, "99/1") {
			t.Errorf("%q: the hostile document is not listed:\n%s", args, out)
		}
	}
}

// TestIndexHostileNames checks that index --verbose lists each file that
// could not be read on one line of its own, its name once, with the name's
// controls written out (a newline in a name cannot forge a line).
func TestIndexHostileNames(t *testing.T) {
	lib := testLibrary(t, []string{"a-res-79-10"}, []string{"en"})
	esc := "unclosed-\x1b]0;PWNED\x07.xml"
	nl := "two\nlines.xml"
	os.WriteFile(filepath.Join(lib, esc), []byte("<?xml version=\"1.0\"?>\n<x>"), 0o644)
	os.WriteFile(filepath.Join(lib, nl), []byte("<?xml version=\"1.0\"?>\n<y>"), 0o644)
	code, out, errOut := runCmd(t, "", "index", lib, "--verbose")
	if code != 0 {
		t.Fatalf("index: exit %d %s", code, errOut)
	}
	if v := termsafe.Violations(out); len(v) > 0 {
		t.Errorf("index prints %q", v)
	}
	if !strings.HasPrefix(out, "3 files in 1 folder: 1 document (en 1)\n") {
		t.Errorf("summary: %q", firstLines(out, 1))
	}
	for _, want := range []string{
		"  " + filepath.Join(lib, `unclosed-\x1b]0;PWNED\x07.xml`) + ": not well-formed XML",
		"  " + filepath.Join(lib, `two\nlines.xml`) + ": not well-formed XML",
	} {
		found := false
		for _, l := range strings.Split(out, "\n") {
			if strings.HasPrefix(l, want) {
				found = true
				if strings.Count(l, "/library/") != 1 {
					t.Errorf("the name is given twice: %q", l)
				}
			}
		}
		if !found {
			t.Errorf("no line %q in\n%s", want, out)
		}
	}
}

// helperRun starts the resolute command (this test binary, see TestMain)
// as another process.
func helperRun(args ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), asMain+"=1")
	return cmd
}

// TestReadersAndIndexerAtOnce runs two processes querying the library
// while a third indexes it: none fails, none waits for long.
func TestReadersAndIndexerAtOnce(t *testing.T) {
	lib := testLibrary(t, []string{"a-res-77-128", "a-res-78-247", "a-res-79-10", "a-res-80-74"}, []string{"en", "fr", "es", "ru", "ar", "zh"})
	// A first index of part of it, so that the readers have an index.
	part := filepath.Join(lib, "GAresolutions", "session", "en")
	if code, _, errOut := runCmd(t, "", "index", part); code != 0 {
		t.Fatal(errOut)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for r := range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 12 {
				args := []string{"cited-by", "70/1", "--lang", "all"}
				if (i+r)%2 == 1 {
					args = []string{"search", "peace", "--lang", "all"}
				}
				out, err := helperRun(args...).CombinedOutput()
				if err != nil {
					errs <- fmt.Sprintf("reader %d, %q: %v\n%s", r, args, err, out)
					return
				}
			}
		}()
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		if out, err := helperRun("index", lib).CombinedOutput(); err != nil {
			errs <- fmt.Sprintf("indexer: %v\n%s", err, out)
		}
	}()
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
	if code, out, _ := runCmd(t, "", "index"); code != 0 || !strings.Contains(out, "24 documents") || !strings.Contains(out, "read 0 new") {
		t.Errorf("after the indexer: exit %d\n%s", code, out)
	}
}
