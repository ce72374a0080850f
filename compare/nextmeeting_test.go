package compare

import "testing"

func TestNextMeeting(t *testing.T) {
	for _, tc := range []struct {
		rule, newDate, want string
	}{
		{"held on the announced day is done", "2020-07-28", StatusDone},
		{"held later than announced is slipped", "2020-08-04", StatusSlipped},
		{"held earlier than announced is brought forward", "2020-07-21", StatusBroughtForward},
	} {
		old := rec("old.txt", "2020-06-23", "Actions\nThe secretary to book a room.\nNext Meeting\nScheduled: 2pm on Tuesday 28th July, 2020.\n").
			items("Actions", "Next Meeting").date("Tuesday 28th July, 2020", "2020-07-28", "2020-07-28", "day").done()
		r := Diff(old, rec("new.txt", tc.newDate, "Apologies were received.\n").done(), Options{})
		var got *Change
		for i := range r.Changes {
			if r.Changes[i].Topic == "the next meeting" {
				got = &r.Changes[i]
			}
		}
		if got == nil || got.Status != tc.want {
			t.Errorf("%s: got %+v, want %s", tc.rule, got, tc.want)
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
