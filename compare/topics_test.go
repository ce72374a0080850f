package compare

import "testing"

// TestTopicsReadable: each element's label is words a committee reads,
// not a bag of weighty terms.
func TestTopicsReadable(t *testing.T) {
	tests := []struct {
		rule, title, text string
		decision          string // the decision's words, or
		figure, unit      string // the figure's words and unit
		value             float64
		want              string
	}{
		{rule: "a decision is labelled by what was decided, after its lead-in",
			title: "Key Discussion Points", text: "It was decided to start standardising one MRI protocol and then move onto the next.",
			decision: "It was decided to start standardising one MRI protocol and then move onto the next",
			want:     "Start standardising one MRI protocol and then move onto the …"},
		{rule: "a decision too short to say what it is about is labelled by its item",
			title: "Approval of Previous Minutes", text: "See link. Passed unanimously.",
			decision: "Passed unanimously", want: "Approval of Previous Minutes: Passed unanimously"},
		{rule: "a figure under a heading that names nothing it speaks of is labelled by its clause",
			title: "Key Discussion Points", text: "With the support of the project managers, the aim was to complete and publish CT protocols within two SIG meeting cycles.",
			figure: "two", unit: "cycles", value: 2, want: "… publish CT protocols within two SIG meeting cycles"},
		{rule: "a figure of an item whose title names its subject is labelled by the title and its unit",
			title: "Productivity workstream", text: "The workstream has 10 areas of focus.",
			figure: "10", unit: "areas", value: 10, want: "Productivity workstream (areas)"},
		{rule: "a word with capitals of its own keeps its case",
			title: "Any other business", text: "It was agreed that eResearch Australasia 2020 would be held online.",
			decision: "It was agreed that eResearch Australasia 2020 would be held online",
			want:     "eResearch Australasia 2020 would be held online"},
	}
	for _, tt := range tests {
		b := rec("old.txt", "2022-01-26", tt.title+"\n"+tt.text+"\n").items(tt.title)
		if tt.decision != "" {
			b.decision(tt.decision, "agreed")
		} else {
			b.figure("count", tt.figure, tt.value, tt.unit, tt.text[:8])
		}
		r := Diff(b.done(), rec("new.txt", "2022-04-27", "Other business\nNone.\n").done(), Options{})
		got := ""
		for _, c := range r.Changes {
			if c.Kind == KindDecision || c.Kind == KindFigure {
				got = c.Topic
			}
		}
		if got != tt.want {
			t.Errorf("%s: topic %q, want %q", tt.rule, got, tt.want)
		}
	}
}
