package extract_test

import (
	"bytes"
	"path/filepath"
	"runtime"
	"testing"
)

// TestDeterministic: the same input gives the same bytes on every run,
// whatever GOMAXPROCS is (map iteration order, for one, must never leak
// into a record).
func TestDeterministic(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	for _, doc := range goldenInputs(t) {
		var first []byte
		for run := 0; run < 4; run++ {
			runtime.GOMAXPROCS(1 + run%2)
			got := extractFile(t, doc)
			if first == nil {
				first = got
				continue
			}
			if !bytes.Equal(first, got) {
				t.Fatalf("%s: run %d (GOMAXPROCS=%d) differs from run 0", filepath.Base(doc), run, 1+run%2)
			}
		}
	}
}
