package commitments

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/minutes-tool/minutes/extract/internal/dispositions"
	"github.com/minutes-tool/minutes/extract/internal/doc"
	"github.com/minutes-tool/minutes/extract/internal/input"
	"github.com/minutes-tool/minutes/extract/internal/lex"
	"github.com/minutes-tool/minutes/extract/internal/phrase"
	"github.com/minutes-tool/minutes/schema"
)

// parse builds a Document from decoded text as extract.Parse does.
func parse(t testing.TB, text string, f doc.Format) *doc.Document {
	t.Helper()
	if f == doc.FormatHTML {
		d, err := input.HtmlDocument(input.StripFrontMatter(strings.ReplaceAll(text, "\r\n", "\n")))
		if err != nil {
			t.Fatalf("parse: %v", err)
		}
		return d
	}
	return input.TextDocument(input.NormaliseText(text))
}

// findWith runs the recogniser over d with the rules of rs.
func findWith(d *doc.Document, rs *ruleSet) []schema.Commitment {
	return find(d, doc.Units(d), dispositions.Find(d), rs)
}

// testdataDocs are the documents of testdata, decoded as extract decodes
// them.
func testdataDocs(t *testing.T) map[string]*doc.Document {
	t.Helper()
	var paths []string
	for _, glob := range []string{"../../../testdata/corpus/*.txt", "../../../testdata/corpus/*.html", "../../../testdata/seeds/*.txt"} {
		m, err := filepath.Glob(glob)
		if err != nil {
			t.Fatal(err)
		}
		paths = append(paths, m...)
	}
	if len(paths) == 0 {
		t.Fatal("no testdata found")
	}
	docs := map[string]*doc.Document{}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		hint := doc.Format("")
		if strings.HasSuffix(p, ".html") {
			hint = doc.FormatHTML
		}
		dec, err := input.Decode(p, data, hint)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		docs[p] = parse(t, dec.Text, dec.Format)
	}
	return docs
}

// TestIndexChangesNothing runs the recogniser with the index bypassed,
// every rule tried at every word, over all of testdata and the rule
// table's examples, and requires the commitments found with the index: a
// word some rule reads but does not declare among its starts fails it.
func TestIndexChangesNothing(t *testing.T) {
	docs := testdataDocs(t)
	for _, r := range commitmentRules {
		for _, ex := range r.examples {
			docs[r.name+": "+ex] = parse(t, ex, doc.FormatText)
		}
	}
	found := 0
	for name, d := range docs {
		want := findWith(d, cueRules)
		found += len(want)
		cueRules.index.Bypass = true
		sameCommitments(t, name+", index bypassed", findWith(d, cueRules), want)
		cueRules.index.Bypass = false
	}
	if found < 100 {
		t.Errorf("only %d commitments in testdata: the test reads too little", found)
	}
}

// sameCommitments fails the test unless got are the commitments want.
func sameCommitments(t *testing.T, name string, got, want []schema.Commitment) {
	t.Helper()
	if reflect.DeepEqual(got, want) {
		return
	}
	t.Errorf("%s: %d commitments, want the %d found through the index", name, len(got), len(want))
	for i := range min(len(got), len(want)) {
		if !reflect.DeepEqual(got[i], want[i]) {
			t.Errorf("first difference: %q, want %q", got[i].Text, want[i].Text)
			return
		}
	}
}

// TestBypassFindsUndeclaredWord shows that the bypass test catches a rule
// whose start word is missing: a rule that reads "pledged" but declares
// "promised" finds nothing through the index, and the commitment with
// the index bypassed.
func TestBypassFindsUndeclaredWord(t *testing.T) {
	bad := rule{
		name:   "pledged to, undeclared",
		starts: lex.Words("promised"),
		when:   func(s *scan) bool { return s.w == "pledged" && s.next == "to" },
		verb:   verbAfter(2),
	}
	rs := newRuleSet(append(slices.Clone(commitmentRules), bad))
	d := parse(t, pledgedSentence, doc.FormatText)
	if got := findWith(d, rs); len(got) != 0 {
		t.Fatalf("with an undeclared start word, the index found %q", got[0].Text)
	}
	rs.index.Bypass = true
	if got := findWith(d, rs); len(got) != 1 {
		t.Fatalf("bypassed, %d commitments, want 1", len(got))
	}
}

// pledgedTo is a rule no table has: "pledged to" and a verb, one frame.
var pledgedTo = rule{
	name:   "pledged to",
	frames: phrase.Parse("[pledged] to"),
	verb:   verbAfter(2),
}

const pledgedSentence = "The Council pledged to publish the accounts by March."

// TestNewStartWordIsOneEdit adds a rule with a start word no rule had and
// shows it is found: the index is built from the rule's own declaration,
// with nothing else to keep in step.
func TestNewStartWordIsOneEdit(t *testing.T) {
	d := parse(t, pledgedSentence, doc.FormatText)
	if got := findWith(d, cueRules); len(got) != 0 {
		t.Fatalf("without the new rule, found %q: pick a sentence no rule reads", got[0].Text)
	}
	rs := newRuleSet(append(slices.Clone(commitmentRules), pledgedTo))
	got := findWith(d, rs)
	if len(got) != 1 {
		t.Fatalf("with the rule, %d commitments, want 1", len(got))
	}
	if want := "publish the accounts by March"; got[0].Action != want {
		t.Errorf("action %q, want %q", got[0].Action, want)
	}
	if got[0].Owner == nil || *got[0].Owner != "Council" {
		t.Errorf("owner %v, want Council", got[0].Owner)
	}
	u := doc.Units(d)[0]
	if m, ok := rs.cue(u, true, new(scan)); !ok || m.rule != "pledged to" {
		t.Errorf("fired %q, want the new rule", m.rule)
	}
}

// firedRule is the name of the rule that finds the commitment of the
// one-sentence text, or "" when none does.
func firedRule(t *testing.T, rs *ruleSet, text string) string {
	t.Helper()
	d := parse(t, text, doc.FormatText)
	us := doc.Units(d)
	if len(us) != 1 {
		t.Fatalf("%q: %d units, want one sentence", text, len(us))
	}
	m, ok := rs.cue(us[0], true, new(scan))
	if !ok {
		return ""
	}
	return m.rule
}

// TestRuleExamples checks that every rule has examples and that each
// example is found by that rule, both through the index and with it
// bypassed.
func TestRuleExamples(t *testing.T) {
	names := map[string]bool{}
	for _, r := range commitmentRules {
		if names[r.name] {
			t.Errorf("two rules named %q", r.name)
		}
		names[r.name] = true
		if len(r.examples) == 0 {
			t.Errorf("rule %q has no example", r.name)
		}
		for _, ex := range r.examples {
			if got := firedRule(t, cueRules, ex); got != r.name {
				t.Errorf("%q: rule %q fired, want %q", ex, got, r.name)
			}
		}
	}
	for _, r := range sentenceRules {
		if len(r.examples) == 0 {
			t.Errorf("sentence rule %q has no example", r.name)
		}
		for _, ex := range r.examples {
			if got := firedRule(t, cueRules, ex); got != r.name {
				t.Errorf("%q: rule %q fired, want %q", ex, got, r.name)
			}
		}
	}
}

// TestRuleFired names the rule that finds each sentence, or none: the
// vetoes drop what a rule reads, and the order of the rules decides
// which reads a word first.
func TestRuleFired(t *testing.T) {
	for _, tc := range firedCases {
		if got := firedRule(t, cueRules, tc.in); got != tc.rule {
			t.Errorf("%q: rule %q fired, want %q", tc.in, got, tc.rule)
		}
	}
}

// firedCases name the rule that finds each sentence, or "" for none.
var firedCases = []struct{ in, rule string }{
	{"The Clerk should write to the county council about the fence.", "obligation on someone named"},
	{"Members should read the report before the next meeting.", ""}, // a body: a view, until approved
	{"The hall should be repainted.", ""},
	{"We should investigate what platforms they can provide.", ""},
	{"Every part of the programme should be aiming to close the gaps.", ""},
	{"Clerk to ask the county council to repair the fence.", actionItemRule},
	{"Action 3: MW to circulate the paper.", actionItemRule},
	{"Will Perrin to highlight the subject of naming offenders on Talk About Local.", actionItemRule},
	{"Simon will provide the data with these minutes.", "modal"},
	{"I would like to get copies of those annual audits.", "modal"},
	{"It was unanimously agreed that the AGM would be held remotely on Wednesday 8th July.", "agreed that"},
	{"The Board agreed that a website would be created using the automated tools.", "agreed that"},
	{"It was proposed by Cllr. J. Davies, seconded by Cllr. Arwel Davies and unanimously agreed to purchase from Centaframe.", "intent to"},
	{"The next meeting is planned for November 2011.", "next meeting"},
	{"The Committee is committed to reviewing the scheme.", "plan word"},
	{"The substitution has been accepted and moves on to a second reading next week.", "second reading"},
	{"Blog post posting - let's move this to an async discussion.", "let's"},
	{"The team is planning to form a subteam.", "intent to"},
	{"Hoping to put out a blog post with a proposal.", "intent to"},
	// Vetoes: the rule reads the word, and it is no commitment.
	{"Motion to adjourn.", ""},
	{"Proposed new text in Section 6.3: \"Elections shall be held every year.\"", ""},
	{"He said \"we will fix the fence\" before the meeting closed.", "modal"},
	{"Voted to accept the draft patent policy as official.", ""},
	{"Let's make sure we document it.", ""},
	{"Let's see what happens.", ""},
	{"Need to make sure we don't become sloppy on this.", ""},
	{"Every part of the programme should be aiming to close the gaps.", ""},
	{"Will Perrin was concerned about the data.", ""},
	{"Will was concerned about the data.", ""},
	{"Will discuss the recent exploit at the next call.", "modal"},
	{"It will help improve services for patients.", ""},
	{"He said he thought Wales should go for FHIR.", ""},
	{"Portlanders appreciate that we're running these much like a business would run their operations.", ""},
	{"I'll turn this over to Ron to talk about the specifics of this contract.", ""},
	{"Workers deserve to be treated fairly.", ""},
	{"Those children are less likely to be involved in criminal activity.", ""},
	{"The Panel recognised that care needs to be taken as sensitive information is included.", ""},
	{"I just assumed it was going to come back to us at three years.", ""},
	{"DUE TO LACK OF AN AGENDA THERE WAS NO MEETING.", ""},
	{"The gross revenues are anticipated to be $66 million over the contract term.", ""},
	{"New data were not likely to be available in the short term.", ""},
	{"It was unanimously agreed to approve the renewal of insurance with Zurich Municipal.", ""},
	{"I want to follow up on something that commissioner Fritz raised.", ""},
	{"The Board had a session, the purpose of which was to give Board members an understanding.", ""},
	{"• frequently asked questions and responses to queries.", ""},
	{"Draft narrative is to be discussed at item 6.", ""},
	{"This is what we are going to discuss in this meeting.", ""},
	{"Unless there's objection, i'll refer it back to my office.", ""},
	{"What's the mechanism, how will this be cooperated?", ""},
	{"Clerk inform the tenants.", bareActionRule},
	{"Dana and MW check the boiler quote before the next meeting.", bareActionRule},
	{"Members noted the report.", ""},
	{"Chair thanks everyone for coming.", ""},
	{"Cllr Jones left the meeting.", ""},
	{"He is arranging for the surveyor to visit.", "arranging"},
	{"We're preparing a response to the consultation.", "arranging"},
	{"The group is working on options.", ""},
	{"He was arranging for the surveyor to visit when the fence fell.", ""},
	{"Harvest Supper – Village Hall, 12 October 2024", eventLineRule},
	{"The next full Board meeting is on 14 March 2025.", "next meeting"},
	{"The next item on the agenda was the budget for March 2025.", ""},
	{"(a) Returns to be submitted by 30th June; (b) Declarations by 15th May.", "to be done"},
	{"Mara is happy to be a point of contact for the venue.", "offer"},
	{"I can take over as chair.", "I can"},
	{"I can tell you that the figures are right.", ""},
	{"I'm happy to bring this ordinance to you.", ""},
	{"Can you please read item number 38.", ""},
	{"We are happy to report that the accounts are closed.", ""},
	{"I would be willing to pay the higher amount.", ""},
	{"Jeremy willing to do so if needed.", ""},
	{"Eric Holk: Willing to delegate more.", ""},
	{"sam: we should file a bug for that", "we should"},
	{"sam: we should make sure it is tested", ""},
	{"We should distinguish between these.", ""},
	{"If funding is found, the hall will be repainted.", ""},
	{"She feels residents should hear more about the plans.", ""},
	{"She feels Simon will repaint the hall.", ""},
	{"He thinks the residents will repaint the hall.", ""},
	{"Will the council repaint the hall?", ""},
	{"#### Motion to adopt the policy", ""},
}

// TestApprovedProposal: a proposal worded with "should" is a commitment
// when a line of its own approves it, past its mover's line; alone it is
// a view.
func TestApprovedProposal(t *testing.T) {
	wantCounts(t, []countCase{
		{"The board should publish these notes.\n\nProposed by: Cart\n\nUnanimously approved.\n", 1},
		{"The board should publish these notes.\n\nCarried.\n", 1},
		{"The board should publish these notes.\n\nThe treasurer gave her report.\n", 0},
	})
}

// countCase is a document and how many commitments it holds.
type countCase struct {
	in   string
	want int
}

// wantCounts checks how many commitments each document holds.
func wantCounts(t *testing.T, cases []countCase) {
	t.Helper()
	for _, tc := range cases {
		if got := len(findWith(parse(t, tc.in, doc.FormatText), cueRules)); got != tc.want {
			t.Errorf("%q: %d commitments, want %d", tc.in, got, tc.want)
		}
	}
}

// TestListLead: a short line with a modal that introduces a list is no
// commitment itself; its entries are.
func TestListLead(t *testing.T) {
	in := "## Action items\n\n- Matt will:\n  - prepare a list of donees; and\n  - print the cards.\n"
	var texts []string
	for _, c := range findWith(parse(t, in, doc.FormatText), cueRules) {
		texts = append(texts, c.Text)
	}
	if want := []string{"prepare a list of donees; and", "print the cards"}; !slices.Equal(texts, want) {
		t.Errorf("commitments %q, want %q", texts, want)
	}
	in = "- Matt and Akhilesh will verify the terms.\n- Mozart will:\n  - discuss with Akhilesh whether this is a conflict; and\n  - ask Neal for a CV.\n- Minutes approved.\n"
	var owners []string
	for _, c := range findWith(parse(t, in, doc.FormatText), cueRules) {
		owners = append(owners, ownerText(c.Owner)+": "+c.Text)
	}
	if want := []string{"Matt and Akhilesh: Matt and Akhilesh will verify the terms", "Mozart: discuss with Akhilesh whether this is a conflict; and", "Mozart: ask Neal for a CV"}; !slices.Equal(owners, want) {
		t.Errorf("outside an action log: %q, want %q", owners, want)
	}
	if leadsList(doc.Tokenize("The Council will write to the county council:", 0, 45)) {
		t.Error("a long sentence with a modal is no list's lead")
	}
	if !leadsList(doc.Tokenize("Furthermore, it was agreed that:", 0, 32)) {
		t.Error("'agreed that:' leads a list")
	}
}

// ownerCases name the reading that gives each sentence's owner.
var ownerCases = []struct{ reading, in, owner string }{
	{"body in lower case", "The committee agreed to investigate the impact.", "committee"},
	{"qualified body", "The programme board will, in future, meet monthly.", "programme board"},
	{"body named by its work", "Lang team is planning to form a subteam.", "Lang team"},
	{"an office is no group", "Next chair will be Ortiz.", ""},
	{"named before", "Andrew will get a quote.", "Andrew"},
	{"object before and", "Podcast: NL has been invited to a podcast called RSE Stories and will keep the committee informed.", "NL"},
	{"action item", "Clerk to write to the county council.", "Clerk"},
	{"bare action", "Clerk inform the tenants.", "Clerk"},
	{"pronoun, nobody named", "It will be published in May.", ""},
	{"possessive", "Matt confirmed his intention to continue the list.", "Matt"},
	{"article is no one", "A deadline of 8 March 2019 was set.", ""},
	{"coordinated after semicolon", "Seven departments were reporting; the Treasury were consulting others, and would report in September.", "Treasury"},
	{"they: the sentence's subject", "Thanet CCG are not pursuing a path to formal arrangements, however, they will continue to work with the other CCGs.", "Thanet CCG"},
	{"they: passive has none", "The papers were circulated; they will be discussed in May.", ""},
	{"later that-clause", "The Board agreed that a website would be created, and that MW would manage the content.", "MW"},
	{"not happy is no one", "Not happy but would continue membership.", ""},
	{"object of a preposition", "A decision on stroke care in Kent and Medway will be determined by the Joint Committee.", "Joint Committee"},
	{"joined agents", "The Return to be signed by the Chairperson and the Clerk/RFO and submitted.", "Chairperson and the Clerk/RFO"},
	{"joined action item", "Financial review meeting planned for May 6 and Jeremy to update the Board.", "Jeremy"},
	{"body qualified after its noun", "At the next meeting, the team working on e-prescribing were to attend and present.", "team working on e-prescribing"},
	{"name opening the clause", "Jonathan seems likely to be at the summit in May.", "Jonathan"},
	{"capitalised thing is no one", "Increased investment will follow in 2019.", ""},
	{"passive subject is acted on", "GP practices would also be encouraged to work together.", ""},
	{"recurring speaker label", "Khio: Making a subgroup is distinct.\nKhio: It changes who consents.\nKhio: Would like to be a part of the group on PR.", "Khio"},
	{"pronoun after a present speech verb", "John reports he will contact the contractor.", "John"},
	{"pronoun after a present speech verb, earlier sentence", "Dana confirms the quote is too high. She will ask for another.", "Dana"},
	{"pronoun of a progressive plan", "John Smith reported that the fence was broken. He is arranging for the surveyor to visit.", "John Smith"},
	{"a thing to be done is no owner", "Returns to be submitted by 30th June.", ""},
	{"offer, subject named", "Mara is happy to be a point of contact for the venue.", "Mara"},
	{"offer, group named by its work", "SIG members were happy to give talks within the programme.", "SIG members"},
	{"names before a dash", "Jack, Khio - happy to help here.", "Jack, Khio"},
	{"offer after a speaker's label", "Eric Holk: I can be a point of contact for this.", "Eric Holk"},
	{"offer in a labelled line's later sentence", "Jack: I have ideas. Happy to write them down.", "Jack"},
	{"chat nick", "sam: we should file a bug for that\n\nsam: ok, thanks\n\nsam: done", "sam"},
	{"lower-case body in notes", "Ryan: that sounds good. librarians team will make that decision.", "librarians team"},
	{"recurring field label is no one", "Goal: agree the venue.\nGoal: a rough deadline.\nGoal: decide what the location will be.", ""},
}

// TestOwnerReadings names the reading that gives each sentence's owner.
func TestOwnerReadings(t *testing.T) {
	for _, tc := range ownerCases {
		got := findWith(parse(t, tc.in, doc.FormatText), cueRules)
		if len(got) != 1 {
			t.Errorf("%s: %d commitments, want 1", tc.reading, len(got))
			continue
		}
		o := ""
		if got[0].Owner != nil {
			o = *got[0].Owner
		}
		if o != tc.owner {
			t.Errorf("%s: %q owner %q, want %q", tc.reading, tc.in, o, tc.owner)
		}
	}
}

// TestNotOwner: an adverb or an indefinite pronoun opening the sentence
// owns nothing; a given name ending in -ly does.
func TestNotOwner(t *testing.T) {
	for _, tc := range []struct {
		in    string
		owner string
	}{
		{"Personally would like to delegate to a small group.", ""},
		{"Someone would maybe be responsible for short responses.", ""},
		{"Kelly will circulate the draft.", "Kelly"},
	} {
		got := findWith(parse(t, tc.in, doc.FormatText), cueRules)
		o := ""
		if len(got) == 1 && got[0].Owner != nil {
			o = *got[0].Owner
		}
		if len(got) != 1 || o != tc.owner {
			t.Errorf("%q: %d commitments, owner %q; want one, owner %q", tc.in, len(got), o, tc.owner)
		}
	}
}

// FuzzRules runs the recogniser on the rules' examples and the owner
// table's sentences, mutated: it must not panic, and every commitment's
// text must be its span of the text.
func FuzzRules(f *testing.F) {
	for _, r := range commitmentRules {
		for _, ex := range r.examples {
			f.Add(ex)
		}
	}
	for _, r := range sentenceRules {
		for _, ex := range r.examples {
			f.Add(ex)
		}
	}
	for _, tc := range ownerCases {
		f.Add(tc.in)
	}
	for _, tc := range firedCases {
		f.Add(tc.in)
	}
	for _, tc := range logCases {
		f.Add(tc.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := parse(t, s, doc.FormatText)
		for _, c := range findWith(d, cueRules) {
			if c.Span.Start < 0 || c.Span.End > len(d.Text) || c.Span.Start > c.Span.End || d.Text[c.Span.Start:c.Span.End] != c.Text {
				t.Fatalf("commitment %q: span %v of text of %d", c.Text, c.Span, len(d.Text))
			}
		}
	})
}

// TestEventLineAfterMeeting: an event line is a commitment when its date
// comes after the document's first date, the meeting's; a past one is a
// report.
func TestEventLineAfterMeeting(t *testing.T) {
	wantCounts(t, []countCase{
		{"Minutes of the meeting held on 6 May 2024\n\nHarvest Supper – Village Hall, 12 October 2024\n", 1},
		{"Minutes of the meeting held on 6 May 2024\n\nHarvest Supper – Village Hall, 12 October 2023\n", 0},
		{"Harvest Supper – Village Hall, 12 October 2024\n", 0},
	})
}

// TestLetteredParts: a plan written as lettered parts of one sentence is
// one commitment a part, each with its text; a thing done is no owner.
func TestLetteredParts(t *testing.T) {
	in := "(a) Returns to be submitted by 30th June; (b) Declarations by 15th May."
	var got []string
	for _, c := range findWith(parse(t, in, doc.FormatText), cueRules) {
		got = append(got, ownerText(c.Owner)+": "+c.Text)
	}
	if want := []string{": Returns to be submitted by 30th June", ": Declarations by 15th May"}; !slices.Equal(got, want) {
		t.Errorf("%q: %q, want %q", in, got, want)
	}
}
