package cite

import (
	"fmt"
	"strings"
	"testing"
)

// got renders matches compactly for comparison: "SYMBOL|kind|organ|date@text".
func render(text string, ms []Match) []string {
	var out []string
	for _, m := range ms {
		out = append(out, fmt.Sprintf("%s|%s|%s|%s@%s", m.Symbol, m.Kind, m.Organ, m.Date, text[m.Start:m.End]))
	}
	return out
}

func TestScan(t *testing.T) {
	const ga, sc = "General Assembly", "Security Council"
	tests := []struct {
		name, lang, organ, text string
		want                    []string
	}{
		{"en own with date", "en", ga, "Recalling its resolution 59/50 of 2 December 2004,",
			[]string{"A/RES/59/50|resolution|General Assembly|2004-12-02@59/50"}},
		{"en shared date", "en", ga, "Recalling its resolutions 58/268 and 58/269 of 23 December 2003,",
			[]string{"A/RES/58/268|resolution|General Assembly|2003-12-23@58/268", "A/RES/58/269|resolution|General Assembly|2003-12-23@58/269"}},
		{"en list with dates", "en", ga, "its resolutions 69/32 of 2 December 2014, 70/27 of 7 December 2015 and 71/32 of 5 December 2016;",
			[]string{"A/RES/69/32|resolution|General Assembly|2014-12-02@69/32", "A/RES/70/27|resolution|General Assembly|2015-12-07@70/27", "A/RES/71/32|resolution|General Assembly|2016-12-05@71/32"}},
		{"en SC", "en", ga, "Security Council resolution 1631 (2005) of 17 October 2005",
			[]string{"S/RES/1631 (2005)|resolution|Security Council|2005-10-17@1631 (2005)"}},
		{"en SC list", "en", sc, "Recalling its resolutions 1754 (2007), 1783 (2007) and 2099 (2013),",
			[]string{"S/RES/1754 (2007)|resolution|Security Council|@1754 (2007)", "S/RES/1783 (2007)|resolution|Security Council|@1783 (2007)", "S/RES/2099 (2013)|resolution|Security Council|@2099 (2013)"}},
		{"en ECOSOC", "en", ga, "Economic and Social Council resolution 2019/19 of 23 July 2019",
			[]string{"E/RES/2019/19|resolution|Economic and Social Council|2019-07-23@2019/19"}},
		{"en HRC", "en", ga, "Human Rights Council resolution 43/1 of 19 June 2020",
			[]string{"A/HRC/RES/43/1|resolution|Human Rights Council|2020-06-19@43/1"}},
		{"en HRC own", "en", "Human Rights Council", "Recalling its resolution 43/1,",
			[]string{"A/HRC/RES/43/1|resolution|Human Rights Council|@43/1"}},
		{"en decision", "en", ga, "its decision 74/537 B of 11 August 2020",
			[]string{"decision 74/537 B|decision|General Assembly|2020-08-11@74/537 B"}},
		{"en pre-1976", "en", ga, "resolution 2625 (XXV) of 24 October 1970 and 217 A (III)",
			[]string{"A/RES/2625 (XXV)|resolution|General Assembly|1970-10-24@2625 (XXV)", "A/RES/217 (III)|resolution|General Assembly|@217 A (III)"}},
		{"en special sessions", "en", ga, "resolutions S-26/2 and ES-11/1 and 3201 (S-VI)",
			[]string{"A/RES/S-26/2|resolution|General Assembly|@S-26/2", "A/RES/ES-11/1|resolution|General Assembly|@ES-11/1", "A/RES/3201(S-VI)|resolution|General Assembly|@3201 (S-VI)"}},
		{"en letter range", "en", ga, "resolutions 43/222 A to E and 76/84 A and B and 56/214\u00a0B",
			[]string{"A/RES/43/222|resolution|General Assembly|@43/222 A to E", "A/RES/76/84A-B|resolution|General Assembly|@76/84 A and B", "A/RES/56/214B|resolution|General Assembly|@56/214\u00a0B"}},
		{"en full symbols", "en", ga, "the report (A/79/302-S/2024/600) and draft A/C.3/65/L.20/Rev.1 and A/RES/65/122.",
			[]string{"A/79/302|document||@A/79/302", "S/2024/600|document||@S/2024/600", "A/C.3/65/L.20/Rev.1|document||@A/C.3/65/L.20/Rev.1", "A/RES/65/122|resolution|General Assembly|@A/RES/65/122"}},
		{"en non-UN", "en", ga, "CBD decision X/2 and document WHA75/10 and XII/11.", nil},
		{"en COP decision", "en", ga, "Recalling decision 14/8 of the Conference of the Parties to the Convention, and COP decision 15/4;", nil},
		{"zh COP decision", "zh", ga, "缔约方大会第14/8号决定", nil},
		{"en Add expansion", "en", ga, "(A/65/L.6 and Add.1)",
			[]string{"A/65/L.6|document||@A/65/L.6", "A/65/L.6/Add.1|document||@Add.1"}},
		{"en quoted title in list", "en", ga, "resolutions 70/1 of 25 September 2015, entitled “Transforming our world: the 2030 Agenda”, and 71/313.",
			[]string{"A/RES/70/1|resolution|General Assembly|2015-09-25@70/1", "A/RES/71/313|resolution|General Assembly|@71/313"}},
		{"en abbreviation", "en", ga, "Resolutions 52/214, sect. C, para. 3; 55/222, sect. III, para. 12.",
			[]string{"A/RES/52/214|resolution|General Assembly|@52/214", "A/RES/55/222|resolution|General Assembly|@55/222"}},
		{"en clause end", "en", ga, "the present resolution. The budget for 2010/11 is approved.", nil},
		{"en HRC report footnote", "en", ga, "Official Records of the General Assembly, Seventy-fourth Session, Supplement No. 53A (A/74/53/Add.1), chap. III, resolution 42/12.",
			[]string{"A/74/53/Add.1|document||@A/74/53/Add.1", "A/HRC/RES/42/12|resolution|Human Rights Council|@42/12"}},
		{"en hard-wrapped", "en", sc, "resolutions 660 (1990) of\n2 August 1990, 1631\n(2005) of 17 October\n2005,",
			[]string{"S/RES/660 (1990)|resolution|Security Council|1990-08-02@660 (1990)", "S/RES/1631 (2005)|resolution|Security Council|2005-10-17@1631\n(2005)"}},
		{"en budget period", "en", ga, "Recalling its resolution 64/243 on the budget for the period 2010/11, and Economic and Social Council resolution 2010/11",
			[]string{"A/RES/64/243|resolution|General Assembly|@64/243", "E/RES/2010/11|resolution|Economic and Social Council|@2010/11"}},
		{"es sample", "es", ga, "Haciendo referencia a su resolución 59/50, de 2 de diciembre de 2004, en que",
			[]string{"A/RES/59/50|resolution|General Assembly|2004-12-02@59/50"}},
		{"es list", "es", ga, "resoluciones 49/57 y 49/60",
			[]string{"A/RES/49/57|resolution|General Assembly|@49/57", "A/RES/49/60|resolution|General Assembly|@49/60"}},
		{"es SC", "es", ga, "la resolución 1631 (2005) del Consejo de Seguridad, de 17 de octubre de 2005,",
			[]string{"S/RES/1631 (2005)|resolution|Security Council|2005-10-17@1631 (2005)"}},
		{"es HRC", "es", ga, "la resolución 44/18 del Consejo de Derechos Humanos, de 17 de julio de 2020",
			[]string{"A/HRC/RES/44/18|resolution|Human Rights Council|2020-07-17@44/18"}},
		{"es first of month", "es", ga, "resolución 2 (I), de 1° de febrero de 1946",
			[]string{"A/RES/2 (I)|resolution|General Assembly|1946-02-01@2 (I)"}},
		{"fr own", "fr", ga, "sa résolution 59/50 du 2\u00a0décembre 2004",
			[]string{"A/RES/59/50|resolution|General Assembly|2004-12-02@59/50"}},
		{"fr first", "fr", ga, "sa décision 78/550 du 1er mai 2024",
			[]string{"decision 78/550|decision|General Assembly|2024-05-01@78/550"}},
		{"fr HRC list after", "fr", ga, "les résolutions 43/1 du 19\u00a0juin 2020 et 47/21 du Conseil des droits de l’homme,",
			[]string{"A/HRC/RES/43/1|resolution|Human Rights Council|2020-06-19@43/1", "A/HRC/RES/47/21|resolution|Human Rights Council|@47/21"}},
		{"fr ECOSOC en date", "fr", ga, "la résolution 1996/31 du Conseil économique et social en date du 25 juillet 1996",
			[]string{"E/RES/1996/31|resolution|Economic and Social Council|1996-07-25@1996/31"}},
		{"ru own", "ru", ga, "свою резолюцию 59/50 от 2 декабря 2004 года",
			[]string{"A/RES/59/50|resolution|General Assembly|2004-12-02@59/50"}},
		{"ru SC", "ru", ga, "резолюция 1631 (2005) Совета Безопасности от 17 октября 2005 года",
			[]string{"S/RES/1631 (2005)|resolution|Security Council|2005-10-17@1631 (2005)"}},
		{"ru cyrillic letter", "ru", ga, "резолюцию 260 А (III) и резолюции 40/257 A–C",
			[]string{"A/RES/260 (III)|resolution|General Assembly|@260 А (III)", "A/RES/40/257|resolution|General Assembly|@40/257 A–C"}},
		{"ar own", "ar", ga, "قرارها 59/50 المؤرخ 2 كانون الأول/ديسمبر 2004",
			[]string{"A/RES/59/50|resolution|General Assembly|2004-12-02@59/50"}},
		{"ar SC", "ar", ga, "قرار مجلس الأمن 1631 (2005) المؤرخ 17 تشرين الأول/ أكتوبر 2005",
			[]string{"S/RES/1631 (2005)|resolution|Security Council|2005-10-17@1631 (2005)"}},
		{"ar old session", "ar", ga, "القرار 2205 (د-21) والقرار 217 ألف (د-3) والقرار 3201 (دإ-6)",
			[]string{"A/RES/2205 (XXI)|resolution|General Assembly|@2205 (د-21)", "A/RES/217 (III)|resolution|General Assembly|@217 ألف (د-3)", "A/RES/3201(S-VI)|resolution|General Assembly|@3201 (دإ-6)"}},
		{"ar special sessions", "ar", ga, "القرارين دإ-30/1 و دإط-10/15",
			[]string{"A/RES/S-30/1|resolution|General Assembly|@دإ-30/1", "A/RES/ES-10/15|resolution|General Assembly|@دإط-10/15"}},
		{"ar dual date", "ar", ga, "قراريها 58/268 و 58/269 المؤرخين 23 كانون الأول/ديسمبر 2003",
			[]string{"A/RES/58/268|resolution|General Assembly|2003-12-23@58/268", "A/RES/58/269|resolution|General Assembly|2003-12-23@58/269"}},
		{"ar lil", "ar", ga, "للقرارات 51/233 و 55/180 باء",
			[]string{"A/RES/51/233|resolution|General Assembly|@51/233", "A/RES/55/180B|resolution|General Assembly|@55/180 باء"}},
		{"ar glued conjunction", "ar", ga, "قراريها 73/38 و74/38",
			[]string{"A/RES/73/38|resolution|General Assembly|@73/38", "A/RES/74/38|resolution|General Assembly|@74/38"}},
		{"fr special session nbsp", "fr", ga, "résolution 1874 (S\u2011IV) du 27\u00a0juin 1963",
			[]string{"A/RES/1874(S-IV)|resolution|General Assembly|1963-06-27@1874 (S\u2011IV)"}},
		{"zh label on Arabic text", "zh", ga, "القرار 70/1.",
			[]string{"A/RES/70/1|resolution|General Assembly|@70/1"}},
		{"zh own dated", "zh", ga, "回顾其2004年12月2日第59/50号决议，",
			[]string{"A/RES/59/50|resolution|General Assembly|2004-12-02@59/50"}},
		{"zh SC", "zh", ga, "安全理事会第1631(2005)号决议",
			[]string{"S/RES/1631 (2005)|resolution|Security Council|@1631(2005)"}},
		{"zh compact list", "zh", ga, "第59/296、60/266和76/274号决议",
			[]string{"A/RES/59/296|resolution|General Assembly|@59/296", "A/RES/60/266|resolution|General Assembly|@60/266", "A/RES/76/274|resolution|General Assembly|@76/274"}},
		{"zh dated list", "zh", ga, "其2014年12月2日第69/32号、2015年12月7日第70/27号决议",
			[]string{"A/RES/69/32|resolution|General Assembly|2014-12-02@69/32", "A/RES/70/27|resolution|General Assembly|2015-12-07@70/27"}},
		{"zh HRC", "zh", ga, "人权理事会2017年3月24日第34/36号决议",
			[]string{"A/HRC/RES/34/36|resolution|Human Rights Council|2017-03-24@34/36"}},
		{"zh decision", "zh", ga, "第74/568号决定",
			[]string{"decision 74/568|decision|General Assembly|@74/568"}},
		{"zh no hao", "zh", ga, "第1540(2004)决议",
			[]string{"S/RES/1540 (2004)|resolution|Security Council|@1540(2004)"}},
		{"zh letter", "zh", ga, "第55/180 B号决议和第217 A (III)号决议",
			[]string{"A/RES/55/180B|resolution|General Assembly|@55/180 B", "A/RES/217 (III)|resolution|General Assembly|@217 A (III)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := render(tt.text, Scan(tt.text, tt.lang, tt.organ))
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("Scan(%q, %s):\n got  %q\n want %q", tt.text, tt.lang, got, tt.want)
			}
		})
	}
}
