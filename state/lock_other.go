//go:build !unix

package state

import "os"

// lock creates the lock file but cannot lock it where flock is missing:
// concurrent writers may then lose each other's changes.
func lock(path string, exclusive bool) (unlock func(), err error) {
	if err := os.MkdirAll(dirOf(path), 0o700); err != nil {
		return nil, err
	}
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, err
	}
	return func() { f.Close() }, nil
}
