package ui

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

func TestStatePath(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", "/x/state")
	if got := StatePath(); got != "/x/state/resolute/positions.json" {
		t.Errorf("with XDG_STATE_HOME: %q", got)
	}
	t.Setenv("XDG_STATE_HOME", "relative")
	t.Setenv("HOME", "/home/u")
	if got := StatePath(); got != "/home/u/.local/state/resolute/positions.json" {
		t.Errorf("fallback: %q", got)
	}
}

func TestRememberPosition(t *testing.T) {
	state := filepath.Join(t.TempDir(), "deep", "positions.json")
	opt := Options{State: state, File: "doc.txt"}
	m := newSized(fixture(), opt, 80, 24)
	sendKeys(m, "4\r")
	press(m, "q")
	m.remember() // as Run does once the program has ended
	if _, err := os.Stat(state); err != nil {
		t.Fatalf("nothing stored: %v", err)
	}
	m = newSized(fixture(), opt, 80, 24)
	if m.view.topID() != "op4" || m.message != "resumed at op4" {
		t.Errorf("reopened at %q, message %q; want op4", m.view.topID(), m.message)
	}
	// --para wins over the stored position.
	p := opt
	p.Para = "op2"
	if m := newSized(fixture(), p, 80, 24); m.view.topID() != "op2" || strings.Contains(m.message, "resumed") {
		t.Errorf("with --para: at %q, message %q", m.view.topID(), m.message)
	}
	// Another file, language or symbol is another document.
	other := opt
	other.File = "other.txt"
	if m := newSized(fixture(), other, 80, 24); m.view.topID() != "masthead" {
		t.Errorf("another file opened at %q", m.view.topID())
	}
	// Quitting at the top forgets the document.
	m = newSized(fixture(), opt, 80, 24)
	press(m, "g", "ctrl+c")
	m.remember()
	if m := newSized(fixture(), opt, 80, 24); m.view.topID() != "masthead" || m.message != "" {
		t.Errorf("after quitting at the top: at %q, message %q", m.view.topID(), m.message)
	}
}

func TestPositionStoreBounded(t *testing.T) {
	state := filepath.Join(t.TempDir(), "positions.json")
	for i := range maxPositions + 50 {
		savePosition(state, positionKey("A/RES/"+strconv.Itoa(i), "en", "f"), "op1")
	}
	ps, _ := loadPositions(state)
	if len(ps) != maxPositions || ps[0].Symbol != "A/RES/"+strconv.Itoa(maxPositions+49) {
		t.Errorf("%d entries, first %+v", len(ps), ps[0])
	}
	if got, _ := lookupPosition(state, positionKey("A/RES/249", "en", "f")); got != "op1" {
		t.Errorf("lookup: %q", got)
	}
	if got, _ := lookupPosition(state, positionKey("A/RES/0", "en", "f")); got != "" {
		t.Errorf("the oldest entry was kept: %q", got)
	}
	ents, _ := os.ReadDir(filepath.Dir(state))
	for _, e := range ents {
		if e.Name() != "positions.json" && e.Name() != "positions.json.lock" {
			t.Errorf("file left: %s", e.Name())
		}
	}
}

func TestPositionStoreNeverFails(t *testing.T) {
	dir := t.TempDir()
	garbage := filepath.Join(dir, "garbage.json")
	os.WriteFile(garbage, []byte("{not json"), 0o600)
	if got, err := lookupPosition(garbage, positionKey("A", "en", "f")); got != "" || err == nil {
		t.Errorf("garbage: %q, error %v", got, err)
	}
	savePosition(garbage, positionKey("A", "en", "f"), "op2")
	if got, _ := lookupPosition(garbage, positionKey("A", "en", "f")); got != "op2" {
		t.Errorf("after saving over garbage: %q", got)
	}
	if bad, _ := filepath.Glob(garbage + ".bad-*"); len(bad) != 1 {
		t.Errorf("the unreadable store was not kept aside: %v", bad)
	}
	// A stored id that the document does not have is ignored.
	bogus := filepath.Join(dir, "bogus.json")
	b, _ := json.Marshal([]position{{Symbol: "A/RES/65/122", Language: "es", File: "", ID: "op99\x1b[31m"}})
	os.WriteFile(bogus, b, 0o600)
	m := newSized(fixture(), Options{State: bogus}, 80, 24)
	if m.view.topID() != "masthead" || m.message != "" {
		t.Errorf("bogus id: at %q, message %q", m.view.topID(), m.message)
	}
	// Unwritable places and a directory in the way are silently skipped.
	savePosition("/proc/nonexistent/positions.json", positionKey("A", "en", "f"), "op1")
	savePosition(dir, positionKey("A", "en", "f"), "op1")
	m = newSized(fixture(), Options{State: dir}, 80, 24)
	if !strings.Contains(m.message, "positions not remembered") {
		t.Errorf("a directory as the store: message %q", m.message)
	}
	sendKeys(m, "3\r")
	press(m, "q")
	m.remember()
}
