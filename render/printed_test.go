package render

import (
	"bytes"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"

	"resolute/content"
	"resolute/internal/corpus"
)

// TestPrintEscape checks that printed Markdown escapes only what CommonMark
// (and GitHub's Markdown) would otherwise read as markup.
func TestPrintEscape(t *testing.T) {
	tests := []struct{ in, want string }{
		{"well-being", "well-being"},
		{"resolution 2334 (2016)", "resolution 2334 (2016)"},
		{"1. in the middle", "1. in the middle"},
		{"a * b and a*b, snake_case and _x_", "a * b and a\\*b, snake_case and \\_x\\_"},
		{"[without reference to a Main Committee (A/79/L.2)]", "[without reference to a Main Committee (A/79/L.2)]"},
		{"[a](https://evil.example) [b][c] [d]: e [^1]", "\\[a](https://evil.example) \\[b][c] \\[d]: e \\[^1]"},
		{"<script> and a < b", "\\<script> and a < b"},
		{"AT&T, &amp; and &#27;", "AT&T, &amp;amp; and &amp;#27;"},
		{"`code` and ~~struck~~", "\\`code\\` and \\~\\~struck\\~\\~"},
		{`a\b, a\*, end\`, `a\b, a\\\*, end\\`},
		{"#1 and 5 # 6", "#1 and 5 # 6"},
	}
	for _, tt := range tests {
		if got := printEscape(tt.in, 0, len(tt.in)); got != tt.want {
			t.Errorf("printEscape(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	for in, want := range map[string]string{
		"- x": "\\- x", "+ x": "\\+ x", "* x": "\\* x", "-5 %": "-5 %", "# x": "\\# x", "#hashtag": "#hashtag",
		"> x": "\\> x", "1. x": "1\\. x", "2020) x": "2020\\) x", "1.5 x": "1.5 x", "---": "\\---", "===": "\\===",
		"=x": "=x", "1234567890. x": "1234567890. x", "": "",
	} {
		if got := printLineStart(in); got != want {
			t.Errorf("printLineStart(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{"Title #": "Title \\#", "Title#": "Title#", "#": "\\#", "Title": "Title"} {
		if got := guardClosingHashes(in); got != want {
			t.Errorf("guardClosingHashes(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestPrintedLinks checks that the citations of the printed Markdown are
// links to their undocs.org addresses.
func TestPrintedLinks(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("..", "sample", "a-res-65-122.es.txt"))
	if err != nil {
		t.Skipf("sample not found: %v", err)
	}
	d := content.Parse(string(raw), content.Options{})
	md := Markdown(d)
	for _, want := range []string{
		"[A/65/L.6](https://undocs.org/es/A/65/L.6)",
		"(https://undocs.org/es/A/RES/59/50)",
		"(https://undocs.org/es/S/RES/1631(2005))",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("printed Markdown lacks %s", want)
		}
	}
	if strings.ContainsAny(md, breakHint+keepSpace+"\ue000\ue001\ue002") {
		t.Error("printed Markdown carries glamour's break hints")
	}
}

// TestPrintedMarkdownReadsBack reads the printed Markdown of the sample,
// the fixture and, when the corpus is there, documents in six languages
// back with goldmark (CommonMark and GitHub's extensions): every block
// must read as its plain text, with no HTML, no code and no link other
// than the citations.
func TestPrintedMarkdownReadsBack(t *testing.T) {
	docs := map[string]*content.Document{"fixture": fixture(), "hostile": hostile("<b>&amp;*x*_y_`z`[a](b)")}
	if raw, err := os.ReadFile(filepath.Join("..", "sample", "a-res-65-122.es.txt")); err == nil {
		docs["sample"] = content.Parse(string(raw), content.Options{})
	}
	if dir, ok := corpus.Dir(); ok {
		for _, name := range []string{"text/ga-79-1.en.txt", "akn/a-res-77-128/ar.txt", "akn/a-res-77-128/fr.txt",
			"akn/a-res-77-128/ru.txt", "akn/a-res-77-128/zh.txt", "akn/a-res-78-247/es.txt"} {
			if raw, err := os.ReadFile(filepath.Join(dir, name)); err == nil {
				docs[name] = content.Parse(string(raw), content.Options{})
			}
		}
	}
	md := goldmark.New(goldmark.WithExtensions(extension.GFM))
	tag := regexp.MustCompile(`<[^>]*>`)
	space := regexp.MustCompile(`\s+`)
	for name, d := range docs {
		for _, b := range MarkdownBlocks(d) {
			var out bytes.Buffer
			if err := md.Convert([]byte(b.Markdown), &out); err != nil {
				t.Fatal(err)
			}
			h := out.String()
			if strings.Contains(h, "raw HTML omitted") || strings.Contains(h, "<code>") || strings.Contains(h, "<del>") ||
				strings.Contains(h, "<table>") || strings.Contains(h, "<hr") || strings.Contains(h, "<img") {
				t.Errorf("%s %s: read as markup:\n%s\n%s", name, b.ID, b.Markdown, h)
			}
			for _, href := range regexp.MustCompile(`href="([^"]*)"`).FindAllStringSubmatch(h, -1) {
				if !strings.HasPrefix(href[1], "https://undocs.org/") {
					t.Errorf("%s %s: a link to %q", name, b.ID, href[1])
				}
			}
			got := strings.TrimSpace(space.ReplaceAllString(html.UnescapeString(tag.ReplaceAllString(h, " ")), " "))
			want := strings.TrimSpace(space.ReplaceAllString(b.Plain, " "))
			// goldmark drops the space before a closing tag's text only
			// in markup; compare without the spaces tags added.
			if strings.ReplaceAll(got, " ", "") != strings.ReplaceAll(want, " ", "") {
				t.Errorf("%s %s: reads back as\n%q\nnot\n%q\nfrom\n%s", name, b.ID, got, want, b.Markdown)
			}
		}
	}
}

// TestPlainStyle checks that PlainStyle lays the document out exactly as
// the dark style does, without a single escape sequence.
func TestPlainStyle(t *testing.T) {
	for name, d := range map[string]*content.Document{"fixture": fixture(), "chinese": chinese(), "multipart": multipart()} {
		for _, w := range []int{40, 80} {
			plain, dark := ANSI(d, w, PlainStyle), ANSI(d, w, "dark")
			if strings.Contains(plain, "\x1b") {
				t.Errorf("%s %d: the plain style writes escape sequences", name, w)
			}
			if strings.Contains(plain, "**") || strings.Contains(plain, "## ") {
				t.Errorf("%s %d: the plain style writes Markdown markers", name, w)
			}
			if plain != stripped(dark) {
				t.Errorf("%s %d: the plain style is not the dark layout:\n%s\n----\n%s", name, w, plain, stripped(dark))
			}
		}
	}
}

// stripped is s without its escape sequences.
func stripped(s string) string {
	return regexp.MustCompile("\x1b(\\[[0-9;]*m|\\]8;[^\x07\x1b]*(\x07|\x1b\\\\))").ReplaceAllString(s, "")
}
