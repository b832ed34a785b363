package akn

import "testing"

// TestItemSubheadings checks that a subheading over a point opens that
// point's text, as the document prints it, however the markup gives it:
// as the <subheading> of the point (the English S/RES/2605 (2021) and
// S/RES/2610 (2021)), or as a heading paragraph of its own before an item
// marked up as a paragraph (the French S/RES/2610 (2021), the Arabic
// S/RES/2666 (2022)); and that it heads no later numbered paragraph.
func TestItemSubheadings(t *testing.T) {
	pre := `<preamble><container name="Recalling"><p><span class="italic">Recalling</span> its resolution 1/1,</p></container></preamble>`
	for _, tt := range []struct {
		name, body, item, want, op2head string
	}{
		{
			name: "subheading inside a point",
			body: `<mainBody><paragraph><num>1.</num><list><intro><p><span class="italic">Decides</span> the tasks:</p></intro>
<point><num>(i)</num><content><p>To help;</p></content></point>
<point><subheading>Special Criminal Court (SCC):</subheading><num>(ii)</num><content><p>To assist the Court;</p></content></point></list></paragraph>
<paragraph><num>2.</num><content><p><span class="italic">Decides</span> to remain seized.</p></content></paragraph></mainBody>`,
			item: "op1(ii)", want: "Special Criminal Court (SCC): To assist the Court;",
		},
		{
			name: "heading paragraph before an item paragraph",
			body: `<mainBody><paragraph><num>1.</num><content><p><span class="italic">Decides</span> the measures:</p></content></paragraph>
<paragraph class="H4"><subheading>Gel des avoirs</subheading></paragraph>
<paragraph><num>a)</num><content><p>Bloquer les fonds ;</p></content></paragraph>
<paragraph class="H4"><subheading>Interdiction de voyager</subheading></paragraph>
<paragraph><num>b)</num><content><p>Empêcher l’entrée ;</p></content></paragraph>
<paragraph><num>2.</num><content><p><span class="italic">Décide</span> de rester saisi.</p></content></paragraph></mainBody>`,
			item: "op1(b)", want: "Interdiction de voyager Empêcher l’entrée ;",
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d, err := ParseBytes([]byte(wrap("", pre+tt.body)), "s.xml")
			if err != nil {
				t.Fatal(err)
			}
			ops := d.Parts[0].Operative
			var got string
			for _, it := range ops[0].Items {
				if it.ID == tt.item {
					got = it.Text
				}
			}
			if got != tt.want {
				t.Errorf("%s = %q, want %q", tt.item, got, tt.want)
			}
			if len(ops) < 2 || ops[1].Heading != "" {
				t.Errorf("paragraph 2 has the heading %q; want none", ops[len(ops)-1].Heading)
			}
		})
	}
}
