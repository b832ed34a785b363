package library

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"resolute/content"
	"resolute/internal/corpus"
)

func TestHead(t *testing.T) {
	tests := []struct {
		name, text string
		n          int
		want       string
	}{
		{"short", "abc\n\ndef", 20, "abc\n\ndef"},
		{"paragraph break", "aaaa\nbb\n\ncc\n\ndd", 5, "aaaa\nbb"},
		{"page break first", "aaaa\nb\fc\n\nd", 5, "aaaa\nb"},
		{"line break only", "aaaa\nbbb\nccc", 5, "aaaa\nbbb"},
		{"no break", "aaaaaaaaaa", 5, "aaaaaaaaaa"},
		{"break at n", "aaaaa\n\nbbbbb", 5, "aaaaa"},
	}
	for _, tt := range tests {
		if got := head(tt.text, tt.n); got != tt.want {
			t.Errorf("%s: head(%q, %d) = %q, want %q", tt.name, tt.text, tt.n, got, tt.want)
		}
	}
}

// bigResolution returns a resolution with n operative paragraphs, laid out
// as a UN text file.
func bigResolution(n int) string {
	var b strings.Builder
	b.WriteString("United Nations\n\nA/RES/99/1\n\nGeneral Assembly\n\nDistr.: General\n1 January 2025\n\n")
	b.WriteString("99/1. Cooperation\n\nThe General Assembly,\n\n")
	b.WriteString("Recalling its resolution 59/50 of 2 December 2004,\n\nNoting the report of the Secretary-General,\n\n")
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "%d. Requests the Secretary-General to continue consultations on item %d with the regional organizations concerned and to report thereon;\n\n", i, i)
	}
	return b.String()
}

func TestParseHead(t *testing.T) {
	text := bigResolution(2000)
	head, full, err := parseHead("big.txt", text, "")
	if head == nil || full == nil || err != nil {
		t.Fatalf("no provisional document for a %d-byte text (error %v)", len(text), err)
	}
	whole, err := full()
	if err != nil {
		t.Fatal(err)
	}
	if n := len(whole.Parts[0].Operative); n != 2000 {
		t.Fatalf("whole document: %d operative paragraphs, want 2000", n)
	}
	hp, wp := head.Parts[0], whole.Parts[0]
	if len(hp.Operative) < 100 || len(hp.Operative) >= len(wp.Operative) {
		t.Fatalf("head: %d operative paragraphs", len(hp.Operative))
	}
	if head.Symbol != whole.Symbol || head.Language != whole.Language || len(hp.Preamble) != len(wp.Preamble) {
		t.Errorf("head: symbol %q language %q, %d preambular; whole: %q %q %d",
			head.Symbol, head.Language, len(hp.Preamble), whole.Symbol, whole.Language, len(wp.Preamble))
	}
	for i, p := range hp.Operative {
		if p.ID != wp.Operative[i].ID || p.Text != wp.Operative[i].Text {
			t.Fatalf("head paragraph %d (%s) differs from the whole document's (%s)", i, p.ID, wp.Operative[i].ID)
		}
	}

	for _, small := range []string{bigResolution(20), strings.Repeat("word ", 3*headSize)} {
		if d, f, _ := parseHead("small", small, ""); d != nil || f != nil {
			t.Errorf("a provisional document for a %d-byte text starting %.20q", len(small), small)
		}
	}
}

func TestParseHeadXML(t *testing.T) {
	para := `<paragraph><num>%d.</num><content><p>Requests the Secretary-General to report on item %d.</p></content></paragraph>`
	var body strings.Builder
	for i := 1; i <= 1500; i++ {
		fmt.Fprintf(&body, para, i, i)
	}
	doc := `<?xml version="1.0"?><akomaNtoso><resolution><meta><identification/></meta><preface><p><docNumber>99/1.</docNumber></p></preface><mainBody>` +
		body.String() + `</mainBody></resolution></akomaNtoso>`
	head, full, err := parseHead("big.xml", doc, "")
	if err != nil || head == nil || full == nil {
		t.Fatalf("no provisional document for %d bytes of XML: %v", len(doc), err)
	}
	whole, err := full()
	if err != nil {
		t.Fatal(err)
	}
	if h, w := len(head.Parts[0].Operative), len(whole.Parts[0].Operative); h == 0 || h >= w || w != 1500 {
		t.Errorf("head %d operative paragraphs, whole %d (want 1500)", h, w)
	}
	// XML that ends within the head (counted after its metadata) is parsed
	// once, whole.
	short := `<?xml version="1.0"?><akomaNtoso><resolution><meta>` + strings.Repeat("<keyword/>", headSize) + `</meta><mainBody>` + fmt.Sprintf(para, 1, 1) + `</mainBody></resolution></akomaNtoso>`
	if d, f, err := parseHead("short.xml", short, ""); d == nil || f != nil || err != nil {
		t.Errorf("XML ending within the head: document %v, second parse %v, error %v", d != nil, f != nil, err)
	}
	// Broken in the head: the error, at once.
	if _, _, err := parseHead("bad.xml", `<?xml version="1.0"?><akomaNtoso><meta></akomaNtoso>`+strings.Repeat(" ", 3*headSize), ""); err == nil || !strings.Contains(err.Error(), "bad.xml") {
		t.Errorf("broken XML: error %v", err)
	}
}

// BenchmarkParseHead measures what the reader parses before its first
// frame (the head of the text) against the whole text, for A/RES/79/1 as
// PDF text when the shared corpus is there and a synthetic 1 MB resolution.
func BenchmarkParseHead(b *testing.B) {
	texts := map[string]string{"1MB": bigResolution(7000)}
	if raw, err := os.ReadFile(corpus.Path("text", "ga-79-1.en.txt")); err == nil {
		texts["ga-79-1"] = string(raw)
	}
	for _, name := range []string{"ga-79-1", "1MB"} {
		text, ok := texts[name]
		if !ok {
			continue
		}
		b.Run(name+"/head", func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				if d, _, _ := parseHead("b", text, ""); d == nil {
					b.Fatal("no head")
				}
			}
		})
		b.Run(name+"/whole", func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				content.Parse(text, content.Options{})
			}
		})
	}
}

func TestOpenHeadPDF(t *testing.T) {
	f := corpus.Require(t, "pdf", "ga-80-226.en.pdf")
	o, err := Open(f, OpenOptions{Head: true})
	if err != nil || o.Doc == nil || o.Rest == nil || o.Kind != KindPDF {
		t.Fatalf("no head of a PDF: error %v, opened %+v", err, o)
	}
	head := o.Doc
	whole, err := o.Rest()
	if err != nil {
		t.Fatal(err)
	}
	loaded, err := Open(f, OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if loaded.Rest != nil {
		t.Error("opened without Head, a PDF still comes in two parts")
	}
	a, _ := json.Marshal(whole)
	b, _ := json.Marshal(loaded.Doc)
	if string(a) != string(b) {
		t.Error("the whole document after the head differs from the one --format prints")
	}
	if head.Symbol != whole.Symbol || len(head.Parts) == 0 || countParagraphs(head) > countParagraphs(whole) {
		t.Errorf("head %q with %d paragraphs, whole %q with %d", head.Symbol, countParagraphs(head), whole.Symbol, countParagraphs(whole))
	}
	if _, err := Open(filepath.Join(t.TempDir(), "missing.pdf"), OpenOptions{Head: true}); err == nil || !strings.Contains(err.Error(), "missing.pdf") {
		t.Errorf("missing PDF: %v", err)
	}
}

// countParagraphs counts d's preambular and operative paragraphs.
func countParagraphs(d *content.Document) int {
	n := 0
	for _, p := range d.Parts {
		n += len(p.Preamble) + len(p.Operative)
	}
	return n
}

func TestOpenKinds(t *testing.T) {
	dir := t.TempDir()
	xml := `<?xml version="1.0"?><akomaNtoso><resolution><meta><identification/></meta><preface><p><docNumber>99/1.</docNumber></p></preface><mainBody><paragraph><num>1.</num><content><p>Decides to remain seized of the matter.</p></content></paragraph></mainBody></resolution></akomaNtoso>`
	text := bigResolution(3)
	files := map[string]string{"a.xml": xml, "a.txt": text, "xml-named.txt": xml}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		file string
		want Kind
	}{
		{"a.xml", KindXML},
		{"a.txt", KindText},
		{"xml-named.txt", KindXML}, // the content decides, not the name
	}
	for _, tt := range tests {
		o, err := Open(filepath.Join(dir, tt.file), OpenOptions{})
		if err != nil {
			t.Errorf("Open(%s): %v", tt.file, err)
			continue
		}
		if o.Kind != tt.want || o.Doc == nil || o.Rest != nil {
			t.Errorf("Open(%s): kind %s, document %v, rest %v; want kind %s, whole", tt.file, o.Kind, o.Doc != nil, o.Rest != nil, tt.want)
		}
	}
	o, err := OpenReader("standard input", strings.NewReader(text), OpenOptions{})
	if err != nil || o.Kind != KindText || o.Doc.Symbol != "A/RES/99/1" || o.Name != "standard input" {
		t.Errorf("OpenReader: %+v, %v", o, err)
	}
	if _, err := Open(dir, OpenOptions{}); err == nil || !strings.Contains(err.Error(), dir) {
		t.Errorf("Open(a directory): %v", err)
	}
}
