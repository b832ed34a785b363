package content

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// idsWant are the ids every language version of testdata/ids.*.txt gives,
// as the XML reader gives them for the same resolution
// (content/akn/testdata/ids): op0_1 before 1, op2_1 after 2, the labels
// of each language read as the same items, the fragment after a list
// that does not close its sentence the paragraph's tail.
const idsWant = "pp1 op0_1 op1 op1(a) op1(b) op1(c) op1(d) op1(e) op2 op2(a) op2(a)(i) op2(a)(ii) op2(a)(iii) op2(a)(iv) op2(a)(v) op2(a)(vi) op2(a)(vii) op2(a)(viii) op2(a)(ix) op2(a)(x) op2(a)(xi) op2_1 op3"

func TestIDRulesText(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "ids.*.txt"))
	if len(files) < 5 {
		t.Fatalf("want the five fixtures, found %v", files)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			raw, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			d := Parse(string(raw), Options{})
			var ids []string
			var items func([]Item)
			items = func(its []Item) {
				for _, it := range its {
					ids = append(ids, it.ID)
					items(it.Items)
				}
			}
			for _, p := range d.Parts {
				for _, q := range append(append([]Paragraph{}, p.Preamble...), p.Operative...) {
					ids = append(ids, q.ID)
					items(q.Items)
				}
			}
			if got := strings.Join(ids, " "); got != idsWant {
				t.Errorf("ids\n got %s\nwant %s", got, idsWant)
			}
			if op := d.Parts[0].Operative; op[1].Tail == "" {
				t.Errorf("op1 has no tail")
			}
			if got, err := d.Resolve("op2"); err != nil || got != "op2" {
				t.Errorf("Resolve(op2) = %q, %v", got, err)
			}
		})
	}
}
