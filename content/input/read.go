package input

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
)

// MaxSize is the largest input, in bytes, that resolute reads: 64 MiB. The
// longest resolutions with their annexes are a few megabytes of text.
const MaxSize = 64 << 20

// Read reads at most MaxSize+1 bytes from r and decodes them with [Decode].
// Larger input is refused without reading the rest. Errors are one line,
// lower case, and do not name the file: the caller prefixes "name: ".
func Read(r io.Reader) (string, error) {
	return read(r, 0)
}

// read is Read with a hint of the input's size, so that a file whose size is
// known is read into one buffer of the right size.
func read(r io.Reader, sizeHint int64) (string, error) {
	buf := bytes.NewBuffer(make([]byte, 0, min(max(sizeHint, 0), MaxSize)+bytes.MinRead))
	_, err := buf.ReadFrom(io.LimitReader(r, MaxSize+1))
	b := buf.Bytes()
	if err != nil {
		return "", readError(err)
	}
	if len(b) > MaxSize {
		return "", tooLarge(-1)
	}
	return Decode(b)
}

// ReadFile reads the named file with [Read]. Directories and files larger
// than MaxSize are refused before any content is read.
func ReadFile(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", readError(err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return "", readError(err)
	}
	if info.IsDir() {
		return "", errors.New("is a directory")
	}
	if info.Mode().IsRegular() && info.Size() > MaxSize {
		return "", tooLarge(info.Size())
	}
	return read(f, info.Size())
}

// tooLarge returns the error for input over MaxSize; size is the input's
// size in bytes, or negative when only "more than MaxSize" is known.
func tooLarge(size int64) error {
	const mb = 1 << 20
	if size < 0 {
		return fmt.Errorf("file too large (over %d MB; the limit is %d MB)", MaxSize/mb, MaxSize/mb)
	}
	return fmt.Errorf("file too large (%d MB; the limit is %d MB)", (size+mb-1)/mb, MaxSize/mb)
}

// readError turns an I/O error into a one-line message without the file
// name, which *os.PathError would otherwise repeat.
func readError(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	switch {
	case errors.Is(err, os.ErrNotExist):
		return errors.New("no such file")
	case errors.Is(err, os.ErrPermission):
		return errors.New("permission denied")
	}
	return fmt.Errorf("cannot read: %w", err)
}
