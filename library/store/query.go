package store

import (
	"context"
	"database/sql"
	"sort"
	"strconv"
	"strings"
)

// Record is a document as the index knows it.
type Record struct {
	ID      int64
	Path    string
	Symbol  string
	Lang    string
	Organ   string
	Session string
	Year    string
	Date    string
	Title   string
	Agenda  string
	Draft   string
	Kind    string
}

// recordColumns are the columns scanRecord reads, from docs d joined to
// files f.
const recordColumns = `d.id, f.path, d.symbol, d.lang, d.organ, d.session, d.year, d.date, d.title, d.agenda, d.draft, d.kind`

// scanner is a row or rows.
type scanner interface{ Scan(...any) error }

func scanRecord(s scanner, extra ...any) (Record, error) {
	var r Record
	dst := append([]any{&r.ID, &r.Path, &r.Symbol, &r.Lang, &r.Organ, &r.Session, &r.Year, &r.Date, &r.Title, &r.Agenda, &r.Draft, &r.Kind}, extra...)
	err := s.Scan(dst...)
	return r, err
}

// Lookup returns the documents answering key (cite.Canonical), in every
// language, ordered by language then path.
func (d *DB) Lookup(ctx context.Context, key string) ([]Record, error) {
	rows, err := d.db.QueryContext(ctx, `SELECT `+recordColumns+` FROM symbols s JOIN keys k ON k.sym = s.id JOIN docs d ON d.id = k.doc JOIN files f ON f.id = d.id
		WHERE s.key = ? ORDER BY d.lang, f.path`, key)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Record
	for rows.Next() {
		r, err := scanRecord(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// LookupKeys returns the documents answering any of keys, in every
// language, each once, ordered by language then path.
func (d *DB) LookupKeys(ctx context.Context, keys []string) ([]Record, error) {
	if len(keys) == 0 {
		return nil, nil
	}
	args := make([]any, len(keys))
	for i, k := range keys {
		args[i] = k
	}
	return d.records(ctx, `SELECT DISTINCT `+recordColumns+` FROM symbols s JOIN keys k ON k.sym = s.id JOIN docs d ON d.id = k.doc JOIN files f ON f.id = d.id
		WHERE s.key IN (?`+strings.Repeat(",?", len(keys)-1)+`) ORDER BY d.lang, f.path`, args...)
}

// Cited returns the documents, in every language, answering a symbol that
// document doc (a Record's ID) cites, each once; doc itself is left out.
func (d *DB) Cited(ctx context.Context, doc int64) ([]Record, error) {
	return d.records(ctx, `SELECT DISTINCT `+recordColumns+` FROM cites c JOIN keys k ON k.sym = c.sym JOIN docs d ON d.id = k.doc JOIN files f ON f.id = d.id
		WHERE c.doc = ? AND d.id != ? ORDER BY d.lang, f.path`, doc, doc)
}

// Earlier returns the documents of organ in language lang adopted before
// date (ISO, compared as text), newest first.
func (d *DB) Earlier(ctx context.Context, organ, lang, date string) ([]Record, error) {
	return d.records(ctx, `SELECT `+recordColumns+` FROM docs d JOIN files f ON f.id = d.id
		WHERE d.organ = ? AND d.lang = ? AND d.date < ? AND d.date != '' ORDER BY d.date DESC, d.symbol`, organ, lang, date)
}

// Sessions returns the sessions of the documents of organ in language lang
// (the General Assembly's: "78", "ES-10"), each once.
func (d *DB) Sessions(ctx context.Context, organ, lang string) ([]string, error) {
	rows, err := d.db.QueryContext(ctx, `SELECT DISTINCT session FROM docs WHERE organ = ? AND lang = ? AND session != ''`, organ, lang)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

// InSession returns the documents of organ in language lang of session.
func (d *DB) InSession(ctx context.Context, organ, lang, session string) ([]Record, error) {
	return d.records(ctx, `SELECT `+recordColumns+` FROM docs d JOIN files f ON f.id = d.id
		WHERE d.organ = ? AND d.lang = ? AND d.session = ? ORDER BY d.date DESC, d.symbol`, organ, lang, session)
}

// records runs a query of recordColumns and returns its records.
func (d *DB) records(ctx context.Context, q string, args ...any) ([]Record, error) {
	rows, err := d.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Record
	for rows.Next() {
		r, err := scanRecord(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// Keys returns every key the index holds, with the languages of the
// documents answering it.
func (d *DB) Keys(ctx context.Context) (map[string][]string, error) {
	rows, err := d.db.QueryContext(ctx, `SELECT s.key, d.lang FROM keys k JOIN symbols s ON s.id = k.sym JOIN docs d ON d.id = k.doc ORDER BY s.key, d.lang`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string][]string{}
	for rows.Next() {
		var k, l string
		if err := rows.Scan(&k, &l); err != nil {
			return nil, err
		}
		if ls := out[k]; len(ls) == 0 || ls[len(ls)-1] != l {
			out[k] = append(ls, l)
		}
	}
	return out, rows.Err()
}

// Filter chooses documents for Documents.
type Filter struct {
	Lang  string // "" for every language
	Organ string // "" for every organ
}

// Documents returns the documents matching f, newest first.
func (d *DB) Documents(ctx context.Context, f Filter) ([]Record, error) {
	q := `SELECT ` + recordColumns + ` FROM docs d JOIN files f ON f.id = d.id WHERE 1`
	var args []any
	if f.Lang != "" {
		q += ` AND d.lang = ?`
		args = append(args, f.Lang)
	}
	if f.Organ != "" {
		q += ` AND d.organ = ?`
		args = append(args, f.Organ)
	}
	q += ` ORDER BY d.date DESC, d.symbol, d.lang`
	rows, err := d.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Record
	for rows.Next() {
		r, err := scanRecord(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// Mention is one place a document cites a symbol: the unit holding it and
// the byte span in the unit's text.
type Mention struct {
	// Paragraph is the id of the unit holding the mention; Footnote its
	// footnote's marker, when it is one.
	Paragraph, Footnote string
	// Start and End are the mention's byte span in the unit's text.
	Start, End int
	// Snippet is a line of the unit's text around the mention (Snippet at
	// SnippetWidth, cut when the document was indexed), Mark the mention's
	// byte span in it.
	Snippet string
	Mark    [2]int
}

// Citer is a document citing a symbol, with every mention.
type Citer struct {
	Record
	Mentions []Mention
}

// CitedBy returns the documents citing key (cite.Canonical) in language
// lang ("" for all), newest first, each with its mentions in reading
// order. A document does not cite itself.
func (d *DB) CitedBy(ctx context.Context, key, lang string) ([]Citer, error) {
	q := `SELECT ` + recordColumns + `, c.para, c.note, c.start, c.end, c.snippet, c.mark_start, c.mark_end FROM symbols s JOIN cites c ON c.sym = s.id JOIN docs d ON d.id = c.doc JOIN files f ON f.id = d.id
		WHERE s.key = ? AND NOT EXISTS (SELECT 1 FROM keys k WHERE k.doc = d.id AND k.sym = c.sym)`
	args := []any{key}
	if lang != "" {
		q += ` AND d.lang = ?`
		args = append(args, lang)
	}
	q += ` ORDER BY d.date DESC, d.symbol, d.lang, f.path, c.unit, c.start`
	rows, err := d.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Citer
	for rows.Next() {
		var m Mention
		r, err := scanRecord(rows, &m.Paragraph, &m.Footnote, &m.Start, &m.End, &m.Snippet, &m.Mark[0], &m.Mark[1])
		if err != nil {
			return nil, err
		}
		if len(out) == 0 || out[len(out)-1].ID != r.ID {
			out = append(out, Citer{Record: r})
		}
		c := &out[len(out)-1]
		c.Mentions = append(c.Mentions, m)
	}
	return out, rows.Err()
}

// chunkReader reads units from the stored chunks for one query: one
// statement prepared, the chunks decoded kept, the decompressor reused.
type chunkReader struct {
	d      *DB
	stmt   *sql.Stmt
	chunks map[int64][]Unit // chunk id → its units decoded so far
	dec    decoder
}

func newChunkReader(d *DB) *chunkReader {
	return &chunkReader{d: d, chunks: map[int64][]Unit{}}
}

// close releases the prepared statement.
func (c *chunkReader) close() {
	if c.stmt != nil {
		c.stmt.Close()
	}
}

// unit returns unit n of document doc.
func (c *chunkReader) unit(ctx context.Context, doc, n int64) (Unit, error) {
	id := doc<<unitBits | n
	if c.stmt == nil {
		s, err := c.d.db.PrepareContext(ctx, `SELECT id, data FROM chunks WHERE id BETWEEN ? AND ? ORDER BY id DESC LIMIT 1`)
		if err != nil {
			return Unit{}, err
		}
		c.stmt = s
	}
	var cid int64
	var data []byte
	err := c.stmt.QueryRowContext(ctx, doc<<unitBits, id).Scan(&cid, &data)
	if err == sql.ErrNoRows {
		return Unit{}, nil
	}
	if err != nil {
		return Unit{}, err
	}
	want := int(id - cid)
	if units := c.chunks[cid]; want < len(units) {
		return units[want], nil
	}
	dictID, err := chunkDict(data)
	if err != nil {
		return Unit{}, err
	}
	var dt *dict
	if dictID != 0 {
		if dt, err = c.d.dicts.get(ctx, c.d.db, dictID); err != nil {
			return Unit{}, err
		}
	}
	units, err := c.dec.decode(data, dt, want+1)
	if err != nil {
		return Unit{}, err
	}
	c.chunks[cid] = units
	if want >= len(units) {
		return Unit{}, nil
	}
	return units[want], nil
}

// Hit is one paragraph found by Search.
type Hit struct {
	Record
	Unit  Unit
	Score float64 // bm25: lower is better
}

// Search returns the units matching query, best first (bm25), at most
// limit, in language lang ("" for all). The query is words, which must all
// appear, "quoted phrases", OR between two terms and a final * for a
// prefix; case and accents are folded, and any run of Chinese characters
// is found as a substring. terms are the query's words, for Snippet.
func (d *DB) Search(ctx context.Context, query, lang string, limit int) (hits []Hit, terms [][]string, err error) {
	parsed := parseQuery(query)
	expr := matchExpr(parsed)
	for _, t := range parsed {
		terms = append(terms, t.words)
	}
	if expr == "" || limit <= 0 {
		return nil, terms, nil
	}
	tables := ftsTables()
	if lang != "" {
		tables = []string{ftsTable(lang)}
	}
	type found struct {
		rowid int64
		score float64
	}
	var all []found
	for _, t := range tables {
		q := `SELECT rowid, rank FROM ` + t + ` WHERE ` + t + ` MATCH ? ORDER BY rank LIMIT ?`
		args := []any{expr, limit}
		if lang != "" && t == "text_xx" {
			q = `SELECT rowid, rank FROM ` + t + ` WHERE ` + t + ` MATCH ? AND (rowid >> ` + strconv.Itoa(unitBits) + `) IN (SELECT id FROM docs WHERE lang = ?) ORDER BY rank LIMIT ?`
			args = []any{expr, lang, limit}
		}
		rows, err := d.db.QueryContext(ctx, q, args...)
		if err != nil {
			return nil, terms, err
		}
		for rows.Next() {
			var f found
			if err := rows.Scan(&f.rowid, &f.score); err != nil {
				rows.Close()
				return nil, terms, err
			}
			all = append(all, f)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, terms, err
		}
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].score < all[j].score })
	if len(all) > limit {
		all = all[:limit]
	}
	cr := newChunkReader(d)
	defer cr.close()
	records := map[int64]Record{}
	for _, f := range all {
		doc, n := f.rowid>>unitBits, f.rowid&maxUnits
		r, ok := records[doc]
		if !ok {
			r, err = scanRecord(d.db.QueryRowContext(ctx, `SELECT `+recordColumns+` FROM docs d JOIN files f ON f.id = d.id WHERE d.id = ?`, doc))
			if err == sql.ErrNoRows {
				continue // removed since
			}
			if err != nil {
				return nil, terms, err
			}
			records[doc] = r
		}
		u, err := cr.unit(ctx, doc, n)
		if err != nil {
			return nil, terms, err
		}
		hits = append(hits, Hit{Record: r, Unit: u, Score: f.score})
	}
	return hits, terms, nil
}

// Failure is a file the index could not read, with why.
type Failure struct {
	Path string
	Err  string
}

// Failures returns the files recorded with an error, by path.
func (d *DB) Failures(ctx context.Context) ([]Failure, error) {
	rows, err := d.db.QueryContext(ctx, `SELECT path, error FROM files WHERE error IS NOT NULL ORDER BY path`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Failure
	for rows.Next() {
		var f Failure
		if err := rows.Scan(&f.Path, &f.Err); err != nil {
			return nil, err
		}
		out = append(out, f)
	}
	return out, rows.Err()
}

// Stats counts what the index holds.
type Stats struct {
	Files     int            // files recorded, read or not
	Documents int            // documents
	Languages map[string]int // documents per language
	Failures  int            // files that could not be read
}

// Stats counts what the index holds.
func (d *DB) Stats(ctx context.Context) (Stats, error) {
	s := Stats{Languages: map[string]int{}}
	if err := d.db.QueryRowContext(ctx, `SELECT count(*), count(error) FROM files`).Scan(&s.Files, &s.Failures); err != nil {
		return s, err
	}
	rows, err := d.db.QueryContext(ctx, `SELECT lang, count(*) FROM docs GROUP BY lang`)
	if err != nil {
		return s, err
	}
	defer rows.Close()
	for rows.Next() {
		var l string
		var n int
		if err := rows.Scan(&l, &n); err != nil {
			return s, err
		}
		s.Languages[l] = n
		s.Documents += n
	}
	return s, rows.Err()
}

// Under reports whether path is folder or inside it.
func Under(path, folder string) bool {
	folder = strings.TrimRight(folder, "/")
	return path == folder || strings.HasPrefix(path, folder+"/")
}
