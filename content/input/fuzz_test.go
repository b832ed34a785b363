package input

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// unsafeRune reports whether r must never survive Clean.
func unsafeRune(r rune) bool {
	return r < 0x20 && r != '\t' && r != '\n' || r >= 0x7f && r <= 0x9f ||
		r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069
}

// checkClean fails t when s is not what Clean must produce.
func checkClean(t *testing.T, what, s string) {
	t.Helper()
	if !utf8.ValidString(s) {
		t.Fatalf("%s: invalid UTF-8 %q", what, s)
	}
	if i := strings.IndexFunc(s, unsafeRune); i >= 0 {
		t.Fatalf("%s: unsafe rune at %d in %q", what, i, s)
	}
	if again := Clean(s); again != s {
		t.Fatalf("%s: Clean not idempotent: %q then %q", what, s, again)
	}
}

func FuzzClean(f *testing.F) {
	for _, s := range []string{
		"1. Decides", "\x1b]52;c;aGk=\x07", "\x1b[2J", "\u009b2J", "\u202eabc", "a\x1b\x1b[31m",
		"\x1bP$qm\x1b\\", "\xff\xfe", "\x1b]0;t\u009c", "&#27;[31m",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkClean(t, "Clean", Clean(s))
	})
}

func FuzzDecode(f *testing.F) {
	for _, b := range [][]byte{
		[]byte("r\xe9solution\r\n"), []byte("\xef\xbb\xbf1.\r2."), utf16Bytes("قرار\r\n", false, true),
		utf16Bytes("abc", true, false), []byte("a\x00b"), []byte("%PDF-1.4"), []byte("end\fstart"),
	} {
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := Decode(b)
		if err != nil {
			if s != "" || strings.Contains(err.Error(), "\n") {
				t.Fatalf("Decode(%q) = %q, %q", b, s, err)
			}
			return
		}
		checkClean(t, "Decode", s)
		if strings.Contains(s, "\r") {
			t.Fatalf("Decode(%q) = %q keeps CR", b, s)
		}
	})
}
