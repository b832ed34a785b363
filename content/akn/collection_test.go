package akn

import (
	"strings"
	"testing"
)

// TestCollectionLanguageFromComponents checks that a collection whose own
// <meta> is empty (as the UN's A/RES/80/236 A-B) takes the language, the
// adoption date and the organ from its first component.
func TestCollectionLanguageFromComponents(t *testing.T) {
	const doc = `<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
  <documentCollection name="publication">
    <meta></meta>
    <coverPage><p><docNumber refersTo="#symbol">A/RES/80/236 A-B</docNumber></p></coverPage>
    <collectionBody><component eId="comp_def_0"><documentRef href="comp_0"/></component></collectionBody>
  </documentCollection>
  <components>
    <component eId="comp_0">
      <statement name="resolution">
        <meta><identification source="#DGACM"><FRBRWork><FRBRthis value="/akn/un/statement/deliberation/unga/2025-12-30/80-236A/!main/"/><FRBRdate date="2025-12-30" name="adoption"/></FRBRWork><FRBRExpression><FRBRlanguage language="ara"/></FRBRExpression></identification></meta>
        <preamble><p>إن الجمعية العامة،</p><p>إذ تشير إلى قرارها 79/1،</p></preamble>
        <mainBody><paragraph><num>1</num><content><p>تقرر ذلك؛</p></content></paragraph></mainBody>
      </statement>
    </component>
  </components>
</akomaNtoso>`
	d, err := Parse(strings.NewReader(doc), "collection.xml")
	if err != nil {
		t.Fatal(err)
	}
	if d.Language != "ar" || d.Organ != "General Assembly" || d.Meta == nil || d.Meta.AdoptionDate != "2025-12-30" {
		t.Errorf("language %q, organ %q, meta %+v", d.Language, d.Organ, d.Meta)
	}
}
