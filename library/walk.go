package library

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
)

// candidate is a file of the library found by a walk.
type candidate struct {
	path  string
	size  int64
	mtime int64 // Unix nanoseconds
}

// walker finds the library's files: .xml, .txt and .pdf files, regular
// ones, in folders to any depth, following symbolic links but never into a
// folder it has been in (a loop), and never twice to one file.
type walker struct {
	// readDir lists a folder (os.ReadDir; tests put faults in it).
	readDir func(string) ([]os.DirEntry, error)
	// stat follows links (os.Stat).
	stat func(string) (os.FileInfo, error)

	seen  map[fileID]bool
	files []candidate
	fails []Failure
}

// fileID identifies a file or folder across the paths that lead to it.
type fileID struct{ dev, ino uint64 }

func newWalker() *walker {
	return &walker{readDir: os.ReadDir, stat: os.Stat, seen: map[fileID]bool{}}
}

// idOf returns the identity of the file info describes, and false when the
// system does not say.
func idOf(info os.FileInfo) (fileID, bool) {
	st, ok := info.Sys().(*syscall.Stat_t)
	if !ok {
		return fileID{}, false
	}
	return fileID{dev: uint64(st.Dev), ino: uint64(st.Ino)}, true
}

// isLibraryFile reports whether name is a file the library reads.
func isLibraryFile(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".xml", ".txt", ".pdf":
		return true
	}
	return false
}

// root walks a library folder. It reports false when the folder itself
// cannot be read, which is then among the failures.
func (w *walker) root(dir string) bool {
	info, err := w.stat(dir)
	if err != nil {
		w.fail(dir, err)
		return false
	}
	if !info.IsDir() {
		w.fails = append(w.fails, Failure{Path: dir, Err: "not a folder"})
		return false
	}
	if id, ok := idOf(info); ok {
		if w.seen[id] {
			return true // the same folder under another name
		}
		w.seen[id] = true
	}
	return w.dir(dir)
}

// dir walks one folder; false when it cannot be listed.
func (w *walker) dir(dir string) bool {
	entries, err := w.readDir(dir)
	if err != nil && len(entries) == 0 {
		w.fail(dir, err)
		return false
	}
	if err != nil {
		w.fail(dir, err) // listed in part
	}
	for _, e := range entries {
		name := e.Name()
		if strings.HasPrefix(name, ".") {
			continue // .git and the like
		}
		path := filepath.Join(dir, name)
		typ := e.Type()
		if typ&fs.ModeSymlink == 0 && !typ.IsDir() && !typ.IsRegular() {
			continue // a device, a pipe, a socket
		}
		if !typ.IsDir() && typ&fs.ModeSymlink == 0 && !isLibraryFile(name) {
			continue
		}
		info, err := w.stat(path)
		if err != nil {
			if typ&fs.ModeSymlink == 0 || isLibraryFile(name) {
				w.fail(path, err)
			}
			continue
		}
		id, hasID := idOf(info)
		switch {
		case info.IsDir():
			if hasID {
				if w.seen[id] {
					continue // a loop, or a folder linked twice
				}
				w.seen[id] = true
			}
			w.dir(path)
		case info.Mode().IsRegular() && isLibraryFile(name):
			if hasID {
				if w.seen[id] {
					continue
				}
				w.seen[id] = true
			}
			w.files = append(w.files, candidate{path: path, size: info.Size(), mtime: info.ModTime().UnixNano()})
		}
	}
	return true
}

// fail records that path could not be read.
func (w *walker) fail(path string, err error) {
	w.fails = append(w.fails, Failure{Path: path, Err: causeOf(err)})
}

// causeOf is the cause in err, without the path the os package puts
// before it: "permission denied", "no such file or directory".
func causeOf(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return oneLine(err.Error())
}

// oneLine is s on one line.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// cleanFolder makes a folder's name absolute and clean; "" for none.
func cleanFolder(f string) string {
	if strings.TrimSpace(f) == "" {
		return ""
	}
	if abs, err := filepath.Abs(f); err == nil {
		return abs
	}
	return filepath.Clean(f)
}
