package termsafe

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"resolute/content/input"
)

// hostile returns the hostile corpus of testdata/hostile, keyed by file
// name, plus a 1 MB line built here rather than stored.
func hostile(t *testing.T) map[string]string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "hostile", "*.*"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no hostile corpus: %v", err)
	}
	m := make(map[string]string)
	for _, f := range files {
		if filepath.Base(f) == "README.md" {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		m[filepath.Base(f)] = string(b)
	}
	if !testing.Short() {
		m["1mb-line"] = longLine(1 << 20)
	}
	return m
}

// longLine returns one line of about n bytes mixing text, raw escapes,
// character references and C1 controls.
func longLine(n int) string {
	const unit = "Decides &#27;]52;c;eA==&#7; \x1b[2J \u009b2J \x1b]0;t\x07 *x* `&#27;[31m` "
	return "1. " + strings.Repeat(unit, n/len(unit)) + "\n"
}

// pipeline is what the reader does with document text: clean it, escape it
// as Markdown, render it with glamour and filter the result.
func pipeline(t *testing.T, text string) string {
	t.Helper()
	return Filter(render(t, newRenderer(t), EscapeMarkdown(input.Clean(text))))
}

func TestHostilePipeline(t *testing.T) {
	for name, text := range hostile(t) {
		t.Run(name, func(t *testing.T) {
			if v := Violations(pipeline(t, text)); len(v) > 0 {
				t.Errorf("%s: pipeline output keeps %d foreign sequences, first %q", name, len(v), v[0])
			}
		})
	}
}

// TestGlamourAloneLeaks shows that the other tests can fail: glamour alone,
// given the hostile files as Markdown, lets foreign sequences through.
func TestGlamourAloneLeaks(t *testing.T) {
	corpus := hostile(t)
	r := newRenderer(t)
	for _, name := range []string{
		"raw-esc.txt", "osc52-clipboard.txt", "osc0-title.txt", "c1-controls.txt",
		"entity-list-item.md", "entity-heading.md", "entity-table-cell.md",
		"entity-code-span.md", "backslash-entity.md",
	} {
		if v := Violations(render(t, r, corpus[name])); len(v) == 0 {
			t.Errorf("glamour alone on %s: no foreign sequence, want some (did glamour start sanitising?)", name)
		}
	}
}

func TestFilterRawHostile(t *testing.T) {
	for name, text := range hostile(t) {
		got := Filter(text)
		if v := Violations(got); len(v) > 0 {
			t.Errorf("Filter(%s) keeps %d foreign sequences, first %q", name, len(v), v[0])
		}
		if again := Filter(got); again != got {
			t.Errorf("Filter(%s) is not idempotent", name)
		}
		if strings.HasSuffix(name, ".md") {
			continue // character references only turn hostile once rendered
		}
		if v := Violations(text); len(v) == 0 {
			t.Errorf("Violations(%s) found nothing in a hostile file", name)
		}
	}
}

func TestEntitiesShownLiterally(t *testing.T) {
	out := visible(pipeline(t, "1. Decides &#27;]0;pwned&#7; that"))
	if want := "1.Decides&#27;]0;pwned&#7;that"; !strings.Contains(out, want) {
		t.Errorf("pipeline shows %q, want it to contain %q", out, want)
	}
}

// TestFilterAloneAfterGlamour checks that Filter is enough on its own when
// hostile text reaches glamour without being cleaned or escaped.
func TestFilterAloneAfterGlamour(t *testing.T) {
	r := newRenderer(t)
	for name, text := range hostile(t) {
		if v := Violations(Filter(render(t, r, text))); len(v) > 0 {
			t.Errorf("Filter(glamour(%s)) keeps %d foreign sequences, first %q", name, len(v), v[0])
		}
	}
}
