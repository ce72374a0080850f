package compare

import (
	"testing"

	"github.com/minutes-tool/minutes/schema"
)

// TestFatesByEvidence holds the readings that misled a committee: each
// row names the rule that must decide the fate.
func TestFatesByEvidence(t *testing.T) {
	type side struct{ text, sentence, action, owner, date, start string }
	tests := []struct {
		rule     string
		old, new side
		want     string // the status, or "!done" for anything but done
	}{
		{"a trailing past clause does not make a postponed action done",
			side{"The Clerk will arrange the repair of the play area fence by 30 April 2024.", "The Clerk will arrange the repair of the play area fence by 30 April 2024.", "arrange the repair of the play area fence", "Clerk", "30 April 2024", "2024-04-30"},
			side{text: "The repair of the play area fence will now be arranged by 30 June 2024, as was agreed at the last meeting.", date: "30 June 2024", start: "2024-06-30"},
			StatusSlipped},
		{"a sign-off line that names the owner is no evidence",
			side{"The Clerk announced that she will retire in December and the post will be advertised.", "The Clerk announced that she will retire in December and the post will be advertised.", "retire in December", "Clerk", "", ""},
			side{text: "There being no other business the meeting closed at 9pm.\nRespectfully submitted, Jane Smith, Clerk."},
			StatusVanished},
		{"a past verb that is not the action's verb is no report of it done",
			side{"The Clerk to send letters to the plot holders in arrears.", "The Clerk to send letters to the plot holders in arrears.", "send letters to the plot holders in arrears", "Clerk", "", ""},
			side{text: "One of the two plot holders in arrears had paid the rent owed."},
			"!done"},
		{"the action's verb in the perfect reports it done",
			side{"The Clerk to report the potholes on Mill Lane to the highways authority.", "The Clerk to report the potholes on Mill Lane to the highways authority.", "report the potholes on Mill Lane to the highways authority", "Clerk", "", ""},
			side{text: "The Clerk has reported the potholes on Mill Lane to the highways authority."},
			StatusDone},
		{"an owner named among those present does not restate an action",
			side{"Cllr Brown to obtain quotes for the new bus shelter by 1 March 2024.", "Cllr Brown to obtain quotes for the new bus shelter by 1 March 2024.", "obtain quotes for the new bus shelter", "Cllr Brown", "1 March 2024", "2024-03-01"},
			side{text: "Present: Cllr Brown, Cllr Green, Cllr White.\nThe meeting opened at 7pm."},
			StatusVanished},
		{"an action log's mark decides: closed is done",
			side{"To approach the supplier about deploying templates [new for Dan Smith]", "To approach the supplier about deploying templates [new for Dan Smith]", "approach the supplier about deploying templates", "", "", ""},
			side{text: "To approach the supplier about deploying templates [Closed]"},
			StatusDone},
		{"an action log's mark decides: on hold is changed",
			side{"To circulate an email to form the sub-groups [new for Dan Smith]", "To circulate an email to form the sub-groups [new for Dan Smith]", "circulate an email to form the sub-groups", "", "", ""},
			side{text: "To circulate an email to form the sub-groups [On Hold until protocols prioritised]"},
			StatusChanged},
		{"deferred to the next meeting is slipped",
			side{"The committee to review the grants policy.", "The committee to review the grants policy.", "review the grants policy", "", "", ""},
			side{text: "The review of the grants policy was deferred to the next meeting."},
			StatusSlipped},
		{"a mark inside a sentence is the mark of the words before it",
			side{"Create a post from the workshop content.", "Create a post from the workshop content.", "Create a post from the workshop content", "", "", ""},
			side{text: "- [HP] Gather the workshop content (**done**) and create a post from the workshop content."},
			"!done"},
		{"a sentence that shares the object but not the action's verb does not restate it",
			side{"Ryan will own the team repo.", "Ryan will own the team repo.", "own the team repo", "Ryan", "", ""},
			side{text: "Decision: documents into a github team repo.\nThe meeting opened at 7pm."},
			StatusVanished},
		{"a noun before a modal is the subject, not the action's verb: a report of its event is evidence",
			side{"Productivity will be among the first subjects for a deep dive.", "Productivity will be among the first subjects for a deep dive.", "be among the first subjects for a deep dive", "", "", ""},
			side{text: "The Board's deep dive on productivity updated on the progress that the workstream has made."},
			StatusDone},
		{"the verb after the subject's modal is the action's verb: another verb in the past is not it done",
			side{"The Clerk will send the letters to the plot holders.", "The Clerk will send the letters to the plot holders.", "The Clerk will send the letters to the plot holders", "", "", ""},
			side{text: "The letters to the plot holders were drafted."},
			"!done"},
	}
	for _, tt := range tests {
		ob := rec("old.txt", "2024-03-10", tt.old.text)
		if tt.old.date != "" {
			ob.date(tt.old.date, tt.old.start, tt.old.start, "day")
		}
		ob.commit(tt.old.sentence, tt.old.action, tt.old.owner, tt.old.date, "by")
		nb := rec("new.txt", "2024-07-10", tt.new.text)
		if tt.new.date != "" {
			nb.date(tt.new.date, tt.new.start, tt.new.start, "day")
		}
		r := Diff(ob.done(), nb.done(), Options{})
		var got *Change
		for i := range r.Changes {
			if r.Changes[i].Kind == KindCommitment && r.Changes[i].Old != nil {
				got = &r.Changes[i]
			}
		}
		if got == nil {
			t.Errorf("%s: no change for the old commitment", tt.rule)
			continue
		}
		ok := got.Status == tt.want || (tt.want == "!done" && got.Status != StatusDone)
		if !ok {
			t.Errorf("%s: status %q, want %s (%v; %q)", tt.rule, got.Status, tt.want, got.Details, got.NewSentence)
		}
		if got.Status != StatusVanished && got.NewSentence == "" {
			t.Errorf("%s: %s carries no sentence that shows it", tt.rule, got.Status)
		}
	}
}

// TestOneMentionEach: a marked row of the new meeting's action log is the
// mention of the old commitment it matches best only; an unmarked
// sentence may answer two.
func TestOneMentionEach(t *testing.T) {
	row := &Mention{Text: "[NM] Share and publicize the poll with the community. - done", Span: schema.Span{Start: 10, End: 70}}
	prose := &Mention{Text: "The consultation was launched on 2 February.", Span: schema.Span{Start: 100, End: 140}}
	out := []followed{
		{j: -1, mention: row, score: 0.3},   // "the post should be shared with the participants"
		{j: -1, mention: row, score: 0.8},   // "[NM] Share and publicize the poll"
		{j: -1, mention: prose, score: 0.5}, // "a consultation in early 2018"
		{j: -1, mention: prose, score: 0.4}, // "the location will be determined by a consultation"
	}
	oneMentionEach(out)
	for i, want := range []*Mention{nil, row, prose, prose} {
		if out[i].mention != want {
			t.Errorf("old %d: mention %v, want %v", i, out[i].mention, want)
		}
	}
}
