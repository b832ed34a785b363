package render

import (
	"runtime"
	"strings"
	"sync"
	"sync/atomic"

	"resolute/content"
)

// paragraph adds the block of a paragraph: its sub-heading, its number, its
// text with the lead phrase in italics, its items indented under their
// printed labels, its tail, and its footnotes quoted below it (the first
// time the paragraph's id comes). For glamour's input the block is only
// reserved: build fills it in parallel (paragraphJob).
func (b *builder) paragraph(kind BlockKind, p content.Paragraph) {
	if b.placed == nil {
		b.placed = make(map[string]bool)
	}
	var notes []content.Footnote
	if n := b.notes[p.ID]; len(n) > 0 && !b.placed[p.ID] {
		b.placed[p.ID] = true
		notes = n
	}
	if b.m.hints != nil {
		b.jobs = append(b.jobs, paragraphJob{at: len(b.blocks), kind: kind, p: p, notes: notes})
		b.blocks = append(b.blocks, Block{Kind: kind, ID: p.ID})
		return
	}
	b.paragraphBlock(kind, p, notes)
}

// paragraphJob is a paragraph whose block, blocks[at], is still to write.
type paragraphJob struct {
	at    int
	kind  BlockKind
	p     content.Paragraph
	notes []content.Footnote
}

// paragraphBlock adds the block of a paragraph with the given footnotes.
func (b *builder) paragraphBlock(kind BlockKind, p content.Paragraph, notes []content.Footnote) {
	var md, plain strings.Builder
	links := b.links[p.ID]
	if h := clean(p.Heading); h != "" {
		md.WriteString(b.m.heading(3, h) + "\n\n")
		plain.WriteString(h + "\n")
	}
	body := clean(p.Text)
	num := ""
	if p.Number != nil {
		num = clean(*p.Number)
	}
	var line string
	if num != "" {
		n := strings.TrimSuffix(num, ".") + "."
		if b.arabic {
			n = strings.TrimSuffix(num, ".") + " -"
		}
		line = b.m.strong(n)
		plain.WriteString(n)
		if body != "" {
			line += b.m.sep() + b.m.inline(body, p.Lead, links, false)
			plain.WriteString(" ")
		}
	} else if body != "" {
		line = b.m.inline(body, p.Lead, links, true)
	}
	plain.WriteString(body)
	md.WriteString(line)
	if len(p.Items) > 0 {
		if line != "" {
			md.WriteString("\n\n")
		}
		b.items(&md, &plain, p.Items, 0, links)
	}
	if tail := clean(p.Tail); tail != "" {
		// After a list (which ends with a line break) a blank line ends it.
		if len(p.Items) == 0 {
			md.WriteString("\n")
		}
		md.WriteString("\n" + b.m.inline(tail, "", links, true))
		plain.WriteString("\n" + tail)
	}
	if len(notes) > 0 {
		nmd, nplain := b.footnotes(notes, links)
		md.WriteString("\n\n" + nmd)
		plain.WriteString("\n" + nplain)
	}
	b.add(kind, p.ID, strings.TrimSpace(md.String()), strings.TrimSpace(plain.String()))
}

// runJobs writes the blocks of the reserved paragraphs on all cores
// (runtime.GOMAXPROCS workers), each worker with its own hinter, and drops
// the blocks that came out empty.
func (b *builder) runJobs() {
	if len(b.jobs) == 0 {
		return
	}
	workers := min(runtime.GOMAXPROCS(0), (len(b.jobs)+15)/16)
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			w := builder{arabic: b.arabic, hang: b.hang, upright: b.upright, links: b.links,
				m: &markup{printed: b.m.printed, hints: &hinter{hang: b.m.hints.hang}}}
			for {
				k := int(next.Add(1)) - 1
				if k >= len(b.jobs) {
					return
				}
				j := b.jobs[k]
				w.blocks = w.blocks[:0]
				w.paragraphBlock(j.kind, j.p, j.notes)
				if len(w.blocks) == 1 {
					b.blocks[j.at] = w.blocks[0]
				}
			}
		})
	}
	wg.Wait()
	out := b.blocks[:0]
	for _, bl := range b.blocks {
		if bl.Markdown != "" {
			out = append(out, bl)
		}
	}
	b.blocks, b.jobs = out, nil
}

// nbsp is the no-break space.
const nbsp = "\u00a0"

// maxDepth bounds the nesting of items rendered as nested lists; deeper
// items are shown at this depth.
const maxDepth = 6

// items writes sub-paragraphs as a list whose items start with their
// printed labels; the renderer's style hides the bullets.
func (b *builder) items(md, plain *strings.Builder, its []content.Item, depth int, links []Link) {
	b.depth = max(b.depth, min(depth, maxDepth)+1)
	for _, it := range its {
		indent := strings.Repeat("  ", min(depth, maxDepth))
		label, body := clean(it.Label), clean(it.Text)
		md.WriteString(indent + "- ")
		switch {
		case label != "" && body != "":
			md.WriteString(b.m.line(label) + b.m.sep() + b.m.inline(body, "", links, false))
		case label != "":
			md.WriteString(b.m.line(label))
		default:
			md.WriteString(b.m.inline(body, "", links, true))
		}
		md.WriteByte('\n')
		plain.WriteString("\n" + strings.TrimSpace(label+" "+body))
		b.items(md, plain, it.Items, depth+1, links)
	}
}

// footnotes returns the footnotes as a quote, one per line, each starting
// with its superscript marker.
func (b *builder) footnotes(notes []content.Footnote, links []Link) (md, plain string) {
	var m, p []string
	b.quoted = b.quoted || len(notes) > 0
	for _, f := range notes {
		mark := superscript(clean(f.Marker))
		body := clean(f.Text)
		if mark == "" && body == "" {
			continue
		}
		line := b.m.line(mark)
		switch {
		case line == "":
			line = b.m.inline(body, "", links, true)
		case body != "":
			line += b.m.sep() + b.m.inline(body, "", links, false)
		}
		m = append(m, "> "+line)
		p = append(p, strings.TrimSpace(mark+" "+body))
	}
	return strings.Join(m, hardBreak), strings.Join(p, "\n")
}
