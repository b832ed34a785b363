package ui

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"resolute/content"
)

// headOf returns a provisional document for d: its first n operative
// paragraphs, the last of them cut short, as a parse of the head of its text
// gives.
func headOf(d *content.Document, n int) *content.Document {
	h := *d
	part := d.Parts[0]
	part.Operative = append([]content.Paragraph(nil), part.Operative[:n]...)
	last := &part.Operative[n-1]
	last.Text = last.Text[:len(last.Text)/2]
	h.Parts = []content.Part{part}
	return &h
}

func TestProvisionalReplacedByWhole(t *testing.T) {
	whole := bigDoc(40000)
	head := headOf(whole, 6)
	parsed := 0
	opt := Options{Full: func() (*content.Document, error) { parsed++; return whole, nil }}
	m := newSized(head, opt, 80, 24)
	if parsed != 1 || m.provisional || m.view.doc != whole {
		t.Fatalf("after the first frames: parsed %d times, provisional %v, whole document shown %v", parsed, m.provisional, m.view.doc == whole)
	}
	sendKeys(m, "40\r")
	if got := m.view.topID(); got != "op40" {
		t.Errorf("jump in the whole document: top %q, want op40", got)
	}
}

func TestProvisionalKeepsPlace(t *testing.T) {
	whole := bigDoc(40000)
	head := headOf(whole, 8)
	m := New(head, Options{Style: "notty", Full: func() (*content.Document, error) { return whole, nil }}).(*model)
	// Size and render the head, but hold the whole document back.
	_, cmd := m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	msg := cmd()
	_, next := m.Update(msg)
	if next == nil || !m.provisional {
		t.Fatal("the first rendered blocks did not start parsing the whole document")
	}
	sendKeysNoRun(m, "4\r")
	if got := m.view.topID(); got != "op4" {
		t.Fatalf("jump in the head: top %q, want op4", got)
	}
	var rendered []string
	for i, ls := range m.view.pane.rendered {
		if ls != nil && m.view.blocks[i].id != "op8" { // op8 is cut short in the head
			rendered = append(rendered, m.view.blocks[i].id)
		}
	}
	if len(rendered) < 3 {
		t.Fatalf("only %v rendered in the head", rendered)
	}
	// The whole document arrives; what its first frame shows is checked
	// before any rendering Cmd runs.
	m.Update(parseFullCmd(m.opt.Full, m.view.style, m.isDark)())
	if m.provisional || m.view.doc != whole {
		t.Fatal("the whole document did not replace the head")
	}
	if got := m.view.topID(); got != "op4" {
		t.Errorf("after the swap: top %q, want op4", got)
	}
	for _, id := range rendered {
		if !m.view.pane.isRendered(m.view.byID[id]) {
			t.Errorf("block %s rendered in the head was not kept", id)
		}
	}
}

func TestProvisionalResumesBeyondHead(t *testing.T) {
	whole := bigDoc(40000)
	state := filepath.Join(t.TempDir(), "positions.json")
	savePosition(state, positionKey(whole.Symbol, whole.Language, "big.txt"), "op30")
	opt := Options{State: state, File: "big.txt", Full: func() (*content.Document, error) { return whole, nil }}
	m := newSized(headOf(whole, 5), opt, 80, 24)
	if got := m.view.topID(); got != "op30" || m.message != "resumed at op30" {
		t.Errorf("resumed at %q (message %q), want op30", got, m.message)
	}
}

func TestProgramProvisional(t *testing.T) {
	whole := bigDoc(40000)
	whole.Title = "The whole document"
	head := headOf(whole, 5)
	head.Title = "Its head"
	tm := startProgram(t, head, Options{Full: func() (*content.Document, error) { return whole, nil }}, 100, 30)
	waitFor(t, tm, "The whole document")
	tm.Type("40")
	tm.Send(keyMsg("enter"))
	waitFor(t, tm, "op40")
	if m := finish(t, tm); m.view.topID() != "op40" {
		t.Errorf("top %q, want op40", m.view.topID())
	}
}

// sendKeysNoRun sends keys to m without running the commands they return,
// so that no background work completes meanwhile.
func sendKeysNoRun(m *model, keys string) {
	for _, r := range keys {
		k := string(r)
		if r == '\r' {
			k = "enter"
		}
		m.Update(keyMsg(k))
	}
}

func TestProvisionalWholeFails(t *testing.T) {
	whole := bigDoc(40000)
	broken := errors.New("big.xml: not well-formed XML: line 9000: unexpected EOF")
	m := New(headOf(whole, 5), Options{Style: "notty", Full: func() (*content.Document, error) { return nil, broken }}).(*model)
	_, cmd := m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	m.Update(cmd())
	sendKeysNoRun(m, "30\r") // beyond the head: waits for the rest
	_, next := m.Update(parseFullCmd(m.opt.Full, "notty", true)())
	if next != nil {
		if _, isQuit := next().(tea.QuitMsg); isQuit {
			t.Fatal("the reader quit")
		}
	}
	if m.provisional || m.pendingJump != "" || !strings.Contains(m.message, "beyond what could be read") {
		t.Errorf("provisional %v, pending %q, message %q", m.provisional, m.pendingJump, m.message)
	}
	// The head stays readable and keys keep working.
	sendKeysNoRun(m, "3\r")
	if got := m.view.topID(); got != "op3" {
		t.Errorf("after the failure, a jump in the head goes to %q", got)
	}
}

func TestProvisionalRestPartly(t *testing.T) {
	whole := bigDoc(40000)
	part := headOf(whole, 12)
	broken := errors.New("doc.pdf: unreadable PDF (its page tree loops back on itself)")
	m := New(headOf(whole, 5), Options{Style: "notty", Full: func() (*content.Document, error) { return part, broken }}).(*model)
	_, cmd := m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	m.Update(cmd())
	m.Update(parseFullCmd(m.opt.Full, "notty", true)())
	if m.view.doc != part || !strings.Contains(m.message, "the rest could not be read") {
		t.Fatalf("doc is the part read: %v, message %q", m.view.doc == part, m.message)
	}
	sendKeysNoRun(m, "10\r")
	if got := m.view.topID(); got != "op10" {
		t.Errorf("a jump into the part read goes to %q", got)
	}
}

// A jump to a paragraph the part read lacks, once the rest could not be
// read, says the paragraph is beyond what could be read (it may be in the
// rest), whether it was asked for before the failure came or after it.
func TestProvisionalRestPartlyJumpBeyond(t *testing.T) {
	whole := bigDoc(40000)
	broken := errors.New("doc.pdf: unreadable PDF (its page tree loops back on itself)")
	for _, before := range []bool{true, false} {
		part := headOf(whole, 12)
		m := New(headOf(whole, 5), Options{Style: "notty", File: "doc.pdf", Full: func() (*content.Document, error) { return part, broken }}).(*model)
		_, cmd := m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
		m.Update(cmd())
		if before {
			sendKeysNoRun(m, "30\r") // beyond the head: waits for the rest
		}
		m.Update(parseFullCmd(m.opt.Full, "notty", true)())
		if !before {
			sendKeysNoRun(m, "30\r")
		}
		want := "30 is beyond what could be read: unreadable PDF (its page tree loops back on itself)"
		if m.message != want || m.pendingJump != "" {
			t.Errorf("jump before the failure %v: message %q, pending %q; want %q", before, m.message, m.pendingJump, want)
		}
		// A paragraph of the part read is still reached, and a reference
		// that names no paragraph at all is no paragraph of the rest either.
		sendKeysNoRun(m, "10\r")
		if got := m.view.topID(); got != "op10" {
			t.Errorf("a jump into the part read goes to %q", got)
		}
		sendKeysNoRun(m, ":pp2(a)\r")
		if strings.Contains(m.message, "beyond what could be read") {
			t.Errorf("a malformed reference: %q", m.message)
		}
	}
}

func TestProvisionalJumpBeyondHead(t *testing.T) {
	whole := bigDoc(40000)
	m := New(headOf(whole, 6), Options{Style: "notty", Full: func() (*content.Document, error) { return whole, nil }}).(*model)
	_, cmd := m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	m.Update(cmd())
	sendKeysNoRun(m, "40\r")
	if m.pendingJump == "" || m.view.topID() == "op40" {
		t.Fatalf("jump beyond the head: pending %q, top %q, message %q", m.pendingJump, m.view.topID(), m.message)
	}
	m.Update(parseFullCmd(m.opt.Full, "notty", true)())
	if got := m.view.topID(); got != "op40" || m.pendingJump != "" {
		t.Errorf("after the whole document: top %q, pending %q, message %q; want op40", got, m.pendingJump, m.message)
	}
	// A reference that is nowhere still says so.
	sendKeysNoRun(m, "900\r")
	if m.message == "" || m.view.topID() != "op40" {
		t.Errorf("unknown paragraph: top %q, message %q", m.view.topID(), m.message)
	}
}
