package figures

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/minutes-tool/minutes/extract/internal/doc"
	"github.com/minutes-tool/minutes/extract/internal/input"
	"github.com/minutes-tool/minutes/extract/internal/numbers"
)

// testdataDocs are the documents of the repository's testdata.
func testdataDocs(t *testing.T) map[string]*doc.Document {
	t.Helper()
	var files []string
	for _, pat := range []string{"corpus/*.txt", "corpus/*.html", "seeds/*.txt"} {
		m, err := filepath.Glob(filepath.Join("..", "..", "..", "testdata", pat))
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	if len(files) == 0 {
		t.Fatal("no testdata")
	}
	docs := map[string]*doc.Document{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if strings.HasSuffix(f, ".html") {
			d, err := input.HtmlDocument(string(b))
			if err != nil {
				t.Fatal(err)
			}
			docs[f] = d
		} else {
			docs[f] = input.TextDocument(string(b))
		}
	}
	return docs
}

// bypassed is a copy of x with no triggers: every rule is asked at every
// number.
func bypassed(x *exclusions) *exclusions {
	rules := append([]exclusion(nil), x.rules...)
	for r := range rules {
		rules[r].needs = 0
	}
	return newExclusions(rules...)
}

// TestTriggersChangeNothing shows that the exclusion rules' triggers
// (their needs) only skip rules that would not fire. Every rule is asked
// at every number of testdata, and wherever it fires the
// number must have the shape it declares; and the figures found with the
// triggers bypassed (every rule asked at every number) are the same.
func TestTriggersChangeNothing(t *testing.T) {
	docs := testdataDocs(t)
	for name, d := range docs {
		for bi := range d.Blocks {
			toks := d.Tokens(bi)
			for i := range toks {
				n, ok := numbers.ParseNumber(toks, i)
				if !ok || n.Digits && toks[i].Kind != doc.Number {
					continue
				}
				rules := wordExclusions.rules
				if n.Digits {
					rules = digitExclusions.rules
				}
				at := atOf(&n)
				sh := shapeOf(toks, at)
				for _, x := range rules {
					if _, fired := x.veto(toks, at); fired && x.needs&^sh != 0 {
						t.Errorf("%s: rule %q fired at %q without its trigger", name, x.name, toks[i].Text)
					}
				}
			}
		}
	}

	with := map[string]any{}
	for name, d := range docs {
		with[name] = Find(d)
	}
	savedDigits, savedWords := digitExclusions, wordExclusions
	defer func() { digitExclusions, wordExclusions = savedDigits, savedWords }()
	digitExclusions, wordExclusions = bypassed(savedDigits), bypassed(savedWords)
	for name, d := range docs {
		if got := Find(d); !reflect.DeepEqual(got, with[name]) {
			t.Errorf("%s: figures differ with the triggers bypassed", name)
		}
	}
}
