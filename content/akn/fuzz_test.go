package akn

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"resolute/internal/idcheck"
)

// FuzzParse checks that Parse never panics, returns either a document or a
// one-line error, and gives consistent offsets for every mention.
func FuzzParse(f *testing.F) {
	seeds := []string{
		"",
		"<akomaNtoso/>",
		"<akomaNtoso><statement><preamble><container name=\"x\"><p>a</p></container></preamble></statement></akomaNtoso>",
		wrap("", `<mainBody><paragraph><num>1.</num><content><p><span class="italic">Decides</span> <a href="https://undocs.org/en/A/RES/1/2">1/2</a><authorialNote marker="1"><p>See <a href="https://undocs.org/en/A/1">A/1</a></p></authorialNote>;</p></content></paragraph><paragraph><num>(a)</num><content><p>x</p></content></paragraph></mainBody>`),
		wrap("", `<mainBody><section><num>I</num><crossHeading refersTo="#preamble">Recalling</crossHeading><paragraph><content><p>2 - x</p></content></paragraph></section></mainBody>`),
		`<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><akomaNtoso>&lol2;</akomaNtoso>`,
		"<akomaNtoso><a href=\"https://undocs.org/ch/S/RES/1(1946)\">\x1b[31m</a>",
		"<akomaNtoso>&#x202E;</akomaNtoso>",
		"<akomaNtoso><components><component><statement><preface><p>A B</p></preface></statement></component></components><documentCollection/></akomaNtoso>",
		// The structures of 3 December: two paragraphs in one <p> after a
		// tab, the next number after a tab, annexes and flat sections in
		// the body, a paragraph numbered back after a colon.
		wrap("", "<preamble><container><p>\t<span class=\"italic\">وإذ تشير</span> إلى القرار،\t<span class=\"italic\">وإذ تشير أيضا</span> إلى<authorialNote marker=\"1\"><p>x</p></authorialNote>،</p></container></preamble><mainBody><paragraph><content><p>\t21 -\tتؤكد؛\t22 -\t\u200fترحب؛</p></content></paragraph><paragraph class=\"H1\"><heading>المرفق الأول</heading></paragraph><paragraph><num>1 -</num><content><p>افتتاح.</p></content></paragraph></mainBody>"),
		wrap("", `<mainBody><subheading>II</subheading><crossHeading refersTo="#preamble">Having considered,</crossHeading><paragraph><num>14.</num><content><p>Decides:</p></content></paragraph><paragraph><num>4.</num><content><p>In hearing.</p></content></paragraph><paragraph><num>B.</num><content><p>Evolution</p></content></paragraph><paragraph><num>1.</num><content><p>Recalls;</p></content></paragraph></mainBody>`),
	}
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	// The id fixtures: labels in every language's form, markup slips.
	files, _ := filepath.Glob(filepath.Join("testdata", "ids", "*.xml"))
	for _, name := range files {
		if data, err := os.ReadFile(name); err == nil {
			f.Add(data)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		// The head of any input parses, or fails, on one line, whatever
		// the whole does.
		if _, _, err := ParseHead(data, "fuzz.xml", len(data)/2); err != nil && strings.ContainsAny(err.Error(), "\n\r") {
			t.Fatalf("head: multi-line error %q", err)
		}
		d, err := ParseBytes(data, "fuzz.xml")
		if err != nil {
			if strings.ContainsAny(err.Error(), "\n\r") {
				t.Fatalf("multi-line error %q", err)
			}
			return
		}
		longest := map[string]int{}
		for _, u := range d.Units() {
			k := u.ID + "\x00" + u.Footnote
			longest[k] = max(longest[k], len(u.Text))
		}
		for _, c := range d.Citations {
			for _, m := range c.Mentions {
				if m.Start < 0 || m.End < m.Start || m.End > longest[m.Paragraph+"\x00"+m.Footnote] {
					t.Fatalf("bad mention %+v of %s", m, c.Symbol)
				}
			}
		}
		for _, u := range d.Units() {
			if strings.ContainsRune(u.Text, '\x1b') || strings.ContainsRune(u.Text, '\u202e') {
				t.Fatalf("unclean text %q", u.Text)
			}
		}
		seen := map[string]bool{}
		for _, id := range append(idcheck.List(d), idcheck.AnnexList(d)...) {
			if seen[id] {
				t.Fatalf("id %q given twice", id)
			}
			seen[id] = true
		}
	})
}
