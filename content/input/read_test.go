package input

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// lazyReader produces n bytes of text without holding them in memory and
// counts how many were read.
type lazyReader struct {
	n, read int64
}

func (r *lazyReader) Read(p []byte) (int, error) {
	if r.read >= r.n {
		return 0, io.EOF
	}
	const line = "resolution\n"
	k := min(int64(len(p)), r.n-r.read)
	for i := int64(0); i < k; {
		i += int64(copy(p[i:k], line))
	}
	r.read += k
	return int(k), nil
}

func TestReadTooLarge(t *testing.T) {
	r := &lazyReader{n: 100 << 20}
	_, err := Read(r)
	if err == nil || !strings.HasPrefix(err.Error(), "file too large") {
		t.Fatalf("Read(100 MB) error = %v, want file too large", err)
	}
	if r.read > MaxSize+64<<10 {
		t.Errorf("Read(100 MB) read %d bytes, want at most about MaxSize (%d)", r.read, MaxSize)
	}
}

func TestRead(t *testing.T) {
	got, err := Read(strings.NewReader("\xef\xbb\xbf1. Decides\r\n"))
	if err != nil || got != "1. Decides\n" {
		t.Errorf("Read = %q, %v, want %q, nil", got, err, "1. Decides\n")
	}
	if testing.Short() {
		return
	}
	got, err = Read(strings.NewReader(strings.Repeat("a", MaxSize)))
	if err != nil || len(got) != MaxSize {
		t.Errorf("Read(MaxSize bytes) = %d bytes, %v, want %d bytes, nil", len(got), err, MaxSize)
	}
}

func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	text := filepath.Join(dir, "res.txt")
	if err := os.WriteFile(text, []byte("r\xe9solution\r\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	big := filepath.Join(dir, "big.txt")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(100 << 20); err != nil { // sparse: no 100 MB written
		t.Fatal(err)
	}
	f.Close()

	tests := []struct {
		name, path, want, wantErr string
	}{
		{"text", text, "résolution\n", ""},
		{"directory", dir, "", "is a directory"},
		{"missing", filepath.Join(dir, "nope.txt"), "", "no such file"},
		{"too large", big, "", "file too large (100 MB; the limit is 64 MB)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ReadFile(tt.path)
			if tt.wantErr == "" {
				if err != nil || got != tt.want {
					t.Errorf("ReadFile(%s) = %q, %v, want %q, nil", tt.name, got, err, tt.want)
				}
				return
			}
			if err == nil || err.Error() != tt.wantErr {
				t.Errorf("ReadFile(%s) error = %v, want %q", tt.name, err, tt.wantErr)
			}
			if err != nil && strings.Contains(err.Error(), tt.path) {
				t.Errorf("ReadFile(%s) error %q names the file", tt.name, err)
			}
		})
	}
}
