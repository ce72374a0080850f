package decisions

import (
	"reflect"
	"slices"
	"testing"

	"github.com/minutes-tool/minutes/extract/internal/doc"
	"github.com/minutes-tool/minutes/extract/internal/lex"
	"github.com/minutes-tool/minutes/schema"
)

// bypassIndexes makes every rule index of the package try every rule at
// every word (on) or only the rules declared for it (off).
func bypassIndexes(on bool) {
	phraseIndex.Bypass = on
	voteIndex.Bypass = on
	frameIndex.Bypass = on
	motionIndex.Bypass = on
}

// ruleExamples are the example sentences of the package's rule tables.
func ruleExamples() []string {
	var out []string
	for _, r := range phraseRules {
		out = append(out, r.example)
	}
	for _, r := range voteRules {
		out = append(out, r.example)
	}
	for _, r := range frameRules {
		out = append(out, r.example)
	}
	return out
}

// TestIndexBypass runs Find over testdata and the rule tables' examples
// with the rule indexes bypassed and requires the same decisions: a rule
// whose start words leave out a word it matches at finds more without the
// index, and fails here.
func TestIndexBypass(t *testing.T) {
	docs := testdataDocs(t)
	for _, ex := range ruleExamples() {
		docs = append(docs, textDoc(t, ex))
	}
	defer bypassIndexes(false)
	found := 0
	for _, d := range docs {
		bypassIndexes(false)
		want := Find(d.d, d.units, d.disp)
		bypassIndexes(true)
		got := Find(d.d, d.units, d.disp)
		found += len(want)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: %d decisions with the index bypassed, %d with it", d.name, len(got), len(want))
			for i := range max(len(got), len(want)) {
				if i >= len(got) || i >= len(want) || !reflect.DeepEqual(got[i], want[i]) {
					t.Logf("first difference at decision %d", i)
					break
				}
			}
		}
	}
	if found == 0 {
		t.Error("no decisions found at all")
	}
}

// phraseRuleName is the name of the phrase rule that fires in the first
// unit of text, "" when none does.
func phraseRuleName(t *testing.T, text string) string {
	d := textDoc(t, text)
	if len(d.units) == 0 {
		t.Fatalf("%q: no units", text)
	}
	sc := &phraseScan{}
	sc.reset(d.units[0].Toks)
	r, _ := phraseRuleAt(sc, readUnits(d.units[:1])[0].cues)
	if r == nil {
		return ""
	}
	return r.name
}

// TestPhraseRules names the phrase rule that fires on each example, the
// rules' own and more, and checks that Find makes each rule's example a
// decision of the rule's kind.
func TestPhraseRules(t *testing.T) {
	tests := []struct{ in, rule string }{
		{"NO OBSERVATIONS", "no-objections"},
		{"No objections were received.", ""}, // a consultation's result
		{"No objections raised to proposal", "no-objections-consent"},
		{"Decision - meet weekly for the next four weeks", "decision-label"},
		{"Consensus: we will hold the summit in May.", "decision-label"},
		{"Decision made to form it", "decision-opens"},
		{"Decision to be taken next week.", ""},
		{"Broad agreement that this is correct to do.", "agreement-that"},
		{"A three-year agreement that allows for negotiation.", ""},
		{"Most common protocols to be discussed at the next meeting.", "to-next-meeting"},
		{"The Committee is in support of the bid.", "in-support-of"},
		{"Residents spoke in support of the application.", ""}, // no body
		{"The group have an agreed approach.", "has-an-agreed"},
		{"Approval was given for the new signs.", "permission-given"},
		{"Consent was granted.", "permission-given"},
		{"A decision has been made on the grant.", "decision-made"},
		{"The scheme was not deemed feasible.", "not-feasible"},
		{"Not to be pursued.", "not-taken-forward"},
		{"The option is not to be pursued.", ""},             // not opening the sentence
		{"The Board is keen to see more data.", "body-wish"}, // before the view "keen"
		{"The Panel expressed an interest in the scheme.", "body-wish"},
		{"The Panel set out their view on the plans.", "body-wish"},
		{"The Board stated that it would respond.", "body-view"},
		{"The officer stated that it would respond.", ""},
		{"Please note for the record the apologies.", "for-the-record"},
		{"It was the Board's decision to proceed.", "possessive-decision-to"},
		{"+ Voted to accept the draft patent policy as official", "voted-to-approve"},
		{"The Board voted unanimously to adopt the policy.", "voted-to-approve"},
		{"Smith voted to approve the plan.", ""}, // one member's vote
		{"Members voted to deny the request.", "voted-to-reject"},
		{"Members discussed the resolution: that was all.", ""}, // not a label in capitals
		{"The decision to proceed was welcomed.", ""},
	}
	for _, r := range phraseRules {
		tests = append(tests, struct{ in, rule string }{r.example, r.name})
	}
	for _, tc := range tests {
		if got := phraseRuleName(t, tc.in); got != tc.rule {
			t.Errorf("%q: rule %q fired, want %q", tc.in, got, tc.rule)
		}
	}
	for _, r := range phraseRules {
		d := textDoc(t, r.example)
		got := Find(d.d, d.units, d.disp)
		if len(got) != 1 || got[0].Kind != r.kind {
			t.Errorf("%s: example %q gives %+v, want one decision %s", r.name, r.example, got, r.kind)
		}
	}
}

// voteRulesFired names the vote rules that read something in text, in
// the order they did, as VoteOf runs them.
func voteRulesFired(t *testing.T, text string) []string {
	d := textDoc(t, text)
	var toks []doc.Token
	for _, u := range d.units {
		toks = append(toks, u.Toks...)
	}
	r := &voteReader{labelled: labelledSides(toks)}
	var fired []string
	for i := range toks {
		if toks[i].Kind != doc.Word {
			continue
		}
		for _, k := range voteIndex.Rules(toks[i].Lower) {
			before := *r
			took := voteRules[k].read(r, toks, i)
			if took || !reflect.DeepEqual(before, *r) {
				fired = append(fired, voteRules[k].name)
			}
			if took {
				break
			}
		}
	}
	return fired
}

// voteRuleCases name the vote rules that read each sentence, in order.
var voteRuleCases = []struct {
	in    string
	rules []string
}{
	{"Motion carried 5-0.", []string{"outcome"}},
	{"Carried unanimously.", []string{"outcome", "unanimous"}},
	{"Agreed nem. con.", []string{"unanimous"}},
	{"The motion was approved. Ayes: 4 Nays: 1", []string{"labelled-tally", "labelled-tally"}},
	{"The grant is for 12 weeks.", nil}, // "for" alone is no tally
	{"On a Y-5 roll call, the Consent Agenda was adopted.", []string{"roll-call", "outcome"}},
	{"Motion failed 2-3.", []string{"outcome"}},
	{"Proposed Cllr Patel; 4 in favour, 1 against.", []string{"counted-tally", "counted-tally"}},
	{"The RFC requires N-2 for decisions.", []string{"roll-call"}}, // "2 for" counts no vote
	{"Ayes: Kim, Ortiz and Webb. Nays: Hale.", []string{"named-side", "named-side"}},
	{"Ayes: 5 (Kim, Ortiz, Webb, Hale, Lee). Nays: 0.", []string{"labelled-tally", "labelled-tally"}}, // the count, not the names
	{"Fish: Aye. Leonard: Aye.", nil},                                                                 // turns, which the roll call counts
	{"The Directors voted to adopt the policy.", nil},                                                 // a body names no one to count
	{"Cllr Hale and Cllr Boyd voted against.", []string{"named-voters"}},
	{"Motion carried by Smith yea, Jones yea, Lee nay.", []string{"outcome", "names-then-sides"}},
	{"Roll call: Cllr Kim aye, Ortiz no, Webb abstain, Kim aye.", []string{"names-then-sides"}}, // Kim once
	{"Resolution No. 12 and Ordinance No. 3.", nil},                                             // one "answer" at a time
	{"The budget was approved. Result: 4 for, 1 against.", []string{"counted-tally", "counted-tally"}},
	{"MOVED: Cr Barnes SECONDED: Cr Bethel CARRIED RESOLUTION NO.2017/GM2012 5/0", []string{"outcome"}},
	{"Item carried forward to 12/3.", []string{"outcome"}}, // an outcome word, no tally
}

// TestVoteRules names the vote rules that read each example, the rules'
// own and voteRuleCases.
func TestVoteRules(t *testing.T) {
	for _, r := range voteRules {
		if got := voteRulesFired(t, r.example); !slices.Contains(got, r.name) {
			t.Errorf("%s: rules %v fired on its example %q", r.name, got, r.example)
		}
	}
	for _, tc := range voteRuleCases {
		got := voteRulesFired(t, tc.in)
		if !slices.Equal(got, tc.rules) {
			t.Errorf("%q: rules %v fired, want %v", tc.in, got, tc.rules)
		}
	}
}

// frameRuleName is the name of the frame rule that decides the first
// decision verb of text, "" when none does.
func frameRuleName(t *testing.T, text string) string {
	d := textDoc(t, text)
	toks := d.units[0].Toks
	for i, tk := range toks {
		if lex.DecisionVerbs[tk.Lower] == "" {
			continue
		}
		if r := frameRuleAt(toks, i); r != nil {
			return r.name
		}
		return ""
	}
	t.Fatalf("%q: no decision verb", text)
	return ""
}

// TestFrameRules names the frame rule that decides the first decision
// verb of each example, the rules' own and more.
func TestFrameRules(t *testing.T) {
	tests := []struct{ in, rule string }{
		{"The accounts were signed off by the auditor.", "passive"},
		{"The Council AGREED to the lease.", "resolved-in-capitals"},
		{"The matter was so referred.", "referred"},
		{"The item is to be referred back.", "future"},
		{"Item 4: so approved.", "so-verb"},
		{"The balance was Noted", "passive"},
		{"The budget would have been approved in March.", "future-passive"},
		{"It was acknowledged that the costs had risen.", "passive-view"},
		{"The report was unanimously approved.", "passive"},
		{"The plan is being considered and will be approved.", "future"},
		{"They agreed the terms.", "body-subject"},
		{"Agreed on May 4-5 for the summit.", "agreed-opening"},
		{"The Mayor welcomed all in attendance.", "welcomed-to"},
		{"The Chairman welcomed everyone to the meeting.", "welcomed-to"},
		{"The residents said they agreed the terms.", ""},
		{"It approved the plan.", ""},
		{"MW agreed to write a blog post on the positive impact of standards.", ""},
		{"Application 19/0032: Approval recommended subject to conditions.", "dash-recommended"},
		{"Officers recommended refusal.", ""},
		{"Read, approved and signed as a correct record.", "verbs-only"},
		{"Read and noted.", "verbs-only"},
		{"Approved minutes are online.", ""},
		{"Read and signed.", "signed-without-off"},
		{"Council 19 February 2004 - approved", "after-dash"},
		{"- approved minutes are online.", ""}, // a bullet, not a status
		{"The plan - Approved in May.", ""},
		{"The budget -approved in May.", ""},
	}
	for _, r := range frameRules {
		tests = append(tests, struct{ in, rule string }{r.example, r.name})
		for _, v := range r.verbs {
			if lex.DecisionVerbs[v] == "" {
				t.Errorf("%s: %q is no decision verb, so the rule is never tried at it", r.name, v)
			}
		}
	}
	for _, tc := range tests {
		if got := frameRuleName(t, tc.in); got != tc.rule {
			t.Errorf("%q: rule %q decided, want %q", tc.in, got, tc.rule)
		}
	}
}

// joinRuleName names the first join rule that holds at a unit of text,
// and the unit; "" when none does.
func joinRuleName(t *testing.T, text string) (string, int) {
	d := textDoc(t, text)
	sc := &phraseScan{}
	us := readUnits(d.units)
	for i, u := range us {
		kind, cue, ok := decisionKind(u, sc)
		c := candidate{ok: ok, kind: kind, cue: cue, start: u.Start, end: u.End, last: i}
		for _, r := range joinRules {
			if r.join(us, i, &c) {
				return r.name, i
			}
		}
	}
	return "", -1
}

// TestJoinRules names the join rule that holds on each example and the
// unit it holds at.
func TestJoinRules(t *testing.T) {
	tests := []struct {
		in   string
		rule string
		unit int
	}{
		{"The year ended with an actual figure of £13,461.78.\nNoted", "bare-noted", 1},
		{"Bank reconciliation. Balance of £6,564.21 Noted", "trailing-noted", 1},
		{"Motion by Smith, second by Jones, to approve the minutes. Motion carried 5-0.", "motion", 0},
		{"The budget was approved. Result: 4 for, 1 against.", "tally-after", 0},
		{"RESOLUTION: That the Minutes be confirmed.\nMOVED: Cr Barnes SECONDED: Cr Bethel CARRIED 5/0", "motion-record-after", 0},
		{"The Minutes were confirmed.\nMoved by Cllr Webb, seconded by Cllr Diaz.", "motion-record-after", 0},
		{"Motion by Smith, second by Jones, to adopt the plan. Motion tabled until May.", "motion", 0},
		{"The budget was approved. Motion carried 5-0.", "tally-after", 0},
		{"The budget was approved. The amendment was defeated 2-5.", "", -1}, // a decision of its own
		{"Moved by Commissioner Fish and seconded by Commissioner Fritz.", "motion", 0},
		{"Ryan: Decision to delegate the tracking to the team?\n• No objections, decided.", "consent", 0},
		{"Does anyone object to meeting weekly?\n• No objections raised.", "consent", 0},
		{"Let's start with the shared history.\n• No objections to shared history.", "", -1},
		{"Any objection to the change?\n• No objections were received.", "", -1},
		{"Cart shall open a bank account for the Foundation.\nProposed by: Cart\nUnanimously approved.", "approved-proposal", 0},
		{"Cart for President.\nProposed by: Cart\nUnanimously approved.", "approved-proposal", 0},
		{"Thanks to the Clerk for the newsletter.\nAgreed.", "", -1}, // no modal and no mover's label: no proposal
		{"See link: minutes of the last meeting\nPassed unanimously.", "", -1},
		{"Resolved:\nThat the minutes of the meeting held on 26 November be approved as a correct record.", "resolution-clause", 0},
		{"Resolved:\nThe chair thanked the members.", "", -1},
		{"The Board noted the report.", "", -1},
	}
	for _, tc := range tests {
		if rule, unit := joinRuleName(t, tc.in); rule != tc.rule || unit != tc.unit {
			t.Errorf("%q: rule %q held at unit %d, want %q at %d", tc.in, rule, unit, tc.rule, tc.unit)
		}
	}
}

// joinRulesHeld names the join rules that hold as Find reads text, in
// order: a rule that takes the units after it skips them.
func joinRulesHeld(t *testing.T, text string) []string {
	d := textDoc(t, text)
	sc := &phraseScan{}
	us := readUnits(d.units)
	var held []string
	for i := 0; i < len(us); i++ {
		kind, cue, ok := decisionKind(us[i], sc)
		c := candidate{ok: ok, kind: kind, cue: cue, start: us[i].Start, end: us[i].End, last: i}
		for _, r := range joinRules {
			if r.join(us, i, &c) {
				held = append(held, r.name)
				break
			}
		}
		if c.ok {
			i = c.last
		}
	}
	return held
}

// resolutionListCases name the join rules that hold on each list of
// resolutions, in order.
var resolutionListCases = []struct {
	in    string
	rules []string
}{
	{"RESOLVED:\n1. That the accounts be approved.\n2. That the Clerk writes to the county.", []string{"resolution-clause", "resolution-list"}},
	{"Resolved:\nThat the accounts be approved.\nThat the Clerk writes to the county.\nThe chair thanked members.", []string{"resolution-clause", "resolution-list"}},
	{"RESOLVED:\n1. That the accounts be approved.\nThe Clerk reported.\nThat is all.", []string{"resolution-clause"}}, // the list has ended
	{"The Clerk reported.\n1. That the hall is closed.\n2. That the path is open.", nil},                               // no label
}

// TestResolutionLists: each clause of a numbered list under one label is
// a decision of its own.
func TestResolutionLists(t *testing.T) {
	for _, tc := range resolutionListCases {
		if got := joinRulesHeld(t, tc.in); !slices.Equal(got, tc.rules) {
			t.Errorf("%q: rules %v held, want %v", tc.in, got, tc.rules)
		}
	}
}

// A motion minuted over several sentences is one decision, at the
// motion's sentence, with the frame's seconder and vote; the frame's
// other sentences are not decisions.
func TestMotionFrames(t *testing.T) {
	for _, c := range []struct {
		rule, text     string
		decisions      int
		kind           string
		forV, againstV int
		seconder       string
	}{
		{"made the motion, seconded, tally over lines, declared",
			"Director Williams made the motion to approve the minutes.\nDirector Catlin seconded the motion.\nThe motion passed with 15 in favor (Broom,\nBuzek) and 0\nagainst.\nChair Tisdale declared the motion PASSED unanimously.",
			1, "approved", 15, 0, "Director Catlin"},
		{"moved to adopt, seconded, vote in a RESULT line",
			"Councilmember Webb moved to adopt the budget. Councilmember Diaz seconded.\nRESULT: ADOPTED [4 TO 1]",
			1, "approved", 4, 1, "Councilmember Diaz"},
		{"made the motion, seconded, declared with no tally",
			"Director Williams made the motion to approve the minutes. Director Catlin seconded the motion. Chair Tisdale declared the motion PASSED unanimously.",
			1, "approved", -1, -1, "Director Catlin"},
		{"made a motion, seconded and passed in one sentence",
			"Sue Hale made a motion to approve the budget, Tom Boyd seconded the motion, the motion has passed.",
			1, "approved", -1, -1, "Tom Boyd"},
		{"proposed, seconded within",
			"Cllr Ames proposed adoption of the report seconded by Cllr Boyd.",
			1, "approved", -1, -1, "Boyd"},
		{"made the motion, seconded, tabled",
			"Director Williams made the motion to approve the minutes. Director Catlin seconded the motion. The motion was tabled.",
			1, "deferred", -1, -1, "Director Catlin"},
		{"made the motion, seconded, withdrawn",
			"Director Williams made the motion to approve the minutes. Director Catlin seconded the motion. The motion was withdrawn.",
			0, "", -1, -1, ""},
		{"motion to, tabled", "Motion to adopt the plan. TABLED.", 1, "deferred", -1, -1, ""},
	} {
		d := textDoc(t, c.text)
		got := Find(d.d, d.units, d.disp)
		if len(got) != c.decisions {
			t.Errorf("%s: %d decisions %+v, want %d", c.rule, len(got), got, c.decisions)
			continue
		}
		if c.decisions == 0 {
			continue
		}
		dec := got[0]
		var yes, no *int
		if dec.Vote != nil {
			yes, no = dec.Vote.For, dec.Vote.Against
		}
		seconder := ""
		if dec.Seconder != nil {
			seconder = *dec.Seconder
		}
		if dec.Kind != c.kind || show(yes) != c.forV || show(no) != c.againstV || seconder != c.seconder {
			t.Errorf("%s: got %+v vote %+v", c.rule, dec, dec.Vote)
		}
	}
}

// TestMotionWraps: a motion's sentence broken over two lines is the
// decision's text whole; a blank line or a second ends it.
func TestMotionWraps(t *testing.T) {
	for _, c := range []struct{ in, text string }{
		{"Director Broom made the motion to approve items\nA and B on the unanimous consent agenda.\nDirector Williams seconded the motion.",
			"Director Broom made the motion to approve items\nA and B on the unanimous consent agenda"},
		{"Director Broom made the motion to approve items\n\nA and B on the agenda.\nDirector Williams seconded the motion.",
			"Director Broom made the motion to approve items"},
		{"Director Broom made the motion to approve items\nDirector Williams seconded the motion.",
			"Director Broom made the motion to approve items"},
	} {
		d := textDoc(t, c.in)
		got := Find(d.d, d.units, d.disp)
		if len(got) != 1 || got[0].Text != c.text {
			t.Errorf("%q: decisions %+v, want one, %q", c.in, got, c.text)
		}
	}
}

// TestRollCallTurns: a decision announced at the end of a roll call
// taken as the members' own turns counts each speaker once; a clerk
// calling names is no vote, and a lone "aye" makes no roll.
func TestRollCallTurns(t *testing.T) {
	tests := []struct {
		name, in     string
		yes, against int // -1: no vote
	}{
		{"turns", "Adams: Please call the vote. Item 5 roll. Fritz: I vote aye. Moore-Love: Fish. Fish: Thank you. Aye. Saltzman: No. Adams: Aye. The ordinance is approved.", 3, 1},
		{"speech before the answer", "Adams: Call the roll. Fritz: This is good work.\nWe thank the staff. Aye. Leonard: Aye. Adams: Aye. So approved.", 3, 0},
		{"no call for the vote", "Fritz: Aye. Leonard: Aye. The report is approved.", -1, 0},
		{"one answer", "Please call the roll. Leonard: Aye. The report is approved.", -1, 0},
	}
	for _, tc := range tests {
		d := textDoc(t, tc.in)
		got := Find(d.d, d.units, d.disp)
		if len(got) == 0 {
			t.Errorf("%s: no decision", tc.name)
			continue
		}
		v := got[len(got)-1].Vote
		switch {
		case tc.yes < 0 && v != nil:
			t.Errorf("%s: vote %+v, want none", tc.name, v)
		case tc.yes >= 0 && (v == nil || v.For == nil || *v.For != tc.yes):
			t.Errorf("%s: vote %+v, want %d for", tc.name, v, tc.yes)
		case tc.yes >= 0 && tc.against > 0 && (v.Against == nil || *v.Against != tc.against):
			t.Errorf("%s: against %v, want %d", tc.name, v.Against, tc.against)
		}
	}
}

// TestMotionOpeners names the way each note moves a motion, present
// tense included, and shows the seconded motion is one decision.
func TestMotionOpeners(t *testing.T) {
	for _, c := range []struct {
		opener, text string
		decisions    int
	}{
		{"moves", "• Kevin moves to elect Jeremy as Secretary for a 2-year term\n• Mason seconds, carries\n", 1},
		{"proposes", "• Jeremy proposes that we elect Mason as President\n• Kevin seconds\n", 1},
		{"nominates, seconded within", "1. Mason nominates Jeremy, Kevin seconds\n2. Confirmed\n", 1},
		{"nominates, numbered", "1. Jeremy Boyd nominates Mason Egger\n\n2. Kevin Horn seconds\n", 1},
		{"no name before", "• The committee moves to the next item\n• Mason seconds\n", 0},
		{"proposed, seconded within", "Cllr Ames proposed adoption of the report seconded by Cllr Boyd.", 1},
		{"proposed, no second", "Cllr Ames proposed a site visit.", 0},
		{"made the motion, seconded within", "Sue Hale made a motion to approve the budget, Tom Boyd seconded the motion, the motion has passed.", 1},
	} {
		d := textDoc(t, c.text)
		if got := Find(d.d, d.units, d.disp); len(got) != c.decisions {
			t.Errorf("%s: %d decisions %+v, want %d", c.opener, len(got), got, c.decisions)
		}
	}
}

// TestVotesAfterMotions: a motion takes the tally written right after it
// or the roll call taken after it; one further off takes neither.
func TestVotesAfterMotions(t *testing.T) {
	for _, c := range []struct {
		rule, text string
		yes        int // -1: no vote
	}{
		{"disposition after", "Motion to accept the report: Moved by Commissioner Fish and seconded by Commissioner Fritz.  (Y-5)  ACCEPTED", 5},
		{"roll call after", "Motion to accept the report: Moved by Commissioner Fish and seconded by Commissioner Fritz. Please call the roll. Fritz: Aye. Fish: Aye. Adams: Aye. The report is accepted.", 3},
		{"no vote", "Motion to accept the report: Moved by Commissioner Fish and seconded by Commissioner Fritz.", -1},
	} {
		d := textDoc(t, c.text)
		var motion *schema.Decision
		for _, dec := range Find(d.d, d.units, d.disp) {
			if dec.Mover != nil {
				motion = &dec
				break
			}
		}
		switch {
		case motion == nil:
			t.Errorf("%s: no motion", c.rule)
		case c.yes < 0 && motion.Vote != nil:
			t.Errorf("%s: vote %+v, want none", c.rule, motion.Vote)
		case c.yes >= 0 && (motion.Vote == nil || motion.Vote.For == nil || *motion.Vote.For != c.yes):
			t.Errorf("%s: vote %+v, want %d for", c.rule, motion.Vote, c.yes)
		}
	}
}

// TestVotesAfter: a vote counted from names takes the members who say
// next how they voted; a tally in numbers takes no one.
func TestVotesAfter(t *testing.T) {
	for _, c := range []struct {
		rule, text   string
		yes, against int // -1: no count
	}{
		{"member after", "The Directors confirmed that Kim and Ortiz had voted by email to adopt the policy. Webb confirmed that he had voted in favour.", 3, -1},
		{"member against", "The Directors confirmed that Kim and Ortiz had voted by email to adopt the policy. Webb voted against.", 2, 1},
		{"counted twice", "The Directors confirmed that Kim and Ortiz had voted by email to adopt the policy. Kim confirmed that she had voted in favour.", 2, -1},
		{"another decision ends the run", "The Directors confirmed that Kim and Ortiz had voted by email to adopt the policy. The Directors approved the budget. Webb voted in favour.", 2, -1},
		{"tally in numbers", "The policy was adopted, 4 in favour, 1 against. Cllr Webb voted against.", 4, 1},
	} {
		d := textDoc(t, c.text)
		got := Find(d.d, d.units, d.disp)
		if len(got) == 0 || got[0].Vote == nil {
			t.Errorf("%s: no vote in %+v", c.rule, got)
			continue
		}
		v := got[0].Vote
		if show(v.For) != c.yes || show(v.Against) != c.against {
			t.Errorf("%s: vote %d for, %d against; want %d, %d", c.rule, show(v.For), show(v.Against), c.yes, c.against)
		}
	}
}

// show is a count, -1 for none.
func show(n *int) int {
	if n == nil {
		return -1
	}
	return *n
}

// FuzzRules runs Find on the rule tables' examples and the test tables'
// sentences, mutated: it must not panic, and every decision's text must be
// its span of the text.
func FuzzRules(f *testing.F) {
	for _, ex := range ruleExamples() {
		f.Add(ex)
	}
	for _, tc := range voteRuleCases {
		f.Add(tc.in)
	}
	for _, tc := range resolutionListCases {
		f.Add(tc.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := textDoc(t, s)
		for _, dec := range Find(d.d, d.units, d.disp) {
			if dec.Span.Start < 0 || dec.Span.End > len(d.d.Text) || dec.Span.Start > dec.Span.End || d.d.Text[dec.Span.Start:dec.Span.End] != dec.Text {
				t.Fatalf("decision %q: span %v of text of %d", dec.Text, dec.Span, len(d.d.Text))
			}
		}
	})
}

// TestMoversAfter: a proposal takes the mover and seconder its record's
// labelled lines name.
func TestMoversAfter(t *testing.T) {
	d := textDoc(t, "Cart for President.\nProposed by: Cart\nSeconded by: Alice\nUnanimously approved.")
	got := Find(d.d, d.units, d.disp)
	if len(got) != 1 || got[0].Mover == nil || *got[0].Mover != "Cart" || got[0].Seconder == nil || *got[0].Seconder != "Alice" {
		t.Errorf("got %+v, want one decision moved by Cart, seconded by Alice", got)
	}
}
