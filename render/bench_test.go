package render

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"resolute/internal/corpus"
	"resolute/internal/cpumeter"
	"strconv"
	"strings"
	"testing"

	"charm.land/glamour/v2"
	"github.com/charmbracelet/colorprofile"

	"resolute/content"
)

// benchBytes is the size of the text of the benchmark document, like the
// 200 KB of A/RES/79/1.
const benchBytes = 200_000

// benchDoc builds a resolution of about benchBytes of text from the
// paragraphs of the English corpus texts (one paragraph a line, lead phrases
// in *…*), with items and footnotes; without the corpus it repeats a
// synthetic paragraph.
func benchDoc(b *testing.B) *content.Document {
	b.Helper()
	paras := corpusParagraphs(corpus.Path("akn"))
	if len(paras) == 0 {
		paras = []string{"*Recalling* its resolution 46/182 of 19 December 1991 and all its previous resolutions " +
			"on the strengthening of the coordination of emergency humanitarian assistance of the United Nations, " +
			"and welcoming the report of the Secretary-General,"}
	}
	d := &content.Document{
		Symbol: "A/RES/79/1", Language: "en", Number: "79/1", Title: "The Pact for the Future",
		Masthead: content.Masthead{Organ: "General Assembly", Distribution: "Distr.: General",
			IssueDate: "1 October 2024", Session: "Seventy-ninth session", AgendaItem: "Agenda item 123",
			Adoption: "Resolution adopted by the General Assembly on 22 September 2024"},
		Formula: "The General Assembly,",
		Closing: []string{"3rd plenary meeting", "22 September 2024"},
	}
	var part content.Part
	size := 0
	for n := 0; size < benchBytes; n++ {
		lead, text := splitLead(paras[n%len(paras)])
		size += len(text)
		if n < 30 {
			part.Preamble = append(part.Preamble, content.Paragraph{
				ID: "pp" + strconv.Itoa(n+1), Kind: content.Preambular, Lead: lead, Text: text})
			continue
		}
		num := strconv.Itoa(n - 29)
		p := content.Paragraph{ID: "op" + num, Kind: content.Operative, Number: &num, Lead: lead, Text: text}
		if n%10 == 0 {
			for k, label := range []string{"(a)", "(b)", "(c)"} {
				it, _ := splitLead(paras[(n+k+1)%len(paras)])
				p.Items = append(p.Items, content.Item{ID: p.ID + label, Label: label, Text: it})
				size += len(it)
			}
		}
		if n%20 == 0 {
			d.Footnotes = append(d.Footnotes, content.Footnote{
				Marker: strconv.Itoa(len(d.Footnotes) + 1), Text: "See A/79/L.2 and resolution 78/1.", Paragraph: p.ID})
		}
		part.Operative = append(part.Operative, p)
	}
	d.Parts = []content.Part{part}
	return d
}

// corpusParagraphs returns the long lines of the English corpus texts.
func corpusParagraphs(dir string) []string {
	files, _ := filepath.Glob(filepath.Join(dir, "*", "en.txt"))
	var out []string
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			continue
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			if l := strings.TrimSpace(sc.Text()); len(l) > 200 {
				out = append(out, l)
			}
		}
		fh.Close()
	}
	return out
}

// splitLead reads a "*Lead* text" line into its lead and its text.
func splitLead(l string) (lead, text string) {
	if strings.HasPrefix(l, "*") {
		if end := strings.Index(l[1:], "*"); end > 0 {
			lead = l[1 : end+1]
			return lead, lead + l[end+2:]
		}
	}
	return "", strings.ReplaceAll(l, "*", "")
}

func BenchmarkBlocks(b *testing.B) {
	d := benchDoc(b)
	b.ReportAllocs()
	cpu := cpumeter.Start()
	for b.Loop() {
		Blocks(d)
	}
	cpu.Report(b, 0)
}

// benchCase is a document to benchmark.
type benchCase struct {
	name string
	doc  *content.Document
}

// benchCases returns the synthetic document and, when the corpus is there
// and content.Parse reads it, A/RES/79/1 (200 KB of PDF text).
func benchCases(b *testing.B) []benchCase {
	cases := []benchCase{{"synthetic", benchDoc(b)}}
	raw, err := os.ReadFile(corpus.Path("text", "ga-79-1.en.txt"))
	if err == nil {
		if d := content.Parse(string(raw), content.Options{}); len(Blocks(d)) > 100 {
			cases = append(cases, benchCase{"ga-79-1", d})
		}
	}
	return cases
}

// benchWidth is the width of the printed-output benchmarks, as in
// resolute --format ansi --width 100.
const benchWidth = 100

// BenchmarkANSI measures --format ansi: ANSI (parallel, per block) at 256
// colours ("dark"), without colour ("ascii"), and at 16 colours ("dark-16",
// ANSI then Downsample), in bytes of Markdown per second, beside
// BenchmarkOnePassGlamour.
func BenchmarkANSI(b *testing.B) {
	for _, c := range benchCases(b) {
		for _, style := range []string{"dark", "ascii", "dark-16"} {
			b.Run(c.name+"/"+style, func(b *testing.B) {
				b.ReportAllocs()
				b.SetBytes(int64(len(Markdown(c.doc))))
				cpu := cpumeter.Start()
				for b.Loop() {
					if style == "dark-16" {
						Downsample(ANSI(c.doc, benchWidth, "dark"), colorprofile.ANSI)
						continue
					}
					ANSI(c.doc, benchWidth, style)
				}
				cpu.Report(b, 0)
			})
		}
	}
}

// BenchmarkOnePassGlamour is the baseline: glamour renders Markdown(d) as one
// document, with a renderer made once; "dark-16" then converts its colours
// with colorprofile.Writer, as a program printing through it does.
func BenchmarkOnePassGlamour(b *testing.B) {
	for _, c := range benchCases(b) {
		md := Markdown(c.doc)
		for _, style := range []string{"dark", "ascii", "dark-16"} {
			b.Run(c.name+"/"+style, func(b *testing.B) {
				tr, err := glamour.NewTermRenderer(glamour.WithStandardStyle(strings.TrimSuffix(style, "-16")), glamour.WithWordWrap(benchWidth))
				if err != nil {
					b.Fatal(err)
				}
				b.ReportAllocs()
				b.SetBytes(int64(len(md)))
				cpu := cpumeter.Start()
				defer cpu.Report(b, 0)
				for b.Loop() {
					out, err := tr.Render(md)
					if err != nil {
						b.Fatal(err)
					}
					if style == "dark-16" {
						var buf bytes.Buffer
						w := colorprofile.Writer{Forward: &buf, Profile: colorprofile.ANSI}
						if _, err := w.WriteString(out); err != nil {
							b.Fatal(err)
						}
					}
				}
			})
		}
	}
}

func BenchmarkRenderBlock(b *testing.B) {
	blocks := Blocks(benchDoc(b))
	i := len(blocks) / 2
	b.ReportAllocs()
	b.SetBytes(int64(len(blocks[i].Markdown)))
	for b.Loop() {
		// A new Renderer each time, so that nothing is cached.
		NewRenderer(blocks, "dark").Render(i, 80)
	}
}

func BenchmarkRenderCached(b *testing.B) {
	r := NewRenderer(Blocks(benchDoc(b)), "dark")
	r.Render(0, 80)
	b.ReportAllocs()
	for b.Loop() {
		r.Render(0, 80)
	}
}
