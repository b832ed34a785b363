package render

import (
	"charm.land/glamour/v2"
	"charm.land/glamour/v2/ansi"
	"charm.land/glamour/v2/styles"
)

// variant selects a renderer configuration for a kind of block.
type variant int

// The variants combine three flags.
const (
	normal     variant = 0
	dim        variant = 1 // the masthead: compact and faint
	normalHang variant = 2 // wrapped two cells short for hanging punctuation
	upright    variant = 4 // a script without italics: emphasis in bold
	variants           = 8
)

// variantOf returns the configuration block b renders with.
func variantOf(b Block) variant {
	v := normal
	if b.Kind == Masthead {
		v |= dim
	}
	if b.Hang {
		v |= normalHang
	}
	if b.Upright {
		v |= upright
	}
	return v
}

// hangs reports whether v leaves room for hanging punctuation.
func (v variant) hangs() bool { return v&normalHang != 0 }

// faint reports whether v is the masthead's compact, faint configuration.
func (v variant) faint() bool { return v&dim != 0 }

// upright reports whether v sets emphasis in bold instead of italics.
func (v variant) upright() bool { return v&upright != 0 }

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
		// Lead phrases (and the enacting formula) are emphasis: italics in
		// print, which most Arabic and Chinese fonts do not have. They get
		// the style's heading colour as a second cue in every script.
		cfg.Emph.Color = cfg.Heading.Color
	}
	if v.upright() {
		// No italics in the script: bold instead, which every terminal
		// draws, also without colour. The ascii and notty styles mark
		// emphasis with asterisks, visible in any script.
		f, t := false, true
		if cfg.Emph.Italic != nil {
			cfg.Emph.Italic = &f
			cfg.Emph.Bold = &t
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
