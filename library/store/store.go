// Package store keeps the library's index: one SQLite database (through
// modernc.org/sqlite, pure Go, with FTS5) holding, for every file of the
// library, its document's metadata, the keys its symbol answers to, its
// citations, its text compressed, and a full-text index of its paragraphs.
//
// The database is a cache: everything in it is rebuilt from the files. A
// file that is not such a database, or is damaged, or was written by
// another schema version, is set aside (or dropped) and a new one made,
// with a one-line notice. It is opened in WAL mode with a busy timeout,
// so that readers and one indexer share it.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"modernc.org/sqlite"
)

// Version is the schema version. Bump it whenever what is stored changes
// in shape or meaning (a parser change that alters what documents hold
// included): a database of another version is rebuilt.
const Version = 4

// applicationID marks a database as resolute's library index ("RSLB").
const applicationID = 0x52534C42

// pageSize is the database's page size in bytes.
const pageSize = 16 << 10

// busyTimeout is how long a statement waits for another process's lock.
const busyTimeout = 10 * time.Second

// Languages are the languages that get a full-text table of their own;
// documents in any other language share the table "xx".
var Languages = []string{"ar", "de", "en", "es", "fr", "ru", "zh"}

// ftsTable names the full-text table of language lang.
func ftsTable(lang string) string {
	for _, l := range Languages {
		if l == lang {
			return "text_" + l
		}
	}
	return "text_xx"
}

// ftsTables lists every full-text table.
func ftsTables() []string {
	out := make([]string, 0, len(Languages)+1)
	for _, l := range Languages {
		out = append(out, "text_"+l)
	}
	return append(out, "text_xx")
}

// unitBits is how many low bits of a full-text rowid number the unit in its
// document: rowid = document id << unitBits | unit.
const unitBits = 20

// maxUnits is the most units of one document that are stored.
const maxUnits = 1<<unitBits - 1

// schema creates the tables of a new database.
var schema = []string{
	`CREATE TABLE files(
		id INTEGER PRIMARY KEY,
		path TEXT NOT NULL UNIQUE,
		size INTEGER NOT NULL,
		mtime INTEGER NOT NULL,
		error TEXT
	)`,
	`CREATE TABLE docs(
		id INTEGER PRIMARY KEY,
		symbol TEXT NOT NULL,
		lang TEXT NOT NULL,
		organ TEXT NOT NULL,
		session TEXT NOT NULL,
		year TEXT NOT NULL,
		date TEXT NOT NULL,
		title TEXT NOT NULL,
		agenda TEXT NOT NULL,
		draft TEXT NOT NULL,
		kind TEXT NOT NULL,
		units INTEGER NOT NULL
	)`,
	// A resolution's predecessor is looked for among the documents of
	// its organ and language of an earlier session, or adopted before it.
	`CREATE INDEX docs_session ON docs(organ, lang, session)`,
	`CREATE INDEX docs_date ON docs(organ, lang, date)`,
	`CREATE TABLE symbols(id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE)`,
	`CREATE TABLE keys(sym INTEGER NOT NULL, doc INTEGER NOT NULL, PRIMARY KEY(sym, doc)) WITHOUT ROWID`,
	`CREATE INDEX keys_doc ON keys(doc)`,
	`CREATE TABLE cites(
		sym INTEGER NOT NULL,
		doc INTEGER NOT NULL,
		unit INTEGER NOT NULL,
		start INTEGER NOT NULL,
		end INTEGER NOT NULL,
		para TEXT NOT NULL,
		note TEXT NOT NULL,
		snippet TEXT NOT NULL,
		mark_start INTEGER NOT NULL,
		mark_end INTEGER NOT NULL,
		PRIMARY KEY(sym, doc, unit, start)
	) WITHOUT ROWID`,
	`CREATE INDEX cites_doc ON cites(doc)`,
	`CREATE TABLE chunks(id INTEGER PRIMARY KEY, data BLOB NOT NULL)`,
	`CREATE TABLE dicts(id INTEGER PRIMARY KEY, lang TEXT NOT NULL, data BLOB NOT NULL)`,
	`CREATE TABLE folders(path TEXT PRIMARY KEY, scanned INTEGER NOT NULL) WITHOUT ROWID`,
}

// ftsSchema creates a full-text table.
func ftsSchema(table string) string {
	return `CREATE VIRTUAL TABLE ` + table + ` USING fts5(text, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2')`
}

// DB is an open library index. It is safe for concurrent use.
type DB struct {
	db    *sql.DB
	path  string
	dicts *dictSet
}

// Options say how to open an index.
type Options struct {
	// Notice receives one-line notices: a damaged or foreign file set
	// aside, an index of another version rebuilt. Nil discards them.
	Notice func(string)
}

// Open opens the index at path, making it (and its folder) if need be.
// A file there that is not resolute's index, or is damaged, is renamed
// path+".damaged" and a new index made in its place; an index of another
// schema version is replaced. Either way Notice is told in one line.
func Open(path string, opt Options) (*DB, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, fmt.Errorf("library index %s: %w", path, errors.Unwrap(err))
	}
	d, err := open(path)
	if err == nil {
		return d, nil
	}
	var bad *unusable
	if !errors.As(err, &bad) {
		return nil, fmt.Errorf("library index %s: %w", path, err)
	}
	if bad.setAside {
		if err := setAside(path); err != nil {
			return nil, fmt.Errorf("library index %s: %s, and it cannot be set aside: %w", path, bad.why, err)
		}
		notice(opt, fmt.Sprintf("resolute: the library index %s %s; it was set aside as %s and will be rebuilt", path, bad.why, filepath.Base(path)+".damaged"))
	} else {
		if err := removeDB(path); err != nil {
			return nil, fmt.Errorf("library index %s: %s, and it cannot be removed: %w", path, bad.why, err)
		}
		notice(opt, fmt.Sprintf("resolute: the library index %s %s; it will be rebuilt", path, bad.why))
	}
	d, err = open(path)
	if err != nil {
		return nil, fmt.Errorf("library index %s: %w", path, err)
	}
	return d, nil
}

func notice(opt Options, s string) {
	if opt.Notice != nil {
		opt.Notice(s)
	}
}

// unusable says why an existing file cannot serve as the index.
type unusable struct {
	why      string
	setAside bool // keep it aside (it may be the user's), rather than remove it
}

func (u *unusable) Error() string { return u.why }

// dsn is the connection string of the database at path.
func dsn(path string) string {
	return "file:" + path + "?_pragma=busy_timeout(" + fmt.Sprint(busyTimeout.Milliseconds()) + ")&_pragma=synchronous(NORMAL)&_txlock=immediate"
}

// open opens the database at path and checks or creates its schema.
func open(path string) (*DB, error) {
	db, err := sql.Open("sqlite", dsn(path))
	if err != nil {
		return nil, err
	}
	d := &DB{db: db, path: path, dicts: newDictSet()}
	if err := d.prepare(); err != nil {
		db.Close()
		return nil, err
	}
	return d, nil
}

// prepare checks that the database is resolute's index of this version,
// or makes it one if it is empty.
func (d *DB) prepare() error {
	ctx := context.Background()
	var app, version int
	err := d.db.QueryRowContext(ctx, `PRAGMA application_id`).Scan(&app)
	if err == nil {
		err = d.db.QueryRowContext(ctx, `PRAGMA user_version`).Scan(&version)
	}
	if err != nil {
		if isDamage(err) {
			return &unusable{why: "is damaged or not a database (" + oneLine(err) + ")", setAside: true}
		}
		return err
	}
	switch {
	case app == applicationID && version == Version:
		return d.setWAL()
	case app == applicationID:
		return &unusable{why: fmt.Sprintf("has schema version %d, not %d", version, Version)}
	case app != 0:
		return &unusable{why: "is another program's database", setAside: true}
	}
	var tables int
	if err := d.db.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_schema`).Scan(&tables); err != nil {
		if isDamage(err) {
			return &unusable{why: "is damaged (" + oneLine(err) + ")", setAside: true}
		}
		return err
	}
	if tables > 0 {
		return &unusable{why: "is another program's database", setAside: true}
	}
	// Larger pages waste less room around the compressed text chunks;
	// the page size must be set before the first table and the WAL.
	if _, err := d.db.ExecContext(ctx, fmt.Sprintf(`PRAGMA page_size = %d`, pageSize)); err != nil {
		return err
	}
	if err := d.setWAL(); err != nil {
		return err
	}
	return d.create()
}

// setWAL puts the database in write-ahead-log mode, so that readers do not
// wait for the indexer, nor it for them.
func (d *DB) setWAL() error {
	var mode string
	if err := d.db.QueryRow(`PRAGMA journal_mode=WAL`).Scan(&mode); err != nil {
		if isDamage(err) {
			return &unusable{why: "is damaged (" + oneLine(err) + ")", setAside: true}
		}
		return err
	}
	return nil
}

// create makes the schema of a new database, in one transaction.
func (d *DB) create() error {
	tx, err := d.db.Begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	stmts := append([]string{}, schema...)
	for _, t := range ftsTables() {
		stmts = append(stmts, ftsSchema(t))
	}
	stmts = append(stmts,
		fmt.Sprintf(`PRAGMA application_id = %d`, applicationID),
		fmt.Sprintf(`PRAGMA user_version = %d`, Version))
	for _, s := range stmts {
		if _, err := tx.Exec(s); err != nil {
			return fmt.Errorf("creating the index: %w", err)
		}
	}
	return tx.Commit()
}

// isDamage reports whether err says the file is no database or a damaged one.
func isDamage(err error) bool {
	var se *sqlite.Error
	if errors.As(err, &se) {
		switch se.Code() & 0xff {
		case sqliteCorrupt, sqliteNotADB:
			return true
		}
	}
	return false
}

// SQLite's primary result codes for a damaged file and for a file that is
// no database.
const (
	sqliteCorrupt = 11
	sqliteNotADB  = 26
)

// IsDamage reports whether err, from any method of DB, says the index is
// damaged; the caller may then Reset it.
func IsDamage(err error) bool { return isDamage(err) }

// oneLine is err's message on one line.
func oneLine(err error) string {
	return strings.Join(strings.Fields(err.Error()), " ")
}

// setAside renames the file at path, with its WAL and shared-memory files,
// to path+".damaged".
func setAside(path string) error {
	for _, suffix := range []string{"-wal", "-shm"} {
		os.Remove(path + ".damaged" + suffix)
		if err := os.Rename(path+suffix, path+".damaged"+suffix); err != nil && !errors.Is(err, os.ErrNotExist) {
			return err
		}
	}
	return os.Rename(path, path+".damaged")
}

// removeDB removes the database at path with its WAL and shared-memory files.
func removeDB(path string) error {
	for _, suffix := range []string{"-wal", "-shm", ""} {
		if err := os.Remove(path + suffix); err != nil && !errors.Is(err, os.ErrNotExist) {
			return err
		}
	}
	return nil
}

// Path is where the database lives.
func (d *DB) Path() string { return d.path }

// Close closes the database.
func (d *DB) Close() error { return d.db.Close() }

// Reset sets a damaged database aside and opens a new one in its place,
// telling opt.Notice.
func (d *DB) Reset(opt Options) (*DB, error) {
	d.db.Close()
	if err := setAside(d.path); err != nil {
		return nil, fmt.Errorf("library index %s: damaged, and it cannot be set aside: %w", d.path, err)
	}
	notice(opt, fmt.Sprintf("resolute: the library index %s is damaged; it was set aside as %s and will be rebuilt", d.path, filepath.Base(d.path)+".damaged"))
	return Open(d.path, opt)
}

// Checkpoint folds the write-ahead log into the database and truncates it,
// as far as readers allow, so that the index takes no more room than it
// needs between runs.
func (d *DB) Checkpoint(ctx context.Context) error {
	_, err := d.db.ExecContext(ctx, `PRAGMA wal_checkpoint(TRUNCATE)`)
	return err
}
