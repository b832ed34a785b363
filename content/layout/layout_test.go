package layout

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestGolden runs Canonical on every testdata/*.txt and compares the result
// with the .golden file beside it; -update rewrites them.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata: %v", err)
	}
	for _, f := range files {
		in, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		got := Canonical(string(in))
		golden := strings.TrimSuffix(f, ".txt") + ".golden"
		if *update {
			if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run go test -update)", err)
		}
		if got != string(want) {
			t.Errorf("Canonical(%s):\ngot:\n%s\nwant:\n%s", f, got, want)
		}
		if again := Canonical(got); again != got {
			t.Errorf("Canonical(%s) is not idempotent:\n%s", f, again)
		}
	}
}

func TestCanonical(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", ""},
		{"one line", "Hello.", "Hello.\n"},
		{"wrapped paragraph", "Recalling its resolution\n59/50 of 2 December 2004,\n", "Recalling its resolution 59/50 of 2 December 2004,\n"},
		{"number alone", "1.\nDecides to act;\n\n2.\nRequests a report.\n", "1. Decides to act;\n\n2. Requests a report.\n"},
		{"item alone", "1. Decides:\n\n(a)\nTo act;\n", "1. Decides:\n\n(a) To act;\n"},
		{"real hyphen kept", "the Secretary-\nGeneral and the well-\nbeing of all,\n", "the Secretary-General and the well-being of all,\n"},
		{"split word rejoined", "in coopera-\ntion with them,\n", "in cooperation with them,\n"},
		{"spaced hyphen", "of the Secretary -General - and others,\n", "of the Secretary-General - and others,\n"},
		{"space before semicolon", "Affirms that peace ;\n", "Affirms that peace;\n"},
		{"run-on numbers", "17. We will act. We\nwill report.\n18. We decide to\nmeet again.\n", "17. We will act. We will report.\n\n18. We decide to meet again.\n"},
		{"old mac line ends", "Noting the\rreport,\r", "Noting the report,\n"},
		{"superscript notes", "Noting the report,¹\n_____\n¹ A/1/2.\n² A/1/3.\n", "Noting the report,¹\n\n¹ A/1/2.\n\n² A/1/3.\n"},
		{"spanish formula", "La Asamblea General,\nHaciendo referencia a su\nresolución 59/50,\n", "La Asamblea General,\n\nHaciendo referencia a su resolución 59/50,\n"},
		{"section heading", "The General Assembly,\n\nI\nFirst subject of\nthe resolution\n\nRecalling its work,\n", "The General Assembly,\n\nI\n\nFirst subject of the resolution\n\nRecalling its work,\n"},
		{"dash items", "13. Stresses, in this regard:\n\n— Calls for a full\ncessation of hostilities;\n\n— Calls also for the surrender\nof persons indicted, and\n\n— Reiterates its demand;\n", "13. Stresses, in this regard:\n\n— Calls for a full cessation of hostilities;\n\n— Calls also for the surrender of persons indicted, and\n\n— Reiterates its demand;\n"},
		{"dash items without blank lines", "1. Demands:\n- that the parties\nwithdraw;\n- that they report.\n", "1. Demands:\n\n- that the parties withdraw;\n\n- that they report.\n"},
		{"dash in a sentence", "1. Decides that the mission\n— in this regard — shall stay;\n", "1. Decides that the mission — in this regard — shall stay;\n"},
	}
	for _, tt := range tests {
		if got := Canonical(tt.in); got != tt.want {
			t.Errorf("Canonical(%s) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestPlaceMarkers(t *testing.T) {
	tests := []struct {
		name string
		body []string
		nums []int
		want []string
	}{
		{"glued after comma", []string{"other organizations,1 and"}, []int{1}, []string{"other organizations,¹ and"}},
		{"glued after word", []string{"the Strategy5 and"}, []int{5}, []string{"the Strategy⁵ and"}},
		{"year", []string{"of 13 January 20103 and 6 August 2013,4 which"}, []int{3, 4}, []string{"of 13 January 2010³ and 6 August 2013,⁴ which"}},
		{"spaced", []string{"its outcome, 3"}, []int{3}, []string{"its outcome,³"}},
		{"not a reference", []string{"paragraph 2 of resolution 12, and the Agreement,2"}, []int{2}, []string{"paragraph 2 of resolution 12, and the Agreement,²"}},
		{"line start", []string{"forced labour,", "22  which has"}, []int{22}, []string{"forced labour,²²", "which has"}},
		{"missing", []string{"no marker here"}, []int{7}, []string{"no marker here"}},
	}
	for _, tt := range tests {
		body := append([]string(nil), tt.body...)
		placeMarkers(body, tt.nums)
		if strings.Join(body, "|") != strings.Join(tt.want, "|") {
			t.Errorf("placeMarkers(%s) = %q, want %q", tt.name, body, tt.want)
		}
	}
}

func TestJoinLines(t *testing.T) {
	tests := []struct{ a, b, want string }{
		{"", "b", "b"},
		{"a", "b", "a b"},
		{"Secretary-", "General", "Secretary-General"},
		{"decision-", "making", "decision-making"},
		{"implementa-", "tion", "implementation"},
		{"2009–", "2019", "2009–2019"},
		{"obligations/", "commitments", "obligations/commitments"},
		{"Nations –", "sustainable", "Nations – sustainable"},
	}
	for _, tt := range tests {
		if got := joinLines(tt.a, tt.b); got != tt.want {
			t.Errorf("joinLines(%q, %q) = %q, want %q", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestLinear checks that huge inputs stay fast: a 1 MB line, and a few
// hundred kilobytes of short lines that look like footnotes, labels and
// headers (the benchmark of these grows linearly with their size).
func TestLinear(t *testing.T) {
	inputs := map[string]string{
		"long line":  strings.Repeat("word, 1 2010 ", 80_000),
		"many lines": strings.Repeat("1.\n(a)\n_____\n1 note\n2/4\nA/RES/1/1\n", 10_000),
		"digits":     strings.Repeat("9", 1<<20),
		"hyphens":    strings.Repeat("co-\n", 75_000),
		"labels":     strings.Repeat("1.\n", 75_000),
		"notes":      "x\n_____\n" + strings.Repeat("1 n\n", 50_000) + strings.Repeat("a 1 b,1\n", 5_000),
		"title":      "1/1. " + strings.Repeat("t ", 100_000) + "\n\n" + strings.Repeat("t\n2/4\nt\n", 12_500),
		"rules":      strings.Repeat("_____\n\n", 50_000),
	}
	for name, in := range inputs {
		start := time.Now()
		out := Canonical(in)
		HardWrapped(in)
		if d := time.Since(start); d > 10*time.Second || testing.Verbose() {
			t.Logf("Canonical(%s) took %v for %d bytes", name, d, len(in))
			if d > 10*time.Second {
				t.Errorf("Canonical(%s) is too slow", name)
			}
		}
		if len(out) > 2*len(in)+16 {
			t.Errorf("Canonical(%s) grew from %d to %d bytes", name, len(in), len(out))
		}
	}
}

// TestIsCJK checks isCJK's shortcut: no rune below U+2E80 is Chinese or CJK
// punctuation.
func TestIsCJK(t *testing.T) {
	for r := rune(0); r < 0x2e80; r++ {
		if unicode.Is(unicode.Han, r) || r >= 0x3000 && r <= 0x303f || r >= 0xff00 && r <= 0xffef {
			t.Fatalf("U+%04X is CJK", r)
		}
	}
	for _, c := range []struct {
		a, b string
		want bool
	}{{"第60/8", "3号", true}, {"word", "next", false}, {"a 彻", "底", true}, {"1.", "欢迎", false}, {"x 第1", "段", true}, {"x\t第1", "a", false}} {
		if got := cjkJoin(c.a, c.b); got != c.want {
			t.Errorf("cjkJoin(%q, %q) = %v", c.a, c.b, got)
		}
	}
}

// TestIsPageNumber checks the page numbers a running footer prints, and
// the lines that only look like them.
func TestIsPageNumber(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"2/4", true},
		{"1/1", true},
		{"12/18", true},
		{"1234/1234", true},
		{"0/4", false},
		{"5/4", false},
		{"12345/20000", false},
		{"2/", false},
		{"/4", false},
		{"2/4/6", false},
		{"a/4", false},
		{"2 /4", false},
		{"२/४", false}, // digits of another script
		{"59/50", false},
		{"", false},
	} {
		if got := isPageNumber(tt.line); got != tt.want {
			t.Errorf("isPageNumber(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

// TestMayOpenLabelHeading checks that the quick test before labelHeadingRe
// lets through every line the pattern matches, and stops the others.
func TestMayOpenLabelHeading(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"Action 1. We will take bold, ambitious, accelerated action", true},
		{"Objective 12. The Member States", true},
		{"Ação 3. Nós", true},
		{"Action plan for the decade", false},
		{"Ac 1. We", false},
		{"Recalling its resolution 59/50,", false},
		{"Action", false},
		{"Action ", false},
	} {
		pre := mayOpenLabelHeading(tt.line)
		if full := labelHeadingRe().MatchString(tt.line); full && !pre || full != tt.want {
			t.Errorf("%q: quick test %v, pattern %v, want %v", tt.line, pre, full, tt.want)
		}
	}
}
