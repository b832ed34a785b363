package store

import (
	"context"
	"database/sql"
	"hash/fnv"
	"sync"
)

// Chunks are compressed with a preset dictionary per language: a few
// kilobytes of that language's text from the first documents indexed,
// stored in the index. Resolutions share much of their wording, so a chunk
// of 8 KB compresses to about a quarter of its size instead of a third.

// dictSize is the most text a dictionary holds (DEFLATE's window).
const dictSize = 32 << 10

// dictShare is the most text one document gives a dictionary, so that it
// draws on several.
const dictShare = 4 << 10

// dict is a preset dictionary; its id is a hash of its bytes, so that two
// indexers making one at once never give two the same id.
type dict struct {
	id   uint64
	lang string
	data []byte
}

// dictSet holds an index's dictionaries. It is safe for concurrent use.
type dictSet struct {
	mu      sync.Mutex
	loaded  bool
	byLang  map[string]*dict // the dictionary new chunks of a language use
	byID    map[uint64]*dict
	sample  map[string][]byte // text gathered for a language without one yet
	unsaved []*dict
}

func newDictSet() *dictSet {
	return &dictSet{byLang: map[string]*dict{}, byID: map[uint64]*dict{}, sample: map[string][]byte{}}
}

// load reads the stored dictionaries, once.
func (s *dictSet) load(ctx context.Context, db *sql.DB) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.loaded {
		return nil
	}
	rows, err := db.QueryContext(ctx, `SELECT id, lang, data FROM dicts ORDER BY id`)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		d := &dict{}
		var id int64
		if err := rows.Scan(&id, &d.lang, &d.data); err != nil {
			return err
		}
		d.id = uint64(id)
		s.byID[d.id] = d
		if s.byLang[d.lang] == nil {
			s.byLang[d.lang] = d
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	s.loaded = true
	return nil
}

// forLang returns the dictionary of lang, or nil while there is none; it
// takes some of units' text towards making one.
func (s *dictSet) forLang(lang string, units []Unit) *dict {
	s.mu.Lock()
	defer s.mu.Unlock()
	if d := s.byLang[lang]; d != nil {
		return d
	}
	b := s.sample[lang]
	share := 0
	for _, u := range units {
		if len(b) >= dictSize || share >= dictShare {
			break
		}
		n := min(len(u.Text), dictSize-len(b), dictShare-share)
		b = append(b, u.Text[:n]...)
		b = append(b, ' ')
		share += n + 1
	}
	if len(b) < dictSize {
		s.sample[lang] = b
		return nil
	}
	delete(s.sample, lang)
	h := fnv.New64a()
	h.Write([]byte(lang))
	h.Write(b)
	d := &dict{id: h.Sum64() >> 1, lang: lang, data: b} // SQLite's integers are signed
	if d.id == 0 {
		d.id = 1
	}
	s.byLang[lang], s.byID[d.id] = d, d
	s.unsaved = append(s.unsaved, d)
	return d
}

// takeUnsaved returns the dictionaries not yet stored, and forgets them.
func (s *dictSet) takeUnsaved() []*dict {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := s.unsaved
	s.unsaved = nil
	return out
}

// putBack returns dictionaries whose storing was rolled back.
func (s *dictSet) putBack(ds []*dict) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.unsaved = append(ds, s.unsaved...)
}

// get returns the dictionary id, reading it from db if need be.
func (s *dictSet) get(ctx context.Context, db *sql.DB, id uint64) (*dict, error) {
	s.mu.Lock()
	d := s.byID[id]
	s.mu.Unlock()
	if d != nil {
		return d, nil
	}
	d = &dict{id: id}
	err := db.QueryRowContext(ctx, `SELECT lang, data FROM dicts WHERE id = ?`, int64(id)).Scan(&d.lang, &d.data)
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	s.byID[id] = d
	s.mu.Unlock()
	return d, nil
}
