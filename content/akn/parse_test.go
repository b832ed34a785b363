package akn

import (
	"strings"
	"testing"
	"time"
)

// wrap puts body inside a minimal AKN4UN resolution.
func wrap(meta, body string) string {
	return `<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement name="resolution"><meta>` + meta + `</meta>` + body + `</statement></akomaNtoso>`
}

func TestParseErrors(t *testing.T) {
	deep := strings.Repeat("<p>", MaxDepth+5) + strings.Repeat("</p>", MaxDepth+5)
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", "f.xml: not an Akoma Ntoso document (no root element)"},
		{"not xml", "hello", "f.xml: not an Akoma Ntoso document (no root element)"},
		{"unclosed", "<akomaNtoso><statement>", "f.xml: not well-formed XML: line 1:"},
		{"mismatched", "<akomaNtoso>\n<a></b></akomaNtoso>", "f.xml: not well-formed XML: line 2:"},
		{"other root", "<html><body/></html>", "f.xml: not an Akoma Ntoso document (root <html>)"},
		{"entity decl", `<!DOCTYPE akomaNtoso [<!ENTITY a "aaaa">]><akomaNtoso>&a;</akomaNtoso>`, "f.xml: refused: document type declaration with entity definitions"},
		{"billion laughs", `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><akomaNtoso>&lol2;</akomaNtoso>`, "f.xml: refused: document type declaration"},
		{"external entity", `<!DOCTYPE x SYSTEM "file:///etc/passwd"><akomaNtoso/>`, ""},
		{"undefined entity", `<akomaNtoso>&foo;</akomaNtoso>`, "f.xml: not well-formed XML: line 1:"},
		{"control char ref", `<akomaNtoso>&#27;[31m</akomaNtoso>`, "f.xml: not well-formed XML: line 1:"},
		{"too deep", "<akomaNtoso>" + deep + "</akomaNtoso>", "f.xml: XML nested deeper than 200 elements"},
		{"utf16 label", `<?xml version="1.0" encoding="ISO-8859-1"?><akomaNtoso/>`, "f.xml: not well-formed XML"},
		{"minimal", `<akomaNtoso/>`, ""},
		{"too many nodes", "<akomaNtoso>" + strings.Repeat("<b/>", MaxNodes) + "</akomaNtoso>", "f.xml: more than 1048576 XML nodes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := ParseBytes([]byte(tt.in), "f.xml")
			if tt.want == "" {
				if err != nil || d == nil {
					t.Fatalf("got error %v, want a document", err)
				}
				return
			}
			if err == nil {
				t.Fatalf("got no error, want %q", tt.want)
			}
			if !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("error %q, want prefix %q", err, tt.want)
			}
			if strings.ContainsAny(err.Error(), "\n\r\x1b") {
				t.Errorf("error is not one clean line: %q", err)
			}
		})
	}
}

func TestParseTooLarge(t *testing.T) {
	big := strings.NewReader("<akomaNtoso>" + strings.Repeat("a", MaxSize) + "</akomaNtoso>")
	_, err := Parse(big, "big.xml")
	if err == nil || !strings.Contains(err.Error(), "big.xml: input larger than") {
		t.Fatalf("got %v, want a size error", err)
	}
}

func TestParseLongLineIsFast(t *testing.T) {
	// ~330 KB twice: a quadratic pass would take minutes; a linear one well
	// under a second, so the generous bound holds on a loaded machine.
	text := strings.Repeat("Recalling its resolution 59/50 and <span class=\"italic\">x</span> ", 5000)
	in := wrap("", `<preamble><container name="Recalling"><p>`+text+`</p></container></preamble><mainBody><paragraph><num>1.</num><content><p>`+text+`</p></content></paragraph></mainBody>`)
	start := time.Now()
	d, err := ParseBytes([]byte(in), "long.xml")
	if err != nil {
		t.Fatal(err)
	}
	if el := time.Since(start); el > 10*time.Second {
		t.Errorf("took %v on a 660 KB document", el)
	}
	if len(d.Parts) != 1 || len(d.Parts[0].Preamble) != 1 || len(d.Parts[0].Operative) != 1 {
		t.Errorf("unexpected structure: %+v", d.Parts)
	}
}

func TestParseStructure(t *testing.T) {
	meta := `<identification><FRBRWork><FRBRthis value="/akn/un/statement/deliberation/unga/2020-12-07/75-34/!main/"/><FRBRdate date="2020-12-07" name="adoption"/></FRBRWork><FRBRExpression><FRBRlanguage language="fra"/></FRBRExpression></identification>
<workflow><step outcome="draftResolution" as="A/C.1/75/L.22" by="Algeria, Iran (Islamic Republic of), Trinidad and Tobago and Venezuela (Bolivarian Republic of)"/><step outcome="draftResolutionAdditionalSponsors" by="Bosnia and Herzegovina and Iraq"/><step outcome="recommendedForAdoption" as="A/75/396"/><step date="2020-12-07" outcome="adopted" as="A/75/PV.37"/></workflow>
<analysis><parliamentary><voting outcome="adoptedRecordedVote"><count value="125" refersTo="inFavour"/><count value="0" refersTo="against"/><count value="062" refersTo="abstaining"/></voting></parliamentary></analysis>
<classification><keyword value="12" dictionary="SDGO"/><keyword value="water_management" showAs="water_management" dictionary="UNBIS Thesaurus"/></classification>`
	body := `<coverPage><p><docNumber refersTo="#symbol">A/RES/75/34</docNumber></p><p><docAuthority refersTo="#issuingBody">Assemblée générale</docAuthority></p><p><inline name="agenda item">Point 100</inline></p><p><docTitle>Résolution adoptée le 7 décembre 2020</docTitle></p></coverPage>
<preface><p><docNumber>75/34.</docNumber> <docTitle>Conclusion d’arrangements</docTitle></p></preface>
<preamble><formula name="enactingFormula"><p><span class="italic">L’Assemblée générale</span>,</p></formula>
<container name="Rappelant"><p><span class="italic">Rappelant</span> sa résolution <a href="https://undocs.org/fr/A/RES/35/46">35/46</a>,<authorialNote marker="1"><p>	Voir <a href="https://undocs.org/fr/A/47/27(supp)">A/47/27</a>.</p></authorialNote></p></container></preamble>
<mainBody><paragraph><num>	1.</num><content><p><span class="italic">Décide</span> que :</p></content></paragraph>
<paragraph><num>a)</num><content><p>x ;</p></content></paragraph>
<paragraph><num>i)</num><content><p>y ;</p></content></paragraph>
<paragraph class="H23"><content><p>II</p></content></paragraph>
<paragraph><content><p>2 - <span class="italic">Prie</span> le Secrétaire général, <a href="https://docs.un.org/zh/S/RES/1631(2005)?direct=true">1631 (2005)</a>.</p></content></paragraph></mainBody>
<conclusions><p><inline name="adoptionMeeting">37e séance plénière</inline><eol/><docDate date="2020-12-07">7 décembre 2020</docDate></p></conclusions>`
	d, err := ParseBytes([]byte(wrap(meta, body)), "s.xml")
	if err != nil {
		t.Fatal(err)
	}
	check := func(what string, got, want any) {
		t.Helper()
		if got != want {
			t.Errorf("%s = %v, want %v", what, got, want)
		}
	}
	check("Symbol", d.Symbol, "A/RES/75/34")
	check("Language", d.Language, "fr")
	check("Organ", d.Organ, "General Assembly")
	check("Masthead.Organ", d.Masthead.Organ, "Assemblée générale")
	check("AgendaItem", d.Masthead.AgendaItem, "Point 100")
	check("Number", d.Number, "75/34")
	check("Title", d.Title, "Conclusion d’arrangements")
	check("Formula", d.Formula, "L’Assemblée générale,")
	check("Meeting", d.Masthead.Meeting, "37e séance plénière")
	check("Closing", strings.Join(d.Closing, "|"), "37e séance plénière|7 décembre 2020")
	p := d.Parts[0]
	check("preamble", len(p.Preamble), 1)
	check("pp1 lead", p.Preamble[0].Lead, "Rappelant")
	check("pp1 text", p.Preamble[0].Text, "Rappelant sa résolution 35/46,¹")
	check("operative", len(p.Operative), 2)
	check("op1 id", p.Operative[0].ID, "op1")
	check("op1 lead", p.Operative[0].Lead, "Décide")
	check("op1(a)", p.Operative[0].Items[0].ID, "op1(a)")
	check("op1(a)(i)", p.Operative[0].Items[0].Items[0].ID, "op1(a)(i)")
	check("op2 id", p.Operative[1].ID, "op2")
	check("op2 number", *p.Operative[1].Number, "2")
	check("op2 heading", p.Operative[1].Heading, "II")
	check("op2 text", p.Operative[1].Text, "Prie le Secrétaire général, 1631 (2005).")
	check("op2 lead", p.Operative[1].Lead, "Prie")
	check("footnotes", len(d.Footnotes), 1)
	check("footnote", d.Footnotes[0], d.Footnotes[0])
	check("footnote paragraph", d.Footnotes[0].Paragraph, "pp1")
	check("footnote text", d.Footnotes[0].Text, "Voir A/47/27.")
	var syms []string
	for _, c := range d.Citations {
		syms = append(syms, c.Symbol)
	}
	check("citations", strings.Join(syms, " | "), "A/RES/35/46 | S/RES/1631 (2005) | A/47/27") // footnotes come last, as in Document.Units
	if len(d.Citations) == 3 {
		m := d.Citations[0].Mentions[0]
		check("mention", p.Preamble[0].Text[m.Start:m.End], "35/46")
		m = d.Citations[2].Mentions[0]
		check("footnote mention", m.Footnote, "1")
		check("footnote mention text", d.Footnotes[0].Text[m.Start:m.End], "A/47/27")
		m = d.Citations[1].Mentions[0]
		check("mention after cut", p.Operative[1].Text[m.Start:m.End], "1631 (2005)")
	}
	mt := d.Meta
	check("Draft", mt.Draft, "A/C.1/75/L.22")
	check("Sponsors", strings.Join(mt.Sponsors, "; "), "Algeria; Iran (Islamic Republic of); Trinidad and Tobago; Venezuela (Bolivarian Republic of)")
	check("AdditionalSponsors", strings.Join(mt.AdditionalSponsors, "; "), "Bosnia and Herzegovina; Iraq")
	check("Report", mt.Report, "A/75/396")
	check("MeetingRecord", mt.MeetingRecord, "A/75/PV.37")
	check("AdoptionDate", mt.AdoptionDate, "2020-12-07")
	check("Vote", mt.Vote.Outcome, "adoptedRecordedVote")
	check("InFavour", *mt.Vote.InFavour, 125)
	check("Abstaining", *mt.Vote.Abstaining, 62)
	check("SDGs", strings.Join(mt.SDGs, ","), "12")
	check("Subjects", strings.Join(mt.Subjects, ","), "water management")
	check("AgendaItem", mt.AgendaItem, "Point 100")
}

func TestSymbolFromHref(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://undocs.org/en/A/RES/59/50", "A/RES/59/50"},
		{"https://undocs.org/ch/S/RES/1631(2005)", "S/RES/1631 (2005)"},
		{"https://docs.un.org/zh/S/RES/1631(2005)?direct=true", "S/RES/1631 (2005)"},
		{"https://undocs.org/sp/A/RES/2625(XXV)", "A/RES/2625 (XXV)"},
		{"https://undocs.org/RU/A/RES/217(III)", "A/RES/217 (III)"},
		{"https://undocs.org/en/A/31/17(supp)", "A/31/17"},
		{"https://undocs.org/en/A/S-12/2(SUPP)", "A/S-12/2"},
		{"https://www.undocs.org/ru/A/RES/76/84a-b", "A/RES/76/84A-B"},
		{"https://undocs.org/A/RES/65/122", "A/RES/65/122"},
		{"https://docs.un.org/en/E/CN.4/2002/28/Rev.1", "E/CN.4/2002/28/Rev.1"},
		{"https://undocs.org/en/A/RES/1874(S-IV)", "A/RES/1874(S-IV)"},
		{"https://undocs.org/en/A/RES/1874 (S-IV)", "A/RES/1874(S-IV)"},
		{"https://documents.un.org/doc/undoc/gen/n23/423/38/pdf/n2342338.pdf", ""},
		{"http://www.un.org/dppa/x", ""},
		{"comp_0", ""},
		{"https://undocs.org/en/", ""},
		{"javascript:alert(1)", ""},
	}
	for _, tt := range tests {
		if got := symbolFromHref(tt.in); got != tt.want {
			t.Errorf("symbolFromHref(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSectionNumeral(t *testing.T) {
	for in, want := range map[string]string{"II.": "II", "ثانيا": "II", "二": "II", "十一": "XI", "二十": "XX", "I": "I", "A": "A"} {
		if got := sectionNumeral(in); got != want {
			t.Errorf("sectionNumeral(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestParseManyDuplicatesIsFast(t *testing.T) {
	para := `<paragraph><num>1.</num><content><p>x;</p></content></paragraph><paragraph><num>(a)</num><content><p>y</p></content></paragraph>`
	in := wrap("", "<mainBody>"+strings.Repeat(para, 30000)+"</mainBody>")
	start := time.Now()
	d, err := ParseBytes([]byte(in), "dup.xml")
	if err != nil {
		t.Fatal(err)
	}
	if el := time.Since(start); el > 10*time.Second {
		t.Errorf("took %v on 60,000 duplicate paragraphs", el)
	}
	ops := d.Parts[0].Operative
	if len(ops) != 30000 || ops[1].ID != "op1-2" || ops[2].ID != "op1-3" || len(d.Diagnostics) > maxDiagnostics+1 {
		t.Errorf("got %d paragraphs, ids %s %s, %d diagnostics", len(ops), ops[1].ID, ops[2].ID, len(d.Diagnostics))
	}
}

func TestParseGroupingElements(t *testing.T) {
	in := wrap("", `<mainBody><level><num>A</num><heading>Budget</heading><paragraph><num>1.</num><content><p>x;</p></content></paragraph><paragraph><num>2.</num><content><p>y.</p></content></paragraph></level></mainBody>`)
	d, err := ParseBytes([]byte(in), "g.xml")
	if err != nil {
		t.Fatal(err)
	}
	ops := d.Parts[0].Operative
	if len(ops) != 2 || ops[0].ID != "op1" || ops[1].ID != "op2" || ops[0].Heading != "A\nBudget" {
		t.Errorf("got %+v", ops)
	}
}

func TestParseUnmarkedFormula(t *testing.T) {
	in := wrap("", `<preamble><p>The Security Council,</p><container name="Recalling"><p>Recalling its resolution 1/1,</p></container></preamble>`)
	d, err := ParseBytes([]byte(in), "f.xml")
	if err != nil {
		t.Fatal(err)
	}
	if d.Formula != "The Security Council," || len(d.Parts[0].Preamble) != 1 {
		t.Errorf("formula %q, %d preambular paragraphs", d.Formula, len(d.Parts[0].Preamble))
	}
}

func TestLanguageFromExpression(t *testing.T) {
	in := wrap(`<identification><FRBRExpression><FRBRthis value="/akn/un/statement/deliberation/unga/2021-12-09/76-108/rus@!main/"/></FRBRExpression></identification>`, "")
	d, err := ParseBytes([]byte(in), "l.xml")
	if err != nil {
		t.Fatal(err)
	}
	if d.Language != "ru" {
		t.Errorf("language %q, want ru", d.Language)
	}
}
