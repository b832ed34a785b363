package akn

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// BenchmarkParse parses the largest XML file of the corpus; run it with
// -cpu 1 for the single-core figure.
func BenchmarkParse(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join(corpusDir, "akn", "*", "*.xml"))
	if len(files) == 0 {
		b.Skip("corpus not found")
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
	cpu := startCPU()
	for b.Loop() {
		if _, err := ParseBytes(data, "bench.xml"); err != nil {
			b.Fatal(err)
		}
	}
	cpu.report(b, len(data))
}

// cpuMeter measures the CPU time the whole process uses (all threads, from
// /proc/self/stat), so that figures taken on a busy machine stay
// meaningful: wall-clock ns/op counts the time other processes hold the
// cores. Where /proc is missing it reports nothing.
type cpuMeter struct {
	start time.Duration
	ok    bool
}

// startCPU starts a cpuMeter; call it just before the timed loop.
func startCPU() cpuMeter {
	t, ok := processCPU()
	return cpuMeter{start: t, ok: ok}
}

// report adds cpu-ms/op and, when bytes > 0, cpu-MB/s (bytes per op over
// CPU time) to b's results; call it just after the timed loop.
func (c cpuMeter) report(b *testing.B, bytes int) {
	end, ok := processCPU()
	if !c.ok || !ok || b.N == 0 || end <= c.start {
		return
	}
	used := end - c.start
	b.ReportMetric(used.Seconds()*1000/float64(b.N), "cpu-ms/op")
	if bytes > 0 {
		b.ReportMetric(float64(bytes)*float64(b.N)/used.Seconds()/1e6, "cpu-MB/s")
	}
}

// processCPU returns the user and system time of the process so far, read
// from /proc/self/stat in clock ticks of 10 ms.
func processCPU() (time.Duration, bool) {
	raw, err := os.ReadFile("/proc/self/stat")
	if err != nil {
		return 0, false
	}
	s := string(raw)
	i := strings.LastIndexByte(s, ')') // the command name may hold spaces
	if i < 0 {
		return 0, false
	}
	f := strings.Fields(s[i+1:]) // from field 3, the state
	if len(f) < 13 {
		return 0, false
	}
	utime, err1 := strconv.ParseInt(f[11], 10, 64)
	stime, err2 := strconv.ParseInt(f[12], 10, 64)
	if err1 != nil || err2 != nil {
		return 0, false
	}
	return time.Duration(utime+stime) * 10 * time.Millisecond, true
}
