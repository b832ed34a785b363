package library

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"syscall"
)

// Remembered is what resolute keeps about the library between runs, in
// the state directory (RememberedPath): not a cache, so never in the index.
type Remembered struct {
	// Folders are the folders given to `resolute index`, absolute.
	Folders []string `json:"folders,omitempty"`
	// Language is the language of the last document read, the one a
	// symbol opens in when none is asked for.
	Language string `json:"language,omitempty"`
}

// RememberedPath is the file Remembered is kept in, under stateDir (the
// XDG state directory).
func RememberedPath(stateDir string) string {
	return filepath.Join(stateDir, "resolute", "library.json")
}

// LoadRemembered reads what was remembered at path; a missing file is
// nothing remembered.
func LoadRemembered(path string) (Remembered, error) {
	var r Remembered
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return r, nil
	}
	if err != nil {
		return r, fmt.Errorf("%s: %w", path, errors.Unwrap(err))
	}
	if err := json.Unmarshal(b, &r); err != nil {
		return Remembered{}, fmt.Errorf("%s: not valid JSON: %v", path, err)
	}
	return r, nil
}

// UpdateRemembered changes what is remembered at path with change, under
// a lock so that two processes do not lose each other's changes, and
// writes it whole or not at all (a new file renamed into place). A file
// that is not valid JSON is kept beside it, as path+".broken", rather
// than lost.
func UpdateRemembered(path string, change func(*Remembered)) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("%s: %w", filepath.Dir(path), errors.Unwrap(err))
	}
	lock, err := os.OpenFile(path+".lock", os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return fmt.Errorf("%s: %w", path, errors.Unwrap(err))
	}
	defer lock.Close()
	if err := syscall.Flock(int(lock.Fd()), syscall.LOCK_EX); err != nil {
		return fmt.Errorf("%s: cannot lock: %w", path, err)
	}
	defer syscall.Flock(int(lock.Fd()), syscall.LOCK_UN)
	r, err := LoadRemembered(path)
	if err != nil {
		if rerr := os.Rename(path, path+".broken"); rerr != nil {
			return err
		}
		r = Remembered{}
	}
	before := r
	before.Folders = slices.Clone(r.Folders)
	change(&r)
	if slices.Equal(before.Folders, r.Folders) && before.Language == r.Language {
		return nil
	}
	b, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".library-*.json")
	if err != nil {
		return fmt.Errorf("%s: %w", path, errors.Unwrap(err))
	}
	_, werr := tmp.Write(append(b, '\n'))
	serr := tmp.Sync()
	cerr := tmp.Close()
	if err := errors.Join(werr, serr, cerr); err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("%s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// AddFolders returns folders with those of add appended that it lacks,
// each made absolute.
func AddFolders(folders, add []string) []string {
	out := slices.Clone(folders)
	for _, f := range add {
		if f = cleanFolder(f); f != "" && !slices.Contains(out, f) {
			out = append(out, f)
		}
	}
	return out
}

// Folders returns the library's folders: those of RESOLUTE_LIBRARY (env,
// separated by ':') and those remembered, once each.
func Folders(env string, remembered []string) []string {
	return AddFolders(AddFolders(nil, filepath.SplitList(env)), remembered)
}
