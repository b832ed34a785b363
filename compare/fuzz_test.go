package compare

import (
	"testing"

	"resolute/content"
)

// FuzzDocuments compares two texts parsed as resolutions: it must never
// panic, and the result must account for every id of both documents
// exactly once, with ops, ids and words that agree (checkResult). Seeds are
// in testdata/fuzz/FuzzDocuments.
func FuzzDocuments(f *testing.F) {
	f.Add("The General Assembly,\n\nRecalling its resolution 59/50,\n\n1. Decides to remain seized of the matter.",
		"The General Assembly,\n\n1. Decides to remain actively seized of the matter.\n\n2. Requests a report.")
	f.Add("1. 決定\n\n2. 请", "2. 请\n\n1. 決定")
	f.Add("", "1. Decides:\n(a) To act;\n(b) To report.")
	f.Fuzz(func(t *testing.T, a, b string) {
		old := content.Parse(a, content.Options{})
		new := content.Parse(b, content.Options{})
		checkResult(t, old, new, Documents(old, new))
		checkResult(t, new, old, Documents(new, old))
	})
}
