package textfold

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestFinds checks, in the six languages, that a query as a reader types it
// finds the text as the document prints it, once both are folded.
func TestFinds(t *testing.T) {
	tests := []struct{ lang, query, text string }{
		{"fr", "l'organisation", "les buts de l’organisation et"},
		{"fr", "oeuvre", "la mise en œuvre du Programme"},
		{"fr", "OEUVRE", "MISE EN ŒUVRE"},
		{"fr", "secretaire general", "le Secrétaire général"},
		{"fr", "10 decembre", "le 10\u00a0décembre 2020"},
		{"en", "secretary-general's", "the Secretary-General’s report"},
		{"en", "2013-2014", "the 2013–2014 budget"},
		{"en", `"pact for the future"`, "the “Pact for the Future”"},
		{"en", "finance", "ﬁnance for development"},
		{"en", "covid-19", "COVID‑19"},
		{"es", "resolucion", "su Resolución 59/50"},
		{"es", "senor", "el Señor"},
		{"ru", "еще", "ещё раз"},
		{"ru", "генеральная ассамблея", "Генеральная Ассамблея"},
		{"ar", "الامم المتحده", "الأمم المتحدة"},
		{"ar", "الامم", "الأمــم"},
		{"ar", "المقدم", "المقدَّم"},
		{"ar", "علي", "على"},
		{"ar", "1990", "١٩٩٠"},
		{"zh", "a/res/75/1", "Ａ／ＲＥＳ／７５／１"},
		{"zh", "第67/6号决议", "第67/6号决议"},
		{"zh", "(a)", "（a）"},
	}
	for _, tt := range tests {
		if q, s := String(tt.query), String(tt.text); !strings.Contains(s, q) {
			t.Errorf("%s: %q (folded %q) does not find %q (folded %q)", tt.lang, tt.query, q, tt.text, s)
		}
	}
}

// TestString checks the folded form of single characters and words.
func TestString(t *testing.T) {
	for in, want := range map[string]string{
		"":                "",
		"plain ascii":     "plain ascii",
		"ÉLAN Vital":      "elan vital",
		"Straße":          "strasse",
		"Æther":           "aether",
		"a\u00adb\u200bc": "abc",
		"anteriores¹,":    "anteriores¹,",
		"中文，。":            "中文,。",
		"a\u3000b":        "a b",
		"№ 5":             "no 5",
	} {
		if got := String(in); got != want {
			t.Errorf("String(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestMapSpan checks that a match in the folded text maps back to the
// original characters it was folded from.
func TestMapSpan(t *testing.T) {
	tests := []struct{ text, query, want string }{
		{"la mise en œuvre du", "oeuvre", "œuvre"},
		{"la mise en œuvre du", "o", "œ"},
		{"the Secretary-General’s report", "general's", "General’s"},
		{"Résolution 59/50", "resolution", "Résolution"},
		{"cafe\u0301 noir", "cafe", "cafe\u0301"},
		{"الأمــم المتحدة", "الامم", "الأمــم"},
		{"Ａ／ＲＥＳ／７５／１号", "a/res", "Ａ／ＲＥＳ"},
	}
	for _, tt := range tests {
		f := Map(tt.text)
		if f.Text != String(tt.text) {
			t.Errorf("Map(%q).Text = %q, String gives %q", tt.text, f.Text, String(tt.text))
		}
		i := strings.Index(f.Text, String(tt.query))
		if i < 0 {
			t.Errorf("%q not found in %q", tt.query, f.Text)
			continue
		}
		from, to := f.Span(i, i+len(String(tt.query)))
		if got := tt.text[from:to]; got != tt.want {
			t.Errorf("%q in %q maps to %q, want %q", tt.query, tt.text, got, tt.want)
		}
	}
	if from, to := Map("abc").Span(2, 1); from != 0 || to != 0 {
		t.Errorf("a reversed span maps to %d, %d", from, to)
	}
}

// FuzzFold checks, for any text, that Map and String agree, that the
// offsets are in order at character starts, that spans map into the text,
// and that folding folded text changes nothing.
func FuzzFold(f *testing.F) {
	for _, s := range []string{"la mise en œuvre", "Secretary-General’s", "الأمــم المتحدة", "Ａ／ＲＥＳ", "ещё", "ß\u0301",
		"cafe\u0301", "ﬃ", "Ǆ", "İstanbul", "\u00ad\u200b", "第67/6号"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		m := Map(s)
		if m.Text != String(s) {
			t.Fatalf("Map(%q).Text = %q, String = %q", s, m.Text, String(s))
		}
		if len(m.Offsets) != len(m.Text)+1 || m.Offsets[len(m.Text)] != len(s) {
			t.Fatalf("Map(%q): %d offsets for %d bytes", s, len(m.Offsets), len(m.Text))
		}
		for i, o := range m.Offsets[:len(m.Text)] {
			if o < 0 || o >= len(s) || !utf8.RuneStart(s[o]) || i > 0 && o < m.Offsets[i-1] {
				t.Fatalf("Map(%q): offset %d of byte %d is out of place", s, o, i)
			}
		}
		if from, to := m.Span(0, len(m.Text)); len(m.Text) > 0 && (from != m.Offsets[0] || to != len(s)) {
			t.Fatalf("Map(%q).Span of the whole is %d, %d", s, from, to)
		}
		if again := String(m.Text); again != m.Text {
			t.Fatalf("folding %q twice: %q then %q", s, m.Text, again)
		}
	})
}

func BenchmarkString(b *testing.B) {
	text := strings.Repeat("Réaffirmant sa résolution 59/50 du 2 décembre 2004 sur la mise en œuvre du Programme, l’Assemblée générale ", 100)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		String(text)
	}
}
