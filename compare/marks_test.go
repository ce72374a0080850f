package compare

import (
	"strings"
	"testing"
)

// markCases are the rows of TestMarkOf, and FuzzMarkOf's seeds.
var markCases = []struct{ rule, text, fate string }{
	{"dash tail done", "[NL]\tFollow up with enquiries concerning Casual Vacancies. - done", StatusDone},
	{"dash tail bold done", "[NM] Share logo and branding details with NL. - **done**", StatusDone},
	{"dash tail done with stop", "[MS] Investigate a relationship with the journal - **done**.", StatusDone},
	{"parenthesis done mid-line", "[HP, NL] Gather content from the workshop (**done**) and create a post from the content.", StatusDone},
	{"bracket closed", "To approach the vendor to find the best way of deploying templates [Closed]", StatusDone},
	{"bracket on hold", "To circulate an email to form the sub-groups [On Hold until protocols prioritised]", StatusChanged},
	{"bracket ongoing", "To send Trust CT Protocols [Ongoing for Helen Jeffrey]", StatusRestated},
	{"dash tail deferred", "[JB] D5 (Meetings): re-draft and outline steps to advance. - deferred to 2021.", StatusSlipped},
	{"bracket new is no fate", "Approach the vendor about templates [new for Dan Smith]", ""},
	{"parenthesis of words is no mark", "D5 (Meetings): re-draft (if appropriate) and outline steps", ""},
	{"dash inside a sentence is no mark", "The report - which was long - is done next week by the chair", ""},
}

func TestMarkOf(t *testing.T) {
	for _, tc := range markCases {
		if got, _ := markOf(tc.text); got != tc.fate {
			t.Errorf("%s: markOf(%q) = %q, want %q", tc.rule, tc.text, got, tc.fate)
		}
	}
}

func TestOwnersOf(t *testing.T) {
	for _, tc := range []struct{ rule, text, want string }{
		{"owner tag", "• [MS, NM]  Investigate the secure protocol", "MS, NM"},
		{"owner tag sorted", "[NM, HP] Gather content", "HP, NM"},
		{"mark names owner", "To send Trust CT Protocols [Ongoing for Helen Jeffrey]", "Helen Jeffrey"},
		{"no owner", "Create a post from the content", ""},
	} {
		if got := ownersOf(tc.text); got != tc.want {
			t.Errorf("%s: ownersOf(%q) = %q, want %q", tc.rule, tc.text, got, tc.want)
		}
	}
}

func TestMarkForms(t *testing.T) {
	for _, tc := range []struct{ rule, text, fate string }{
		{"mark on its own continuation line", "\\- **done**.", StatusDone},
		{"colon mark", "[NM] Update website: **done**", StatusDone},
		{"colon label is no mark", "Status of the review: the board heard more", ""},
	} {
		if got, _ := markOf(tc.text); got != tc.fate {
			t.Errorf("%s: markOf(%q) = %q, want %q", tc.rule, tc.text, got, tc.fate)
		}
	}
}

func FuzzMarkOf(f *testing.F) {
	for _, tc := range markCases {
		f.Add(tc.text)
	}
	f.Fuzz(func(t *testing.T, s string) {
		fate, mark := markOf(s)
		if (fate == "") != (mark == "") {
			t.Errorf("markOf(%q) = %q, %q: a fate comes with its mark", s, fate, mark)
		}
		if mark != "" && !strings.Contains(s, mark) {
			t.Errorf("markOf(%q): mark %q is not in the text", s, mark)
		}
		_ = ownersOf(s)
		_ = unmarked(s)
	})
}
