package render

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"

	"resolute/compare"
	"resolute/content"
	"resolute/content/akn"
	"resolute/termsafe"
)

// diffPair is a small made-up pair of versions: a paragraph changed and
// renumbered, one inserted with hostile bytes, one deleted, one split, one
// moved with a typography change, a sub-paragraph changed.
func diffPair() (*content.Document, *content.Document) {
	op := func(n int, text string, items ...content.Item) content.Paragraph {
		id := "op" + strconv.Itoa(n)
		for k := range items {
			items[k].ID = id + items[k].Label
		}
		return content.Paragraph{ID: id, Kind: content.Operative, Text: text, Items: items}
	}
	takes := "Takes note of the report of the Secretary-General on cooperation between the United Nations and regional organizations, recalling its resolution 59/50 of 2 December 2004;"
	urges := "Urges the two secretariats to intensify their working contacts and coordination at various levels;"
	asks := "Requests the Secretary-General to submit a report on the implementation of the present resolution;"
	decides := "Decides to include in the provisional agenda of its eighty-first session the sub-item entitled \"Cooperation\"."
	gone := "Welcomes the efforts of the Organization to strengthen its role in the maintenance of peace and security;"
	old := &content.Document{Symbol: "A/RES/1/1", Title: "Cooperation", Parts: []content.Part{{Operative: []content.Paragraph{
		op(1, decides), op(2, takes), op(3, gone), op(4, strings.TrimSuffix(urges, ";")+" and "+asks),
		op(5, "Invites the States:", content.Item{Label: "(a)", Text: "to cooperate on trade;"}),
	}}}}
	new := &content.Document{Symbol: "A/RES/2/1", Title: "Cooperation", Parts: []content.Part{{Operative: []content.Paragraph{
		op(1, strings.Replace(takes, "report", "reports", 1)), op(2, "Calls upon \x1b]52;c;AAAA\x07States\u202e to act;"),
		op(3, urges), op(4, asks),
		op(5, "Invites the States:", content.Item{Label: "(a)", Text: "to cooperate on trade and energy;"}),
		op(6, strings.Replace(decides, "\"Cooperation\"", "“Cooperation”", 1)),
	}}}}
	return old, new
}

// checkLines fails for a line wider than width, a style left open at its
// end, a byte termsafe would not let through, or a bidi override.
func checkLines(t *testing.T, name, out string, width int) {
	t.Helper()
	for i, l := range strings.Split(out, "\n") {
		if w := ansi.StringWidth(l); w > width {
			t.Errorf("%s: line %d is %d wide, more than %d: %q", name, i, w, width, l)
		}
		if strings.LastIndex(l, "\x1b[") != strings.LastIndex(l, sgrReset) {
			t.Errorf("%s: line %d leaves a style open: %q", name, i, l)
		}
		if !utf8.ValidString(l) {
			t.Errorf("%s: line %d is not UTF-8: %q", name, i, l)
		}
	}
	if v := termsafe.Violations(out); len(v) > 0 {
		t.Errorf("%s lets through %q", name, v)
	}
	if strings.Contains(out, "\u202e") {
		t.Errorf("%s keeps a bidi override", name)
	}
}

func TestDiffRendererBlocks(t *testing.T) {
	old, new := diffPair()
	r := NewDiffRenderer(compare.Documents(old, new), "dark")
	var ids, headings []string
	for _, b := range r.Blocks() {
		ids = append(ids, b.ID)
		headings = append(headings, b.Heading)
	}
	wantIDs := "summary title op1 op2 old:op3 op3 op5 op5(a) op6"
	if got := strings.Join(ids, " "); got != wantIDs {
		t.Errorf("ids %q, want %q", got, wantIDs)
	}
	for _, h := range []string{"OP1 · changed · was OP2", "OP2 · inserted", "old OP3 · deleted", "OP3, OP4 · split from OP4", "OP6 · moved from OP1", "OP5(a) · changed"} {
		found := false
		for _, got := range headings {
			found = found || got == h
		}
		if !found {
			t.Errorf("no block headed %q among %q", h, headings)
		}
	}
	var changes []string
	for _, i := range r.Changes() {
		changes = append(changes, r.Blocks()[i].ID)
	}
	if got, want := strings.Join(changes, " "), "op1 op2 old:op3 op3 op5(a) op6"; got != want {
		t.Errorf("changes %q, want %q", got, want)
	}
	for id, want := range map[string]int{"summary": 0, "op1": 2, "op4": 5, "old:op3": 4, "old:op1": 8, "old:op2": 2, "op9": -1} {
		if got := r.Find(id); got != want {
			t.Errorf("Find(%q) = %d, want %d", id, got, want)
		}
	}
	plain := r.Blocks()[2].Plain
	if !strings.HasPrefix(plain, "OP1 · changed · was OP2\n") || !strings.Contains(plain, "the reportreports of") {
		t.Errorf("plain text of op1: %q", plain)
	}
	if p := r.Blocks()[3].Plain; strings.ContainsAny(p, "\x1b\x07\u202e") {
		t.Errorf("plain text keeps control characters: %q", p)
	}
}

func TestDiffRendererInline(t *testing.T) {
	old, new := diffPair()
	res := compare.Documents(old, new)
	for _, width := range []int{2, 12, 30, 40, 80, 200} {
		r := NewDiffRenderer(res, "dark")
		all := strings.Join(r.RenderAll(width), "\n")
		checkLines(t, "dark "+strconv.Itoa(width), all, width)
		if strings.Contains(all, "]52;") || strings.Contains(all, "AAAA") {
			t.Errorf("width %d: the document's escape sequence is not dropped whole", width)
		}
		plain := strings.Join(NewDiffRenderer(res, PlainStyle).RenderAll(width), "\n")
		checkLines(t, "plain "+strconv.Itoa(width), plain, width)
		if strings.Contains(plain, "\x1b") {
			t.Errorf("width %d: the plain style writes escape sequences", width)
		}
	}
	r := NewDiffRenderer(res, "dark")
	out := r.Render(2, 80)
	for _, want := range []string{sgrBold + "OP1" + sgrReset + "\u00a0" + sgrOther + "· changed\u00a0· was OP2" + sgrReset, sgrDelete + "report" + sgrReset + sgrInsert + "reports" + sgrReset} {
		if !strings.Contains(out, want) {
			t.Errorf("op1 lacks %q:\n%q", want, out)
		}
	}
	if out := r.Render(8, 80); !strings.Contains(out, sgrMinor+"“") || strings.Contains(out, "\"") {
		t.Errorf("the moved paragraph's new quotes are not faint, or its old ones shown:\n%q", out)
	}
	if out := r.Render(7, 80); !strings.HasPrefix(out, "    "+sgrBold+"OP5(a)") {
		t.Errorf("the sub-paragraph is not indented under its heading:\n%q", out)
	}
	text := NewDiffRenderer(res, "notty")
	for i, want := range map[int]string{
		2: "OP1\u00a0· changed\u00a0· was OP2\nTakes note of the [-report-]{+reports+} of",
		3: "OP2\u00a0· inserted\n{+Calls upon States to act;+}",
		5: "levels[- and -]{+;¶+}\nRequests the",
		8: "entitled “Cooperation”.",
	} {
		if got := text.Render(i, 200); !strings.Contains(got, want) {
			t.Errorf("notty block %d lacks %q:\n%s", i, want, got)
		}
	}
}

func TestDiffRendererSideBySide(t *testing.T) {
	old, new := diffPair()
	res := compare.Documents(old, new)
	for _, width := range []int{7, 20, 41, 100, 161} {
		for _, style := range []string{"dark", "ascii"} {
			r := NewSideBySideRenderer(res, style)
			rule := sideGap
			if style == "ascii" {
				rule = sideGapASCII
			}
			col := (width - sideGapCells) / 2
			for i := range r.Len() {
				out := r.Render(i, width)
				checkLines(t, style+" side "+strconv.Itoa(width), out, width)
				if i == 0 {
					continue
				}
				for k, l := range strings.Split(out, "\n") {
					plain := ansi.Strip(l)
					if at := strings.Index(plain+" ", rule); at < 0 || ansi.StringWidth(plain[:at]) != col {
						t.Errorf("%s width %d block %d line %d: the rule is not after %d cells: %q", style, width, i, k, col, plain)
					}
				}
			}
		}
	}
	r := NewSideBySideRenderer(res, "notty")
	left, right := r.Columns(2, 40)
	if len(left) != len(right) {
		t.Fatalf("columns of %d and %d rows", len(left), len(right))
	}
	l, rt := strings.Join(left, "\n"), strings.Join(right, "\n")
	if !strings.HasPrefix(l, "OP2\n") || !strings.HasPrefix(rt, "OP1\u00a0· changed\u00a0· was OP2\n") {
		t.Errorf("headings: left %q, right %q", left[0], right[0])
	}
	if !strings.Contains(l, "[-report-]") || strings.Contains(l, "reports") || !strings.Contains(rt, "{+reports+}") || strings.Contains(rt, "[-") {
		t.Errorf("the left column must show the deletions, the right the insertions:\n%s\n---\n%s", l, rt)
	}
	if left, right := r.Columns(4, 40); left[0] != "old OP3\u00a0· deleted" || right[0] != "" {
		t.Errorf("a deleted paragraph: %q | %q", left[0], right[0])
	}
	if left, right := r.Columns(3, 40); left[0] != "" || right[0] != "OP2\u00a0· inserted" {
		t.Errorf("an inserted paragraph: %q | %q", left[0], right[0])
	}
	if left, right := r.Columns(5, 40); !strings.Contains(strings.Join(left, "\n"), "[- and -]") || !strings.Contains(strings.Join(right, "\n"), "{+;¶+}\nRequests") {
		t.Errorf("a split: %q | %q", left, right)
	}
}

func TestDiffRendererCache(t *testing.T) {
	old, new := diffPair()
	r := NewDiffRenderer(compare.Documents(old, new), "dark")
	if r.Cached(2, 80) {
		t.Fatal("cached before rendering")
	}
	first := r.Render(2, 80)
	if !r.Cached(2, 80) || r.Cached(2, 81) || r.Cached(3, 80) {
		t.Error("Cached does not say what was rendered")
	}
	if r.Render(2, 80) != first {
		t.Error("a cached block differs")
	}
	for w := 30; w < 30+maxWidths; w++ {
		r.Render(2, w)
	}
	if r.Cached(2, 80) {
		t.Error("more widths kept than maxWidths")
	}
	if r.Render(-1, 80) != "" || r.Render(r.Len(), 80) != "" || r.Cached(r.Len(), 80) {
		t.Error("an index out of range")
	}
}

// TestDiffRendererGolden keeps the inline and side-by-side forms of the
// made-up pair (testdata/diff-made-up.*.golden; -update rewrites them).
func TestDiffRendererGolden(t *testing.T) {
	old, new := diffPair()
	res := compare.Documents(old, new)
	golden(t, "diff-made-up.inline.golden", strings.Join(NewDiffRenderer(res, "notty").RenderAll(60), "\n\n")+"\n")
	golden(t, "diff-made-up.side.golden", strings.Join(NewSideBySideRenderer(res, "notty").RenderAll(100), "\n\n")+"\n")
	golden(t, "diff-made-up.ansi.golden", DiffANSI(res, 60, "dark"))
}

// corpusDoc parses a file of the corpus's akn folder.
func corpusDoc(t testing.TB, slug, lang string) *content.Document {
	t.Helper()
	path := filepath.Join(corpusDir(t), "akn", slug, lang+".xml")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Skip(err)
	}
	d, err := akn.ParseBytes(b, path)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestDiffRendererCorpusBreaks renders consecutive resolutions of a series
// (A/RES/76/144 and its successor A/RES/78/185) in the six languages: no
// line wider than the width, no Chinese line opening with a closing mark,
// no line breaking inside a resolution number, nor inside a date where the
// line has room for it.
func TestDiffRendererCorpusBreaks(t *testing.T) {
	for _, lang := range []string{"ar", "en", "es", "fr", "ru", "zh"} {
		res := compare.Documents(corpusDoc(t, "a-res-76-144", lang), corpusDoc(t, "a-res-78-185", lang))
		for _, width := range []int{24, 37, 60, 100} {
			for _, r := range []*DiffRenderer{NewDiffRenderer(res, "dark"), NewSideBySideRenderer(res, PlainStyle)} {
				name := lang + " " + strconv.Itoa(width)
				if r.side {
					name += " side"
				}
				blocks := r.RenderAll(width)
				out := strings.Join(blocks, "\n")
				checkLines(t, name, out, width)
				for i, b := range blocks[1:] {
					if !r.side {
						break
					}
					for _, l := range strings.Split(b, "\n") {
						if at := strings.Index(l+" ", sideGap); at < 0 || ansi.StringWidth(l[:at]) != (width-sideGapCells)/2 {
							t.Errorf("%s: block %d: the rule is out of place: %q", name, i+1, l)
							break
						}
					}
				}
				for k, l := range strings.Split(ansi.Strip(out), "\n") {
					for _, col := range strings.Split(l, sideGap) {
						if at, size := firstVisible(col); lang == "zh" && at >= 0 && strings.Contains(closingMarks, col[at:at+size]) {
							t.Errorf("%s: line %d opens with a closing mark: %q", name, k, col)
						}
						if strings.HasSuffix(strings.TrimSpace(col), "76/") || strings.HasSuffix(strings.TrimSpace(col), " December") && lang == "en" && width >= 60 {
							t.Errorf("%s: line %d breaks inside a number or date: %q", name, k, col)
						}
					}
				}
			}
		}
	}
}

// FuzzDiffRenderer compares two texts, parsed as resolutions, and renders
// every block inline and side by side: no line wider than the width, no
// style left open, nothing termsafe would stop.
func FuzzDiffRenderer(f *testing.F) {
	for _, s := range hostileStrings {
		f.Add(s, "1. "+s, 30)
	}
	f.Add("1. *Decides* to remain seized of the matter.", "1. *Decides* to remain actively seized of the matter;\n\n2. *Requests* a report.", 40)
	f.Add("回顾其第46/182号决议，", "回顾其关于第46/182号决议。", 9)
	f.Add("(a) [-x-]{+y+}\n\n(b) ~~z~~", "(b) \x1b[31mz\n\n(a) x", 7)
	f.Fuzz(func(t *testing.T, old, new string, width int) {
		if len(old)+len(new) > 8192 {
			return
		}
		width = 2 + abs(width)%160
		res := compare.Documents(content.Parse(old, content.Options{}), content.Parse(new, content.Options{}))
		for _, r := range []*DiffRenderer{NewDiffRenderer(res, "dark"), NewSideBySideRenderer(res, "notty")} {
			for i := range r.Len() {
				checkLines(t, "block "+strconv.Itoa(i), r.Render(i, width), width)
			}
		}
	})
}
