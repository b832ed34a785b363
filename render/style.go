package render

import (
	"charm.land/glamour/v2"
	"charm.land/glamour/v2/ansi"
	"charm.land/glamour/v2/styles"
)

// variant selects a renderer configuration for a kind of block.
type variant int

const (
	normal     variant = iota
	dim                // the masthead: compact and faint
	normalHang         // normal, wrapped two cells short for hanging punctuation
	dimHang            // dim, the same
	variants
)

// variantOf returns the configuration block b renders with.
func variantOf(b Block) variant {
	v := normal
	if b.Kind == Masthead {
		v = dim
	}
	if b.Hang {
		v += normalHang
	}
	return v
}

// hangs reports whether v leaves room for hanging punctuation.
func (v variant) hangs() bool { return v >= normalHang }

// faint reports whether v is the masthead's compact, faint configuration.
func (v variant) faint() bool { return v == dim || v == dimHang }

// knownStyle returns the style name, or "dark" for one glamour does not know.
func knownStyle(style string) string {
	switch style {
	case styles.DarkStyle, styles.LightStyle, styles.AsciiStyle, styles.NoTTYStyle, PlainStyle:
		return style
	}
	return styles.DarkStyle
}

// styleConfig adapts a standard glamour style to the reading pane: items show
// their printed labels instead of bullets, are indented, footnote quotes and
// the masthead are grey on colour terminals, and narrow panes lose the
// document margin.
//
// Body text keeps the terminal's own foreground colour instead of the
// style's near-default grey: glamour pads every line to the width with
// spaces styled like the text, and unstyled padding halves glamour's work
// (about 150 → 75 ms of CPU for 200 KB of Markdown).
func styleConfig(style string, width int, v variant) ansi.StyleConfig {
	style = knownStyle(style)
	if style == PlainStyle {
		style = styles.DarkStyle // and the renderer strips the styles
	}
	cfg := *styles.DefaultStyles[style]
	colour := style == styles.DarkStyle || style == styles.LightStyle
	cfg.Item.BlockPrefix = ""
	indent := uint(4)
	if width < 40 {
		indent = 2
	}
	cfg.List.Indent = &indent
	cfg.List.LevelIndent = indent
	zero, one := uint(0), uint(1)
	if width < 40 {
		cfg.Document.Margin = &zero
	}
	// glamour narrows a quote by its indent count, not by the width of the
	// indent token ("│ " is two cells), so quoted lines came out one cell
	// too wide. A margin of one token narrows the text by two cells.
	cfg.BlockQuote.Indent = &zero
	cfg.BlockQuote.Margin = &one
	if colour {
		// glamour ignores Faint; a grey does the job.
		grey := "244"
		if style == styles.LightStyle {
			grey = "243"
		}
		cfg.Document.Color = nil
		cfg.BlockQuote.Color = &grey
		// Titles, part and annex headings are shown as printed, bold and
		// coloured, without Markdown's hash marks.
		for _, h := range []*ansi.StyleBlock{&cfg.H2, &cfg.H3, &cfg.H4, &cfg.H5, &cfg.H6} {
			h.Prefix = ""
		}
		if v.faint() {
			cfg.Document.Color = &grey
		}
	}
	return cfg
}

// newTermRenderer makes a glamour renderer for the style, width and variant.
// It wraps one column short of width: glamour lets a comma or full stop
// after a list item's last word hang one column past its wrap width.
func newTermRenderer(style string, width int, v variant) (*glamour.TermRenderer, error) {
	if v.hangs() {
		width = max(width-hangRoom, 1)
	}
	return glamour.NewTermRenderer(
		glamour.WithStyles(styleConfig(style, width, v)),
		glamour.WithWordWrap(max(width-1, 1)),
		glamour.WithPreservedNewLines(),
	)
}
