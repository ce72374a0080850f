package extract_test

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"github.com/minutes-tool/minutes/extract"
)

// bigHTML builds a large minutes page (about 1 MB) from the corpus's HTML
// pages: their bodies repeated inside one document, as a long archive page
// or a year of minutes on one page would be.
func bigHTML(b *testing.B) []byte {
	return []byte("<!doctype html><html><head><title>Minutes</title><script>var x=1;</script></head><body><nav><a href=/>Home</a></nav><main>" +
		extract.BenchPage(b, "../testdata/corpus/*.html", "") + "</main><footer>Copyright</footer></body></html>")
}

func bigText(b *testing.B) []byte {
	return []byte(extract.BenchPage(b, "../testdata/*/*.txt", "\n\n"))
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

// Pathological sizes: time should grow linearly with them. Each case of
// PathologicalDocs runs at its size (x1), twice it (x2) and four times it
// (x4); time doubles from one size to the next when linear
// (BenchmarkPathologicalStages times each step of the same inputs).
func BenchmarkPathological(b *testing.B) {
	for _, c := range extract.PathologicalDocs {
		for _, scale := range []int{1, 2, 4} {
			doc := c.Doc(c.N * scale)
			b.Run(fmt.Sprintf("%s/x%d", c.Name, scale), func(b *testing.B) {
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
}

// BenchmarkScale extracts the 1 MB text and HTML pages and the same pages
// ten times over (10 MB, still under the default size limit): the cost
// should grow ten times, not more.
func BenchmarkScale(b *testing.B) {
	text, page := bigText(b), bigHTML(b)
	htmlTimes := func(n int) []byte {
		inner := page[bytes.Index(page, []byte("<main>"))+len("<main>") : bytes.LastIndex(page, []byte("</main>"))]
		return []byte("<!doctype html><html><body><main>" + strings.Repeat(string(inner), n) + "</main></body></html>")
	}
	for _, c := range []struct {
		name string
		data []byte
	}{
		{"text/1MB", text}, {"text/10MB", bytes.Repeat(text, 10)},
		{"html/1MB", htmlTimes(1)}, {"html/10MB", htmlTimes(10)},
	} {
		b.Run(c.name, func(b *testing.B) {
			name := "x.txt"
			if strings.HasPrefix(c.name, "html") {
				name = "x.html"
			}
			b.SetBytes(int64(len(c.data)))
			for i := 0; i < b.N; i++ {
				if _, err := extract.ExtractBytes(c.data, name, extract.Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
