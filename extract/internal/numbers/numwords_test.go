package numbers

import (
	"testing"

	"github.com/minutes-tool/minutes/extract/internal/doc"
	"github.com/minutes-tool/minutes/extract/internal/input"
)

// TestParseWords reads numbers in words at the start of a line: the
// value, how many tokens it takes, and a compound's tail.
func TestParseWords(t *testing.T) {
	cases := []struct {
		in     string
		ok     bool
		value  float64
		toks   int
		suffix string
		scaled bool
		lone   bool
	}{
		{"ten people", true, 10, 1, "", false, false},
		{"twenty-five places", true, 25, 1, "", false, false},
		{"one hundred and twenty seats", true, 120, 4, "", false, false},
		{"two million three hundred", true, 2000300, 4, "", false, false},
		{"five million pounds", true, 5e6, 2, "", true, false},
		{"three dozen chairs", true, 36, 2, "", false, false},
		{"a dozen chairs", true, 12, 2, "", false, false},
		{"a million visitors", true, 1e6, 2, "", true, false},
		{"three-stage plan", true, 3, 1, "stage", false, false},
		{"one of them", true, 1, 1, "", false, true},
		{"four five six", true, 4, 1, "", false, false},
		{"one hundred and the rest", true, 100, 2, "", false, false},
		{"a plan", false, 0, 0, "", false, false},
		{"a five", false, 0, 0, "", false, false},
	}
	for _, c := range cases {
		toks := input.TextDocument(c.in).Tokens(0)
		n, ok := parseWords(toks, 0)
		if ok != c.ok {
			t.Errorf("%q: ok %v, want %v", c.in, ok, c.ok)
			continue
		}
		if !ok {
			continue
		}
		if n.Value != c.value || n.End != c.toks || n.Suffix != c.suffix || n.Scaled != c.scaled || n.Lone != c.lone {
			t.Errorf("%q: value %v, %d tokens, suffix %q, scaled %v, lone %v; want %v, %d, %q, %v, %v",
				c.in, n.Value, n.End, n.Suffix, n.Scaled, n.Lone, c.value, c.toks, c.suffix, c.scaled, c.lone)
		}
	}
}

// TestCanStart: the words a number may start at, by the rule that lets
// each through, and words it turns away.
func TestCanStart(t *testing.T) {
	tests := []struct {
		word string
		want bool
		rule string
	}{
		{"twenty", true, "number word"},
		{"a", true, "article"},
		{"half", true, "fraction"},
		{"dozens", true, "vague scale"},
		{"twenty-five", true, "compound by its head"},
		{"three-stage", true, "compound by its head"},
		{"c300", true, "circa"},
		{"c", false, ""},
		{"ca", false, ""},
		{"minutes", false, ""},
		{"x-ray", false, ""},
	}
	for _, tc := range tests {
		if got := CanStart(&doc.Token{Kind: doc.Word, Text: tc.word, Lower: tc.word}); got != tc.want {
			t.Errorf("%q (%s): CanStart %v, want %v", tc.word, tc.rule, got, tc.want)
		}
	}
	if CanStart(&doc.Token{Kind: doc.Number, Text: "5", Lower: "5"}) {
		t.Error("a number token is no word a number starts at")
	}
}
