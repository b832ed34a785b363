package akn

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"sync"
	"testing"

	"resolute/content"
	"resolute/content/cite"
)

// The library measurement runs only when asked:
//
//	go test ./content/akn -run TestCitationPrecision -v \
//	    -library /root/.cache/resolute-library [-sample 1] [-citereport /tmp/unconfirmed.tsv]
var (
	libraryDir  = flag.String("library", "", "also measure citation precision on the AKN files under this folder (UN layout: …/<Language>/*.xml)")
	sampleEvery = flag.Int("sample", 1, "with -library, measure every n-th document only (documents sorted by their FRBR work)")
	citeReport  = flag.String("citereport", "", "write the unconfirmed and missed citations, with their context, to this file")
)

// citeForms are the ways a document is read for the measurement: the XML
// (links and scanner merged), the corpus's plain text, and the XML's text
// through the scanner alone, as the text path would read it.
const (
	formXML  = "xml"
	formText = "txt"
	formScan = "scan"
)

// version is one language version of a document.
type version struct{ lang, xml, txt string }

// docSet is the language versions of one document: those sharing the FRBR
// work (the corpus: one folder).
type docSet struct {
	name     string
	self     string // the key of the document's own symbol
	versions []version
}

// citeTally counts one form and language. Reported citations are confirmed
// when a link of any language version points to the same symbol, or to the
// same number without its letter ("56/214 B" linked as A/RES/56/214).
// Recall is over the resolutions this language version links that at least
// half of the document's versions link too (the UN's markup slips in one
// language: the French A/RES/80/193 links General Assembly resolutions as
// the Human Rights Council's).
type citeTally struct {
	reported, confirmed, linked, found int
	// other counts the citations of other bodies' resolutions, reported
	// without a UN symbol.
	other int
	// reread counts the links found as the same number of another organ
	// or body; impossible the links to resolutions that cannot exist.
	reread, impossible int
}

func (t citeTally) precision() float64 { return pct(t.confirmed, t.reported) }
func (t citeTally) recall() float64    { return pct(t.found, t.linked) }

func pct(a, b int) float64 {
	if b == 0 {
		return 100
	}
	return 100 * float64(a) / float64(b)
}

// citeRow is one unconfirmed or missed citation, for judging by hand.
type citeRow struct {
	what, form, lang, doc, symbol, organ, context string
	at                                            content.Mention
}

// citeMeasure gathers the tallies and rows of a run.
type citeMeasure struct {
	mu    sync.Mutex
	tally map[string]map[string]*citeTally // form → lang
	rows  []citeRow
	docs  int
	// unlinked counts the documents left out because no version links a
	// resolution: there is nothing to confirm their citations with (the
	// Security Council's English-only texts before 2014 carry no links).
	unlinked int
	failed   []string
}

func newCiteMeasure() *citeMeasure {
	return &citeMeasure{tally: map[string]map[string]*citeTally{}}
}

func (m *citeMeasure) get(form, lang string) *citeTally {
	if m.tally[form] == nil {
		m.tally[form] = map[string]*citeTally{}
	}
	if m.tally[form][lang] == nil {
		m.tally[form][lang] = &citeTally{}
	}
	return m.tally[form][lang]
}

// hrefRE finds the targets of the links in an AKN file.
var hrefRE = regexp.MustCompile(`<(?:a|ref)\s[^>]*?href="([^"]*)"`)

// linkedResolutions returns the keys of the resolutions an AKN file links.
func linkedResolutions(data []byte) map[string]bool {
	out := map[string]bool{}
	for _, m := range hrefRE.FindAllSubmatch(data, -1) {
		sym := symbolFromHref(strings.ReplaceAll(string(m[1]), "&amp;", "&"))
		if strings.Contains(strings.ToUpper(sym), "/RES/") {
			out[citeKey(sym)] = true
		}
	}
	return out
}

// baseKey drops a letter suffix from a resolution key: A/RES/56/214B →
// A/RES/56/214.
var baseKeyRE = regexp.MustCompile(`(/\d+)[A-Z]{1,2}(?:-[A-Z]{1,2})?$`)

func baseKey(k string) string { return baseKeyRE.ReplaceAllString(k, "$1") }

// numberPart returns a resolution key without its series: "47/21" for
// A/HRC/RES/47/21 and A/RES/47/21.
func numberPart(k string) string {
	if i := strings.Index(k, "/RES/"); i >= 0 {
		return k[i+len("/RES/"):]
	}
	return k
}

// unitTexts is the text of a document's units, to show where a number is.
type unitTexts []string

func newUnitTexts(d *content.Document) unitTexts {
	var out unitTexts
	for _, u := range d.Units() {
		out = append(out, u.Text)
	}
	return out
}

// find returns the context of the first mention of number (as the key
// writes it, "2250(2015)" also matching "2250 (2015)").
func (u unitTexts) find(number string) string {
	alts := []string{number}
	if i := strings.IndexByte(number, '('); i > 0 {
		alts = append(alts, number[:i]+" "+number[i:], number[:i])
	}
	for _, a := range alts {
		for _, t := range u {
			if i := strings.Index(t, a); i >= 0 {
				return mentionContext(t, i, i+len(a))
			}
		}
	}
	return ""
}

// isSelf reports whether key is the document's own symbol, or its number
// without the letter: the cover page of A/RES/75/253 B links A/RES/75/253.
func isSelf(key, self string) bool {
	return key == self || baseKey(key) == baseKey(self)
}

// resolutionKeys returns the keys of d's resolution citations with the
// context of each one's first mention, leaving out the document's own
// symbol (self).
func resolutionKeys(d *content.Document, self string) map[string]citeRow {
	texts := map[[2]string][]string{}
	for _, u := range d.Units() {
		k := [2]string{u.ID, u.Footnote}
		texts[k] = append(texts[k], u.Text)
	}
	texts[[2]string{content.MastheadID, ""}] = []string{d.Masthead.Proponent}
	out := map[string]citeRow{}
	for _, c := range d.Citations {
		if c.Kind != content.ResolutionCitation || !strings.Contains(c.Symbol, "/RES/") {
			// Another body's resolution ("resolution 5/7" of the
			// Environment Assembly) claims no UN symbol: otherBodies
			// counts them.
			continue
		}
		k := citeKey(c.Symbol)
		if _, ok := out[k]; ok || isSelf(k, self) {
			continue
		}
		row := citeRow{symbol: c.Symbol, organ: c.Organ}
		if len(c.Mentions) > 0 {
			mn := c.Mentions[0]
			row.at = mn
			for _, t := range texts[[2]string{mn.Paragraph, mn.Footnote}] {
				if mn.End <= len(t) && mn.Start <= mn.End {
					row.context = mentionContext(t, mn.Start, mn.End)
					break
				}
			}
		}
		out[k] = row
	}
	return out
}

// mentionContext returns the text around a mention, the mention in ⟦⟧.
func mentionContext(t string, start, end int) string {
	lo, hi := max(0, start-160), min(len(t), end+100)
	for lo > 0 && !isRuneStart(t[lo]) {
		lo--
	}
	for hi < len(t) && !isRuneStart(t[hi]) {
		hi++
	}
	s := t[lo:start] + "⟦" + t[start:end] + "⟧" + t[end:hi]
	return strings.Join(strings.Fields(s), " ")
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }

// measureSet reads every version of s in every form and tallies it.
func (m *citeMeasure) measureSet(s docSet) {
	linkedBy := map[string]map[string]bool{} // lang → keys
	anyLink, anyBase := map[string]bool{}, map[string]bool{}
	datas := map[string][]byte{}
	for _, v := range s.versions {
		data, err := os.ReadFile(v.xml)
		if err != nil {
			m.fail(fmt.Sprintf("%s: %v", v.xml, err))
			continue
		}
		datas[v.lang] = data
		linkedBy[v.lang] = linkedResolutions(data)
		for k := range linkedBy[v.lang] {
			if isSelf(k, s.self) {
				delete(linkedBy[v.lang], k)
			}
		}
		for k := range linkedBy[v.lang] {
			anyLink[k] = true
			anyBase[baseKey(k)] = true
		}
	}
	if len(anyLink) == 0 {
		m.mu.Lock()
		m.unlinked++
		m.mu.Unlock()
		return
	}
	votes := map[string]int{}
	for _, keys := range linkedBy {
		for k := range keys {
			votes[k]++
		}
	}
	quorum := (len(linkedBy) + 1) / 2
	for lang, keys := range linkedBy {
		kept := map[string]bool{}
		for k := range keys {
			if votes[k] >= quorum {
				kept[k] = true
			}
		}
		linkedBy[lang] = kept
	}
	for _, v := range s.versions {
		data, ok := datas[v.lang]
		if !ok {
			continue
		}
		d, err := ParseBytes(data, v.xml)
		if err != nil {
			m.fail(fmt.Sprintf("%s: %v", v.xml, err))
			continue
		}
		others := m.countOther(formXML, v.lang, d)
		xmlKeys := resolutionKeys(d, s.self)
		texts := newUnitTexts(d)
		m.tallyForm(formXML, v.lang, s.name, xmlKeys, others, nil, texts, linkedBy[v.lang], anyLink, anyBase)
		d.IndexCitations()
		others = m.countOther(formScan, v.lang, d)
		m.tallyForm(formScan, v.lang, s.name, resolutionKeys(d, s.self), others, xmlKeys, texts, linkedBy[v.lang], anyLink, anyBase)
		if v.txt != "" {
			raw, err := os.ReadFile(v.txt)
			if err != nil {
				m.fail(fmt.Sprintf("%s: %v", v.txt, err))
				continue
			}
			td := content.Parse(string(raw), content.Options{})
			others := m.countOther(formText, v.lang, td)
			m.tallyForm(formText, v.lang, s.name, resolutionKeys(td, s.self), others, xmlKeys, texts, linkedBy[v.lang], anyLink, anyBase)
		}
	}
	m.mu.Lock()
	m.docs++
	m.mu.Unlock()
}

// countOther counts d's citations of other bodies' resolutions and
// returns their numbers ("5/7" for "resolution 5/7").
func (m *citeMeasure) countOther(form, lang string, d *content.Document) map[string]bool {
	nums := map[string]bool{}
	var rows []citeRow
	texts := newUnitTexts(d)
	for _, c := range d.Citations {
		if c.Kind == content.ResolutionCitation && !strings.Contains(c.Symbol, "/RES/") {
			n := strings.ReplaceAll(strings.TrimPrefix(c.Symbol, "resolution "), " ", "")
			nums[n] = true
			if form == formXML {
				rows = append(rows, citeRow{what: "other", form: form, lang: lang, symbol: c.Symbol, organ: c.Organ, context: texts.find(strings.TrimPrefix(c.Symbol, "resolution "))})
			}
		}
	}
	m.mu.Lock()
	m.get(form, lang).other += len(nums)
	m.rows = append(m.rows, rows...)
	m.mu.Unlock()
	return nums
}

func (m *citeMeasure) fail(s string) {
	m.mu.Lock()
	m.failed = append(m.failed, s)
	m.mu.Unlock()
}

// tallyForm counts the citations one form of one version reports; xmlKeys,
// what the XML form reports, gives the context of a citation missed.
// others holds the numbers of the other bodies' resolutions the form
// reports.
func (m *citeMeasure) tallyForm(form, lang, doc string, got map[string]citeRow, others map[string]bool, xmlKeys map[string]citeRow, texts unitTexts, own, anyLink, anyBase map[string]bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	t := m.get(form, lang)
	for k, row := range got {
		t.reported++
		if anyLink[k] || anyBase[baseKey(k)] {
			t.confirmed++
			continue
		}
		row.what, row.form, row.lang, row.doc = "unconfirmed", form, lang, doc
		m.rows = append(m.rows, row)
	}
	for k := range own {
		if !cite.Possible(k, "") {
			// A link to a resolution that cannot exist (A/RES/5/7,
			// S/RES/2312(2106)): the UN's slip, not a citation to find.
			t.impossible++
			continue
		}
		t.linked++
		_, hit := got[k]
		if !hit {
			// The scanner gives the number its letter where the link
			// does not, or the reverse.
			for g := range got {
				if baseKey(g) == baseKey(k) {
					hit = true
					break
				}
			}
		}
		if !hit {
			// The same number read as another organ's: the text names
			// the Human Rights Council where the UN's link says A/RES/
			// (the precision count judges which is right).
			for g := range got {
				if numberPart(g) == numberPart(k) {
					hit = true
					break
				}
			}
			hit = hit || others[numberPart(k)]
			if hit {
				t.reread++
			}
		}
		if hit {
			t.found++
			continue
		}
		row := citeRow{what: "missed", form: form, lang: lang, doc: doc, symbol: k, context: texts.find(numberPart(k))}
		if x, ok := xmlKeys[k]; ok {
			row.context = x.context
			// What the form read there instead, if anything.
			for g, r := range got {
				if r.at.Paragraph == x.at.Paragraph && r.at.Footnote == x.at.Footnote && r.at.Start < x.at.End && x.at.Start < r.at.End {
					row.organ = "read as " + g
				}
			}
		}
		m.rows = append(m.rows, row)
	}
}

// run measures every set, in parallel.
func (m *citeMeasure) run(sets []docSet) {
	work := make(chan docSet)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for s := range work {
				m.measureSet(s)
			}
		}()
	}
	for _, s := range sets {
		work <- s
	}
	close(work)
	wg.Wait()
}

// table renders precision and recall per form and language.
func (m *citeMeasure) table(title string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s (%d documents; %d more link no resolution)\n%-5s %-4s %9s %9s %10s %8s %8s %7s %7s %7s\n", title, m.docs, m.unlinked, "form", "lang", "reported", "precis%", "unconfirm", "linked", "recall%", "reread", "others", "badlink")
	for _, form := range []string{formXML, formText, formScan} {
		for _, lang := range []string{"ar", "en", "es", "fr", "ru", "zh"} {
			t, ok := m.tally[form][lang]
			if !ok {
				continue
			}
			fmt.Fprintf(&b, "%-5s %-4s %9d %9.2f %10d %8d %8.2f %7d %7d %7d\n", form, lang, t.reported, t.precision(), t.reported-t.confirmed, t.linked, t.recall(), t.reread, t.other, t.impossible)
		}
	}
	return b.String()
}

// writeReport writes the rows, sorted, as tab-separated lines.
func (m *citeMeasure) writeReport(path string) error {
	sort.Slice(m.rows, func(i, j int) bool {
		a, b := m.rows[i], m.rows[j]
		if a.what != b.what {
			return a.what > b.what
		}
		if a.form != b.form {
			return a.form < b.form
		}
		if a.lang != b.lang {
			return a.lang < b.lang
		}
		if a.doc != b.doc {
			return a.doc < b.doc
		}
		return a.symbol < b.symbol
	})
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	for _, r := range m.rows {
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", r.what, r.form, r.lang, r.doc, r.symbol, r.organ, r.context)
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// corpusSets lists the corpus documents, each folder one set.
func corpusSets(t *testing.T) []docSet {
	var sets []docSet
	byDir := map[string]*docSet{}
	for _, c := range corpusCases(t) {
		dir := filepath.Dir(c.path)
		s := byDir[dir]
		if s == nil {
			sets = append(sets, docSet{name: c.slug, self: citeKey(c.gold.Symbol)})
			s = &sets[len(sets)-1]
			byDir[dir] = s
		}
		v := version{lang: c.lang, xml: c.path}
		if txt := filepath.Join(dir, c.lang+".txt"); fileExists(txt) {
			v.txt = txt
		}
		s.versions = append(s.versions, v)
	}
	return sets
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

// symbolRE and frbrLangRE read a file's symbol (its cover page's
// docNumber, the same in every language version) and its language.
var (
	docSymbolRE = regexp.MustCompile(`<docNumber\s+refersTo="#symbol">([^<]+)<`)
	frbrLangRE  = regexp.MustCompile(`<FRBRlanguage\s+language="([a-z]+)"`)
)

// isoLang maps the AKN language codes to the reader's.
var isoLang = map[string]string{"ara": "ar", "eng": "en", "spa": "es", "fra": "fr", "fre": "fr", "rus": "ru", "zho": "zh", "chi": "zh"}

// librarySets groups the AKN files under root by their symbol, leaving out
// the German folders and a second copy of a language version, and keeps
// every n-th symbol.
func librarySets(root string, every int) ([]docSet, error) {
	bySymbol := map[string]*docSet{}
	err := filepath.WalkDir(root, func(path string, e os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if e.IsDir() {
			if e.Name() == "German" {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(e.Name(), ".xml") {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		sym, l := docSymbolRE.FindSubmatch(data), frbrLangRE.FindSubmatch(data)
		if sym == nil || l == nil || isoLang[string(l[1])] == "" {
			return nil
		}
		key := citeKey(string(sym[1]))
		s := bySymbol[key]
		if s == nil {
			s = &docSet{name: key, self: key}
			bySymbol[key] = s
		}
		lang := isoLang[string(l[1])]
		for _, v := range s.versions {
			if v.lang == lang {
				return nil
			}
		}
		s.versions = append(s.versions, version{lang: lang, xml: path})
		return nil
	})
	if err != nil {
		return nil, err
	}
	names := make([]string, 0, len(bySymbol))
	for n := range bySymbol {
		names = append(names, n)
	}
	sort.Strings(names)
	var out []docSet
	for i, n := range names {
		if i%max(1, every) == 0 {
			out = append(out, *bySymbol[n])
		}
	}
	return out, nil
}

// precisionFloors are the corpus figures this package holds, per form:
// precision of the resolution citations reported (confirmed by a link in
// some language version; the few left unconfirmed are right, the UN linked
// them nowhere: A/HRC/RES/4/4 and E/CN.4/RES/1998/72 in A/RES/80/207) and
// recall of those linked, in every language.
var precisionFloors = map[string]struct{ precision, recall float64 }{
	formXML:  {99.5, 99.5},
	formText: {99.5, 99.5},
	formScan: {99.5, 99.5},
}

// libraryFloors are the figures held on the shared library's documents in
// several languages when -library is given (strict precision: confirmed by
// a link; see README "Accuracy").
var libraryFloors = map[string]struct{ precision, recall float64 }{
	formXML:  {99.4, 99.8},
	formScan: {99.4, 99.8},
}

// TestCitationPrecision measures, per form and language, how many of the
// resolution citations reported are linked by the UN in some language
// version of the same document, and how many of those linked are reported;
// on the corpus always, on a library when -library is given.
func TestCitationPrecision(t *testing.T) {
	m := newCiteMeasure()
	m.run(corpusSets(t))
	t.Log("\n" + m.table("corpus"))
	for form, byLang := range m.tally {
		floor := precisionFloors[form]
		for lang, tl := range byLang {
			if tl.precision() < floor.precision {
				t.Errorf("corpus %s %s: precision %.2f%% below %.1f%%", form, lang, tl.precision(), floor.precision)
			}
			if tl.recall() < floor.recall {
				t.Errorf("corpus %s %s: recall %.2f%% below %.1f%%", form, lang, tl.recall(), floor.recall)
			}
		}
	}
	for _, f := range m.failed {
		t.Error(f)
	}
	if *libraryDir != "" {
		sets, err := librarySets(*libraryDir, *sampleEvery)
		if err != nil {
			t.Fatal(err)
		}
		// The six language versions, and the Security Council's English-only
		// texts of 2000–2019, apart.
		var six, one []docSet
		for _, s := range sets {
			if len(s.versions) > 1 {
				six = append(six, s)
			} else {
				one = append(one, s)
			}
		}
		for _, sub := range []struct {
			name   string
			sets   []docSet
			floors bool
		}{{"library, several languages", six, true}, {"library, one language", one, false}} {
			lib := newCiteMeasure()
			lib.run(sub.sets)
			t.Log("\n" + lib.table(sub.name))
			if sub.floors {
				for form, byLang := range lib.tally {
					floor := libraryFloors[form]
					for lang, tl := range byLang {
						if tl.precision() < floor.precision || tl.recall() < floor.recall {
							t.Errorf("library %s %s: precision %.2f%%, recall %.2f%%, below %.1f%% / %.1f%%", form, lang, tl.precision(), tl.recall(), floor.precision, floor.recall)
						}
					}
				}
			}
			for _, f := range lib.failed {
				t.Log(f)
			}
			m.rows = append(m.rows, lib.rows...)
		}
	}
	if *citeReport != "" {
		if err := m.writeReport(*citeReport); err != nil {
			t.Fatal(err)
		}
	}
}
