package people

import (
	"strconv"
	"strings"
	"testing"
)

// TestLabels names the way each attendance label ends, and the labels
// that are vetoed.
func TestLabels(t *testing.T) {
	cases := []struct {
		rule, text string
		at         string // where the label is looked for; "" for the start
		ok         bool
		status     string
		inline     bool
	}{
		{"label mark", "Present: Cllr Jane Smith", "", true, "present", true},
		{"label mark", "Apologies – Cllr Jane Smith", "", true, "apologies", true},
		{"run-on word", "Apologies were received from Cllr Purves", "", true, "apologies", true},
		{"alone on its line", "Board Members\nJane Smith", "", true, "present", false},
		{"standalone with a lead", "Transparency Board Members\nJane Smith", "", true, "present", false},
		{"bracketed note", "Officials (regular attendees)\nJane Smith", "", true, "in_attendance", false},
		{"label mark mid-line", "Cou/285/07-08 Present Members: Cllr P Batty", "Present", true, "present", true},
		{"misspelt, alone on its line", "Attendace\nJane Smith, John Brown", "", true, "present", false},
		{"two groups, one list", "Directors and Officers Present\nShawn Porter, President", "", true, "present", false},
		{"two groups, staff first", "Staff and Officers Present\nJo Smith, Clerk", "", true, "in_attendance", false},
		// Vetoes.
		{"misspelt inside a line", "Attendace was low this year", "", false, "", false},
		{"mid-line label without a mark", "as noted the Present Members agreed", "Present", false, "", false},
		{"item heading", "Welcome and Apologies\nThe Chair welcomed all.", "", false, "", false},
		{"label in prose", "Members agreed the plan.", "", false, "", false},
	}
	for _, c := range cases {
		t.Run(c.rule+"/"+c.text, func(t *testing.T) {
			toks := tokens(c.text)
			i := 0
			if c.at != "" {
				i = tokenAt(t, c.text, toks, c.at)
			}
			h, ok := headerAt(c.text, toks, i)
			if ok != c.ok || h.status != c.status || h.inline != c.inline {
				t.Errorf("headerAt = %+v, %v; want %q inline %v, %v", h, ok, c.status, c.inline, c.ok)
			}
		})
	}
}

// TestOneSlip: one letter dropped, added, changed, or two neighbours
// swapped, and nothing more.
func TestOneSlip(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"attendace", "attendance", true},
		{"attendancee", "attendance", true},
		{"attendence", "attendance", true},
		{"attednance", "attendance", true},
		{"attendance", "attendance", false},
		{"atendence", "attendance", false},
		{"apologise", "apologies", true},
		{"absent", "absence", false},
	} {
		if got := oneSlip(c.a, c.b); got != c.want {
			t.Errorf("oneSlip(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// TestTableFurniture: the other cells of an attendance table flattened
// one a line are skipped, a name is not.
func TestTableFurniture(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"Attendee Name", true},
		{"Title", true},
		{"5:13 PM", true},
		{"Bob Broom", false},
		{"Director, District F", false},
	} {
		toks := tokens(c.line)
		if got := tableFurniture(toks, 0, len(toks)); got != c.want {
			t.Errorf("%q: furniture %v, want %v", c.line, got, c.want)
		}
	}
}

// TestEmptyLabels: a label written as one ("Present:") that heads no one
// the readers can take is reported; one that says no one, or a label
// word that is no label, is not.
func TestEmptyLabels(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"Present:\n\n1. Apologies\nCllr Smith sent apologies.\n", []string{"Present:"}},
		{"Present: Cllr A Smith, Cllr B Jones\nApologies: None\n", nil},
		{"Apologies: nil.\n", nil},
		{"## Officers\n\nCart for President.\n", nil},
	} {
		_, warns := attendance(tc.in, tokens(tc.in), "minutes")
		if len(warns) != len(tc.want) {
			t.Errorf("%q: warnings %q, want %d naming %q", tc.in, warns, len(tc.want), tc.want)
			continue
		}
		for i, w := range tc.want {
			if !strings.Contains(warns[i], strconv.Quote(w)) {
				t.Errorf("%q: warning %q does not name %q", tc.in, warns[i], w)
			}
		}
	}
}
