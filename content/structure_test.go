package content

import (
	"fmt"
	"strings"
	"testing"
)

// partsShape writes a document's parts as "label:preambular/operative",
// separated by spaces.
func partsShape(d *Document) string {
	var out []string
	for _, p := range d.Parts {
		out = append(out, fmt.Sprintf("%s:%d/%d", p.Label, len(p.Preamble), len(p.Operative)))
	}
	return strings.Join(out, " ")
}

// TestFormulaWithoutComma checks that parts A and B still split when each
// repeats a formula that lost its comma, in the languages whose formula has
// no article: italic in the UN's Russian layout, bare in the Chinese.
func TestFormulaWithoutComma(t *testing.T) {
	tests := []struct{ lang, head, formula, pre, op, want string }{
		{"ru", "Генеральная Ассамблея", "*Генеральная Ассамблея*", "*принимая к сведению* доклад,", "1. *постановляет* утвердить;", "A:1/1 B:1/1"},
		{"zh", "大会", "大会", "注意到报告，", "1. 决定核准；", "A:1/1 B:1/1"},
		{"en", "General Assembly", "*The General Assembly*", "*Noting* the report,", "1. *Decides* to approve;", "A:1/1 B:1/1"},
	}
	for _, tt := range tests {
		text := "United Nations\n\nA/RES/75/254 A-B\n\n" + tt.head + "\n\nDistr.: General\n\n75/254. Budget\n\nA\n\n" +
			tt.formula + "\n\n" + tt.pre + "\n\n" + tt.op + "\n\nB\n\n" + tt.formula + "\n\n" + tt.pre + "\n\n" + tt.op + "\n"
		d := Parse(text, Options{Language: tt.lang})
		if got := partsShape(d); got != tt.want {
			t.Errorf("%s: parts %q, want %q", tt.lang, got, tt.want)
		}
		if d.Masthead.Organ != tt.head {
			t.Errorf("%s: masthead organ %q, want %q", tt.lang, d.Masthead.Organ, tt.head)
		}
	}
}

// TestSpecialSessionTitle checks the title line of a special or emergency
// special session's resolution ("S-32/1.", Arabic "د إ ط-11/1."): the
// number and title are read and, without a symbol line, give the symbol;
// a formula that follows without its comma is still found after it.
func TestSpecialSessionTitle(t *testing.T) {
	tests := []struct{ lang, title, formula, number, symbol, name string }{
		{"zh", "S-32/1. 我们共同承诺", "大会", "S-32/1", "A/RES/S-32/1", "我们共同承诺"},
		{"en", "ES-11/1. Aggression against Ukraine", "The General Assembly,", "ES-11/1", "A/RES/ES-11/1", "Aggression against Ukraine"},
		{"ar", "د إ ط-11/1. العدوان على أوكرانيا", "إن الجمعية العامة،", "ES-11/1", "A/RES/ES-11/1", "العدوان على أوكرانيا"},
		{"fr", "Décision S-32/2. Calendrier", "L’Assemblée générale,", "S-32/2", "decision S-32/2", "Calendrier"},
	}
	for _, tt := range tests {
		d := Parse("United Nations\n\n"+tt.title+"\n\n"+tt.formula+"\n\n1. Decides;\n", Options{Language: tt.lang})
		if d.Number != tt.number || d.Symbol != tt.symbol || d.Title != tt.name {
			t.Errorf("%s: number %q symbol %q title %q, want %q %q %q", tt.lang, d.Number, d.Symbol, d.Title, tt.number, tt.symbol, tt.name)
		}
		if d.Formula == "" {
			t.Errorf("%s: no formula found", tt.lang)
		}
	}
}
