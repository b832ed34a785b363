package render

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"

	"resolute/content"
	"resolute/content/akn"
)

// breakCounts counts the line breaks of a rendering that fall where a line
// must not break.
type breakCounts struct {
	soft    int // line breaks inside a paragraph's text
	digits  int // between two digits: "第6" / "7/6号"
	numbers int // inside a number with its separators: "59/" / "50", "1 000"
	symbols int // inside a document symbol: "A/RES/" / "75/1", "S/RES/2334" / "(2016)"
	dates   int // inside a date: "2 December" / "2004", "2004年" / "12月"
	opens   int // before a mark that never opens a line: "，", "»", ":", ")"
	hard    int // inside a run of Latin letters and digits wider than the line (a URL)
	// examples holds a few of the faults, for the test's message.
	examples []string
}

func (c *breakCounts) add(o breakCounts) {
	c.soft += o.soft
	c.digits += o.digits
	c.numbers += o.numbers
	c.symbols += o.symbols
	c.dates += o.dates
	c.opens += o.opens
	c.hard += o.hard
	c.examples = append(c.examples, o.examples...)
}

// someExamples returns at most three examples of each kind of fault.
func (c breakCounts) someExamples() string {
	seen := map[string]int{}
	var out []string
	for _, e := range c.examples {
		kind := strings.Fields(e)[1]
		if seen[kind]++; seen[kind] <= 3 {
			out = append(out, e)
		}
	}
	return strings.Join(out, "\n")
}

func (c breakCounts) faults() int {
	return c.digits + c.numbers + c.symbols + c.dates + c.opens
}

var (
	// numberRe matches a number with the separators that belong to it.
	numberRe = regexp.MustCompile(`\p{Nd}+(?:[/.,:\-]\p{Nd}+| \p{Nd}{3}\b)*`)
	// symbolRe matches a UN document symbol, with the year of a Security
	// Council resolution.
	symbolRe = regexp.MustCompile(`\b[A-Z]{1,8}(?:/[A-Za-z0-9.\-]+)+(?: ?\(\d{4}\))?`)
	// dateRe matches a full date in the six languages; its group is the
	// month, which a letter must not follow (dateSpans).
	dateRe = regexp.MustCompile(`\d{1,2}(?:er)? (?:de )?(` + monthAlternation + `)(?: (?:de )?\d{4})?|\d{4}年\d{1,2}月\d{1,2}日`)
)

// monthAlternation is the month names of the six languages (Arabic as the
// UN writes them, "كانون الأول/ديسمبر").
const monthAlternation = `January|February|March|April|May|June|July|August|September|October|November|December|` +
	`janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|` +
	`enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|` +
	`января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|` +
	`كانون الثاني/يناير|شباط/فبراير|آذار/مارس|نيسان/أبريل|أيار/مايو|حزيران/يونيه|تموز/يوليه|آب/أغسطس|أيلول/سبتمبر|تشرين الأول/أكتوبر|تشرين الثاني/نوفمبر|كانون الأول/ديسمبر`

// dateSpans returns the dates of plain: dateRe's matches whose month is a
// whole word ("17 Decembers" is a typo, no date).
func dateSpans(plain string) [][]int {
	var out [][]int
	for _, m := range dateRe.FindAllStringSubmatchIndex(plain, -1) {
		if m[3] > 0 {
			if r, _ := utf8.DecodeRuneInString(plain[m[3]:]); unicode.IsLetter(r) {
				continue
			}
		}
		out = append(out, m[:2])
	}
	return out
}

// neverOpens returns the marks that never open a line in a language:
// closing punctuation, and in French the marks set after a space. (In
// Arabic, ” opens a quotation.)
func neverOpens(lang string) string {
	if lang == "zh" {
		return closingMarks + ")]}!?:;,.%"
	}
	return ")]}»!?:;,.%"
}

// countBreaks finds the soft line breaks of a rendered block in its plain
// text and counts the faulty ones.
func countBreaks(name, lang string, width int, b Block, rendered string) breakCounts {
	var c breakCounts
	plain := strings.ReplaceAll(b.Plain, nbsp, " ")
	spans := func(re *regexp.Regexp) [][]int { return re.FindAllStringIndex(plain, -1) }
	nums, syms, dates := spans(numberRe), spans(symbolRe), dateSpans(plain)
	inside := func(ss [][]int, p int) bool {
		for _, s := range ss {
			if s[0] < p && p < s[1] {
				// A break at a space inside the span counts only when
				// the span does not start or end at that space.
				return true
			}
		}
		return false
	}
	cursor, prevEnd := 0, -1
	for line := range strings.SplitSeq(ansi.Strip(rendered), "\n") {
		t := strings.TrimSpace(strings.ReplaceAll(line, nbsp, " "))
		t = strings.TrimSpace(strings.TrimLeft(t, "│|"))
		if t == "" {
			prevEnd = -1
			continue
		}
		at := strings.Index(plain[cursor:], t)
		if at < 0 {
			prevEnd = -1 // a line the plain text does not hold as such
			continue
		}
		at += cursor
		if prevEnd >= 0 && prevEnd <= at && strings.TrimSpace(plain[prevEnd:at]) == "" && !strings.Contains(plain[prevEnd:at], "\n") {
			c.soft++
			before, _ := utf8.DecodeLastRuneInString(plain[:prevEnd])
			after, _ := utf8.DecodeRuneInString(plain[at:])
			fault := ""
			switch {
			case hardWrapped(plain, prevEnd, at, width):
				c.hard++
			case unicode.IsDigit(before) && unicode.IsDigit(after):
				c.digits++
				fault = "digits"
			case inside(nums, at) || inside(nums, prevEnd):
				c.numbers++
				fault = "number"
			case inside(syms, at) || inside(syms, prevEnd):
				c.symbols++
				fault = "symbol"
			case inside(dates, at) || inside(dates, prevEnd):
				c.dates++
				fault = "date"
			case strings.ContainsRune(neverOpens(lang), after):
				c.opens++
				fault = "opens"
			}
			if fault != "" {
				from := max(0, prevEnd-12)
				for from > 0 && !utf8.RuneStart(plain[from]) {
					from--
				}
				to := min(len(plain), at+12)
				for to < len(plain) && !utf8.RuneStart(plain[to]) {
					to++
				}
				c.examples = append(c.examples, fmt.Sprintf("%s %s: %q / %q", name, fault, plain[from:prevEnd], plain[at:to]))
			}
		}
		cursor = at + len(t)
		prevEnd = cursor
	}
	return c
}

// hardWrapped reports whether the break between plain[:end] and
// plain[at:] is inside a run of printable ASCII without spaces too wide for
// any line at width, which must be cut somewhere.
func hardWrapped(plain string, end, at, width int) bool {
	if end != at {
		return false
	}
	from, to := end, at
	for from > 0 && plain[from-1] > ' ' && plain[from-1] < 0x7f {
		from--
	}
	for to < len(plain) && plain[to] > ' ' && plain[to] < 0x7f {
		to++
	}
	return to-from > width-12
}

// corpusDocs reads every XML file of the corpus, by language.
func corpusDocs(t *testing.T) map[string][]*content.Document {
	dir := corpusDir(t)
	files, _ := filepath.Glob(filepath.Join(dir, "akn", "*", "*.xml"))
	if len(files) == 0 {
		t.Skip("no corpus XML")
	}
	out := map[string][]*content.Document{}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d, err := akn.ParseBytes(raw, f)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		lang := strings.TrimSuffix(filepath.Base(f), ".xml")
		out[lang] = append(out[lang], d)
	}
	return out
}

// TestCorpusLineBreaks renders every corpus XML file at 40, 80 and 100
// columns and checks that no line breaks inside a number, a symbol or a
// date, or before a mark that never opens a line (UAX #14 with the
// tailorings of package linebreak).
func TestCorpusLineBreaks(t *testing.T) {
	docs := corpusDocs(t)
	langs := []string{"ar", "en", "es", "fr", "ru", "zh"}
	widths := []int{40, 80, 100}
	type key struct {
		lang  string
		width int
	}
	var mu sync.Mutex
	got := map[key]breakCounts{}
	var wg sync.WaitGroup
	for _, lang := range langs {
		for _, d := range docs[lang] {
			wg.Go(func() {
				blocks := Blocks(d)
				r := NewRenderer(blocks, PlainStyle)
				for _, w := range widths {
					var c breakCounts
					for i, b := range blocks {
						c.add(countBreaks(d.Symbol+"/"+lang, lang, w, b, r.Render(i, w)))
					}
					mu.Lock()
					k := key{lang, w}
					sum := got[k]
					sum.add(c)
					got[k] = sum
					mu.Unlock()
				}
			})
		}
	}
	wg.Wait()
	for _, w := range widths {
		for _, lang := range langs {
			c := got[key{lang, w}]
			t.Logf("width %3d %s: %5d soft breaks; digits %d, numbers %d, symbols %d, dates %d, opening marks %d (%d inside runs wider than the line)",
				w, lang, c.soft, c.digits, c.numbers, c.symbols, c.dates, c.opens, c.hard)
			if c.faults() > 0 {
				t.Errorf("width %d %s: %d faulty line breaks, e.g.\n%s", w, lang, c.faults(), c.someExamples())
			}
		}
	}
}
