package ui

import (
	"io"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
)

// TestRunSavesOnSignals runs the reader as a program, moves to a
// paragraph and ends it with a signal: the position must be saved.
func TestRunSavesOnSignals(t *testing.T) {
	for _, sig := range []syscall.Signal{syscall.SIGHUP, syscall.SIGTERM} {
		t.Run(sig.String(), func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "positions.json")
			opt := Options{Style: "notty", State: path, File: "doc.txt"}
			in, _ := io.Pipe() // input that never comes
			p := tea.NewProgram(New(fixture(), opt), tea.WithInput(in), tea.WithOutput(io.Discard))
			done := make(chan error, 1)
			go func() { done <- Run(p) }()
			p.Send(tea.WindowSizeMsg{Width: 80, Height: 24})
			for _, k := range []string{"4", "enter"} {
				p.Send(keyMsg(k))
			}
			time.Sleep(300 * time.Millisecond) // the keys reach Update
			syscall.Kill(syscall.Getpid(), sig)
			select {
			case <-done:
			case <-time.After(5 * time.Second):
				t.Fatal("the reader did not end")
			}
			if got, err := lookupPosition(path, positionKey(fixture().Symbol, fixture().Language, "doc.txt")); got != "op4" {
				t.Errorf("after %v: position %q (error %v), want op4", sig, got, err)
			}
		})
	}
}
