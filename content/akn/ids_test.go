package akn

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"resolute/internal/idcheck"
)

// idsWant are the ids every language version of testdata/ids gives: the
// unnumbered paragraph before 1 is op0_1 and the note after 2 is op2_1,
// neither renaming a numbered paragraph; the items marked up as
// paragraphs of their own, with labels in each language's form ("(ﻫ)",
// "‏(ب)‏", "(子)", Cyrillic "а)", "㈠", "(十一)", "’11‘"), go under their
// paragraph; the fragment after (e) is op1's tail; the Arabic 3 left in
// the text between right-to-left marks is op3; the Russian meeting line
// "4-e пленарное заседание" (a Latin e) left in the body is no paragraph 4.
var idsWant = "pp1 op0_1 op1 op1(a) op1(b) op1(c) op1(d) op1(e) op2 op2(a) op2(a)(i) op2(a)(ii) op2(a)(iii) op2(a)(iv) op2(a)(v) op2(a)(vi) op2(a)(vii) op2(a)(viii) op2(a)(ix) op2(a)(x) op2(a)(xi) op2_1 op3"

func TestIDRules(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "ids", "ids.*.xml"))
	if len(files) < 5 {
		t.Fatalf("want the five fixtures, found %v", files)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			d, err := ParseBytes(data, f)
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Join(idcheck.List(d), " "); got != idsWant {
				t.Errorf("ids\n got %s\nwant %s", got, idsWant)
			}
			op := d.Parts[0].Operative
			if op[1].Tail == "" {
				t.Errorf("op1 has no tail; the fragment after its list is %q", op[2].Text)
			}
			for ref, want := range map[string]string{"op2": "op2", "1": "op1", "op1(e)": "op1(e)", "2(a)(xi)": "op2(a)(xi)", "op3": "op3"} {
				if got, err := d.Resolve(ref); err != nil || got != want {
					t.Errorf("Resolve(%q) = %q, %v; want %q", ref, got, err, want)
				}
			}
			if l := op[1].Items[4].Label; strings.Contains(f, ".ar.") && l != "(\ufeeb)" {
				t.Errorf("the label shown is %q, want it as printed", l)
			}
		})
	}
}

// TestIDRulesParts checks the part and paragraph ids of the fixtures whose
// language versions mark up the same structure differently: a section's
// numeral in a subheading, in a first paragraph of its own (Arabic
// "سادس عشر"), or opening the title paragraph ("XVI Bâtiments"); a
// numbered paragraph marked up as a preamble between operative ones; the
// last preambular paragraph marked up in the body; "Resolves that:"
// marked up as the preamble; points (d) and (e) marked up as a sublist of
// (c); bullets that lost their "•"; paragraph 1 misprinted "l."; item
// labels "1)" and "أ -" left in the text; a paragraph the markup cut in
// two, or whose number stands alone; a table, short or long, under the
// paragraph that announces it, and the note after it; the letter and
// title over a table ("A. Pension Administration") marked up as the last
// point of that paragraph; the entries of a list opened with a colon,
// given as plain paragraphs, whether or not they end as a clause does;
// the note under a table, its marker given as an item's label; the
// items of a quoted list, each label after the opening quotation mark;
// doubled letters (hh), (ii), (kk), (ll), which are no Roman numerals;
// the next chapter's numeral and title nested under the last item of a
// paragraph. The Security Council's mandate lists: the points of an item given as paragraphs of their own ("mandate": under
// an item that announces them with a colon or is a heading, the Arabic
// ‘1’ left in the text); letters running on under Roman-numbered headings
// ("headings"); unlabelled subheadings among the points, the points after
// them nested under them or not ("subheadings"), given as a sublist's
// intro ("intro") or as a paragraph of their own ("itemhead"); the words
// that close the sentence after a list, as an <alinea>, after "; y", or set
// flush after indented points or after bullets ("closing", "flush"); a
// quoted paragraph with its points ("quotedstructure"); a label left in the text
// without its stop ("series"); dashes as paragraphs of their own after an
// item closed with a comma ("dashes").
func TestIDRulesParts(t *testing.T) {
	for name, want := range map[string]string{
		"sections":          "XV.pp1 XV.op1 XV.op2 XVI.pp1 XVI.op1",
		"preamble-between":  "pp1 op1 op2 op3",
		"preamble-tail":     "pp1 pp2 op1 op2",
		"resolves":          "op0_1 op1 op2",
		"sublist":           "op1 op1(a) op1(b) op1(c) op1(d) op1(e) op1(f) op2 op2(a) op2(a)(i) op2(a)(ii)",
		"bullets":           "pp1 op1 op1(1) op1(2) op1(3) op2",
		"misprint":          "pp1 op1 op2",
		"labels":            "op1 op1(i) op1(ii) op2 op2(a) op2(b)",
		"cut":               "op1 op2",
		"numbered-preamble": "pp1 op1 op2 op3",
		"table":             "pp1 op1 op1_1 op1_2 op2",
		"table-letter":      "pp1 op1 op1_1 op1_2 op2 op2(a) op2(b)",
		"doubled":           "pp1 op1 op1(gg) op1(hh) op1(ii) op1(jj) op1(kk) op1(ll) op1(mm) op2",
		"quoted":            "pp1 op1 op1(a) op1(b) op2",
		"table-note":        "pp1 op1 op1_1 op1_2 op2",
		"chapter":           "pp1 op1 op1(a) op1(b) op2",
		"entries":           "pp1 op1 op1(1) op1(2) op2 op2(a) op2(b) op2(b)(1) op2(b)(2) op2(c) op3 op3(1) op4 op4(a) op4(b) op5",
		"mandate":           "pp1 op1 op1(a) op1(a)(i) op1(a)(i)(1) op1(a)(i)(2) op1(a)(ii) op1(b) op1(b)(1) op1(c) op1(c)(1) op1(c)(1)(i) op1(c)(1)(ii) op2",
		"headings":          "pp1 op1 op1(i) op1(i)(a) op1(i)(b) op1(ii) op1(ii)(c) op1(ii)(d) op2",
		"subheadings":       "pp1 op1 op1(a) op1(a)(i) op1(a)(ii) op1(a)(3) op1(a)(iii) op1(a)(5) op1(a)(iv) op2",
		"intro":             "pp1 op1 op1(i) op1(i)(1) op1(i)(1)(a) op1(i)(1)(b) op2",
		"itemhead":          "pp1 op1 op1(a) op1(a)(i) op1(a)(ii) op1(a)(iii) op2",
		"closing":           "pp1 op1 op1(a) op1(b) op2",
		"flush":             "pp1 op1 op1(1) op1(2) op2",
		"quotedstructure":   "pp1 op1 op1(1) op1(1)(a) op1(1)(b) op2",
		"series":            "pp1 op1 op1(a) op1(b) op1(c) op2",
		"dashes":            "pp1 op1 op1(a) op1(a)(1) op1(a)(2) op1(b) op2",
	} {
		files, _ := filepath.Glob(filepath.Join("testdata", "ids", name+".*.xml"))
		if len(files) < 2 {
			t.Fatalf("%s: want two fixtures or more, found %v", name, files)
		}
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			d, err := ParseBytes(data, f)
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Join(idcheck.List(d), " "); got != want {
				t.Errorf("%s: ids\n got %s\nwant %s", f, got, want)
			}
		}
	}
}

// TestChapterHeading checks that a chapter's numeral and title nested
// under the last item of a paragraph heads the next paragraph, as where
// the markup gives it as a heading of its own.
func TestChapterHeading(t *testing.T) {
	for file, want := range map[string]string{"chapter.en.xml": "II. International peace and security", "chapter.zh.xml": "二. 国际和平与安全", "chapter.fr.xml": "II. La paix et la sécurité internationales"} {
		data, err := os.ReadFile(filepath.Join("testdata", "ids", file))
		if err != nil {
			t.Fatal(err)
		}
		d, err := ParseBytes(data, file)
		if err != nil {
			t.Fatal(err)
		}
		op := d.Parts[0].Operative
		if got := strings.TrimSpace(op[len(op)-1].Heading); got != want {
			t.Errorf("%s: heading of op2 %q, want %q", file, got, want)
		}
	}
}
