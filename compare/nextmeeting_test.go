package compare

import (
	"testing"

	"github.com/minutes-tool/minutes/schema"
)

func TestNextMeeting(t *testing.T) {
	for _, tc := range []struct {
		rule, newDate, want string
	}{
		{"held on the announced day is done", "2020-07-28", StatusDone},
		{"held later than announced is slipped", "2020-08-04", StatusSlipped},
		{"held earlier than announced is brought forward", "2020-07-21", StatusBroughtForward},
	} {
		const text = "Actions\nThe secretary to book a room.\nNext Meeting\nScheduled: 2pm on Tuesday 28th July, 2020.\n"
		announced := rec("old.txt", "2020-06-23", text).
			items("Actions", "Next Meeting").date("Tuesday 28th July, 2020", "2020-07-28", "2020-07-28", "day").done()
		// The same, where extraction made a commitment of the line: it is
		// judged by the newer meeting's date all the same.
		extracted := rec("old.txt", "2020-06-23", text).
			items("Actions", "Next Meeting").date("Tuesday 28th July, 2020", "2020-07-28", "2020-07-28", "day").
			commit("Scheduled: 2pm on Tuesday 28th July, 2020.", "Scheduled", "", "Tuesday 28th July, 2020", "on").done()
		for _, old := range []*schema.Record{announced, extracted} {
			r := Diff(old, rec("new.txt", tc.newDate, "Apologies were received.\n").done(), Options{})
			var got *Change
			for i := range r.Changes {
				if r.Changes[i].Topic == "the next meeting" {
					got = &r.Changes[i]
				}
			}
			if got == nil || got.Status != tc.want {
				t.Errorf("%s (commitments %d): got %+v, want %s", tc.rule, len(old.Commitments), got, tc.want)
			}
		}
	}
}

func TestClosedAtOlderMeetingIsNotFollowed(t *testing.T) {
	text := "To arrange a meeting to agree protocols [Closed]\n"
	old := rec("old.txt", "2022-01-26", text).commit("To arrange a meeting to agree protocols [Closed]", "arrange a meeting to agree protocols", "", "", "").done()
	r := Diff(old, rec("new.txt", "2022-04-27", "To arrange a meeting to agree protocols [On Hold]\n").done(), Options{})
	for _, c := range r.Changes {
		if c.Kind == KindCommitment && c.Old != nil {
			t.Errorf("closed at the older meeting, yet followed: %s %v", c.Status, c.Details)
		}
	}
}

// A row on hold at both meetings has not changed its standing: it is
// restated, not changed; put on hold since, it is changed.
func TestHoldKeptIsRestated(t *testing.T) {
	const row = "D5 (Meetings): re-draft and outline steps to advance."
	onHold := func(r *schema.Record) *schema.Record {
		st, txt := "on_hold", "on hold"
		r.Commitments[0].Status, r.Commitments[0].StatusText = &st, &txt
		return r
	}
	for _, tc := range []struct {
		rule      string
		oldOnHold bool
		want      string
	}{
		{"on hold then and now", true, StatusRestated},
		{"put on hold since", false, StatusChanged},
	} {
		old := rec("old.txt", "2020-06-23", row+"\n").commit(row, "re-draft and outline steps to advance", "", "", "").done()
		if tc.oldOnHold {
			old = onHold(old)
		}
		nw := onHold(rec("new.txt", "2020-08-04", row+"\n").commit(row, "re-draft and outline steps to advance", "", "", "").done())
		r := Diff(old, nw, Options{})
		var got string
		for _, c := range r.Changes {
			if c.Kind == KindCommitment && c.Old != nil {
				got = c.Status
			}
		}
		if got != tc.want {
			t.Errorf("%s: %s, want %s", tc.rule, got, tc.want)
		}
	}
}
