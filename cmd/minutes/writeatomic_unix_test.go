//go:build unix

package main

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// TestWriteAtomicMode: a record written under -o has mode 0644 less the
// umask, as a file made by the shell would; os.CreateTemp's 0600 left
// records only their writer could read.
func TestWriteAtomicMode(t *testing.T) {
	for _, tt := range []struct {
		umask int
		want  os.FileMode
	}{{0o022, 0o644}, {0o027, 0o640}, {0o002, 0o644}} {
		old := syscall.Umask(tt.umask)
		dir := t.TempDir()
		err := newRecordWriter(dir, nil).write("a.txt", []byte("{}\n"))
		syscall.Umask(old)
		if err != nil {
			t.Fatal(err)
		}
		st, err := os.Stat(filepath.Join(dir, "a.json"))
		if err != nil {
			t.Fatal(err)
		}
		if got := st.Mode().Perm(); got != tt.want {
			t.Errorf("umask %03o: mode %03o, want %03o", tt.umask, got, tt.want)
		}
	}
}
