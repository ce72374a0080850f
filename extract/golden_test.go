package extract_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/minutes-tool/minutes/extract"
	"github.com/minutes-tool/minutes/schema"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// goldenInputs lists the documents under testdata that have (or get) a
// golden record beside them.
func goldenInputs(t testing.TB) []string {
	t.Helper()
	var out []string
	for _, pat := range []string{"../testdata/seeds/*.txt", "../testdata/corpus/*.txt", "../testdata/corpus/*.html"} {
		m, err := filepath.Glob(pat)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, m...)
	}
	if len(out) < 11 {
		t.Fatalf("found %d documents under testdata, want the seeds and the corpus", len(out))
	}
	return out
}

func wantPath(doc string) string {
	return strings.TrimSuffix(doc, filepath.Ext(doc)) + ".want.json"
}

// TestGolden extracts every document under testdata and compares the
// record with NAME.want.json; -update rewrites the golden files, and a
// mismatch writes NAME.got.json beside them for inspection.
func TestGolden(t *testing.T) {
	for _, doc := range goldenInputs(t) {
		t.Run(filepath.Base(doc), func(t *testing.T) {
			got := extractFile(t, doc)
			want := wantPath(doc)
			if *update {
				if err := os.WriteFile(want, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			w, err := os.ReadFile(want)
			if err != nil {
				t.Fatalf("no golden file (run go test ./... -update): %v", err)
			}
			gotPath := strings.TrimSuffix(want, ".want.json") + ".got.json"
			if !bytes.Equal(got, w) {
				os.WriteFile(gotPath, got, 0o644)
				t.Errorf("record differs from %s; see %s (diff them, then go test ./... -update if the change is right)", want, gotPath)
			} else {
				os.Remove(gotPath)
			}
		})
	}
}

func extractFile(t testing.TB, doc string) []byte {
	t.Helper()
	data, err := os.ReadFile(doc)
	if err != nil {
		t.Fatal(err)
	}
	rec, err := extract.ExtractBytes(data, filepath.Base(doc), extract.Options{})
	if err != nil {
		t.Fatalf("extract %s: %v", doc, err)
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(rec); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestGoldenSpans checks every golden record: valid against the schema,
// and every element's span slices the text to exactly the element's own
// text (spans in code points, end exclusive).
func TestGoldenSpans(t *testing.T) {
	for _, doc := range goldenInputs(t) {
		data, err := os.ReadFile(wantPath(doc))
		if err != nil {
			t.Fatalf("%s: %v (run go test ./... -update)", doc, err)
		}
		if err := schema.ValidateJSON(data); err != nil {
			t.Errorf("%s: %v", wantPath(doc), err)
		}
		var rec schema.Record
		if err := json.Unmarshal(data, &rec); err != nil {
			t.Fatalf("%s: %v", wantPath(doc), err)
		}
		for _, p := range checkSpans(&rec) {
			t.Errorf("%s: %s", filepath.Base(wantPath(doc)), p)
		}
	}
}

// checkSpans lists every span that falls outside the text or does not
// slice to its element's text, and every item reference that dangles.
func checkSpans(rec *schema.Record) []string {
	text := []rune(rec.Text)
	var probs []string
	slice := func(where string, s schema.Span, want *string) {
		if s.Start < 0 || s.End < s.Start || s.End > len(text) {
			probs = append(probs, where+": span outside the text")
			return
		}
		if want != nil && string(text[s.Start:s.End]) != *want {
			probs = append(probs, where+": span gives "+string(text[s.Start:s.End])+", element says "+*want)
		}
	}
	ids := map[string]bool{}
	for _, it := range rec.Items {
		if ids[it.ID] {
			probs = append(probs, "duplicate item id "+it.ID)
		}
		ids[it.ID] = true
		slice("items["+it.ID+"]", it.Span, nil)
		slice("items["+it.ID+"].title_span", it.TitleSpan, nil)
	}
	ref := func(where string, item *string) {
		if item != nil && !ids[*item] {
			probs = append(probs, where+": item "+*item+" is not an item id")
		}
	}
	for _, a := range rec.Attendees {
		for _, s := range a.Spans {
			slice("attendees", s, nil)
		}
	}
	for _, x := range rec.Decisions {
		slice("decision", x.Span, &x.Text)
		ref("decision", x.Item)
	}
	for _, x := range rec.Figures {
		slice("figure", x.Span, &x.Text)
		ref("figure", x.Item)
	}
	for _, x := range rec.Dates {
		slice("date", x.Span, &x.Text)
		ref("date", x.Item)
	}
	for _, x := range rec.Commitments {
		slice("commitment", x.Span, &x.Text)
		ref("commitment", x.Item)
		if x.Due != nil {
			slice("commitment due", x.Due.Span, &x.Due.Text)
		}
	}
	if !utf8.ValidString(rec.Text) {
		probs = append(probs, "text is not valid UTF-8")
	}
	return probs
}
