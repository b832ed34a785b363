package cite

import (
	"strings"
	"testing"
)

// TestAdoptedByLater checks that a "session/number" resolution the General
// Assembly cannot have adopted (session below 31) goes to the organ the
// clause names after it, and that a later Assembly number does not.
func TestAdoptedByLater(t *testing.T) {
	const ga = "General Assembly"
	tests := []struct {
		name, lang, text string
		want             []string
	}{
		{"en HRC later, marker glued to year", "en",
			"welcoming the promotion of the effective implementation of resolution 16/18 of 24 March 2011⁶ and all its subsequent versions adopted by the\nHuman Rights Council to counter global violence,",
			[]string{"A/HRC/RES/16/18|resolution|Human Rights Council|2011-03-24@16/18"}},
		{"en GA number stays GA", "en",
			"Recalling General Assembly resolution 60/251 of 15 March 2006 and the institution-building package adopted by the Human Rights Council,",
			[]string{"A/RES/60/251|resolution|General Assembly|2006-03-15@60/251"}},
		{"en bare GA number stays GA", "en",
			"Recalling resolution 60/251 of 15 March 2006 and the texts adopted by the Human Rights Council,",
			[]string{"A/RES/60/251|resolution|General Assembly|2006-03-15@60/251"}},
		{"en list of old numbers", "en",
			"resolutions 16/18 and 19/25, adopted by the Human Rights Council,",
			[]string{"A/HRC/RES/16/18|resolution|Human Rights Council|@16/18", "A/HRC/RES/19/25|resolution|Human Rights Council|@19/25"}},
		// 16/18 cannot be the Assembly's (session 16): the other organ
		// the clause names takes it.
		{"en old number before a GA one", "en",
			"resolutions 16/18 and 66/167 adopted by the General Assembly and the Human Rights Council",
			[]string{"A/HRC/RES/16/18|resolution|Human Rights Council|@16/18", "A/RES/66/167|resolution|General Assembly|@66/167"}},
		// Nothing in the clause can have adopted 16/18: no citation.
		{"en not past the clause", "en",
			"resolution 16/18; the text adopted by the Human Rights Council",
			nil},
		{"fr", "fr",
			"la résolution 16/18 du 24 mars 2011 et toutes ses versions ultérieures adoptées par le Conseil des droits de l’homme",
			[]string{"A/HRC/RES/16/18|resolution|Human Rights Council|2011-03-24@16/18"}},
		{"fr GA stays", "fr",
			"la résolution 60/251 du 15 mars 2006 et les textes adoptés par le Conseil des droits de l’homme",
			[]string{"A/RES/60/251|resolution|General Assembly|2006-03-15@60/251"}},
		{"es", "es",
			"la resolución 16/18, de 24 de marzo de 2011, y todas sus versiones posteriores aprobadas por el Consejo de Derechos Humanos",
			[]string{"A/HRC/RES/16/18|resolution|Human Rights Council|2011-03-24@16/18"}},
		{"ru", "ru",
			"резолюции 16/18 от 24 марта 2011 года и всех ее последующих вариантов, принятых Советом по правам человека",
			[]string{"A/HRC/RES/16/18|resolution|Human Rights Council|2011-03-24@16/18"}},
		{"ar", "ar",
			"القرار 16/18 المؤرخ 24 آذار/مارس 2011 وجميع صيغه اللاحقة التي اعتمدها مجلس حقوق الإنسان",
			[]string{"A/HRC/RES/16/18|resolution|Human Rights Council|2011-03-24@16/18"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := render(tt.text, Scan(tt.text, tt.lang, ga))
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("Scan(%q, %s):\n got  %q\n want %q", tt.text, tt.lang, got, tt.want)
			}
		})
	}
}
