package cite

import (
	"strings"
)

// symbolPattern matches a full document symbol: A/RES/65/122, A/C.3/65/L.20/Rev.1,
// S/RES/1631 (2005), A/RES/217 A (III), S/PV.6201 (Resumption 1)
// (reference §3.4 (1)).
const symbolPattern = `\b[A-Z][A-Z0-9]{0,7}` +
	`(?:/[A-Za-z0-9](?:[A-Za-z0-9.` + `\-\x{2010}-\x{2013}` + `]*[A-Za-z0-9])?(?:\(\d{1,4}\))?)+` +
	`(?:` + sp + `[A-Z](?:` + hy + `[A-Z])?\b)?` +
	`(?:` + sp + `?\((?:\d{4}|(?:S|ES)?` + hy + `?[IVXL]+|Vol\.` + sp + `?[IVX]+|Parts?` + sp + `?[IVX]+(?:` + sp + `and` + sp + `[IVX]+)?|Resumption` + sp + `?\d+|SUPP|Supp\.?|closed)\))?` +
	`(?:/[A-Za-z0-9](?:[A-Za-z0-9.` + `\-\x{2010}-\x{2013}` + `]*[A-Za-z0-9])?(?:\(\d{1,4}\))?)*`

// odsSeries lists the first components of symbols the UN's Official
// Document System publishes. Anything else (WHA75/…, WT/L/…, AU/Dec.…) is
// not linked.
const odsSeries = " A S E T ST CRC CCPR CEDAW CERD CAT CMW CRPD CED DP TD UNEP FCCC NPT CD ICCD CTOC CAC ISBA SPLOS CLCS JIU CEB HRI UNW ECE BWC CCW APLC CCM ATT IDB LOS CTBT E/ICEF ITLOS TRADE "

// symbolMatch is one full symbol found in a text.
type symbolMatch struct {
	start, end int
	symbol     string
}

// symbolAnchoredRE is symbolPattern anchored at the start of its input,
// compiled on first use.
var symbolAnchoredRE = onceRegexp(`^(?:` + symbolPattern + `)`)

// addendumRE matches an addendum or corrigendum named after a symbol, "and
// Add.1", "y Add.1", "et Corr.2" (submatch 1).
var addendumRE = onceRegexp(`^` + sp + `*,?` + sp + `*(?:and|y|et|и|و|和|及)` + sp + `*((?:Add|Corr|Rev)\.\d{1,3})\b`)

// maxSymbol bounds the length of a symbol, in bytes.
const maxSymbol = 400

// findSymbols returns the full UN symbols in text, with joint symbols
// (A/48/486-S/26560) split into their documents. Every symbol has a slash
// at most eight bytes after its start, so only the text around slashes is
// matched, anchored: linear time on any input.
func findSymbols(text string) []symbolMatch {
	var out []symbolMatch
	next := 0 // text before next is already part of a symbol
	for p := 0; p < len(text); p++ {
		if text[p] != '/' || p < next {
			continue
		}
		s := p
		for s > 0 && p-s < 8 && isUpperOrDigit(text[s-1]) {
			s--
		}
		if s == p || s < next || text[s] < 'A' || text[s] > 'Z' || s > 0 && isWordChar(text[s-1]) {
			continue
		}
		loc := symbolAnchoredRE().FindStringIndex(text[s:min(len(text), s+maxSymbol)])
		if loc == nil {
			continue
		}
		end := s + loc[1]
		next = end
		sym := ""
		for _, part := range splitJoint(text, s, end) {
			if c, ok := canonicalSymbol(text[part[0]:part[1]]); ok {
				sym = c
				out = append(out, symbolMatch{part[0], part[1], c})
			}
		}
		// "(A/65/L.6 and Add.1)": the addendum of the same document.
		if m := addendumRE().FindStringSubmatchIndex(text[end:min(len(text), end+60)]); sym != "" && m != nil {
			out = append(out, symbolMatch{end + m[2], end + m[3], sym + "/" + text[end+m[2]:end+m[3]]})
			next = end + m[1]
		}
	}
	return out
}

func isUpperOrDigit(b byte) bool { return b >= 'A' && b <= 'Z' || isDigit(b) }

// isWordChar reports whether b is an ASCII word character, as \b sees it.
func isWordChar(b byte) bool {
	return isUpperOrDigit(b) || b >= 'a' && b <= 'z' || b == '_'
}

// splitJoint splits text[start:end] at a hyphen that starts another
// symbol: "A/79/302-S/2024/600" is two documents.
func splitJoint(text string, start, end int) [][2]int {
	var parts [][2]int
	from := start
	for i := start + 1; i < end; i++ {
		hl := hyphenLen(text[i:end])
		if hl == 0 || !isDigit(text[i-1]) {
			continue
		}
		rest := text[i+hl : end]
		slash := strings.IndexByte(rest, '/')
		if slash <= 0 || !inSeries(rest[:slash]) {
			continue
		}
		parts = append(parts, [2]int{from, i})
		from = i + hl
		i = from
	}
	return append(parts, [2]int{from, end})
}

// hyphenLen returns the byte length of the hyphen that starts s, or 0.
func hyphenLen(s string) int {
	if s == "" {
		return 0
	}
	if s[0] == '-' {
		return 1
	}
	if strings.HasPrefix(s, "\u2010") || strings.HasPrefix(s, "\u2011") ||
		strings.HasPrefix(s, "\u2012") || strings.HasPrefix(s, "\u2013") {
		return 3
	}
	return 0
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// inSeries reports whether first is the first component of a UN series.
func inSeries(first string) bool {
	return first != "" && strings.Contains(odsSeries, " "+first+" ")
}

// canonicalSymbol normalises a symbol as written (hyphens, spaces) and
// reports whether it is a UN symbol worth linking.
func canonicalSymbol(raw string) (string, bool) {
	s := normSpaces(raw)
	if !strings.ContainsAny(s, "0123456789") {
		return "", false
	}
	first := s
	if i := strings.IndexByte(s, '/'); i >= 0 {
		first = s[:i]
	}
	if !inSeries(first) || isRoman(first) {
		return "", false
	}
	if strings.HasPrefix(s, "UNEP/CBD") {
		return "", false
	}
	// "(PartI)", "(Resumption1)", "(Vol.I)" as the UN's links write them:
	// "(Part I)", "(Resumption 1)", "(Vol. I)".
	if strings.Contains(s, "(P") || strings.Contains(s, "(R") || strings.Contains(s, "(V") {
		s = qualifierSpaceRE().ReplaceAllString(s, " ($1 $2)")
	}
	// "S/RES/1631(2005)" → "S/RES/1631 (2005)".
	if i := strings.LastIndexByte(s, '('); i > 0 && s[i-1] != ' ' && sessionParenRE().MatchString(s[i:]) {
		s = s[:i] + " " + s[i:]
	}
	for _, p := range []string{"A/RES/", "S/RES/", "E/RES/", "A/HRC/RES/"} {
		if strings.HasPrefix(s, p) {
			if c, ok := resolutionFromTail(p, s[len(p):]); ok {
				return c, true
			}
		}
	}
	return s, true
}

// qualifierSpaceRE matches a parenthesised qualifier written without its
// space.
var qualifierSpaceRE = onceRegexp(` ?\((Parts?|Resumption|Vol\.) ?([IVX\d]+(?: and [IVX]+)?)\)`)

// sessionParenRE matches a final "(2005)", "(XXV)" or "(S-VI)".
var sessionParenRE = onceRegexp(`^\((?:\d{4}|(?:S-|ES-)?[IVXL]+)\)$`)

// isRoman reports whether s is a bare roman numeral (CBD's "X/2").
func isRoman(s string) bool {
	if s == "" {
		return false
	}
	return strings.Trim(s, "IVXLC") == ""
}

// spaceFolder turns NBSP and narrow NBSP into spaces and the Unicode
// hyphens U+2010–U+2013 into "-". It is read-only.
var spaceFolder = strings.NewReplacer("\u00a0", " ", "\u202f", " ", "\u2010", "-", "\u2011", "-", "\u2012", "-", "\u2013", "-")

// normSpaces folds spaces and hyphens (spaceFolder) and runs of spaces into
// one.
func normSpaces(s string) string {
	return strings.Join(strings.Fields(spaceFolder.Replace(s)), " ")
}
