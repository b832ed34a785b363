package termsafe

import "testing"

func TestEscapeMarkdown(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"", ""},
		{"Decides to remain seized", "Decides to remain seized"},
		{"A & B &#27;", "A &amp; B &amp;\\#27;"},
		{"*a* _b_ `c` [d](e) <f> #g +h -i |j| \\k {l}", "\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\<f\\> \\#g \\+h \\-i \\|j\\| \\\\k \\{l\\}"},
		{"1. 2) 3.5 a.", "1\\. 2\\) 3\\.5 a."},
		{"~~x~~ a=b", "&#126;&#126;x&#126;&#126; a&#61;b"},
		{"Term\n: def\nx: y", "Term\n&#58; def\nx: y"},
		{"    code\n\tcode", "code\ncode"},
		{"see www.un.org", "see www\\.un.org"},
		{"https://un.org a@b", "https&#58;//un.org a&#64;b"},
	}
	for _, tt := range tests {
		if got := EscapeMarkdown(tt.in); got != tt.want {
			t.Errorf("EscapeMarkdown(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// markdownTraps are texts that glamour would show differently if they were
// not escaped.
var markdownTraps = []string{
	"Decides that the Council shall *remain* seized of the __matter__.",
	"# Not a heading\n## Nor this",
	"1. Not a list\n2) nor this\n- nor this\n+ nor this\n* nor this",
	"> not a quote",
	"---\n***\n___",
	"Title\n===\nSubtitle\n---",
	"    indented code?\n\n\tand tabbed",
	"`code span` and ```fence```\n```\nfenced\n```\n~~~\nfenced\n~~~",
	"| a | b |\n|---|---|\n| c | d |",
	"[link](https://evil.example) and ![image](x.png) and [ref]\n\n[ref]: https://evil.example",
	"<b>bold</b> <script>alert(1)</script> <!-- comment --> <https://un.org>",
	"&#27;[31m &amp; &lt; &copy; &#x41; & AT&T",
	"~~struck~~ and ~single~",
	"Term\n: definition",
	"- [ ] task\n- [x] done",
	"see www.un.org and https://undocs.org/A/RES/65/122",
	"a\\b\\\\c\\*d\\",
	"footnote[^1]\n\n[^1]: note",
	"1990), 2000.) 3.)",
	"{{template}} $math$ 50% a_b_c __init__",
	"قرار ٦٥/١٢٢ *مائل* 第六十五届会议 **粗体**",
}

func TestEscapeMarkdownRendersLiterally(t *testing.T) {
	r := newRenderer(t)
	for _, s := range markdownTraps {
		out := render(t, r, EscapeMarkdown(s))
		if got, want := visible(out), visible(s); got != want {
			t.Errorf("render(EscapeMarkdown(%q)) shows %q, want %q", s, got, want)
		}
	}
}
