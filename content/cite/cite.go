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
}

// Scan returns the citations in text, written in language lang (ar, en, es,
// fr, ru, zh), in order of position. organ is the citing document's organ in
// English ("General Assembly", "Security Council"), used to resolve "its
// resolution 59/50".
func Scan(text, lang, organ string) []Match {
	l := specFor(scriptLang(text, lang))
	syms := findSymbols(text)
	out := make([]Match, 0, len(syms))
	for _, s := range syms {
		out = append(out, symbolToMatch(text, l, s))
	}
	masked := mask(text, l.lang, syms)
	if l.lang == "zh" {
		out = append(out, scanZH(masked, organ)...)
	} else {
		out = append(out, scanCued(masked, l, organ, hrcReports(syms))...)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// symbolToMatch makes a Match of a full symbol, with the date written after
// it, if any.
func symbolToMatch(text string, l *langSpec, s symbolMatch) Match {
	m := Match{Start: s.start, End: s.end, Symbol: s.symbol, Kind: "document"}
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
