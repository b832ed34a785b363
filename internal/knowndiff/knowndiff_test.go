package knowndiff

import "testing"

// TestEntries checks that the list reads and that every entry names a
// UN symbol and one of the six languages.
func TestEntries(t *testing.T) {
	es, err := Entries()
	if err != nil {
		t.Fatal(err)
	}
	if len(es) == 0 {
		t.Fatal("no entries")
	}
	langs := map[string]bool{"ar": true, "en": true, "es": true, "fr": true, "ru": true, "zh": true}
	for k, e := range es {
		if !langs[e.Lang] || len(e.Symbol) < 6 || e.Symbol[1] != '/' {
			t.Errorf("%q: bad entry %+v", k, e)
		}
	}
	if _, ok := es[Key("A/RES/75/250 B", "ar")]; !ok {
		t.Error("Key does not match the list's symbols written with a space")
	}
}
