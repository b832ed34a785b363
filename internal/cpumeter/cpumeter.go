// Package cpumeter reports, beside a benchmark's wall-clock figures, the CPU
// time the whole process used, so that figures taken on a busy machine stay
// meaningful: wall-clock ns/op also counts the time other processes hold the
// cores. It reads /proc/self/stat; where /proc is missing it reports nothing.
package cpumeter

import (
	"os"
	"strconv"
	"strings"
	"testing"
	"time"
)

// Meter measures the process's CPU time from its start.
type Meter struct {
	start time.Duration
	ok    bool
}

// Start starts a Meter; call it just before the timed loop.
func Start() Meter {
	t, ok := processCPU()
	return Meter{start: t, ok: ok}
}

// Report adds cpu-ms/op and, when bytes > 0, cpu-MB/s (bytes per op over
// CPU time) to b's results; call it just after the timed loop.
func (m Meter) Report(b *testing.B, bytes int) {
	end, ok := processCPU()
	if !m.ok || !ok || b.N == 0 || end <= m.start {
		return
	}
	used := end - m.start
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
