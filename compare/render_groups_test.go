package compare

import (
	"testing"

	"github.com/minutes-tool/minutes/schema"
)

func TestGroupKey(t *testing.T) {
	due := &schema.Due{Start: "2024-03-01", End: "2024-03-01"}
	c := func(text string, d *schema.Due) *schema.Commitment { return &schema.Commitment{Text: text, Due: d} }
	for _, tc := range []struct {
		rule string
		ch   Change
		want string
	}{
		{"a vanished action due before the newer meeting is overdue",
			Change{Kind: KindCommitment, Status: StatusVanished, Old: c("Cllr Brown to obtain quotes", due)}, keyOverdue},
		{"a restated action due before the newer meeting is overdue",
			Change{Kind: KindCommitment, Status: StatusRestated, Old: c("Cllr Brown to obtain quotes", due)}, keyOverdue},
		{"a slipped action keeps its fate",
			Change{Kind: KindCommitment, Status: StatusSlipped, Old: c("Cllr Brown to obtain quotes", due)}, "commitment/slipped"},
		{"a vanished action with no due date is vanished",
			Change{Kind: KindCommitment, Status: StatusVanished, Old: c("Cllr Brown to obtain quotes", nil)}, "commitment/vanished"},
		{"the next meeting's date stands apart",
			Change{Kind: KindCommitment, Status: StatusSlipped, Old: c("The next meeting will be held on 12 March", due)}, keyNextMeeting},
		{"an action due at the next meeting is an action, not the meeting's date",
			Change{Kind: KindCommitment, Status: StatusVanished, Old: c("MW to update members on progress at the next meeting", nil)}, "commitment/vanished"},
		{"a date of next meeting line stands apart",
			Change{Kind: KindCommitment, Status: StatusDone, Old: c("Date of next meeting: 12 March", due)}, keyNextMeeting},
		{"figures go by change",
			Change{Kind: KindFigure, Change: Removed}, "figure/removed"},
	} {
		if got := groupKey(tc.ch, "2024-07-10"); got != tc.want {
			t.Errorf("%s: groupKey = %q, want %q", tc.rule, got, tc.want)
		}
	}
}
