package extract

import (
	"testing"

	"github.com/minutes-tool/minutes/schema"
)

// TestOwnersFromAttendees names the case each row shows: an attendee who
// opens a commitment before a modal or "to" owns it; anyone else, or an
// owner already found, is left alone.
func TestOwnersFromAttendees(t *testing.T) {
	name := func(s string) *string { return &s }
	tests := []struct {
		rule, text string
		owner      *string
		want       string
	}{
		{"handle before a modal", "rbasak will send out the emails", nil, "rbasak"},
		{"past a label and number", "ACTION: 1. rbasak will send out the emails", nil, "rbasak"},
		{"first name before to", "Jeremy to update the Board", nil, "Jeremy"},
		{"not an attendee", "analyst will run a stat", nil, ""},
		{"no modal after", "rbasak said the emails went out", nil, ""},
		{"owner kept", "rbasak will send out the emails", name("Clerk"), "Clerk"},
	}
	for _, tc := range tests {
		rec := &schema.Record{
			Attendees:   []schema.Attendee{{Name: name("rbasak")}, {Name: name("Jeremy Boyd")}},
			Commitments: []schema.Commitment{{Text: tc.text, Owner: tc.owner}},
		}
		ownersFromAttendees(rec)
		got := ""
		if o := rec.Commitments[0].Owner; o != nil {
			got = *o
		}
		if got != tc.want {
			t.Errorf("%s: owner %q, want %q", tc.rule, got, tc.want)
		}
	}
}
