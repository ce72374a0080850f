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

// Pathological sizes: time should grow linearly with them. Each case runs
// at its size (x1), twice it (x2) and four times it (x4); the growth
// exponent is log(t4/t1)/log(4), 1 when linear, and time doubles from one
// size to the next.
func BenchmarkPathological(b *testing.B) {
	cases := []struct {
		name string
		n    int
		doc  func(n int) string
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
	for _, c := range cases {
		for _, scale := range []int{1, 2, 4} {
			doc := c.doc(c.n * scale)
			b.Run(fmt.Sprintf("%s/x%d", c.name, scale), func(b *testing.B) {
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
