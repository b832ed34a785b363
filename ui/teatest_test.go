package ui

import (
	"bytes"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"resolute/content"
)

const waitLimit = 5 * time.Second

// startProgram runs the reader for d in a teatest program of w×h cells.
func startProgram(t *testing.T, d *content.Document, opt Options, w, h int) *teatest.TestModel {
	t.Helper()
	if opt.Style == "" {
		opt.Style = "ascii"
	}
	return teatest.NewTestModel(t, New(d, opt),
		teatest.WithInitialTermSize(w, h),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii)))
}

// waitFor waits until the program's output contains s.
func waitFor(t *testing.T, tm *teatest.TestModel, s string) {
	t.Helper()
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte(s)) },
		teatest.WithDuration(waitLimit), teatest.WithCheckInterval(10*time.Millisecond))
}

// finish quits the program and returns the final model.
func finish(t *testing.T, tm *teatest.TestModel) *model {
	t.Helper()
	tm.Send(keyMsg("q"))
	return tm.FinalModel(t, teatest.WithFinalTimeout(waitLimit)).(*model)
}

func TestProgramJump(t *testing.T) {
	tm := startProgram(t, bigDoc(40000), Options{}, 100, 30)
	tm.Type("40")
	tm.Send(keyMsg("enter"))
	waitFor(t, tm, "op40")
	if m := finish(t, tm); m.view.topID() != "op40" {
		t.Errorf("top %q, want op40", m.view.topID())
	}
}

func TestProgramSearch(t *testing.T) {
	d := bigDoc(40000)
	op := &d.Parts[0].Operative[30]
	op.Text += " unicorn"
	tm := startProgram(t, d, Options{}, 100, 30)
	tm.Type("/unicorn")
	tm.Send(keyMsg("enter"))
	waitFor(t, tm, "[1/1]")
	if m := finish(t, tm); m.view.search.counter() != "1/1" {
		t.Errorf("counter %q", m.view.search.counter())
	}
}

func TestProgramPanel(t *testing.T) {
	tm := startProgram(t, fixture(), Options{}, 100, 30)
	tm.Send(keyMsg("tab"))
	tm.Send(keyMsg("enter"))
	tm.Send(keyMsg("enter"))
	waitFor(t, tm, "mention 2/2")
	if m := finish(t, tm); m.view.topID() != "op2" {
		t.Errorf("top %q, want op2", m.view.topID())
	}
}

func TestProgramResize(t *testing.T) {
	tm := startProgram(t, bigDoc(40000), Options{}, 100, 30)
	tm.Type("12")
	tm.Send(keyMsg("enter"))
	waitFor(t, tm, "op12")
	tm.Send(tea.WindowSizeMsg{Width: 10, Height: 3})
	waitFor(t, tm, "terminal t")
	for w := 40; w <= 70; w += 3 {
		tm.Send(tea.WindowSizeMsg{Width: w, Height: 20})
	}
	time.Sleep(10 * resizeDebounce) // the settle tick, with room for a loaded machine
	m := finish(t, tm)
	if m.lay.w != 70 || m.view.pane.width != m.lay.paneW {
		t.Errorf("layout width %d, pane width %d, want 70 and %d", m.lay.w, m.view.pane.width, m.lay.paneW)
	}
	if m.view.topID() != "op12" {
		t.Errorf("top %q after resizes, want op12", m.view.topID())
	}
}

func TestProgramHelpAtSmallSize(t *testing.T) {
	tm := startProgram(t, fixture(), Options{}, 40, 12)
	tm.Type("?")
	waitFor(t, tm, "Keys")
	tm.Type("G")
	waitFor(t, tm, "quit")
	tm.Send(keyMsg("esc"))
	tm.Type("]")
	waitFor(t, tm, "pp1")
	if m := finish(t, tm); m.over.shown() || m.view.topID() != "pp1" {
		t.Errorf("after esc and ]: overlay %v, top %q", m.over.kind, m.view.topID())
	}
}

func TestProgramParaItem(t *testing.T) {
	tm := startProgram(t, itemDoc(), Options{Para: "3(d)"}, 80, 24)
	waitFor(t, tm, "op3(d)")
	tm.Type("f")
	waitFor(t, tm, "footnotes")
	if m := finish(t, tm); m.view.topUnit() != "op3(d)" {
		t.Errorf("top %q, want op3(d)", m.view.topUnit())
	}
}
