package ui

import (
	"strings"
	"sync"

	"resolute/content"
)

// fallbackSource stands in for the render package until it lands: one block
// per paragraph, rendered as wrapped plain text.
func fallbackSource(d *content.Document, _ string) ([]block, renderer) {
	var bs []block
	head := strings.TrimSpace(d.Masthead.Organ + "\n" + d.Symbol + "\n\n" + d.Number + ". " + d.Title)
	bs = append(bs, block{plain: head})
	var items func(its []content.Item, depth int, b *strings.Builder)
	items = func(its []content.Item, depth int, b *strings.Builder) {
		for _, it := range its {
			b.WriteString("\n" + strings.Repeat("  ", depth) + it.Label + " " + it.Text)
			items(it.Items, depth+1, b)
		}
	}
	para := func(p content.Paragraph) {
		var b strings.Builder
		if p.Number != nil {
			b.WriteString(*p.Number + ". ")
		}
		b.WriteString(p.Text)
		items(p.Items, 1, &b)
		if p.Tail != "" {
			b.WriteString("\n" + p.Tail)
		}
		for _, f := range d.Footnotes {
			if f.Paragraph == p.ID {
				b.WriteString("\n  " + f.Marker + " " + f.Text)
			}
		}
		bs = append(bs, block{id: p.ID, plain: b.String()})
	}
	for _, part := range d.Parts {
		if part.Label != "" || part.Heading != "" {
			bs = append(bs, block{plain: strings.TrimSpace(part.Label + " " + part.Heading)})
		}
		for _, p := range part.Preamble {
			para(p)
		}
		for _, p := range part.Operative {
			para(p)
		}
	}
	for _, a := range d.Annexes {
		bs = append(bs, block{id: a.ID, plain: strings.TrimSpace(a.Label + "\n" + a.Title)})
		for _, p := range a.Paragraphs {
			para(p)
		}
	}
	return bs, &plainRenderer{blocks: bs, cache: map[[2]int]string{}}
}

// plainRenderer renders blocks as wrapped plain text.
type plainRenderer struct {
	blocks []block
	mu     sync.Mutex
	cache  map[[2]int]string
}

// Render renders block i at width.
func (r *plainRenderer) Render(i, width int) string {
	r.mu.Lock()
	defer r.mu.Unlock()
	if s, ok := r.cache[[2]int{i, width}]; ok {
		return s
	}
	if i < 0 || i >= len(r.blocks) {
		return ""
	}
	s := strings.Join(wrapPlain(r.blocks[i].plain, width-2), "\n") + "\n"
	r.cache[[2]int{i, width}] = s
	return s
}

// Cached reports whether block i is rendered at width.
func (r *plainRenderer) Cached(i, width int) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	_, ok := r.cache[[2]int{i, width}]
	return ok
}
