package render

import (
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"resolute/content"
	"resolute/termsafe"
)

func TestSymbolURL(t *testing.T) {
	for _, c := range []struct{ lang, sym, want string }{
		{"en", "A/RES/59/50", "https://undocs.org/en/A/RES/59/50"},
		{"ES", "S/RES/1631 (2005)", "https://undocs.org/es/S/RES/1631(2005)"},
		{"", "A/C.1/75/L.22", "https://undocs.org/en/A/C.1/75/L.22"},
		{"de", "A/RES/S-10/2", "https://undocs.org/en/A/RES/S-10/2"},
		{"en", "decision 64/555", ""},
		{"en", "resolution 5/7", ""}, // another body's resolution
		{"en", "1631", ""},
		{"en", "A/RES/1\x1b]8;;x\a", ""},
		{"en", "A/RES/1?x=javascript:", ""},
		{"en", "A/RES/" + strings.Repeat("1", 200), ""},
	} {
		if got := SymbolURL(c.lang, c.sym); got != c.want {
			t.Errorf("SymbolURL(%q, %q) = %q, want %q", c.lang, c.sym, got, c.want)
		}
	}
}

// cited returns a document whose paragraphs cite A/RES/59/50 and
// S/RES/1631 (2005), the latter in text that wraps.
func cited() *content.Document {
	texts := []string{
		"Recalling its resolution 59/50 of 2 December 2004, by which it granted observer status,",
		"Recalling also Security Council resolution 1631 (2005) of 17 October 2005 on cooperation between the United Nations and regional organizations, and resolution 59/50,",
	}
	d := &content.Document{Symbol: "A/RES/65/122", Language: "en", Title: "Cooperation"}
	var part content.Part
	for i, s := range texts {
		part.Preamble = append(part.Preamble, content.Paragraph{ID: "pp" + string(rune('1'+i)), Kind: content.Preambular, Lead: "Recalling", Text: s})
	}
	d.Parts = []content.Part{part}
	d.Footnotes = []content.Footnote{{Marker: "1", Text: "See A/65/L.6 and decision 64/555.", Paragraph: "pp1"}}
	mention := func(id, fn, text, sub string) content.Mention {
		i := strings.Index(text, sub)
		return content.Mention{Paragraph: id, Footnote: fn, Start: i, End: i + len(sub)}
	}
	d.Citations = []content.Citation{
		{Symbol: "A/RES/59/50", Kind: content.ResolutionCitation, Mentions: []content.Mention{
			mention("pp1", "", texts[0], "59/50"), mention("pp2", "", texts[1], "59/50")}},
		{Symbol: "S/RES/1631 (2005)", Kind: content.ResolutionCitation, Mentions: []content.Mention{
			mention("pp2", "", texts[1], "1631 (2005)")}},
		{Symbol: "A/65/L.6", Kind: content.DocumentCitation, Mentions: []content.Mention{
			mention("pp1", "1", d.Footnotes[0].Text, "A/65/L.6")}},
		{Symbol: "decision 64/555", Kind: content.DecisionCitation, Mentions: []content.Mention{
			mention("pp1", "1", d.Footnotes[0].Text, "64/555")}},
	}
	return d
}

func TestLinksAttached(t *testing.T) {
	bl := Blocks(cited())
	got := map[string][]Link{}
	for _, b := range bl {
		got[b.ID] = b.Links
	}
	want := map[string][]Link{
		"pp1": {{"59/50", "https://undocs.org/en/A/RES/59/50"}, {"A/65/L.6", "https://undocs.org/en/A/65/L.6"}},
		"pp2": {{"59/50", "https://undocs.org/en/A/RES/59/50"}, {"1631 (2005)", "https://undocs.org/en/S/RES/1631(2005)"}},
	}
	for id, w := range want {
		if len(got[id]) != len(w) {
			t.Fatalf("%s: links %v, want %v", id, got[id], w)
		}
		for i := range w {
			if got[id][i] != w[i] {
				t.Errorf("%s: link %d = %v, want %v", id, i, got[id][i], w[i])
			}
		}
	}
}

// hyperlinked returns the link targets in s, in order, and fails when a line
// leaves a hyperlink open.
func hyperlinked(t *testing.T, s string) (urls, texts []string) {
	t.Helper()
	for _, line := range strings.Split(s, "\n") {
		open := ""
		for rest := line; ; {
			i := strings.Index(rest, "\x1b]8;;")
			if i < 0 {
				break
			}
			j := strings.IndexByte(rest[i:], '\a')
			if j < 0 {
				t.Fatalf("unterminated OSC 8 in %q", line)
			}
			url := rest[i+5 : i+j]
			if url == "" {
				if open == "" {
					t.Errorf("close without open in %q", line)
				}
				texts = append(texts, ansi.Strip(rest[:i]))
				open = ""
			} else {
				urls = append(urls, url)
				open = url
			}
			rest = rest[i+j+1:]
		}
		if open != "" {
			t.Errorf("line leaves %s open: %q", open, line)
		}
	}
	return urls, texts
}

func TestLinksRendered(t *testing.T) {
	d := cited()
	for _, style := range []string{"dark", "light"} {
		for _, width := range []int{20, 33, 40, 60, 80, 120} {
			out := ANSI(d, width, style)
			if v := termsafe.Violations(out); len(v) > 0 {
				t.Errorf("%s %d: violations %q", style, width, v)
			}
			if termsafe.Filter(out) != out {
				t.Errorf("%s %d: Filter changes the output", style, width)
			}
			for _, l := range strings.Split(out, "\n") {
				if w := ansi.StringWidth(l); w > width {
					t.Errorf("%s %d: line of %d cells: %q", style, width, w, ansi.Strip(l))
				}
			}
			// The links add nothing visible.
			plain := Blocks(d)
			for i := range plain {
				plain[i].Links = nil
			}
			bare := NewRenderer(plain, style).RenderAll(width)
			if got, want := ansi.Strip(out), ansi.Strip(strings.Join(bare, "\n\n")+"\n"); got != want {
				t.Errorf("%s %d: links change the text:\n%s\nwant:\n%s", style, width, got, want)
			}
			urls, texts := hyperlinked(t, out)
			joined := strings.Join(urls, " ")
			for _, u := range []string{"https://undocs.org/en/A/RES/59/50", "https://undocs.org/en/S/RES/1631(2005)", "https://undocs.org/en/A/65/L.6"} {
				if !strings.Contains(joined, u) {
					t.Errorf("%s %d: no link to %s in %q", style, width, u, joined)
				}
			}
			for _, tx := range texts {
				if !strings.ContainsAny(tx, "0123456789") {
					t.Errorf("%s %d: linked text %q", style, width, tx)
				}
			}
			if strings.Contains(joined, "decision") {
				t.Errorf("%s %d: decision linked: %q", style, width, joined)
			}
		}
	}
	for _, style := range []string{"ascii", "notty"} {
		if out := ANSI(d, 80, style); strings.Contains(out, "\x1b]8") {
			t.Errorf("%s: hyperlinks in a style without colour", style)
		}
	}
}

func TestLinkLinesHuge(t *testing.T) {
	var links []Link
	for i := range maxLinks {
		links = append(links, Link{Text: "59/" + string(rune('0'+i%10)), URL: "https://undocs.org/en/A/RES/59/50"})
	}
	line := strings.Repeat("resolution 59/50 and 59/5 ", 40000) // about 1 MB
	start := time.Now()
	out := linkLines(line, links)
	if d := time.Since(start); d > 20*time.Second {
		t.Errorf("1 MB line took %v", d)
	}
	if ansi.Strip(out) != line {
		t.Error("text changed")
	}
	if v := termsafe.Violations(out); len(v) > 0 {
		t.Errorf("violations: %q", v[:min(3, len(v))])
	}
}

func TestLinkSplitMention(t *testing.T) {
	links := []Link{{Text: "1631 (2005)", URL: "https://undocs.org/en/S/RES/1631(2005)"}}
	out := linkLines("  \x1b[3mRecalling\x1b[m resolution 1631\n  (2005) of 17 October 2005 and 1631", links)
	_, texts := hyperlinked(t, out)
	if len(texts) != 2 || texts[0] != "1631" || texts[1] != "(2005)" {
		t.Errorf("split mention linked as %q:\n%q", texts, out)
	}
}

func FuzzLinkLines(f *testing.F) {
	f.Add("  \x1b[3mRecalling\x1b[m resolution 1631\n  (2005) of 17 October", "1631 (2005)")
	f.Add("\x1b[38;5;244m¹ See A/65/L.6\x1b[m and 59/50, 59/50", "59/50")
	f.Add("قرارها 59/50 المؤرخ", "59/50")
	f.Add("\x1b]8;;https://x\a59/50\x1b]8;;\a", "59/50")
	f.Fuzz(func(t *testing.T, s, mention string) {
		if len(s) > 4096 {
			return
		}
		s = termsafe.Filter(s)
		out := linkLines(s, []Link{{Text: mention, URL: "https://undocs.org/en/A/RES/59/50"}})
		if v := termsafe.Violations(out); len(v) > 0 {
			t.Fatalf("violations %q in %q", v, out)
		}
		if strings.Count(out, "\n") != strings.Count(s, "\n") {
			t.Fatalf("lines changed: %q", out)
		}
		if ansi.StringWidth(out) != ansi.StringWidth(s) {
			t.Fatalf("width changed: %q → %q", s, out)
		}
	})
}
