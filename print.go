package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

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
		style = "notty"
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
	case "ansi":
		out = render.ANSI(doc, cfg.width, style)
	}
	_, err := io.WriteString(w, out)
	return err
}

// printParagraph writes only the paragraph cfg.para names.
func printParagraph(w io.Writer, doc *content.Document, cfg config, style string) error {
	id, err := doc.Resolve(cfg.para)
	if err != nil {
		return err
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
	para, _ := doc.Paragraph(id)
	for i, b := range blocks {
		if b.ID != para.ID {
			continue
		}
		var out string
		switch cfg.format {
		case "markdown":
			out = termsafe.Filter(b.Markdown)
		case "text":
			out = termsafe.Filter(b.Plain)
		case "ansi":
			out = render.NewRenderer(blocks, style).Render(i, cfg.width)
		}
		_, err := io.WriteString(w, strings.TrimRight(out, "\n")+"\n")
		return err
	}
	return fmt.Errorf("paragraph %s is not displayed", id)
}
