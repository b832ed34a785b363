package content

import (
	"strings"
	"unicode"
)

// The organs' English names.
const (
	organGA     = "General Assembly"
	organSC     = "Security Council"
	organECOSOC = "Economic and Social Council"
	organHRC    = "Human Rights Council"
)

// organNames maps each organ's name, as printed in a masthead or an enacting
// formula in any of the six languages (articles removed, lower case), to its
// English name.
func organNames() map[string]string {
	return map[string]string{
		"general assembly": organGA, "assemblée générale": organGA, "asamblea general": organGA,
		"генеральная ассамблея": organGA, "الجمعية العامة": organGA, "大会": organGA,
		"security council": organSC, "conseil de sécurité": organSC, "consejo de seguridad": organSC,
		"совет безопасности": organSC, "مجلس الأمن": organSC, "安全理事会": organSC, "安理会": organSC,
		"economic and social council": organECOSOC, "conseil économique et social": organECOSOC,
		"consejo económico y social": organECOSOC, "экономический и социальный совет": organECOSOC,
		"المجلس الاقتصادي والاجتماعي": organECOSOC, "经济及社会理事会": organECOSOC,
		"human rights council": organHRC, "conseil des droits de l'homme": organHRC,
		"consejo de derechos humanos": organHRC, "совет по правам человека": organHRC,
		"مجلس حقوق الإنسان": organHRC, "人权理事会": organHRC,
	}
}

// organKey reduces a line to the form organNames uses: no italics, no final
// comma, no leading article, lower case, one space between words.
func organKey(line string) string {
	s := strings.ReplaceAll(line, "*", "")
	s = strings.ReplaceAll(s, "’", "'")
	s = stripHarakat(strings.ReplaceAll(s, "ـ", "")) // Arabic tatweel and vowel marks ("إنّ")
	s = strings.Join(strings.Fields(s), " ")
	s = strings.TrimRight(s, " ,،，:")
	s = strings.ToLower(s)
	for _, art := range []string{"the ", "l'", "le ", "la ", "el ", "إن "} {
		if strings.HasPrefix(s, art) {
			s = strings.TrimSpace(s[len(art):])
			break
		}
	}
	return s
}

// hasArticle reports whether an organ's name opens with the article an
// enacting formula has and a masthead lacks.
func hasArticle(t string) bool {
	t = stripHarakat(t)
	for _, art := range []string{"The ", "L’", "L'", "Le ", "La ", "El ", "إن "} {
		if strings.HasPrefix(t, art) {
			return true
		}
	}
	return false
}

// formulaOrgan reports whether line is an enacting formula ("The General
// Assembly,", "إن مجلس الأمن،", "大会，") and the organ it names.
func formulaOrgan(line string, names map[string]string) (string, bool) {
	t := trimFormat(strings.ReplaceAll(line, "*", ""))
	if t == "" || len(t) > 80 {
		return "", false
	}
	switch {
	case strings.HasSuffix(t, ","), strings.HasSuffix(t, "،"), strings.HasSuffix(t, "，"):
	case hasArticle(t):
		// "The General Assembly" without its comma, as PDF text sometimes has it
	default:
		return "", false
	}
	return lookupOrgan(names, organKey(t))
}

// lookupOrgan finds an organ by its key, or by the key without its spaces
// when the line lost one ("L’Assembléegénérale," in the French
// A/RES/75/112).
func lookupOrgan(names map[string]string, key string) (string, bool) {
	if o, ok := names[key]; ok {
		return o, true
	}
	if strings.Contains(key, " ") || key == "" {
		return "", false
	}
	for k, o := range names {
		if strings.Contains(k, " ") && strings.ReplaceAll(k, " ", "") == key {
			return o, true
		}
	}
	return "", false
}

// bareFormulaOrgan reports whether a line is an organ's name and nothing
// else ("*Генеральная Ассамблея*", "大会"): an enacting formula that lost
// its comma, in a language whose formula has no article to tell it from
// the masthead's organ line. italic reports whether the whole line is set
// in italics (*…*), which a masthead line never is.
func bareFormulaOrgan(line string, names map[string]string) (organ string, italic bool, ok bool) {
	t := strings.TrimSpace(line)
	italic = len(t) > 2 && t[0] == '*' && strings.HasSuffix(strings.TrimRight(t, " ,،，"), "*")
	t = trimFormat(stripItalics(t))
	if t == "" || len(t) > 80 || strings.Contains(t, "*") {
		return "", false, false
	}
	organ, ok = names[organKey(t)]
	return organ, italic, ok
}

// stripHarakat removes the Arabic vowel marks (fatha to sukun, the shadda
// among them, and the dagger alif) a formula sometimes carries: "إنّ
// الجمعية العامة" is "إن الجمعية العامة".
func stripHarakat(s string) string {
	if !strings.ContainsFunc(s, isHaraka) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isHaraka(r) {
			return -1
		}
		return r
	}, s)
}

// isHaraka reports whether r is an Arabic vowel mark.
func isHaraka(r rune) bool { return r >= 0x064B && r <= 0x065F || r == 0x0670 }

// trimFormat trims spaces and invisible format characters (the
// left-to-right mark after "大会，" in the UN's Chinese files) from both
// ends of s.
func trimFormat(s string) string {
	return strings.TrimFunc(s, func(r rune) bool { return unicode.IsSpace(r) || unicode.Is(unicode.Cf, r) })
}
