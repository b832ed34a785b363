// Package cite finds the resolutions, decisions and documents a passage of a
// UN text cites, in any of the six official languages, and gives each its
// canonical symbol.
package cite

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
	return nil // replaced by the citation scanner
}
