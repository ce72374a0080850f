package phrase

import (
	"slices"
	"testing"

	"github.com/minutes-tool/minutes/extract/internal/doc"
)

// TestMatchAt names the shape of pattern each row tries: the phrase is
// matched with its start slot at the token the row gives.
func TestMatchAt(t *testing.T) {
	tests := []struct {
		shape, pattern, text string
		at                   int
		want                 bool
	}{
		{"one word", "suggested", "The Board suggested a review", 2, true},
		{"alternatives in a slot", "permission|approval was given|granted", "Approval was granted today", 0, true},
		{"start slot inside", "the record will [note]", "and the record will note it", 4, true},
		{"start slot inside, too early", "the record will [note]", "record will note it", 2, false},
		{"runs past the end", "[due] to|for", "the report is due", 3, false},
		{"wrong word in a slot", "[going] to", "going home", 0, false},
		{"punctuation as a word", "decision|consensus :", "Decision: adopt", 0, true},
	}
	for _, tc := range tests {
		toks := doc.Tokenize(tc.text, 0, len(tc.text))
		p := Parse(tc.pattern)[0]
		if got := p.MatchAt(toks, tc.at); got != tc.want {
			t.Errorf("%s: %q in %q at %d: %v, want %v", tc.shape, tc.pattern, tc.text, tc.at, got, tc.want)
		}
	}
}

// TestStarts: a rule's start words are its patterns' start slots, each
// once.
func TestStarts(t *testing.T) {
	got := Starts(Parse("[need|needs] to be", "the record will [note]", "needs to"))
	if want := []string{"need", "needs", "note"}; !slices.Equal(got, want) {
		t.Errorf("starts %v, want %v", got, want)
	}
}

// TestParseRefusesEmpty: a pattern with an empty slot word is a table
// error, caught at start-up.
func TestParseRefusesEmpty(t *testing.T) {
	for _, pat := range []string{"", "due to|"} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("Parse(%q) did not panic", pat)
				}
			}()
			Parse(pat)
		}()
	}
}
