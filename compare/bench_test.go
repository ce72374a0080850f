package compare

import (
	"fmt"
	"io"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/minutes-tool/minutes/schema"
)

// BenchmarkDiff compares two meetings of about 5 KB each: the hand-built
// 002 and 004 records padded with their own text, as an archive's pages
// are.
func BenchmarkDiff(b *testing.B) {
	old, new := meeting002(), meeting004()
	for len(old.Text) < 5000 {
		old.Text += "\n" + meeting000().Text
	}
	for len(new.Text) < 5000 {
		new.Text += "\n" + meeting003().Text
	}
	b.SetBytes(int64(len(old.Text) + len(new.Text)))
	b.ReportAllocs()
	cpu := cpuTime()
	for b.Loop() {
		Diff(old, new, Options{})
	}
	reportCPU(b, cpu)
}

// reportCPU reports the CPU time per operation since start, GC included.
func reportCPU(b *testing.B, start time.Duration) {
	if used := cpuTime() - start; used > 0 {
		b.ReportMetric(float64(used.Milliseconds())/float64(b.N), "cpu-ms/op")
	}
}

func BenchmarkWordDiff(b *testing.B) {
	a := "The information systems of all the CCGs will be integrated with full ‘go-live’ of the integrated system on 1 February 2018."
	c := "Full ‘go-live’ of the integrated system across all the CCGs is now expected on 1 April 2018."
	for b.Loop() {
		wordDiff(a, c)
	}
}

func BenchmarkRenderText(b *testing.B) {
	r := Diff(meeting002(), meeting004(), Options{})
	for b.Loop() {
		r.WriteText(io.Discard, RenderOptions{All: true})
	}
}

// bigRecord makes a record of at least size bytes of text out of recs,
// taken in turn from the first'th: each copy's spans shifted past the text
// before it, its item ids made its own, and its digits rotated by the copy
// number (in the text and in every element's words alike, so the spans
// still hold them), so that figures and dates move from copy to copy as
// they do between meetings. A year of a council's minutes in one file
// looks much like this.
func bigRecord(recs []*schema.Record, first, size int) *schema.Record {
	base := recs[first]
	date := "2019-01-01"
	out := &schema.Record{SchemaVersion: base.SchemaVersion, Source: base.Source, Meeting: base.Meeting}
	out.Meeting.Date = &date
	out.Source.Name = fmt.Sprintf("big-%d-%d.txt", first, size)
	var text strings.Builder
	runes := 0
	for k := 0; text.Len() < size; k++ {
		r := recs[(first+k)%len(recs)]
		rot := strings.NewReplacer(func() []string {
			var pairs []string
			for d := '0'; d <= '9'; d++ {
				pairs = append(pairs, string(d), string('0'+(d-'0'+rune(k))%10))
			}
			return pairs
		}()...).Replace
		if k > 0 {
			text.WriteString("\n\n")
			runes += 2
		}
		shift := func(s schema.Span) schema.Span { return schema.Span{Start: s.Start + runes, End: s.End + runes} }
		id := func(p *string) *string {
			if p == nil {
				return nil
			}
			s := fmt.Sprintf("%s-%d", *p, k)
			return &s
		}
		for _, it := range r.Items {
			it.ID, it.Title = *id(&it.ID), rot(it.Title)
			it.Span, it.TitleSpan = shift(it.Span), shift(it.TitleSpan)
			out.Items = append(out.Items, it)
		}
		for _, d := range r.Decisions {
			d.Text, d.Item, d.Span = rot(d.Text), id(d.Item), shift(d.Span)
			out.Decisions = append(out.Decisions, d)
		}
		for _, f := range r.Figures {
			f.Text, f.Item, f.Span = rot(f.Text), id(f.Item), shift(f.Span)
			f.Value += float64(k)
			out.Figures = append(out.Figures, f)
		}
		for _, d := range r.Dates {
			d.Text, d.Item, d.Span = rot(d.Text), id(d.Item), shift(d.Span)
			out.Dates = append(out.Dates, d)
		}
		for _, c := range r.Commitments {
			c.Text, c.Action, c.Item, c.Span = rot(c.Text), rot(c.Action), id(c.Item), shift(c.Span)
			if c.Due != nil {
				due := *c.Due
				due.Text, due.Span = rot(due.Text), shift(due.Span)
				c.Due = &due
			}
			out.Commitments = append(out.Commitments, c)
		}
		t := rot(r.Text)
		text.WriteString(t)
		runes += utf8.RuneCountInString(t)
	}
	out.Text = text.String()
	return out
}

// benchmarkDiffSize diffs two documents of size bytes each, made of the
// seed meetings (the second starting one meeting later, as the next
// meeting of the body would).
func benchmarkDiffSize(b *testing.B, size int) {
	recs := seedRecords(b)
	old, new := bigRecord(recs, 0, size), bigRecord(recs, 1, size)
	b.SetBytes(int64(len(old.Text) + len(new.Text)))
	b.ReportAllocs()
	cpu := cpuTime()
	for b.Loop() {
		Diff(old, new, Options{})
	}
	reportCPU(b, cpu)
}

func BenchmarkDiff500KB(b *testing.B) { benchmarkDiffSize(b, 500<<10) }
func BenchmarkDiff1MB(b *testing.B)   { benchmarkDiffSize(b, 1<<20) }
func BenchmarkDiff2MB(b *testing.B)   { benchmarkDiffSize(b, 2<<20) }

// BenchmarkTrack1MB tracks four meetings of 1 MB each.
func BenchmarkTrack1MB(b *testing.B) {
	recs := seedRecords(b)
	var series []*schema.Record
	for k := 0; k < 4; k++ {
		r := bigRecord(recs, k, 1<<20)
		d := fmt.Sprintf("2019-0%d-01", k+1)
		r.Meeting.Date = &d
		series = append(series, r)
	}
	b.ReportAllocs()
	cpu := cpuTime()
	for b.Loop() {
		Track(series, Options{})
	}
	reportCPU(b, cpu)
}
