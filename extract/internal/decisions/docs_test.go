package decisions

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/minutes-tool/minutes/extract/internal/dispositions"
	"github.com/minutes-tool/minutes/extract/internal/doc"
	"github.com/minutes-tool/minutes/extract/internal/input"
)

// testDoc is a document as the pipeline hands it to Find: its units and
// dispositions made once.
type testDoc struct {
	name  string
	d     *doc.Document
	units []doc.Unit
	disp  []dispositions.Disposition
}

// parse builds a Document from decoded text as extract.Parse does.
func parse(tb testing.TB, text string, f doc.Format) *doc.Document {
	tb.Helper()
	if f == doc.FormatHTML {
		d, err := input.HtmlDocument(input.StripFrontMatter(strings.ReplaceAll(text, "\r\n", "\n")))
		if err != nil {
			tb.Fatal(err)
		}
		return d
	}
	return input.TextDocument(input.NormaliseText(text))
}

// newTestDoc makes the units and dispositions of d.
func newTestDoc(name string, d *doc.Document) testDoc {
	return testDoc{name: name, d: d, units: doc.Units(d), disp: dispositions.Find(d)}
}

// textDoc is a plain-text sentence as a document.
func textDoc(tb testing.TB, text string) testDoc {
	return newTestDoc(text, parse(tb, text, doc.FormatText))
}

// testdataDocs are the documents of testdata, decoded as extract.Extract
// decodes them.
func testdataDocs(tb testing.TB) []testDoc {
	tb.Helper()
	var paths []string
	for _, g := range []string{"../../../testdata/corpus/*.txt", "../../../testdata/corpus/*.html", "../../../testdata/seeds/*.txt"} {
		m, err := filepath.Glob(g)
		if err != nil {
			tb.Fatal(err)
		}
		paths = append(paths, m...)
	}
	if len(paths) == 0 {
		tb.Fatal("no testdata")
	}
	var out []testDoc
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		hint := doc.FormatText
		if strings.HasSuffix(p, ".html") {
			hint = doc.FormatHTML
		}
		dec, err := input.Decode(p, data, hint)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, newTestDoc(p, parse(tb, dec.Text, dec.Format)))
	}
	return out
}
