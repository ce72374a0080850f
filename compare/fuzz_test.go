package compare

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/minutes-tool/minutes/schema"
)

// FuzzDiff builds two records from fuzzed text and fuzzed spans and checks
// that Diff never panics and that every rendering succeeds, the JSON one
// valid.
func FuzzDiff(f *testing.F) {
	f.Add("The consultation will take place in early 2018.", "The consultation was launched on 2 February.", 4, 40, 0, 20)
	f.Add("It has eight projects:\n• Pathology", "The workstream has 10 areas of focus.", 7, 12, 0, 0)
	f.Add("é£€ — ‘x’ <b>", "", -3, 900, 2, 1)
	f.Fuzz(func(t *testing.T, a, b string, s1, e1, s2, e2 int) {
		mk := func(text string, s, e int, date string) *schema.Record {
			r := &schema.Record{SchemaVersion: "1", Text: text, Meeting: schema.Meeting{Date: &date}}
			sp := schema.Span{Start: s, End: e}
			item := "item-1"
			r.Items = []schema.Item{{ID: item, Title: text, Span: sp, TitleSpan: sp}}
			r.Commitments = []schema.Commitment{{Text: text, Action: text, Item: &item, Span: sp,
				Due: &schema.Due{Text: text, Start: "2018-01-01", End: date, Relation: "by", Span: sp}}}
			r.Figures = []schema.Figure{{Kind: "count", Text: text, Value: float64(e - s), Span: sp}}
			r.Decisions = []schema.Decision{{Text: text, Kind: "agreed", Span: sp}}
			r.Dates = []schema.Date{{Text: text, Start: "2018-02-02", End: "not a date", Span: sp}}
			return r
		}
		old, new := mk(a, s1, e1, "2017-11-06"), mk(b, s2, e2, "bad")
		for _, r := range []*Result{Diff(old, new, Options{}), Diff(new, old, Options{})} {
			var buf bytes.Buffer
			if err := r.WriteJSON(&buf); err != nil {
				t.Fatal(err)
			}
			if !json.Valid(buf.Bytes()) {
				t.Fatalf("invalid JSON: %s", buf.Bytes())
			}
			for _, w := range []func(*bytes.Buffer) error{
				func(w *bytes.Buffer) error { return r.WriteText(w, RenderOptions{All: true, Color: true}) },
				func(w *bytes.Buffer) error { return r.WriteMarkdown(w, RenderOptions{All: true}) },
				func(w *bytes.Buffer) error { return r.WriteHTML(w, RenderOptions{All: true}) },
			} {
				if err := w(&bytes.Buffer{}); err != nil {
					t.Fatal(err)
				}
			}
		}
		tr := Track([]*schema.Record{old, new}, Options{})
		var buf bytes.Buffer
		if err := tr.WriteJSON(&buf); err != nil || !json.Valid(buf.Bytes()) {
			t.Fatalf("track JSON: %v", err)
		}
	})
}
