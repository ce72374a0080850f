package compare

import (
	"fmt"
	"strings"

	"github.com/minutes-tool/minutes/schema"
)

// Order puts two records oldest first, by their meetings' dates, and says
// what a reader should know before trusting the comparison: that the
// arguments came newer first and were swapped (a note), that the two
// meetings are of different bodies, or that a meeting has no date and is
// named by its title and source instead (warnings). Records without both
// dates stay in the order given.
func Order(a, b *schema.Record) (older, newer *schema.Record, notes, warnings []string) {
	older, newer = a, b
	da, db := strOr(a.Meeting.Date, ""), strOr(b.Meeting.Date, "")
	if da != "" && db != "" && da > db { // ISO dates compare as strings
		older, newer = b, a
		notes = append(notes, fmt.Sprintf("the newer meeting came first: comparing %s to %s",
			Side{Source: b.Source, Meeting: b.Meeting}.Label(), Side{Source: a.Source, Meeting: a.Meeting}.Label()))
	}
	if x, y := strOr(a.Meeting.Body, ""), strOr(b.Meeting.Body, ""); x != "" && y != "" && !sameBody(x, y) {
		warnings = append(warnings, fmt.Sprintf("the meetings are of different bodies (%s; %s): what changed between them may mean little", x, y))
	}
	for _, r := range []*schema.Record{older, newer} {
		if r.Meeting.Date == nil {
			by := "its title and source"
			if strOr(r.Meeting.Title, "") == "" {
				by = "its source, as it has no title either"
			}
			warnings = append(warnings, fmt.Sprintf("%s gives no meeting date: named by %s, and kept in the order given", Side{Source: r.Source, Meeting: r.Meeting}.When(), by))
		}
	}
	return older, newer, notes, warnings
}

// sameBody compares two bodies' names in any case and spacing.
func sameBody(a, b string) bool {
	return strings.EqualFold(strings.Join(strings.Fields(a), " "), strings.Join(strings.Fields(b), " "))
}
