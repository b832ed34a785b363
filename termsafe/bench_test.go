package termsafe

import (
	"strings"
	"testing"
)

// glamourOutput renders about size bytes of resolution-like Markdown.
func glamourOutput(b *testing.B, size int) string {
	b.Helper()
	r := newRenderer(b)
	var out strings.Builder
	for i := 1; out.Len() < size; i++ {
		md := EscapeMarkdown("Requests the Secretary-General to submit to the General Assembly at its " +
			"sixty-sixth session a report on the implementation of the present resolution (A/RES/65/122); قرار 第六十五届会议")
		out.WriteString(render(b, r, "**"+strings.Repeat("1", i%3+1)+".** "+md))
	}
	return out.String()
}

func BenchmarkFilter(b *testing.B) {
	s := glamourOutput(b, 500<<10)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		_ = Filter(s)
	}
}

func BenchmarkFilterDropping(b *testing.B) {
	s := strings.ReplaceAll(glamourOutput(b, 500<<10), " ", " \x1b]0;t\x07")
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		_ = Filter(s)
	}
}

func BenchmarkViolations(b *testing.B) {
	s := glamourOutput(b, 100<<10)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		_ = Violations(s)
	}
}

func BenchmarkEscapeMarkdown(b *testing.B) {
	s := strings.Repeat("2. Requests the Secretary-General to report [...] on item 65 (b) *urgently* & promptly; ", 5000)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		_ = EscapeMarkdown(s)
	}
}
