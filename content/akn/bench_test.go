package akn

import (
	"os"
	"path/filepath"
	"resolute/internal/corpus"
	"resolute/internal/cpumeter"
	"testing"
)

// BenchmarkParse parses the largest XML file of the corpus; run it with
// -cpu 1 for the single-core figure.
func BenchmarkParse(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join(corpus.Require(b, "akn"), "*", "*.xml"))
	if len(files) == 0 {
		b.Fatal("no XML in the corpus")
	}
	var data []byte
	for _, f := range files {
		d, err := os.ReadFile(f)
		if err == nil && len(d) > len(data) {
			data = d
		}
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	cpu := cpumeter.Start()
	for b.Loop() {
		if _, err := ParseBytes(data, "bench.xml"); err != nil {
			b.Fatal(err)
		}
	}
	cpu.Report(b, len(data))
}
