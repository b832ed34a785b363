package library

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"resolute/compare"
	"resolute/content"
	"resolute/content/cite"
	"resolute/library/store"
)

// ErrNoPredecessor says the library holds no resolution a document follows
// in its series.
var ErrNoPredecessor = errors.New("no predecessor in the library")

// ErrNoDraft says a document names no draft (its XML's workflow has none,
// or it is not XML).
var ErrNoDraft = errors.New("names no draft")

// citedTitle is the title similarity (compare.Similarity, the Dice
// coefficient of the titles' word bigrams) at which a resolution that the
// later one cites is of its series; tieTitle is how far apart two
// similarities count as the same.
const (
	citedTitle = 0.5
	tieTitle   = 0.05
)

// Predecessor returns the resolution that the library's document answering
// symbol follows in its series: last session's resolution on the same
// subject, which it usually cites as its predecessor. It is in the language
// of the document Find picks for symbol and lang.
//
// The rule. For a resolution of the General Assembly, the candidates are
// the Assembly's resolutions of an earlier session (of the same session
// and adopted before it, for an emergency or special session) of the same
// series: their titles are the same but for numbers ("… on the work of its
// seventy-fourth session" after "… seventy-third session", "Unforeseen and
// extraordinary expenses for 2025" after "… for 2024"; case, punctuation
// and white space set aside), or the resolution cites the candidate and
// their titles are alike (see citedTitle: "Freedom of religion or belief"
// after "Freedom of religion and belief"). The predecessor is the candidate
// of the latest session; within it, the one whose title is the most alike,
// then the one cited, then the newest. Agenda item numbers are not
// compared: the Assembly numbers its agenda anew every session. For a
// resolution of the Security Council, whose titles are only their numbers,
// the predecessor is the newest resolution adopted before it on the same
// agenda item ("The situation in Cyprus") that it cites: a Council
// resolution recalls the one it renews, and the Council renews some
// mandates twice a year, so it is not sought only in earlier years. For
// other organs, the General Assembly's rule without sessions.
//
// The series is decided on the English text when the library holds the
// document in English (so that the answer is the same in every language),
// then, if that finds none (a predecessor held only in other languages),
// on the text of the language found. The error wraps ErrNotHeld when the library
// holds no document answering symbol, ErrNoPredecessor when none precedes
// it, and names the languages held when the predecessor is not held in
// the language asked for.
func (l *Library) Predecessor(symbol, lang string) (Entry, error) {
	e, err := l.Find(symbol, lang)
	if err != nil {
		return Entry{}, err
	}
	db, err := l.store()
	if err != nil {
		return Entry{}, err
	}
	ctx := context.Background()
	key, _ := cite.Canonical(symbol)
	recs, err := db.Lookup(ctx, key)
	if err = l.damaged(err); err != nil {
		return Entry{}, err
	}
	for _, rec := range decidingRecords(recs, e.Language, e.Path) {
		p, err := l.predecessorOfRecord(ctx, db, rec, e.Language, symbol)
		if !errors.Is(err, ErrNoPredecessor) {
			return p, err
		}
	}
	return Entry{}, fmt.Errorf("%s: %w", symbol, ErrNoPredecessor)
}

// PredecessorOf returns the predecessor (see Predecessor) of a document
// that may not be in the library, such as a file opened by its path, in
// the document's language. When the library holds the document's symbol in
// some language, the series is decided on that record as Predecessor does;
// otherwise on the document itself, with the citations it holds.
func (l *Library) PredecessorOf(d *content.Document) (Entry, error) {
	key, ok := cite.Canonical(d.Symbol)
	if !ok {
		return Entry{}, fmt.Errorf("the document has no symbol: %w", ErrNoPredecessor)
	}
	db, err := l.store()
	if err != nil {
		return Entry{}, err
	}
	ctx := context.Background()
	recs, err := db.Lookup(ctx, key)
	if err = l.damaged(err); err != nil {
		return Entry{}, err
	}
	held := false // in the document's language
	for _, rec := range decidingRecords(recs, d.Language, "") {
		p, err := l.predecessorOfRecord(ctx, db, rec, d.Language, d.Symbol)
		if !errors.Is(err, ErrNoPredecessor) {
			return p, err
		}
		held = held || rec.Lang == d.Language
	}
	if held {
		return Entry{}, fmt.Errorf("%s: %w", d.Symbol, ErrNoPredecessor)
	}
	var keys []string
	for _, c := range d.Citations {
		if k, ok := cite.Canonical(c.Symbol); ok {
			keys = append(keys, k)
		}
	}
	cited, err := db.LookupKeys(ctx, keys)
	if err = l.damaged(err); err != nil {
		return Entry{}, err
	}
	return l.predecessor(ctx, db, subjectOf(recordMeta(d, "")), cited, d.Language, d.Symbol)
}

// predecessorOfRecord applies the series rule to an indexed document, with
// the citations the index holds of it, and returns the predecessor in
// language lang.
func (l *Library) predecessorOfRecord(ctx context.Context, db *store.DB, rec store.Record, lang, symbol string) (Entry, error) {
	cited, err := db.Cited(ctx, rec.ID)
	if err = l.damaged(err); err != nil {
		return Entry{}, err
	}
	return l.predecessor(ctx, db, subjectOf(rec), cited, lang, symbol)
}

// decidingRecords are the records of a document that the series is
// decided on, in turn: its English text (the XML first), then its text in
// language lang (the one at path, else the XML first) when lang is not
// English.
func decidingRecords(recs []store.Record, lang, path string) []store.Record {
	pick := func(l, path string) (store.Record, bool) {
		var best store.Record
		rank := 99
		for _, r := range recs {
			if r.Lang != l {
				continue
			}
			n := kindRank(r.Kind)
			if r.Path == path {
				n = -1
			}
			if n < rank {
				best, rank = r, n
			}
		}
		return best, rank < 99
	}
	var out []store.Record
	if r, ok := pick("en", path); ok {
		out = append(out, r)
	}
	if lang != "en" && lang != "" {
		if r, ok := pick(lang, path); ok {
			out = append(out, r)
		}
	}
	return out
}

// symbolSet is the set of the records' symbols.
func symbolSet(recs []store.Record) map[string]bool {
	out := make(map[string]bool, len(recs))
	for _, r := range recs {
		out[r.Symbol] = true
	}
	return out
}

// subject is what the series rule knows of the document whose predecessor
// is sought.
type subject struct {
	symbol, key         string
	organ, lang         string
	session, year, date string
	title, agenda       string
	sessionNum          int  // the session's number, when numbered
	numbered            bool // a regular session of the General Assembly
	assembly, security  bool // a resolution of the General Assembly, of the Security Council
}

func subjectOf(r store.Record) subject {
	s := subject{symbol: r.Symbol, organ: r.Organ, lang: r.Lang, session: r.Session, year: r.Year, date: r.Date,
		title: r.Title, agenda: r.Agenda}
	s.key, _ = cite.Canonical(r.Symbol)
	s.sessionNum, s.numbered = sessionNumber(r.Session)
	s.assembly = strings.HasPrefix(s.key, "A/RES/")
	s.security = strings.HasPrefix(s.key, "S/RES/")
	return s
}

// sessionNumber reads a regular session's number ("78"); ok is false for
// an emergency or special session ("ES-10") or none.
func sessionNumber(s string) (int, bool) {
	n, err := strconv.Atoi(s)
	return n, err == nil
}

// predecessor applies the series rule to s, which cites the documents
// cited, and returns the one chosen in language lang.
func (l *Library) predecessor(ctx context.Context, db *store.DB, s subject, cited []store.Record, lang, symbol string) (Entry, error) {
	best, ok, err := l.choose(ctx, db, s, cited)
	if err != nil {
		return Entry{}, err
	}
	if !ok {
		return Entry{}, fmt.Errorf("%s: %w", symbol, ErrNoPredecessor)
	}
	if lang == "" {
		lang = best.Lang
	}
	return l.Find(best.Symbol, lang) // its XML, when held both as XML and as text
}

// choose finds the predecessor of s by the series rule: among what it
// cites for the Security Council; session by session, the latest first,
// for the General Assembly's regular sessions; among the documents of its
// organ adopted before it otherwise.
func (l *Library) choose(ctx context.Context, db *store.DB, s subject, cited []store.Record) (store.Record, bool, error) {
	citedSymbols := symbolSet(cited)
	switch {
	case s.security:
		var best store.Record
		ok := false
		for _, r := range cited {
			if r.Lang == s.lang && r.Organ == s.organ && strings.HasPrefix(r.Symbol, "S/RES/") && r.Symbol != s.symbol &&
				s.agenda != "" && sameAgenda(s.agenda, r.Agenda) && earlierDate(r, s) && (!ok || newer(r, best)) {
				best, ok = r, true
			}
		}
		return best, ok, nil
	case s.numbered:
		sessions, err := db.Sessions(ctx, s.organ, s.lang)
		if err = l.damaged(err); err != nil {
			return store.Record{}, false, err
		}
		var nums []int
		for _, x := range sessions {
			if n, ok := sessionNumber(x); ok && n < s.sessionNum {
				nums = append(nums, n)
			}
		}
		slices.Sort(nums)
		for i := len(nums) - 1; i >= 0; i-- {
			recs, err := db.InSession(ctx, s.organ, s.lang, strconv.Itoa(nums[i]))
			if err = l.damaged(err); err != nil {
				return store.Record{}, false, err
			}
			if best, ok := choosePredecessor(s, recs, citedSymbols); ok {
				return best, true, nil
			}
		}
		return store.Record{}, false, nil
	}
	date := s.date
	if date == "" {
		date = "9999" // every dated document
	}
	earlier, err := db.Earlier(ctx, s.organ, s.lang, date)
	if err = l.damaged(err); err != nil {
		return store.Record{}, false, err
	}
	best, ok := choosePredecessor(s, earlier, citedSymbols)
	return best, ok, nil
}

// earlierDate reports whether r was adopted before s: by date, else by
// year.
func earlierDate(r store.Record, s subject) bool {
	if s.date != "" && r.Date != "" {
		return r.Date < s.date
	}
	return r.Year != "" && s.year != "" && r.Year < s.year
}

// earlierDoc is an earlier document that may be the predecessor.
type earlierDoc struct {
	rec        store.Record
	similarity float64
	cited      bool
	session    int
}

// choosePredecessor applies the series rule (see Predecessor) to s among
// candidates, documents of its organ and language; cited holds the symbols
// s cites. It does not apply to the Security Council.
func choosePredecessor(s subject, candidates []store.Record, cited map[string]bool) (store.Record, bool) {
	if s.title == "" {
		return store.Record{}, false
	}
	words := seriesWords(s.title)
	var best *earlierDoc
	for _, r := range candidates {
		key, _ := cite.Canonical(r.Symbol)
		if key == s.key || key == "" {
			continue
		}
		c := earlierDoc{rec: r, cited: cited[r.Symbol]}
		if s.assembly {
			n, numbered := sessionNumber(r.Session)
			switch {
			case !strings.HasPrefix(key, "A/RES/"):
				continue
			case s.numbered && (!numbered || n >= s.sessionNum):
				continue
			case !s.numbered && (r.Session != s.session || !earlierDate(r, s)):
				continue
			}
			c.session = n
		}
		c.similarity = compare.Similarity(s.title, r.Title)
		same := words != "" && seriesWords(r.Title) == words
		if !same && !(c.cited && c.similarity >= citedTitle) {
			continue
		}
		if best == nil || better(c, *best) {
			best = &c
		}
	}
	if best == nil {
		return store.Record{}, false
	}
	return best.rec, true
}

// better reports whether candidate a is a better predecessor than b: of a
// later session, else of a title more alike, else cited when b is not,
// else newer.
func better(a, b earlierDoc) bool {
	if a.session != b.session {
		return a.session > b.session
	}
	if d := a.similarity - b.similarity; d > tieTitle || d < -tieTitle {
		return d > 0
	}
	if a.cited != b.cited {
		return a.cited
	}
	return newer(a.rec, b.rec)
}

// seriesWords is a title as its series keeps it: its words, lower case,
// without numbers ("2025", "5th", and the English number words and
// ordinals: "seventy-fourth", "second"), joined by spaces; "" for a title
// of numbers only.
func seriesWords(title string) string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(title), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsMark(r)
	}) {
		if !strings.ContainsFunc(w, unicode.IsDigit) && !numberWords[w] {
			out = append(out, w)
		}
	}
	return strings.Join(out, " ")
}

// numberWords are the English words of numbers and ordinals, which change
// from one resolution of a series to the next ("the seventy-fourth
// session", "the Fifth Conference").
var numberWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`one two three four five six seven eight nine ten eleven twelve thirteen fourteen
		fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred
		first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth
		fifteenth sixteenth seventeenth eighteenth nineteenth twentieth thirtieth fortieth fiftieth sixtieth
		seventieth eightieth ninetieth hundredth`) {
		m[w] = true
	}
	return m
}()

// newer reports whether a was adopted after b (by date, then by number).
func newer(a, b store.Record) bool {
	if c := cmp.Compare(a.Date, b.Date); c != 0 {
		return c > 0
	}
	return resolutionNumber(a.Symbol) > resolutionNumber(b.Symbol)
}

// resolutionNumber is the number of a resolution within its session or
// series: 185 for A/RES/78/185, 2334 for S/RES/2334 (2016).
func resolutionNumber(symbol string) int {
	s := strings.TrimPrefix(strings.TrimPrefix(symbol, "A/RES/"), "S/RES/")
	if i := strings.LastIndexByte(s, '/'); i >= 0 {
		s = s[i+1:]
	}
	end := 0
	for end < len(s) && s[end] >= '0' && s[end] <= '9' {
		end++
	}
	n, _ := strconv.Atoi(s[:end])
	return n
}

// sameAgenda reports whether two agenda items read the same, case, white
// space and a final full stop set aside.
func sameAgenda(a, b string) bool {
	norm := func(s string) string {
		return strings.TrimSuffix(strings.ToLower(strings.Join(strings.Fields(s), " ")), ".")
	}
	return norm(a) == norm(b)
}

// Draft returns the draft that the library's document answering symbol
// names (the draft symbol of its XML's workflow, such as A/75/L.10), in
// the language of the document Find picks for symbol and lang. The error
// wraps ErrNoDraft when the document names none, and ErrNotHeld when the
// library does not hold the draft (the UN's repositories of adopted
// resolutions hold no drafts).
func (l *Library) Draft(symbol, lang string) (Entry, error) {
	e, err := l.Find(symbol, lang)
	if err != nil {
		return Entry{}, err
	}
	return l.draft(e.Symbol, e.Draft, e.Language)
}

// DraftOf returns the draft (see Draft) that a document, which may not be
// in the library, names, in the document's language.
func (l *Library) DraftOf(d *content.Document) (Entry, error) {
	draft := ""
	if d.Meta != nil {
		draft = d.Meta.Draft
	}
	return l.draft(d.Symbol, draft, d.Language)
}

func (l *Library) draft(symbol, draft, lang string) (Entry, error) {
	if draft == "" {
		return Entry{}, fmt.Errorf("%s %w", orUnnamed(symbol), ErrNoDraft)
	}
	e, err := l.Find(draft, lang)
	if errors.Is(err, ErrNotHeld) {
		return Entry{}, fmt.Errorf("%s: its draft %w", orUnnamed(symbol), err)
	}
	return e, err
}

// orUnnamed names a document by its symbol in a message.
func orUnnamed(symbol string) string {
	if symbol == "" {
		return "the document"
	}
	return symbol
}
