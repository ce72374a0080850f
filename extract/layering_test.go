package extract

import (
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// recognisers are the packages that read the Document and return
// elements; none may import another, so that each rule lives in one place
// and a stage's output reaches them only through the pipeline.
var recognisers = []string{"meeting", "items", "dates", "figures", "people", "decisions", "commitments"}

const module = "github.com/minutes-tool/minutes/"

// importsOf lists the module's packages that the non-test files of dir
// import.
func importsOf(t *testing.T, dir string) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil || len(files) == 0 {
		t.Fatalf("%s: no Go files (%v)", dir, err)
	}
	var out []string
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		af, err := parser.ParseFile(token.NewFileSet(), f, nil, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		for _, imp := range af.Imports {
			p, _ := strconv.Unquote(imp.Path.Value)
			if strings.HasPrefix(p, module) {
				out = append(out, strings.TrimPrefix(p, module))
			}
		}
	}
	return out
}

// TestLayering holds the dependencies one way: no recogniser imports
// another, and compare imports nothing of extract.
func TestLayering(t *testing.T) {
	for _, r := range recognisers {
		for _, p := range importsOf(t, filepath.Join("internal", r)) {
			for _, other := range recognisers {
				if p == "extract/internal/"+other {
					t.Errorf("recogniser %s imports recogniser %s", r, other)
				}
			}
		}
	}
	for _, p := range importsOf(t, filepath.Join("..", "compare")) {
		if strings.HasPrefix(p, "extract") {
			t.Errorf("compare imports %s", p)
		}
	}
}
