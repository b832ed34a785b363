package input

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"syscall"
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

// ReadFile reads the named file with [Read]. Directories, FIFOs, devices
// and files larger than MaxSize are refused before any content is read.
func ReadFile(path string) (string, error) {
	b, err := ReadFileBytes(path)
	if err != nil {
		return "", err
	}
	return Decode(b)
}

// ReadFileBytes returns the bytes of the named regular file, refusing
// what ReadFile refuses. Errors are ReadFile's.
func ReadFileBytes(path string) ([]byte, error) {
	f, info, err := OpenRegular(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if info.Size() > MaxSize {
		return nil, tooLarge(info.Size())
	}
	buf := bytes.NewBuffer(make([]byte, 0, min(max(info.Size(), 0), MaxSize)+bytes.MinRead))
	if _, err := buf.ReadFrom(io.LimitReader(f, MaxSize+1)); err != nil {
		return nil, readError(err)
	}
	if buf.Len() > MaxSize {
		return nil, tooLarge(-1)
	}
	return buf.Bytes(), nil
}

// OpenRegular opens the named file for reading if it is a regular file
// (following symbolic links). A FIFO, a device, a socket or a directory is
// refused without blocking: opening a FIFO for reading would wait for a
// writer for ever, and reading a device such as /dev/zero never ends.
// Errors are one line without the file's name.
func OpenRegular(path string) (*os.File, os.FileInfo, error) {
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, nil, readError(err)
	}
	info, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, nil, readError(err)
	}
	if !info.Mode().IsRegular() {
		f.Close()
		return nil, nil, notRegular(info.Mode())
	}
	return f, info, nil
}

// notRegular returns the error for a file that is not a regular file.
func notRegular(m os.FileMode) error {
	switch {
	case m.IsDir():
		return errors.New("is a directory")
	case m&os.ModeNamedPipe != 0:
		return errors.New("is a FIFO, not a regular file")
	case m&os.ModeSocket != 0:
		return errors.New("is a socket, not a regular file")
	case m&(os.ModeDevice|os.ModeCharDevice) != 0:
		return errors.New("is a device, not a regular file")
	}
	return errors.New("not a regular file")
}

// ErrNotExist is the error for a file that does not exist.
var ErrNotExist = errors.New("no such file")

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
		return ErrNotExist
	case errors.Is(err, os.ErrPermission):
		return errors.New("permission denied")
	}
	return fmt.Errorf("cannot read: %w", err)
}
