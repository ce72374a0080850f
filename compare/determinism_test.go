package compare

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/minutes-tool/minutes/schema"
)

// seedRecords reads the extractor's golden records of the seed meetings,
// the records the command's diff goldens (testdata/diff) are made from,
// fresh on every call, in file order.
func seedRecords(t testing.TB) []*schema.Record {
	t.Helper()
	files, err := filepath.Glob("../testdata/seeds/*.want.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no seed records: %v", err)
	}
	var out []*schema.Record
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var r schema.Record
		if err := json.Unmarshal(data, &r); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		out = append(out, &r)
	}
	return out
}

// renderAll is every output format of a result, one after the other.
func renderAll(t testing.TB, r interface {
	WriteText(w io.Writer, o RenderOptions) error
	WriteJSON(w io.Writer) error
	WriteMarkdown(w io.Writer, o RenderOptions) error
	WriteHTML(w io.Writer, o RenderOptions) error
}) []byte {
	t.Helper()
	var b bytes.Buffer
	for _, f := range []func() error{
		func() error { return r.WriteText(&b, RenderOptions{All: true}) },
		func() error { return r.WriteText(&b, RenderOptions{All: true, Color: true}) },
		func() error { return r.WriteJSON(&b) },
		func() error { return r.WriteMarkdown(&b, RenderOptions{All: true}) },
		func() error { return r.WriteHTML(&b, RenderOptions{All: true}) },
	} {
		if err := f(); err != nil {
			t.Fatal(err)
		}
		b.WriteString("\n\f\n")
	}
	return b.Bytes()
}

// TestDeterministic runs every diff and track of the test data many times,
// on one thread and on two, and wants the same bytes in every format each
// time. Scores summed in map order differed in the last bit from run to
// run, so ties broke differently: ten runs gave six outputs (#17).
func TestDeterministic(t *testing.T) {
	runs := 20
	if testing.Short() {
		runs = 4
	}
	type job struct {
		name string
		run  func() []byte
	}
	var jobs []job
	for _, p := range pairs {
		jobs = append(jobs, job{"diff " + p.name, func() []byte { return renderAll(t, Diff(p.old(), p.new(), Options{})) }})
	}
	jobs = append(jobs, job{"track", func() []byte { return renderAll(t, Track(series(), Options{})) }})
	n := len(seedRecords(t))
	for a := 0; a < n; a++ {
		for b := 0; b < n; b++ {
			if a == b {
				continue
			}
			jobs = append(jobs, job{fmt.Sprintf("diff seeds %d-%d", a, b), func() []byte {
				rs := seedRecords(t)
				return renderAll(t, Diff(rs[a], rs[b], Options{}))
			}})
		}
	}
	jobs = append(jobs, job{"track seeds", func() []byte { return renderAll(t, Track(seedRecords(t), Options{})) }})
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	for _, j := range jobs {
		t.Run(j.name, func(t *testing.T) {
			var first []byte
			for _, procs := range []int{1, 2} {
				runtime.GOMAXPROCS(procs)
				for k := 0; k < runs; k++ {
					got := j.run()
					if first == nil {
						first = got
						continue
					}
					if !bytes.Equal(got, first) {
						t.Fatalf("run %d at GOMAXPROCS %d differs from the first run:\n%s", k, procs, firstDifference(first, got))
					}
				}
			}
		})
	}
}

// firstDifference shows where two outputs part.
func firstDifference(a, b []byte) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	from := max(0, i-200)
	return fmt.Sprintf("first:  …%s…\nlater:  …%s…", a[from:min(len(a), i+200)], b[from:min(len(b), i+200)])
}
