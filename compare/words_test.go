package compare

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestTerms(t *testing.T) {
	tests := []struct{ in, want string }{
		{"The formal public consultation was launched on Friday 2 February", "formal public consult launch"},
		{"consultations, consulted", "consult consult"},
		{"The Board’s meeting structure allows for ‘deep dives’", "structur allow deep div"},
		{"three hyper acute stroke units", "hyper acut strok unit"},
		{"£190m by 2021, c300 attendees", "attende"},
		{"planned projects", "plan project"},
	}
	for _, tt := range tests {
		if got := strings.Join(terms(tt.in), " "); got != tt.want {
			t.Errorf("terms(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestReportsDone(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"the formal public consultation on the future of acute stroke services was launched on Friday 2 February", true},
		{"The integrated system went live on 1 March 2018.", true},
		{"The conference took place in Maidstone on Tuesday 13 March 2018.", true},
		{"A joint committee ... has been established and will be the key decision making group", true},
		{"Speakers’ slides have been published on the Kent and Medway STP website.", true},
		{"the conference which had happened the previous week", true},
		{"Glenn Douglas has been formally appointed Chief Executive", true},
		{"a formal public consultation which is hoped to take place in early 2018", false},
		{"The workstream has been tasked with saving £190m by 2021", false},
		{"The consultation will be launched in the spring", false},
		{"The plan is to be published in June", false},
		{"The report has not been published", false},
		{"It is anticipated that the decision will be made in the autumn this year.", false},
		{"The consultation period runs for ten weeks until midnight on Friday 13 April", false},
	}
	for _, tt := range tests {
		if got := reportsDone(tt.s); got != tt.want {
			t.Errorf("reportsDone(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

func TestSplitSentences(t *testing.T) {
	text := "Launch of stroke services consultation\nThe bid (eg the letter) is due. It has eight projects:\n  • Pathology\nDone!"
	var got []string
	for _, s := range splitSentences(text) {
		got = append(got, s.text)
		if string([]rune(text)[s.start:s.end]) != s.text {
			t.Errorf("span %d-%d does not give %q", s.start, s.end, s.text)
		}
	}
	want := []string{"Launch of stroke services consultation", "The bid (eg the letter) is due.", "It has eight projects:", "Pathology", "Done!"}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("sentences (-want +got):\n%s", d)
	}
}

func TestWordDiff(t *testing.T) {
	tests := []struct {
		a, b string
		want []Segment
	}{
		{"saving £190m by 2021", "saving £210m by 2021", []Segment{{OpEqual, "saving £"}, {OpDelete, "190m"}, {OpInsert, "210m"}, {OpEqual, " by 2021"}}},
		{"due on 1 February 2018", "due on 1 April 2018", []Segment{{OpEqual, "due on 1 "}, {OpDelete, "February"}, {OpInsert, "April"}, {OpEqual, " 2018"}}},
		{"same", "same", []Segment{{OpEqual, "same"}}},
		{"", "new words", nil},
		{"The first meeting is likely in September.", "A joint committee has been established.", nil}, // too different to mark
	}
	for _, tt := range tests {
		got := wordDiff(tt.a, tt.b)
		if d := cmp.Diff(tt.want, got); d != "" {
			t.Errorf("wordDiff(%q, %q) (-want +got):\n%s", tt.a, tt.b, d)
		}
	}
}
