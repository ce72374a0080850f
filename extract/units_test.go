package extract

import (
	"testing"

	"github.com/minutes-tool/minutes/extract/internal/doc"
	"github.com/minutes-tool/minutes/extract/internal/input"
)

// TestUnitsAcrossBlocks: a sentence hard-wrapped into a line the layout
// reader starts a new block at is one unit again when it ends on a word
// that needs more, or across a page's furniture when it needs more or goes
// on in lower case; a list's next entry never joins the one before.
func TestUnitsAcrossBlocks(t *testing.T) {
	tests := []struct {
		rule, in string
		units    int
	}{
		{"wrap into a title-like line", "Director Williams made the motion to approve the\nBoard Meeting Minutes of February 26, 2019.\n", 1},
		{"list entry after '; and'", "Matt will:\n- prepare a list of requirements; and\n- make the arrangements to print the cards.\n", 3},
		{"blank line between", "The Board agreed to approve the\n\nBoard Meeting Minutes of February 26, 2019.\n", 2},
		{"wrap across a page number", "The Board agreed to approve the\nPage 1 of 2\n\fMinutes of the last meeting.\n", 1},
		{"lower case goes on across a page break", "The clerk will obtain quotes\n- 3 -\nfor the swings.\n", 1},
		{"a finished sentence before a page break", "The clerk will obtain quotes.\n- 3 -\nfor the swings.\n", 2},
	}
	for _, tc := range tests {
		// The content, as the pipeline hands it over: a page's furniture
		// lies between its blocks.
		d, _ := input.PlainDocument(tc.in).Split()
		if got := len(doc.Units(d)); got != tc.units {
			var texts []string
			for _, u := range doc.Units(d) {
				texts = append(texts, d.Text[u.Start:u.End])
			}
			t.Errorf("%s: %d units %q, want %d", tc.rule, got, texts, tc.units)
		}
	}
}
