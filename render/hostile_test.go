package render

import (
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"resolute/content"
	"resolute/termsafe"
)

// hostileStrings are escape-sequence attacks from §5 of the TUI reference.
var hostileStrings = []string{
	"\x1b]52;c;SGVsbG8=\x07",
	"\x1b[2J\x1b[H",
	"&#27;[2J",
	"&#x1b;]0;pwned&#7;",
	"&#27;]52;c;SGVsbG8=&#7;",
	"\u009b2J",
	"`&#27;[31m`",
	"\\&#27;[31m",
	"&amp;#27;[31m",
	"\x1bP$qm\x1b\\",
	"\x1b_Gkitty\x1b\\",
	"~~&**#27;**[31mFAKE~~",
	"<script>\x1b[31m</script>",
	"\x07\x08\r\x7f\x00",
	"\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\",
}

// hostile returns a document with the attack s in every text field.
func hostile(s string) *content.Document {
	lead := "Decides " + s
	return &content.Document{
		Symbol: "A/RES/1 " + s, Organ: s, Number: "1" + s, Title: "Title " + s, Formula: s,
		Masthead: content.Masthead{Organ: s, Distribution: s, IssueDate: s, Session: s,
			AgendaItem: s, AgendaTitle: s, Adoption: s, Proponent: s, Meeting: s},
		Parts: []content.Part{{Label: "A" + s, Heading: s, Formula: s, Closing: []string{s},
			Preamble: []content.Paragraph{{ID: "pp1", Lead: lead, Text: lead + " text " + s, Heading: s}},
			Operative: []content.Paragraph{{ID: "op1", Number: ptr(s), Lead: lead, Text: lead + " that " + s,
				Items: []content.Item{{ID: "op1(a)", Label: s, Text: s,
					Items: []content.Item{{ID: "op1(a)(i)", Label: "(i)", Text: s}}}},
				Tail: s}},
		}},
		Closing: []string{s, s},
		Annexes: []content.Annex{{ID: "annex", Label: s, Title: s,
			Paragraphs: []content.Paragraph{{ID: "annex.p1", Heading: s, Text: s}}}},
		Footnotes: []content.Footnote{{Marker: s, Text: s, Paragraph: "op1(a)"}, {Marker: "2", Text: s}},
	}
}

// foreign returns the first control character or escape sequence in s other
// than a line feed, SGR (ESC [ … m) and OSC 8 hyperlinks, or "".
func foreign(s string) string {
	for i := 0; i < len(s); {
		c := s[i]
		if c == 0x1b {
			j := seqEnd(s, i)
			seq := s[i:j]
			switch {
			case strings.HasPrefix(seq, "\x1b[") && strings.HasSuffix(seq, "m") &&
				strings.Trim(seq[2:len(seq)-1], "0123456789;:") == "":
			case strings.HasPrefix(seq, "\x1b]8;"):
			default:
				return seq
			}
			i = j
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r < 0x20 && r != '\n' || r == 0x7f || r >= 0x80 && r <= 0x9f {
			return string(r)
		}
		i += size
	}
	return ""
}

// controlReference returns the first numeric character reference in s that
// stands for a control character, or "".
func controlReference(s string) string {
	for {
		i := strings.Index(s, "&#")
		if i < 0 {
			return ""
		}
		s = s[i+2:]
		end := strings.IndexByte(s, ';')
		if end < 0 {
			return ""
		}
		var n int64
		var err error
		if len(s) > 0 && (s[0] == 'x' || s[0] == 'X') {
			n, err = strconv.ParseInt(s[1:end], 16, 32)
		} else {
			n, err = strconv.ParseInt(s[:end], 10, 32)
		}
		if err == nil && unsafeRune(rune(n)) {
			return "&#" + s[:end+1]
		}
	}
}

func TestHostileText(t *testing.T) {
	for _, s := range hostileStrings {
		d := hostile(s)
		md := Markdown(d)
		if bad := foreign(md); bad != "" || strings.Contains(md, "\x1b") {
			t.Errorf("%q: Markdown keeps %q", s, bad)
		}
		if ref := controlReference(md); ref != "" {
			t.Errorf("%q: Markdown keeps the character reference %q", s, ref)
		}
		blocks := Blocks(d)
		for _, b := range blocks {
			if bad := foreign(b.Plain); bad != "" && !strings.Contains(s, bad) {
				t.Errorf("%q: Plain of %s has %q, not from the input", s, b.ID, bad)
			}
		}
		for _, style := range []string{"dark", "ascii", "notty"} {
			for _, width := range []int{20, 80} {
				out := ANSI(d, width, style)
				if bad := foreign(out); bad != "" {
					t.Errorf("%q: ANSI %s %d keeps %q in\n%q", s, style, width, bad, out)
				}
				if v := termsafe.Violations(out); len(v) > 0 {
					t.Errorf("%q: ANSI %s %d: termsafe.Violations %q", s, style, width, v)
				}
				if strings.Contains(out, "\x1b]") {
					t.Errorf("%q: ANSI %s %d keeps an OSC sequence", s, style, width)
				}
				r := NewRenderer(blocks, style)
				for i := range blocks {
					if bad := foreign(r.Render(i, width)); bad != "" {
						t.Errorf("%q: Render %s block %d keeps %q", s, style, i, bad)
					}
				}
			}
		}
	}
}
