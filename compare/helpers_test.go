package compare

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"resolute/content"
	"resolute/content/akn"
	"resolute/internal/corpus"
)

// corpusXML returns the XML files of the shared corpus in one language
// ("" for all), skipping the test when the corpus is absent.
func corpusXML(t testing.TB, lang string) []string {
	t.Helper()
	if lang == "" {
		lang = "*"
	}
	files, _ := filepath.Glob(filepath.Join(corpus.Require(t, "akn"), "*", lang+".xml"))
	if len(files) == 0 {
		t.Fatalf("no %s.xml in the corpus", lang)
	}
	return files
}

// loadDoc parses a file of the corpus: XML, or text.
func loadDoc(t testing.TB, path string) *content.Document {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("%v", err)
	}
	if strings.HasSuffix(path, ".xml") {
		d, err := akn.ParseBytes(b, path)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		return d
	}
	return content.Parse(string(b), content.Options{})
}

// docIDs returns every id a comparison must account for, with its text
// (for a paragraph its Text; "\x00" marks an id that is not unique, whose
// text is not checked).
func docIDs(d *content.Document) (ids []string, texts map[string]string) {
	texts = map[string]string{}
	add := func(id, text string) {
		ids = append(ids, id)
		if _, dup := texts[id]; dup {
			text = "\x00"
		}
		texts[id] = text
	}
	if d.Title != "" {
		add("title", d.Title)
	}
	var items func([]content.Item)
	items = func(its []content.Item) {
		for _, it := range its {
			add(it.ID, it.Text)
			items(it.Items)
		}
	}
	paras := func(ps []content.Paragraph) {
		for _, p := range ps {
			add(p.ID, p.Text)
			items(p.Items)
		}
	}
	for _, p := range d.Parts {
		paras(p.Preamble)
		paras(p.Operative)
	}
	for _, a := range d.Annexes {
		paras(a.Paragraphs)
	}
	for _, u := range footnoteUnits(d) {
		add(u.id, u.text)
	}
	return ids, texts
}

// checkResult checks what must hold of every comparison: every id of both
// documents in exactly one pair, each op with the ids it implies, words
// that spell both texts, Equal and Changed as the words say, and a summary
// that adds up.
func checkResult(t testing.TB, old, new *content.Document, r *Result) {
	t.Helper()
	oldIDs, oldTexts := docIDs(old)
	newIDs, newTexts := docIDs(new)
	var gotOld, gotNew []string
	var paragraphs Counts
	for i, p := range r.Pairs {
		if p.Old == nil || p.New == nil || p.Words == nil {
			t.Fatalf("pair %d %+v: nil ids or words", i, p)
		}
		gotOld = append(gotOld, p.Old...)
		gotNew = append(gotNew, p.New...)
		no, nn := len(p.Old), len(p.New)
		ok := false
		switch p.Op {
		case Inserted:
			ok = no == 0 && nn == 1
		case Deleted:
			ok = no == 1 && nn == 0
		case Equal, Changed, Moved:
			ok = no == 1 && nn == 1
		case Split:
			ok = no == 1 && nn >= 2
		case Merged:
			ok = no >= 2 && nn == 1
		}
		if !ok {
			t.Fatalf("pair %d: op %s with old %v new %v", i, p.Op, p.Old, p.New)
		}
		if (p.Op == Equal) == p.HasChanges() && (p.Op == Equal || p.Op == Changed) {
			t.Errorf("pair %d %s %v→%v: op says %s but HasChanges is %v: %+v", i, p.Section, p.Old, p.New, p.Op, p.HasChanges(), p.Words)
		}
		for j, w := range p.Words {
			if w.Text == "" || w.Op != WordEqual && w.Op != WordDelete && w.Op != WordInsert {
				t.Fatalf("pair %d word %d: %+v", i, j, w)
			}
			if w.Minor && w.Op == WordEqual {
				t.Fatalf("pair %d word %d: an equal run marked minor", i, j)
			}
		}
		if want, ok := joined(p.Old, oldTexts); ok && OldText(p.Words) != want {
			t.Errorf("pair %d %v: old words spell %q, want %q", i, p.Old, OldText(p.Words), want)
		}
		if want, ok := joined(p.New, newTexts); ok && NewText(p.Words) != want {
			t.Errorf("pair %d %v: new words spell %q, want %q", i, p.New, NewText(p.Words), want)
		}
		if p.Depth == 0 && (p.Section == PreambleSection || p.Section == OperativeSection || p.Section == AnnexSection) {
			paragraphs.add(p)
		}
	}
	if !sameMultiset(gotOld, oldIDs) {
		t.Errorf("old ids in pairs %v, want each of %v once", gotOld, oldIDs)
	}
	if !sameMultiset(gotNew, newIDs) {
		t.Errorf("new ids in pairs %v, want each of %v once", gotNew, newIDs)
	}
	if paragraphs != r.Summary.Paragraphs {
		t.Errorf("summary paragraphs %+v, counted %+v", r.Summary.Paragraphs, paragraphs)
	}
	var parts Counts
	for _, pc := range r.Summary.Parts {
		for _, c := range []Counts{pc.Preamble, pc.Operative} {
			parts.Equal += c.Equal
			parts.Changed += c.Changed
			parts.Inserted += c.Inserted
			parts.Deleted += c.Deleted
			parts.Moved += c.Moved
			parts.Split += c.Split
			parts.Merged += c.Merged
		}
	}
	if got, want := parts.Total()+r.Summary.Annexes.Total(), r.Summary.Paragraphs.Total(); got != want {
		t.Errorf("parts and annexes count %d paragraphs, the summary %d", got, want)
	}
}

// joined is the text the words of a pair with these ids must spell, and
// whether it is known.
func joined(ids []string, texts map[string]string) (string, bool) {
	parts := make([]string, len(ids))
	for i, id := range ids {
		t, ok := texts[id]
		if !ok || t == "\x00" {
			return "", false
		}
		parts[i] = t
	}
	return strings.Join(parts, "\n"), len(ids) > 0
}

func sameMultiset(a, b []string) bool {
	a, b = slices.Clone(a), slices.Clone(b)
	slices.Sort(a)
	slices.Sort(b)
	return slices.Equal(a, b)
}

// parseFile parses an XML file of the corpus or the library.
func parseFile(path string) (*content.Document, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return akn.ParseBytes(b, path)
}
