package library

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"resolute/library/store"
	"resolute/termsafe"
)

// Progress is told, as an index is built, how many of the files to read
// have been read. It is called from the indexing goroutine.
type Progress func(done, total int)

// Summary says what a scan did, and what the index holds after it.
type Summary struct {
	Files     int            // files in the library's folders
	Read      int            // files read, new or changed since the last scan
	Removed   int            // files gone from the folders, dropped from the index
	Documents int            // documents in the index
	Languages map[string]int // documents per language
	// Failures are the files that could not be read (those of earlier
	// scans included) and the folders that could not be listed.
	Failures []Failure
	Elapsed  time.Duration
}

// IndexResult is the end of a background Index.
type IndexResult struct {
	Summary Summary
	Err     error
}

// Index brings the index up to date with the library's folders in the
// background and returns at once; the channel receives the result, then
// closes. progress, if not nil, is called as files are read. Status says
// NotIndexed for what is not found while it runs; Has, Find, CitedBy and
// Search answer from the index as it stands.
func (l *Library) Index(ctx context.Context, progress Progress) <-chan IndexResult {
	ch := make(chan IndexResult, 1)
	l.setRunning(true)
	go func() {
		defer close(ch)
		s, err := l.Scan(ctx, progress)
		ch <- IndexResult{Summary: s, Err: err}
	}()
	return ch
}

// setRunning marks a scan as started or finished, for Status.
func (l *Library) setRunning(on bool) {
	l.keysMu.Lock()
	l.running = on
	l.keysMu.Unlock()
}

// isRunning reports whether a scan runs.
func (l *Library) isRunning() bool {
	l.keysMu.RLock()
	defer l.keysMu.RUnlock()
	return l.running
}

// batchSize and batchTime bound one write transaction: other processes
// wait for it to end before they write.
const (
	batchSize = 400
	batchTime = 2 * time.Second
)

// Scan brings the index up to date with the library's folders: it reads
// the files that are new or changed (size or modification time) since the
// last scan, on every core, and drops the files that are gone, and those
// of folders no longer in the library. A file that cannot be read is
// recorded with its error and skipped. Scan returns when done, or when ctx
// is cancelled, keeping what it wrote.
func (l *Library) Scan(ctx context.Context, progress Progress) (Summary, error) {
	l.scanMu.Lock()
	defer l.scanMu.Unlock()
	l.setRunning(true)
	defer l.setRunning(false)
	start := time.Now()
	s, err := l.scan(ctx, progress)
	if err != nil && store.IsDamage(err) {
		l.damaged(err)
		s, err = l.scan(ctx, progress) // once more, into the new index
	}
	s.Elapsed = time.Since(start)
	l.reloadKeys()
	return s, err
}

func (l *Library) scan(ctx context.Context, progress Progress) (Summary, error) {
	var s Summary
	db, err := l.store()
	if err != nil {
		return s, err
	}
	w := newWalker()
	if l.test.readDir != nil {
		w.readDir = l.test.readDir
	}
	var walked []string
	for _, f := range l.cfg.Folders {
		if w.root(f) {
			walked = append(walked, f)
		}
	}
	s.Files = len(w.files)
	known, err := db.Files(ctx)
	if err != nil {
		return s, err
	}
	var todo []candidate
	seen := make(map[string]bool, len(w.files))
	for _, c := range w.files {
		seen[c.path] = true
		if k, ok := known[c.path]; !ok || k.Size != c.size || k.MTime != c.mtime {
			todo = append(todo, c)
		}
	}
	var gone []string
	for p := range known {
		if !seen[p] {
			gone = append(gone, p)
		}
	}
	sort.Strings(gone)
	scanned, err := db.Scanned(ctx)
	if err != nil {
		return s, err
	}
	if err := l.remove(ctx, db, gone, walked, scanned); err != nil {
		return s, err
	}
	s.Removed = len(gone)
	read, err := l.read(ctx, db, todo, progress)
	s.Read = read
	if err != nil {
		return s, err
	}
	if err := l.markScanned(ctx, db, walked); err != nil {
		return s, err
	}
	if s.Read > 0 || s.Removed > 0 {
		db.Checkpoint(ctx) // best effort: a reader may hold the log
	}
	return l.summarise(ctx, db, s, w.fails)
}

// remove drops the files gone from the index, and forgets the folders no
// longer in the library; it marks nothing scanned.
func (l *Library) remove(ctx context.Context, db *store.DB, gone, walked []string, scanned map[string]int64) error {
	var forget []string
	for f := range scanned {
		if !containsString(l.cfg.Folders, f) {
			forget = append(forget, f)
		}
	}
	if len(gone) == 0 && len(forget) == 0 {
		return nil
	}
	wr, err := db.Begin(ctx)
	if err != nil {
		return err
	}
	defer wr.Rollback()
	for _, p := range gone {
		if err := wr.Remove(ctx, p); err != nil {
			return err
		}
	}
	for _, f := range forget {
		if err := wr.ForgetFolder(ctx, f); err != nil {
			return err
		}
	}
	return wr.Commit()
}

// markScanned records the folders walked whole.
func (l *Library) markScanned(ctx context.Context, db *store.DB, walked []string) error {
	if len(walked) == 0 {
		return nil
	}
	wr, err := db.Begin(ctx)
	if err != nil {
		return err
	}
	defer wr.Rollback()
	now := time.Now().Unix()
	for _, f := range walked {
		if err := wr.SetScanned(ctx, f, now); err != nil {
			return err
		}
	}
	return wr.Commit()
}

// read reads todo's files on every core and records them, in batches of
// transactions, reporting progress. It returns how many were recorded.
func (l *Library) read(ctx context.Context, db *store.DB, todo []candidate, progress Progress) (int, error) {
	if progress != nil {
		progress(0, len(todo))
	}
	if len(todo) == 0 {
		return 0, nil
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	jobs := make(chan candidate)
	// A result is an entry to record, or a file gone before it was read.
	type result struct {
		e    *store.Entry
		gone string
	}
	results := make(chan result, 8)
	workers := max(1, runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	for range workers {
		prep, err := db.Preparer(ctx)
		if err != nil {
			return 0, err
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			for c := range jobs {
				if l.test.beforeRead != nil {
					l.test.beforeRead(c.path)
				}
				r := result{e: readEntry(ctx, c)}
				if ctx.Err() != nil {
					return // cancelled: what was read meanwhile may say so, not the file
				}
				if r.e == nil {
					r.gone = c.path
				} else if err := prep.Prepare(r.e); err != nil {
					r.e.Doc, r.e.Err = nil, "cannot compress its text: "+oneLine(err.Error())
				}
				select {
				case results <- r:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() {
		defer close(jobs)
		for _, c := range todo {
			select {
			case jobs <- c:
			case <-ctx.Done():
				return
			}
		}
	}()
	go func() {
		wg.Wait()
		close(results)
	}()

	done, recorded := 0, 0
	var wr *store.Writer
	var began time.Time
	inBatch := 0
	commit := func() error {
		if wr == nil {
			return nil
		}
		err := wr.Commit()
		wr, inBatch = nil, 0
		return err
	}
	defer func() {
		if wr != nil {
			wr.Rollback()
		}
	}()
	for r := range results {
		if wr == nil {
			var err error
			if wr, err = db.Begin(ctx); err != nil {
				cancel()
				return recorded, err
			}
			began = time.Now()
		}
		var err error
		path := r.gone
		if r.e == nil {
			err = wr.Remove(ctx, r.gone) // deleted before it could be read
		} else {
			path = r.e.Path
			err = wr.Put(ctx, r.e)
			recorded++
		}
		if err != nil {
			cancel()
			return recorded, fmt.Errorf("recording %s: %w", path, err)
		}
		inBatch++
		done++
		if inBatch >= batchSize || time.Since(began) >= batchTime {
			if err := commit(); err != nil {
				cancel()
				return recorded, err
			}
		}
		if progress != nil {
			progress(done, len(todo))
		}
	}
	if err := commit(); err != nil {
		return recorded, err
	}
	return recorded, ctx.Err()
}

// readEntry reads and parses one file for the index (OpenContext: a PDF
// in a child process, under a deadline and a memory limit). It returns nil
// when the file is gone; a file that cannot be read is an entry with its
// error.
func readEntry(ctx context.Context, c candidate) (e *store.Entry) {
	e = &store.Entry{Path: c.path, Size: c.size, MTime: c.mtime}
	defer func() {
		if r := recover(); r != nil {
			e.Doc, e.Err = nil, oneLine(fmt.Sprintf("internal error: %v", r))
		}
	}()
	o, err := OpenContext(ctx, c.path, OpenOptions{})
	if err != nil {
		if _, serr := os.Stat(c.path); errors.Is(serr, fs.ErrNotExist) {
			return nil
		}
		e.Err = oneLine(strings.TrimPrefix(err.Error(), termsafe.Name(c.path)+": "))
		return e
	}
	e.Doc = record(o)
	return e
}

// summarise fills in what the index holds.
func (l *Library) summarise(ctx context.Context, db *store.DB, s Summary, walkFails []Failure) (Summary, error) {
	st, err := db.Stats(ctx)
	if err != nil {
		return s, err
	}
	s.Documents, s.Languages = st.Documents, st.Languages
	fails, err := db.Failures(ctx)
	if err != nil {
		return s, err
	}
	for _, f := range fails {
		s.Failures = append(s.Failures, Failure{Path: f.Path, Err: f.Err})
	}
	s.Failures = append(s.Failures, walkFails...)
	sort.Slice(s.Failures, func(i, j int) bool { return s.Failures[i].Path < s.Failures[j].Path })
	return s, nil
}

// reloadKeys reads the index's keys again after a scan.
func (l *Library) reloadKeys() {
	l.keysOnce.Do(func() {}) // a later loadKeys must not overwrite these
	keys, scanned := map[string][]string{}, map[string]int64{}
	if db, err := l.store(); err == nil {
		ctx := context.Background()
		if k, err := db.Keys(ctx); err == nil {
			keys = k
		}
		if s, err := db.Scanned(ctx); err == nil {
			scanned = s
		}
	}
	l.keysMu.Lock()
	l.keys, l.scanned = keys, scanned
	l.keysMu.Unlock()
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
