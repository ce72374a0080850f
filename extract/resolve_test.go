package extract

import (
	"strings"
	"testing"

	"github.com/minutes-tool/minutes/extract/internal/dates"
	"github.com/minutes-tool/minutes/extract/internal/doc"
)

// TestEditionYear: a bare year after a capitalised name is an event's
// edition, never an action's due date; a year with a preposition, or
// after a common word, may be one.
func TestEditionYear(t *testing.T) {
	tests := []struct {
		text, prep string
		want       bool
	}{
		{"summarising the eResNZ 2020 workshop", "", true},
		{"a talk at PyCon 2024", "", true},
		{"publish the report in 2020", "in", false},
		{"the strategy for 2020", "for", false},
		{"a review 2020", "", false},
		{"remain in post until the Council's 2020 AGM", "", false},
	}
	for _, tc := range tests {
		at := strings.Index(tc.text, "20")
		r := dates.Resolved{DateMention: doc.DateMention{Start: at, End: at + 4, Grain: doc.GrainYear, Prep: tc.prep}}
		if got := editionYear(tc.text, r); got != tc.want {
			t.Errorf("%q: edition %v, want %v", tc.text, got, tc.want)
		}
	}
}
