package export

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"resolute/compare"
	"resolute/content"
	"resolute/internal/corpus"
	"resolute/library"
	"resolute/termsafe"
)

// diffPair is a small made-up pair of versions: a paragraph changed, one
// inserted, one deleted, one moved, one split, and hostile bytes.
func diffPair() (*content.Document, *content.Document) {
	op := func(n int, text string) content.Paragraph {
		id := "op" + string(rune('0'+n))
		return content.Paragraph{ID: id, Kind: content.Operative, Text: text}
	}
	takes := "Takes note of the report of the Secretary-General on cooperation between the United Nations and regional organizations;"
	urges := "Urges the two secretariats to intensify their working contacts and coordination at various levels;"
	asks := "Requests the Secretary-General to submit a report on the implementation of the present resolution;"
	decides := "Decides to include in the provisional agenda of its eighty-first session the sub-item entitled \"Cooperation\"."
	gone := "Welcomes the efforts of the Organization to strengthen its role in the maintenance of peace ~~and~~ **security**;"
	old := &content.Document{Symbol: "A/RES/1/1", Title: "Cooperation", Parts: []content.Part{{Operative: []content.Paragraph{
		op(1, decides), op(2, takes), op(3, gone), op(4, strings.TrimSuffix(urges, ";")+" and "+asks),
	}}}}
	new := &content.Document{Symbol: "A/RES/2/1", Title: "Cooperation", Parts: []content.Part{{Operative: []content.Paragraph{
		op(1, strings.Replace(takes, "report", "reports", 1)), op(2, "Calls upon \x1b]52;c;AAAA\x07States\u202e to act;"),
		op(3, urges), op(4, asks), op(5, strings.Replace(decides, "\"Cooperation\"", "“Cooperation”", 1)),
	}}}}
	return old, new
}

func TestDiffText(t *testing.T) {
	old, new := diffPair()
	out := DiffText(compare.Documents(old, new))
	for _, want := range []string{
		"A/RES/1/1 → A/RES/2/1\nParagraphs: 1 changed, 1 inserted, 1 deleted, 1 moved, 1 split (1 renumbered)\n",
		"\nOP1 · changed · was OP2\nTakes note of the [-report-]{+reports+} of",
		"\nOP2 · inserted\n{+Calls upon States to act;+}\n", // the escape sequence dropped whole
		"\nold OP3 · deleted\n[-Welcomes",
		"\nOP3, OP4 · split from OP4\nUrges the two secretariats to intensify their working contacts and coordination at various levels[- and -]{+;¶+}\nRequests",
		"\nOP5 · moved from OP1\nDecides to include in the provisional agenda of its eighty-first session the sub-item entitled “Cooperation”.\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("DiffText lacks %q; got\n%s", want, out)
		}
	}
	if v := termsafe.Violations(out); len(v) > 0 {
		t.Errorf("DiffText lets through %q", v)
	}
}

func TestDiffMarkdown(t *testing.T) {
	old, new := diffPair()
	out := DiffMarkdown(compare.Documents(old, new))
	for _, want := range []string{
		"# A/RES/1/1 → A/RES/2/1\n\n- Paragraphs: 1 changed",
		"*OP1 · changed · was OP2*\n\nTakes note of the ~~report~~**reports** of",
		"at various levels ~~and~~ **;¶**\\\nRequests the Secretary",
		// the document's own ~~ and ** are escaped, not markup
		"~~Welcomes the efforts of the Organization to strengthen its role in the maintenance of peace &#126;&#126;and&#126;&#126; \\*\\*security\\*\\*;~~",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("DiffMarkdown lacks %q; got\n%s", want, out)
		}
	}
	if v := termsafe.Violations(out); len(v) > 0 {
		t.Errorf("DiffMarkdown lets through %q", v)
	}
}

func TestDiffJSON(t *testing.T) {
	old, new := diffPair()
	b, err := DiffJSON(compare.Documents(old, new))
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Old, New string
		Summary  map[string]any
		Pairs    []struct {
			Op       string
			Old, New []string
			Words    []struct{ Op, Text string }
		}
	}
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatalf("DiffJSON is not JSON: %v\n%s", err, b)
	}
	if got.Old != "A/RES/1/1" || got.New != "A/RES/2/1" || got.Summary["paragraphs"] == nil {
		t.Errorf("head %q %q %v", got.Old, got.New, got.Summary)
	}
	for _, p := range got.Pairs {
		if p.Old == nil || p.New == nil {
			t.Errorf("pair %+v: null ids", p)
		}
		for _, w := range p.Words {
			if strings.ContainsAny(w.Text, "\x1b\x07\u202e") {
				t.Errorf("word %q keeps a control character", w.Text)
			}
		}
	}
	if strings.Contains(string(b), `"old": null`) || strings.Contains(string(b), `"new": null`) {
		t.Errorf("null where [] is due:\n%s", b)
	}
}

// TestDiffGolden writes the comparisons of real pairs of the shared corpus
// (read in place) and of the made-up pair, and compares them with
// testdata/diff-*.golden; run with -update to rewrite them. Checked by hand:
// A/RES/65/122 against its successor A/RES/79/10 (Spanish): the new
// preamble opens with new paragraphs, PP2 moved from PP3, the old PP1 is
// now PP3, three old paragraphs deleted; A/RES/79/10 from the official PDF's
// text against the UN's XML: all paragraphs equal, a space of difference.
func TestDiffGolden(t *testing.T) {
	cases := []struct {
		name, old, new, format string
	}{
		{"diff-65-122-79-10.es.txt", "text/a-res-65-122.es.txt", "akn/a-res-79-10/es.txt", "text"},
		{"diff-79-10-pdf-xml.en.md", "text/ga-79-10.en.txt", "akn/a-res-79-10/en.xml", "markdown"},
		{"diff-made-up.json", "", "", "json"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var old, new *content.Document
			if c.old == "" {
				old, new = diffPair()
			} else {
				old, new = loadEither(t, c.old), loadEither(t, c.new)
			}
			r := compare.Documents(old, new)
			var got string
			switch c.format {
			case "text":
				got = DiffText(r)
			case "markdown":
				got = DiffMarkdown(r)
			default:
				b, err := DiffJSON(r)
				if err != nil {
					t.Fatal(err)
				}
				got = string(b)
			}
			golden := filepath.Join("testdata", c.name+".golden")
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./export -run TestDiffGolden -update)", err)
			}
			if got != string(want) {
				t.Errorf("%s differs from %s (run with -update and review the diff)", c.name, golden)
			}
		})
	}
}

// TestDiffGoldenSeries finds consecutive resolutions of one series in the
// shared corpus through library.Predecessor, over a library of links to
// the corpus's files (read in place, never copied), and keeps their
// comparison in testdata/diff-*.golden; -update rewrites them. Checked by
// hand: A/RES/78/185 after A/RES/76/144 (English), 66 paragraphs equal and
// 6 changed: "global compact on refugees" become "Global Compact on
// Refugees", "asylum seekers" "asylum-seekers", the seventy-seventh session
// the seventy-ninth, footnote 9's report A/76/290 replaced by A/78/183
// (shown as a deletion and an insertion: two short texts with nothing in
// common), footnote 10's Supplement No. 12 of the seventy-eighth session;
// and A/RES/79/10 after A/RES/65/122 in Spanish (the pair of
// diff-65-122-79-10.es.txt.golden, found by hand before).
func TestDiffGoldenSeries(t *testing.T) {
	akn := corpus.Require(t, "akn")
	dir := t.TempDir()
	links := map[string]string{filepath.Join(corpus.Require(t, "text"), "a-res-65-122.es.txt"): "a-res-65-122.es.txt"}
	for _, lang := range []string{"en", "es"} {
		files, _ := filepath.Glob(filepath.Join(akn, "*", lang+".xml"))
		for _, f := range files {
			links[f] = filepath.Base(filepath.Dir(f)) + "." + lang + ".xml"
		}
	}
	for target, name := range links {
		if err := os.Symlink(target, filepath.Join(dir, name)); err != nil {
			t.Fatal(err)
		}
	}
	lib := library.New(library.Config{Folders: []string{dir}, DB: filepath.Join(t.TempDir(), "library.db")})
	defer lib.Close()
	if _, err := lib.Scan(context.Background(), nil); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		symbol, lang, want, golden string
	}{
		{"A/RES/78/185", "en", "A/RES/76/144", "diff-76-144-78-185.en.txt"},
		{"A/RES/79/10", "es", "A/RES/65/122", "diff-65-122-79-10.es.txt"},
	} {
		t.Run(c.golden, func(t *testing.T) {
			prev, err := lib.Predecessor(c.symbol, c.lang)
			if err != nil || prev.Symbol != c.want {
				t.Fatalf("Predecessor(%s, %s) = %q, %v; want %s", c.symbol, c.lang, prev.Symbol, err, c.want)
			}
			cur, err := lib.Find(c.symbol, c.lang)
			if err != nil {
				t.Fatal(err)
			}
			old, new := openEntry(t, prev.Path), openEntry(t, cur.Path)
			got := DiffText(compare.Documents(old, new))
			golden := filepath.Join("testdata", c.golden+".golden")
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./export -run TestDiffGoldenSeries -update)", err)
			}
			if got != string(want) {
				t.Errorf("%s differs from %s (run with -update and review the diff)", c.golden, golden)
			}
		})
	}
}

// openEntry opens a library file whole.
func openEntry(t *testing.T, path string) *content.Document {
	t.Helper()
	o, err := library.Open(path, library.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return o.Doc
}

// loadEither reads a corpus file (a path inside the corpus) as XML or
// text, skipping when the corpus is absent.
func loadEither(t *testing.T, name string) *content.Document {
	t.Helper()
	path := corpus.Require(t, filepath.FromSlash(name))
	if strings.HasSuffix(path, ".xml") {
		return parseXML(t, path)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return content.Parse(string(b), content.Options{})
}
