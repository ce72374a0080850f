package extract_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/minutes-tool/minutes/extract"
)

// fuzzSeedBytes caps a seed: the fuzzer minimises every new input it
// finds interesting, and minimising a 50 KB page took most of a ten-minute
// run (45 executions). The first few kilobytes of each document hold its
// header, attendance and first items, which is what the seeds are for.
const fuzzSeedBytes = 4096

// fuzzInputLimit fails an input that extraction takes this long over: the
// fuzzer's inputs are at most a few tens of kilobytes, which extraction
// reads in milliseconds on any machine. It is a limit for the fuzzer to
// find slow paths with, not a measure of speed (benchmarks measure that).
const fuzzInputLimit = 2 * time.Second

// fuzzSeeds adds the start of every minutes document under testdata, the
// documents of the furniture table, and small odd inputs.
func fuzzSeeds(f *testing.F, html bool) {
	var m []string
	for _, pat := range []string{"../testdata/seeds/*.txt", "../testdata/corpus/*.txt", "../testdata/corpus/*.html"} {
		g, _ := filepath.Glob(pat)
		m = append(m, g...)
	}
	for _, p := range m {
		if strings.HasSuffix(p, ".html") != html {
			continue
		}
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data[:min(len(data), fuzzSeedBytes)])
		}
	}
	if !html {
		for _, c := range furnitureRecords {
			f.Add([]byte(c.in))
		}
	}
	for _, s := range []string{"", " ", "<p>", "\x00", "\xff\xfe", "The Board met on Monday 5 March.", "1.\n2.\n(a)\n", "<b>5 March</b>", "Page 1 of 1", "x\f2\f\fPage", "Dear A\nYours B\n"} {
		f.Add([]byte(s))
	}
	// One of each genre that is not written minutes, for the readers that
	// follow a genre's conventions.
	for _, s := range genreSeeds {
		f.Add([]byte(s))
	}
}

// genreSeeds are a transcript, an IRC scribe log and a MeetBot summary
// in small.
var genreSeeds = []string{
	"Adams: Good morning.  Fish: Thank you.\n>> Adams: Call the roll.\nFritz: Here.\nFish: Here.\nAdams: Here.\n",
	"Present: ivan, Daniel_Peintner\nRegrets: anthony\nChair: Dana\nScribe: ivan\ntopic: Release\n" +
		"[14:00] ivan: the draft is ready\n<dbooth> +1\nDana: ship it\nDaniel_Peintner: agreed\nivan: tests pass\n",
	"Meeting started by alice at 20:05:41 UTC\nMeeting ended at 21:39:01 UTC\n\nPeople present (lines said)\n\n1. alice (131)\n2. bob2 (59)\n",
}

// fuzzExtract checks the properties every record must have: no panic, a
// record valid against the schema (Extract validates before returning, and
// reports a failure as an internal error), spans inside the text and equal
// to each element's text, and the same bytes on a second run.
func fuzzExtract(t *testing.T, data []byte, format extract.Format) {
	start := time.Now()
	rec, err := extract.ExtractBytes(data, "fuzz", extract.Options{Format: format})
	if took := time.Since(start); took > fuzzInputLimit {
		// Extraction is linear in its input: a page of a few kilobytes
		// that takes this long has found a path that is not.
		t.Fatalf("extracting %d bytes took %v, over the limit of %v", len(data), took, fuzzInputLimit)
	}
	if err != nil {
		var ie *extract.InputError
		if !errors.As(err, &ie) {
			t.Fatalf("not an input error: %v", err)
		}
		return
	}
	for _, p := range checkSpans(rec) {
		t.Error(p)
	}
	a, _ := json.Marshal(rec)
	rec2, err := extract.ExtractBytes(data, "fuzz", extract.Options{Format: format})
	if err != nil {
		t.Fatalf("second run failed: %v", err)
	}
	b, _ := json.Marshal(rec2)
	if !bytes.Equal(a, b) {
		t.Fatal("two runs over the same input gave different records")
	}
}

func FuzzExtractText(f *testing.F) {
	fuzzSeeds(f, false)
	f.Fuzz(func(t *testing.T, data []byte) { fuzzExtract(t, data, extract.FormatText) })
}

func FuzzExtractHTML(f *testing.F) {
	fuzzSeeds(f, true)
	f.Fuzz(func(t *testing.T, data []byte) { fuzzExtract(t, data, extract.FormatHTML) })
}
