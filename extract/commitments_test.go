package extract

import (
	"github.com/minutes-tool/minutes/extract/internal/commitments"
	"github.com/minutes-tool/minutes/extract/internal/dispositions"
	"github.com/minutes-tool/minutes/extract/internal/doc"
	"github.com/minutes-tool/minutes/extract/internal/lex"
)

import (
	"slices"
	"strings"
	"testing"
)

func TestCommitments(t *testing.T) {
	tests := []struct {
		in    string
		want  bool
		owner string // "" not checked, "-" none
	}{
		{"The first meeting of the joint committee is likely to be in September.", true, ""},
		{"A further meeting of the JHOSC was due to take place on 22 January.", true, ""},
		{"The length of the public consultation had not yet been determined but would be for a maximum of 12 weeks.", true, ""},
		{"The bid needs to be submitted to HEFCE by 23 November 2017.", true, ""},
		{"A full evaluation and report on the conference is forthcoming.", true, ""},
		{"Clerk to ask the county council to repair the fence.", true, "Clerk"},
		{"Action 3: MW to circulate the paper.", true, "MW"},
		{"Andrew will get a quote.", true, "Andrew"},
		{"Cllr. O. Williams would send a letter to the Welsh Government.", true, "O. Williams"},
		{"New estates planning guidance is expected from NHS England later in the spring.", true, ""},
		{"The next meeting is planned for November 2011.", true, ""},
		{"It was suggested that a tree overhanging the monument should be cut down.", true, ""},
		{"Simon will provide the data with these minutes.", true, "Simon"},
		{"Will Perrin to highlight the subject of naming offenders on Talk About Local.", true, "Will Perrin"},
		{"Action: HMT financial reporting policy team to consider the workshop approach.", true, "HMT financial reporting policy team"},
		{"Action 5: Panel members to utilise networks to contact groups.", true, "Panel members"},
		{"Cllr. H. Gwynne would look into the damaged fencing.", true, "H. Gwynne"},
		{"Simon Denison said he would raise this with the Information Commissioner's Office.", true, "Simon Denison"},
		{"MW explained the plan for the website. He said that he wished to do some more work on it before the next meeting.", true, "MW"},
		{"The Accountable Officer said that she would feed back comments to the group.", true, "Accountable Officer"},
		{"Hazel asked the relevant leads (eg chief executives, medical directors) of all partner organisations to sign a letter of support.", true, "relevant leads of all partner organisations"},
		{"The Chair asked the Clerk to investigate the complaint.", true, "Clerk"},
		{"The Board approved these plans and budgets and will receive regular detailed updates on progress.", true, "Board"},
		{"Tobie has comments and will swing back to see if they have been addressed.", true, "Tobie"},
		{"It was agreed by the Board that in principle, it would take an approach of adopting FHIR.", true, "Board"},
		{"A joint committee of the CCGs has been established and will be the key decision making group.", true, "-"},
		{"AI: Dana check the boiler quote.", true, "Dana"},
		{"AI: Shane: follow up with the PMC about the domain name.", true, "Shane"},
		{"0.5mm bone and soft tissue, maybe to also include 5mm axials, HC to look at this.", true, "HC"},
		{"Seemed to trend towards having a foundation account, Michael to confirm and then push forward.", true, ""},
		{"Decision: Jeremy to add Mason and Kevin as cosigners on the account.", true, "Jeremy"}, // an action item after a label
		{"Councillors were asked to consider other ways to support local communities.", true, "Councillors"},
		{"The Return to be signed by the Chairperson and submitted to the auditor.", true, "Chairperson"},
		{"Action 1: Copy of the Terms of Reference to be circulated to the Panel.", true, "-"},
		{"ACTION: Simon to circulate the revised terms of reference.", true, "Simon"},
		{"Actions\n\n1. Clerk inform the tenants of the new rules.\n", true, "Clerk"},
		{"Actions\n\n1. Gather Trust CT GI protocols.\n", true, "-"},
		{"Actions\n\n1. Ryan: Send out async time coordination for meetings in the next 4 weeks.\n", true, "Ryan"},
		{"Actions\n\n1. To arrange an ad hoc meeting to agree CT protocols within the next 6 months.\n", true, "-"},
		{"We have an external consultant with us who will help us with management reports and oversight.", true, ""},
		{"Each parking garage will have an automated in and out, no cashier at the entrance.", true, ""},
		{"The final options will be subject to formal public consultation in 2018.", true, ""},
		{"It has been established and will be the key decision making group for the work.", true, ""},
		{"A merger is one potential option which will be discussed in the coming months.", true, ""},
		{"The immediate next step would be increased detail on the offence categories.", true, ""},
		{"Permission was given for a screen shot of participants to be taken and posted on social media.", true, ""},
		{"A refreshed version of this document is due to be published in early 2018.", true, ""},
		{"Work on the strategies (due for publication in the Spring) will supersede this action.", true, ""},
		{"They also set out their view that this decision needed to be taken urgently.", true, ""},
		{"The post of PMO Lead needs to be re-recruited.", true, ""},
		{"The substitution has been accepted and moves on to a second reading next week.", true, ""},
		{"We can help them with our lobbying training coming up on january 18th.", true, ""},
		{"The workstream highlighted three supporting factors that they want to improve.", true, ""},
		{"It was agreed that the Clerk write to the county council.", true, "Clerk"},
		{"It was proposed by Cllr. J. Davies, seconded by Cllr. A. Thomas and unanimously agreed that the Clerk write to the county council.", true, "Clerk"},
		{"I would like to get copies of those annual audits.", true, ""},
		{"Staff are working together with citizens to bring a citywide strategic plan later this year.", true, ""},
		{"We're consulting residents on the options next month.", true, ""},
		{"Adam Thompson to discuss with the Home Office whether the contract could be released.", true, "Adam Thompson"},
		{"He said that it would take an approach of adopting FHIR and adapting it for Wales.", true, ""},
		{"It was proposed by Cllr. J. Davies, seconded by Cllr. Arwel Davies and unanimously agreed to purchase from Centaframe.", true, "-"},
		{"It was unanimously agreed that the AGM would be held remotely on Wednesday 8th July.", true, "-"},
		{"The Board agreed that a website would be created using the automated tools.", true, "Board"},
		// Not commitments.
		{"Changing to three sites would improve the service.", false, ""},
		{"It will help improve services for patients.", false, ""},
		{"A proposal to merge would require all the CCGs to seek support.", false, ""},
		{"He said that cloud should not be encouraged for the wrong reasons.", false, ""},
		{"He said he thought Wales should go for FHIR.", false, ""},
		{"Work continues to establish a joint committee.", false, ""},
		{"MW asked what would be the best assistance the Board would lend.", false, ""},
		{"Will Perrin was concerned about the data.", false, ""},
		{"It would be helpful to have an Open Data manual.", false, ""},
		{"Making decisions across CCGs will provide consistency.", false, ""},
		// Spoken transcript: the speaker running the meeting, courtesies, stances.
		{"Adams: We'll begin with communications.", false, ""},
		{"I'll turn this over to Ron to talk about the specifics of this contract.", false, ""},
		{"Unless there's objection, i'll refer it back to my office.", false, ""},
		{"Without objection, the item will be referred back to the commissioner's office.", false, ""},
		{"Unless there's objections, the record will note that as a scrivener's error.", false, ""},
		{"We will note for the record an additional error.", false, ""},
		{"I would like to thank members of your staff for their input.", false, ""},
		{"I'd like to thank my newest staff member, and I would like to introduce our new manager.", false, ""},
		{"I want to follow up on something that commissioner Fritz raised.", false, ""},
		{"We want to make sure that's thoroughly considered.", false, ""},
		{"So i'll be watching that closely.", false, ""},
		{"I'm happy to bring this ordinance forward.", false, ""},
		{"It's great to work with you all.", false, ""},
		{"Pleased to vote aye.", false, ""},
		{"Empowered to make a decision, ok.", false, ""},
		{"We're open to revisiting and making reports to council as necessary.", false, ""},
		{"We decide to raise rates, we'll raise -- we can raise rates.", false, ""},
		{"I just assumed it was going to come back to us at three years.", false, ""},
		{"When I told her that ordinance was going to kick in again, she cried.", false, ""},
		{"As you will see from the report, the figures have improved.", false, ""},
		{"As members will recall, the scheme was approved in 2019.", false, ""},
		{"You'll know that the consultation has closed.", false, ""},
		// Questions, direct and indirect.
		{"What's the mechanism, how will this be cooperated.", false, ""},
		{"He also asked whether public feedback will be acted on transparently.", false, ""},
		{"Will Perrin raised the issue of who would have ownership rights.", false, ""},
		{"Will also thought the objectives should state the aim.", false, ""},
		// Predictions, assessments and states.
		{"Net revenue to the city will be based on actual revenue.", false, ""},
		{"The annual audits will be -- will be related to the criteria.", false, ""},
		{"We are seeking a stable solution that will last three years.", false, ""},
		{"My comments will be brief.", false, ""},
		{"So it would be at the kiosk.", false, ""},
		{"And it will take conscientiousness on your part to see it is implemented.", false, ""},
		{"The benefits of the work would, however, only be realised in the longer term.", false, ""},
		{"The access lane is unsuitable for the traffic that will be generated by this development.", false, ""},
		{"This will be compounded with the release of outcome information in May.", false, ""},
		{"The majority of reported crimes will have no resolution.", false, ""},
		{"That would be a matter for the Board.", false, ""},
		{"Portlanders appreciate that we're running these much like a business would run their operations.", false, ""},
		{"The gross revenues are anticipated to be $66 million over the contract term.", false, ""},
		{"Currently, it is expected that about 60% of reported crimes can be matched to an outcome.", false, ""},
		{"New data were not likely to be available in the short term.", false, ""},
		{"It was agreed that Councillors should always be aware of any discrimination.", false, ""},
		// Needs, permissions and conditions, not plans.
		{"The process requires all options to be evaluated using agreed criteria.", false, ""},
		{"He was clear on the need for a public debate and for disclosure of information to be driven by local needs.", false, ""},
		{"It does not allow the data to be shared more widely.", false, ""},
		{"He advised there was provision for privately-owned information to be re-used publicly.", false, ""},
		{"While all departments were publishing data there was still work to be done.", false, ""},
		{"STPs need a plan if they are to be considered for investment.", false, ""},
		{"So that may still have yet to be determined.", false, ""},
		{"Those children are less likely to be involved in criminal activity.", false, ""},
		{"The secretariat needed to be involved and active.", false, ""},
		{"The Panel recognised that care needs to be taken as sensitive information is included.", false, ""},
		{"A Committee Member said that it needed to be ensured that services catered for younger people.", false, ""},
		{"Draft narrative is to be discussed at item 6.", false, ""},
		{"The group was working on the plan, which ended last year.", false, ""},
		{"Officers were reviewing the scheme next year, as reported.", false, ""},
		// Causes, not schedules.
		{"DUE TO LACK OF AN AGENDA THERE WAS NO MEETING.", false, ""},
		{"The Remembrance Service had been held on Sunday 8th November, due to Covid 19 this had involved a procession.", false, ""},
		{"Bespoke information is not feasible due to operational constraints.", false, ""},
		// Not action items: the words before "to" do not name who acts.
		{"Two events help to sustain my spirit this time of year.", false, ""},
		{"This report invites the Committee to consider the attached update.", false, ""},
		{"A formal proposal to establish a strategic commissioner has been considered.", false, ""},
		{"Set a date to stop updating the site.", false, ""},
		{"• Consent to agenda", false, ""},
		{"The paper sets out an approach to driving greater transparency.", false, ""},
		{"Workers deserve to be treated fairly.", false, ""},
		{"• frequently asked questions and responses to queries.", false, ""},
		{"He wrote to court managers and asked them to be mindful of the guidance.", false, ""},
		{"The Board had a session, the purpose of which was to give Board members an understanding.", false, ""},
		// The decision itself, taken at the meeting.
		{"It was proposed by Cllr. J. Davies, seconded by Cllr. A. Thomas and unanimously agreed that the Annual Return be approved.", false, ""},
		{"It was unanimously agreed to approve the renewal of insurance with Zurich Municipal.", false, ""},
	}
	for _, tc := range tests {
		d := mustParse(t, tc.in)
		got := commitments.Find(d, doc.Units(d), dispositions.Find(d))
		if !tc.want {
			if len(got) != 0 {
				t.Errorf("%q: got commitment %q, want none", tc.in, got[0].Text)
			}
			continue
		}
		if len(got) != 1 {
			t.Errorf("%q: got %d commitments, want 1", tc.in, len(got))
			continue
		}
		owner := ""
		if got[0].Owner != nil {
			owner = *got[0].Owner
		}
		if tc.owner == "-" && owner != "" {
			t.Errorf("%q: owner %q, want none", tc.in, owner)
		}
		if tc.owner != "" && tc.owner != "-" && owner != tc.owner {
			t.Errorf("%q: owner %q, want %q", tc.in, owner, tc.owner)
		}
	}
}

func TestCommitmentDueLine(t *testing.T) {
	d := mustParse(t, "Action: The Transparency Director will present at a future Board.\nDue: September\n")
	got := commitments.Find(d, doc.Units(d), dispositions.Find(d))
	if len(got) != 1 {
		t.Fatalf("got %d commitments, want 1", len(got))
	}
	if want := "Action: The Transparency Director will present at a future Board.\nDue: September"; got[0].Text != want {
		t.Errorf("text %q, want %q", got[0].Text, want)
	}
}

func TestOldActionsAreNotCommitments(t *testing.T) {
	d := mustParse(t, "2. Update on action points at last meeting\nAction 1: Simon Denison to investigate best practice.\n\n3. Police.uk\nAction: Adam Thompson to examine the possibility of a lessons learned exercise.\n")
	got := commitments.Find(d, doc.Units(d), dispositions.Find(d))
	if len(got) != 1 || got[0].Owner == nil || *got[0].Owner != "Adam Thompson" {
		t.Errorf("got %+v, want only Adam Thompson's action", got)
	}
}

// FuzzCommitments checks that the commitment recogniser never panics and
// that every span lies inside the text and equals the commitment's text.
func FuzzCommitments(f *testing.F) {
	for _, s := range []string{
		"Clerk to follow up.",
		"Action: X will do it.\nDue: June",
		"Actions\n\n1.\tAgree letter at next meeting.",
		"the bid needs to be submitted by 23 November 2017",
		"to be",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := parseAs(s, doc.FormatText)
		if err != nil {
			return
		}
		for _, c := range commitments.Find(d, doc.Units(d), dispositions.Find(d)) {
			if c.Span.Start < 0 || c.Span.End > len(d.Text) || c.Span.Start > c.Span.End {
				t.Fatalf("span %v outside text of %d", c.Span, len(d.Text))
			}
			if d.Text[c.Span.Start:c.Span.End] != c.Text {
				t.Fatalf("text %q != span text %q", c.Text, d.Text[c.Span.Start:c.Span.End])
			}
		}
	})
}

// TestAgreedClauseOwner checks that a motion's mover and seconder are
// never the owner: the clause after "agreed that" names who acts, or no
// one when it says what is done to a thing.
func TestAgreedClauseOwner(t *testing.T) {
	tests := []struct{ in, want string }{
		{"It was proposed by Cllr. J. Davies, seconded by Cllr. A. Thomas and unanimously agreed that the Annual Return be approved.", ""},
		{"It was proposed by Cllr. J. Davies, seconded by Cllr. A. Thomas and unanimously agreed that the Clerk write to the county council.", "Clerk"},
		{"Proposed by Cllr. J. Davies, seconded by Cllr. A. Thomas and agreed that Cllr. H. Gwynne inspect the fence.", "H. Gwynne"},
		{"It was proposed by Cllr. J. Davies, seconded by Cllr. W. Loynton and unanimously agreed that the letter would be sent to the local MP.", ""},
	}
	for _, tc := range tests {
		toks := doc.Tokenize(tc.in, 0, len(tc.in))
		cue := -1
		for i, tk := range toks {
			if tk.Lower == "agreed" {
				cue = i
			}
		}
		got := ""
		if o := commitments.OwnerOf(tc.in, toks, cue); o != nil {
			got = *o
		}
		if got != tc.want {
			t.Errorf("%q: owner %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestLowerSearches checks the searches that spare lowering against
// strings.ToLower, including the two runes outside ASCII that lower into
// it.
func TestLowerSearches(t *testing.T) {
	texts := []string{
		"", "Actions", "ACTIONS:", "Action Points", "actİon points", "ACTİONS", "Action log ", "action  log",
		"Update on action points at last meeting", "UPDATE ON ACTION POINTS AT LAST MEETING",
		"Outstanding Actİons", "acti\u00f3n", "Summary of Actions", "summary of actions arising",
		"\u212aent actions", "New actions \u00e9", "a\x00ction", "Prior to", "PRIOR\tTO", "transaction from meetings",
	}
	subs := append([]string{"action"}, commitments.ReviewMarks...)
	for _, s := range texts {
		for _, sub := range subs {
			if got, want := commitments.ContainsLower(s, sub), strings.Contains(strings.ToLower(s), sub); got != want {
				t.Errorf("containsLower(%q, %q) = %v, want %v", s, sub, got, want)
			}
		}
		want := lex.ActionHeadings[strings.ToLower(strings.TrimSpace(strings.TrimRight(s, ": ")))]
		if got := commitments.IsActionHeading(s); got != want {
			t.Errorf("isActionHeading(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestClosedActions: an action log's rows marked done or dropped are
// reports of the past, kept in closed_actions; the rows still open stay
// commitments.
func TestClosedActions(t *testing.T) {
	for _, tc := range []struct {
		format, in   string
		open, closed []string
	}{
		{"md", "## Outstanding Actions - updates\n- [NM] Share the poll with the community. - done\n- [NL] Plan a virtual event. - action assigned\n",
			[]string{"[NL] Plan a virtual event. - action assigned"}, []string{"[NM] Share the poll with the community. - done"}},
		{"md", "### Actions\n\n1. To arrange an ad hoc meeting to agree protocols \\[Closed]\n2. Approach the vendor about templates \\[new for Dan Fascia]\n",
			[]string{"Approach the vendor about templates [new for Dan Fascia]"}, []string{"To arrange an ad hoc meeting to agree protocols [Closed]"}},
		{"html", "<h2>Action log</h2><table><tr><th>Action</th><th>Owner</th><th>Status</th></tr><tr><td>Write to the council</td><td>Clerk</td><td>Open</td></tr><tr><td>Circulate the budget</td><td>Treasurer</td><td>Withdrawn</td></tr></table>",
			[]string{"Write to the council\tClerk\tOpen"}, []string{"Circulate the budget\tTreasurer\tWithdrawn"}},
	} {
		rec, err := ExtractBytes([]byte(tc.in), "actions."+tc.format, Options{})
		if err != nil {
			t.Fatal(err)
		}
		var open, closed []string
		for _, c := range rec.Commitments {
			open = append(open, c.Text)
		}
		for _, c := range rec.ClosedActions {
			closed = append(closed, c.Text)
			if !c.Closed() {
				t.Errorf("%q in closed_actions with status %v", c.Text, c.Status)
			}
		}
		if !slices.Equal(open, tc.open) || !slices.Equal(closed, tc.closed) {
			t.Errorf("%q:\ncommitments %q, want %q\nclosed %q, want %q", tc.in, open, tc.open, closed, tc.closed)
		}
	}
}

// TestIssue14Commitments runs whole documents through Extract for the
// phenomena of issue 14: each sentence, after a meeting on 6 May 2024,
// gives the commitments listed, with their owners ("-" none) and due
// dates ("" none).
func TestIssue14Commitments(t *testing.T) {
	type want struct{ owner, due string }
	for _, tc := range []struct {
		in   string
		want []want
	}{
		{"Clerk inform the tenants.", []want{{"Clerk", ""}}},
		{"Members noted the report.", nil},
		{"John Smith reported that the fence was broken. He is arranging for the surveyor to visit.", []want{{"John Smith", ""}}},
		{"The group is working on options.", nil},
		{"Harvest Supper – Village Hall, 12 October 2024", []want{{"-", "2024-10-12"}}},
		{"The next full Board meeting is on 14 March 2025.", []want{{"-", "2025-03-14"}}},
		{"(a) Returns to be submitted by 30th June; (b) Declarations by 15th May.", []want{{"-", "2024-06-30"}, {"-", "2024-05-15"}}},
		{"Mara is happy to be a point of contact for the venue.", []want{{"Mara", ""}}},
		{"Jack: I have ideas. Happy to write them down.", []want{{"Jack", ""}}},
		{"Eric Holk: I can take over as chair.", []want{{"Eric Holk", ""}}},
		{"John reports he will contact the contractor.", []want{{"John", ""}}},
		{"sam: we should file a bug for that\n\nsam: ok, thanks\n\nsam: done", []want{{"sam", ""}}},
		{"If funding is found, the hall will be repainted.", nil},
		{"She feels residents should hear more about the plans.", nil},
		{"Will the council repaint the hall?", nil},
		{"#### Motion to adopt the policy", nil},
	} {
		rec, err := ExtractBytes([]byte("Minutes of the meeting held on 6 May 2024\n\n"+tc.in+"\n"), "t.txt", Options{})
		if err != nil {
			t.Fatalf("%q: %v", tc.in, err)
		}
		var got []want
		for _, c := range rec.Commitments {
			w := want{"-", ""}
			if c.Owner != nil {
				w.owner = *c.Owner
			}
			if c.Due != nil {
				w.due = c.Due.Start
			}
			got = append(got, w)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: commitments %v, want %v", tc.in, got, tc.want)
		}
	}
}
