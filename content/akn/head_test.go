package akn

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"resolute/content"
)

// paragraphIDs lists the ids of d's paragraphs and annex paragraphs in reading order.
func paragraphIDs(d *content.Document) []string {
	var out []string
	for _, u := range d.Units() {
		if u.Footnote == "" && (len(out) == 0 || out[len(out)-1] != u.ID) {
			out = append(out, u.ID)
		}
	}
	return out
}

func TestParseHeadCorpus(t *testing.T) {
	const n = 32 << 10
	cut := 0
	for _, c := range corpusCases(t) {
		data, err := os.ReadFile(c.path)
		if err != nil {
			t.Fatal(err)
		}
		whole, err := ParseBytes(data, c.path)
		if err != nil {
			t.Fatal(err)
		}
		head, wasCut, err := ParseHead(data, c.path, n)
		if err != nil {
			t.Fatalf("%s: %v", c.path, err)
		}
		if !wasCut {
			a, _ := json.Marshal(head)
			b, _ := json.Marshal(whole)
			if string(a) != string(b) {
				t.Errorf("%s: not cut, yet the head differs from the whole", c.path)
			}
			continue
		}
		cut++
		if head.Symbol != whole.Symbol || head.Language != whole.Language || head.Title != whole.Title {
			t.Errorf("%s: head %q %q %q, whole %q %q %q", c.path, head.Symbol, head.Language, head.Title, whole.Symbol, whole.Language, whole.Title)
		}
		hi, wi := paragraphIDs(head), paragraphIDs(whole)
		if len(hi) == 0 || len(hi) > len(wi) {
			t.Errorf("%s: %d paragraphs in the head, %d in the whole", c.path, len(hi), len(wi))
			continue
		}
		// The last paragraph may be cut short; the ones before it are the
		// whole document's first.
		for i := range len(hi) - 1 {
			if hi[i] != wi[i] {
				t.Errorf("%s: head paragraph %d is %s, the whole document's %s", c.path, i, hi[i], wi[i])
				break
			}
		}
	}
	if cut == 0 {
		t.Error("no corpus file was cut")
	}
}

func TestParseHeadBrokenTail(t *testing.T) {
	body := strings.Repeat(`<paragraph><num>1.</num><content><p>Decides to act.</p></content></paragraph>`, 400)
	doc := `<akomaNtoso><resolution><meta><identification/></meta><preface><p><docNumber>1/1.</docNumber></p></preface><mainBody>` + body + `<broken></mainBody></resolution></akomaNtoso>`
	if _, err := ParseBytes([]byte(doc), "t.xml"); err == nil {
		t.Fatal("the whole of a broken document parses")
	}
	head, cut, err := ParseHead([]byte(doc), "t.xml", 4096)
	if err != nil || !cut || head == nil {
		t.Fatalf("head of a document broken at its end: cut %v, error %v", cut, err)
	}
	if len(head.Parts) == 0 || len(head.Parts[0].Operative) == 0 {
		t.Error("the head has no paragraphs")
	}
	if _, _, err := ParseHead([]byte("<akomaNtoso><meta></akomaNtoso>"), "t.xml", 4); err == nil {
		t.Error("a document broken in its head parses")
	}
}
