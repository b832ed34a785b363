package compare

import (
	"fmt"
	"strconv"
	"strings"
	"testing"

	"resolute/content"
)

// mkdoc returns a one-part document with these preambular and operative
// texts, numbered pp1…, op1….
func mkdoc(pre, ops []string) *content.Document {
	d := &content.Document{Symbol: "X", Title: "A title", Parts: []content.Part{{}}}
	for i, t := range pre {
		d.Parts[0].Preamble = append(d.Parts[0].Preamble, content.Paragraph{ID: "pp" + strconv.Itoa(i+1), Kind: content.Preambular, Text: t})
	}
	for i, t := range ops {
		n := strconv.Itoa(i + 1)
		d.Parts[0].Operative = append(d.Parts[0].Operative, content.Paragraph{ID: "op" + n, Kind: content.Operative, Number: &n, Text: t})
	}
	return d
}

// Paragraphs long enough to have bigrams of their own, as real ones do.
var (
	recalling = "Recalling its resolution 59/50 of 2 December 2004, by which it granted observer status to the Collective Security Treaty Organization,"
	bearing   = "Bearing in mind the Articles of the Charter of the United Nations that encourage regional cooperation for the peaceful settlement of disputes,"
	welcoming = "Welcoming the efforts of the Secretary-General to strengthen the role of the Organization in the maintenance of international peace,"
	takes     = "Takes note of the report of the Secretary-General on cooperation between the United Nations and regional and other organizations;"
	urges     = "Urges the two secretariats to intensify their working contacts and coordination at various levels in accordance with the joint declaration;"
	decides   = "Decides to include in the provisional agenda of its eighty-first session the sub-item entitled \"Cooperation between the two organizations\"."
	requests  = "Requests the Secretary-General to submit to the General Assembly at its eighty-first session a report on the implementation of the present resolution;"
)

// summaryOf is the pairs of a comparison in a compact form: op, old ids,
// new ids and note, one pair a line.
func summaryOf(r *Result) string {
	var sb strings.Builder
	for _, p := range r.Pairs {
		if p.Section == TitleSection {
			continue
		}
		fmt.Fprintf(&sb, "%s %s>%s", p.Op, strings.Join(p.Old, ","), strings.Join(p.New, ","))
		if p.Note != "" {
			fmt.Fprintf(&sb, " (%s)", p.Note)
		}
		sb.WriteString("\n")
	}
	return sb.String()
}

func TestDocumentsAlignment(t *testing.T) {
	tests := []struct {
		name           string
		oldPre, oldOps []string
		newPre, newOps []string
		want           string
	}{
		{
			name:   "identical",
			oldPre: []string{recalling, bearing}, oldOps: []string{takes, urges},
			newPre: []string{recalling, bearing}, newOps: []string{takes, urges},
			want: "equal pp1>pp1\nequal pp2>pp2\nequal op1>op1\nequal op2>op2\n",
		},
		{
			name:   "a word changed",
			oldOps: []string{takes, decides},
			newOps: []string{takes, strings.Replace(decides, "eighty-first", "eighty-third", 1)},
			want:   "equal op1>op1\nchanged op2>op2\n",
		},
		{
			name:   "inserted at the top renumbers the rest",
			oldOps: []string{takes, urges},
			newOps: []string{requests, takes, urges},
			want:   "inserted >op1\nequal op1>op2 (was OP1)\nequal op2>op3 (was OP2)\n",
		},
		{
			name:   "deleted stands where it stood",
			oldOps: []string{takes, urges, decides},
			newOps: []string{takes, decides},
			want:   "equal op1>op1\ndeleted op2>\nequal op3>op2 (was OP3)\n",
		},
		{
			name:   "moved to the end",
			oldOps: []string{requests, takes, urges, decides},
			newOps: []string{takes, urges, decides, requests},
			want:   "equal op2>op1 (was OP2)\nequal op3>op2 (was OP3)\nequal op4>op3 (was OP4)\nmoved op1>op4 (moved from OP1)\n",
		},
		{
			name:   "moved with words changed",
			oldOps: []string{requests, takes, urges, decides},
			newOps: []string{takes, urges, decides, strings.Replace(requests, "eighty-first", "eighty-second", 1)},
			want:   "equal op2>op1 (was OP2)\nequal op3>op2 (was OP3)\nequal op4>op3 (was OP4)\nmoved op1>op4 (moved from OP1)\n",
		},
		{
			name:   "split in two",
			oldOps: []string{takes, strings.TrimSuffix(urges, ";") + " and " + requests},
			newOps: []string{takes, urges, requests},
			want:   "equal op1>op1\nsplit op2>op2,op3 (split from OP2)\n",
		},
		{
			name:   "merged into one",
			oldOps: []string{takes, urges, requests, decides},
			newOps: []string{takes, strings.TrimSuffix(urges, ";") + " and " + requests, decides},
			want:   "equal op1>op1\nmerged op2,op3>op2 (merged from OP2, OP3)\nequal op4>op3 (was OP4)\n",
		},
		{
			name:   "rewritten in place",
			oldOps: []string{takes, urges, decides},
			newOps: []string{takes, strings.Replace(urges, "intensify their working contacts", "deepen their cooperation", 1), decides},
			want:   "equal op1>op1\nchanged op2>op2\nequal op3>op3\n",
		},
		{
			name:   "replaced by something else",
			oldOps: []string{takes, urges, decides},
			newOps: []string{takes, welcoming, decides},
			want:   "equal op1>op1\ninserted >op2\ndeleted op2>\nequal op3>op3\n",
		},
		{
			name:   "preambular stays preambular",
			oldPre: []string{recalling}, oldOps: []string{takes},
			newPre: []string{}, newOps: []string{recalling, takes},
			want: "deleted pp1>\ninserted >op1\nequal op1>op2 (was OP1)\n",
		},
		{
			name:   "typography only",
			oldOps: []string{`Decides to include the item entitled "Cooperation" - as before;`},
			newOps: []string{"Decides to include  the item entitled “Cooperation” — as before;"},
			want:   "equal op1>op1\n",
		},
		{
			name:   "Chinese, a character changed",
			oldOps: []string{"决定将题为“联合国与集体安全条约组织之间的合作”的分项列入第八十一届会议临时议程。"},
			newOps: []string{"决定将题为“联合国与集体安全条约组织之间的合作”的分项列入第八十三届会议临时议程。"},
			want:   "changed op1>op1\n",
		},
		{
			name:   "Arabic, a paragraph inserted",
			oldOps: []string{"تحيط علما بتقرير الأمين العام عن التعاون بين الأمم المتحدة والمنظمات الإقليمية؛", "تقرر أن تدرج في جدول الأعمال المؤقت لدورتها الحادية والثمانين البند الفرعي المعنون."},
			newOps: []string{"تحيط علما بتقرير الأمين العام عن التعاون بين الأمم المتحدة والمنظمات الإقليمية؛", "تحث الأمانتين على تكثيف اتصالات العمل بينهما؛", "تقرر أن تدرج في جدول الأعمال المؤقت لدورتها الحادية والثمانين البند الفرعي المعنون."},
			want:   "equal op1>op1\ninserted >op2\nequal op2>op3 (was OP2)\n",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			old, new := mkdoc(tc.oldPre, tc.oldOps), mkdoc(tc.newPre, tc.newOps)
			r := Documents(old, new)
			checkResult(t, old, new, r)
			if got := summaryOf(r); got != tc.want {
				t.Errorf("Documents: got\n%swant\n%s", got, tc.want)
			}
		})
	}
}

func TestWordsAndMinor(t *testing.T) {
	tests := []struct {
		old, new string
		want     string // the words as op:text, minor marked with ~
	}{
		{"a b c", "a b c", "=a b c"},
		{"", "new text", "+new text"},
		{"old text", "", "-old text"},
		{"Decides to remain seized", "Decides to remain actively seized", "=Decides to remain |+actively |=seized"},
		{"the  report", "the report", "=the|~-  |~+ |=report"},
		{"entitled \"Cooperation\"", "entitled “Cooperation”", "=entitled |~-\"Cooperation\"|~+“Cooperation”"},
		{"resolution¹ of", "resolution² of", "=resolution|~-¹|~+²|= of"},
		{"第八十一届", "第八十三届", "=第八十|-一|+三|=届"},
	}
	for _, tc := range tests {
		var parts []string
		for _, w := range diffWords(tc.old, tc.new) {
			s := map[WordOp]string{WordEqual: "=", WordDelete: "-", WordInsert: "+"}[w.Op] + w.Text
			if w.Minor {
				s = "~" + s
			}
			parts = append(parts, s)
		}
		if got := strings.Join(parts, "|"); got != tc.want {
			t.Errorf("diffWords(%q, %q): got %q, want %q", tc.old, tc.new, got, tc.want)
		}
	}
}

func TestItemsAlignInsideTheirParagraph(t *testing.T) {
	para := func(id string, items ...string) content.Paragraph {
		p := content.Paragraph{ID: id, Kind: content.Operative, Text: "Requests the Secretary-General:"}
		for i, it := range items {
			label := "(" + string(rune('a'+i)) + ")"
			p.Items = append(p.Items, content.Item{ID: id + label, Label: label, Text: it})
		}
		return p
	}
	a := "To continue the consultations with the secretariat of the Organization on the matter;"
	b := "To report to the General Assembly at its next session on the progress achieved;"
	c := "To ensure that the necessary resources are made available within existing budgets;"
	old := &content.Document{Parts: []content.Part{{Operative: []content.Paragraph{para("op1", a, b)}}}}
	new := &content.Document{Parts: []content.Part{{Operative: []content.Paragraph{
		{ID: "op1", Kind: content.Operative, Text: recalling}, para("op2", c, a, b)}}}}
	r := Documents(old, new)
	checkResult(t, old, new, r)
	want := "inserted >op1\nequal op1>op2 (was OP1)\ninserted >op2(a)\nequal op1(a)>op2(b) (was (a))\nequal op1(b)>op2(c) (was (b))\n"
	if got := summaryOf(r); got != want {
		t.Errorf("got\n%swant\n%s", got, want)
	}
	if r.Pairs[3].Depth != 1 {
		t.Errorf("item depth %d, want 1", r.Pairs[3].Depth)
	}
	if got := r.Summary.Items; got.Inserted != 1 || got.Equal != 2 || got.Renumbered != 2 {
		t.Errorf("item counts %+v", got)
	}
}

func TestPartsAndMovesBetweenThem(t *testing.T) {
	part := func(label string, ops ...string) content.Part {
		p := content.Part{Label: label}
		for i, t := range ops {
			p.Operative = append(p.Operative, content.Paragraph{ID: label + ".op" + strconv.Itoa(i+1), Kind: content.Operative, Text: t})
		}
		return p
	}
	old := &content.Document{Parts: []content.Part{part("A", takes, urges), part("B", decides, requests)}}
	new := &content.Document{Parts: []content.Part{part("A", takes, urges, requests), part("B", decides)}}
	r := Documents(old, new)
	checkResult(t, old, new, r)
	want := "equal A.op1>A.op1\nequal A.op2>A.op2\nmoved B.op2>A.op3 (moved from B.OP2)\nequal B.op1>B.op1\n"
	if got := summaryOf(r); got != want {
		t.Errorf("got\n%swant\n%s", got, want)
	}
	if len(r.Summary.Parts) != 2 || r.Summary.Parts[0].Operative.Moved != 1 || r.Summary.Parts[1].Operative.Equal != 1 {
		t.Errorf("part counts %+v", r.Summary.Parts)
	}
}

func TestFootnotesAndTitle(t *testing.T) {
	old := mkdoc(nil, []string{takes + "¹"})
	old.Footnotes = []content.Footnote{{Marker: "1", Text: "A/76/290.", Paragraph: "op1"}}
	new := mkdoc(nil, []string{takes + "¹", urges + "²"})
	new.Title = "Another title"
	new.Footnotes = []content.Footnote{{Marker: "1", Text: "A/76/290.", Paragraph: "op1"}, {Marker: "2", Text: "A/78/183.", Paragraph: "op2"}}
	r := Documents(old, new)
	checkResult(t, old, new, r)
	if r.Summary.Title != Changed {
		t.Errorf("title %s, want changed", r.Summary.Title)
	}
	if got := r.Summary.Footnotes; got.Equal != 1 || got.Inserted != 1 {
		t.Errorf("footnote counts %+v", got)
	}
	last := r.Pairs[len(r.Pairs)-1]
	if last.Section != FootnoteSection || last.New[0] != "fn2" {
		t.Errorf("last pair %+v, want footnote fn2", last)
	}
}

func TestDisplay(t *testing.T) {
	for id, want := range map[string]string{
		"pp7": "PP7", "op4": "OP4", "II.op3": "II.OP3", "op2(a)(i)": "OP2(a)(i)",
		"B.pp1": "B.PP1", "annex.p4": "annex.p4", "annexII.p1": "annexII.p1", "fn3": "footnote 3", "title": "title",
	} {
		if got := Display(id); got != want {
			t.Errorf("Display(%q) = %q, want %q", id, got, want)
		}
	}
}

// TestCorpusLanguagesAgainstThemselves compares every corpus resolution in
// every language with itself (nothing may differ) and its XML with its
// plain-text rendering (where the two parsers agree, nothing may differ but
// typography: at least 97 % of the paragraphs equal).
func TestCorpusLanguagesAgainstThemselves(t *testing.T) {
	var equal, total int
	for _, f := range corpusXML(t, "") {
		xml := loadDoc(t, f)
		txt := loadDoc(t, strings.TrimSuffix(f, ".xml")+".txt")
		for _, c := range []struct {
			name     string
			old, new *content.Document
		}{{"self", xml, xml}, {"text", txt, xml}} {
			r := Documents(c.old, c.new)
			checkResult(t, c.old, c.new, r)
			if c.name == "self" && r.Summary.Paragraphs.Different() != 0 {
				t.Errorf("%s against itself: %+v", f, r.Summary.Paragraphs)
			}
			if s := r.Summary.Paragraphs; c.name == "text" {
				equal += s.Equal
				total += s.Total()
				if s.Different() > 0 {
					t.Logf("%s, text against XML: %+v", f, s)
				}
			}
		}
	}
	t.Logf("text against XML: %d of %d paragraph pairs equal", equal, total)
	if float64(equal) < 0.97*float64(total) {
		t.Errorf("text against XML: only %d of %d paragraph pairs equal", equal, total)
	}
}
