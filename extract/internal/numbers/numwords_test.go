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

// TestNumberForms: the value and extent ParseNumber reads at a line's
// first number (past a currency sign), by the rule that reads it, and the
// forms it turns away.
func TestNumberForms(t *testing.T) {
	for _, c := range []struct {
		rule, in string
		ok       bool
		value    float64
		toks     int  // tokens from the number's first
		fraction bool // read as a proportion
	}{
		{"a proportion in words", "one third of residents", true, 1.0 / 3, 2, true},
		{"a proportion as a compound", "two-thirds of members", true, 2.0 / 3, 1, true},
		{"a proportion with an article before 'of'", "a quarter of the budget", true, 0.25, 2, true},
		{"a proportion ending the phrase", "two thirds.", true, 2.0 / 3, 2, true},
		{"an ordinal after an article", "a third meeting", false, 0, 0, false},
		{"an ordinal after 'one' is a count of one", "one third party", true, 1, 1, false},
		{"a denominator that disagrees in number", "two third of", true, 2, 1, false},
		{"a fraction of a scale is the scaled amount", "a quarter of a million", true, 250000, 5, false},
		{"a power with a caret", "2^10 bytes", true, 1024, 3, false},
		{"a caret with a space is no power", "2 ^10 bytes", true, 2, 1, false},
		{"a proportion with a slash", "2/3 of the audience", true, 2.0 / 3, 3, true},
		{"a day, month and year are no proportion", "9/9/2013 revised", true, 9, 1, false},
		{"a numerator above its denominator is no proportion", "5/3 score", true, 5, 1, false},
		// An amount whose thousands comma a stray space follows is one
		// number when its second group ends it; a list is not.
		{"a spaced group ending with pence", "$2, 310.50 paid", true, 2310.5, 3, false},
		{"a spaced group ending with a glued multiplier", "$2, 310K paid", true, 2310, 3, false},
		{"a list of an amount and a count", "$2, 310 members", true, 2, 1, false},
		{"two spaces are no slip", "$2,  310.50 paid", true, 2, 1, false},
		{"no currency, no amount", "2, 310.50 paid", true, 2, 1, false},
	} {
		toks := input.TextDocument(c.in).Tokens(0)
		i := 0
		for toks[i].Kind == doc.Punct {
			i++ // past a currency sign
		}
		n, ok := ParseNumber(toks, i)
		if ok != c.ok || ok && (n.Value != c.value || n.End-i != c.toks || n.Fraction != c.fraction) {
			t.Errorf("%s: %q gives ok %v, %v over %d tokens, fraction %v; want %v, %v, %d, %v",
				c.rule, c.in, ok, n.Value, n.End-i, n.Fraction, c.ok, c.value, c.toks, c.fraction)
		}
	}
}
