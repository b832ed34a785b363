package ui

import (
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
	"golang.org/x/text/unicode/bidi"

	"resolute/content"
	"resolute/termsafe"
)

func TestVisualOrder(t *testing.T) {
	tests := []struct{ in, want string }{
		{"abc", "abc"}, // no right-to-left letter: unchanged
		{"", ""},
		{"الفقرة", "ةرقفلا"},
		{"الفقرة 13 من القرار", "رارقلا نم 13 ةرقفلا"},
		{"القرار 2244 (2015)", "(2015) 2244 رارقلا"},
		{"وثيقة A/77/280 هنا", "انه A/77/280 ةقيثو"},
		{"(أ) نص", "صن (أ)"},
		{"مُحَمَّد", "دمَّحَمُ"}, // marks stay after their letter
	}
	for _, tt := range tests {
		if got := visualOrder(tt.in); got != tt.want {
			t.Errorf("visualOrder(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestVisualOrderKeepsStyles(t *testing.T) {
	bold, link := "\x1b[1m", "\x1b]8;;https://undocs.org/A/RES/59/50\x1b\\"
	in := bold + "تقرر" + "\x1b[m" + " أن " + link + "59/50" + "\x1b]8;;\x1b\\" + " هنا"
	got := visualOrder(in)
	if plain := ansi.Strip(got); plain != "انه 59/50 نأ ررقت" {
		t.Fatalf("plain %q", plain)
	}
	if !strings.Contains(got, bold+"ررقت") {
		t.Errorf("the bold word lost its style: %q", got)
	}
	if !strings.Contains(got, link+"59/50\x1b]8;;\x1b\\") {
		t.Errorf("the link lost its text: %q", got)
	}
	if v := termsafe.Violations(got); len(v) > 0 {
		t.Errorf("foreign sequences %q", v)
	}
}

func TestVisualByDefault(t *testing.T) {
	tests := []struct {
		mode string
		env  map[string]string
		want bool
	}{
		{BidiVisual, map[string]string{"VTE_VERSION": "7200"}, true},
		{BidiLogical, map[string]string{"TERM": "xterm-kitty"}, false},
		{"", map[string]string{"TERM": "xterm-kitty"}, true},
		{BidiAuto, map[string]string{"TERM": "alacritty"}, true},
		{BidiAuto, map[string]string{"TERM_PROGRAM": "vscode"}, true},
		{BidiAuto, map[string]string{"TERM_PROGRAM": "tmux"}, true},
		{BidiAuto, map[string]string{"WT_SESSION": "x"}, true},
		{BidiAuto, map[string]string{"VTE_VERSION": "7200"}, false},
		{BidiAuto, map[string]string{"VTE_VERSION": "5402"}, true}, // before VTE's bidi
		{BidiAuto, map[string]string{"TERM_PROGRAM": "tmux", "VTE_VERSION": "7600"}, false},
		{BidiAuto, map[string]string{"KONSOLE_VERSION": "230800"}, false},
		{BidiAuto, map[string]string{"TERM_PROGRAM": "Apple_Terminal"}, false},
		{BidiAuto, map[string]string{"TERM_PROGRAM": "mintty"}, false},
		{BidiAuto, map[string]string{"TERM": "xterm-256color"}, false}, // unknown: as written
		{BidiAuto, map[string]string{}, false},
	}
	for _, tt := range tests {
		if got := VisualByDefault(tt.mode, func(k string) string { return tt.env[k] }); got != tt.want {
			t.Errorf("VisualByDefault(%q, %v) = %v, want %v", tt.mode, tt.env, got, tt.want)
		}
	}
}

func TestArabicVisual(t *testing.T) {
	d := arabic()
	d.Parts[0].Operative[0].Text += "¹"
	d.Footnotes = append(d.Footnotes, contentFootnote("1", "انظر الوثيقة A/77/280.", "op1"))
	for _, sz := range dailySizes {
		m := newSized(d, Options{Bidi: BidiVisual}, sz[0], sz[1])
		sendKeys(m, "1\r")
		checkScreen(t, m, sz[0], sz[1])
		screen := ansi.Strip(strings.Join(m.view.paneView(m.st, m.lay.paneW, m.lay.bodyH, false, true), "\n"))
		if !strings.Contains(screen, "ظحالت") { // تلاحظ, the first word, drawn right to left
			t.Errorf("%v: the text is not in visual order:\n%s", sz, screen)
		}
		if !strings.Contains(strings.ReplaceAll(screen, "\u00a0", " "), "A/77/280 ةقيثولا رظنا ¹ |") {
			t.Errorf("%v: the footnote's bar is not on its right:\n%s", sz, screen)
		}
		press(m, "B")
		screen = ansi.Strip(strings.Join(m.view.paneView(m.st, m.lay.paneW, m.lay.bodyH, false, m.visual), "\n"))
		if m.visual || !strings.Contains(screen, "تلاحظ") {
			t.Errorf("%v: B did not return to logical order:\n%s", sz, screen)
		}
		press(m, "f")
		if notes := ansi.Strip(m.View().Content); !strings.Contains(notes, "انظر الوثيقة") {
			t.Errorf("%v: footnotes view:\n%s", sz, notes)
		}
	}
}

func FuzzVisualOrder(f *testing.F) {
	for _, s := range []string{"الفقرة 13", "\x1b[1mنص\x1b[m (أ) abc", "\x1b]8;;u\x1b\\٣٤ ]\x1b]8;;\x1b\\", "a\u2029ب", "\xffب\u0651"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return // the pane's text is always valid (clean)
		}
		s = termsafe.Filter(s) // as every line of the pane is
		got := visualOrder(s)
		// The visual order is a permutation of the characters, brackets
		// mirrored: the same characters, counted without brackets.
		count := func(s string) map[rune]int {
			n := map[rune]int{}
			for _, r := range ansi.Strip(s) {
				if props, _ := bidi.LookupRune(r); !props.IsBracket() {
					n[r]++
				}
			}
			return n
		}
		a, b := count(s), count(got)
		if utf8.RuneCountInString(ansi.Strip(s)) != utf8.RuneCountInString(ansi.Strip(got)) || len(a) != len(b) {
			t.Fatalf("%q → %q: not a permutation", s, got)
		}
		for r, n := range a {
			if b[r] != n {
				t.Fatalf("%q → %q: %q %d times, was %d", s, got, r, b[r], n)
			}
		}
	})
}

func contentFootnote(marker, text, para string) content.Footnote {
	return content.Footnote{Marker: marker, Text: text, Paragraph: para}
}

func TestArabicPanelAndInfoVisual(t *testing.T) {
	m := newSized(arabic(), Options{Bidi: BidiVisual}, 100, 30)
	press(m, "tab", "l")
	screen := ansi.Strip(m.View().Content)
	if !regexp.MustCompile(`1\. …?[^\n]* ظحالت *\n`).MatchString(screen) {
		t.Errorf("the outline entry is not in visual order, its number first:\n%s", screen)
	}
	press(m, "tab", "i")
	screen = ansi.Strip(m.View().Content)
	if !strings.Contains(screen, "Title:") || !strings.Contains(screen, visualOrder("التعاون بين")) {
		t.Errorf("the info view's Arabic values are not in visual order:\n%s", screen)
	}
	press(m, "esc", "B", "i")
	if screen := ansi.Strip(m.View().Content); !strings.Contains(screen, "التعاون بين") {
		t.Errorf("logical order: the info view is still reordered:\n%s", screen)
	}
}
