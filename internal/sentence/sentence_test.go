package sentence

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSpans(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"empty", "", []string{}},
		{"spaces only", " \t\r\n \n", []string{}},
		{"one", "The Board met.", []string{"The Board met."}},
		{"two", "The Board met. It agreed the plan.", []string{"The Board met.", "It agreed the plan."}},
		{"trimmed", "  The Board met.  \t", []string{"The Board met."}},
		{"question and exclamation", "Who pays? The CCGs do! 3 units close.", []string{"Who pays?", "The CCGs do!", "3 units close."}},
		{"lower case after stop", "It costs 2.5m. and more. so it goes", []string{"It costs 2.5m. and more. so it goes"}},
		{"no space after stop", "See www.example.org.Then stop", []string{"See www.example.org.Then stop"}},
		{"decimal", "It rose to 2.5 per cent. Then fell.", []string{"It rose to 2.5 per cent.", "Then fell."}},
		{"abbreviation", "Cllr. Smith and Mr. Jones spoke. Dr. Who did not.", []string{"Cllr. Smith and Mr. Jones spoke.", "Dr. Who did not."}},
		{"abbreviation upper case", "MR. Smith came.", []string{"MR. Smith came."}},
		{"dotted abbreviation", "Costs, e.g. Travel, rose. It was 9 a.m. Then 10.", []string{"Costs, e.g. Travel, rose.", "It was 9 a.m. Then 10."}},
		{"month", "On 3 Jan. 2018 it met. Then.", []string{"On 3 Jan. 2018 it met.", "Then."}},
		{"initial", "J. Smith and A. B. Jones came. They left.", []string{"J. Smith and A. B. Jones came.", "They left."}},
		{"lower initial is no initial", "plan b. Then c.", []string{"plan b.", "Then c."}},
		{"word not abbreviation", "It was agreed. Next item.", []string{"It was agreed.", "Next item."}},
		{"closing quote", "He said ‘go’. It went. “Yes.” Then “Nay.” (Aside.) Done.",
			[]string{"He said ‘go’.", "It went.", "“Yes.”", "Then “Nay.”", "(Aside.)", "Done."}},
		// "No." is an abbreviation (No. 5), closing quote or not.
		{"abbreviation in quotes", "Then “No.” (Aside.) Done.", []string{"Then “No.” (Aside.)", "Done."}},
		{"closing bracket", "It was agreed (by all.) The end.", []string{"It was agreed (by all.)", "The end."}},
		{"opening quote and bullet", "It ended. ‘Next’ began. \"Q\" too. 'R' too. • Item. (Note) here.",
			[]string{"It ended.", "‘Next’ began.", "\"Q\" too.", "'R' too.", "• Item.", "(Note) here."}},
		{"line breaks", "Present:\nCllr Smith (Chair)\n\n• Pathology\n  • Imaging  \n", []string{"Present:", "Cllr Smith (Chair)", "• Pathology", "• Imaging"}},
		{"CRLF", "One line\r\nTwo line\r\n", []string{"One line", "Two line"}},
		{"stop before line break", "It met.\nIt agreed.", []string{"It met.", "It agreed."}},
		{"stop at end", "It met. ", []string{"It met."}},
		{"stop then tab", "It met.\tIt agreed.", []string{"It met.", "It agreed."}},
		{"stop then spaces to end", "It met.   ", []string{"It met."}},
		{"non-ASCII capital", "Il a dit. Été chaud.", []string{"Il a dit.", "Été chaud."}},
		{"ellipsis", "Wait... What now?", []string{"Wait...", "What now?"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := []string{}
			prev := 0
			for _, sp := range Spans(tt.text) {
				if sp[0] < prev || sp[0] >= sp[1] || sp[1] > len(tt.text) {
					t.Fatalf("span %v out of order or range (text of %d bytes, previous end %d)", sp, len(tt.text), prev)
				}
				prev = sp[1]
				got = append(got, tt.text[sp[0]:sp[1]])
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Spans(%q) (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// spansIn collects Each's spans after the spans already in out.
func spansIn(out [][2]int, text string, start, end int) [][2]int {
	Each(text, start, end, func(s, e int) { out = append(out, [2]int{s, e}) })
	return out
}

// A block is cut on its own: Each looks for abbreviations only after
// start, and gives offsets into the whole text.
func TestEachBlock(t *testing.T) {
	text := "Ref. Mr. Smith came. He left.\nNext"
	// From 5 on, "Mr." is still an abbreviation; the block ends before Next.
	got := spansIn([][2]int{{0, 4}}, text, 5, 29)
	want := [][2]int{{0, 4}, {5, 20}, {21, 29}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("AppendSpans (-want +got):\n%s", diff)
	}
	// "X." at the start of a block is an initial even when a word stands
	// before the block.
	text = "abcX. Then"
	if got := spansIn(nil, text, 3, len(text)); len(got) != 1 {
		t.Errorf("Each(%q, 3) = %v, want one sentence", text, got)
	}
	if got := spansIn(nil, text, 0, len(text)); len(got) != 2 {
		t.Errorf("Each(%q, 0) = %v, want two sentences", text, got)
	}
}

func TestIsAbbreviation(t *testing.T) {
	for w, want := range map[string]bool{"cllr": true, "e.g": true, "sept": true, "Cllr": false, "cllr.": false, "council": false} {
		if got := IsAbbreviation(w); got != want {
			t.Errorf("IsAbbreviation(%q) = %v, want %v", w, got, want)
		}
	}
}
