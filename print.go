package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/charmbracelet/colorprofile"

	"resolute/content"
	"resolute/export"
	"resolute/render"
	"resolute/termsafe"
)

// printDocument writes doc to w in cfg.format, or only the paragraph cfg.para
// names when it is set.
func printDocument(w io.Writer, doc *content.Document, cfg config) error {
	style := cfg.style
	if style == "" {
		style = "dark"
	}
	if os.Getenv("NO_COLOR") != "" {
		style = render.PlainStyle
	}
	if doc.Empty() {
		return errors.New("empty file")
	}
	if cfg.para != "" {
		return printParagraph(w, doc, cfg, style)
	}
	var out string
	switch cfg.format {
	case "json":
		b, err := json.MarshalIndent(doc, "", "  ")
		if err != nil {
			return err
		}
		out = string(b) + "\n"
	case "markdown":
		out = termsafe.Filter(render.Markdown(doc))
	case "text":
		out = termsafe.Filter(export.Text(doc))
		if !strings.HasSuffix(out, "\n") {
			out += "\n"
		}
	case "ansi":
		out = render.Downsample(render.ANSI(doc, cfg.width, style), colourProfile(w))
	}
	_, err := io.WriteString(w, out)
	return err
}

// colourProfile is the colour profile of w when it is a terminal. Printed
// to a pipe, ANSI output keeps its 256 colours: the user asked for them.
func colourProfile(w io.Writer) colorprofile.Profile {
	if !isTerminal(w) {
		return colorprofile.ANSI256
	}
	return colorprofile.Detect(w, os.Environ())
}

// printParagraph writes only the paragraph cfg.para names.
func printParagraph(w io.Writer, doc *content.Document, cfg config, style string) error {
	id, err := doc.Resolve(cfg.para)
	if err != nil {
		return err
	}
	if item, ok := doc.Item(id); ok {
		return printItem(w, item, cfg.format)
	}
	if cfg.format == "json" {
		p, _ := doc.Paragraph(id)
		b, err := json.MarshalIndent(p, "", "  ")
		if err != nil {
			return err
		}
		_, err = fmt.Fprintf(w, "%s\n", b)
		return err
	}
	blocks := render.Blocks(doc)
	if cfg.format == "markdown" {
		blocks = render.MarkdownBlocks(doc)
	}
	i := render.Find(blocks, id)
	if i < 0 {
		return fmt.Errorf("paragraph %s is not displayed", id)
	}
	var out string
	switch cfg.format {
	case "markdown":
		out = termsafe.Filter(blocks[i].Markdown)
	case "text":
		out = termsafe.Filter(blocks[i].Plain)
	case "ansi":
		out = render.Downsample(render.NewRenderer(blocks, style).Render(i, cfg.width), colourProfile(w))
	}
	_, err = io.WriteString(w, strings.TrimRight(out, "\n")+"\n")
	return err
}

// printItem writes one sub-paragraph ("3(b)") with its own sub-paragraphs:
// as JSON, or as lines of "label text".
func printItem(w io.Writer, item content.Item, format string) error {
	if format == "json" {
		b, err := json.MarshalIndent(item, "", "  ")
		if err != nil {
			return err
		}
		_, err = fmt.Fprintf(w, "%s\n", b)
		return err
	}
	var sb strings.Builder
	var write func(content.Item, int)
	write = func(it content.Item, depth int) {
		sb.WriteString(strings.Repeat("    ", depth) + it.Label + " " + it.Text + "\n")
		for _, sub := range it.Items {
			write(sub, depth+1)
		}
	}
	write(item, 0)
	_, err := io.WriteString(w, termsafe.Filter(sb.String()))
	return err
}
