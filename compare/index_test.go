package compare

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/minutes-tool/minutes/schema"
)

// TestCandidateBound diffs every two meetings of the test corpus, real
// minutes of up to a hundred kilobytes whose searches gather up to a
// thousand candidates, and tracks all ten, with maxCandidates as it is
// and with no bound at all, and wants the same reports: the bound keeps
// long documents linear without changing what real minutes give.
func TestCandidateBound(t *testing.T) {
	if testing.Short() {
		t.Skip("diffs every pair of the corpus twice")
	}
	files, err := filepath.Glob("../testdata/corpus/*.want.json")
	if err != nil || len(files) < 2 {
		t.Fatalf("no corpus records: %v", err)
	}
	var recs []*schema.Record
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var r schema.Record
		if err := json.Unmarshal(data, &r); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		recs = append(recs, &r)
	}
	run := func() [][]byte {
		var out [][]byte
		for a := range recs {
			for b := range recs {
				if a != b {
					out = append(out, renderAll(t, Diff(recs[a], recs[b], Options{})))
				}
			}
		}
		return append(out, renderAll(t, Track(recs, Options{})))
	}
	bounded := run()
	defer func(n int) { maxCandidates = n }(maxCandidates)
	maxCandidates = 1 << 30
	unbounded := run()
	for k := range bounded {
		if !bytes.Equal(bounded[k], unbounded[k]) {
			t.Errorf("report %d differs with the bound lifted:\n%s", k, firstDifference(unbounded[k], bounded[k]))
		}
	}
}
