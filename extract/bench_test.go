package extract_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"github.com/minutes-tool/minutes/extract"
)

// bigHTML builds a large minutes page (about 1 MB) from the corpus's HTML
// pages: their bodies repeated inside one document, as a long archive page
// or a year of minutes on one page would be.
func bigHTML(b *testing.B) []byte {
	b.Helper()
	m, _ := filepath.Glob("../testdata/corpus/*.html")
	var body bytes.Buffer
	for body.Len() < 1<<20 {
		for _, p := range m {
			data, err := os.ReadFile(p)
			if err != nil {
				b.Fatal(err)
			}
			body.Write(data)
		}
	}
	return []byte("<!doctype html><html><head><title>Minutes</title><script>var x=1;</script></head><body><nav><a href=/>Home</a></nav><main>" +
		body.String() + "</main><footer>Copyright</footer></body></html>")
}

func bigText(b *testing.B) []byte {
	b.Helper()
	m, _ := filepath.Glob("../testdata/*/*.txt")
	var out bytes.Buffer
	for out.Len() < 1<<20 {
		for _, p := range m {
			data, err := os.ReadFile(p)
			if err != nil {
				b.Fatal(err)
			}
			out.Write(data)
			out.WriteString("\n\n")
		}
	}
	return out.Bytes()
}

// BenchmarkExtractHTML is the whole extraction of a large HTML page; compare
// it with BenchmarkGoqueryParse, the bare parse of the same bytes (the
// target is at most twice the parse).
func BenchmarkExtractHTML(b *testing.B) {
	data := bigHTML(b)
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := extract.ExtractBytes(data, "big.html", extract.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkGoqueryParse(b *testing.B) {
	data := bigHTML(b)
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := goquery.NewDocumentFromReader(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkExtractText(b *testing.B) {
	data := bigText(b)
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := extract.ExtractBytes(data, "big.txt", extract.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkExtractSeed is one ordinary meeting, the unit a batch processes.
func BenchmarkExtractSeed(b *testing.B) {
	data, err := os.ReadFile("../testdata/seeds/004_63bc8c950772019a.txt")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for i := 0; i < b.N; i++ {
		if _, err := extract.ExtractBytes(data, "seed.txt", extract.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// Pathological sizes: time should grow linearly with them.
func BenchmarkPathological(b *testing.B) {
	cases := map[string]string{
		"5000-headings":       strings.Repeat("Heading line\n\nSome body text for the heading, long enough to be prose for sure.\n\n", 5000),
		"1MB-paragraph":       strings.Repeat("and the committee discussed it further ", 1<<20/39),
		"100000-numbers":      strings.Repeat("12 ", 100000),
		"10000-attendees":     "Present:\n" + strings.Repeat("Cllr Jane Smith (Chair), ", 10000),
		"10000-html-headings": strings.Repeat("<h2>Item</h2><p>The Board noted the report on 5 March 2018.</p>", 10000),
	}
	for name, doc := range cases {
		b.Run(name, func(b *testing.B) {
			f := extract.FormatText
			if strings.HasPrefix(doc, "<") {
				f = extract.FormatHTML
			}
			b.SetBytes(int64(len(doc)))
			for i := 0; i < b.N; i++ {
				if _, err := extract.ExtractBytes([]byte(doc), "x", extract.Options{Format: f}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
