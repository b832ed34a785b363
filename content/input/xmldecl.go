package input

import (
	"bytes"
	"regexp"
	"strings"
)

// xmlEncodingRE finds the encoding pseudo-attribute of an XML declaration
// at the start of a document (after an optional byte-order mark and white
// space).
var xmlEncodingRE = regexp.MustCompile(`^(?:\x{FEFF})?[ \t\r\n]*<\?xml[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*["'][^"']*["'][ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*["']([A-Za-z0-9._:-]{1,40})["']`)

// declaredEncoding returns the encoding an XML declaration at the start of
// text names, lower case, with the index range of its name; "" when there
// is none.
func declaredEncoding(text string) (enc string, start, end int) {
	m := xmlEncodingRE.FindStringSubmatchIndex(text)
	if m == nil {
		return "", 0, 0
	}
	return strings.ToLower(text[m[2]:m[3]]), m[2], m[3]
}

// latin1Labels are the encodings read as Windows-1252, a superset of
// ISO-8859-1 in the printable range (as browsers read them too) and of
// US-ASCII.
var latin1Labels = map[string]bool{
	"iso-8859-1": true, "iso8859-1": true, "iso_8859-1": true, "latin1": true, "l1": true,
	"windows-1252": true, "cp1252": true, "us-ascii": true, "ascii": true,
}

// utf16Labels are the encodings an XML declaration names for UTF-16 text,
// which Decode recognises by its byte-order mark or its zero bytes.
var utf16Labels = map[string]bool{"utf-16": true, "utf-16le": true, "utf-16be": true, "ucs-2": true, "iso-10646-ucs-2": true}

// decodeDeclaredXML decodes b as its XML declaration says when it declares
// a Latin-1 encoding (an ASCII-compatible declaration is readable in any
// of them); ok is false when it does not.
func decodeDeclaredXML(b []byte) (s string, ok bool) {
	head := b[:min(len(b), 256)]
	if !bytes.HasPrefix(bytes.TrimLeft(head, " \t\r\n"), []byte("<?xml")) {
		return "", false
	}
	enc, _, _ := declaredEncoding(string(head))
	if !latin1Labels[enc] {
		return "", false
	}
	return decodeWindows1252(b), true
}

// markUTF8 rewrites the encoding named by the XML declaration at the start
// of text, which is now UTF-8, to "UTF-8", so that an XML parser reads
// the text as what it is. It leaves other encodings alone: the parser
// refuses them.
func markUTF8(text string) string {
	enc, start, end := declaredEncoding(text[:min(len(text), 256)])
	if enc == "" || enc == "utf-8" || !latin1Labels[enc] && !utf16Labels[enc] {
		return text
	}
	return text[:start] + "UTF-8" + text[end:]
}
