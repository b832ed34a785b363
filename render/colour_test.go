package render

import (
	"bytes"
	"strings"
	"testing"

	"github.com/charmbracelet/colorprofile"
)

func TestDownsample(t *testing.T) {
	out := ANSI(fixture(), 80, "dark")
	for _, p := range []colorprofile.Profile{colorprofile.ANSI, colorprofile.ASCII, colorprofile.NoTTY, colorprofile.ANSI256} {
		var buf bytes.Buffer
		w := colorprofile.Writer{Forward: &buf, Profile: p}
		if _, err := w.WriteString(out); err != nil {
			t.Fatal(err)
		}
		if got, want := Downsample(out, p), buf.String(); got != want {
			t.Errorf("profile %v: Downsample differs from colorprofile.Writer:\n%q\n%q", p, got, want)
		}
	}
	if got := Downsample(out, colorprofile.ANSI); strings.Contains(got, "38;5;") {
		t.Errorf("16-colour output keeps 256-colour sequences: %q", got)
	}
}

func BenchmarkDownsample(b *testing.B) {
	out := ANSI(benchDoc(b), 80, "dark")
	b.Run("cached", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(out)))
		for b.Loop() {
			Downsample(out, colorprofile.ANSI)
		}
	})
	b.Run("colorprofile.Writer", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(out)))
		for b.Loop() {
			var buf bytes.Buffer
			w := colorprofile.Writer{Forward: &buf, Profile: colorprofile.ANSI}
			w.WriteString(out)
		}
	})
}
