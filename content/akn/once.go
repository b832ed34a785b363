package akn

import (
	"regexp"
	"sync"
)

// onceRegexp returns a function that compiles pattern on its first call and
// returns the same expression afterwards, so that loading the package
// compiles nothing. A Regexp is safe for concurrent use.
func onceRegexp(pattern string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(pattern) })
}
