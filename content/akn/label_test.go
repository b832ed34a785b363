package akn

import (
	"strings"
	"testing"

	"resolute/content"
	"resolute/internal/idcheck"
)

// TestLabelFromText checks the numbers and labels read from the start of
// a paragraph's text, where the markup left them instead of in a <num>,
// and the slips read as a number only where it is the next one.
func TestLabelFromText(t *testing.T) {
	tests := []struct {
		name, text string
		next       int
		label      string // "" when the text keeps its start
		rest       string
	}{
		{"number and full stop", "16.\tInvite les États", 3, "16", "Invite les États"},
		{"full-width full stop", "6．\t提请特别委员会注意本决议。", 6, "6", "提请特别委员会注意本决议。"},
		{"comma for the full stop, next", "16,\tInvite les États", 16, "16", "Invite les États"},
		{"comma for the full stop, not next", "16,\tInvite les États", 3, "", "16,\tInvite les États"},
		{"stray quotation mark, next", "’\t19.\tSe déclare préoccupé", 19, "19", "Se déclare préoccupé"},
		{"stray quotation mark, not next", "’\t19.\tSe déclare préoccupé", 4, "", "’\t19.\tSe déclare préoccupé"},
		{"a quotation, not a number", "“2030 Agenda”", 1, "", "“2030 Agenda”"},
		{"ordinal", "37-е пленарное заседание", 37, "", "37-е пленарное заседание"},
		{"item", "(b)\tDecides", 2, "(b)", "Decides"},
		// The Chinese A/RES/77/276: "\u200e\t\t(a)\u200e\t根据国际法…", a
		// left-to-right mark, then white space, before the label.
		{"item after a mark and a tab", "\u200e\t\t(a)\u200e\t根据国际法", 1, "(a)", "根据国际法"},
		{"number after a mark and a tab", "\u200f\t4 -\tتقرر", 4, "4", "تقرر"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			u := &unit{}
			u.writeText(tc.text)
			want := u.text()
			if tc.label != "" {
				w := &unit{}
				w.writeText(tc.rest)
				want = w.text()
			}
			if got := labelFromText(u, tc.next); got != tc.label {
				t.Errorf("label %q, want %q", got, tc.label)
			}
			if got := u.text(); got != want {
				t.Errorf("text %q, want %q", got, want)
			}
		})
	}
}

// TestColonHeadings checks that a short line ending with a colon between
// two numbered paragraphs is the next one's heading, as the languages that
// mark it up as a subheading read, and that a lead-in of items is not.
func TestColonHeadings(t *testing.T) {
	para := func(num, text string) string {
		if num != "" {
			num = "<num>" + num + "</num>"
		}
		return "<paragraph>" + num + "<content><p>" + text + "</p></content></paragraph>"
	}
	tests := []struct {
		name, body, ids, heading string
	}{
		{"Chinese heading", para("28.", "强调合作；") + para("", "报告：") + para("29.", "请秘书长报告；"), "op28 op29", "报告："},
		{"subheading", para("28.", "Stresses;") + `<paragraph class="H23"><subheading>Reporting:</subheading></paragraph>` + para("29.", "Requests;"), "op28 op29", "Reporting:"},
		{"lead-in of items", para("28.", "Stresses;") + para("", "Decides:") + para("", "(a) x;") + para("29.", "Requests;"), "op28 op28_1 op28_1(a) op29", ""},
		{"long line", para("28.", "Stresses;") + para("", "Requests the Secretary-General to report on the following:") + para("29.", "Requests;"), "op28 op28_1 op29", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := ParseBytes([]byte(wrap("", "<mainBody>"+tc.body+"</mainBody>")), "c.xml")
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Join(idcheck.List(d), " "); got != tc.ids {
				t.Errorf("ids %q, want %q", got, tc.ids)
			}
			if tc.heading != "" {
				if h := d.Parts[0].Operative[1].Heading; h != tc.heading {
					t.Errorf("op29's heading %q, want %q", h, tc.heading)
				}
			}
		})
	}
}

// TestQuotedNumber checks that the number of a paragraph quoted in full,
// left in its text after the opening quotation mark, is read as the
// number the other versions give in a <num> where the paragraph before
// ends with a colon (the Russian A/RES/78/248), and that the text keeps its
// quotation marks.
func TestQuotedNumber(t *testing.T) {
	para := func(num, text string) string {
		if num != "" {
			num = "<num>" + num + "</num>"
		}
		return "<paragraph>" + num + "<content><p>" + text + "</p></content></paragraph>"
	}
	tests := []struct {
		name, body, ids, text string
	}{
		{"quoted, after a colon", para("14.", "постановляет утвердить следующую поправку:") + para("", "Статья 9, новый пункт 4:") + para("", "«4.\tПри рассмотрении заявления.»") + para("15.", "предлагает;"), "op14 op14(1) op14(1)(iv) op15", "«При рассмотрении заявления.»"},
		{"in a <num>", para("14.", "Decides to approve the following amendment:") + para("", "Article 9, new paragraph 4:") + para("4.", "In hearing an application.") + para("15.", "Invites;"), "op14 op14(1) op14(1)(iv) op15", "In hearing an application."},
		{"not after a colon", para("14.", "постановляет;") + para("", "«4.\tПри рассмотрении заявления.»") + para("15.", "предлагает;"), "op14 op14_1 op15", "«4. При рассмотрении заявления.»"},
		{"not lower", para("3.", "Decides as follows:") + para("", "“7. Something quoted.”") + para("4.", "Invites;"), "op3 op3(1) op4", "“7. Something quoted.”"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := ParseBytes([]byte(wrap("", "<mainBody>"+tc.body+"</mainBody>")), "c.xml")
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Join(idcheck.List(d), " "); got != tc.ids {
				t.Errorf("ids %q, want %q", got, tc.ids)
			}
			var texts []string
			var walk func([]content.Item)
			walk = func(items []content.Item) {
				for _, it := range items {
					texts = append(texts, it.Text)
					walk(it.Items)
				}
			}
			for _, p := range d.Parts[0].Operative {
				texts = append(texts, p.Text)
				walk(p.Items)
			}
			found := false
			for _, s := range texts {
				found = found || s == tc.text
			}
			if !found {
				t.Errorf("no paragraph or item reads %q: %q", tc.text, texts)
			}
		})
	}
}
