package compare

import (
	"strings"
	"testing"

	"github.com/minutes-tool/minutes/schema"
)

// similarity scores two sentences of two records as Diff would, with
// document frequencies over both records.
func similarity(t *testing.T, a, b *schema.Record, sa, sb string) float64 {
	t.Helper()
	o, n := newSide(a), newSide(b)
	m := newModel(append(o.docs(), n.docs()...))
	vec := func(s *side, text string) vector {
		i := strings.Index(s.rec.Text, text)
		if i < 0 {
			t.Fatalf("%q not in %s", text, s.rec.Source.Name)
		}
		return m.vector(terms(text + " " + s.itemAt(len([]rune(s.rec.Text[:i])))))
	}
	return cosine(vec(o, sa), vec(n, sb))
}

// TestThreshold pins the threshold between pairs that are one topic and
// pairs that merely share a word.
func TestThreshold(t *testing.T) {
	tests := []struct {
		name       string
		old, new   func() *schema.Record
		a, b       string
		match      bool
		figureOnly bool
	}{
		{"consultation planned and launched", meeting002, meeting004,
			"The location of those units will be determined by a formal public consultation which is hoped to take place in early 2018.",
			"the formal public consultation on the future of acute stroke services was launched on Friday 2 February.", true, false},
		{"go-live moved", meeting002, meeting004,
			"The information systems of all the CCGs will be integrated with full ‘go-live’ of the integrated system on 1 February 2018.",
			"Full ‘go-live’ of the integrated system across all the CCGs is now expected on 1 April 2018.", true, false},
		{"savings target restated", meeting002, meeting004,
			"The workstream has been tasked with saving £190m by 2021",
			"The workstream has been tasked with saving £210m by 2021", true, false},
		{"deep dives", meeting000, meeting002,
			"The programme board will, in future, have a meeting structure that allows for occasional ‘deep dives’",
			"The Programme Board’s meeting structure allows for occasional ‘deep dives’", true, false},
		{"stroke and workforce consultations", meeting004, meeting003,
			"The consultation period runs for ten weeks until midnight on Friday 13 April and consultation engagement activity is underway to gather feedback and responses to the proposals from a wide range of stakeholders and audiences.",
			"The consultation closes on 23 March 2018.", false, false},
		{"stroke decision and workforce consultation", meeting004, meeting003,
			"It is anticipated that the decision will be made in the autumn this year.",
			"The consultation closes on 23 March 2018.", false, false},
		{"medical school bid and go-live", meeting002, meeting004,
			"Canterbury Christ Church University and University of Kent are bidding jointly",
			"Full ‘go-live’ of the integrated system across all the CCGs is now expected on 1 April 2018.", false, false},
		{"PMO post and go-live", meeting000, meeting002,
			"The post of PMO Lead needs to be re-recruited.",
			"The information systems of all the CCGs will be integrated with full ‘go-live’ of the integrated system on 1 February 2018.", false, false},
	}
	for _, tt := range tests {
		s := similarity(t, tt.old(), tt.new(), tt.a, tt.b)
		t.Logf("%-45s %.3f", tt.name, s)
		if got := s >= Threshold; got != tt.match {
			t.Errorf("%s: similarity %.3f, threshold %.2f: match %v, want %v", tt.name, s, Threshold, got, tt.match)
		}
	}
}

// TestSharedTerms: a topic needs two shared words, and the words any two
// sentences of one council share do not count.
func TestSharedTerms(t *testing.T) {
	m := newModel([][]string{terms("a"), terms("b")})
	v := func(s string) vector { return m.vector(terms(s)) }
	tests := []struct {
		a, b string
		want bool
	}{
		{"Councillors were asked to consider other ways the Council could support local communities",
			"The letter had been circulated previously to all Councillors of the Community Council", false},
		{"The AGM would be held remotely on Wednesday 8th July",
			"The service was held once a year with the police in attendance", false},
		{"The location of those units will be determined by a formal public consultation",
			"the formal public consultation on acute stroke services was launched", true},
		{"Cllr. O. Williams would send a letter outlining the Council’s objections to One Planet developments",
			"A letter outlining the Community Council’s views on One Planet developments had been circulated", true},
	}
	for _, tt := range tests {
		if got := shared(v(tt.a), v(tt.b)) >= minShared; got != tt.want {
			t.Errorf("%q ~ %q: one topic %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
