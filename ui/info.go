package ui

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/charmbracelet/x/ansi"

	"resolute/content"
)

// Bounds on what the info view shows of a field, so that a hostile
// document cannot make it slow: a value's bytes and a list's entries.
const (
	infoMaxValue = 4096
	infoMaxList  = 1000
	// infoLabelWidth is the widest label that stays beside its value.
	infoLabelWidth = 14
)

// infoField is one line of the info view before wrapping: a label and its
// value, both plain text.
type infoField struct {
	label, value string
}

// openInfo shows the information of the document on screen.
func (m *model) openInfo() {
	d := m.view.doc
	m.over.open(overlayInfo, "Document information", "i or esc: close", func(width int) []string {
		order := func(s string) string { return s }
		if v := m.view; m.visual && v.rtl() {
			order = v.pane.visualOf // the values, not the labels
		}
		return infoLines(infoFields(d), m.st, width, order)
	})
}

// infoLines lays fields out for width: labels in a column, values wrapped
// beside them; below 40 columns each label sits on its own line. order
// writes each line of a value (visual order for right-to-left text).
func infoLines(fields []infoField, st styles, width int, order func(string) string) []string {
	labelW := 0
	for _, f := range fields {
		if w := ansi.StringWidth(f.label); w <= infoLabelWidth {
			labelW = max(labelW, w)
		}
	}
	labelW += 3 // a space before, a colon and a space after
	stacked := width < 40 || width-labelW < 20
	var out []string
	for _, f := range fields {
		if !stacked && ansi.StringWidth(f.label) > infoLabelWidth {
			// A long label on its own line, its value in the column.
			out = append(out, st.infoLabel.Render(ansi.Truncate(" "+f.label+":", width, "…")))
			for _, l := range wrapValue(f.value, width-labelW, order) {
				out = append(out, strings.Repeat(" ", labelW)+l)
			}
			continue
		}
		if stacked {
			out = append(out, st.infoLabel.Render(ansi.Truncate(" "+f.label+":", width, "…")))
			for _, l := range wrapValue(f.value, max(1, width-3), order) {
				out = append(out, "   "+l)
			}
			continue
		}
		label := " " + f.label + ":"
		label += strings.Repeat(" ", labelW-ansi.StringWidth(label))
		pad := strings.Repeat(" ", labelW)
		for i, l := range wrapValue(f.value, width-labelW, order) {
			if i == 0 {
				out = append(out, st.infoLabel.Render(label)+l)
			} else {
				out = append(out, pad+l)
			}
		}
	}
	return out
}

// wrapValue wraps a value to width cells and writes each line with order.
func wrapValue(value string, width int, order func(string) string) []string {
	lines := wrapPlain(value, width)
	for i, l := range lines {
		lines[i] = order(l)
	}
	return lines
}

// infoFields lists what is known of d, omitting what is empty. Values are
// cleaned and bounded.
func infoFields(d *content.Document) []infoField {
	if d == nil {
		return nil
	}
	mh := d.Masthead
	meta := d.Meta
	if meta == nil {
		meta = &content.Meta{}
	}
	var out []infoField
	add := func(label, value string) {
		value = strings.TrimSpace(clean(boundText(value)))
		if value != "" {
			out = append(out, infoField{label, value})
		}
	}
	add("Symbol", d.Symbol)
	add("Organ", firstNonEmpty(d.Organ, mh.Organ))
	add("Language", languageName(d.Language))
	add("Number", d.Number)
	add("Title", d.Title)
	add("Session", mh.Session)
	agenda := firstNonEmpty(mh.AgendaItem, meta.AgendaItem)
	if mh.AgendaTitle != "" {
		agenda = strings.TrimSpace(agenda + " — " + mh.AgendaTitle)
	}
	add("Agenda item", agenda)
	add("Adoption", mh.Adoption)
	add("Adopted on", firstNonEmpty(mh.AdoptionDate, meta.AdoptionDate))
	add("Proponent", mh.Proponent)
	add("Meeting", mh.Meeting)
	if mh.Meeting == "" {
		add("Closing", joinList(d.Closing, " · "))
	}
	add("Meeting record", meta.MeetingRecord)
	add("Draft", meta.Draft)
	add("Report", meta.Report)
	add(counted("Sponsors", meta.Sponsors), joinList(meta.Sponsors, ", "))
	add(counted("Additional sponsors", meta.AdditionalSponsors), joinList(meta.AdditionalSponsors, ", "))
	add("Vote", voteText(meta.Vote))
	add("SDG goals", joinList(meta.SDGs, ", "))
	add("Subjects", joinList(meta.Subjects, "; "))
	add("Paragraphs", paragraphCounts(d))
	if n := len(d.Footnotes); n > 0 {
		add("Footnotes", strconv.Itoa(n))
	}
	if n := len(d.Citations); n > 0 {
		add("Citations", strconv.Itoa(n))
	}
	if n := len(d.Annexes); n > 0 {
		add("Annexes", strconv.Itoa(n))
	}
	if n := len(d.Diagnostics); n > 0 {
		add("Diagnostics", strconv.Itoa(n))
	}
	return out
}

// firstNonEmpty returns the first non-empty string.
func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			return s
		}
	}
	return ""
}

// boundText cuts s to infoMaxValue bytes, on a character boundary.
func boundText(s string) string {
	if len(s) <= infoMaxValue {
		return s
	}
	i := infoMaxValue
	for i > 0 && s[i]&0xC0 == 0x80 {
		i--
	}
	return s[:i] + "…"
}

// counted returns label with the number of entries of list, when more than one.
func counted(label string, list []string) string {
	n := 0
	for _, s := range list {
		if strings.TrimSpace(s) != "" {
			n++
		}
	}
	if n > 1 {
		return label + " (" + strconv.Itoa(n) + ")"
	}
	return label
}

// joinList joins the non-empty entries of list with sep, at most
// infoMaxList of them.
func joinList(list []string, sep string) string {
	var b strings.Builder
	n := 0
	for _, s := range list {
		s = strings.TrimSpace(s)
		if s == "" {
			continue
		}
		if n == infoMaxList || b.Len() > infoMaxValue {
			b.WriteString(sep + "…")
			break
		}
		if n > 0 {
			b.WriteString(sep)
		}
		b.WriteString(s)
		n++
	}
	return b.String()
}

// languageName returns the English name of a UN language code, with the code.
func languageName(code string) string {
	names := map[string]string{"ar": "Arabic", "en": "English", "es": "Spanish", "fr": "French", "ru": "Russian", "zh": "Chinese"}
	if n, ok := names[strings.ToLower(code)]; ok {
		return n + " (" + strings.ToLower(code) + ")"
	}
	return code
}

// voteText says how the resolution was adopted: "adopted without a vote",
// or the recorded vote with its counts.
func voteText(v *content.Vote) string {
	if v == nil {
		return ""
	}
	var counts []string
	for _, c := range []struct {
		n    *int
		name string
	}{{v.InFavour, "in favour"}, {v.Against, "against"}, {v.Abstaining, "abstaining"}} {
		if c.n != nil {
			counts = append(counts, strconv.Itoa(*c.n)+" "+c.name)
		}
	}
	o := strings.ToLower(v.Outcome)
	var s string
	switch {
	case strings.Contains(o, "withoutvote"):
		s = "adopted without a vote"
	case strings.Contains(o, "unanim"):
		s = "adopted unanimously"
	case strings.Contains(o, "recorded"):
		s = "adopted by a recorded vote"
	default:
		s = camelWords(v.Outcome)
	}
	if len(counts) > 0 {
		if s != "" {
			s += ": "
		}
		s += strings.Join(counts, ", ")
	}
	return s
}

// camelWords splits a camel-case name into lower-case words: "adoptedByVote" →
// "adopted by vote".
func camelWords(s string) string {
	var b strings.Builder
	for i, r := range s {
		if unicode.IsUpper(r) && i > 0 {
			b.WriteByte(' ')
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// paragraphCounts says how many preambular, operative and annex paragraphs
// d has, and in how many parts.
func paragraphCounts(d *content.Document) string {
	pp, op, ap := 0, 0, 0
	for _, p := range d.Parts {
		pp += len(p.Preamble)
		op += len(p.Operative)
	}
	for _, a := range d.Annexes {
		ap += len(a.Paragraphs)
	}
	if pp+op+ap == 0 {
		return ""
	}
	s := strconv.Itoa(pp) + " preambular, " + strconv.Itoa(op) + " operative"
	if ap > 0 {
		s += ", " + strconv.Itoa(ap) + " in annexes"
	}
	if len(d.Parts) > 1 {
		s += " (" + strconv.Itoa(len(d.Parts)) + " parts)"
	}
	return s
}
