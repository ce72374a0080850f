package compare

import (
	"strings"
	"testing"
)

func TestOrder(t *testing.T) {
	body2 := "Parish Council"
	for _, tc := range []struct {
		rule                  string
		a, b                  *builder
		swapped               bool
		notes, warnings       int
		warningHas            string
		otherBody, undatedOne bool
	}{
		{"oldest first stays", rec("a.txt", "2024-01-10", "x"), rec("b.txt", "2024-02-10", "y"), false, 0, 0, "", false, false},
		{"newer first is reordered with a note", rec("b.txt", "2024-02-10", "y"), rec("a.txt", "2024-01-10", "x"), true, 1, 0, "", false, false},
		{"two bodies give a warning", rec("a.txt", "2024-01-10", "x"), rec("b.txt", "2024-02-10", "y"), false, 0, 1, "different bodies", true, false},
		{"a meeting with no date is named by title and source, with a warning", rec("a.txt", "", "x"), rec("b.txt", "2024-02-10", "y"), false, 0, 1, "Minutes of the meeting (a.txt)", false, true},
	} {
		a, b := tc.a.done(), tc.b.done()
		if tc.otherBody {
			b.Meeting.Body = &body2
		}
		if tc.undatedOne {
			title := "Minutes of the meeting"
			a.Meeting.Title = &title
		}
		o, _, notes, warnings := Order(a, b)
		if (o == b) != tc.swapped || len(notes) != tc.notes || len(warnings) != tc.warnings {
			t.Errorf("%s: swapped %v, notes %q, warnings %q", tc.rule, o == b, notes, warnings)
		}
		if tc.warningHas != "" && (len(warnings) == 0 || !strings.Contains(warnings[0], tc.warningHas)) {
			t.Errorf("%s: warnings %q, want one with %q", tc.rule, warnings, tc.warningHas)
		}
	}
}
