package hostile

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf16"
)

// akn wraps body in a minimal Akoma Ntoso resolution.
func akn(meta, body string) string {
	return `<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement name="resolution">
<meta>` + meta + `</meta>
<preface><p><docNumber refersTo="#symbol">A/RES/99/3</docNumber></p></preface>
<mainBody>` + body + `</mainBody></statement></akomaNtoso>
`
}

// paragraph is one operative paragraph in AKN.
func paragraph(n int, text string) string {
	return fmt.Sprintf(`<paragraph eId="para_%d"><num>%d.</num><content><p>%s</p></content></paragraph>`, n, n, text)
}

// XMLs returns the hostile XML documents.
func XMLs() []Case {
	laughs := `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<akomaNtoso>&lol9;</akomaNtoso>
`
	xxe := `<?xml version="1.0"?>
<!DOCTYPE akomaNtoso [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
<akomaNtoso><statement><mainBody><p>&xxe;</p></mainBody></statement></akomaNtoso>
`
	xxeExternal := `<?xml version="1.0"?>
<!DOCTYPE akomaNtoso SYSTEM "http://127.0.0.1:9/evil.dtd">
<akomaNtoso><statement><mainBody><p>&ext;</p></mainBody></statement></akomaNtoso>
`
	deep := "<?xml version=\"1.0\"?>\n<akomaNtoso>" + strings.Repeat("<p>", 100000) + strings.Repeat("</p>", 100000) + "</akomaNtoso>\n"
	escapes := akn(`<FRBRthis value="`+Escapes+`"/><TLCPerson eId="x" showAs="`+Escapes+`"/>`,
		paragraph(1, "Decides"+Escapes+" to act;")+
			paragraph(2, "Requests \u202eevil\u202c and \u009b2J;"))
	latin1 := strings.Replace(akn("", paragraph(1, "D\xe9cide d'agir ; r\xe9solution")), `encoding="UTF-8"`, `encoding="ISO-8859-1"`, 1)
	utf16Doc := strings.Replace(akn("", paragraph(1, "Décide d'agir ; résolution")), `encoding="UTF-8"`, `encoding="UTF-16"`, 1)
	cases := []Case{
		{Name: "billion-laughs", Data: []byte(laughs)},
		{Name: "external-entity-file", Data: []byte(xxe)},
		{Name: "external-dtd", Data: []byte(xxeExternal)},
		{Name: "nested-100000", Data: []byte(deep)},
		{Name: "escapes-in-attributes", Data: []byte(escapes), Opens: true},
		// XML forbids the character references of controls.
		{Name: "escapes-as-character-references", Data: []byte(akn("", paragraph(1, "Decides"+strings.ReplaceAll(Escapes, "\x1b", "&#x1b;")+" to act;")))},
		{Name: "declared-iso-8859-1", Data: []byte(latin1), Opens: true},
		{Name: "declared-utf-16-no-bom-le", Data: utf16LE(utf16Doc), Opens: true},
		{Name: "declared-utf-16-no-bom-be", Data: utf16BE(utf16Doc), Opens: true},
		{Name: "unclosed-" + "\x1b]0;PWNED\x07", Data: []byte("<?xml version=\"1.0\"?>\n<akomaNtoso><statement><x\x1b]0;PWNED\x07>")},
		// Over a million nodes: refused (akn.MaxNodes bounds the memory).
		{Name: "large-60MB", Data: largeXML(60 << 20), Big: true},
	}
	for i := range cases {
		cases[i].Ext = ".xml"
	}
	return cases
}

// largeXML is a valid resolution of about size bytes.
func largeXML(size int) []byte {
	var b strings.Builder
	for n := 1; b.Len() < size; n++ {
		b.WriteString(paragraph(n, "Requests the Secretary-General to submit to the General Assembly at its next session a report on the implementation of the present resolution;"))
	}
	return []byte(akn("", b.String()))
}

func utf16LE(s string) []byte {
	var b bytes.Buffer
	for _, u := range utf16.Encode([]rune(s)) {
		b.WriteByte(byte(u))
		b.WriteByte(byte(u >> 8))
	}
	return b.Bytes()
}

func utf16BE(s string) []byte {
	var b bytes.Buffer
	for _, u := range utf16.Encode([]rune(s)) {
		b.WriteByte(byte(u >> 8))
		b.WriteByte(byte(u))
	}
	return b.Bytes()
}

// Texts returns the hostile plain-text documents.
func Texts() []Case {
	resolution := "United Nations A/RES/99/4\n\nGeneral Assembly\n\n99/4. A test\n\nThe General Assembly,\n\n1. Decides to act;\n"
	cases := []Case{
		{Name: "line-2MB", Data: []byte(resolution + "2. " + strings.Repeat("word ", 2<<20/5) + "\n"), Opens: true},
		{Name: "nul-bytes", Data: []byte(resolution + "\x00\x00\x00 2. Decides\x00 again;\n")},
		{Name: "invalid-utf8", Data: []byte(resolution + "2. D\xff\xfe\xc3cides \xed\xa0\x80 again;\n"), Opens: true},
		{Name: "escapes", Data: []byte("United Nations A/RES/99/5" + Escapes + "\n\n1. Decides" + Escapes + " to act \u202eevil;\n"), Opens: true},
		{Name: "name-" + Escapes, Data: []byte(resolution), Opens: true},
		{Name: "control-bytes", Data: bytes.Repeat([]byte{1, 2, 3, 4, 5, 6, 7, 8}, 1000)},
	}
	for i := range cases {
		cases[i].Ext = ".txt"
	}
	return cases
}
