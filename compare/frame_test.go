package compare

import (
	"testing"

	"github.com/minutes-tool/minutes/schema"
)

// TestFrameIsNoEvidence: resolutions share their frame ("It was proposed
// by Cllr. X, seconded by Cllr. Y and unanimously agreed that …") and
// their people; neither makes two of them one undertaking, nor one a
// report of the other done.
func TestFrameIsNoEvidence(t *testing.T) {
	const oldText = "It was proposed by Cllr. Harries, seconded by Cllr. Kim Davies and unanimously agreed that the existing officers remain in post until the annual meeting."
	const oldAction = "the existing officers remain in post until the annual meeting"
	people := func(r *schema.Record) *schema.Record {
		for _, n := range []string{"Peter Harries", "Kim Davies", "Wyn Loynton"} {
			r.Attendees = append(r.Attendees, schema.Attendee{Name: &n, Status: "present"})
		}
		return r
	}
	tests := []struct {
		rule, text, sentence, action string // action "" for no new commitment
	}{
		{"two resolutions that share only their frame are two undertakings",
			"It was proposed by Cllr. Loynton, seconded by Cllr. Kim Davies and unanimously agreed that the letter would be sent to the local member of parliament.",
			"It was proposed by Cllr. Loynton, seconded by Cllr. Kim Davies and unanimously agreed that the letter would be sent to the local member of parliament.",
			"the letter would be sent to the local member of parliament"},
		{"a past sentence that shares only the frame and the people is no report of the action done",
			"It was proposed by Cllr. Loynton, seconded by Cllr. Kim Davies and unanimously agreed that the minutes of the last meeting were correct.",
			"", ""},
	}
	for _, tt := range tests {
		old := people(rec("old.txt", "2020-06-10", oldText).commit(oldText, oldAction, "", "", "").done())
		nb := rec("new.txt", "2020-11-11", tt.text)
		if tt.action != "" {
			nb.commit(tt.sentence, tt.action, "", "", "")
		}
		for _, c := range Diff(old, people(nb.done()), Options{}).Changes {
			if c.Kind == KindCommitment && c.Old != nil && c.Status != StatusVanished {
				t.Errorf("%s: %s, want vanished (%v; %q)", tt.rule, c.Status, c.Details, c.NewSentence)
			}
		}
	}
}
