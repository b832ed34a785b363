package library

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"resolute/library/store"
)

// seriesLibrary indexes testdata/series: made-up resolutions of a few
// series over three sessions, a Council renewal, and a draft.
func seriesLibrary(t *testing.T) *Library {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("testdata", "series"))
	if err != nil {
		t.Fatal(err)
	}
	l, _ := newTestLibrary(t, dir)
	scan(t, l)
	return l
}

func TestPredecessor(t *testing.T) {
	l := seriesLibrary(t)
	tests := []struct {
		symbol, lang string
		want, lang2  string // the predecessor's symbol and language
		err          error
	}{
		// cites its predecessor, and a resolution of a similar title
		{"A/RES/85/20", "en", "A/RES/84/12", "en", nil},
		{"85/20", "", "A/RES/84/12", "en", nil},
		// decided on the English text, given in French
		{"A/RES/85/20", "fr", "A/RES/84/12", "fr", nil},
		{"A/RES/84/12", "fr", "", "", ErrNotHeld}, // A/RES/83/10 is held in English only
		{"A/RES/84/12", "en", "A/RES/83/10", "en", nil},
		// English finds none: the predecessor is held in Spanish only
		{"A/RES/84/7", "es", "A/RES/82/7", "es", nil},
		{"A/RES/84/7", "en", "", "", ErrNoPredecessor},
		// the first of its series
		{"A/RES/83/10", "en", "", "", ErrNoPredecessor},
		// by its title alone: "… seventy-sixth session" after "… seventy-fifth session"
		{"A/RES/85/30", "", "A/RES/84/31", "en", nil},
		// two of its title in the session before: the one it cites
		{"A/RES/85/50", "", "A/RES/84/51", "en", nil},
		// it cites a resolution of another title only
		{"A/RES/85/60", "", "", "", ErrNoPredecessor},
		// the Council: the newest cited resolution on the same agenda item
		{"S/RES/2815 (2026)", "", "S/RES/2770 (2025)", "en", nil},
		{"S/RES/2770 (2025)", "", "", "", ErrNoPredecessor},
		// not in the library
		{"A/RES/85/99", "", "", "", ErrNotHeld},
	}
	for _, tt := range tests {
		e, err := l.Predecessor(tt.symbol, tt.lang)
		if tt.err != nil {
			if !errors.Is(err, tt.err) {
				t.Errorf("Predecessor(%q, %q) = %v, %v; want an error wrapping %v", tt.symbol, tt.lang, e.Symbol, err, tt.err)
			}
			continue
		}
		if err != nil || e.Symbol != tt.want || e.Language != tt.lang2 {
			t.Errorf("Predecessor(%q, %q) = %q (%s), %v; want %q (%s)", tt.symbol, tt.lang, e.Symbol, e.Language, err, tt.want, tt.lang2)
		}
	}
	if _, err := l.Predecessor("A/RES/84/12", "fr"); err == nil || !strings.Contains(err.Error(), "A/RES/83/10") || !strings.Contains(err.Error(), "held in en") {
		t.Errorf("a predecessor held in another language: %v", err)
	}
}

func TestPredecessorOf(t *testing.T) {
	l := seriesLibrary(t)
	// A document of the library, opened from its file.
	o, err := Open(filepath.Join("testdata", "series", "a-res-85-20.fr.xml"), OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if e, err := l.PredecessorOf(o.Doc); err != nil || e.Symbol != "A/RES/84/12" || e.Language != "fr" {
		t.Errorf("PredecessorOf(85/20 in French) = %q (%s), %v", e.Symbol, e.Language, err)
	}
	// A document the library does not hold: its own title and citations.
	d := *o.Doc
	d.Symbol, d.Language = "A/RES/86/20", "en"
	d.Title = "Cooperation between the United Nations and the Black Sea Economic Cooperation Organization"
	if e, err := l.PredecessorOf(&d); err != nil || e.Symbol != "A/RES/85/20" || e.Language != "en" {
		t.Errorf("PredecessorOf(a new 86/20) = %q (%s), %v", e.Symbol, e.Language, err)
	}
	d.Symbol = ""
	if _, err := l.PredecessorOf(&d); !errors.Is(err, ErrNoPredecessor) {
		t.Errorf("PredecessorOf(no symbol) = %v", err)
	}
}

func TestDraft(t *testing.T) {
	l := seriesLibrary(t)
	e, err := l.Draft("85/20", "en")
	if err != nil || e.Symbol != "A/85/L.5" || !strings.HasSuffix(e.Path, "a-85-l-5.en.xml") {
		t.Errorf("Draft(85/20) = %+v, %v", e, err)
	}
	// Named, but not held: the library holds no A/84/L.9.
	if _, err := l.Draft("84/12", "en"); !errors.Is(err, ErrNotHeld) || !strings.Contains(err.Error(), "A/RES/84/12: its draft A/84/L.9: not in the library") {
		t.Errorf("Draft(84/12) = %v", err)
	}
	// Named in French, held in English only.
	if _, err := l.Draft("85/20", "fr"); !errors.Is(err, ErrNotHeld) || !strings.Contains(err.Error(), "held in en") {
		t.Errorf("Draft(85/20, fr) = %v", err)
	}
	if _, err := l.Draft("83/10", ""); !errors.Is(err, ErrNoDraft) {
		t.Errorf("Draft(83/10) = %v", err)
	}
	o, err := Open(filepath.Join("testdata", "series", "a-res-85-20.en.xml"), OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if e, err := l.DraftOf(o.Doc); err != nil || e.Symbol != "A/85/L.5" {
		t.Errorf("DraftOf(85/20) = %+v, %v", e, err)
	}
}

func TestResolutionNumber(t *testing.T) {
	for symbol, want := range map[string]int{"A/RES/78/185": 185, "S/RES/2334 (2016)": 2334, "A/RES/77/128 A-B": 128, "A/RES/ES-10/22": 22, "x": 0} {
		if got := resolutionNumber(symbol); got != want {
			t.Errorf("resolutionNumber(%q) = %d, want %d", symbol, got, want)
		}
	}
}

// TestChoosePredecessor holds the rule on titles of real series of the
// General Assembly, and on neighbours that are not of one series.
func TestChoosePredecessor(t *testing.T) {
	ga := func(symbol, session, title string) store.Record {
		return store.Record{Symbol: symbol, Lang: "en", Organ: "General Assembly", Session: session, Date: "20" + session + "-12-01", Title: title}
	}
	tests := []struct {
		title, earlier string
		cited          bool
		want           bool
	}{
		{"Report of the International Law Commission on the work of its seventy-sixth session", "Report of the International Law Commission on the work of its seventy-fourth session", false, true},
		{"Credentials of representatives to the seventy-ninth session of the General Assembly", "Credentials of representatives to the seventy-eighth session of the General Assembly", false, true},
		{"Unforeseen and extraordinary expenses for 2025", "Unforeseen and extraordinary expenses for 2024", false, true},
		{"Follow-up to the Third United Nations Conference on Landlocked Developing Countries", "Follow-up to the Second United Nations Conference on Landlocked Developing Countries", false, true},
		{"Question of Bermuda", "Question of  Bermuda.", false, true},
		{"Freedom of religion or belief", "Freedom of religion and belief", true, true},
		{"Freedom of religion or belief", "Freedom of religion and belief", false, false},
		// neighbours of a family of titles, each its own series
		{"Financing of the United Nations Mission in Liberia", "Financing of the United Nations Mission in South Sudan", false, false},
		{"Cooperation between the United Nations and the Gulf Cooperation Council", "Cooperation between the United Nations and the Caribbean Community", false, false},
		{"Graduation of Bhutan from the least developed country category", "Graduation of Vanuatu from the least developed country category", false, false},
		{"2025", "2024", false, false},
	}
	for _, tt := range tests {
		s := subjectOf(ga("A/RES/80/10", "80", tt.title))
		r := ga("A/RES/79/20", "79", tt.earlier)
		_, got := choosePredecessor(s, []store.Record{r}, map[string]bool{r.Symbol: tt.cited})
		if got != tt.want {
			t.Errorf("%q after %q (cited %v): %v, want %v", tt.title, tt.earlier, tt.cited, got, tt.want)
		}
	}
	// Within a session: the title most alike, then the one cited, then the newest.
	s := subjectOf(ga("A/RES/80/10", "80", "Questions relating to information"))
	a, b, c := ga("A/RES/79/30", "79", "Questions relating to information"), ga("A/RES/79/31", "79", "Questions relating to information"), ga("A/RES/78/30", "78", "Questions relating to information")
	if got, _ := choosePredecessor(s, []store.Record{a, b, c}, nil); got.Symbol != "A/RES/79/31" {
		t.Errorf("the newest of the latest session: %s", got.Symbol)
	}
	if got, _ := choosePredecessor(s, []store.Record{a, b, c}, map[string]bool{"A/RES/79/30": true, "A/RES/78/30": true}); got.Symbol != "A/RES/79/30" {
		t.Errorf("the one cited of the latest session: %s", got.Symbol)
	}
}
