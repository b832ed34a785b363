package akn

import (
	"strconv"
	"strings"
)

// protectedNames are member-State names with "and" in them, which must not
// be split when a sponsor list is.
var protectedNames = []string{"Antigua and Barbuda", "Bosnia and Herzegovina", "Saint Kitts and Nevis", "Saint Vincent and the Grenadines", "Sao Tome and Principe", "Trinidad and Tobago", "United Kingdom of Great Britain and Northern Ireland", "Heard Island and McDonald Islands", "Turks and Caicos Islands", "Wallis and Futuna"}

// sponsors splits a sponsor list, "A, B (C of) and D", into names. A list
// that is a sentence ("submitted by the Special Committee …") is kept whole.
func sponsors(s string) []string {
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "."))
	if s == "" {
		return nil
	}
	if first, _, _ := strings.Cut(s, " "); first != "" && strings.ToLower(first[:1]) == first[:1] {
		return []string{s}
	}
	const mark = "\x00"
	for i, p := range protectedNames {
		s = strings.ReplaceAll(s, p, mark+strconv.Itoa(i)+mark)
	}
	var out []string
	depth, start := 0, 0
	add := func(x string) {
		x = strings.TrimSpace(x)
		for i, p := range protectedNames {
			x = strings.ReplaceAll(x, mark+strconv.Itoa(i)+mark, p)
		}
		if x != "" {
			out = append(out, x)
		}
	}
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(':
			depth++
		case ')':
			if depth > 0 {
				depth--
			}
		case ',':
			if depth == 0 {
				add(s[start:i])
				start = i + 1
			}
		}
	}
	last := s[start:]
	if a, c, ok := strings.Cut(last, " and "); ok && strings.Count(a, "(") == strings.Count(a, ")") {
		add(a)
		add(c)
	} else {
		add(last)
	}
	return out
}
