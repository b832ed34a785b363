package cite

import (
	"regexp"
	"strings"
	"sync"
)

// Spacing and hyphen classes shared by the patterns: space, NBSP and narrow
// NBSP; ASCII hyphen and U+2010–U+2013.
const (
	sp = `[ \x{00a0}\x{202f}]`
	// ws also crosses line breaks: dates in hard-wrapped text.
	ws = `[ \t\r\n\x{00a0}\x{202f}]`
	hy = `[-\x{2010}\x{2011}\x{2012}\x{2013}]`
)

// Organ names in English, as Match.Organ reports them.
const (
	organGA     = "General Assembly"
	organSC     = "Security Council"
	organECOSOC = "Economic and Social Council"
	organHRC    = "Human Rights Council"
	organCHR    = "Commission on Human Rights"
)

// abjadLetters maps the Arabic names of resolution letters to Latin letters,
// in abjad order (reference §3.3).
const abjadLetters = "ألف:A باء:B جيم:C دال:D هاء:E واو:F زاي:G حاء:H طاء:I ياء:J كاف:K لام:L ميم:M نون:N سين:O عين:P فاء:Q صاد:R قاف:S راء:T شين:U تاء:V ثاء:W خاء:X ذال:Y ضاد:Z"

// arLetter matches one resolution letter in Arabic text.
const arLetter = `(?:ألف|باء|جيم|دال|هاء|واو|زاي|حاء|طاء|ياء|كاف|لام|ميم|نون|سين|عين|فاء|صاد|قاف|راء|شين|تاء|ثاء|خاء|ذال|ضاد|[A-Z]{1,2})`

// langSpec holds the compiled patterns of one language. Values are built
// once and never changed.
type langSpec struct {
	lang string
	// clause is the longest citation group, in bytes: 1,200 characters.
	clause int
	// cue matches the word that opens a citation group ("resolutions").
	cue *regexp.Regexp
	// anchors are literal parts of every cue, searched for first so that
	// cue runs only on small windows around them.
	anchors []string
	// token matches one cited number (59/50, 1631 (2005), 2625 (XXV)).
	token *regexp.Regexp
	// tokenHead is token anchored at the start of its input.
	tokenHead *regexp.Regexp
	// date matches a date clause at the start of its input.
	date *regexp.Regexp
	// after matches what introduces an organ's name after a number, at the
	// start of its input ("du" in "du Conseil de sécurité"); the name itself
	// is one of organs.
	after *regexp.Regexp
	// organs maps organ and body names as written to English names,
	// longest first; byFirst indexes them by their first byte.
	organs  []organName
	byFirst [256][]organEntry
	// second has, per first byte, a bit for each second byte a name
	// starting with that byte has.
	second [256][4]uint64
	// adoptedBy matches "adopted by the Human Rights Council" anywhere in
	// its input; submatch 1 is the organ's name. It attributes a number the
	// General Assembly cannot have adopted (see adoptedByLater).
	adoptedBy *regexp.Regexp
	// byOrgans maps organ names as adoptedBy writes them, when they differ
	// from organs (Russian instrumental case), to English names.
	byOrgans []organName
	// foreign names bodies outside the UN whose decisions are numbered like
	// UN ones ("decision 14/8 of the Conference of the Parties"); a group
	// that names one is skipped.
	foreign []string
	// possessive lists the words that, just before the cue, make it "its"
	// resolution.
	possessive []string
	// months lists the month names, January first; a name may hold
	// alternatives separated by "|".
	months []string
}

// organName is one way of writing an organ's name.
type organName struct{ text, organ string }

// organEntry is an organName with head, the bytes of its text before the
// first space or apostrophe (at most four), compared first, quickly.
type organEntry struct {
	organName
	head string
}

// numToken builds the bare-number pattern for a language's letters and
// conjunctions (reference §3.4).
func numToken(letter, conj string) string {
	lr := `(?:` + sp + `?(?:` + conj + `|` + hy + `)` + sp + `?` + letter + `)?`
	sc := `\d{1,4}` + ws + `?\((?:19|20)\d\d[)(]` // "(2021(": a mirrored parenthesis in RTL text
	old := `\d{1,4}` + sp + `?(?:` + letter + lr + sp + `?)?\((?:S(?:` + hy + `|` + sp + `)|ES(?:` + hy + `|` + sp + `))?[IVXL]+\)`
	mod := `(?:(?:S|ES)` + hy + `)?\d{1,4}/\d{1,3}(?:` + sp + `?` + letter + lr + `)?`
	return `(?:` + sc + `|` + old + `|` + mod + `)`
}

// arSession matches the Arabic marks of special (دإ) and emergency special
// (دإط) sessions, whose letters are sometimes spaced ("د إ ط-11/1").
const arSession = `(?:دإط|دإ|د` + sp + `إ` + sp + `ط|د` + sp + `إ)`

// arToken is the Arabic bare-number pattern: abjad letters and the Arabic
// session prefixes د, دإ and دإط.
func arToken() string {
	conj := `(?:و|إلى)`
	lr := `(?:` + sp + `?(?:` + conj + `|` + hy + `)` + sp + `?` + arLetter + `)?`
	sc := `\d{1,4}` + ws + `?\((?:19|20)\d\d[)(]` // "(2021(": a mirrored parenthesis in RTL text
	old := `\d{1,4}` + sp + `?(?:` + arLetter + lr + sp + `?)?\((?:` + arSession + `|د|S|ES)?` + sp + `?` + hy + `?` + sp + `?(?:\d{1,2}|[IVXL]+)\)`
	mod := `(?:(?:` + arSession + `|S|ES)` + sp + `?` + hy + sp + `?)?\d{1,4}/\d{1,3}(?:` + sp + `?` + arLetter + lr + `)?`
	return `(?:` + sc + `|` + old + `|` + mod + `)`
}

// latinLetter matches a resolution letter (A, AA) in Latin script, with the
// Cyrillic look-alikes Russian texts use.
const latinLetter = `[A-ZАВСЕ]{1,2}\b`

// dateRE builds a date-clause pattern: prefix, day (submatch 1), month
// name (submatch 2), suffix holding the year (submatch 3). A day pattern
// ending in "|" marks the Spanish "2 de diciembre".
func dateRE(prefix, day, months, suffix string) *regexp.Regexp {
	mid := ws + `+`
	if strings.HasSuffix(day, "|") {
		day, mid = strings.TrimSuffix(day, "|"), `[°º]?`+ws+`+de`+ws+`+`
	}
	return regexp.MustCompile(prefix + `(` + day + `)` + mid + `(` + months + `)` + suffix)
}

// specSet holds the patterns of the six languages.
type specSet struct{ en, fr, es, ru, ar, zh *langSpec }

// specs returns the patterns of the six languages, compiled on first use
// (not at package initialisation, which every start of the program would
// pay) and only read afterwards.
var specs = sync.OnceValue(newSpecs)

// newSpecs compiles the patterns of the six languages.
func newSpecs() *specSet {
	specEN := &langSpec{
		lang:    "en",
		foreign: []string{"Conference of the Parties", "COP", "World Health Assembly", "WHA", "UNESCO", "CBD", "Convention on Biological Diversity"},
		anchors: []string{"esolution", "ecision", "ESOLUTION"},
		clause:  1400,
		cue:     regexp.MustCompile(`\b(?:[Rr]esolutions?|[Dd]ecisions?|RESOLUTIONS?)\b`),
		token:   regexp.MustCompile(numToken(latinLetter, `and|to`)),
		date: dateRE(`^`+ws+`*,?`+ws+`*(?:(?:adopted|dated)`+ws+`+)?(?:of|on)`+ws+`+`, `\d{1,2}`,
			`January|February|March|April|May|June|July|August|September|October|November|December`, ws+`+(\d{4})`),
		after: regexp.MustCompile(`^` + ws + `*,?` + ws + `*(?:of|adopted` + ws + `+by)` + ws + `+(?:the` + ws + `+)?`),
		organs: []organName{{"Security Council", organSC}, {"Economic and Social Council", organECOSOC},
			{"Human Rights Council", organHRC}, {"Commission on Human Rights", organCHR}, {"General Assembly", organGA}, {"Assembly", organGA}},
		possessive: []string{"its", "their", "Its"},
		months: []string{"January", "February", "March", "April", "May", "June", "July", "August",
			"September", "October", "November", "December"},
	}
	specFR := &langSpec{
		lang:    "fr",
		foreign: []string{"Conférence des Parties", "COP", "Assemblée mondiale de la Santé", "UNESCO"},
		anchors: []string{"solution", "écision", "ÉSOLUTION"}, // "solution" in "résolution" and the English "resolution"
		clause:  1400,
		// The English word too: a footnote may quote another body's
		// document in English ("Indian Ocean Tuna Commission,
		// resolutions 12/07 and 13/07").
		cue:   regexp.MustCompile(`\b(?:[Rr]ésolutions?|[Dd]écisions?|RÉSOLUTIONS?|[Rr]esolutions?)\b`),
		token: regexp.MustCompile(numToken(latinLetter, `et|à`)),
		date: dateRE(`^`+ws+`*,?`+ws+`*(?:du|en`+ws+`+date`+ws+`+du|adoptée`+ws+`+le)`+ws+`+`, `1er|\d{1,2}`,
			`janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre`, ws+`+(\d{4})`),
		after: regexp.MustCompile(`^` + ws + `*,?` + ws + `*(?:du|de` + ws + `+la|de` + ws + `+l['’]|adoptée` + ws + `+par` + ws + `+(?:le|la|l['’]))` + ws + `*`),
		organs: []organName{{"Conseil de sécurité", organSC}, {"Conseil économique et social", organECOSOC},
			{"Conseil des droits de l’homme", organHRC}, {"Conseil des droits de l'homme", organHRC},
			{"Commission des droits de l’homme", organCHR}, {"Commission des droits de l'homme", organCHR},
			{"Assemblée générale", organGA}, {"Assemblée", organGA}},
		possessive: []string{"sa", "ses", "leur", "leurs"},
		months: []string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
			"septembre", "octobre", "novembre", "décembre"},
	}
	specES := &langSpec{
		lang:    "es",
		foreign: []string{"Conferencia de las Partes", "COP", "Asamblea Mundial de la Salud", "UNESCO"},
		anchors: []string{"esolu", "ecisi", "ESOLUCI"}, // "esolu" in "resolución" and the English "resolution"
		clause:  1400,
		cue:     regexp.MustCompile(`\b(?:[Rr]esoluci(?:ón|ones)|[Dd]ecisi(?:ón|ones)|RESOLUCI(?:ÓN|ONES)|[Rr]esolutions?\b)`),
		token:   regexp.MustCompile(numToken(latinLetter, `y|a`)),
		date: dateRE(`^`+ws+`*,?`+ws+`*(?:(?:aprobada`+ws+`+)?el|de)`+ws+`+`, `\d{1,2}|`,
			`enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre`,
			ws+`+de`+ws+`+(\d{4})`),
		after: regexp.MustCompile(`^` + ws + `*,?` + ws + `*(?:del|de` + ws + `+la|aprobada` + ws + `+por` + ws + `+(?:el|la))` + ws + `+`),
		organs: []organName{{"Consejo de Seguridad", organSC}, {"Consejo Económico y Social", organECOSOC},
			{"Consejo de Derechos Humanos", organHRC}, {"Comisión de Derechos Humanos", organCHR},
			{"Asamblea General", organGA}, {"Asamblea", organGA}},
		possessive: []string{"su", "sus"},
		months: []string{"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
			"septiembre|setiembre", "octubre", "noviembre", "diciembre"},
	}
	specRU := &langSpec{
		lang:    "ru",
		foreign: []string{"Конференции Сторон", "Конференция Сторон", "КС", "Всемирной ассамблеи здравоохранения", "ЮНЕСКО"},
		anchors: []string{"езолюци", "ешени", "ЕЗОЛЮЦИ"},
		clause:  2600,
		cue:     regexp.MustCompile(`(?:[Рр]езолюци|[Рр]ешени|РЕЗОЛЮЦИ)\p{L}*`),
		token:   regexp.MustCompile(numToken(`[A-ZАВСЕ]{1,2}`, `и`)),
		date: dateRE(`^`+ws+`*,?`+ws+`*от`+ws+`+`, `\d{1,2}`,
			`января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря`,
			ws+`+(\d{4})(?:`+ws+`*года|`+ws+`*г\.)?`),
		after: regexp.MustCompile(`^` + ws + `*,?` + ws + `*(?:принят\p{L}*` + ws + `+)?`),
		organs: []organName{{"Совета Безопасности", organSC}, {"Совет Безопасности", organSC},
			{"Экономического и Социального Совета", organECOSOC}, {"Экономический и Социальный Совет", organECOSOC},
			{"Совета по правам человека", organHRC}, {"Совет по правам человека", organHRC},
			{"Комиссии по правам человека", organCHR}, {"Генеральной Ассамблеи", organGA}, {"Генеральная Ассамблея", organGA}, {"Ассамблеи", organGA},
			// The instrumental, after "принятые" (adopted by).
			{"Советом Безопасности", organSC}, {"Экономическим и Социальным Советом", organECOSOC}, {"Советом по правам человека", organHRC},
			{"Комиссией по правам человека", organCHR}, {"Генеральной Ассамблеей", organGA}, {"Комиссия по правам человека", organCHR}},
		possessive: []string{"свою", "свои", "своей", "своих", "своим", "своими", "своем", "своём", "своё", "свое", "своего", "своему", "своем"},
		months: []string{"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
			"сентября", "октября", "ноября", "декабря"},
	}
	specAR := &langSpec{
		lang:    "ar",
		foreign: []string{"مؤتمر الأطراف", "جمعية الصحة العالمية", "اليونسكو"},
		anchors: []string{"قرار", "مقرر"},
		clause:  2600,
		cue:     regexp.MustCompile(`[وف]?(?:بال|لل|ال|ب|ل)?(?:قرار|مقرر)\p{L}*`),
		token:   regexp.MustCompile(arToken()),
		date: dateRE(`^`+ws+`*(?:،`+ws+`*)?(?:المؤرخ|المؤرخة|المؤرخين|المؤرختين|المؤرخان|المؤرختان)(?:`+ws+`+في)?`+ws+`+`, `\d{1,2}`,
			`(?:كانون`+ws+`+الثاني|شباط|آذار|أذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين`+ws+`+الأول|تشرين`+ws+`+الثاني|كانون`+ws+`+الأول)`+ws+`*/`+ws+`*(?:يناير|فبراير|مارس|أبريل|مايو|يونيه|يونيو|يوليه|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر)`,
			ws+`*(\d{4})`),
		after: regexp.MustCompile(`^` + ws + `*(?:(?:الصادر|الصادرة)` + ws + `+عن` + ws + `+|(?:الذي|التي)` + ws + `+(?:اتخذ|اعتمد)\p{L}*` + ws + `+|ل)?`),
		organs: []organName{{"مجلس الأمن", organSC}, {"المجلس الاقتصادي والاجتماعي", organECOSOC},
			{"مجلس حقوق الإنسان", organHRC}, {"لجنة حقوق الإنسان", organCHR}, {"الجمعية العامة", organGA}},
		months: []string{"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيه|يونيو", "يوليه|يوليو", "أغسطس",
			"سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"},
	}
	specZH := &langSpec{
		lang:    "zh",
		foreign: []string{"缔约方大会", "世界卫生大会", "教科文组织"},
		anchors: []string{"决议", "决定"},
		clause:  3600,
		cue:     regexp.MustCompile(`(?:号` + sp + `*)?(?:决议|决定)`),
		token:   regexp.MustCompile(numToken(`[A-Z]{1,2}`, `和|至`)),
		date:    regexp.MustCompile(`(\d{4})` + ws + `*年` + ws + `*(\d{1,2})` + ws + `*月` + ws + `*(\d{1,2})` + ws + `*日`),
		organs: []organName{{"安全理事会", organSC}, {"安理会", organSC}, {"经济及社会理事会", organECOSOC},
			{"经社理事会", organECOSOC}, {"人权理事会", organHRC}, {"人权委员会", organCHR}, {"大会", organGA}},
		possessive: []string{"其"},
	}
	specEN.adoptedBy = adoptedPhrase(`\badopted`+ws+`+by`+ws+`+the`+ws+`+`,
		"Human Rights Council", "Commission on Human Rights", "Security Council", "Economic and Social Council", "General Assembly")
	specFR.adoptedBy = adoptedPhrase(`\badopt[ée]e?s?`+ws+`+par`+ws+`+(?:le|la|l['’])`+ws+`*`,
		"Conseil des droits de l['’]homme", "Commission des droits de l['’]homme", "Conseil de sécurité", "Conseil économique et social", "Assemblée générale")
	specES.adoptedBy = adoptedPhrase(`\b(?:aprobad|adoptad)[ao]s?`+ws+`+por`+ws+`+(?:el|la)`+ws+`+`,
		"Consejo de Derechos Humanos", "Comisión de Derechos Humanos", "Consejo de Seguridad", "Consejo Económico y Social", "Asamblea General")
	specRU.adoptedBy = adoptedPhrase(`(?:принят|утвержден)\p{L}*`+ws+`+`,
		"Советом по правам человека", "Комиссией по правам человека", "Советом Безопасности", "Экономическим и Социальным Советом", "Генеральной Ассамблеей")
	specRU.byOrgans = []organName{{"Советом по правам человека", organHRC}, {"Комиссией по правам человека", organCHR},
		{"Советом Безопасности", organSC}, {"Экономическим и Социальным Советом", organECOSOC}, {"Генеральной Ассамблеей", organGA}}
	specAR.adoptedBy = adoptedPhrase(`(?:اعتمد|اتخذ|الصادر\p{L}*`+ws+`+عن|المعتمد\p{L}*`+ws+`+من)\p{L}*`+ws+`+`,
		"مجلس حقوق الإنسان", "لجنة حقوق الإنسان", "مجلس الأمن", "المجلس الاقتصادي والاجتماعي", "الجمعية العامة")
	all := &specSet{en: specEN, fr: specFR, es: specES, ru: specRU, ar: specAR, zh: specZH}
	for _, l := range []*langSpec{specEN, specFR, specES, specRU, specAR, specZH} {
		l.organs = withBodies(l.lang, l.organs)
		for _, o := range l.organs {
			head := o.text[:min(len(o.text), 4)]
			if k := strings.IndexAny(head, " '’"); k >= 0 {
				head = head[:k]
			}
			l.byFirst[o.text[0]] = append(l.byFirst[o.text[0]], organEntry{o, head})
			if len(o.text) > 1 {
				c := o.text[1]
				l.second[o.text[0]][c>>6] |= 1 << (c & 63)
			}
		}
		l.tokenHead = regexp.MustCompile(`^(?:` + l.token.String() + `)`)
	}
	return all
}

// specFor returns the patterns of lang, English for an unknown language.
func specFor(lang string) *langSpec {
	all := specs()
	switch strings.ToLower(lang) {
	case "fr":
		return all.fr
	case "es":
		return all.es
	case "ru":
		return all.ru
	case "ar":
		return all.ar
	case "zh":
		return all.zh
	}
	return all.en
}

// monthNumber returns the 1-based month of name in s's month list, or 0.
func (s *langSpec) monthNumber(name string) int {
	name = strings.ToLower(name)
	for i, m := range s.months {
		for _, alt := range strings.Split(m, "|") {
			if name == strings.ToLower(alt) {
				return i + 1
			}
		}
	}
	if s.lang == "ar" {
		// Arabic months are written "Levantine/International": match the
		// international half.
		if i := strings.LastIndex(name, "/"); i >= 0 {
			return s.monthNumber(strings.TrimSpace(strings.Trim(name[i+1:], "\u00a0\u202f")))
		}
	}
	return 0
}
