// Command mkcorpus writes a batch corpus for bench/run.sh: N documents made
// from the bundled testdata, each a copy with a few small changes (a
// number, a year, a name) so that no two files are the same and no cache
// can help. It is a benchmark fixture, not part of minutes.
package main

import (
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
)

var (
	digits = regexp.MustCompile(`\b[0-9]{1,4}\b`)
	years  = regexp.MustCompile(`\b(19|20)[0-9]{2}\b`)
	names  = []string{"Smith", "Jones", "Patel", "Williams", "Brown", "Evans", "Khan", "Taylor", "Davies", "Wilson"}
	tag    = regexp.MustCompile(`<[^>]*>`)
)

func main() {
	n := flag.Int("n", 10000, "number of documents")
	out := flag.String("o", "", "output directory (created)")
	src := flag.String("from", "testdata", "directory whose seeds/ and corpus/ hold the originals")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "mkcorpus: -o DIR is required")
		os.Exit(2)
	}
	var origs []string
	for _, sub := range []string{"seeds", "corpus"} {
		for _, ext := range []string{"*.txt", "*.html"} {
			m, _ := filepath.Glob(filepath.Join(*src, sub, ext))
			origs = append(origs, m...)
		}
	}
	if len(origs) == 0 {
		fmt.Fprintf(os.Stderr, "mkcorpus: no .txt or .html files under %s/seeds or %s/corpus\n", *src, *src)
		os.Exit(1)
	}
	texts := make([]string, len(origs))
	for i, p := range origs {
		b, err := os.ReadFile(p)
		if err != nil {
			fmt.Fprintln(os.Stderr, "mkcorpus:", err)
			os.Exit(1)
		}
		texts[i] = string(b)
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		fmt.Fprintln(os.Stderr, "mkcorpus:", err)
		os.Exit(1)
	}
	for i := 0; i < *n; i++ {
		k := i % len(origs)
		r := rand.New(rand.NewPCG(uint64(i), 42))
		doc := vary(texts[k], r, strings.HasSuffix(origs[k], ".html"))
		// 100 documents a folder, as an archive would be kept.
		dir := filepath.Join(*out, fmt.Sprintf("%03d", i/100))
		if err := os.MkdirAll(dir, 0o755); err != nil {
			fmt.Fprintln(os.Stderr, "mkcorpus:", err)
			os.Exit(1)
		}
		name := fmt.Sprintf("%05d-%s", i, filepath.Base(origs[k]))
		if err := os.WriteFile(filepath.Join(dir, name), []byte(doc), 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "mkcorpus:", err)
			os.Exit(1)
		}
	}
}

// vary changes a year, a few numbers and a surname in the document's text,
// leaving HTML tags alone.
func vary(doc string, r *rand.Rand, html bool) string {
	edit := func(s string) string {
		if y := years.FindAllStringIndex(s, -1); len(y) > 0 {
			m := y[r.IntN(len(y))]
			v, _ := strconv.Atoi(s[m[0]:m[1]])
			s = s[:m[0]] + strconv.Itoa(v+1+r.IntN(3)) + s[m[1]:]
		}
		for k := 0; k < 3; k++ {
			d := digits.FindAllStringIndex(s, -1)
			if len(d) == 0 {
				break
			}
			m := d[r.IntN(len(d))]
			s = s[:m[0]] + strconv.Itoa(1+r.IntN(28)) + s[m[1]:]
		}
		for _, nm := range names {
			if strings.Contains(s, nm) {
				return strings.Replace(s, nm, names[r.IntN(len(names))], 1)
			}
		}
		return s
	}
	if !html {
		return edit(doc)
	}
	// Edit the longest stretch of text between two tags.
	locs := tag.FindAllStringIndex(doc, -1)
	best, from, to := -1, 0, 0
	for i := 0; i+1 < len(locs); i++ {
		if l := locs[i+1][0] - locs[i][1]; l > best {
			best, from, to = l, locs[i][1], locs[i+1][0]
		}
	}
	if best <= 0 {
		return edit(doc)
	}
	return doc[:from] + edit(doc[from:to]) + doc[to:]
}
