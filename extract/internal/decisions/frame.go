package decisions

import (
	"github.com/minutes-tool/minutes/extract/internal/doc"
	"github.com/minutes-tool/minutes/extract/internal/lex"
)

// A decision verb ("agreed", "approved", "noted") records a decision only
// in a decision's frame: in capitals ("RESOLVED"), in the passive ("was
// unanimously approved"), after a body ("The Board approved"), or "agreed
// that" after anyone. The frames are frameRules, tried in order until one
// holds: a trigger then says the verb is a decision, a veto that it is
// not. When none holds the verb is no decision ("MW agreed to write").

// frame is a decision verb and the words around it that the rules read.
// It is small, so that the rules take it by value.
type frame struct {
	toks []doc.Token
	i    int // the verb is toks[i]
	// j is the word before the verb past adverbs and perfect auxiliaries
	// ("was unanimously approved", "have also agreed").
	j int
	// passive: toks[j] is a passive auxiliary ("was", "were", "been").
	passive bool
}

// newFrame is the frame of the verb toks[i].
func newFrame(toks []doc.Token, i int) frame {
	j := i - 1
	for j >= 0 && toks[j].Kind == doc.Word && lex.Adverbs[toks[j].Lower] {
		j--
	}
	return frame{toks: toks, i: i, j: j, passive: lex.PassiveAux[doc.LowerAt(toks, j)]}
}

// w is the verb, in lower case.
func (f frame) w() string { return f.toks[f.i].Lower }

// next is the word after the verb.
func (f frame) next() string { return doc.LowerAt(f.toks, f.i+1) }

// just is the word just before the verb.
func (f frame) just() string { return doc.LowerAt(f.toks, f.i-1) }

// prev is the word before the verb past adverbs, toks[j].
func (f frame) prev() string { return doc.LowerAt(f.toks, f.j) }

// A frameRule is one frame of a decision verb.
type frameRule struct {
	name string
	// verbs are the decision verbs the rule is tried at: a few for a
	// rule about one verb, anyVerb for the rest.
	verbs lex.Starts
	holds func(f frame) bool
	// decision is the verdict when the rule holds: true for a trigger,
	// false for a veto.
	decision bool
	// example is a sentence whose first decision verb the rule, and no
	// rule before it, decides.
	example string
}

// anyVerb: a rule tried at every decision verb.
var anyVerb = lex.Keys(lex.DecisionVerbs)

// frameRules, in the order they are tried.
var frameRules = []frameRule{
	{name: "signed-without-off", verbs: lex.Words("signed"), holds: signedWithoutOff, decision: false, example: "The cheques were signed by the Chair."},
	{name: "resolved-in-capitals", verbs: lex.Words("resolved", "agreed"), holds: resolvedInCapitals, decision: true, example: "RESOLVED that the minutes be signed as a correct record."},
	{name: "hereby-proclaim", verbs: lex.Words("proclaim"), holds: herebyProclaim, decision: true, example: "The Mayor does hereby proclaim May to be Bike Month."},
	{name: "proclaim-alone", verbs: lex.Words("proclaim"), holds: proclaimAlone, decision: false, example: "The Mayor will proclaim the winner."},
	{name: "referred", verbs: lex.Words("referred"), holds: referred, decision: true, example: "The application was referred back to the applicant."},
	{name: "so-verb", verbs: anyVerb, holds: soVerb, decision: true, example: "So approved."},
	{name: "trailing-noted", verbs: lex.Words("noted"), holds: trailingNotedFrame, decision: true, example: "Lloyds Bank, Sheet Number 27, Balance of £6,564.21 Noted"},
	{name: "dash-recommended", verbs: lex.Words("recommended"), holds: dashRecommended, decision: true, example: "Mill House extension – Refusal recommended"},
	{name: "after-dash", verbs: anyVerb, holds: afterDash, decision: true, example: "D5 (Meetings): re-draft the outline. - deferred to 2021."},
	{name: "verbs-only", verbs: anyVerb, holds: verbsOnly, decision: true, example: "Approved and signed as a correct record."},
	{name: "future-passive", verbs: anyVerb, holds: futurePassive, decision: false, example: "The report had been approved before the meeting."},
	{name: "passive-view", verbs: lex.Keys(lex.ActiveOnlyVerbs), holds: passiveView, decision: false, example: "It was suggested that the hall be repainted."},
	{name: "welcomed-to", verbs: lex.Words("welcomed"), holds: welcomedTo, decision: false, example: "Members were welcomed to the meeting."},
	{name: "agreed-opening", verbs: lex.Words("agreed", "approved", "decided", "resolved"), holds: opensNote, decision: true, example: "Agreed on May 4-5 for the summit."},
	{name: "subordinate-passive", verbs: anyVerb, holds: subordinatePassive, decision: false, example: "The date on which they are approved is not known."},
	{name: "passive", verbs: anyVerb, holds: passive, decision: true, example: "The Terms of Reference were agreed."},
	{name: "future", verbs: anyVerb, holds: future, decision: false, example: "The minutes will be approved at the next meeting."},
	{name: "agreed-that", verbs: lex.Words("agreed", "resolved", "decided"), holds: agreedThat, decision: true, example: "Everyone agreed that the hall should close."},
	{name: "body-subject", verbs: anyVerb, holds: bodySubjectFrame, decision: true, example: "The Committee agreed the revised terms of reference."},
	{name: "all-subject", verbs: anyVerb, holds: allSubject, decision: true, example: "All agreed to move the timings to 70 seconds."},
	{name: "and-body", verbs: anyVerb, holds: andBody, decision: true, example: "The Board considered the report and approved it."},
}

// frameIndex says which frame rules are tried at a verb; it is built
// from the rules' verbs.
var frameIndex = func() *lex.Index {
	verbs := make([]lex.Starts, len(frameRules))
	for i, r := range frameRules {
		verbs[i] = r.verbs
	}
	return lex.NewIndex(verbs...)
}()

// frameRuleAt is the first frame rule that holds for the decision verb
// toks[i], nil when none does.
func frameRuleAt(toks []doc.Token, i int) *frameRule {
	f := newFrame(toks, i)
	for _, k := range frameIndex.Rules(toks[i].Lower) {
		if frameRules[k].holds(f) {
			return &frameRules[k]
		}
	}
	return nil
}

// decisionFrame tells whether the decision verb at toks[i] is used as a
// decision.
func decisionFrame(toks []doc.Token, i int) bool {
	r := frameRuleAt(toks, i)
	return r != nil && r.decision
}

// signedWithoutOff (veto): "signed" decides only as "signed off"; the
// Chair signs the minutes and cheques without deciding anything.
func signedWithoutOff(f frame) bool { return f.w() == "signed" && f.next() != "off" }

// resolvedInCapitals: "RESOLVED", "AGREED" head a resolution.
func resolvedInCapitals(f frame) bool {
	return doc.IsUpperWord(f.toks[f.i]) && (f.w() == "resolved" || f.w() == "agreed")
}

// herebyProclaim: a mayor's proclamation, "does hereby proclaim".
func herebyProclaim(f frame) bool { return f.w() == "proclaim" && f.just() == "hereby" }

// proclaimAlone (veto): "proclaim" without "hereby" proclaims nothing yet.
func proclaimAlone(f frame) bool { return f.w() == "proclaim" }

// referred: "so referred", or "referred back" unless still to come ("to
// be referred back").
func referred(f frame) bool {
	return f.w() == "referred" && (f.just() == "so" || (f.next() == "back" && !lex.FutureAux[f.just()] && f.just() != "be"))
}

// soVerb: "so approved", "so ordered" opening the sentence or a clause.
func soVerb(f frame) bool {
	i := f.i
	return f.just() == "so" && (i < 2 || f.toks[i-2].Kind == doc.Punct || f.toks[i-2].Text == "]")
}

// trailingNotedFrame: a bank balance or report ticked off with "Noted"
// at the end of the line ("Balance of £6,564.21 Noted"), not "was Noted".
func trailingNotedFrame(f frame) bool {
	return f.w() == "noted" && f.toks[f.i].Text == "Noted" && trailingNoted(f.toks) && !lex.PassiveAux[f.just()]
}

// dashRecommended: a planning-style response after a dash or colon, the
// recommendation's noun and the verb: "Mill House extension – Refusal
// recommended", "Application 19/0032: Approval recommended".
func dashRecommended(f frame) bool {
	if f.w() != "recommended" || f.i < 2 || f.toks[f.i-1].Kind != doc.Word {
		return false
	}
	p := f.toks[f.i-2]
	return doc.IsDash(p) || p.Text == ":"
}

// afterDash: an item's status written after a dash in notes, the verb
// in lower case: "D5 (Meetings): re-draft the outline. - deferred to
// 2021", "Council 19 February 2004 - approved".
func afterDash(f frame) bool {
	if f.i < 2 || !doc.IsDash(f.toks[f.i-1]) || !f.toks[f.i-1].SpaceBefore || !f.toks[f.i].SpaceBefore || doc.IsCapitalised(f.toks[f.i]) {
		return false
	}
	p := f.toks[f.i-2] // what the status follows: a title, a date, a sentence
	return p.Kind == doc.Word || p.Kind == doc.Number || p.Text == "."
}

// verbsOnly: a line of notes that is only what was done to the paper
// before it, opening on a verb: "Approved and signed.", "Read, approved
// and signed as a correct record.", "Read and noted." A lone verb opening
// a line is the agreed-opening rule's.
func verbsOnly(f frame) bool {
	k := entryStart(f.toks)
	if !doc.IsCapitalised(f.toks[k]) {
		return false
	}
	for ; k < f.i; k++ {
		if w := f.toks[k].Lower; w != "read" && w != "and" && w != "," && lex.DecisionVerbs[w] == "" {
			return false
		}
	}
	if f.i > entryStart(f.toks) {
		return f.just() == "and" || f.just() == "," // "Read and approved", "Read, approved and signed"
	}
	n := f.next()
	return (n == "and" || n == ",") && lex.DecisionVerbs[doc.LowerAt(f.toks, f.i+2)] != "" // "Approved and signed"
}

// futurePassive (veto): a passive still to come or already past before
// the meeting ("will be agreed" is the future veto's; "would have been
// approved", "had been adopted").
func futurePassive(f frame) bool {
	if !f.passive {
		return false
	}
	before := doc.LowerAt(f.toks, f.j-1)
	return lex.FutureAux[before] || before == "had" || (f.prev() == "been" && lex.FutureAux[doc.LowerAt(f.toks, f.j-2)])
}

// passiveView (veto): "It was suggested that", "It was acknowledged that"
// report a view, not a decision.
func passiveView(f frame) bool { return f.passive && lex.ActiveOnlyVerbs[f.w()] }

// welcomedTo (veto): "were welcomed to the meeting" is a greeting.
func welcomedTo(f frame) bool {
	switch {
	case f.w() != "welcomed":
		return false
	case f.passive:
		return f.next() == "to"
	}
	switch f.next() {
	case "all", "everyone", "members", "those", "attendees", "guests", "visitors", "everybody":
		return true // "The Mayor welcomed all in attendance": a greeting
	}
	return false
}

// opensNote: a decision verb opening a sentence of notes, before what
// was decided ("Agreed on May 4-5", "Approved: the budget", "Decided to
// meet weekly"); not an adjective before a noun ("Approved minutes are
// online").
func opensNote(f frame) bool {
	if f.i != entryStart(f.toks) || !doc.IsCapitalised(f.toks[f.i]) {
		return false
	}
	switch f.next() {
	case "on", "to", "that", ":", "-", "–", "unanimously", "by", "":
		return true
	}
	return false
}

// subordinatePassive (veto): a passive in a subordinate clause ("at which
// they are approved", "if the statement is signed off") is not the
// sentence's statement.
func subordinatePassive(f frame) bool { return f.passive && subordinate(f.toks, f.j) }

// passive: the thing decided is the subject ("The minutes were agreed").
func passive(f frame) bool { return f.passive }

// future (veto): "will approve", "to be agreed", "being considered": not
// yet decided.
func future(f frame) bool { return lex.FutureAux[f.prev()] || f.prev() == "be" || f.prev() == "being" }

// agreedThat: "agreed that", "resolved:" after anyone.
func agreedThat(f frame) bool {
	return (f.w() == "agreed" || f.w() == "resolved" || f.w() == "decided") && (f.next() == "that" || f.next() == ":")
}

// bodySubjectFrame: a deciding body just before the verb ("The Board
// approved", "The CPB recommended": a body's initials after "the");
// "they" only opening the sentence, never "it".
func bodySubjectFrame(f frame) bool {
	if f.j > 0 && f.toks[f.j-1].Lower == "the" && doc.IsUpperWord(f.toks[f.j]) && len(f.toks[f.j].Text) <= maxInitials {
		return true
	}
	return lex.BodyNouns[f.prev()] && f.prev() != "it" && (f.prev() != "they" || f.j == 0)
}

// maxInitials bounds the letters of a body's initials ("CPB", "JHOSC").
const maxInitials = 6

// allSubject: everyone present decided, "All agreed", opening the
// sentence.
func allSubject(f frame) bool {
	return f.i >= 1 && f.just() == "all" && f.i-1 == entryStart(f.toks)
}

// andBody: the second verb of a body's sentence ("The Committee
// considered the report and approved it").
func andBody(f frame) bool {
	return (f.prev() == "and" || f.prev() == "but" || f.prev() == ",") && doc.SubjectIsBody(f.toks, f.j)
}

// subordinators open a clause that is not the sentence's statement:
// "at which they are approved", "if the statement is signed off".
var subordinators = map[string]bool{
	"which": true, "when": true, "once": true, "until": true, "if": true, "unless": true,
	"before": true, "after": true, "whether": true, "whereby": true,
}

// subordinate tells whether the clause holding toks[aux] opens with a
// subordinator within a few words.
func subordinate(toks []doc.Token, aux int) bool {
	for k := aux - 1; k >= 0 && k >= aux-6; k-- {
		if toks[k].Kind == doc.Punct {
			return false
		}
		if subordinators[toks[k].Lower] {
			return true
		}
	}
	return false
}
