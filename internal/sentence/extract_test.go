package sentence_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/minutes-tool/minutes/extract"
	"github.com/minutes-tool/minutes/internal/sentence"
)

// Spans is a copy of the extractor's splitter, made so that the comparing
// package need not import the extractor. Until the extractor calls Spans
// itself, this holds the two to one behaviour; after that it is
// tautological and can go.
func FuzzSameAsExtract(f *testing.F) {
	files, _ := filepath.Glob("../../testdata/*/*.txt")
	for _, name := range files {
		if data, err := os.ReadFile(name); err == nil {
			f.Add(string(data))
		}
	}
	f.Add("Cllr. Smith and J. Jones met. “Yes.” (Aside.) e.g. Then\r\n• Item. 3 Jan. 2018.")
	f.Add("abc.\u00a0Def. é. É. x\xff. Y")
	f.Fuzz(func(t *testing.T, text string) {
		if diff := cmp.Diff(extract.SentenceSpans(text), sentence.Spans(text)); diff != "" {
			t.Fatalf("%q: Spans differs from extract.SentenceSpans (-extract +Spans):\n%s", text, diff)
		}
	})
}
