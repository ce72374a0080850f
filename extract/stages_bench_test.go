package extract

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/minutes-tool/minutes/extract/internal/commitments"
	"github.com/minutes-tool/minutes/extract/internal/dates"
	"github.com/minutes-tool/minutes/extract/internal/decisions"
	"github.com/minutes-tool/minutes/extract/internal/dispositions"
	"github.com/minutes-tool/minutes/extract/internal/doc"
	"github.com/minutes-tool/minutes/extract/internal/figures"
	"github.com/minutes-tool/minutes/extract/internal/items"
	"github.com/minutes-tool/minutes/extract/internal/meeting"
	"github.com/minutes-tool/minutes/extract/internal/people"
	"github.com/minutes-tool/minutes/schema"
)

// stageDocs are the two 1 MB pages of the ExtractText and ExtractHTML
// benchmarks, decoded once.
func stageDocs(b *testing.B) map[string]struct {
	text string
	f    doc.Format
} {
	b.Helper()
	return map[string]struct {
		text string
		f    doc.Format
	}{
		"text": {BenchPage(b, "../testdata/*/*.txt", "\n\n"), doc.FormatText},
		"html": {"<html><body><main>" + BenchPage(b, "../testdata/corpus/*.html", "") + "</main></body></html>", doc.FormatHTML},
	}
}

// BenchPage is the files matching glob, each followed by sep, repeated
// until they make 1 MB: the large pages the benchmarks extract. It is
// exported for the benchmarks of package extract_test.
func BenchPage(tb testing.TB, glob, sep string) string {
	tb.Helper()
	m, _ := filepath.Glob(glob)
	var out bytes.Buffer
	for out.Len() < 1<<20 {
		for _, p := range m {
			data, err := os.ReadFile(p)
			if err != nil {
				tb.Fatal(err)
			}
			out.Write(data)
			out.WriteString(sep)
		}
	}
	return out.String()
}

// BenchmarkStages times each step of an extraction on its own, over the
// same 1 MB pages, to show where the time of ExtractText and ExtractHTML
// goes: parse, the token scan every recogniser shares, each recogniser,
// and validation of the built record.
func BenchmarkStages(b *testing.B) {
	for _, name := range []string{"text", "html"} {
		in := stageDocs(b)[name]
		d, _, err := parse(in.text, in.f, "")
		if err != nil {
			b.Fatal(err)
		}
		fresh := d.Release // scan again, into the last run's slice, as the next document does
		d.Scan()
		mentions := dates.Find(d, false)
		rec := build(d, meeting.Front{}, Options{})
		// As ExtractBytes fills it, so that validation times a valid record.
		rec.Source = schema.Source{Name: "big", Format: string(in.f), SHA256: strings.Repeat("0", 64), Bytes: int64(len(in.text)), Charset: "utf-8"}
		if err := schema.Validate(rec); err != nil {
			b.Fatal(err)
		}
		stages := []struct {
			name string
			run  func()
		}{
			{"parse", func() { _, _, _ = parse(in.text, in.f, "") }},
			{"tokens", func() { fresh(); d.Scan() }},
			{"dates", func() { dates.Find(d, false) }},
			{"meeting", func() { meeting.Find(d, mentions, dates.MostlyDate, meeting.Front{}) }},
			{"items", func() { items.Find(d, dates.MostlyDate) }},
			{"figures", func() { figures.Find(d) }},
			{"attendees", func() { _, _ = people.Find(d) }},
			{"decisions", func() { decisions.Find(d, doc.Units(d), dispositions.Find(d)) }},
			{"commitments", func() { commitments.Find(d, doc.Units(d), dispositions.Find(d)) }},
			{"build", func() { fresh(); build(d, meeting.Front{}, Options{}) }},
			{"validate", func() { _ = schema.Validate(rec) }},
		}
		for _, s := range stages {
			b.Run(name+"/"+s.name, func(b *testing.B) {
				b.SetBytes(int64(len(in.text)))
				for i := 0; i < b.N; i++ {
					s.run()
				}
			})
		}
	}
}

// PathologicalDocs are the shapes of input that once made a step of the
// extraction superlinear, each with its base size N and a builder of a
// document of n units. BenchmarkPathological extracts them whole at N,
// 2N and 4N; BenchmarkPathologicalStages times each step of the same
// documents. Exported for the benchmarks of package extract_test.
var PathologicalDocs = []struct {
	Name string
	N    int
	Doc  func(n int) string
}{
	{"5000-headings", 5000, func(n int) string {
		return strings.Repeat("Heading line\n\nSome body text for the heading, long enough to be prose for sure.\n\n", n)
	}},
	{"1MB-paragraph", 1 << 20 / 39, func(n int) string { return strings.Repeat("and the committee discussed it further ", n) }},
	{"100000-numbers", 100000, func(n int) string { return strings.Repeat("12 ", n) }},
	{"10000-attendees", 10000, func(n int) string { return "Present:\n" + strings.Repeat("Cllr Jane Smith (Chair), ", n) }},
	{"10000-html-headings", 10000, func(n int) string {
		return strings.Repeat("<h2>Item</h2><p>The Board noted the report on 5 March 2018.</p>", n)
	}},
	// A budget table exported as text: every row is long and ends in a
	// figure, so each runs on into the next and the whole table is one
	// wrapped block. At x4, 40,000 rows (3.2 MB), it took 70 s while
	// joining the lines counted the block's runes for every row.
	{"10000-row-wrapped-table", 10000, wrappedTable},
	// A page of figures wrapped at 72 columns: one block again. At x4,
	// 1,000,000 numbers (5.9 MB), it took 113 s.
	{"250000-dense-numbers", 250000, denseNumbers},
}

// wrappedTable is n rows of a budget table as a text export writes them:
// a service's name padded to a column, then three amounts.
func wrappedTable(n int) string {
	services := []string{"Highways maintenance", "Street lighting", "Parks and open spaces", "Waste collection", "Libraries", "Adult social care"}
	var b strings.Builder
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "%-40s %12s %12s %12s\n", services[i%len(services)],
			fmt.Sprintf("%d,%03d", 10+i%900, i%1000), fmt.Sprintf("%d,%03d", 11+i%800, i*7%1000), fmt.Sprintf("-%d,%03d", 1+i%90, i*3%1000))
	}
	return b.String()
}

// denseNumbers is n numbers of up to five digits, spaced and wrapped at 72
// columns.
func denseNumbers(n int) string {
	var b strings.Builder
	col := 0
	for i := 0; i < n; i++ {
		s := fmt.Sprint(i*7919%100000 + 1)
		if col+len(s) > 72 {
			b.WriteByte('\n')
			col = 0
		} else if col > 0 {
			b.WriteByte(' ')
			col++
		}
		b.WriteString(s)
		col += len(s)
	}
	return b.String()
}

// BenchmarkPathologicalStages times each step of an extraction, as
// BenchmarkStages does, on the pathological documents at N, 2N and 4N:
// a step that is linear doubles its time from one size to the next. It
// reports the process's CPU time per op too, which a busy machine swings
// less than the wall clock (run it with -cpu 1).
func BenchmarkPathologicalStages(b *testing.B) {
	for _, c := range PathologicalDocs {
		for _, scale := range []int{1, 2, 4} {
			b.Run(fmt.Sprintf("%s/x%d", c.Name, scale), func(b *testing.B) {
				text := c.Doc(c.N * scale)
				f := doc.FormatText
				if strings.HasPrefix(text, "<") {
					f = doc.FormatHTML
				}
				d, _, err := parse(text, f, "")
				if err != nil {
					b.Fatal(err)
				}
				fresh := d.Release
				d.Scan()
				mentions := dates.Find(d, false)
				rec := build(d, meeting.Front{}, Options{})
				rec.Source = schema.Source{Name: "x", Format: string(f), SHA256: strings.Repeat("0", 64), Bytes: int64(len(text)), Charset: "utf-8"}
				stages := []struct {
					name string
					run  func()
				}{
					{"parse", func() { _, _, _ = parse(text, f, "") }},
					{"tokens", func() { fresh(); d.Scan() }},
					{"dates", func() { dates.Find(d, false) }},
					{"meeting", func() { meeting.Find(d, mentions, dates.MostlyDate, meeting.Front{}) }},
					{"items", func() { items.Find(d, dates.MostlyDate) }},
					{"figures", func() { figures.Find(d) }},
					{"attendees", func() { _, _ = people.Find(d) }},
					{"decisions", func() { decisions.Find(d, doc.Units(d), dispositions.Find(d)) }},
					{"commitments", func() { commitments.Find(d, doc.Units(d), dispositions.Find(d)) }},
					{"build", func() { fresh(); build(d, meeting.Front{}, Options{}) }},
					{"validate", func() { _ = schema.Validate(rec) }},
				}
				for _, s := range stages {
					b.Run(s.name, func(b *testing.B) {
						b.SetBytes(int64(len(text)))
						cpu := cpuTime()
						for i := 0; i < b.N; i++ {
							s.run()
						}
						if cpu > 0 {
							b.ReportMetric(float64(cpuTime()-cpu)/float64(b.N), "cpu-ns/op")
						}
					})
				}
			})
		}
	}
}
