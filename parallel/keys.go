package parallel

import (
	"strconv"
	"strings"

	"resolute/content"
)

// Keys returns the keys the annex paragraphs of left and right align by,
// each map keyed by paragraph id. An annex paragraph's id counts its place
// ("annex.p16"), so one line more in one version pairs every paragraph
// after it with another; keyed by the number it prints ("annex.n12"), or
// for an unnumbered one by its place after the last number
// ("annex.n12_1", "annex.n0_3" before any), as operative ids are given,
// paragraph 12 stands beside paragraph 12. A version may print no numbers
// or misprint them (the French annex II of A/RES/75/212 has none, the
// French annex of A/RES/75/290 B numbers four paragraphs "1."), so each
// annex the two versions share is keyed by number only where that pairs
// at least as many paragraphs as their ids do. Ids not in a map are their
// own keys.
func Keys(left, right *content.Document) (lk, rk map[string]string) {
	if left == nil || right == nil {
		return nil, nil
	}
	lk, rk = map[string]string{}, map[string]string{}
	for _, la := range left.Annexes {
		for _, ra := range right.Annexes {
			if ra.ID != la.ID {
				continue
			}
			lids, lkeys := numberKeys(la)
			rids, rkeys := numberKeys(ra)
			if paired(Align(lkeys, rkeys)) < paired(Align(lids, rids)) {
				continue
			}
			for i, id := range lids {
				lk[id] = lkeys[i]
			}
			for i, id := range rids {
				rk[id] = rkeys[i]
			}
		}
	}
	return lk, rk
}

// numberKeys returns the ids of a's paragraphs and the keys their numbers
// give them; a number printed twice is "annex.n1-2" the second time.
func numberKeys(a content.Annex) (ids, keys []string) {
	seen := map[string]int{}
	last, extra := "0", 0
	for _, p := range a.Paragraphs {
		var key string
		if p.Number != nil && *p.Number != "" {
			last, extra = *p.Number, 0
			key = a.ID + ".n" + last
		} else {
			extra++
			key = a.ID + ".n" + last + "_" + strconv.Itoa(extra)
		}
		seen[key]++
		if n := seen[key]; n > 1 {
			key += "-" + strconv.Itoa(n)
		}
		ids, keys = append(ids, p.ID), append(keys, key)
	}
	return ids, keys
}

// paired counts the pairs of an alignment that have both sides.
func paired(ps []Pair) int {
	n := 0
	for _, p := range ps {
		if p.L >= 0 && p.R >= 0 {
			n++
		}
	}
	return n
}

// keysOf returns the key of each of ids under keys (Keys); an id without
// one is its own key.
func keysOf(ids []string, keys map[string]string) []string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = id
		if k, ok := keys[id]; ok {
			out[i] = k
		}
	}
	return out
}

// annexKeyName names an annex key: "annex paragraph 12", "paragraph 12 of
// annex II", "the paragraph after annex paragraph 12", "unnumbered annex
// paragraph 3".
func annexKeyName(key string) (string, bool) {
	annex, local, ok := strings.Cut(key, ".n")
	if !ok || !strings.HasPrefix(annex, "annex") || local == "" || local[0] < '0' || local[0] > '9' {
		return "", false
	}
	of := func(what string) string {
		if annex == "annex" {
			return "annex " + what
		}
		return what + " of annex " + strings.TrimPrefix(annex, "annex")
	}
	num, k, unnumbered := strings.Cut(local, "_")
	switch {
	case !unnumbered:
		return of("paragraph " + num), true
	case num == "0":
		return "unnumbered " + of("paragraph "+k), true
	case k != "1":
		return "paragraph " + k + " after " + of("paragraph "+num), true
	}
	return "the paragraph after " + of("paragraph "+num), true
}
