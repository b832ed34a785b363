package content

// Document is one resolution (or several resolutions issued under one symbol),
// as read from plain text or from the UN's XML.
type Document struct {
	// Symbol is the document symbol, e.g. "A/RES/65/122" or "S/RES/1631 (2005)".
	Symbol string `json:"symbol"`
	// Language is the ISO 639-1 code of the text: ar, en, es, fr, ru or zh.
	Language string `json:"language"`
	// Organ is the adopting organ in English: "General Assembly",
	// "Security Council", "Economic and Social Council", "Human Rights Council".
	Organ string `json:"organ"`
	// Masthead holds the lines above the title.
	Masthead Masthead `json:"masthead"`
	// Number is the resolution number as printed before the title ("65/122").
	Number string `json:"number"`
	// Title is the resolution's title, without its number.
	Title string `json:"title"`
	// Formula is the enacting formula, e.g. "La Asamblea General,".
	Formula string `json:"formula"`
	// Parts holds the resolution's body. A plain resolution has one part with
	// an empty Label; a symbol holding several resolutions (A, B) or sections
	// (I, II) has one part each.
	Parts []Part `json:"parts"`
	// Closing holds the lines after the operative part: the plenary meeting
	// line and its date, or "Adopted unanimously at the 1382nd meeting.".
	Closing []string `json:"closing"`
	// Annexes are the documents annexed to the resolution.
	Annexes []Annex `json:"annexes"`
	// Footnotes holds every footnote, in order, annexes included.
	Footnotes []Footnote `json:"footnotes"`
	// Citations lists the resolutions and documents the text cites, in order
	// of first mention.
	Citations []Citation `json:"citations"`
	// Meta holds what only the UN's XML records: sponsors, vote, subjects.
	Meta *Meta `json:"meta"`
	// Diagnostics records what the parser found odd.
	Diagnostics []Diagnostic `json:"diagnostics"`
}

// Masthead is the block of lines at the head of a UN document.
type Masthead struct {
	Organ        string `json:"organ"`         // "Asamblea General"
	Distribution string `json:"distribution"`  // "Distr. general"
	IssueDate    string `json:"issue_date"`    // "10 de febrero de 2011"
	Session      string `json:"session"`       // "Sexagésimo quinto período de sesiones"
	AgendaItem   string `json:"agenda_item"`   // "Tema 122.f) del programa"
	AgendaTitle  string `json:"agenda_title"`  // the agenda item's title, when printed
	Adoption     string `json:"adoption"`      // "Resolución aprobada por la Asamblea General el 13 de diciembre de 2010"
	AdoptionDate string `json:"adoption_date"` // ISO date of adoption, "2010-12-13", when known
	Proponent    string `json:"proponent"`     // "[sin remisión previa a una Comisión Principal (A/65/L.6)]"
	Meeting      string `json:"meeting"`       // SC: "5282nd meeting"; GA: the plenary meeting line
}

// Part is one resolution or section of a document: its own preamble and
// operative paragraphs.
type Part struct {
	// Label is "" for a single-part document, otherwise the part's letter or
	// numeral as printed: "A", "B", "I", "II".
	Label string `json:"label"`
	// Heading is the part's title, if it has one.
	Heading string `json:"heading"`
	// Formula is the part's own enacting formula, when it repeats one.
	Formula   string      `json:"formula"`
	Preamble  []Paragraph `json:"preamble"`
	Operative []Paragraph `json:"operative"`
	// Closing holds a part's own plenary-meeting lines, when it has them.
	Closing []string `json:"closing"`
}

// Kind says what a paragraph is.
type Kind string

// The kinds of paragraph.
const (
	Preambular Kind = "preambular"
	Operative  Kind = "operative"
	AnnexText  Kind = "annex" // a paragraph or heading of an annex
)

// Paragraph is a preambular or operative paragraph, or a paragraph of an
// annex.
type Paragraph struct {
	// ID is the stable id: "pp3", "op5", "II.op3", "annex.p2".
	ID   string `json:"id"`
	Kind Kind   `json:"kind"`
	// Number is the printed number of an operative paragraph ("5"), or nil
	// for an unnumbered one (the only paragraph of a short resolution).
	Number *string `json:"number"`
	// Heading is a sub-heading printed just before this paragraph (a
	// subsection "A. Budget" or an annex heading), if any.
	Heading string `json:"heading"`
	// Lead is the lead phrase: "Recalling also", "Decides", "Haciendo referencia".
	Lead string `json:"lead"`
	// Text is the paragraph's text as printed, lead phrase included, without
	// its number and without markup. Footnote markers stay in it as
	// superscript digits ("¹"). For a paragraph with sub-paragraphs it is the
	// text before the first of them.
	Text string `json:"text"`
	// Items are the sub-paragraphs (a), (b) …, each possibly with its own.
	Items []Item `json:"items"`
	// Tail is text that follows the sub-paragraphs inside this paragraph.
	Tail string `json:"tail"`
}

// Item is a sub-paragraph: (a), (i), a), (أ), ㈠.
type Item struct {
	// ID is the parent's id followed by the normalised label: "op2(a)(i)".
	ID string `json:"id"`
	// Label is the label as printed: "(a)", "a)", "(أ)", "㈠".
	Label string `json:"label"`
	Text  string `json:"text"`
	Items []Item `json:"items"`
}

// Annex is a document annexed to the resolution.
type Annex struct {
	// ID is "annex" for a lone annex, otherwise "annexI", "annexII" ….
	ID string `json:"id"`
	// Label is the heading as printed: "Annex", "Anexo II".
	Label string `json:"label"`
	// Title is the annex's title, if any.
	Title      string      `json:"title"`
	Paragraphs []Paragraph `json:"paragraphs"`
}

// Footnote is a note whose marker appears in a paragraph.
type Footnote struct {
	// Marker is the note's number as a string: "1".
	Marker string `json:"marker"`
	Text   string `json:"text"`
	// Paragraph is the id of the paragraph (or item) that carries the marker,
	// or "" when the marker was not found.
	Paragraph string `json:"paragraph"`
}

// CitationKind says what a citation points to.
type CitationKind string

// The kinds of citation.
const (
	ResolutionCitation CitationKind = "resolution"
	DecisionCitation   CitationKind = "decision"
	DocumentCitation   CitationKind = "document"
)

// Citation is one resolution, decision or document the text cites, with every
// place it is mentioned.
type Citation struct {
	// Symbol is canonical: "A/RES/59/50", "S/RES/1631 (2005)", "A/65/L.6";
	// for a decision, "decision 64/555".
	Symbol string       `json:"symbol"`
	Kind   CitationKind `json:"kind"`
	// Organ is the organ the citation names or implies, in English.
	Organ string `json:"organ"`
	// Date is the ISO date written with the citation ("2004-12-02"), if any.
	Date     string    `json:"date"`
	Mentions []Mention `json:"mentions"`
}

// Mention is one place a citation appears.
type Mention struct {
	// Paragraph is the id of the paragraph or item whose Text holds the
	// mention; for a mention inside a footnote, the paragraph that carries the
	// footnote's marker.
	Paragraph string `json:"paragraph"`
	// Footnote is the marker of the footnote holding the mention, if any; the
	// span is then inside that footnote's Text.
	Footnote string `json:"footnote"`
	// Start and End are byte offsets of the mention in that Text.
	Start int `json:"start"`
	End   int `json:"end"`
}

// Meta holds what the UN's XML records beyond the text.
type Meta struct {
	AdoptionDate       string   `json:"adoption_date"`  // ISO date
	MeetingRecord      string   `json:"meeting_record"` // "A/75/PV.30"
	Draft              string   `json:"draft"`          // "A/75/L.10"
	Report             string   `json:"report"`         // committee report "A/76/471"
	Sponsors           []string `json:"sponsors"`
	AdditionalSponsors []string `json:"additional_sponsors"`
	Vote               *Vote    `json:"vote"`
	AgendaItem         string   `json:"agenda_item"`
	SDGs               []string `json:"sdgs"`     // "17"
	Subjects           []string `json:"subjects"` // subject keywords
}

// Vote is how a resolution was adopted.
type Vote struct {
	// Outcome is "adoptedWithoutVote", "adoptedByRecordedVote",
	// "adoptedUnanimously" … as the XML says it.
	Outcome    string `json:"outcome"`
	InFavour   *int   `json:"in_favour"`
	Against    *int   `json:"against"`
	Abstaining *int   `json:"abstaining"`
}

// Diagnostic is something the parser found odd, with where.
type Diagnostic struct {
	Line    int    `json:"line"` // 1-based line of the input, 0 if none
	Message string `json:"message"`
}
