package ui

import (
	"errors"
	"fmt"
	"path/filepath"
	"time"

	"resolute/state"
)

// maxPositions is how many documents the position store remembers, the
// most recently left first.
const maxPositions = 1000

// StatePath returns where the reader remembers positions:
// $XDG_STATE_HOME/resolute/positions.json, or
// ~/.local/state/resolute/positions.json; "" when neither is known.
func StatePath() string {
	dir := state.Dir()
	if dir == "" {
		return ""
	}
	return filepath.Join(dir, "positions.json")
}

// position is where a document was left: the id of the paragraph or item
// at the top.
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

// loadPositions reads the store at path (package state: under a lock, a
// regular file only, up to 64 MB).
func loadPositions(path string) ([]position, error) {
	if path == "" {
		return nil, nil
	}
	return state.ReadJSON[[]position](state.File{Path: path})
}

// lookupPosition returns the id remembered for key at path, or "".
func lookupPosition(path string, key position) (string, error) {
	ps, err := loadPositions(path)
	for _, p := range ps {
		if p.same(key) {
			return p.ID, err
		}
	}
	return "", err
}

// savePosition remembers id for key at path, most recent first, keeping at
// most maxPositions entries; an empty id forgets key. It merges into what
// other readers saved meanwhile, under the store's lock (package state).
func savePosition(path string, key position, id string) error {
	if path == "" {
		return nil
	}
	return state.UpdateJSON(state.File{Path: path}, func(old *[]position) error {
		ps := make([]position, 0, min(len(*old)+1, maxPositions))
		if id != "" {
			key.ID, key.Time = id, time.Now().Unix()
			ps = append(ps, key)
		}
		for _, p := range *old {
			if !p.same(key) && len(ps) < maxPositions {
				ps = append(ps, p)
			}
		}
		*old = ps
		return nil
	})
}

// root returns the view of the document the reader was opened with.
func (m *model) root() *docView {
	if m.nav.first != nil {
		return m.nav.first
	}
	return m.view
}

// loadResume reads the paragraph remembered for the opened document,
// before the program starts (New): never in Update. A store that cannot be
// read is said in the status bar.
func (m *model) loadResume() {
	if m.opt.State == "" {
		return
	}
	v := m.view
	id, err := lookupPosition(m.opt.State, positionKey(v.doc.Symbol, v.doc.Language, m.opt.File))
	m.resumeID = id
	var se *state.Error
	if errors.As(err, &se) { // the status bar has room for the file's name, not its path
		err = fmt.Errorf("%s %w", filepath.Base(se.Path), se.Err)
	}
	if err != nil {
		m.message = "positions not remembered: " + clean(err.Error())
	}
}

// resume puts the paragraph remembered for the document at the top, and
// says so. A provisional document that does not reach it keeps it pending.
func (m *model) resume() {
	id := m.resumeID
	if id == "" {
		return
	}
	if !m.resumeAt(m.reading(), m.view, id) && m.provisional {
		m.pendingResume = id
	}
}

// resumeAt puts paragraph or item id of v at the top of r, the reader
// showing v, and says so; it reports whether v has it.
func (m *model) resumeAt(r reader, v *docView, id string) bool {
	b, l, ok := v.locate(id)
	if !ok {
		return false
	}
	if b == 0 && l == 0 {
		return true
	}
	r.goToID(id) // an item stays on the first row as its block is rendered
	m.message = "resumed at " + v.unitName(id)
	return true
}

// remember stores the id of the paragraph or item at the top of the opened
// document (topUnit);
// at the very top it forgets the document instead. It writes a file: Run
// calls it once the program has ended, never Update.
func (m *model) remember() error {
	if m.opt.State == "" {
		return m.rememberHistory()
	}
	v := m.root()
	id := column{v}.position()
	if v == m.view {
		id = m.reading().position() // of both columns, in the parallel view
	}
	err := savePosition(m.opt.State, positionKey(v.doc.Symbol, v.doc.Language, m.opt.File), id)
	return errors.Join(err, m.rememberHistory())
}
