package ui

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
	"golang.org/x/text/unicode/bidi"
)

// The values of Options.Bidi.
const (
	// BidiAuto orders right-to-left text visually where the terminal is
	// known not to reorder it itself (VisualByDefault), logically elsewhere.
	BidiAuto = "auto"
	// BidiVisual writes right-to-left text in the order it is seen: for the
	// many terminals that draw every line left to right as written.
	BidiVisual = "visual"
	// BidiLogical writes text in the order it is read, for terminals that
	// apply the Unicode bidi algorithm themselves.
	BidiLogical = "logical"
)

// visualCacheMax bounds the lines whose visual order a pane keeps.
const visualCacheMax = 8192

// VisualByDefault reports whether right-to-left text is written in visual
// order for Options.Bidi mode (BidiVisual, BidiLogical, BidiAuto or ""),
// with getenv reading the environment. For auto, the rule is, in order:
//
//   - logical when the terminal is one that reorders text itself: a VTE
//     terminal from VTE 0.58 on (VTE_VERSION ≥ 5800: GNOME Terminal, Tilix,
//     Terminator, xfce4-terminal…), Konsole (KONSOLE_VERSION), mlterm
//     (MLTERM), mintty and macOS Terminal (TERM_PROGRAM). These are checked
//     first because a tmux or screen inside them passes their variables on,
//     and they reorder what tmux draws;
//   - visual when it is one known not to: kitty, Alacritty, foot, st,
//     xterm, Windows Terminal, the Linux console, an older VTE, and the
//     TERM_PROGRAM values vscode, WezTerm (its bidi is off by default),
//     ghostty, iTerm.app, Hyper, Tabby and tmux;
//   - logical otherwise, which is what the terminal was sent before.
func VisualByDefault(mode string, getenv func(string) string) bool {
	switch strings.ToLower(mode) {
	case BidiVisual:
		return true
	case BidiLogical:
		return false
	}
	if getenv == nil {
		return false
	}
	reorders, known := terminalReorders(getenv)
	return known && !reorders
}

// terminalReorders tells, from the environment, whether the terminal applies
// the bidi algorithm itself; known is false when it cannot tell.
func terminalReorders(getenv func(string) string) (reorders, known bool) {
	program := getenv("TERM_PROGRAM")
	term := getenv("TERM")
	if v := getenv("VTE_VERSION"); v != "" {
		if n, err := strconv.Atoi(v); err == nil && n >= 5800 {
			return true, true
		}
	}
	if getenv("KONSOLE_VERSION") != "" || getenv("MLTERM") != "" || strings.HasPrefix(term, "mlterm") {
		return true, true
	}
	switch program {
	case "Apple_Terminal", "mintty":
		return true, true
	case "vscode", "WezTerm", "ghostty", "iTerm.app", "Hyper", "Tabby", "tmux":
		return false, true
	}
	if getenv("VTE_VERSION") != "" || getenv("KITTY_WINDOW_ID") != "" || getenv("ALACRITTY_WINDOW_ID") != "" ||
		getenv("WT_SESSION") != "" || getenv("XTERM_VERSION") != "" {
		return false, true
	}
	for _, p := range []string{"xterm-kitty", "alacritty", "foot", "st-", "xterm-ghostty", "linux"} {
		if strings.HasPrefix(term, p) {
			return false, true
		}
	}
	if term == "st" {
		return false, true
	}
	return false, false
}

// rtl reports whether v's text runs right to left.
func (v *docView) rtl() bool {
	return strings.EqualFold(v.doc.Language, "ar")
}

// toggleVisual switches between visual and logical order (key B).
func (m *model) toggleVisual() {
	m.visual = !m.visual
	m.view.pane.visualCache = nil
	m.over.invalidate()
	switch {
	case !m.view.rtl():
		m.message = "the order only changes right-to-left text (Arabic)"
	case m.visual:
		m.message = "visual order: for terminals that draw Arabic left to right (B: logical)"
	default:
		m.message = "logical order: for terminals that order Arabic themselves (B: visual)"
	}
	if !m.view.rtl() {
		if m.visual {
			m.message += "; now visual"
		} else {
			m.message += "; now logical"
		}
	}
}

// rtlLine lays a styled line of right-to-left text out in width cells as
// glamour laid it out left to right, mirrored: its indent moves to the
// right, a quote bar (footnotes) to its right end, and the text is aligned
// on the right; in visual order its characters are reordered for a terminal
// that draws them left to right.
func (v *docView) rtlLine(st styles, s string, width int, visual bool) string {
	plain := ansi.Strip(s)
	body := strings.TrimLeft(plain, " ")
	lead := len(plain) - len(body)
	if strings.TrimSpace(body) == "" {
		return strings.Repeat(" ", max(0, width))
	}
	s = ansi.Cut(s, lead, ansi.StringWidth(s))
	bar := ""
	for _, token := range []string{"│ ", "| "} { // the quote bar of the colour and the ascii styles
		if strings.HasPrefix(body, token) {
			s = ansi.Cut(s, 2, ansi.StringWidth(s))
			bar = " " + st.separator.Render(strings.TrimSpace(token))
			body = body[len(token):]
			break
		}
	}
	w := ansi.StringWidth(strings.TrimRight(body, " "))
	s = ansi.Truncate(s, w, "")
	if visual {
		s = v.pane.visualOf(s)
	}
	barW := ansi.StringWidth(bar)
	if w+barW > width {
		return ansi.Truncate(s+bar, width, "")
	}
	lead = min(lead, width-w-barW)
	return strings.Repeat(" ", width-w-barW-lead) + s + bar + strings.Repeat(" ", lead)
}

// visualEntry returns an outline entry with its right-to-left text in
// visual order, its number ("12.", "·", "A") kept first on the left.
func (v *docView) visualEntry(s string) string {
	if !hasRTL(s) {
		return s
	}
	if head, rest, ok := strings.Cut(s, " "); ok && !hasRTL(head) && len(head) <= 6 {
		return head + " " + v.pane.visualOf(rest)
	}
	return v.pane.visualOf(s)
}

// visualOf returns the visual order of a styled line, cached per pane.
func (p *pane) visualOf(s string) string {
	if out, ok := p.visualCache[s]; ok {
		return out
	}
	out := visualOrder(s)
	if p.visualCache == nil || len(p.visualCache) >= visualCacheMax {
		p.visualCache = map[string]string{}
	}
	p.visualCache[s] = out
	return out
}

// styledRune is one character of a styled line with the styles in force
// at it: the SGR sequences since the last reset, and the open hyperlink.
type styledRune struct {
	r         rune
	sgr, link string
	mark      bool // a combining mark, drawn with the character before it
}

// visualOrder reorders one line of right-to-left text, written with SGR
// styles and OSC 8 hyperlinks, from logical to visual order by the Unicode
// bidi algorithm (UAX #9) at a right-to-left paragraph level: the runs of
// the line go from right to left, the characters of a right-to-left run
// too (brackets mirrored), a left-to-right run (Latin, digits) keeps its
// order, and every character keeps its styles. A line the algorithm cannot
// order is returned unchanged.
func visualOrder(s string) (out string) {
	rs, plain := parseStyled(s)
	if len(rs) == 0 || !hasRTL(plain) {
		return s
	}
	defer func() {
		if recover() != nil {
			out = s
		}
	}()
	var p bidi.Paragraph
	if _, err := p.SetString(plain, bidi.DefaultDirection(bidi.RightToLeft)); err != nil {
		return s
	}
	o, err := p.Order()
	if err != nil || o.NumRuns() == 0 {
		return s
	}
	order := make([]int, 0, len(rs))
	rtl := make([]bool, len(rs))
	for i := o.NumRuns() - 1; i >= 0; i-- {
		run := o.Run(i)
		from, to := run.Pos()
		to = min(to, len(rs)-1)
		if from > to {
			continue
		}
		if run.Direction() != bidi.RightToLeft {
			for k := from; k <= to; k++ {
				order = append(order, k)
			}
			continue
		}
		// Right to left: characters reversed, each followed by its marks.
		for k := to; k >= from; k-- {
			rtl[k] = true
			if rs[k].mark && k > from {
				continue
			}
			order = append(order, k)
			for j := k + 1; j <= to && rs[j].mark; j++ {
				order = append(order, j)
			}
		}
	}
	if len(order) != len(rs) {
		return s
	}
	return writeStyled(rs, order, rtl)
}

// hasRTL reports whether s holds a right-to-left letter.
func hasRTL(s string) bool {
	for _, r := range s {
		if r >= 0x0590 && (unicode.In(r, unicode.Arabic, unicode.Hebrew, unicode.Syriac, unicode.Thaana, unicode.Nko)) {
			return true
		}
	}
	return false
}

// parseStyled splits a styled line into its characters with their styles,
// and returns its plain text. Sequences other than SGR and OSC 8 (none
// reach the pane: termsafe.Filter) are dropped.
func parseStyled(s string) ([]styledRune, string) {
	var rs []styledRune
	var plain strings.Builder
	sgr, link := "", ""
	for i := 0; i < len(s); {
		if s[i] == 0x1b {
			j := escEnd(s, i)
			seq := s[i:j]
			switch {
			case strings.HasPrefix(seq, "\x1b[") && strings.HasSuffix(seq, "m"):
				if seq == "\x1b[m" || seq == "\x1b[0m" {
					sgr = ""
				} else {
					sgr += seq
				}
			case strings.HasPrefix(seq, "\x1b]8;"):
				// ESC ] 8 ; params ; URI ST: an empty URI closes the link.
				body := strings.TrimSuffix(strings.TrimSuffix(strings.TrimPrefix(seq, "\x1b]8;"), "\x1b\\"), "\x07")
				link = seq
				if _, uri, _ := strings.Cut(body, ";"); uri == "" {
					link = ""
				}
			}
			i = j
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		mark := unicode.In(r, unicode.Mn, unicode.Me) || r == 0x200d
		rs = append(rs, styledRune{r: r, sgr: sgr, link: link, mark: mark && len(rs) > 0})
		plain.WriteRune(r)
		i += n
	}
	return rs, plain.String()
}

// writeStyled writes the characters of rs in the given order with their
// styles, mirroring the brackets of right-to-left runs (rtl).
func writeStyled(rs []styledRune, order []int, rtl []bool) string {
	var b strings.Builder
	sgr, link := "", ""
	for _, k := range order {
		c := rs[k]
		if c.link != link {
			if link != "" {
				b.WriteString("\x1b]8;;\x1b\\")
			}
			if c.link != "" {
				b.WriteString(c.link)
			}
			link = c.link
		}
		if c.sgr != sgr {
			b.WriteString("\x1b[m")
			b.WriteString(c.sgr)
			sgr = c.sgr
		}
		r := c.r
		if props, _ := bidi.LookupRune(r); props.IsBracket() && rtl[k] {
			if m := []rune(bidi.ReverseString(string(r))); len(m) == 1 {
				r = m[0]
			}
		}
		b.WriteRune(r)
	}
	if link != "" {
		b.WriteString("\x1b]8;;\x1b\\")
	}
	if sgr != "" {
		b.WriteString("\x1b[m")
	}
	return b.String()
}

// escEnd returns the index just after the escape sequence at s[i].
func escEnd(s string, i int) int {
	if i+1 >= len(s) {
		return len(s)
	}
	switch s[i+1] {
	case '[':
		for j := i + 2; j < len(s); j++ {
			if s[j] >= 0x40 && s[j] <= 0x7e {
				return j + 1
			}
		}
		return len(s)
	case ']', 'P', '_', '^', 'X':
		for j := i + 2; j < len(s); j++ {
			if s[j] == 0x07 {
				return j + 1
			}
			if s[j] == 0x1b && j+1 < len(s) && s[j+1] == '\\' {
				return j + 2
			}
		}
		return len(s)
	}
	return i + 2
}
