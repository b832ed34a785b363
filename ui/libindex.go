package ui

import (
	"context"
	"sync"
	"time"

	tea "charm.land/bubbletea/v2"

	"resolute/library"
)

// The library's index brought up to date in the background: once the first
// screen is out, the reader has the library re-scan its folders
// (Library.Index), which reads only what is new or changed (a quarter of a
// second for 14,049 unchanged files) and drops what is gone. The status bar
// shows its progress while files are read ("indexing 3,412/14,049"); keys
// are never kept waiting, and what is not found meanwhile is said to be
// not indexed yet rather than not in the library.

// progressEvery is the least time between two progress messages: the status
// bar need not be drawn for every file read.
const progressEvery = 100 * time.Millisecond

// indexRun is one background Index: its progress, its result and how to
// stop it.
type indexRun struct {
	progress chan [2]int
	result   <-chan library.IndexResult
	cancel   context.CancelFunc

	mu   sync.Mutex
	last time.Time
}

// report is the run's library.Progress: it keeps the latest figures for
// the reader, at most every progressEvery, never blocking the indexer.
func (r *indexRun) report(done, total int) {
	r.mu.Lock()
	now := time.Now()
	if now.Sub(r.last) < progressEvery && done < total {
		r.mu.Unlock()
		return
	}
	r.last = now
	r.mu.Unlock()
	select {
	case <-r.progress: // drop what the reader has not taken yet
	default:
	}
	select {
	case r.progress <- [2]int{done, total}:
	default:
	}
}

// indexState is what the reader knows of the background index.
type indexState struct {
	run         *indexRun
	done, total int
	// finished is set once a run has ended.
	finished bool
}

// running reports whether a background Index runs.
func (s *indexState) running() bool { return s.run != nil }

// status is the status bar's part for the index: its progress while files
// are read, else "".
func (s *indexState) status() string {
	if s.run == nil || s.total == 0 {
		return ""
	}
	return "indexing " + thousands(s.done) + "/" + thousands(s.total)
}

// stop cancels a run, for the reader's end.
func (s *indexState) stop() {
	if s.run != nil {
		s.run.cancel()
	}
}

// indexProgressMsg carries the progress of a run.
type indexProgressMsg struct {
	run         *indexRun
	done, total int
}

// indexDoneMsg carries the end of a run.
type indexDoneMsg struct {
	run *indexRun
	res library.IndexResult
}

func (indexProgressMsg) libraryMsg() {}
func (indexDoneMsg) libraryMsg()     {}

// startIndex returns the Cmd that starts the background Index, once.
func (m *model) startIndex() tea.Cmd {
	lib := m.opt.Library
	if lib == nil || m.index.run != nil || m.index.finished {
		return nil
	}
	if noFolders(lib) {
		// No folder (none configured, or the remembered ones unreadable):
		// a scan would empty the index of the folders it has.
		return nil
	}
	ctx, cancel := context.WithCancel(context.Background())
	r := &indexRun{progress: make(chan [2]int, 1), cancel: cancel}
	m.index.run = r
	return func() tea.Msg {
		r.result = lib.Index(ctx, r.report)
		return waitIndex(r)()
	}
}

// waitIndex waits for the run's next progress or its end.
func waitIndex(r *indexRun) tea.Cmd {
	return func() tea.Msg {
		select {
		case p := <-r.progress:
			return indexProgressMsg{run: r, done: p[0], total: p[1]}
		case res, ok := <-r.result:
			if !ok {
				res = library.IndexResult{}
			}
			return indexDoneMsg{run: r, res: res}
		}
	}
}

// indexProgress shows a run's progress and waits for more.
func (m *model) indexProgress(msg indexProgressMsg) tea.Cmd {
	if msg.run != m.index.run {
		return nil
	}
	m.index.done, m.index.total = msg.done, msg.total
	return waitIndex(msg.run)
}

// indexDone ends a run: what the index may now answer differently (the
// Cited by lists, the library list) is read again.
func (m *model) indexDone(msg indexDoneMsg) tea.Cmd {
	if msg.run != m.index.run {
		return nil
	}
	m.index = indexState{finished: true}
	s, err := msg.res.Summary, msg.res.Err
	switch {
	case err != nil && err != context.Canceled:
		m.message = "library index: " + clean(firstLine(err))
	case s.Read > 0 || s.Removed > 0:
		m.message = "library indexed: " + thousands(s.Documents) + " documents (" +
			thousands(s.Read) + " read, " + thousands(s.Removed) + " gone)"
	}
	// A list read while the index was brought up to date may lack what it
	// has now; when the index changed, any may.
	changed := s.Read > 0 || s.Removed > 0 || err != nil
	for _, v := range m.views() {
		switch {
		case v.by.state == byLoading:
			v.by.stale = changed // else it reads the index as it is
		case v.by.state == byLoaded && (changed || !v.by.known):
			v.by.state = byNone
		}
	}
	cmds := []tea.Cmd{m.loadCitedBy(m.view)}
	if changed && m.body != nil {
		cmds = append(cmds, m.body.refresh(m))
	}
	return tea.Batch(cmds...)
}

// views returns every document view the reader holds.
func (m *model) views() []*docView {
	out := []*docView{m.view}
	for _, s := range [][]visit{m.nav.back, m.nav.forward} {
		for _, t := range s {
			if t.view != nil && t.view != m.view {
				out = append(out, t.view)
			}
		}
	}
	return out
}

// thousands writes n with commas: 14,049.
func thousands(n int) string {
	s := itoa(n)
	if n < 0 {
		return s
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// libraryBackground starts what the library does once the first screen is
// out: the index brought up to date, the Cited by list of the document.
func (m *model) libraryBackground() tea.Cmd {
	return tea.Batch(m.startIndex(), m.loadCitedBy(m.view))
}

// noFolders reports whether lib says it has no folder (*library.Library
// does): none configured, or the remembered ones unreadable.
func noFolders(lib Library) bool {
	f, ok := lib.(interface{ Folders() []string })
	return ok && len(f.Folders()) == 0
}

// noFoldersNote says what to do about a library without folders.
const noFoldersNote = "the library has no folder: run `resolute index DIR` or set RESOLUTE_LIBRARY"

// notIndexedNote says what to do about a library never indexed.
const notIndexedNote = "the library is not indexed yet: run `resolute index DIR`"

// emptyNote says why a look-up in lib found nothing: the library has no
// folder, is being indexed (whileIndexing), was never indexed, or holds
// nothing that answers (none).
func emptyNote(lib Library, indexing bool, whileIndexing, none string) string {
	switch {
	case noFolders(lib):
		return noFoldersNote
	case indexing:
		return whileIndexing
	case !lib.Indexed():
		return notIndexedNote
	}
	return none
}
