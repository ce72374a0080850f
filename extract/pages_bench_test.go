package extract

import (
	"github.com/minutes-tool/minutes/extract/internal/dates"
	"github.com/minutes-tool/minutes/extract/internal/doc"
	"github.com/minutes-tool/minutes/extract/internal/figures"
)

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
)

// corpusPages reads the real HTML minutes pages under testdata.
func corpusPages(b *testing.B) []string {
	b.Helper()
	m, _ := filepath.Glob("../testdata/corpus/*.html")
	var pages []string
	for _, p := range m {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, string(data))
	}
	return pages
}

// BenchmarkPagesGoquery parses each real minutes page with goquery: the
// floor any HTML extraction stands on.
func BenchmarkPagesGoquery(b *testing.B) {
	pages := corpusPages(b)
	n := 0
	for _, p := range pages {
		n += len(p)
	}
	b.SetBytes(int64(n))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, p := range pages {
			if _, err := goquery.NewDocumentFromReader(strings.NewReader(p)); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkPagesFiguresDates recognises the figures and dates of the same
// pages (their Documents built once, tokens scanned on first use and
// released after, as in an extraction, so the scan is counted here). The
// issue's aim: less than the parse of the page.
func BenchmarkPagesFiguresDates(b *testing.B) {
	pages := corpusPages(b)
	n := 0
	var docs []*doc.Document
	for _, p := range pages {
		n += len(p)
		d, err := parseAs(p, doc.FormatHTML)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
	}
	b.SetBytes(int64(n))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			figures.Find(d) // scans the tokens, as each extraction does once
			dates.Find(d, false)
			d.Release() // and hands them on, as ExtractBytes does
		}
	}
}
