package extract

import (
	"bytes"
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
			{"attendees", func() { people.Find(d) }},
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
