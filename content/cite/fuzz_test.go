package cite

import (
	"os"
	"strings"
	"testing"

	"resolute/internal/corpus"
)

// checkInvariants fails t if a match breaks the contract of Scan.
func checkInvariants(t *testing.T, text, lang string, ms []Match) {
	t.Helper()
	prev := 0
	for _, m := range ms {
		if m.Start < 0 || m.Start >= m.End || m.End > len(text) {
			t.Fatalf("Scan(%q, %s): bad span %d:%d", text, lang, m.Start, m.End)
		}
		if m.Start < prev {
			t.Fatalf("Scan(%q, %s): out of order at %d", text, lang, m.Start)
		}
		prev = m.Start
		if m.Symbol == "" {
			t.Fatalf("Scan(%q, %s): empty symbol", text, lang)
		}
		switch m.Kind {
		case "resolution", "decision", "document":
		default:
			t.Fatalf("Scan(%q, %s): kind %q", text, lang, m.Kind)
		}
	}
}

func FuzzScan(f *testing.F) {
	for _, s := range []string{
		"Recalling its resolutions 58/268 and 58/269 of 23 December 2003,",
		"resolutions 43/222 A to E, 2625 (XXV), S-26/2, ES-11/1 and A/79/302-S/2024/600",
		"su resolución 59/50, de 2 de diciembre de 2004,",
		"sa résolution 59/50 du 1er décembre 2004",
		"свою резолюцию 260 А (III) от 2 декабря 2004 года",
		"قراريها 58/268 و 58/269 المؤرخين 23 كانون الأول/ديسمبر 2003 و دإط-10/15 و 2205 (د-21)",
		"其2004年12月2日第59/50号、第1631(2005)号决议，第74/568号决定",
		"resolution “unclosed 59/50 «",
		"resolution 2568 (2021( and 1/",
		"إذ تشـــير إلى قــراراتها 51/45 باء المؤرخ 10 كانون الأول/ديسـمــــبر 1996 و\u200f 52/38",
		"قراريها د إ ط-11/1 و د إ ط-11/2 وقرارها 305/76؛ و 55/222",
		"resolution 3/2005 and EC-57/1, document MSC 103/21/Add.1, No. 39 (2022), 1267/1989/2253",
		"Environment Assembly resolutions 5/2, 5/7 and 5/8 of 2 March 2022,²⁰ and resolutions 1325 and 2250",
		"the Human Rights Council in its resolution 35/33 and Council resolution 31/18 of 23 March 2016",
		"回顾其2006年3月15日关于设立人权理事会的第60/251号决议和联合国环境大会第4/1号决议",
		"les résolutions 44/20 du 17 juillet 2020⁴ et 60/16 du 7 octobre 2025¹⁰ du Conseil",
	} {
		for _, lang := range []string{"en", "es", "fr", "ru", "ar", "zh"} {
			f.Add(s, lang)
		}
	}
	f.Fuzz(func(t *testing.T, text, lang string) {
		checkInvariants(t, text, lang, Scan(text, lang, "General Assembly"))
	})
}

// TestScanHuge checks that half a megabyte of dense citation-like text is
// scanned in linear time and keeps the span invariants.
func TestScanHuge(t *testing.T) {
	if testing.Short() {
		t.Skip("huge input")
	}
	for _, c := range []struct{ unit, lang string }{
		{"resolution 59/50 “", "en"}, {"第59/50号决议，", "zh"}, {"قرارها 59/50 و ", "ar"},
		{"A/RES/1/1-", "en"}, {"(((((1/", "zh"}, {"резолюции 1/2 А и ", "ru"},
	} {
		text := strings.Repeat(c.unit, (1<<19)/len(c.unit))
		checkInvariants(t, text, c.lang, Scan(text, c.lang, ""))
	}
}

func BenchmarkScan(b *testing.B) {
	data, err := os.ReadFile(corpus.Require(b, "text", "ga-79-1.en.txt"))
	if err != nil {
		b.Fatal(err)
	}
	text := string(data)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for range b.N {
		Scan(text, "en", "General Assembly")
	}
}
