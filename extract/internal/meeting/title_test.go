package meeting

import "testing"

func TestTitleBody(t *testing.T) {
	for _, c := range []struct{ title, want string }{
		{"Node.js Foundation TSC Meeting 2017-03-09", "Node.js Foundation TSC"},
		{"OpenJS Foundation Cross Project Council Meeting 2024-04-02", "OpenJS Foundation Cross Project Council"},
		{"Spring GI Group Meeting", "GI Group"},
		{"2022 Spring Head & Neck SIG Meeting", "Head & Neck SIG"},
		{"#ubuntu-meeting: Technical Board meeting", "Technical Board"},
		{"Minutes from the Technical Board meeting, 2009-07-28", "Technical Board"},
		{"Minutes of Steering Committee Meeting No.5", "Steering Committee"},
		{"MINUTES OF THE PARISH COUNCIL MEETING", "PARISH COUNCIL"},
		{"Minutes of the Finance Committee", "Finance Committee"},
		{"Groby Parish Council Minutes", "Groby Parish Council"},
		{"Regular Meeting March 9, 2021", ""},
		{"Annual Meeting 2016-06-11 Minutes", ""},
		{"2025-04-13 Annual Meeting", ""},
		{"Meeting Minutes", ""},
		{"Board meeting: 2024-02-03", ""},
		{"The next meeting will be held on 5 May.", ""},
		{"Previous meeting action items", ""},
		{"BOARD OF DIRECTORS MEETING", "BOARD OF DIRECTORS"},
		{"Signing of meeting minutes", ""},
		{"Approval of Meeting Minutes", ""},
	} {
		s, e, ok := titleBody(c.title)
		got := ""
		if ok {
			got = c.title[s:e]
		}
		if got != c.want {
			t.Errorf("titleBody(%q) = %q, want %q", c.title, got, c.want)
		}
	}
}

func TestIsTopic(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"Previous meeting action items", true},
		{"Signing of meeting minutes", true},
		{"Node.js Foundation TSC Meeting 2017-03-09", false},
		{"Minutes of the Finance Committee", false},
		{"Annual Meeting 2016-06-11 Minutes", false},
	} {
		if got := isTopic(c.line); got != c.want {
			t.Errorf("isTopic(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}
