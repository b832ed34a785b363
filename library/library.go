// Package library finds, among the resolutions a user keeps on disk, the one
// a citation names, so the reader can open the cited text itself.
//
// A library is a list of folders. Each .txt or .xml file in them (and one
// level of sub-folders, as in a corpus laid out symbol/lang.xml) is indexed
// by the symbol its first few kilobytes name. Indexing happens once, on first
// use, and reads at most a few kilobytes of each file.
package library

import (
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"

	"resolute/content/input"
)

// sniffSize is how much of each file is read to find its symbol.
const sniffSize = 8 << 10

// maxFiles bounds the work of indexing a large folder.
const maxFiles = 5000

// Library indexes resolutions on disk by symbol. It is safe for concurrent
// use.
type Library struct {
	dirs []string
	lang string

	once  sync.Once
	paths map[string][]string // normalised symbol → files, best first
}

// New returns a library over dirs that prefers files in language lang (an
// ISO 639-1 code) when a symbol exists in several languages.
func New(dirs []string, lang string) *Library {
	return &Library{dirs: dirs, lang: lang}
}

// Has reports whether the library holds a document with the given symbol.
func (l *Library) Has(symbol string) bool {
	return len(l.Paths(symbol)) > 0
}

// Paths returns the files holding symbol, the preferred language first.
func (l *Library) Paths(symbol string) []string {
	l.once.Do(l.index)
	return l.paths[Normalize(symbol)]
}

// Normalize reduces a symbol to the form used as the index key: upper case,
// no spaces, so that "S/RES/1631 (2005)" and "S/RES/1631(2005)" meet.
func Normalize(symbol string) string {
	var b strings.Builder
	for _, r := range strings.ToUpper(symbol) {
		switch r {
		case ' ', '\u00a0', '\u202f':
			continue
		case '\u2010', '\u2011', '\u2012', '\u2013':
			r = '-'
		}
		b.WriteRune(r)
	}
	return b.String()
}

func (l *Library) index() {
	l.paths = map[string][]string{}
	n := 0
	for _, dir := range l.dirs {
		entries, err := os.ReadDir(dir)
		if err != nil {
			continue
		}
		for _, e := range entries {
			p := filepath.Join(dir, e.Name())
			if e.IsDir() {
				sub, err := os.ReadDir(p)
				if err != nil {
					continue
				}
				for _, s := range sub {
					if !s.IsDir() && n < maxFiles {
						l.add(filepath.Join(p, s.Name()))
						n++
					}
				}
				continue
			}
			if n < maxFiles {
				l.add(p)
				n++
			}
		}
	}
	for sym, ps := range l.paths {
		sort.SliceStable(ps, func(i, j int) bool {
			return l.rank(ps[i]) < l.rank(ps[j])
		})
		l.paths[sym] = ps
	}
}

// rank orders files: the preferred language first, then text before XML.
func (l *Library) rank(path string) int {
	r := 2
	if fileLang(path) == l.lang {
		r = 0
	}
	if strings.HasSuffix(path, ".xml") {
		r++
	}
	return r
}

// fileLang reads the language from names such as "en.xml" or
// "a-res-65-122.es.txt".
func fileLang(path string) string {
	base := filepath.Base(path)
	parts := strings.Split(base, ".")
	if len(parts) >= 2 {
		l := parts[len(parts)-2]
		if len(l) == 2 {
			return strings.ToLower(l)
		}
	}
	return ""
}

func (l *Library) add(path string) {
	ext := strings.ToLower(filepath.Ext(path))
	if ext != ".txt" && ext != ".xml" {
		return
	}
	f, _, err := input.OpenRegular(path) // never a FIFO: it would block
	if err != nil {
		return
	}
	defer f.Close()
	buf := make([]byte, sniffSize)
	k, _ := io.ReadFull(f, buf)
	sym := Sniff(string(buf[:k]))
	if sym == "" {
		return
	}
	key := Normalize(sym)
	l.paths[key] = append(l.paths[key], path)
	// "A/RES/77/128 A-B" also answers to "A/RES/77/128".
	if base := letterSuffixRE.ReplaceAllString(key, "$1"); base != key {
		l.paths[base] = append(l.paths[base], path)
	}
}

// letterSuffixRE matches the letters after a resolution number: "A", "A-B".
var letterSuffixRE = regexp.MustCompile(`(\d)[A-Z](?:-[A-Z])?$`)

var (
	xmlSymbolRE  = regexp.MustCompile(`<docNumber[^>]*refersTo="#symbol"[^>]*>([^<]+)</docNumber>`)
	lineSymbolRE = regexp.MustCompile(`(?m)^[ \t]*((?:A|S|E)/(?:[A-Z0-9.\-]+/)*RES/[0-9A-Z\-/]+(?: [A-Z](?:-[A-Z])?)?(?: ?\((?:\d{4}|[IVXL]+|S-[IVXL]+|ES-[IVXL]+)\))?)[ \t]*$`)
	gaTitleRE    = regexp.MustCompile(`(?m)^[ \t]*((?:ES-|S-)?\d{1,3}/\d{1,4})\.?[ \t]`)
	scTitleRE    = regexp.MustCompile(`(?m)^[ \t]*(?:Resolution|Résolution|Resolución|Резолюция)[ \t]+(\d{1,4})[ \t]*\((\d{4})\)`)
)

// Sniff returns the symbol named at the head of a resolution's text or XML,
// or "" when it finds none.
func Sniff(head string) string {
	if m := xmlSymbolRE.FindStringSubmatch(head); m != nil {
		return strings.TrimSpace(m[1])
	}
	if m := lineSymbolRE.FindStringSubmatch(head); m != nil {
		return strings.TrimSpace(m[1])
	}
	if m := scTitleRE.FindStringSubmatch(head); m != nil {
		return "S/RES/" + m[1] + " (" + m[2] + ")"
	}
	if m := gaTitleRE.FindStringSubmatch(head); m != nil {
		return "A/RES/" + m[1]
	}
	return ""
}
