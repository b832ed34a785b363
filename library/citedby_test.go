package library

import (
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"resolute/content/cite"
)

// The UN hyperlinks the documents its resolutions cite. For the symbols
// it links most, cited-by must find the documents (of the same language)
// whose XML links to them, and list few that do not cite them: a document
// listed really cites a symbol when its XML links to it or, since the UN
// leaves many citations unlinked (the Arabic and Chinese files of the 75th
// session most), when its text holds the symbol's number.

// hrefRE finds the target of a link in the UN's XML (<a href> or <ref href>).
var hrefRE = regexp.MustCompile(`<(?:\w+:)?(?:ref|a)\b[^>]*\bhref="([^"]+)"`)

// linkLanguage are the language segments of the UN's addresses.
var linkLanguage = map[string]bool{"ar": true, "ch": true, "de": true, "en": true, "es": true, "fr": true, "ot": true, "ru": true, "sp": true, "zh": true}

// linkedKey returns the key of the document a UN address points to, or "".
func linkedKey(href string) string {
	u, err := url.Parse(strings.TrimSpace(strings.ReplaceAll(href, "&amp;", "&")))
	if err != nil {
		return ""
	}
	host := strings.TrimPrefix(strings.ToLower(u.Host), "www.")
	if host != "undocs.org" && host != "docs.un.org" {
		return ""
	}
	p := strings.Trim(u.Path, "/")
	if first, rest, ok := strings.Cut(p, "/"); ok && linkLanguage[strings.ToLower(first)] {
		p = rest // the language: /en/A/RES/75/1, /RU/…
	}
	key, ok := cite.Canonical(p)
	if !ok {
		return ""
	}
	return key
}

// numberOf is the part of a key its citations always write: "56/214"
// for A/RES/56/214B, "10/15" for A/RES/ES-10/15 (Arabic: دإط-10/15),
// "1514" for A/RES/1514 (XV), "1325" for S/RES/1325 (2000), "56/61" for
// the document A/56/61.
func numberOf(key string) string {
	if i := strings.Index(key, "/RES/"); i >= 0 {
		key = key[i+len("/RES/"):]
	} else if i := strings.IndexByte(key, '/'); i >= 0 {
		key = key[i+1:]
	}
	if i := strings.IndexByte(key, '('); i > 0 {
		key = key[:i]
	}
	key = strings.TrimSpace(strings.TrimLeft(key, "ES-"))
	if i := strings.IndexFunc(key, func(r rune) bool { return r != '/' && (r < '0' || r > '9') }); i > 0 {
		key = key[:i]
	}
	return strings.TrimRight(key, "/")
}

// holdsNumber reports whether text holds n not inside a longer number.
func holdsNumber(text []byte, n string) bool {
	t := string(text)
	for from := 0; ; {
		i := strings.Index(t[from:], n)
		if i < 0 {
			return false
		}
		i += from
		before, after := byte(' '), byte(' ')
		if i > 0 {
			before = t[i-1]
		}
		if j := i + len(n); j < len(t) {
			after = t[j]
		}
		if !(before >= '0' && before <= '9') && !(after >= '0' && after <= '9' || after == '/' && strings.Count(n, "/") == 0) {
			return true
		}
		from = i + 1
	}
}

// linkFloors holds cited-by to the UN's links on the library at root: for
// the n symbols linked from most documents, recall and precision over all
// (symbol, language) pairs at least the floors.
func linkFloors(t *testing.T, root string, n int, recallFloor, precisionFloor float64) {
	l, _ := newTestLibrary(t, root)
	s := scan(t, l)
	t.Logf("indexed %d documents in %v", s.Documents, s.Elapsed)
	docs, err := l.Documents(Filter{})
	if err != nil {
		t.Fatal(err)
	}
	type doc struct {
		lang string
		self map[string]bool
	}
	byPath := map[string]doc{}
	for _, d := range docs {
		self := map[string]bool{}
		for _, k := range cite.Keys(d.Symbol) {
			self[k] = true
		}
		byPath[d.Path] = doc{lang: d.Language, self: self}
	}
	// gold[key][lang] is the set of files linking key.
	gold := map[string]map[string]map[string]bool{}
	for path, d := range byPath {
		if !strings.HasSuffix(path, ".xml") {
			continue
		}
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range hrefRE.FindAllSubmatch(b, -1) {
			key := linkedKey(string(m[1]))
			if key == "" || d.self[key] {
				continue
			}
			if gold[key] == nil {
				gold[key] = map[string]map[string]bool{}
			}
			if gold[key][d.lang] == nil {
				gold[key][d.lang] = map[string]bool{}
			}
			gold[key][d.lang][path] = true
		}
	}
	type ranked struct {
		key string
		n   int
	}
	var top []ranked
	for k, byLang := range gold {
		c := 0
		for _, files := range byLang {
			c += len(files)
		}
		top = append(top, ranked{k, c})
	}
	sort.Slice(top, func(i, j int) bool {
		if top[i].n != top[j].n {
			return top[i].n > top[j].n
		}
		return top[i].key < top[j].key
	})
	if len(top) > n {
		top = top[:n]
	}
	var linked, foundLinked, found int
	var misses, extras, wrong []string
	for _, r := range top {
		for lang, files := range gold[r.key] {
			citers, err := l.CitedBy(r.key, lang)
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]bool{}
			for _, c := range citers {
				got[c.Path] = true
			}
			for f := range files {
				linked++
				if got[f] {
					foundLinked++
				} else {
					misses = append(misses, fmt.Sprintf("%s (%s) in %s", r.key, lang, filepath.Base(f)))
				}
			}
			for f := range got {
				found++
				if files[f] {
					continue
				}
				what := fmt.Sprintf("%s (%s) in %s", r.key, lang, filepath.Base(f))
				extras = append(extras, what)
				b, err := os.ReadFile(f)
				if err != nil {
					t.Fatal(err)
				}
				if !holdsNumber(b, numberOf(r.key)) {
					wrong = append(wrong, what)
				}
			}
		}
	}
	recall := float64(foundLinked) / float64(max(1, linked))
	precision := float64(found-len(wrong)) / float64(max(1, found))
	t.Logf("%d symbols: recall %.4f (%d of %d linked documents found), precision %.4f (%d of %d listed neither linked nor naming the number; %d not linked)",
		len(top), recall, foundLinked, linked, precision, len(wrong), found, len(extras))
	sort.Strings(misses)
	sort.Strings(extras)
	sort.Strings(wrong)
	for i, w := range wrong {
		if i < 15 {
			t.Logf("listed, neither linked nor named: %s", w)
		}
	}
	for i, m := range misses {
		if i < 15 {
			t.Logf("missed: %s", m)
		}
	}
	for i, e := range extras {
		if i < 15 {
			t.Logf("listed, not linked: %s", e)
		}
	}
	if recall < recallFloor {
		t.Errorf("recall %.4f below %.2f", recall, recallFloor)
	}
	if precision < precisionFloor {
		t.Errorf("precision %.4f below %.2f", precision, precisionFloor)
	}
}

// TestCitedByMatchesUNLinks holds the floors on the shared corpus (34
// resolutions in six languages, XML).
func TestCitedByMatchesUNLinks(t *testing.T) {
	entries, err := os.ReadDir(corpusAKN(t))
	if err != nil {
		t.Fatal(err)
	}
	var slugs []string
	for _, e := range entries {
		if e.IsDir() {
			slugs = append(slugs, e.Name())
		}
	}
	root := makeLibrary(t, slugs, []string{"ar", "en", "es", "fr", "ru", "zh"}, false)
	linkFloors(t, root, 50, 0.99, 0.98)
}

// TestCitedByMatchesUNLinksLibrary holds the floors on the whole shared
// library, when RESOLUTE_LIBRARY_TEST names it (indexing it takes a minute
// or more): RESOLUTE_LIBRARY_TEST=/root/.cache/resolute-library.
func TestCitedByMatchesUNLinksLibrary(t *testing.T) {
	root := os.Getenv("RESOLUTE_LIBRARY_TEST")
	if root == "" {
		t.Skip("RESOLUTE_LIBRARY_TEST is not set: the whole library is not indexed")
	}
	linkFloors(t, root, 50, 0.99, 0.98)
}

func TestNumberOf(t *testing.T) {
	for key, want := range map[string]string{
		"A/RES/56/214B": "56/214", "A/RES/ES-10/15": "10/15", "A/RES/1514 (XV)": "1514",
		"S/RES/1325 (2000)": "1325", "A/56/61": "56/61", "A/74/53/ADD.1": "74/53", "A/RES/3201(S-VI)": "3201",
	} {
		if got := numberOf(key); got != want {
			t.Errorf("numberOf(%q) = %q, want %q", key, got, want)
		}
	}
	if !holdsNumber([]byte("résolution 1514 (XV) du"), "1514") || holdsNumber([]byte("15140"), "1514") || holdsNumber([]byte("A/RES/56/2140"), "56/214") {
		t.Error("holdsNumber")
	}
}

func TestLinkedKey(t *testing.T) {
	tests := []struct{ href, want string }{
		{"https://undocs.org/en/A/RES/75/1", "A/RES/75/1"},
		{"https://undocs.org/A/RES/75/1", "A/RES/75/1"},
		{"http://undocs.org/fr/S/RES/2334(2016)", "S/RES/2334 (2016)"},
		{"https://docs.un.org/en/A/RES/77/128B", "A/RES/77/128B"},
		{"https://undocs.org/zh/a/res/70/1", "A/RES/70/1"},
		{"https://undocs.org/en/A/75/L.1", "A/75/L.1"},
		{"https://undocs.org/RU/A/RES/217(III)", "A/RES/217 (III)"},
		{"https://www.un.org/en/A/RES/75/1", ""},
	}
	for _, tt := range tests {
		if got := linkedKey(tt.href); got != tt.want {
			t.Errorf("linkedKey(%q) = %q, want %q", tt.href, got, tt.want)
		}
	}
}
