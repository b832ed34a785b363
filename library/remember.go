package library

import (
	"errors"
	"path/filepath"
	"slices"

	"resolute/state"
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

// RememberedPath is the file Remembered is kept in, in resolute's state
// directory stateDir (state.Dir); "" when there is none.
func RememberedPath(stateDir string) string {
	if stateDir == "" {
		return ""
	}
	return filepath.Join(stateDir, "library.json")
}

// LoadRemembered reads what was remembered at path; a missing file is
// nothing remembered.
func LoadRemembered(path string) (Remembered, error) {
	if path == "" {
		return Remembered{}, nil
	}
	return state.ReadJSON[Remembered](state.File{Path: path})
}

// errUnchanged says an update changed nothing, so nothing is written.
var errUnchanged = errors.New("unchanged")

// UpdateRemembered changes what is remembered at path with change: a
// locked read-modify-write of the state file (package state), so that two
// processes do not lose each other's changes, written whole or not at all.
// A file that is not valid JSON is set aside, not lost.
func UpdateRemembered(path string, change func(*Remembered)) error {
	if path == "" {
		return errors.New("no state directory to remember the library in (neither XDG_STATE_HOME nor a home directory)")
	}
	err := state.UpdateJSON(state.File{Path: path}, func(r *Remembered) error {
		before := *r
		before.Folders = slices.Clone(r.Folders)
		change(r)
		if slices.Equal(before.Folders, r.Folders) && before.Language == r.Language {
			return errUnchanged
		}
		return nil
	})
	if errors.Is(err, errUnchanged) {
		return nil
	}
	return err
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
