package render

import (
	"strings"
	"testing"

	"resolute/content"
)

func TestBlocksOrder(t *testing.T) {
	tests := []struct {
		name string
		doc  *content.Document
		want []string // kind:id
	}{
		{"fixture", fixture(), []string{
			"masthead:masthead", "title:title", "formula:formula",
			"paragraph:pp1", "paragraph:pp2", "paragraph:op1", "paragraph:op2", "paragraph:op3",
			"closing:closing", "annex-heading:annex", "annex-paragraph:annex.p1", "annex-paragraph:annex.p2",
			"notes:footnotes"}},
		{"multipart", multipart(), []string{
			"masthead:masthead", "title:title",
			"part-heading:part:A", "formula:formula:A", "paragraph:A.op1", "closing:closing:A",
			"part-heading:part:B", "paragraph:B.pp1", "paragraph:B.op1"}},
		{"empty", &content.Document{}, []string{"note:note"}},
		{"not a resolution", &content.Document{
			Parts:       []content.Part{{Operative: []content.Paragraph{{ID: "op1", Text: "Hello."}}}},
			Diagnostics: []content.Diagnostic{{Message: content.NotResolution + ": read as 1 plain paragraph"}}},
			[]string{"note:note", "paragraph:op1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, b := range Blocks(tt.doc) {
				got = append(got, b.Kind.String()+":"+b.ID)
			}
			if strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Errorf("Blocks:\n got %v\nwant %v", got, tt.want)
			}
		})
	}
	if Blocks(nil) != nil {
		t.Error("Blocks(nil) is not nil")
	}
}

func TestBlockContent(t *testing.T) {
	byID := make(map[string]Block)
	for _, b := range MarkdownBlocks(fixture()) {
		byID[b.ID] = b
	}
	tests := []struct {
		id, markdown, plain string
	}{
		{"pp1", "*Haciendo referencia* a su resolución", "Haciendo referencia a su resolución"},
		{"pp1", "> ¹ Véanse las resoluciones 49/57 y 49/60.", "¹ Véanse las resoluciones"},
		{"op1", "**1.** *Toma nota* del informe", "1. Toma nota del informe"},
		{"op1", "> ² A/65/123.", "² A/65/123."},
		{"op2", "- a) cooperar", "a) cooperar en materia"},
		{"op2", "  - ii) el transporte,", "ii) el transporte,"},
		{"op2", "\n\nen la región del Mar Negro;", "en la región del Mar Negro;"},
		{"title", "## 65/122. Cooperación", "65/122. Cooperación"},
		{"formula", "*La Asamblea General,*", "La Asamblea General,"},
		{"annex.p2", "### Principios\n\n1\\. Texto", "Principios\n1. Texto"},
		{"footnotes", "> ³ Nota sin párrafo.", "³ Nota sin párrafo."},
		{"closing", "62a sesión plenaria\\\n13 de diciembre", "62a sesión plenaria\n13 de diciembre de 2010"},
	}
	for _, tt := range tests {
		b, ok := byID[tt.id]
		if !ok {
			t.Errorf("no block %s", tt.id)
			continue
		}
		if !strings.Contains(b.Markdown, tt.markdown) {
			t.Errorf("%s: Markdown %q lacks %q", tt.id, b.Markdown, tt.markdown)
		}
		if !strings.Contains(b.Plain, tt.plain) {
			t.Errorf("%s: Plain %q lacks %q", tt.id, b.Plain, tt.plain)
		}
	}
	if strings.Contains(byID["pp2"].Markdown, "²") || strings.Contains(byID["op3"].Markdown, ">") {
		t.Error("a footnote is shown under the wrong paragraph")
	}
}

func TestMarkdownJoinsBlocks(t *testing.T) {
	d := fixture()
	var parts []string
	for _, b := range MarkdownBlocks(d) {
		parts = append(parts, b.Markdown)
	}
	if got, want := Markdown(d), strings.Join(parts, "\n\n")+"\n"; got != want {
		t.Errorf("Markdown is not the blocks joined by blank lines")
	}
	if got := Markdown(&content.Document{}); got != "> **Note:** the file holds no text.\n" {
		t.Errorf("an empty document's Markdown is %q, not the note that says so", got)
	}
}

func TestCleanAndLineStart(t *testing.T) {
	tests := []struct{ in, clean string }{
		{"", ""},
		{"plain text", "plain text"},
		{"  two  spaces\n\tand\r\nbreaks ", "two spaces and breaks"},
		{"bell\a esc\x1b[2J c1\u009b bidi\u202e end", "bell esc[2J c1 bidi end"},
		{"\u00a0nbsp\u3000ideographic\u00a0", "nbsp ideographic"},
	}
	for _, tt := range tests {
		if got := clean(tt.in); got != tt.clean {
			t.Errorf("clean(%q) = %q, want %q", tt.in, got, tt.clean)
		}
	}
	for in, want := range map[string]string{
		"1\\. x": "1\\. x", "12) x": "12\\) x", "- x": "\\- x", "x": "x", "": "", "123": "123",
	} {
		if got := lineStart(in); got != want {
			t.Errorf("lineStart(%q) = %q, want %q", in, got, want)
		}
	}
	if got := superscript("12a"); got != "¹²a" {
		t.Errorf("superscript = %q", got)
	}
}

func TestFind(t *testing.T) {
	blocks := Blocks(multipart())
	for id, want := range map[string]string{
		"B.op1": "B.op1", "A.op1(a)(i)": "A.op1", "title": "title", "part:B": "part:B",
	} {
		i := Find(blocks, id)
		if i < 0 || blocks[i].ID != want {
			t.Errorf("Find(%q) = %d, want the block %s", id, i, want)
		}
	}
	if Find(blocks, "op99") != -1 || Find(nil, "op1") != -1 {
		t.Error("Find finds a missing paragraph")
	}
}
