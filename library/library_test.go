package library

import (
	"os"
	"path/filepath"
	"testing"
)

func TestSniff(t *testing.T) {
	tests := []struct {
		name, head, want string
	}{
		{"symbol line", "United Nations\n\nA/RES/77/128 A-B\n\nGeneral Assembly\n", "A/RES/77/128 A-B"},
		{"sc symbol", "United Nations\nS/RES/2511 (2020)\nSecurity Council\n", "S/RES/2511 (2020)"},
		{"ga title only", "Asamblea General\n\n65/122. Cooperación entre …\n", "A/RES/65/122"},
		{"old sc", "Resolution 242 (1967)\nof 22 November 1967\n", "S/RES/242 (1967)"},
		{"xml", `<coverPage><p><docNumber refersTo="#symbol">A/RES/76/108</docNumber></p>`, "A/RES/76/108"},
		{"nothing", "Dear colleagues,\nthe meeting is at 3.\n", ""},
	}
	for _, tt := range tests {
		if got := Sniff(tt.head); got != tt.want {
			t.Errorf("%s: Sniff(%q) = %q, want %q", tt.name, tt.head, got, tt.want)
		}
	}
}

func TestLibraryFindsByLanguage(t *testing.T) {
	dir := t.TempDir()
	sub := filepath.Join(dir, "a-res-59-50")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	write := func(p, s string) {
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(filepath.Join(sub, "en.txt"), "United Nations\n\nA/RES/59/50\n")
	write(filepath.Join(sub, "es.txt"), "Naciones Unidas\n\nA/RES/59/50\n")
	write(filepath.Join(dir, "notes.md"), "A/RES/1/1\n")
	l := New([]string{dir}, "es")
	if !l.Has("A/RES/59/50") {
		t.Fatal("Has(A/RES/59/50) = false")
	}
	if got := l.Paths("A/RES/59/50")[0]; filepath.Base(got) != "es.txt" {
		t.Errorf("preferred file = %s, want es.txt", got)
	}
	write(filepath.Join(dir, "b.txt"), "United Nations\n\nA/RES/77/128 A-B\n")
	if !New([]string{dir}, "en").Has("A/RES/77/128") {
		t.Error("a symbol with letters A-B does not answer to its number")
	}
	if l.Has("A/RES/1/1") {
		t.Error("a .md file was indexed")
	}
	if !New([]string{dir}, "en").Has("a/res/59/50") {
		t.Error("lookup is not case-insensitive")
	}
}
