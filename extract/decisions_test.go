package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/minutes-tool/minutes/extract/internal/commitments"
	"github.com/minutes-tool/minutes/extract/internal/decisions"
	"github.com/minutes-tool/minutes/extract/internal/dispositions"
	"github.com/minutes-tool/minutes/extract/internal/doc"
)

// show prints a vote's numbers for comparison; nil shows as "-".
func show(p *int) string {
	if p == nil {
		return "-"
	}
	return fmt.Sprint(*p)
}

func mustParse(t testing.TB, text string) *doc.Document {
	t.Helper()
	d, err := parseAs(text, doc.FormatText)
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	return d
}

func TestDecisionKinds(t *testing.T) {
	tests := []struct {
		in   string
		kind string // "" means no decision
	}{
		{"RESOLVED that the minutes be signed as a correct record.", "resolved"},
		{"The Council RESOLVED to elect Councillor Beck as Vice Chairman for the meeting.", "resolved"},
		{"The Committee agreed the revised terms of reference.", "agreed"},
		{"It was agreed that the AGM would be held remotely.", "agreed"},
		{"The Terms of Reference were agreed.", "agreed"},
		{"Six of the eight CCGs have agreed the proposal.", "agreed"},
		{"The Board approved these plans and budgets and will receive regular updates.", "approved"},
		{"The Risk Assessment for 2020/21, as previously circulated, was unanimously approved.", "approved"},
		{"It was unanimously agreed to approve the renewal of insurance with Zurich Municipal.", "approved"},
		{"It was proposed by Cllr. J. Davies, seconded by Cllr. A. Thomas and unanimously agreed that the Annual Return be approved.", "approved"},
		{"The Board noted that process reform is central to the agenda.", "noted"},
		{"Lloyds Bank, Sheet Number 27 dated 1st April 2020, Balance of £6,564.21 Noted", "noted"},
		{"The CPB recommended that there should be further engagement.", "recommended"},
		{"The Board welcomed the international aspects of the strategy.", "endorsed"},
		{"The Programme Board are strongly in support of this bid.", "endorsed"},
		{"The item was deferred to the next meeting.", "deferred"},
		{"The amendment was rejected.", "rejected"},
		{"Not to be taken forward.", "rejected"},
		{"The criteria have been signed off by clinicians.", "approved"},
		{"NO OBJECTIONS", "other"},
		{"Motion carried 5-0.", "agreed"},
		{"MOTION CARRIED (5–0)", "agreed"},
		{"Carried unanimously.", "agreed"},
		{"Motion failed 2-3.", "rejected"},
		{"Consent agenda is approved.", "approved"},
		{"Motion to adopt the plan. TABLED.", "deferred"},
		{"Motion by Smith, second by Jones, to adopt the plan. Motion tabled until May.", "deferred"},
		{"The motion failed.", "rejected"},
		{"The amendment was defeated 2-5.", "rejected"},
		{"Chair Tisdale declared the motion PASSED.", "agreed"}, // a vote's outcome; what passed is not said
		{"Sue Hale made a motion to approve the budget, Tom Boyd seconded the motion, the motion has passed.", "approved"},
		{"Cllr Ames proposed adoption of the report seconded by Cllr Boyd.", "approved"}, // moved and seconded, as "Moved by A and seconded by B"
		{"Minutes of the last meeting\nApproved and signed.", "approved"},
		{"Mill House extension – Refusal recommended", "recommended"},
		{"Consensus: we will hold the summit in May.", "agreed"},
		{"    - Ryan: Decision made to form it.", "agreed"},                   // decision-opens past the speaker
		{"Ryan: Decision - next 4 weeks, stick with video calls.", "agreed"},  // decision-label past the speaker
		{"+ Voted to accept the draft patent policy as official", "approved"}, // voted-to-approve
		// Not decisions.
		{"Ryan: we might decide on the time later.", ""},
		{"The Chairman welcomed everyone to the meeting.", ""},
		{"The Chair thanked the Clerk for her work.", ""},
		{"Minutes – Parish Council – 4 May 2019 Page 3", ""},
		{"The motion was withdrawn.", ""}, // neither decided nor voted on
		{"Motion to adopt the plan. WITHDRAWN.", ""},
		{"The report was tabled at the meeting.", ""}, // put forward, not put off
		{"The Board received an update on the productivity workstream.", ""},
		{"MW agreed to write a blog post on the positive impact of standards.", ""},
		{"The minutes will be approved at the next meeting.", ""},
		{"Standards that had been adopted in England were discussed.", ""},
		{"Workers lost ground at the stadium.", ""},
		{"Using agreed criteria the options were scored.", ""},
		{"Was the proposal agreed?", ""},
	}
	for _, tc := range tests {
		d := mustParse(t, tc.in)
		got := decisions.Find(d, doc.Units(d), dispositions.Find(d))
		if tc.kind == "" {
			if len(got) != 0 {
				t.Errorf("%q: got decision %q (%s), want none", tc.in, got[0].Text, got[0].Kind)
			}
			continue
		}
		if len(got) != 1 {
			t.Errorf("%q: got %d decisions, want 1", tc.in, len(got))
			continue
		}
		if got[0].Kind != tc.kind {
			t.Errorf("%q: kind %s, want %s", tc.in, got[0].Kind, tc.kind)
		}
	}
}

func TestVotes(t *testing.T) {
	n := func(i int) *int { return &i }
	s := func(v string) *string { return &v }
	type vote struct {
		For, Against, Abstain *int
		Outcome               *string
	}
	tests := []struct {
		in   string
		want vote
	}{
		{"Motion carried 5-0.", vote{n(5), n(0), nil, s("carried")}},
		{"MOTION CARRIED (5–0)", vote{n(5), n(0), nil, s("carried")}},
		{"Motion carried 4-1-1.", vote{n(4), n(1), n(1), s("carried")}},
		{"Carried unanimously.", vote{nil, nil, nil, s("carried unanimously")}},
		{"The motion was approved. Ayes: 4 Nays: 1", vote{n(4), n(1), nil, s("carried")}},
		{"The budget was approved. For 7, Against 2, Abstentions 1", vote{n(7), n(2), n(1), s("carried")}},
		{"On a Y-5 roll call, the Consent Agenda was adopted.", vote{n(5), nil, nil, s("carried")}},
		{"Jeremy proposes that we elect Mason as President. All say aye (Jeremy, Kevin).", vote{n(2), nil, nil, s("carried")}},
		{"Ayes: Kim, Ortiz and Webb. Nays: Hale.", vote{n(3), n(1), nil, s("carried")}},
		{"Cllr Hale and Cllr Boyd voted against the motion.", vote{nil, n(2), nil, nil}},
		{"Motion by Smith, second by Jones, to approve the minutes. Motion carried by Smith yea, Jones yea, Lee nay.", vote{n(2), n(1), nil, s("carried")}},
		{"The budget was approved. Result: 4 for, 1 against.", vote{n(4), n(1), nil, s("carried")}},
		{"MOVED: Cr Barnes SECONDED: Cr Bethel CARRIED RESOLUTION NO.2017/GM2012 5/0", vote{n(5), n(0), nil, s("carried")}},
		{"CARRIED 4/1/1", vote{n(4), n(1), n(1), s("carried")}},
	}
	for _, tc := range tests {
		d := mustParse(t, tc.in)
		toks := doc.Tokenize(d.Text, 0, len(d.Text))
		v := decisions.VoteOf(toks)
		if v == nil {
			t.Errorf("%q: no vote", tc.in)
			continue
		}
		str := func(v vote) string {
			o := "-"
			if v.Outcome != nil {
				o = *v.Outcome
			}
			return show(v.For) + "/" + show(v.Against) + "/" + show(v.Abstain) + " " + o
		}
		got := vote{v.For, v.Against, v.Abstain, v.Outcome}
		if str(got) != str(tc.want) {
			t.Errorf("%q: vote %s, want %s", tc.in, str(got), str(tc.want))
		}
	}
}

func TestMoverSeconder(t *testing.T) {
	tests := []struct {
		in              string
		mover, seconder string
	}{
		{"It was proposed by Cllr. P. Harries, seconded by Cllr. W. Loynton and unanimously agreed that the minutes were correct.", "P. Harries", "W. Loynton"},
		{"Motion by Smith, second by Jones, to approve the minutes. Motion carried 5-0.", "Smith", "Jones"},
		{"Motion to accept the substitute ordinance: Moved by Commissioner Fish and seconded by Commissioner Fritz.", "Fish", "Fritz"},
		{"Cllr Ames proposed adoption of the report seconded by Cllr Boyd.", "Ames", "Boyd"},
		{"Sue Hale made a motion to approve the budget, Tom Boyd seconded the motion, the motion has passed.", "Sue Hale", "Tom Boyd"},
		{"Motion to adopt the plan. Seconded by Cllr Boyd. Carried.", "", "Boyd"},
		{"CONSIDERATION OF MINUTES RESOLUTION: That the Minutes be confirmed. MOVED: Cr Barnes SECONDED: Cr Bethel CARRIED 5/0", "Barnes", "Bethel"},
	}
	for _, tc := range tests {
		d := mustParse(t, tc.in)
		got := decisions.Find(d, doc.Units(d), dispositions.Find(d))
		if len(got) != 1 {
			t.Errorf("%q: got %d decisions, want 1", tc.in, len(got))
			continue
		}
		m, s := "", ""
		if got[0].Mover != nil {
			m = *got[0].Mover
		}
		if got[0].Seconder != nil {
			s = *got[0].Seconder
		}
		if m != tc.mover || s != tc.seconder {
			t.Errorf("%q: mover %q seconder %q, want %q %q", tc.in, m, s, tc.mover, tc.seconder)
		}
	}
}

func TestDispositions(t *testing.T) {
	in := "38 Request of Joe Rastatter to address Council regarding fair wages at PGE Park  (Communication)  PLACED ON FILE  " +
		"*42 Accept and appropriate a grant for five Americorps VISTA volunteers  (Ordinance)  (Y-5) 184349  " +
		"45 Adopt a Waste Reduction Program  (Ordinance)  PASSED TO  SECOND READING JANUARY 19, 2011 AT 9:30 AM Bureau of Transportation  " +
		"*47 Authorize Intergovernmental Agreement with TriMet  (Ordinance)  REFERRED TO COMMISSIONER OF FINANCE AND ADMINISTRATION  " +
		"41 Appoint Alison Stoll to the Committee  (Report)  (Y-5) CONFIRMED"
	d := mustParse(t, in)
	var got []string
	for _, dec := range decisions.Find(d, doc.Units(d), dispositions.Find(d)) {
		got = append(got, dec.Kind+": "+dec.Text)
	}
	want := []string{
		"noted: 38 Request of Joe Rastatter to address Council regarding fair wages at PGE Park  (Communication)  PLACED ON FILE",
		"approved: *42 Accept and appropriate a grant for five Americorps VISTA volunteers  (Ordinance)  (Y-5) 184349",
		"deferred: 45 Adopt a Waste Reduction Program  (Ordinance)  PASSED TO  SECOND READING JANUARY 19, 2011 AT 9:30 AM",
		"other: *47 Authorize Intergovernmental Agreement with TriMet  (Ordinance)  REFERRED TO COMMISSIONER OF FINANCE AND ADMINISTRATION",
		"approved: 41 Appoint Alison Stoll to the Committee  (Report)  (Y-5) CONFIRMED",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("dispositions:\ngot  %s\nwant %s", strings.Join(got, "\n     "), strings.Join(want, "\n     "))
	}
	cs := commitments.Find(d, doc.Units(d), dispositions.Find(d))
	if len(cs) != 1 || cs[0].Text != "PASSED TO  SECOND READING JANUARY 19, 2011 AT 9:30 AM" {
		t.Errorf("second reading commitment: got %+v", cs)
	}
}

// FuzzDecisions checks that the decision recogniser never panics and
// that every span lies inside the text and equals the decision's text.
func FuzzDecisions(f *testing.F) {
	for _, s := range []string{
		"RESOLVED that the minutes be signed.",
		"Motion by Smith, second by Jones, to approve. Motion carried 5-0.",
		"45 Adopt  (Ordinance)  (Y-5) 184350 *46 Accept  (Report)  PLACED ON FILE",
		"Balance of £6,564.21\nNoted",
		"(Y-",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := parseAs(s, doc.FormatText)
		if err != nil {
			return
		}
		for _, dec := range decisions.Find(d, doc.Units(d), dispositions.Find(d)) {
			if dec.Span.Start < 0 || dec.Span.End > len(d.Text) || dec.Span.Start > dec.Span.End {
				t.Fatalf("span %v outside text of %d", dec.Span, len(d.Text))
			}
			if d.Text[dec.Span.Start:dec.Span.End] != dec.Text {
				t.Fatalf("text %q != span text %q", dec.Text, d.Text[dec.Span.Start:dec.Span.End])
			}
		}
	})
}

// parseAs parses text as format f, as the CLI's --format does.
func parseAs(text string, f doc.Format) (*doc.Document, error) {
	d, _, err := parse(text, f, f)
	return d, err
}
