// Package knowndiff lists the language versions of the shared library
// whose text itself differs from the other versions of the same
// resolution (a paragraph missing or repeated, a number skipped, another
// resolution's text under the symbol), each read by hand. The measures of
// structure and id agreement count them apart, so that what is left is
// the parsers' own.
package knowndiff

import (
	_ "embed"
	"fmt"
	"strings"
)

//go:embed versions.tsv
var versionsTSV string

// Entry is one language version whose document differs.
type Entry struct {
	Symbol, Lang, Reason string
}

// Key returns the form Lookup matches: the symbol without spaces, a tab
// and the language.
func Key(symbol, lang string) string {
	return strings.ReplaceAll(symbol, " ", "") + "\t" + lang
}

// Entries returns every entry of the list, keyed by Key.
func Entries() (map[string]Entry, error) {
	out := map[string]Entry{}
	for i, line := range strings.Split(versionsTSV, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 || f[2] == "" {
			return nil, fmt.Errorf("versions.tsv:%d: want symbol, language and reason separated by tabs", i+1)
		}
		out[Key(f[0], f[1])] = Entry{Symbol: f[0], Lang: f[1], Reason: f[2]}
	}
	return out, nil
}
