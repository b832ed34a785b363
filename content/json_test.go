package content

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// modelKeys are the keys of each object of the JSON model, as README's
// "The JSON model" documents them.
var modelKeys = map[string][]string{
	"document":   {"symbol", "language", "organ", "masthead", "number", "title", "formula", "parts", "closing", "annexes", "footnotes", "citations", "meta", "diagnostics"},
	"masthead":   {"organ", "distribution", "issue_date", "session", "agenda_item", "agenda_title", "adoption", "adoption_date", "proponent", "meeting"},
	"part":       {"label", "heading", "formula", "preamble", "operative", "closing"},
	"paragraph":  {"id", "kind", "number", "heading", "lead", "text", "items", "tail"},
	"item":       {"id", "label", "text", "items"},
	"annex":      {"id", "label", "title", "paragraphs"},
	"footnote":   {"marker", "text", "paragraph"},
	"citation":   {"symbol", "kind", "organ", "date", "mentions"},
	"mention":    {"paragraph", "footnote", "start", "end"},
	"meta":       {"adoption_date", "meeting_record", "draft", "report", "sponsors", "additional_sponsors", "vote", "agenda_item", "sdgs", "subjects"},
	"vote":       {"outcome", "in_favour", "against", "abstaining"},
	"diagnostic": {"line", "message"},
}

// lists are the keys whose value is a list: never null.
var lists = map[string]bool{"parts": true, "closing": true, "annexes": true, "footnotes": true, "citations": true,
	"diagnostics": true, "preamble": true, "operative": true, "items": true, "paragraphs": true, "mentions": true,
	"sponsors": true, "additional_sponsors": true, "sdgs": true, "subjects": true}

// TestJSONHasEveryKey marshals nearly empty documents and checks that every
// key of the model is there, lists as [] (so that jq '.annexes[]' works),
// and that README documents every key.
func TestJSONHasEveryKey(t *testing.T) {
	docs := map[string]any{
		"empty": &Document{},
		"full": &Document{
			Parts:     []Part{{Operative: []Paragraph{{ID: "op1", Items: []Item{{ID: "op1(a)"}}}}}},
			Annexes:   []Annex{{ID: "annex"}},
			Footnotes: []Footnote{{Marker: "1"}},
			Citations: []Citation{{Symbol: "A/RES/1/1", Mentions: []Mention{{Paragraph: "op1"}}}},
			Meta:      &Meta{Vote: &Vote{}}, Diagnostics: []Diagnostic{{Message: "x"}},
		},
	}
	for name, d := range docs {
		raw, err := json.Marshal(d)
		if err != nil {
			t.Fatal(err)
		}
		var m map[string]any
		if err := json.Unmarshal(raw, &m); err != nil {
			t.Fatal(err)
		}
		check(t, name, "document", m)
		if name == "empty" && m["meta"] != nil {
			t.Errorf("empty: meta is %v, want null", m["meta"])
		}
	}
	readme, err := os.ReadFile(filepath.Join("..", "README.md"))
	if err != nil {
		t.Skipf("README not found: %v", err)
	}
	model := string(readme)
	if i := strings.Index(model, "## The JSON model"); i >= 0 {
		model = model[i:]
		if j := strings.Index(model[3:], "\n## "); j >= 0 {
			model = model[:j+3]
		}
	}
	for obj, keys := range modelKeys {
		for _, k := range keys {
			if !strings.Contains(model, k) {
				t.Errorf("README's JSON model does not document %s.%s", obj, k)
			}
		}
	}
}

// check verifies that the object m of kind obj has every key of the model
// and descends into its objects and lists.
func check(t *testing.T, doc, obj string, m map[string]any) {
	t.Helper()
	want := modelKeys[obj]
	if len(m) != len(want) {
		t.Errorf("%s: %s has %d keys, the model %d: %v", doc, obj, len(m), len(want), m)
	}
	child := map[string]string{"masthead": "masthead", "meta": "meta", "vote": "vote", "parts": "part",
		"preamble": "paragraph", "operative": "paragraph", "paragraphs": "paragraph", "annexes": "annex",
		"footnotes": "footnote", "citations": "citation", "mentions": "mention", "diagnostics": "diagnostic"}
	for _, k := range want {
		v, ok := m[k]
		if !ok {
			t.Errorf("%s: %s lacks %q", doc, obj, k)
			continue
		}
		if lists[k] {
			l, ok := v.([]any)
			if !ok {
				t.Errorf("%s: %s.%s is %v, not a list", doc, obj, k, v)
				continue
			}
			kind := child[k]
			if k == "items" {
				kind = "item"
			}
			for _, e := range l {
				if em, ok := e.(map[string]any); ok && kind != "" {
					check(t, doc, kind, em)
				}
			}
			continue
		}
		if em, ok := v.(map[string]any); ok {
			check(t, doc, child[k], em)
		}
	}
}

// TestEmptyAndPlainNote checks how a document says it holds no text or is
// no resolution.
func TestEmptyAndPlainNote(t *testing.T) {
	for in, empty := range map[string]bool{"": true, " \n\n\t ": true, "Hello.": false, "The General Assembly,\n\n1. Decides;": false} {
		d := Parse(in, Options{})
		if d.Empty() != empty {
			t.Errorf("Parse(%q).Empty() = %v", in, !empty)
		}
	}
	if note := Parse("Hello world.\n\nA shopping list: milk, eggs.", Options{}).PlainNote(); !strings.HasPrefix(note, NotResolution) {
		t.Errorf("a shopping list's note is %q", note)
	}
	for in, want := range map[string]string{"Hello world.": "read as 1 plain paragraph", "Hello world.\n\nA shopping list.": "read as 2 plain paragraphs"} {
		if note := Parse(in, Options{}).PlainNote(); !strings.HasSuffix(note, want) {
			t.Errorf("the note of %q is %q, want it to end %q", in, note, want)
		}
	}
	if note := Parse("The General Assembly,\n\n*Recalling* its resolution 59/50,\n\n1. *Decides* to act;", Options{}).PlainNote(); note != "" {
		t.Errorf("a resolution has the note %q", note)
	}
	if !(*Document)(nil).Empty() || (*Document)(nil).PlainNote() != "" {
		t.Error("a nil document is not empty")
	}
}
