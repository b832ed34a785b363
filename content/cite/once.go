package cite

import (
	"regexp"
	"strings"
	"sync"
)

// onceRegexp returns a function that compiles pattern on its first call and
// returns the same expression afterwards, so that loading the package
// compiles nothing. A Regexp is safe for concurrent use.
func onceRegexp(pattern string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(pattern) })
}

// onceReplacer returns a function that builds a strings.Replacer of the
// old, new pairs on its first call and returns the same one afterwards. A
// Replacer is safe for concurrent use.
func onceReplacer(oldnew ...string) func() *strings.Replacer {
	return sync.OnceValue(func() *strings.Replacer { return strings.NewReplacer(oldnew...) })
}
