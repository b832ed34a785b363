package cite

import (
	"strconv"
	"strings"
	"sync"
)

// tokenRE parses a bare number once normalised by normToken: session prefix,
// number, number after the slash, letters and the parenthesised year or
// roman session.
var tokenRE = onceRegexp(`^(?:(S|ES)-)?(\d{1,4})(?:/(\d{1,3}))?(?: ?([A-Z]{1,2})(?: ?- ?([A-Z]{1,2}))?)?(?: ?\((\d{4}|(?:S-|ES-)?[IVXL]+)\))?$`)

// parsed is a bare number taken apart.
type parsed struct {
	prefix string // "S" or "ES" for a special or emergency special session
	first  string // "59", "1631", "2019"
	second string // "50" in 59/50; "" for 1631 (2005)
	letter string // "B" in 56/214 B; "A-B" for a range
	paren  string // "2005", "XXV", "S-VI"
}

// normToken rewrites a number as written in lang into the Latin form
// tokenRE reads: Arabic letters and session marks, Cyrillic look-alike
// letters, conjunctions between letters.
func normToken(s, lang string) string {
	s = normSpaces(s)
	if lang == "ar" {
		for _, pair := range strings.Fields(abjadLetters) {
			name, latin, _ := strings.Cut(pair, ":")
			s = strings.ReplaceAll(s, name, latin)
		}
		s = strings.ReplaceAll(strings.ReplaceAll(s, "د إ", "دإ"), "إ ط", "إط")
		s = arabicSessionMarks().Replace(s)
		s = strings.ReplaceAll(s, " إلى ", "-")
		s = strings.ReplaceAll(s, "إلى", "-")
		s = strings.ReplaceAll(s, " و ", "-")
		s = strings.ReplaceAll(s, " و", "-")
		s = strings.ReplaceAll(s, "و", "-")
		s = arabicSession(s)
	}
	if strings.HasSuffix(s, "(") {
		s = s[:len(s)-1] + ")"
	}
	return tokenMarks().Replace(s)
}

// arabicSessionMarks and tokenMarks are normToken's replacers, built once
// (a Replacer is safe for concurrent use): building one per number cost more
// than using it.
var (
	arabicSessionMarks = sync.OnceValue(func() *strings.Replacer {
		return strings.NewReplacer("دإط -", "ES-", "دإ -", "S-", "دإط- ", "ES-", "دإ- ", "S-", "دإط", "ES", "دإ", "S")
	})
	tokenMarks = sync.OnceValue(func() *strings.Replacer {
		return strings.NewReplacer("(S ", "(S-", "(ES ", "(ES-", "А", "A", "В", "B", "С", "C", "Е", "E",
			" and ", "-", " to ", "-", " et ", "-", " à ", "-", " y ", "-", " a ", "-", " и ", "-",
			"和", "-", "至", "-", "( ", "(", " )", ")", "- ", "-", " -", "-")
	})
)

// arabicSession rewrites an Arabic session in parentheses, "(د-25)",
// "(S-6)", "(ES-5)", into roman numerals: "(XXV)", "(S-VI)", "(ES-V)".
func arabicSession(s string) string {
	open := strings.IndexByte(s, '(')
	if open < 0 || !strings.HasSuffix(s, ")") {
		return s
	}
	in := strings.TrimSpace(s[open+1 : len(s)-1])
	prefix := ""
	switch {
	case strings.HasPrefix(in, "ES"):
		prefix, in = "ES-", in[2:]
	case strings.HasPrefix(in, "S"):
		prefix, in = "S-", in[1:]
	case strings.HasPrefix(in, "د"):
		in = in[len("د"):]
	}
	in = strings.TrimLeft(in, " -")
	n, err := strconv.Atoi(in)
	if err != nil {
		return s[:open] + "(" + prefix + in + ")"
	}
	return s[:open] + "(" + prefix + roman(n) + ")"
}

// roman writes n (1–99) in roman numerals.
func roman(n int) string {
	if n <= 0 || n >= 100 {
		return strconv.Itoa(n)
	}
	tens := []string{"", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"}
	ones := []string{"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"}
	return tens[n/10] + ones[n%10]
}

// parseToken takes apart a normalised number.
func parseToken(s string) (parsed, bool) {
	m := tokenRE().FindStringSubmatch(s)
	if m == nil {
		return parsed{}, false
	}
	p := parsed{prefix: m[1], first: m[2], second: m[3], letter: m[4], paren: m[6]}
	if m[5] != "" {
		p.letter += "-" + m[5]
	}
	if p.second == "" && p.paren == "" {
		return parsed{}, false
	}
	if p.second != "" && p.paren != "" {
		return parsed{}, false
	}
	return p, true
}

// classify builds the canonical symbol of p. decision says the cue was
// "decision"; organ is the organ the text names or implies ("" when none).
func classify(p parsed, decision bool, organ string) (symbol, kind, resolvedOrgan string) {
	body := p.first
	if p.prefix != "" {
		body = p.prefix + "-" + p.first
	}
	if decision {
		s := body
		if p.second != "" {
			s += "/" + p.second
		}
		if p.letter != "" {
			s += " " + p.letter
		}
		if p.paren != "" {
			s += " (" + p.paren + ")"
		}
		if organ == organHRC && p.second != "" && len(p.first) < 4 {
			return "A/HRC/DEC/" + body + "/" + p.second, "decision", organHRC
		}
		if organ == "" {
			organ = organGA
			if len(p.first) == 4 && p.second != "" {
				organ = organECOSOC
			}
		}
		return "decision " + s, "decision", organ
	}
	if isOtherBody(organ) && p.second != "" {
		// Another body's resolution: its number in words, never a UN
		// symbol.
		s := "resolution " + body + "/" + p.second
		if p.letter != "" {
			s += " " + p.letter
		}
		return s, "resolution", organ
	}
	switch {
	case p.paren != "" && isDigit(p.paren[0]):
		return "S/RES/" + p.first + " (" + p.paren + ")", "resolution", organSC
	case p.paren != "":
		// The UN links 217 A (III) to the whole of A/RES/217 (III).
		if organ == organECOSOC {
			return "E/RES/" + p.first + " (" + p.paren + ")", "resolution", organECOSOC
		}
		if strings.Contains(p.paren, "-") {
			// The UN's gold lists write special sessions unspaced:
			// A/RES/1874(S-IV).
			return "A/RES/" + p.first + "(" + p.paren + ")", "resolution", organGA
		}
		return "A/RES/" + p.first + " (" + p.paren + ")", "resolution", organGA
	}
	tail := body + "/" + p.second + letterSuffix(p.first, p.letter)
	if len(p.first) == 4 && p.prefix == "" {
		if y, _ := strconv.Atoi(p.first); y >= 1946 {
			if organ == organCHR {
				return "E/CN.4/RES/" + tail, "resolution", organCHR
			}
			return "E/RES/" + tail, "resolution", organECOSOC
		}
	}
	if organ == organHRC {
		return "A/HRC/RES/" + tail, "resolution", organHRC
	}
	return "A/RES/" + tail, "resolution", organGA
}

// letterSuffix writes resolution letters the way the UN links them. Until
// the 54th session the lettered resolutions of one number were issued as
// one document, so the letter is dropped ("40/151 G" → A/RES/40/151). Later
// the letter is glued to the number ("56/214 B" → A/RES/56/214B), a range
// is written "76/84A-B", and the first letter of a series is dropped ("61/250
// A" → A/RES/61/250).
func letterSuffix(session, letter string) string {
	if n, err := strconv.Atoi(session); letter == "A" || err == nil && n < 55 {
		return ""
	}
	return letter
}

// resolutionFromTail canonicalises the part of a full resolution symbol
// after prefix ("A/RES/"), so that A/RES/56/214 B and resolution 56/214 B
// give the same symbol.
func resolutionFromTail(prefix, tail string) (string, bool) {
	p, ok := parseToken(normToken(tail, ""))
	if !ok {
		return "", false
	}
	organ := ""
	switch prefix {
	case "E/RES/":
		organ = organECOSOC
	case "A/HRC/RES/":
		organ = organHRC
	}
	if prefix == "S/RES/" && (p.paren == "" || !isDigit(p.paren[0])) {
		return "", false
	}
	s, _, _ := classify(p, false, organ)
	if !strings.HasPrefix(s, prefix) {
		return "", false
	}
	return s, true
}
