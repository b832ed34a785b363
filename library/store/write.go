package store

import (
	"context"
	"database/sql"
	"fmt"
)

// Doc is what the index records of one document.
type Doc struct {
	Symbol  string // as the document writes it: "A/RES/77/128 A-B"
	Lang    string // ISO 639-1, from the document itself
	Organ   string // "General Assembly"
	Session string // the General Assembly's session, "75", "ES-10"; "" for others
	Year    string // the year of adoption, "2016"
	Date    string // ISO date of adoption, "2016-12-23"
	Title   string
	Agenda  string // the agenda item
	Draft   string // the draft it was adopted from, "A/75/L.1"
	Kind    string // the form of the file: "xml", "text", "pdf"
	// Keys are the lookup keys the symbol answers to (cite.Keys).
	Keys []string
	// Units are the pieces of text, in reading order (content.Unit).
	Units []Unit
	// Cites are the citations, each mention on its own.
	Cites []Cite
}

// Unit is one piece of a document's text: a paragraph's, an item's, a
// paragraph's tail, or a footnote.
type Unit struct {
	ID       string // the paragraph or item id, "op3(a)"; for a footnote, the paragraph carrying it
	Footnote string // the footnote's marker, for a footnote
	Tail     bool   // the text after a paragraph's sub-paragraphs
	Text     string
}

// Cite is one mention of a cited symbol.
type Cite struct {
	Key        string // cite.Canonical of the cited symbol
	Unit       int    // the index in Doc.Units of the unit holding the mention
	Start, End int    // byte offsets of the mention in that unit's text
}

// Entry is one file to record: its document, or the error that kept it out.
type Entry struct {
	Path  string
	Size  int64
	MTime int64 // modification time, Unix nanoseconds
	Doc   *Doc  // nil when Err is set
	Err   string

	ready *prepared
}

// prepared is the part of an entry's work that can be done in parallel,
// before the writer takes it: compression and folding.
type prepared struct {
	chunks []chunk
	text   []string // per unit, what the full-text index reads
}

// Preparer does the parallel part of recording entries. Each goroutine
// needs its own.
type Preparer struct {
	dicts *dictSet
	enc   encoder
	buf   []byte
}

// Preparer returns a Preparer for entries to be put in d.
func (d *DB) Preparer(ctx context.Context) (*Preparer, error) {
	if err := d.dicts.load(ctx, d.db); err != nil {
		return nil, err
	}
	return &Preparer{dicts: d.dicts}, nil
}

// Prepare compresses and folds e's text for Writer.Put, which otherwise
// does it itself.
func (p *Preparer) Prepare(e *Entry) error {
	if e.Doc == nil || e.ready != nil {
		return nil
	}
	units := e.Doc.Units
	if len(units) > maxUnits {
		units = units[:maxUnits]
		e.Doc.Units = units
	}
	chunks, err := p.enc.chunks(units, p.dicts.forLang(e.Doc.Lang, units))
	if err != nil {
		return err
	}
	text := make([]string, len(units))
	for i, u := range units {
		p.buf = appendIndexText(p.buf[:0], u.Text)
		text[i] = string(p.buf)
	}
	e.ready = &prepared{chunks: chunks, text: text}
	return nil
}

// FileInfo is what the index knows of a file, to tell whether it changed.
type FileInfo struct {
	Size  int64
	MTime int64
	Err   string // the error recorded for it, if any
}

// Files returns every file the index holds, by path.
func (d *DB) Files(ctx context.Context) (map[string]FileInfo, error) {
	rows, err := d.db.QueryContext(ctx, `SELECT path, size, mtime, coalesce(error, '') FROM files`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]FileInfo{}
	for rows.Next() {
		var p string
		var fi FileInfo
		if err := rows.Scan(&p, &fi.Size, &fi.MTime, &fi.Err); err != nil {
			return nil, err
		}
		out[p] = fi
	}
	return out, rows.Err()
}

// Writer records entries in one transaction. Only one writer runs at a
// time across processes; Begin waits for another's to finish (up to the
// busy timeout).
type Writer struct {
	tx    *sql.Tx
	prep  *Preparer
	stmts map[string]*sql.Stmt
	syms  map[string]int64 // symbol ids met in this transaction
	saved []*dict          // dictionaries stored in this transaction
}

// Begin starts a transaction of writes.
func (d *DB) Begin(ctx context.Context) (*Writer, error) {
	// Transactions begin IMMEDIATE (see dsn): the write lock is taken
	// now, waiting for another writer, rather than failing at the first
	// write.
	prep, err := d.Preparer(ctx)
	if err != nil {
		return nil, err
	}
	tx, err := d.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	return &Writer{tx: tx, prep: prep, stmts: map[string]*sql.Stmt{}, syms: map[string]int64{}}, nil
}

// stmt returns the prepared statement for query.
func (w *Writer) stmt(ctx context.Context, query string) (*sql.Stmt, error) {
	if s, ok := w.stmts[query]; ok {
		return s, nil
	}
	s, err := w.tx.PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	w.stmts[query] = s
	return s, nil
}

// exec runs query with args.
func (w *Writer) exec(ctx context.Context, query string, args ...any) (sql.Result, error) {
	s, err := w.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	return s.ExecContext(ctx, args...)
}

// Commit ends the transaction, keeping its writes.
func (w *Writer) Commit() error {
	w.closeStmts()
	return w.tx.Commit()
}

// Rollback ends the transaction, dropping its writes. It does nothing
// after Commit.
func (w *Writer) Rollback() {
	w.closeStmts()
	if w.tx.Rollback() == nil && len(w.saved) > 0 {
		w.prep.dicts.putBack(w.saved)
	}
	w.saved = nil
}

func (w *Writer) closeStmts() {
	for q, s := range w.stmts {
		s.Close()
		delete(w.stmts, q)
	}
}

// Put records e, in place of anything recorded for its path before.
func (w *Writer) Put(ctx context.Context, e *Entry) error {
	if err := w.prep.Prepare(e); err != nil {
		return err
	}
	id, err := w.fileID(ctx, e.Path)
	if err != nil {
		return err
	}
	var errText any
	if e.Err != "" {
		errText = e.Err
	}
	if id != 0 {
		if err := w.removeDoc(ctx, id); err != nil {
			return err
		}
		if _, err := w.exec(ctx, `UPDATE files SET size=?, mtime=?, error=? WHERE id=?`, e.Size, e.MTime, errText, id); err != nil {
			return err
		}
	} else {
		res, err := w.exec(ctx, `INSERT INTO files(path, size, mtime, error) VALUES(?, ?, ?, ?)`, e.Path, e.Size, e.MTime, errText)
		if err != nil {
			return err
		}
		if id, err = res.LastInsertId(); err != nil {
			return err
		}
	}
	if e.Doc == nil {
		return nil
	}
	return w.putDoc(ctx, id, e.Doc, e.ready)
}

// symbol returns the id of key in the symbols table, adding it if need be.
func (w *Writer) symbol(ctx context.Context, key string) (int64, error) {
	if id, ok := w.syms[key]; ok {
		return id, nil
	}
	if _, err := w.exec(ctx, `INSERT OR IGNORE INTO symbols(key) VALUES(?)`, key); err != nil {
		return 0, err
	}
	s, err := w.stmt(ctx, `SELECT id FROM symbols WHERE key=?`)
	if err != nil {
		return 0, err
	}
	var id int64
	if err := s.QueryRowContext(ctx, key).Scan(&id); err != nil {
		return 0, err
	}
	w.syms[key] = id
	return id, nil
}

// saveDicts stores the dictionaries made since the last call.
func (w *Writer) saveDicts(ctx context.Context) error {
	for _, d := range w.prep.dicts.takeUnsaved() {
		w.saved = append(w.saved, d)
		if _, err := w.exec(ctx, `INSERT OR IGNORE INTO dicts(id, lang, data) VALUES(?, ?, ?)`, int64(d.id), d.lang, d.data); err != nil {
			return err
		}
	}
	return nil
}

// putDoc records the document of file id.
func (w *Writer) putDoc(ctx context.Context, id int64, d *Doc, p *prepared) error {
	if err := w.saveDicts(ctx); err != nil {
		return err
	}
	if _, err := w.exec(ctx, `INSERT INTO docs(id, symbol, lang, organ, session, year, date, title, agenda, draft, kind, units)
		VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		id, d.Symbol, d.Lang, d.Organ, d.Session, d.Year, d.Date, d.Title, d.Agenda, d.Draft, d.Kind, len(d.Units)); err != nil {
		return err
	}
	for _, k := range d.Keys {
		sym, err := w.symbol(ctx, k)
		if err != nil {
			return err
		}
		if _, err := w.exec(ctx, `INSERT OR IGNORE INTO keys(sym, doc) VALUES(?, ?)`, sym, id); err != nil {
			return err
		}
	}
	for _, c := range d.Cites {
		if c.Unit < 0 || c.Unit >= len(d.Units) || c.Key == "" {
			continue
		}
		sym, err := w.symbol(ctx, c.Key)
		if err != nil {
			return err
		}
		// The snippet is cut now, once, so that cited-by need not decode
		// the citing paragraphs' text (a resolution cited by hundreds).
		u := d.Units[c.Unit]
		snip, mark := Snippet(u.Text, c.Start, c.End, SnippetWidth)
		if _, err := w.exec(ctx, `INSERT OR IGNORE INTO cites(sym, doc, unit, start, end, para, note, snippet, mark_start, mark_end) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			sym, id, c.Unit, c.Start, c.End, u.ID, u.Footnote, snip, mark[0], mark[1]); err != nil {
			return err
		}
	}
	for _, c := range p.chunks {
		if _, err := w.exec(ctx, `INSERT INTO chunks(id, data) VALUES(?, ?)`, id<<unitBits|int64(c.first), c.data); err != nil {
			return err
		}
	}
	insert := `INSERT INTO ` + ftsTable(d.Lang) + `(rowid, text) VALUES(?, ?)`
	for i, t := range p.text {
		if t == "" {
			continue
		}
		if _, err := w.exec(ctx, insert, id<<unitBits|int64(i), t); err != nil {
			return fmt.Errorf("full-text index: %w", err)
		}
	}
	return nil
}

// fileID returns the id of the file recorded at path, or 0.
func (w *Writer) fileID(ctx context.Context, path string) (int64, error) {
	s, err := w.stmt(ctx, `SELECT id FROM files WHERE path=?`)
	if err != nil {
		return 0, err
	}
	var id int64
	err = s.QueryRowContext(ctx, path).Scan(&id)
	if err == sql.ErrNoRows {
		return 0, nil
	}
	return id, err
}

// Remove drops the file at path, and its document, from the index.
func (w *Writer) Remove(ctx context.Context, path string) error {
	id, err := w.fileID(ctx, path)
	if err != nil || id == 0 {
		return err
	}
	if err := w.removeDoc(ctx, id); err != nil {
		return err
	}
	_, err = w.exec(ctx, `DELETE FROM files WHERE id=?`, id)
	return err
}

// removeDoc drops the document of file id, if it has one.
func (w *Writer) removeDoc(ctx context.Context, id int64) error {
	s, err := w.stmt(ctx, `SELECT lang, units FROM docs WHERE id=?`)
	if err != nil {
		return err
	}
	var lang string
	var units int64
	switch err := s.QueryRowContext(ctx, id).Scan(&lang, &units); err {
	case nil:
	case sql.ErrNoRows:
		return nil
	default:
		return err
	}
	del := `DELETE FROM ` + ftsTable(lang) + ` WHERE rowid=?`
	for i := range units {
		if _, err := w.exec(ctx, del, id<<unitBits|i); err != nil {
			return err
		}
	}
	lo, hi := id<<unitBits, id<<unitBits|maxUnits
	for _, q := range []struct {
		query string
		args  []any
	}{
		{`DELETE FROM keys WHERE doc=?`, []any{id}},
		{`DELETE FROM cites WHERE doc=?`, []any{id}},
		{`DELETE FROM chunks WHERE id BETWEEN ? AND ?`, []any{lo, hi}},
		{`DELETE FROM docs WHERE id=?`, []any{id}},
	} {
		if _, err := w.exec(ctx, q.query, q.args...); err != nil {
			return err
		}
	}
	return nil
}

// SetScanned records that folder was scanned whole at unix time t.
func (w *Writer) SetScanned(ctx context.Context, folder string, t int64) error {
	_, err := w.exec(ctx, `INSERT INTO folders(path, scanned) VALUES(?, ?) ON CONFLICT(path) DO UPDATE SET scanned=excluded.scanned`, folder, t)
	return err
}

// ForgetFolder drops folder from the folders scanned (its files are
// removed one by one with Remove).
func (w *Writer) ForgetFolder(ctx context.Context, folder string) error {
	_, err := w.exec(ctx, `DELETE FROM folders WHERE path=?`, folder)
	return err
}

// Scanned returns the folders scanned whole, with the Unix time of their
// last scan.
func (d *DB) Scanned(ctx context.Context) (map[string]int64, error) {
	rows, err := d.db.QueryContext(ctx, `SELECT path, scanned FROM folders`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]int64{}
	for rows.Next() {
		var p string
		var t int64
		if err := rows.Scan(&p, &t); err != nil {
			return nil, err
		}
		out[p] = t
	}
	return out, rows.Err()
}
