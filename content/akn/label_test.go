package akn

import "testing"

// TestLabelFromText checks the numbers and labels read from the start of
// a paragraph's text, where the markup left them instead of in a <num>,
// and the slips read as a number only where it is the next one.
func TestLabelFromText(t *testing.T) {
	tests := []struct {
		name, text string
		next       int
		label      string // "" when the text keeps its start
		rest       string
	}{
		{"number and full stop", "16.\tInvite les États", 3, "16", "Invite les États"},
		{"full-width full stop", "6．\t提请特别委员会注意本决议。", 6, "6", "提请特别委员会注意本决议。"},
		{"comma for the full stop, next", "16,\tInvite les États", 16, "16", "Invite les États"},
		{"comma for the full stop, not next", "16,\tInvite les États", 3, "", "16,\tInvite les États"},
		{"stray quotation mark, next", "’\t19.\tSe déclare préoccupé", 19, "19", "Se déclare préoccupé"},
		{"stray quotation mark, not next", "’\t19.\tSe déclare préoccupé", 4, "", "’\t19.\tSe déclare préoccupé"},
		{"a quotation, not a number", "“2030 Agenda”", 1, "", "“2030 Agenda”"},
		{"ordinal", "37-е пленарное заседание", 37, "", "37-е пленарное заседание"},
		{"item", "(b)\tDecides", 2, "(b)", "Decides"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			u := &unit{}
			u.writeText(tc.text)
			want := u.text()
			if tc.label != "" {
				w := &unit{}
				w.writeText(tc.rest)
				want = w.text()
			}
			if got := labelFromText(u, tc.next); got != tc.label {
				t.Errorf("label %q, want %q", got, tc.label)
			}
			if got := u.text(); got != want {
				t.Errorf("text %q, want %q", got, want)
			}
		})
	}
}
