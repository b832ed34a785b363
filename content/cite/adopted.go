package cite

import (
	"regexp"
	"strconv"
	"strings"
)

// firstNumberedSession is the first General Assembly session whose
// resolutions are numbered "session/number" (the 31st, 1976). Before it the
// Assembly numbered "1654 (XVI)", so a bare "16/18" is never the Assembly's.
const firstNumberedSession = 31

// adoptedWindow is how far after a number, in bytes, "adopted by the Human
// Rights Council" is looked for.
const adoptedWindow = 240

// adoptedPhrase builds the pattern of "adopted by the <organ>" as a language
// writes it: verb, then the organ's name (submatch 1) from names, in which a
// space stands for any run of spaces and line breaks.
func adoptedPhrase(verb string, names ...string) *regexp.Regexp {
	alts := make([]string, len(names))
	for i, n := range names {
		alts[i] = strings.ReplaceAll(n, " ", ws+`+`)
	}
	return regexp.MustCompile(verb + `(` + strings.Join(alts, "|") + `)`)
}

// preAssemblyNumber reports whether p is shaped "session/number" with a
// session the General Assembly never numbered that way.
func preAssemblyNumber(p parsed) bool {
	if p.prefix != "" || p.second == "" || p.paren != "" || len(p.first) > 2 {
		return false
	}
	n, err := strconv.Atoi(p.first)
	return err == nil && n < firstNumberedSession
}

// adoptedByLater gives a number that the text has not attributed, and that
// cannot be the General Assembly's, the organ named later in its clause as
// the one that adopted it: "resolution 16/18 of 24 March 2011 and all its
// subsequent versions adopted by the Human Rights Council". The phrase is
// looked for between the number and the end of the clause (end), within
// adoptedWindow bytes, and not past a later number of the group that the
// Assembly could have adopted, which the phrase would then be about.
func (l *langSpec) adoptedByLater(s string, toks []token, end int) {
	if l.adoptedBy == nil {
		return
	}
	for i := range toks {
		t := &toks[i]
		if t.organ != "" || !preAssemblyNumber(t.p) {
			continue
		}
		stop := min(end, t.end+adoptedWindow, len(s))
		for _, u := range toks[i+1:] {
			if !preAssemblyNumber(u.p) {
				stop = min(stop, u.start)
				break
			}
		}
		if stop <= t.end {
			continue
		}
		if m := l.adoptedBy.FindStringSubmatchIndex(s[t.end:stop]); m != nil {
			t.organ, t.how = l.adoptingOrgan(s[t.end+m[2]:t.end+m[3]]), howNamed
		}
	}
}

// adoptingOrgan maps the organ's name as the adopted-by phrase writes it
// (Russian in the instrumental case) to its English name.
func (l *langSpec) adoptingOrgan(name string) string {
	name = normSpaces(name)
	for _, o := range l.byOrgans {
		if strings.EqualFold(name, o.text) {
			return o.organ
		}
	}
	return l.organOf(name)
}
