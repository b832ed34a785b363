package state

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

func TestUpdateJSONMergesConcurrentWriters(t *testing.T) {
	f := File{Path: filepath.Join(t.TempDir(), "resolute", "positions.json")}
	const writers = 40
	var wg sync.WaitGroup
	for i := 0; i < writers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			err := UpdateJSON(f, func(m *map[string]int) error {
				if *m == nil {
					*m = map[string]int{}
				}
				(*m)[fmt.Sprint("doc", i)] = i
				return nil
			})
			if err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	got, err := ReadJSON[map[string]int](f)
	if err != nil || len(got) != writers {
		t.Fatalf("%d entries after %d concurrent writers (error %v)", len(got), writers, err)
	}
}

func TestUpdateRemovesStaleTemps(t *testing.T) {
	dir := t.TempDir()
	f := File{Path: filepath.Join(dir, "positions.json")}
	stale := filepath.Join(dir, ".positions.json.tmp-123") // a writer killed before its rename
	os.WriteFile(stale, []byte("[{"), 0o600)
	if err := f.Update(func([]byte) ([]byte, error) { return []byte("[]\n"), nil }); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(stale); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("stale temporary file still there: %v", err)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.Contains(e.Name(), ".tmp-") {
			t.Errorf("temporary file %s left", e.Name())
		}
	}
}

func TestUnreadableFileIsSetAside(t *testing.T) {
	for name, tt := range map[string]struct {
		contents string
		max      int64
	}{
		"not json":  {"{{{ not json", 0},
		"too large": {strings.Repeat(" ", 2000) + "[]", 1000},
	} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			f := File{Path: filepath.Join(dir, "positions.json"), Max: tt.max}
			os.WriteFile(f.Path, []byte(tt.contents), 0o600)
			if _, err := ReadJSON[[]string](f); err == nil {
				t.Error("ReadJSON of an unreadable file: no error")
			}
			if err := UpdateJSON(f, func(v *[]string) error { *v = append(*v, "new"); return nil }); err != nil {
				t.Fatal(err)
			}
			bad, _ := filepath.Glob(f.Path + ".bad-*")
			if len(bad) != 1 {
				t.Fatalf("set aside: %v, want one .bad- file", bad)
			}
			if b, _ := os.ReadFile(bad[0]); string(b) != tt.contents {
				t.Errorf("the file set aside holds %q", b)
			}
			if got, err := ReadJSON[[]string](f); err != nil || len(got) != 1 {
				t.Errorf("after the update: %v, %v", got, err)
			}
		})
	}
}

func TestLargeValidFileIsKept(t *testing.T) {
	f := File{Path: filepath.Join(t.TempDir(), "positions.json")}
	big := make([]string, 0, 100000)
	for i := 0; i < cap(big); i++ {
		big = append(big, fmt.Sprintf("document number %09d of a long history", i))
	}
	if err := UpdateJSON(f, func(v *[]string) error { *v = big; return nil }); err != nil {
		t.Fatal(err)
	}
	info, _ := os.Stat(f.Path)
	if info.Size() < 4<<20 { // over the old bound of 1 MB
		t.Fatalf("test file is only %d MB", info.Size()>>20)
	}
	if err := UpdateJSON(f, func(v *[]string) error { *v = append(*v, "one more"); return nil }); err != nil {
		t.Fatal(err)
	}
	got, err := ReadJSON[[]string](f)
	if err != nil || len(got) != len(big)+1 {
		t.Errorf("a valid %d MB file read back as %d entries (error %v)", info.Size()>>20, len(got), err)
	}
}

func TestFIFORefusedWithoutBlocking(t *testing.T) {
	dir := t.TempDir()
	f := File{Path: filepath.Join(dir, "positions.json")}
	if err := syscall.Mkfifo(f.Path, 0o600); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	done := make(chan error, 2)
	go func() {
		_, err := f.Read()
		done <- err
		done <- f.Update(func([]byte) ([]byte, error) { return []byte("[]"), nil })
	}()
	for i := 0; i < 2; i++ {
		select {
		case err := <-done:
			if err == nil || !strings.Contains(err.Error(), "FIFO") {
				t.Errorf("a FIFO as state file: error %v, want it refused", err)
			}
		case <-time.After(5 * time.Second):
			t.Fatal("blocked on a FIFO")
		}
	}
	if info, _ := os.Lstat(f.Path); info.Mode()&os.ModeNamedPipe == 0 {
		t.Error("the FIFO was replaced")
	}
}

func TestUpdateChangeErrorWritesNothing(t *testing.T) {
	f := File{Path: filepath.Join(t.TempDir(), "positions.json")}
	os.WriteFile(f.Path, []byte("[1]"), 0o600)
	boom := errors.New("boom")
	if err := f.Update(func([]byte) ([]byte, error) { return []byte("[2]"), boom }); err != boom {
		t.Errorf("error %v, want boom", err)
	}
	if b, _ := os.ReadFile(f.Path); string(b) != "[1]" {
		t.Errorf("file now %q", b)
	}
}
