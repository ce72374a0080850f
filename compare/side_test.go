package compare

import (
	"math/rand/v2"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/minutes-tool/minutes/schema"
)

// TestSideLookups holds itemAt and datesIn, which sweep and search, to the
// plain loops they replaced, on random nested, overlapping, empty and
// backward spans.
func TestSideLookups(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	span := func() schema.Span {
		a, b := rng.IntN(60)-5, rng.IntN(60)-5
		if rng.IntN(5) > 0 && a > b {
			a, b = b, a
		}
		return schema.Span{Start: a, End: b}
	}
	for round := 0; round < 300; round++ {
		r := &schema.Record{}
		for i := rng.IntN(8); i > 0; i-- {
			r.Items = append(r.Items, schema.Item{Title: string(rune('A' + len(r.Items))), Span: span()})
		}
		for i := rng.IntN(8); i > 0; i-- {
			r.Dates = append(r.Dates, schema.Date{Text: string(rune('a' + len(r.Dates))), Span: span()})
		}
		s := newSide(r)
		for p := -7; p < 62; p++ {
			want, size := "", -1
			for _, it := range r.Items {
				if it.Span.Start <= p && p < it.Span.End && (size < 0 || it.Span.End-it.Span.Start < size) {
					want, size = it.Title, it.Span.End-it.Span.Start
				}
			}
			if got := s.itemAt(p); got != want {
				t.Fatalf("items %v: itemAt(%d) = %q, want %q", r.Items, p, got, want)
			}
			for e := p - 3; e < p+20; e++ {
				var want []schema.Date
				for _, d := range r.Dates {
					if d.Span.Start >= p && d.Span.End <= e {
						want = append(want, d)
					}
				}
				if diff := cmp.Diff(want, s.datesIn(p, e)); diff != "" {
					t.Fatalf("dates %v: datesIn(%d, %d) (-want +got):\n%s", r.Dates, p, e, diff)
				}
			}
		}
	}
}
