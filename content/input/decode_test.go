package input

import (
	"strings"
	"testing"
	"unicode/utf16"
)

// utf16Bytes encodes s as UTF-16 with a byte-order mark when bom is set.
func utf16Bytes(s string, bigEndian, bom bool) []byte {
	units := utf16.Encode([]rune(s))
	if bom {
		units = append([]uint16{0xfeff}, units...)
	}
	b := make([]byte, 0, 2*len(units))
	for _, u := range units {
		if bigEndian {
			b = append(b, byte(u>>8), byte(u))
		} else {
			b = append(b, byte(u), byte(u>>8))
		}
	}
	return b
}

func TestDecode(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		want string
	}{
		{"empty", nil, ""},
		{"ascii", []byte("1. Decides"), "1. Decides"},
		{"utf8", []byte("résolution 六 قرار"), "résolution 六 قرار"},
		{"utf8 bom", []byte("\xef\xbb\xbfrésolution"), "résolution"},
		{"utf16le bom", utf16Bytes("résolution 六 𝄞\r\n2.", false, true), "résolution 六 𝄞\n2."},
		{"utf16be bom", utf16Bytes("قرار 𝄞", true, true), "قرار 𝄞"},
		{"utf16le no bom", utf16Bytes("Resolution 65/122\n", false, false), "Resolution 65/122\n"},
		{"utf16be no bom", utf16Bytes("Resolution 65/122\n", true, false), "Resolution 65/122\n"},
		{"utf16 odd byte", append(utf16Bytes("ab", false, true), 'c'), "ab\uFFFD"},
		{"utf16 lone surrogate", append(utf16Bytes("a", false, true), 0x00, 0xd8, 'b', 0), "a\uFFFDb"},
		{"windows-1252", []byte("r\xe9solution \x93quoted\x94 \x80"), "résolution “quoted” €"},
		{"windows-1252 undefined", []byte("a\x81b\xe9"), "a\uFFFDbé"},
		{"invalid utf8 in utf8", []byte("résumé \xff café"), "résumé \uFFFD café"},
		{"crlf", []byte("a\r\nb\r\n"), "a\nb\n"},
		{"lone cr", []byte("a\rb\r\rc"), "a\nb\n\nc"},
		{"form feed after newline", []byte("page 1\n\fpage 2"), "page 1\npage 2"},
		{"form feed mid-line", []byte("end\fstart"), "end\nstart"},
		{"controls cleaned", []byte("a\x1b[2Jb\x07c\u202ed"), "abcd"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Decode(tt.in)
			if err != nil {
				t.Fatalf("Decode(%q): error %v", tt.in, err)
			}
			if got != tt.want {
				t.Errorf("Decode(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestDecodeRefuses(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		want string
	}{
		{"nul", []byte("text\x00more text"), "binary file, not text"},
		{"controls", []byte("\x01\x02\x03\x04\x05abc\x06\x07\x08\x0e\x0f"), "binary file, not text"},
		{"pdf", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"), "PDF file, not text"},
		{"zip", []byte("PK\x03\x04\x14\x00"), "zip or Word file, not text"},
		{"utf32", []byte{0xff, 0xfe, 0, 0, 'a', 0, 0, 0}, "UTF-32 text is not supported"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Decode(tt.in)
			if err == nil {
				t.Fatalf("Decode(%q) = %q, want error %q", tt.in, got, tt.want)
			}
			if !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("Decode(%q): error %q, want %q", tt.in, err, tt.want)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("Decode(%q): error %q spans several lines", tt.in, err)
			}
		})
	}
}

func TestDecodeHostileNotBinary(t *testing.T) {
	in := strings.Repeat("\x1b[31mred\x1b[0m ", 1000)
	got, err := Decode([]byte(in))
	if err != nil {
		t.Fatalf("Decode(escapes): %v", err)
	}
	if want := strings.Repeat("red ", 1000); got != want {
		t.Errorf("Decode(escapes) = %.40q…, want %.40q…", got, want)
	}
}

func BenchmarkDecode(b *testing.B) {
	line := "2. Requests the Secretary-General to report — «résolution» 第六十五届会议 قرار\r\n"
	in := []byte(strings.Repeat(line, (1<<20)/len(line)))
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Decode(in); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDecodeWindows1252(b *testing.B) {
	line := "2. Pide al Secretario General que presente un informe sobre la aplicaci\xf3n\n"
	in := []byte(strings.Repeat(line, (1<<20)/len(line)))
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Decode(in); err != nil {
			b.Fatal(err)
		}
	}
}

func TestDecodeDeclaredXML(t *testing.T) {
	utf16 := func(s string, big bool) []byte {
		var b []byte
		for _, r := range s {
			if big {
				b = append(b, byte(r>>8), byte(r))
			} else {
				b = append(b, byte(r), byte(r>>8))
			}
		}
		return b
	}
	decl := func(enc string) string { return `<?xml version="1.0" encoding="` + enc + `"?>` }
	tests := []struct {
		name string
		in   []byte
		want string
	}{
		{"iso-8859-1", []byte(decl("ISO-8859-1") + "<p>r\xe9solution \x80</p>"), decl("UTF-8") + "<p>résolution €</p>"},
		{"latin1 single quotes", []byte("<?xml version='1.0' encoding='latin1'?><p>D\xe9cide</p>"), `<?xml version='1.0' encoding='UTF-8'?><p>Décide</p>`},
		{"utf-16 le without bom", utf16(decl("UTF-16")+"<p>résolution</p>", false), decl("UTF-8") + "<p>résolution</p>"},
		{"utf-16 be without bom", utf16(decl("utf-16")+"<p>résolution</p>", true), decl("UTF-8") + "<p>résolution</p>"},
		{"utf-16 with bom", append([]byte{0xff, 0xfe}, utf16(decl("UTF-16")+"<p>é</p>", false)...), decl("UTF-8") + "<p>é</p>"},
		{"utf-8 untouched", []byte(decl("UTF-8") + "<p>é</p>"), decl("UTF-8") + "<p>é</p>"},
		{"other encoding left for the parser", []byte(decl("Shift_JIS") + "<p/>"), decl("Shift_JIS") + "<p/>"},
		{"not a declaration", []byte("encoding=\"ISO-8859-1\" r\xe9solution"), "encoding=\"ISO-8859-1\" résolution"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Decode(tt.in)
			if err != nil || got != tt.want {
				t.Errorf("Decode = %q, %v; want %q", got, err, tt.want)
			}
		})
	}
}
