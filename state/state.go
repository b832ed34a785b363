// Package state keeps what resolute remembers between runs — the paragraph
// each document was left at, and soon the library's history — in small
// files under $XDG_STATE_HOME/resolute (or ~/.local/state/resolute).
//
// Several resolute processes may write the same file at the same moment:
// [File.Update] is a read-modify-write under an exclusive lock (flock on a
// ".lock" file beside it), so each writer merges its change into what the
// others wrote instead of replacing it. The new contents go to a temporary
// file that is renamed over the old one, so a reader never sees half a
// file; temporary files left by a writer that was killed are removed by
// the next. A file that cannot be read as what it should be — too large,
// not JSON — is never silently replaced: it is renamed aside as
// NAME.bad-TIMESTAMP first. Only regular files are read: a FIFO or a
// device in the way is refused, never opened for reading.
//
// Nothing here is ever worth failing the program for: callers report
// errors as a notice and go on.
package state

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"resolute/content/input"
)

// Dir returns the directory of resolute's state: $XDG_STATE_HOME/resolute,
// or ~/.local/state/resolute; "" when neither is known.
func Dir() string {
	dir := os.Getenv("XDG_STATE_HOME")
	if !filepath.IsAbs(dir) {
		home, err := os.UserHomeDir()
		if err != nil || home == "" {
			return ""
		}
		dir = filepath.Join(home, ".local", "state")
	}
	return filepath.Join(dir, "resolute")
}

// DefaultMax is the largest state file read when File.Max is 0: 64 MB.
const DefaultMax = 64 << 20

// LockWait is how long Update and Read wait for another process's lock
// before they give up.
const LockWait = 3 * time.Second

// File is one state file. The zero Max reads up to DefaultMax bytes.
type File struct {
	Path string
	Max  int64
}

// ErrTooLarge is the cause of an error for a state file over File.Max.
var ErrTooLarge = errors.New("too large")

// Read returns the file's contents, nil when it does not exist, under a
// shared lock (so never a write half done).
func (f File) Read() ([]byte, error) {
	unlock, err := lock(f.Path+".lock", false)
	if err != nil {
		return nil, f.fail(err)
	}
	defer unlock()
	b, err := f.read()
	if err != nil {
		return nil, f.fail(err)
	}
	return b, nil
}

// Update replaces the file's contents with what change returns for the
// current ones (nil when the file does not exist), all under an exclusive
// lock. When change returns an error the file is left as it was and
// Update returns that error. A nil result from change leaves the file as
// it was too.
func (f File) Update(change func(old []byte) ([]byte, error)) error {
	if err := os.MkdirAll(filepath.Dir(f.Path), 0o700); err != nil {
		return f.fail(err)
	}
	unlock, err := lock(f.Path+".lock", true)
	if err != nil {
		return f.fail(err)
	}
	defer unlock()
	f.removeStaleTemps()
	old, err := f.read()
	if errors.Is(err, ErrTooLarge) {
		// Not read, so not to be replaced: kept aside.
		if err := f.setAside(); err != nil {
			return f.fail(err)
		}
		old, err = nil, nil
	}
	if err != nil {
		return f.fail(err)
	}
	b, err := change(old)
	if err != nil || b == nil {
		return err
	}
	return f.write(b)
}

// read returns the file's contents, refusing a file that is not regular
// or is over the size bound.
func (f File) read() ([]byte, error) {
	h, info, err := input.OpenRegular(f.Path)
	if err != nil {
		if errors.Is(err, input.ErrNotExist) {
			return nil, nil
		}
		return nil, err
	}
	defer h.Close()
	max := f.Max
	if max <= 0 {
		max = DefaultMax
	}
	if info.Size() > max {
		return nil, fmt.Errorf("%w (%d MB; the limit is %d MB)", ErrTooLarge, info.Size()>>20, max>>20)
	}
	b, err := io.ReadAll(io.LimitReader(h, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > max {
		return nil, ErrTooLarge
	}
	return b, nil
}

// tempPrefix starts the names of temporary files beside f.
func (f File) tempPrefix() string {
	return "." + filepath.Base(f.Path) + ".tmp-"
}

// write puts b in the file: a temporary file beside it, synced, renamed
// over it.
func (f File) write(b []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(f.Path), f.tempPrefix()+"*")
	if err != nil {
		return f.fail(err)
	}
	_, werr := tmp.Write(b)
	serr := tmp.Sync()
	cerr := tmp.Close()
	if err := errors.Join(werr, serr, cerr); err != nil {
		os.Remove(tmp.Name())
		return f.fail(err)
	}
	if err := os.Rename(tmp.Name(), f.Path); err != nil {
		os.Remove(tmp.Name())
		return f.fail(err)
	}
	return nil
}

// removeStaleTemps removes the temporary files of writers that died
// before their rename. Under the exclusive lock no other writer is at
// work, so every such file is stale.
func (f File) removeStaleTemps() {
	entries, err := os.ReadDir(filepath.Dir(f.Path))
	if err != nil {
		return
	}
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), f.tempPrefix()) && e.Type().IsRegular() {
			os.Remove(filepath.Join(filepath.Dir(f.Path), e.Name()))
		}
	}
}

// setAside renames the file to NAME.bad-TIMESTAMP.
func (f File) setAside() error {
	bad := f.Path + ".bad-" + time.Now().UTC().Format("20060102T150405Z")
	if err := os.Rename(f.Path, bad); err != nil && !errors.Is(err, os.ErrNotExist) {
		return err
	}
	return nil
}

// fail names the file in err, made one line.
func (f File) fail(err error) error {
	return &Error{Path: f.Path, Err: err}
}

// Error is a state file's error: the file and the cause.
type Error struct {
	Path string
	Err  error
}

func (e *Error) Error() string {
	return e.Path + ": " + strings.ReplaceAll(e.Err.Error(), "\n", " ")
}

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }

// ReadJSON decodes the file's JSON into a T; the zero T when the file does
// not exist. A file that is not valid JSON for T is an error (and is left
// alone: UpdateJSON sets it aside before replacing it).
func ReadJSON[T any](f File) (T, error) {
	var v T
	b, err := f.Read()
	if err != nil || len(bytes.TrimSpace(b)) == 0 {
		return v, err
	}
	if err := json.Unmarshal(b, &v); err != nil {
		return v, f.fail(fmt.Errorf("not valid JSON: %v", err))
	}
	return v, nil
}

// UpdateJSON decodes the file's JSON into a T (the zero T when the file
// does not exist, or when it is not valid JSON for T: it is then set aside
// as NAME.bad-TIMESTAMP), lets change modify it, and writes it back, all
// under the exclusive lock. When change returns an error nothing is
// written.
func UpdateJSON[T any](f File, change func(v *T) error) error {
	return f.Update(func(old []byte) ([]byte, error) {
		var v T
		if len(bytes.TrimSpace(old)) > 0 {
			if err := json.Unmarshal(old, &v); err != nil {
				if err := f.setAside(); err != nil {
					return nil, err
				}
				var zero T
				v = zero
			}
		}
		if err := change(&v); err != nil {
			return nil, err
		}
		b, err := json.MarshalIndent(v, "", " ")
		if err != nil {
			return nil, err
		}
		return append(b, '\n'), nil
	})
}

// dirOf is filepath.Dir.
func dirOf(path string) string { return filepath.Dir(path) }
