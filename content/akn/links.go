package akn

import (
	"net/url"
	"strings"
)

// linkLanguages are the language segments UN document addresses carry.
var linkLanguages = map[string]bool{"en": true, "fr": true, "es": true, "ru": true, "ar": true, "zh": true, "ch": true, "sp": true, "de": true, "ot": true}

// symbolStartRe matches the first element of a UN document symbol.
var symbolStartRe = onceRegexp(`^[A-Z]{1,8}(/|$)`)

// suppRe matches the "(supp)" suffix of links to Official Records.
var suppRe = onceRegexp(`(?i)\s*\(supp\)$`)

// yearOrSessionRe matches a symbol ending such as "1631(2005)" or
// "2625(XXV)", which is printed with a space before the parenthesis.
var yearOrSessionRe = onceRegexp(`([0-9A-Za-z])\s*\(([0-9]{4}|[IVXLC]+)\)$`)

// specialSessionRe matches a symbol ending such as "1874 (S-IV)", which is
// printed without the space, as package cite writes it: one resolution,
// one symbol, whether a link or the text names it.
var specialSessionRe = onceRegexp(`([0-9])\s+\(((?:S|ES)-[IVX]+)\)$`)

// letterSuffixRe matches a lower-case letter suffix of a resolution number
// ("48/218b", "76/84a-b").
var letterSuffixRe = onceRegexp(`(\d)([a-z](?:-[a-z])?)$`)

// symbolFromHref returns the canonical document symbol a UN document
// address points to (undocs.org or docs.un.org, any language form), or ""
// when href is no such address.
func symbolFromHref(href string) string {
	href = strings.TrimSpace(href)
	if len(href) > 2000 {
		return ""
	}
	u, err := url.Parse(href)
	if err != nil || u.Host == "" {
		return ""
	}
	host := strings.ToLower(strings.TrimPrefix(strings.ToLower(u.Host), "www."))
	if host != "undocs.org" && host != "docs.un.org" {
		return ""
	}
	p := strings.Trim(u.Path, "/")
	if first, rest, ok := strings.Cut(p, "/"); ok && linkLanguages[strings.ToLower(first)] {
		p = rest
	}
	p = cleanLine(p)
	p = suppRe().ReplaceAllString(p, "")
	if !strings.Contains(p, "/") || !symbolStartRe().MatchString(strings.ToUpper(p[:min(len(p), 9)])) {
		return ""
	}
	// The first element is upper case in every symbol ("a/res/…" happens).
	if first, rest, ok := strings.Cut(p, "/"); ok {
		p = strings.ToUpper(first) + "/" + rest
	}
	if strings.Contains(strings.ToUpper(p), "/RES/") {
		p = strings.Replace(p, "/res/", "/RES/", 1)
		p = letterSuffixRe().ReplaceAllStringFunc(p, strings.ToUpper)
	}
	p = specialSessionRe().ReplaceAllString(p, "$1($2)")
	return yearOrSessionRe().ReplaceAllString(p, "$1 ($2)")
}

// organOf returns the organ a symbol belongs to, in English.
func organOf(sym string) string {
	switch {
	case strings.HasPrefix(sym, "A/HRC/"):
		return "Human Rights Council"
	case strings.HasPrefix(sym, "A/"):
		return "General Assembly"
	case strings.HasPrefix(sym, "S/"):
		return "Security Council"
	case strings.HasPrefix(sym, "E/"):
		return "Economic and Social Council"
	}
	return ""
}

// symbolFromIRI derives the symbol from the FRBR Work IRI when the cover
// page has none: ".../unga/2021-12-09/76-108/" gives "A/RES/76/108",
// ".../unsc/2024-01-10/2722-2024/" gives "S/RES/2722 (2024)".
func symbolFromIRI(top *node) string {
	w := top.find("FRBRWork")
	if w == nil || w.child("FRBRthis") == nil {
		return ""
	}
	f := strings.Split(strings.Trim(w.child("FRBRthis").attr("value"), "/"), "/")
	for i := 0; i+2 < len(f); i++ {
		if f[i] != "deliberation" {
			continue
		}
		if i+3 >= len(f) {
			return ""
		}
		num := cleanLine(f[i+3])
		switch strings.ToLower(f[i+1]) {
		case "unga":
			if k := strings.LastIndex(num, "-"); k > 0 {
				return "A/RES/" + num[:k] + "/" + num[k+1:]
			}
		case "unsc":
			if n, y, ok := strings.Cut(num, "-"); ok {
				return "S/RES/" + n + " (" + y + ")"
			}
		}
	}
	return ""
}
