// Package idcheck compares the paragraph ids of a resolution's language
// versions, the key a parallel view aligns them by, and names each kind of
// disagreement. The measurement tests of the parsers use it.
package idcheck

import (
	"regexp"
	"sort"
	"strings"

	"resolute/content"
)

// List returns the ids of a document's resolution text in reading order:
// each part's preamble and operative paragraphs with their items.
func List(d *content.Document) []string {
	var out []string
	for _, p := range d.Parts {
		out = appendIDs(out, p.Preamble)
		out = appendIDs(out, p.Operative)
	}
	return out
}

// Numbers returns the printed numbers of a document's operative
// paragraphs in order, parts one after the other: what the document
// itself numbers, whatever the parser makes of its parts and of the rest.
// Two language versions whose Numbers differ differ in the documents.
func Numbers(d *content.Document) []string {
	var out []string
	for _, p := range d.Parts {
		for _, q := range p.Operative {
			if q.Number != nil {
				out = append(out, *q.Number)
			}
		}
	}
	return out
}

// AnnexList returns the ids of a document's annexes' paragraphs and items
// in reading order.
func AnnexList(d *content.Document) []string {
	var out []string
	for _, a := range d.Annexes {
		out = appendIDs(out, a.Paragraphs)
	}
	return out
}

// appendIDs appends the ids of ps and of their items, depth first.
func appendIDs(out []string, ps []content.Paragraph) []string {
	var items func([]content.Item)
	items = func(its []content.Item) {
		for _, it := range its {
			out = append(out, it.ID)
			items(it.Items)
		}
	}
	for _, p := range ps {
		out = append(out, p.ID)
		items(p.Items)
	}
	return out
}

// Result is how the language versions of one resolution compare.
type Result struct {
	// Same is true when every version gives the same id list.
	Same bool
	// Reference is the language whose list most versions share (English
	// on a tie).
	Reference string
	// Kinds counts the kinds of disagreement of the other versions with
	// the reference, each counted once per version: "op missing",
	// "item extra", "renamed duplicate", "order" ….
	Kinds map[string]int
	// Examples gives, per kind, one "lang: id" that shows it.
	Examples map[string]string
}

// Compare compares the id lists of the language versions of one
// resolution (language → ids).
func Compare(versions map[string][]string) Result {
	langs := make([]string, 0, len(versions))
	for l := range versions {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	count := map[string]int{}
	for _, l := range langs {
		count[strings.Join(versions[l], " ")]++
	}
	ref := ""
	for _, l := range langs {
		k := strings.Join(versions[l], " ")
		if ref == "" || count[k] > count[strings.Join(versions[ref], " ")] || count[k] == count[strings.Join(versions[ref], " ")] && l == "en" {
			ref = l
		}
	}
	r := Result{Same: len(count) <= 1, Reference: ref, Kinds: map[string]int{}, Examples: map[string]string{}}
	for _, l := range langs {
		if l == ref {
			continue
		}
		for kind, ex := range Kinds(versions[ref], versions[l]) {
			r.Kinds[kind]++
			if _, ok := r.Examples[kind]; !ok {
				r.Examples[kind] = l + ": " + ex
			}
		}
	}
	return r
}

// dupRe matches an id a parser renamed because its own was taken: "op5-2".
var dupRe = regexp.MustCompile(`-[0-9]+(\)|$)`)

// Class says what an id names: "pp", "op" (a numbered operative
// paragraph), "op_" (an unnumbered one), "item", "annex" or
// "duplicate" (an id renamed with a -N suffix).
func Class(id string) string {
	switch {
	case dupRe.MatchString(id):
		return "duplicate"
	case strings.Contains(id, "("):
		return "item"
	case strings.HasPrefix(id, "annex"):
		return "annex"
	}
	if i := strings.LastIndexByte(id, '.'); i >= 0 {
		id = id[i+1:]
	}
	switch {
	case strings.HasPrefix(id, "pp"):
		return "pp"
	case strings.Contains(id, "_"):
		return "op_"
	}
	return "op"
}

// Kinds names how got differs from ref, each kind with one id that shows
// it: "CLASS missing" for an id of ref that got lacks, "CLASS extra" for
// one only got has, "order" when both hold the same ids in another order.
func Kinds(ref, got []string) map[string]string {
	out := map[string]string{}
	in := func(l []string) map[string]bool {
		m := make(map[string]bool, len(l))
		for _, s := range l {
			m[s] = true
		}
		return m
	}
	a, b := in(ref), in(got)
	for _, id := range ref {
		if !b[id] {
			if k := Class(id) + " missing"; out[k] == "" {
				out[k] = id
			}
		}
	}
	for _, id := range got {
		if !a[id] {
			if k := Class(id) + " extra"; out[k] == "" {
				out[k] = id
			}
		}
	}
	if len(out) == 0 && strings.Join(ref, " ") != strings.Join(got, " ") {
		// The same ids, repeated or in another order.
		for i := range min(len(ref), len(got)) + 1 {
			if i == len(ref) || i == len(got) || ref[i] != got[i] {
				out["order"] = strings.Join(append(ref[min(i, len(ref)):min(i+1, len(ref))], got[min(i, len(got)):min(i+1, len(got))]...), "/")
				break
			}
		}
	}
	return out
}
