package render

import (
	"strings"

	"resolute/content"
)

// ANSI renders the whole document at width for --format ansi, in parallel,
// the blocks joined by blank lines.
func ANSI(d *content.Document, width int, style string) string {
	out := NewRenderer(Blocks(d), style).RenderAll(width)
	var sb strings.Builder
	for _, s := range out {
		if s == "" {
			continue
		}
		if sb.Len() > 0 {
			sb.WriteString("\n\n")
		}
		sb.WriteString(s)
	}
	if sb.Len() > 0 {
		sb.WriteByte('\n')
	}
	return sb.String()
}
