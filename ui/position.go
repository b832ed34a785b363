package ui

import (
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"time"
)

// Bounds of the position store: entries kept, and bytes read.
const (
	maxPositions     = 200
	maxPositionsFile = 1 << 20
)

// StatePath returns where the reader remembers positions:
// $XDG_STATE_HOME/resolute/positions.json, or
// ~/.local/state/resolute/positions.json; "" when neither is known.
func StatePath() string {
	dir := os.Getenv("XDG_STATE_HOME")
	if !filepath.IsAbs(dir) {
		home, err := os.UserHomeDir()
		if err != nil || home == "" {
			return ""
		}
		dir = filepath.Join(home, ".local", "state")
	}
	return filepath.Join(dir, "resolute", "positions.json")
}

// position is where a document was left: the id of the block at the top.
type position struct {
	Symbol   string `json:"symbol"`
	Language string `json:"language"`
	File     string `json:"file"`
	ID       string `json:"id"`
	Time     int64  `json:"time"` // Unix seconds of the last save
}

// same reports whether p is for the document with the key of q.
func (p position) same(q position) bool {
	return p.Symbol == q.Symbol && p.Language == q.Language && p.File == q.File
}

// positionKey returns the store key of a document: its symbol, language and
// absolute file path.
func positionKey(symbol, lang, file string) position {
	if file != "" && file != "-" {
		if abs, err := filepath.Abs(file); err == nil {
			file = abs
		}
	}
	return position{Symbol: symbol, Language: lang, File: file}
}

// loadPositions reads the store at path; any error gives an empty store.
func loadPositions(path string) []position {
	if path == "" {
		return nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, maxPositionsFile+1))
	if err != nil || len(b) > maxPositionsFile {
		return nil
	}
	var ps []position
	if json.Unmarshal(b, &ps) != nil {
		return nil
	}
	if len(ps) > maxPositions {
		ps = ps[:maxPositions]
	}
	return ps
}

// lookupPosition returns the id remembered for key at path, or "".
func lookupPosition(path string, key position) string {
	for _, p := range loadPositions(path) {
		if p.same(key) {
			return p.ID
		}
	}
	return ""
}

// savePosition remembers id for key at path, most recent first, keeping at
// most maxPositions entries; an empty id forgets key. It writes a temporary
// file and renames it over the store, so a reader never sees half a file.
// Errors are ignored: remembering must never fail the program.
func savePosition(path string, key position, id string) {
	if path == "" {
		return
	}
	old := loadPositions(path)
	ps := make([]position, 0, len(old)+1)
	if id != "" {
		key.ID, key.Time = id, time.Now().Unix()
		ps = append(ps, key)
	}
	for _, p := range old {
		if !p.same(key) && len(ps) < maxPositions {
			ps = append(ps, p)
		}
	}
	b, err := json.MarshalIndent(ps, "", " ")
	if err != nil {
		return
	}
	dir := filepath.Dir(path)
	if os.MkdirAll(dir, 0o700) != nil {
		return
	}
	tmp, err := os.CreateTemp(dir, ".positions-*.json")
	if err != nil {
		return
	}
	_, werr := tmp.Write(append(b, '\n'))
	cerr := tmp.Close()
	if werr != nil || cerr != nil || os.Rename(tmp.Name(), path) != nil {
		os.Remove(tmp.Name())
	}
}

// root returns the view of the document the reader was opened with.
func (m *model) root() *docView {
	if len(m.history) > 0 {
		return m.history[0]
	}
	return m.view
}

// resume puts the paragraph remembered for the document at the top, and
// says so. A provisional document that does not reach it keeps it pending.
func (m *model) resume() {
	if m.opt.State == "" {
		return
	}
	v := m.view
	id := lookupPosition(m.opt.State, positionKey(v.doc.Symbol, v.doc.Language, m.opt.File))
	if id == "" {
		return
	}
	if !m.resumeAt(v, id) && m.provisional {
		m.pendingResume = id
	}
}

// resumeAt puts paragraph id of v at the top and says so; it reports
// whether v has it.
func (m *model) resumeAt(v *docView, id string) bool {
	b, l, ok := v.locate(id)
	if !ok {
		return false
	}
	if b == 0 && l == 0 {
		return true
	}
	v.pane.goTo(b, l)
	m.message = "resumed at " + clean(id)
	return true
}

// remember stores the id of the block at the top of the opened document;
// at the very top it forgets the document instead.
func (m *model) remember() {
	if m.opt.State == "" {
		return
	}
	v := m.root()
	id := v.topID()
	if v.pane.top == 0 && v.pane.line == 0 {
		id = ""
	}
	savePosition(m.opt.State, positionKey(v.doc.Symbol, v.doc.Language, m.opt.File), id)
}
