// Package cite finds the resolutions, decisions and documents a passage of a
// UN text cites, in any of the six official languages, and gives each its
// canonical symbol.
//
// Canonical symbols follow the UN's own hyperlinks: "A/RES/59/50",
// "S/RES/1631 (2005)", "A/RES/2625 (XXV)" (a letter before a roman session
// is dropped: 217 A (III) is A/RES/217 (III)), "A/RES/3201(S-VI)" (special
// sessions unspaced, as in the UN's gold lists), "A/RES/S-26/2",
// "E/RES/2019/19", "A/HRC/RES/43/1". A letter after a modern number is glued
// to it, "56/214 B" → "A/RES/56/214B", a range is written "A/RES/76/84A-B",
// and the first letter of a series is dropped ("61/250 A" → "A/RES/61/250"),
// as the UN links them. Decisions are "decision 64/555" (HRC:
// "A/HRC/DEC/19/119").
package cite

import (
	"sort"
	"strings"
	"unicode"
)

// Match is one citation found in a text.
type Match struct {
	// Start and End are the byte offsets of the cited number or symbol.
	Start, End int
	// Symbol is canonical: "A/RES/59/50", "S/RES/1631 (2005)", "A/65/L.6",
	// "E/RES/2019/19", "A/HRC/RES/43/1"; for a decision "decision 64/555".
	Symbol string
	// Kind is "resolution", "decision" or "document".
	Kind string
	// Organ is the organ in English, when the text names or implies it.
	Organ string
	// Date is the ISO date written with the citation, if any ("2004-12-02").
	Date string
	// Stated is true when the text itself says whose resolution it is: a
	// full symbol, the organ named, "its resolution", or a shape only one
	// organ numbers ("1631 (2005)"). It is false when the scanner took the
	// organ from a bare number's shape alone ("59/50" read as the General
	// Assembly's), which a link to the same number may correct.
	Stated bool
}

// Scan returns the citations in text, written in language lang (ar, en, es,
// fr, ru, zh), in order of position. organ is the citing document's organ in
// English ("General Assembly", "Security Council"), used to resolve "its
// resolution 59/50".
func Scan(text, lang, organ string) []Match {
	if clean, cuts := stripInvisible(text); cuts != nil {
		// Read the text without its tatweel and invisible marks, then
		// give the offsets in the text as written.
		out := Scan(clean, lang, organ)
		for i := range out {
			out[i].Start, out[i].End = orig(cuts, out[i].Start), orig(cuts, out[i].End-1)+1
		}
		return out
	}
	l := specFor(scriptLang(text, lang))
	syms := findSymbols(text)
	out := make([]Match, 0, len(syms))
	for _, s := range syms {
		out = append(out, symbolToMatch(text, l, s))
	}
	masked := mask(text, l.lang, syms)
	if l.lang == "zh" {
		out = append(out, scanZH(masked, organ, hrcReports(syms))...)
	} else {
		out = append(out, scanCued(masked, l, organ, hrcReports(syms))...)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	sameAsBefore(out)
	return out
}

// sameAsBefore gives a number read from its shape alone the organ the text
// gave the same number earlier: "Human Rights Council resolutions 43/1 …,
// and recalling also the report … submitted pursuant to resolution 43/1".
func sameAsBefore(ms []Match) {
	var stated map[string]int
	for i := range ms {
		m := &ms[i]
		if m.Kind != "resolution" {
			continue
		}
		n := resolutionNumber(m.Symbol)
		if n == "" {
			continue
		}
		if m.Stated {
			if stated == nil {
				stated = map[string]int{}
			}
			stated[n] = i
			continue
		}
		if j, ok := stated[n]; ok {
			m.Symbol, m.Organ, m.Stated = ms[j].Symbol, ms[j].Organ, true
		}
	}
}

// resolutionNumber returns the number of a resolution symbol without its
// series: "43/1" for A/HRC/RES/43/1, A/RES/43/1 and "resolution 43/1".
func resolutionNumber(symbol string) string {
	if i := strings.Index(symbol, "/RES/"); i >= 0 {
		return symbol[i+len("/RES/"):]
	}
	return strings.TrimPrefix(symbol, "resolution ")
}

// symbolToMatch makes a Match of a full symbol, with the date written after
// it, if any.
func symbolToMatch(text string, l *langSpec, s symbolMatch) Match {
	m := Match{Start: s.start, End: s.end, Symbol: s.symbol, Kind: "document", Stated: true}
	switch {
	case strings.Contains(s.symbol, "/RES/"):
		m.Kind = "resolution"
		m.Organ = OrganOf(s.symbol)
	case strings.Contains(s.symbol, "/DEC/"):
		m.Kind = "decision"
		m.Organ = OrganOf(s.symbol)
	}
	if m.Kind != "document" {
		m.Date, _ = l.dateAfter(text[s.end:])
	}
	return m
}

// OrganOf names, in English, the organ that issues a symbol's series:
// "A/HRC/…" the Human Rights Council, "S/…" the Security Council, and so on;
// "" when the symbol does not say.
func OrganOf(symbol string) string {
	switch {
	case strings.HasPrefix(symbol, "A/HRC/"):
		return organHRC
	case strings.HasPrefix(symbol, "E/CN.4/"):
		return organCHR
	case strings.HasPrefix(symbol, "A/"):
		return organGA
	case strings.HasPrefix(symbol, "S/"):
		return organSC
	case strings.HasPrefix(symbol, "E/"):
		return organECOSOC
	}
	return ""
}

// scriptLang returns lang, unless lang is "zh" and text holds no Chinese
// character: then the language its script suggests (Arabic, Cyrillic), so
// that a mislabelled text is still read.
func scriptLang(text, lang string) string {
	if lang != "zh" {
		return lang
	}
	guess := ""
	for _, r := range text {
		switch {
		case unicode.Is(unicode.Han, r):
			return lang
		case guess == "" && unicode.Is(unicode.Arabic, r):
			guess = "ar"
		case guess == "" && unicode.Is(unicode.Cyrillic, r):
			guess = "ru"
		}
	}
	if guess == "" {
		return lang
	}
	return guess
}

// invisible lists the characters a text may carry that change no word
// for the scanner: the Arabic tatweel that stretches a word to justify a
// line ("قــرارها") and the Arabic vowel marks,
// soft hyphens, zero-width spaces and joiners, direction marks, the byte
// order mark.
const invisible = "\u0640\u00ad\u200b\u200c\u200d\u200e\u200f\u061c\ufeff\u2060" +
	// Arabic short vowels and other marks: "قرارَي" is "قراري".
	"\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670"

// stripInvisible returns text without the invisible characters, and the
// cuts made, by which offsets in clean map back to text (cuts.orig); cuts
// is nil when text holds none.
func stripInvisible(text string) (clean string, cuts []cut) {
	if !hasInvisible(text) {
		return text, nil
	}
	var b strings.Builder
	b.Grow(len(text))
	removed := 0
	for i := 0; i < len(text); {
		if n := invisibleAt(text, i); n > 0 {
			removed += n
			i += n
			if k := len(cuts); k > 0 && cuts[k-1].at == b.Len() {
				cuts[k-1].removed = removed
			} else {
				cuts = append(cuts, cut{at: b.Len(), removed: removed})
			}
			continue
		}
		b.WriteByte(text[i])
		i++
	}
	return b.String(), cuts
}

// cut records that, from offset at of the cleaned text on, removed bytes
// of the original came before.
type cut struct{ at, removed int }

// orig maps an offset of a byte in the cleaned text to its offset in the
// original.
func orig(cuts []cut, p int) int {
	k := sort.Search(len(cuts), func(i int) bool { return cuts[i].at > p }) - 1
	if k < 0 {
		return p
	}
	return p + cuts[k].removed
}

// hasInvisible reports whether text holds one of the invisible characters.
func hasInvisible(text string) bool {
	for i := 0; i < len(text); i++ {
		switch b := text[i]; {
		case b < 0xC2:
			// ASCII and continuation bytes start no invisible character.
		case b == 0xD9:
			if i+1 < len(text) {
				if c := text[i+1]; c == 0x80 || c >= 0x8B && c <= 0x92 || c == 0xB0 {
					return true
				}
			}
		case b == 0xC2 || b == 0xD8 || b == 0xE2 || b == 0xEF:
			if invisibleAt(text, i) > 0 {
				return true
			}
		}
	}
	return false
}

// invisibleAt returns the length of the invisible character (see
// invisible) that starts text[i:], or 0, from its bytes alone: this runs
// on every byte of Arabic text.
func invisibleAt(text string, i int) int {
	if i+1 >= len(text) {
		return 0
	}
	b, c := text[i], text[i+1]
	switch b {
	case 0xC2: // U+00AD
		if c == 0xAD {
			return 2
		}
	case 0xD8: // U+061C
		if c == 0x9C {
			return 2
		}
	case 0xD9: // U+0640, U+064B–U+0652, U+0670
		if c == 0x80 || c >= 0x8B && c <= 0x92 || c == 0xB0 {
			return 2
		}
	case 0xE2: // U+200B–U+200F, U+2060
		if i+2 < len(text) && (c == 0x80 && text[i+2] >= 0x8B && text[i+2] <= 0x8F || c == 0x81 && text[i+2] == 0xA0) {
			return 3
		}
	case 0xEF: // U+FEFF
		if i+2 < len(text) && c == 0xBB && text[i+2] == 0xBF {
			return 3
		}
	}
	return 0
}
