package ui

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"charm.land/bubbles/v2/list"
	tea "charm.land/bubbletea/v2"

	"resolute/content"
)

func ptr(s string) *string { return &s }

// fixture returns a small Spanish-like resolution with items, footnotes
// and citations, built by hand so the tests do not depend on the parser.
func fixture() *content.Document {
	d := &content.Document{
		Symbol:   "A/RES/65/122",
		Language: "es",
		Number:   "65/122",
		Title:    "Cooperación entre las Naciones Unidas y la Organización del Tratado de Seguridad Colectiva",
		Formula:  "La Asamblea General,",
		Masthead: content.Masthead{Organ: "Asamblea General"},
	}
	part := content.Part{}
	pre := []string{
		"Haciendo referencia a su resolución 59/50, de 2 de diciembre de 2004, en que otorgó a la Organización la condición de observador,",
		"Haciendo referencia también a su resolución 64/256, de 2 de marzo de 2010, relativa a la cooperación,",
		"Haciendo referencia a la resolución 1631 (2005) del Consejo de Seguridad y a las declaraciones¹,",
		"Poniendo de relieve que la contribución de las organizaciones regionales puede ser un complemento útil,",
	}
	for i, t := range pre {
		part.Preamble = append(part.Preamble, content.Paragraph{ID: "pp" + strconv.Itoa(i+1), Kind: content.Preambular, Text: t})
	}
	ops := []string{
		"Hace notar la actividad de la Organización encaminada a fomentar la cooperación regional;",
		"Hace notar también la importancia de fortalecer el diálogo y la coordinación, recordando su resolución 59/50;",
		"Invita a los componentes especializados del sistema a que:",
		"Solicita al Secretario General que le presente un informe sobre la aplicación de la presente resolución;",
		"Decide incluir en el programa provisional el subtema titulado “Cooperación”.",
	}
	for i, t := range ops {
		n := strconv.Itoa(i + 1)
		p := content.Paragraph{ID: "op" + n, Kind: content.Operative, Number: ptr(n), Text: t}
		if i == 2 {
			p.Items = []content.Item{
				{ID: "op3(a)", Label: "a)", Text: "cooperen con la Organización en la lucha contra el terrorismo;"},
				{ID: "op3(b)", Label: "b)", Text: "establezcan contactos directos con la Organización;", Items: []content.Item{
					{ID: "op3(b)(i)", Label: "i)", Text: "por conducto de la Oficina contra la Droga y el Delito;"},
				}},
			}
		}
		part.Operative = append(part.Operative, p)
	}
	d.Parts = []content.Part{part}
	d.Footnotes = []content.Footnote{{Marker: "1", Text: "Véanse las resoluciones 49/57 y 49/60.", Paragraph: "pp3"}}
	d.Citations = []content.Citation{
		{Symbol: "A/RES/59/50", Kind: content.ResolutionCitation, Date: "2004-12-02", Mentions: []content.Mention{
			{Paragraph: "pp1", Start: strings.Index(pre[0], "59/50"), End: strings.Index(pre[0], "59/50") + 5},
			{Paragraph: "op2", Start: strings.Index(ops[1], "59/50"), End: strings.Index(ops[1], "59/50") + 5},
		}},
		{Symbol: "A/RES/64/256", Kind: content.ResolutionCitation, Date: "2010-03-02", Mentions: []content.Mention{
			{Paragraph: "pp2", Start: strings.Index(pre[1], "64/256"), End: strings.Index(pre[1], "64/256") + 6},
		}},
		{Symbol: "S/RES/1631 (2005)", Kind: content.ResolutionCitation, Mentions: []content.Mention{
			{Paragraph: "pp3", Start: strings.Index(pre[2], "1631 (2005)"), End: strings.Index(pre[2], "1631 (2005)") + 11},
		}},
	}
	return d
}

// multipart returns a document with parts I and II and an annex.
func multipart() *content.Document {
	d := &content.Document{Symbol: "A/RES/1/2", Language: "en", Title: "Two parts"}
	for _, label := range []string{"I", "II"} {
		p := content.Part{Label: label, Heading: "Section " + label}
		p.Preamble = []content.Paragraph{{ID: label + ".pp1", Kind: content.Preambular, Text: "Recalling part " + label + ","}}
		for i := 1; i <= 4; i++ {
			n := strconv.Itoa(i)
			p.Operative = append(p.Operative, content.Paragraph{ID: label + ".op" + n, Kind: content.Operative, Number: ptr(n),
				Text: fmt.Sprintf("Decides, in part %s, paragraph %d;", label, i)})
		}
		d.Parts = append(d.Parts, p)
	}
	d.Annexes = []content.Annex{{ID: "annex", Label: "Annex", Title: "Terms", Paragraphs: []content.Paragraph{
		{ID: "annex.p1", Kind: content.AnnexText, Text: "First annex paragraph."},
	}}}
	return d
}

// bigDoc returns a document of about size bytes of operative paragraphs.
func bigDoc(size int) *content.Document {
	d := &content.Document{Symbol: "A/RES/99/1", Language: "en", Title: "Big"}
	part := content.Part{}
	text := "Requests the Secretary-General to continue the consultations on resolución 59/50 with regional organizations, and to report thereon at its next session, "
	for i := 1; size > 0; i++ {
		n := strconv.Itoa(i)
		t := strings.Repeat(text, 1+i%4)
		part.Operative = append(part.Operative, content.Paragraph{ID: "op" + n, Kind: content.Operative, Number: ptr(n), Text: t})
		size -= len(t)
	}
	d.Parts = []content.Part{part}
	return d
}

// newSized returns a reader for d sized w×h with every block rendered.
func newSized(d *content.Document, opt Options, w, h int) *model {
	if opt.Style == "" {
		opt.Style = "notty"
	}
	m := New(d, opt).(*model)
	run(m, m.Init())
	run(m, func() tea.Msg { return tea.WindowSizeMsg{Width: w, Height: h} })
	return m
}

// run executes cmd and feeds its messages back into m, following render
// chains and batches; ticks and other timed commands are not run.
func run(m *model, cmd tea.Cmd) {
	queue := []tea.Cmd{cmd}
	for steps := 0; len(queue) > 0 && steps < 10000; steps++ {
		c := queue[0]
		queue = queue[1:]
		if c == nil {
			continue
		}
		done := make(chan tea.Msg, 1)
		go func() { done <- c() }()
		var got tea.Msg
		select {
		case got = <-done:
		case <-time.After(5 * time.Second):
			continue // a command that never returns
		}
		switch msg := got.(type) {
		case tea.BatchMsg:
			queue = append(queue, msg...)
		case tea.WindowSizeMsg, tea.KeyPressMsg, tea.BackgroundColorMsg, tea.MouseWheelMsg, tea.MouseClickMsg, resizeSettledMsg, blocksRenderedMsg, foldedMsg, docOpenedMsg, docOpenFailedMsg, fullDocMsg, backgroundMsg, diffOpenedMsg, diffFailedMsg,
			libraryMsg, list.FilterMatchesMsg, languagesMsg, languageOpenedMsg, besideFullMsg:
			_, next := m.Update(msg)
			queue = append(queue, next)
		}
	}
}

// press sends keys to m: single characters, or names such as "enter",
// "tab", "esc", "backspace", "space", "down".
func press(m *model, keys ...string) {
	for _, k := range keys {
		run(m, func() tea.Msg { return keyMsg(k) })
	}
}

func keyMsg(k string) tea.KeyPressMsg {
	named := map[string]rune{
		"enter": tea.KeyEnter, "tab": tea.KeyTab, "esc": tea.KeyEscape, "backspace": tea.KeyBackspace,
		"space": tea.KeySpace, "down": tea.KeyDown, "up": tea.KeyUp, "pgdown": tea.KeyPgDown,
		"pgup": tea.KeyPgUp, "home": tea.KeyHome, "end": tea.KeyEnd,
	}
	if c, ok := named[k]; ok {
		if k == "space" {
			return tea.KeyPressMsg{Code: c, Text: " "}
		}
		return tea.KeyPressMsg{Code: c}
	}
	if k == "ctrl+d" {
		return tea.KeyPressMsg{Code: 'd', Mod: tea.ModCtrl}
	}
	r := []rune(k)[0]
	return tea.KeyPressMsg{Code: r, Text: k}
}

// typeText presses each character of s.
func typeText(m *model, s string) {
	for _, r := range s {
		press(m, string(r))
	}
}
