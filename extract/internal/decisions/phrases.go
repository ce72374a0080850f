package decisions

import (
	"strings"

	"github.com/minutes-tool/minutes/extract/internal/doc"
	"github.com/minutes-tool/minutes/extract/internal/lex"
	"github.com/minutes-tool/minutes/extract/internal/phrase"
)

// Decisions written without a decision verb are phrases: "there was a
// consensus that", "permission was granted", "the Board is keen to see".
// Each is a phraseRule in phraseRules, declaring the words it starts
// from; one matcher runs them all. A sentence is read from its first word
// on, and at each word only the rules that can start there are tried, in
// the order they are declared: the first that matches gives the kind.

// A phraseRule is one phrase that records a decision.
type phraseRule struct {
	name string
	// phrases are the rule's phrases; any one of them matches. The words
	// of their start slots are the words the rule is tried at.
	phrases []phrase.Pattern
	// opens: the phrase counts only as the sentence's first words.
	opens bool
	// when is what else must hold at the start word toks[i], or nil.
	when func(s *phraseScan, i int) bool
	kind string
	// example is a sentence the rule, and no rule before it, recognises.
	example string
}

// phraseRules, in the order they are tried at one word.
var phraseRules = []phraseRule{
	{
		// Planning responses written in capitals.
		name:    "no-objections",
		phrases: phrase.Parse("no objections|objection|observations|comments"),
		opens:   true, when: inCapitals, kind: "other",
		example: "NO OBJECTIONS",
	},
	{
		// Consent in notes: "No objections, agreed", "No objections
		// raised to the proposal". Objections that were received are a
		// consultation's result, not the body's consent.
		name:    "no-objections-consent",
		phrases: consentPhrases,
		opens:   true, when: consentOnly, kind: "agreed",
		example: "No objections raised.",
	},
	{
		name:    "in-support-of",
		phrases: phrase.Parse("in support of"),
		when:    bodyWithin(10), kind: "endorsed",
		example: "The Programme Board are strongly in support of this bid.",
	},
	{
		name:    "has-an-agreed",
		phrases: phrase.Parse("has|have an agreed"), kind: "agreed",
		example: "The group has an agreed position on the consultation.",
	},
	{
		name:    "consensus-that",
		phrases: phrase.Parse("consensus that"), kind: "agreed",
		example: "There was a consensus that the survey should continue.",
	},
	{
		// The meeting's agreement as a noun: "There was agreement that
		// it would help", "Broad agreement to keep it for now".
		name:    "agreement-that",
		phrases: phrase.Parse("there was|is [agreement] that", "general|broad|overall|unanimous|full [agreement] that|to"),
		kind:    "agreed",
		example: "There was agreement that it would be helpful to train radiographers.",
	},
	{
		// An item put off to the next meeting: "Contrast for malignancy
		// to be discussed at next meeting".
		name:    "to-next-meeting",
		phrases: phrase.Parse("to be [discussed|considered|revisited|reviewed|decided] at|in next meeting", "to be [discussed|considered|revisited|reviewed|decided] at|in the next meeting"),
		kind:    "deferred",
		example: "Contrast for malignancy to be discussed at next meeting.",
	},
	{
		name:    "permission-given",
		phrases: phrase.Parse("permission|approval|consent was given|granted"), kind: "agreed",
		example: "Permission was granted for the bench to be installed.",
	},
	{
		name:    "led-to-a-decision",
		phrases: phrase.Parse("led to a decision"), kind: "other",
		example: "The discussion led to a decision on the venue.",
	},
	{
		// A labelled line of notes: "Decision: documents into a team
		// repo", "Consensus: keep the monthly slot".
		name:    "decision-label",
		phrases: phrase.Parse("decision|consensus :|-|–"), opens: true, kind: "agreed",
		example: "Decision: documents into a team repo, with notes for drafts.",
	},
	{
		// A resolution's label before its clause: "RESOLUTION: That the
		// Minutes of the meeting be confirmed."
		name:    "resolution-label",
		phrases: phrase.Parse("resolution|resolved : that"), opens: true, kind: "resolved",
		example: "Resolution: That the minutes of the meeting held on 19 April be confirmed.",
	},
	{
		// The label inside a sentence, where a heading runs into it in
		// text flattened from a page: "CONSIDERATION OF MINUTES General
		// Meeting – 19 April 2017 RESOLUTION: That the Minutes be
		// confirmed." Only in capitals: a label, not a word of prose.
		name:    "resolution-label-within",
		phrases: phrase.Parse("resolution|resolved : that"),
		when:    labelWithin, kind: "resolved",
		example: "CONSIDERATION OF MINUTES General Meeting RESOLUTION: That the Minutes be confirmed.",
	},
	{
		name:    "decision-made",
		phrases: phrase.Parse("decision was made|taken", "decision has been made|taken"), kind: "other",
		example: "A decision was taken to close the car park.",
	},
	{
		// Notes that open on the decision itself: "Decision made to form
		// it", "Decision to delegate the tracking to the team". "Decision
		// to be taken next week" is none yet.
		name:    "decision-opens",
		phrases: phrase.Parse("decision made|taken", "decision to"),
		opens:   true, when: notToBe, kind: "agreed",
		example: "Decision to delegate the tracking to the librarians.",
	},
	{
		name:    "not-feasible",
		phrases: phrase.Parse("not considered|deemed feasible"), kind: "rejected",
		example: "The footpath extension was not considered feasible.",
	},
	{
		// Only when the phrase opens the sentence: the whole sentence is
		// the decision.
		name:    "not-taken-forward",
		phrases: phrase.Parse("not to be taken forward", "not to be pursued"),
		opens:   true, kind: "rejected",
		example: "Not to be taken forward.",
	},
	{
		// A body's wish is its recommendation.
		name:    "body-wish",
		phrases: phrase.Parse("keen to see", "would like to see", "expressed an interest", "set out their view"),
		when:    bodySubject, kind: "recommended",
		example: "The Council would like to see the hedges cut back.",
	},
	{
		// "The Board felt it was important", "The Panel stated that":
		// the view a body states near the start of the sentence.
		name:    "body-view",
		phrases: []phrase.Pattern{{Slots: [][]string{lex.Keys(lex.ViewVerbs)}}},
		when:    bodyWithin(8), kind: "recommended",
		example: "The Panel felt that the report should be shared.",
	},
	{
		// A vote's result written as what was voted for, opening a line
		// of notes or after a deciding body: "Voted to accept the draft
		// policy", "The Board voted unanimously to adopt it". One member
		// voting ("Smith voted to approve") decides nothing.
		name:    "voted-to-approve",
		phrases: phrase.Parse("voted to approve|adopt|accept|ratify|confirm|authorize|authorise|pass", "voted unanimously to approve|adopt|accept|ratify|confirm|authorize|authorise|pass"),
		when:    noteOrBody, kind: "approved",
		example: "Voted to accept the draft patent policy as official",
	},
	{
		name:    "voted-to-reject",
		phrases: phrase.Parse("voted to reject|deny|refuse|decline", "voted unanimously to reject|deny|refuse|decline"),
		when:    noteOrBody, kind: "rejected",
		example: "The Council voted to reject the application.",
	},
	{
		name:    "for-the-record",
		phrases: phrase.Parse("note for the record", "the record will [note]"), kind: "noted",
		example: "The record will note that the clerk was absent.",
	},
	{
		// "the Council's decision to": a decision named as the body's own.
		name:    "possessive-decision-to",
		phrases: phrase.Parse("decision to"),
		when:    afterPossessive, kind: "other",
		example: "Members welcomed the Council's decision to fund the post.",
	},
}

// phraseIndex says which phrase rules can start at a word; it is built
// from the rules' starts.
var phraseIndex = func() *lex.Index {
	starts := make([]lex.Starts, len(phraseRules))
	for i, r := range phraseRules {
		starts[i] = phrase.Starts(r.phrases)
	}
	return lex.NewIndex(starts...)
}()

// matchAt tells whether the rule matches with its start word at toks[i].
func (r *phraseRule) matchAt(s *phraseScan, i int) bool {
	if r.opens && i != 0 {
		return false
	}
	return phrase.AnyAt(r.phrases, s.toks, i) && (r.when == nil || r.when(s, i))
}

// phraseScan is the sentence the phrase rules read, and whether a
// deciding body is its subject, worked out when a rule first asks: most
// sentences never need it. Find makes one and reuses it for every unit.
type phraseScan struct {
	toks []doc.Token
	body int8 // 0 not yet known, 1 no, 2 yes
}

// reset makes the scan read toks.
func (s *phraseScan) reset(toks []doc.Token) { s.toks, s.body = toks, 0 }

// bodySubject tells whether the sentence opens with a deciding body as
// its subject (doc.SubjectIsBody).
func (s *phraseScan) bodySubject() bool {
	if s.body == 0 {
		s.body = 1
		if doc.SubjectIsBody(s.toks, len(s.toks)) {
			s.body = 2
		}
	}
	return s.body == 2
}

// phraseRuleAt finds the first phrase rule that matches in the sentence,
// word by word, and the word it starts at; nil when none does. Only the
// rules the index gives for a word are tried there, and none in a
// sentence whose cues hold no phrase's start word.
func phraseRuleAt(s *phraseScan, cues cue) (*phraseRule, int) {
	if cues&cuePhrase == 0 {
		return nil, -1
	}
	for i := range s.toks {
		for _, r := range phraseIndex.Rules(s.toks[i].Lower) {
			if phraseRules[r].matchAt(s, i) {
				return &phraseRules[r], i
			}
		}
	}
	return nil, -1
}

// The conditions of the rules.

// inCapitals: the phrase's first two words are in capitals.
func inCapitals(s *phraseScan, i int) bool {
	return doc.IsUpperWord(s.toks[i]) && doc.IsUpperWord(s.toks[i+1])
}

// consentPhrases give a body's consent in notes: "No objections".
var consentPhrases = phrase.Parse("no objection|objections")

// consentOnly: consent that no decision after it names otherwise ("No
// objection, so referred" is a referral; "No objections, agreed" is
// consent), and not received.
func consentOnly(s *phraseScan, i int) bool {
	for k := i + 1; k < len(s.toks); k++ {
		t := s.toks[k]
		if t.Kind == doc.Word && lex.DecisionVerbs[t.Lower] != "" && decisionFrame(s.toks, k) {
			return false
		}
	}
	return notReceived(s, i)
}

// notReceived: the phrase at i is not followed, within four words, by
// "received" ("No objections were received").
func notReceived(s *phraseScan, i int) bool {
	for k := i + 1; k < len(s.toks) && k <= i+4; k++ {
		if s.toks[k].Lower == "received" {
			return false
		}
	}
	return true
}

// notToBe: the phrase at i does not go on "to be" ("decision to be
// taken").
func notToBe(s *phraseScan, i int) bool {
	return !(doc.LowerAt(s.toks, i+1) == "to" && doc.LowerAt(s.toks, i+2) == "be")
}

// noteOrBody: the phrase opens a line of notes, past a bullet ("+
// Voted to ..."), or a deciding body says it.
func noteOrBody(s *phraseScan, i int) bool {
	if i == 0 || i == 1 && s.toks[0].Kind == doc.Punct && strings.Contains("+-*", s.toks[0].Text) {
		return true
	}
	return s.bodySubject()
}

// labelWithin: the label is in capitals past the sentence's start.
func labelWithin(s *phraseScan, i int) bool { return i > 0 && doc.IsUpperWord(s.toks[i]) }

// bodySubject: a deciding body says it.
func bodySubject(s *phraseScan, _ int) bool { return s.bodySubject() }

// bodyWithin: a deciding body says it, within the sentence's first n
// words.
func bodyWithin(n int) func(s *phraseScan, i int) bool {
	return func(s *phraseScan, i int) bool { return i < n && s.bodySubject() }
}

// afterPossessive: the word before ends in 's ("the Council's", or "s"
// split from "Council’" by the tokenizer).
func afterPossessive(s *phraseScan, i int) bool {
	if i == 0 {
		return false
	}
	p := s.toks[i-1]
	return p.Text == "s" || strings.HasSuffix(p.Lower, "'s") || strings.HasSuffix(p.Lower, "’s")
}
