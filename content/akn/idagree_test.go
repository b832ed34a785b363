package akn

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"resolute/content"
	"resolute/export"
	"resolute/internal/corpus"
	"resolute/internal/idcheck"
	"resolute/internal/knowndiff"
)

// idTally counts, for one form (XML or text), the resolutions whose
// language versions give the same id list and the kinds of disagreement.
type idTally struct {
	mu      sync.Mutex
	sets    int // resolutions compared (two languages or more)
	six     int // of which in all six languages
	same    int
	sameSix int
	// numbering counts the resolutions whose ids differ and whose
	// versions print different operative numbers (a language skips,
	// repeats or misprints one): the documents differ.
	numbering int
	// listed counts the others whose differing versions are all ones
	// whose document differs (package knowndiff).
	listed   int
	known    map[string]knowndiff.Entry
	left     []string // the others: name and how each version differs
	leftName map[string]bool
	kinds    map[string]int // resolutions showing each kind
	examples map[string][]string
	failed   []string
}

func newIDTally() *idTally {
	known, err := knowndiff.Entries()
	if err != nil {
		panic(err) // the embedded list is checked by its own package's test
	}
	return &idTally{kinds: map[string]int{}, examples: map[string][]string{}, known: known, leftName: map[string]bool{}}
}

// differences says how each version differs from the reference: its
// language and one id of each kind of difference.
func differences(versions map[string][]string, ref string) string {
	var out []string
	for _, l := range []string{"ar", "en", "es", "fr", "ru", "zh"} {
		ids, ok := versions[l]
		if !ok || l == ref {
			continue
		}
		kinds := idcheck.Kinds(versions[ref], ids)
		if len(kinds) == 0 {
			continue
		}
		var ks []string
		for k, ex := range kinds {
			ks = append(ks, k+" "+ex)
		}
		sort.Strings(ks)
		out = append(out, l+": "+strings.Join(ks, ", "))
	}
	return "(vs " + ref + ") " + strings.Join(out, "; ")
}

// allKnown reports whether every version whose ids differ from the
// reference's is listed as a document that differs.
func (t *idTally) allKnown(name string, versions map[string][]string, ref string) bool {
	want := strings.Join(versions[ref], " ")
	for l, ids := range versions {
		if strings.Join(ids, " ") == want {
			continue
		}
		if _, ok := t.known[knowndiff.Key(name, l)]; !ok {
			return false
		}
	}
	return true
}

// add records the comparison of one resolution's versions.
func (t *idTally) add(name string, versions, numbers map[string][]string) {
	if len(versions) < 2 {
		return
	}
	r := idcheck.Compare(versions)
	if !r.Same {
		numbering := numbers != nil && !idcheck.Compare(numbers).Same
		listed := !numbering && t.allKnown(name, versions, r.Reference)
		t.mu.Lock()
		if numbering {
			t.numbering++
		} else if listed {
			t.listed++
		} else {
			t.left = append(t.left, name+" "+differences(versions, r.Reference))
			t.leftName[name] = true
		}
		t.mu.Unlock()
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	t.sets++
	if len(versions) == 6 {
		t.six++
	}
	if r.Same {
		t.same++
		if len(versions) == 6 {
			t.sameSix++
		}
		return
	}
	for k, ex := range r.Examples {
		t.kinds[k]++
		if len(t.examples[k]) < 6 {
			t.examples[k] = append(t.examples[k], name+" "+ex+" (vs "+r.Reference+")")
		}
	}
}

func (t *idTally) pct() float64 { return 100 * float64(t.same) / float64(max(t.sets, 1)) }

// explainedPct is the share of resolutions whose ids agree or whose
// versions differ in the documents themselves.
func (t *idTally) explainedPct() float64 {
	return 100 * float64(t.same+t.numbering+t.listed) / float64(max(t.sets, 1))
}

// report renders the figures with examples of each kind.
func (t *idTally) report(title string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: identical ids in %d of %d resolutions (%.1f%%); all six languages: %d of %d\n", title, t.same, t.sets, t.pct(), t.sameSix, t.six)
	if t.numbering > 0 || t.listed > 0 {
		fmt.Fprintf(&b, "  of the %d that differ, %d print different operative numbers in some language and %d differ in their text otherwise (package knowndiff): identical or explained by the documents %.1f%%\n",
			t.sets-t.same, t.numbering, t.listed, t.explainedPct())
	}
	kinds := make([]string, 0, len(t.kinds))
	for k := range t.kinds {
		kinds = append(kinds, k)
	}
	sort.Slice(kinds, func(i, j int) bool {
		if t.kinds[kinds[i]] != t.kinds[kinds[j]] {
			return t.kinds[kinds[i]] > t.kinds[kinds[j]]
		}
		return kinds[i] < kinds[j]
	})
	for _, k := range kinds {
		fmt.Fprintf(&b, "  %-18s %4d  e.g. %s\n", k, t.kinds[k], strings.Join(t.examples[k], "; "))
	}
	for _, f := range t.failed {
		fmt.Fprintf(&b, "  failed: %s\n", f)
	}
	return b.String()
}

// idForms are the tallies of one measurement: the resolution text and
// the annexes, from the XML and from the plain text; printed, when
// measured, is the XML printed as `resolute -f text` prints it
// (export.Text) and read back by the text parser.
type idForms struct {
	xml, text, xmlAnnex, textAnnex *idTally
	printed, printedAnnex          *idTally
	// renamed counts the numbered paragraphs of the XML whose id is not
	// their number, in how many files, and how many of them because the
	// part prints that number twice.
	renamed, renamedFiles, repeated atomic.Int64
	// readBack counts, when printed is measured, the versions printed
	// and read back, and readBackDiffer those whose ids read back are
	// not their own XML's: the text form's faults that strike every
	// language alike, which comparing languages cannot see.
	readBack, readBackDiffer atomic.Int64
	// annexReadBack and annexReadBackDiffer count the same for the
	// versions with annexes, comparing the annexes' ids.
	annexReadBack, annexReadBackDiffer atomic.Int64
	readBackMu                         sync.Mutex
	readBackLeft                       []string
}

// renamedNumbers counts d's numbered paragraphs whose id is not "op" and
// their number, and of those the ones whose number the part prints twice.
func renamedNumbers(d *content.Document) (renamed, repeated int) {
	for _, p := range d.Parts {
		seen := map[string]int{}
		for _, q := range p.Operative {
			if q.Number != nil {
				seen[*q.Number]++
			}
		}
		for _, q := range p.Operative {
			if q.Number != nil && !strings.HasSuffix(q.ID, "op"+*q.Number) {
				renamed++
				if seen[*q.Number] > 1 {
					repeated++
				}
			}
		}
	}
	return renamed, repeated
}

// measureIDs parses every version of each set, from its XML and, where
// the set has one, from its plain text, and tallies the ids of the
// resolution text and of the annexes apart. With printed, each XML
// version is also printed as text and read back.
func measureIDs(sets []docSet, printed bool) *idForms {
	f := &idForms{xml: newIDTally(), text: newIDTally(), xmlAnnex: newIDTally(), textAnnex: newIDTally(),
		printed: newIDTally(), printedAnnex: newIDTally()}
	fail := func(t *idTally, err error) {
		t.mu.Lock()
		t.failed = append(t.failed, err.Error())
		t.mu.Unlock()
	}
	work := make(chan docSet)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for s := range work {
				xv, tv, xa, ta := map[string][]string{}, map[string][]string{}, map[string][]string{}, map[string][]string{}
				xn, tn := map[string][]string{}, map[string][]string{}
				pv, pa, pn := map[string][]string{}, map[string][]string{}, map[string][]string{}
				for _, v := range s.versions {
					data, err := os.ReadFile(v.xml)
					if err == nil {
						var d *content.Document
						if d, err = ParseBytes(data, v.xml); err == nil {
							xv[v.lang], xa[v.lang], xn[v.lang] = idcheck.List(d), idcheck.AnnexList(d), idcheck.Numbers(d)
							if printed {
								b := content.Parse(export.Text(d), content.Options{Language: d.Language})
								pv[v.lang], pa[v.lang], pn[v.lang] = idcheck.List(b), idcheck.AnnexList(b), idcheck.Numbers(b)
								f.readBack.Add(1)
								if !slices.Equal(pv[v.lang], xv[v.lang]) {
									f.readBackDiffer.Add(1)
									f.readBackMu.Lock()
									f.readBackLeft = append(f.readBackLeft, s.name+" "+v.lang)
									f.readBackMu.Unlock()
								}
								if len(xa[v.lang]) > 0 {
									f.annexReadBack.Add(1)
									if !slices.Equal(pa[v.lang], xa[v.lang]) {
										f.annexReadBackDiffer.Add(1)
									}
								}
							}
							if n, r := renamedNumbers(d); n > 0 {
								f.renamed.Add(int64(n))
								f.repeated.Add(int64(r))
								f.renamedFiles.Add(1)
							}
						}
					}
					if err != nil {
						fail(f.xml, err)
					}
					if v.txt == "" {
						continue
					}
					raw, err := os.ReadFile(v.txt)
					if err != nil {
						fail(f.text, err)
						continue
					}
					d := content.Parse(string(raw), content.Options{})
					tv[v.lang], ta[v.lang], tn[v.lang] = idcheck.List(d), idcheck.AnnexList(d), idcheck.Numbers(d)
				}
				f.xml.add(s.name, xv, xn)
				f.text.add(s.name, tv, tn)
				if hasAny(xa) {
					f.xmlAnnex.add(s.name, xa, nil)
				}
				if hasAny(ta) {
					f.textAnnex.add(s.name, ta, nil)
				}
				if printed {
					f.printed.add(s.name, pv, pn)
					if hasAny(pa) {
						f.printedAnnex.add(s.name, pa, nil)
					}
				}
			}
		}()
	}
	for _, s := range sets {
		work <- s
	}
	close(work)
	wg.Wait()
	return f
}

// hasAny reports whether some version has an id.
func hasAny(versions map[string][]string) bool {
	for _, ids := range versions {
		if len(ids) > 0 {
			return true
		}
	}
	return false
}

// idFloors are the shares of corpus resolutions whose six versions give
// the same ids in the resolution text, from the XML and from the plain
// text. What keeps them below 100 % is in the documents (README,
// "Paragraph ids"): the Chinese A/RES/75/287 lacks operative paragraph 7
// (XML and text); the Russian plain text of A/RES/77/128 lacks the items
// (a)–(e) its XML has.
const (
	idFloorXML  = 97.0
	idFloorText = 94.0
	// idFloorLibrary holds, on the shared library when it is measured,
	// the share of resolutions whose ids agree or whose versions differ
	// in the documents themselves (100 % on 3 December 2026).
	idFloorLibrary = 99.5
	// idFloorLibraryText holds the same share for the library printed
	// as `resolute -f text` prints it and read back by the text parser
	// (97.5 % when first measured, 99.7 % on 3 December 2026, then 100 %
	// once the text reader read the last seven back as the XML has them).
	idFloorLibraryText = 99.8
	// idFloorLibraryIdentical and idFloorLibraryTextIdentical hold the
	// share whose six versions give identical ids, from the XML (96.0 %
	// on 3 December 2026) and from the printed text (95.8 %, then 96.1 %,
	// 2,012 of 2,094, at the end of that day); the rest
	// differ in the documents.
	idFloorLibraryIdentical     = 95.5
	idFloorLibraryTextIdentical = 95.8
	// idFloorReadBack holds the share of library versions whose printed
	// text reads back with their own XML's ids (98.1 % when first
	// measured, 99.4 % on 3 December 2026).
	idFloorReadBack = 99.2
	// idFloorAnnexReadBack holds the same share for the annexes' ids
	// (46.6 % when first measured on 4 December 2026, 83.8 % after that
	// day's annex rules: several annexes in one attachment, long titles
	// and headings, the closing-line pattern, headings given as
	// subheadings, the notes and one-cell rows of tables).
	idFloorAnnexReadBack = 83.0
	// idFloorXMLAnnex and idFloorLibraryXMLAnnex hold the share of
	// resolutions whose versions give their annexes the same ids, on the
	// corpus (2 of 2 on 4 December 2026, 1 before) and on the library
	// (49 of 75, 65.3 %; 28 that morning).
	idFloorXMLAnnex        = 100.0
	idFloorLibraryXMLAnnex = 65.0
)

// TestIDAgreement measures, on every corpus resolution, the share whose
// six language versions give the same paragraph and item ids, from the XML
// and from the plain text, with each kind of disagreement; on the shared
// library too when RESOLUTE_LIBRARY_TEST names it.
func TestIDAgreement(t *testing.T) {
	f := measureIDs(corpusSets(t), false)
	t.Log("\n" + f.xml.report("corpus XML") + f.text.report("corpus text") +
		f.xmlAnnex.report("corpus XML, annexes") + f.textAnnex.report("corpus text, annexes"))
	if f.xml.pct() < idFloorXML {
		t.Errorf("corpus XML: %.1f%% below %.1f%%", f.xml.pct(), idFloorXML)
	}
	if f.text.pct() < idFloorText {
		t.Errorf("corpus text: %.1f%% below %.1f%%", f.text.pct(), idFloorText)
	}
	if f.xmlAnnex.pct() < idFloorXMLAnnex {
		t.Errorf("corpus XML, annexes: %.1f%% below %.1f%%", f.xmlAnnex.pct(), idFloorXMLAnnex)
	}
	if n, r := f.renamed.Load(), f.repeated.Load(); n != r {
		t.Errorf("corpus XML: %d numbered paragraphs have another id than their number, only %d of them printed twice", n, r)
	}
	root := os.Getenv("RESOLUTE_LIBRARY_TEST")
	if root == "" {
		return
	}
	sets, err := librarySets(root, 1)
	if err != nil {
		t.Fatal(err)
	}
	lib := measureIDs(sets, true)
	if pct := lib.xml.explainedPct(); pct < idFloorLibrary {
		t.Errorf("library XML: ids identical or explained by the documents in %.1f%%, below %.1f%%", pct, idFloorLibrary)
	}
	if pct := lib.printed.explainedPct(); pct < idFloorLibraryText {
		t.Errorf("library as text: ids identical or explained by the documents in %.1f%%, below %.1f%%", pct, idFloorLibraryText)
	}
	if pct := lib.xmlAnnex.pct(); pct < idFloorLibraryXMLAnnex {
		t.Errorf("library XML, annexes: ids identical in %.1f%%, below %.1f%%", pct, idFloorLibraryXMLAnnex)
	}
	if pct := lib.xml.pct(); pct < idFloorLibraryIdentical {
		t.Errorf("library XML: ids identical in %.1f%%, below %.1f%%", pct, idFloorLibraryIdentical)
	}
	if pct := lib.printed.pct(); pct < idFloorLibraryTextIdentical {
		t.Errorf("library as text: ids identical in %.1f%%, below %.1f%%", pct, idFloorLibraryTextIdentical)
	}
	readBack := 100 * float64(lib.readBack.Load()-lib.readBackDiffer.Load()) / float64(max(lib.readBack.Load(), 1))
	if readBack < idFloorReadBack {
		t.Errorf("library as text: %.1f%% of versions read back with their own XML's ids, below %.1f%%", readBack, idFloorReadBack)
	}
	annexReadBack := 100 * float64(lib.annexReadBack.Load()-lib.annexReadBackDiffer.Load()) / float64(max(lib.annexReadBack.Load(), 1))
	t.Logf("library annexes: %d of %d versions read back with other annex ids than their XML's (%.1f%% the same)",
		lib.annexReadBackDiffer.Load(), lib.annexReadBack.Load(), annexReadBack)
	if annexReadBack < idFloorAnnexReadBack {
		t.Errorf("library as text: %.1f%% of versions with annexes read back with their own XML's annex ids, below %.1f%%", annexReadBack, idFloorAnnexReadBack)
	}
	if testing.Verbose() {
		sort.Strings(lib.readBackLeft)
		t.Log(fmt.Sprintf("\nlibrary versions whose printed text reads back with other ids than their XML's (%d of %d, %.2f%% the same):\n",
			lib.readBackDiffer.Load(), lib.readBack.Load(), readBack) + strings.Join(lib.readBackLeft, "\n"))
		sort.Strings(lib.xml.left)
		t.Log("\nlibrary XML, ids that differ and no document explains:\n" + strings.Join(lib.xml.left, "\n"))
		// The text form's own faults: resolutions whose XML versions
		// agree (or are explained) and whose printed text does not.
		var own, both []string
		for _, l := range lib.printed.left {
			if lib.xml.leftName[strings.Fields(l)[0]] {
				both = append(both, l)
			} else {
				own = append(own, l)
			}
		}
		sort.Strings(own)
		sort.Strings(both)
		t.Log(fmt.Sprintf("\nlibrary as text, ids that differ and no document explains, where the XML's agree (%d):\n", len(own)) + strings.Join(own, "\n") +
			fmt.Sprintf("\nand where the XML's differ too (%d):\n", len(both)) + strings.Join(both, "\n"))
	}
	t.Log("\n" + lib.xml.report("library XML") + lib.xmlAnnex.report("library XML, annexes") +
		lib.printed.report("library as text (resolute -f text, read back)") + lib.printedAnnex.report("library as text, annexes") +
		fmt.Sprintf("numbered paragraphs whose id is not their number: %d in %d files, %d of them printed twice in their part\n", lib.renamed.Load(), lib.renamedFiles.Load(), lib.repeated.Load()))
	t.Log("\n" + textAgainstXML(t, sets).report("corpus/text (PDF and yearbook text) against the library's English XML"))
}

// textFileRE reads the symbol of a corpus/text file from its name:
// ga-78-117.en.txt is A/RES/78/117, sc-1445-2002.en.txt S/RES/1445 (2002).
var textFileRE = regexp.MustCompile(`^(ga|sc)-(\d+)-(\d+)\.en\.txt$`)

// textAgainstXML compares the ids the text reader gives each English text
// of corpus/text with those the XML reader gives the same resolution in
// the library, where the library holds it: the same resolution from two
// sources, the ids a parallel view of text beside XML would align.
func textAgainstXML(t *testing.T, sets []docSet) *idTally {
	byName := map[string]docSet{}
	for _, s := range sets {
		byName[s.name] = s
	}
	tally := newIDTally()
	files, _ := filepath.Glob(filepath.Join(corpus.Require(t, "text"), "*.en.txt"))
	for _, f := range files {
		m := textFileRE.FindStringSubmatch(filepath.Base(f))
		if m == nil {
			continue
		}
		sym := "A/RES/" + m[2] + "/" + m[3]
		if m[1] == "sc" {
			sym = "S/RES/" + m[2] + " (" + m[3] + ")"
		}
		s, ok := byName[citeKey(sym)]
		if !ok {
			continue
		}
		for _, v := range s.versions {
			if v.lang != "en" {
				continue
			}
			data, err := os.ReadFile(v.xml)
			raw, err2 := os.ReadFile(f)
			if err != nil || err2 != nil {
				t.Fatal(err, err2)
			}
			d, err := ParseBytes(data, v.xml)
			if err != nil {
				t.Fatal(err)
			}
			td := content.Parse(string(raw), content.Options{})
			tally.add(sym, map[string][]string{"en": idcheck.List(d), "text": idcheck.List(td)}, // "en" the XML, the reference
				map[string][]string{"en": idcheck.Numbers(d), "text": idcheck.Numbers(td)})
		}
	}
	return tally
}
