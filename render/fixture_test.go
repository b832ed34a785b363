package render

import "resolute/content"

func ptr(s string) *string { return &s }

// fixture is a small Spanish resolution with every kind of block.
func fixture() *content.Document {
	return &content.Document{
		Symbol:   "A/RES/65/122",
		Language: "es",
		Organ:    "General Assembly",
		Masthead: content.Masthead{
			Organ:        "Asamblea General",
			Distribution: "Distr. general",
			IssueDate:    "10 de febrero de 2011",
			Session:      "Sexagésimo quinto período de sesiones",
			AgendaItem:   "Tema 122.f) del programa",
			Adoption:     "Resolución aprobada por la Asamblea General el 13 de diciembre de 2010",
			Proponent:    "[sin remisión previa a una Comisión Principal (A/65/L.6)]",
		},
		Number:  "65/122",
		Title:   "Cooperación entre las Naciones Unidas y la Organización de Cooperación Económica del Mar Negro",
		Formula: "La Asamblea General,",
		Parts: []content.Part{{
			Preamble: []content.Paragraph{
				{ID: "pp1", Kind: content.Preambular, Lead: "Haciendo referencia",
					Text: "Haciendo referencia a su resolución 59/50, de 2 de diciembre de 2004, y a todas sus resoluciones anteriores¹,"},
				{ID: "pp2", Kind: content.Preambular, Lead: "Acogiendo con beneplácito",
					Text: "Acogiendo con beneplácito la cooperación * entre # las organizaciones_regionales,"},
			},
			Operative: []content.Paragraph{
				{ID: "op1", Kind: content.Operative, Number: ptr("1"), Lead: "Toma nota",
					Text: "Toma nota del informe del Secretario General²;"},
				{ID: "op2", Kind: content.Operative, Number: ptr("2"), Lead: "Invita",
					Text: "Invita a los Estados Miembros a:",
					Items: []content.Item{
						{ID: "op2(a)", Label: "a)", Text: "cooperar en materia de comercio;"},
						{ID: "op2(b)", Label: "b)", Text: "apoyar:", Items: []content.Item{
							{ID: "op2(b)(i)", Label: "i)", Text: "la energía;"},
							{ID: "op2(b)(ii)", Label: "ii)", Text: "el transporte,"},
						}},
					},
					Tail: "en la región del Mar Negro;"},
				{ID: "op3", Kind: content.Operative, Number: ptr("3"), Lead: "Decide",
					Text: "Decide incluir en el programa provisional de su sexagésimo séptimo período de sesiones el tema titulado «Cooperación entre las Naciones Unidas y las organizaciones regionales»."},
			},
		}},
		Closing: []string{"62a sesión plenaria", "13 de diciembre de 2010"},
		Annexes: []content.Annex{{
			ID: "annex", Label: "Anexo", Title: "Declaración",
			Paragraphs: []content.Paragraph{
				{ID: "annex.p1", Kind: content.AnnexText, Number: ptr("1"), Text: "Los Estados participantes reafirman su compromiso."},
				{ID: "annex.p2", Kind: content.AnnexText, Heading: "Principios", Text: "1. Texto que empieza con un número."},
			},
		}},
		Footnotes: []content.Footnote{
			{Marker: "1", Text: "Véanse las resoluciones 49/57 y 49/60.", Paragraph: "pp1"},
			{Marker: "2", Text: "A/65/123.", Paragraph: "op1"},
			{Marker: "3", Text: "Nota sin párrafo.", Paragraph: ""},
		},
	}
}

// multipart is a document with two parts, A and B.
func multipart() *content.Document {
	return &content.Document{
		Symbol: "A/RES/77/128 A-B",
		Number: "77/128",
		Title:  "Questions relating to information",
		Parts: []content.Part{
			{Label: "A", Heading: "Information in the service of humanity",
				Formula: "The General Assembly,",
				Operative: []content.Paragraph{
					{ID: "A.op1", Kind: content.Operative, Number: ptr("1"), Lead: "Urges", Text: "Urges all countries to cooperate;"},
				},
				Closing: []string{"49th plenary meeting", "9 December 2022"}},
			{Label: "B", Heading: "United Nations public information policies",
				Preamble: []content.Paragraph{
					{ID: "B.pp1", Kind: content.Preambular, Lead: "Emphasizing", Text: "Emphasizing the role of the Department,"},
				},
				Operative: []content.Paragraph{
					{ID: "B.op1", Kind: content.Operative, Lead: "Requests", Text: "Requests the Secretary-General to report."},
				}},
		},
	}
}
