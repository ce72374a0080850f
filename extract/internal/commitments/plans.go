package commitments

import (
	"strings"

	"github.com/minutes-tool/minutes/extract/internal/doc"
	"github.com/minutes-tool/minutes/extract/internal/lex"
)

// Checks on the words after a cue that tell a plan from a prediction, an
// assessment, a hypothetical or a question.

// effectAfterThing tells whether the verb at toks[v] after the modal at
// toks[m] predicts what a thing will do ("it will provide consistency")
// rather than what a person undertakes ("Simon will provide the data").
func effectAfterThing(toks []doc.Token, m, v int) bool {
	if !lex.UndertakingVerbs[toks[v].Lower] {
		return false
	}
	p := m - 1
	for p >= 0 && toks[p].Kind == doc.Word && lex.Adverbs[toks[p].Lower] {
		p--
	}
	if p >= 0 && bodyWord(toks[p]) {
		return false // "the librarians team will make that decision"
	}
	if p < 0 || !doc.IsCapitalised(toks[p]) || pronoun[toks[p].Lower] {
		return true
	}
	// The name must open its clause: "across CCGs will provide" is a thing.
	for p >= 0 && (doc.IsCapitalised(toks[p]) || toks[p].Text == ".") {
		p--
	}
	return p >= 0 && toks[p].Text != "," && toks[p].Lower != "and" && toks[p].Lower != "that" && toks[p].Text != ":"
}

// bodyWord tells whether a lower-case word names a body of people, who
// act: "team", "committee" (not "it", "they" or "meeting").
func bodyWord(t doc.Token) bool {
	w := t.Lower
	return t.Kind == doc.Word && !doc.IsCapitalised(t) && lex.BodyNouns[w] && !pronoun[w] && w != "it" && w != "meeting"
}

// planVerb tells whether the words after a modal at toks[i-1] make a
// plan: not a prediction ("will help"), not an assessment ("would be
// key"), not a counterfactual ("would have"). It returns the verb's
// index.
func planVerb(toks []doc.Token, i int, would bool) (int, bool) {
	x := modalVerb{toks: toks, m: i - 1, v: verbAfterModal(toks, i), would: would}
	if x.v >= len(toks) || toks[x.v].Kind != doc.Word {
		return 0, false
	}
	for _, veto := range planVerbVetoes {
		if veto(x) {
			return 0, false
		}
	}
	return x.v, true
}

// modalVerb is a modal and the verb after it.
type modalVerb struct {
	toks  []doc.Token
	m, v  int  // the modal's index and the verb's
	would bool // the modal is "would", which also says what might be
}

// word is the verb, lower case; at is the word k tokens after it.
func (x modalVerb) word() string    { return x.toks[x.v].Lower }
func (x modalVerb) at(k int) string { return doc.LowerAt(x.toks, x.v+k) }

// verbAfterModal is the index of the verb after a modal whose next word
// is toks[i]: past adverbs ("will not", "would probably") and a
// parenthetical between commas ("will, in future, have").
func verbAfterModal(toks []doc.Token, i int) int {
	i = skipWords(toks, i, modalAdverb)
	if i < len(toks) && toks[i].Text == "," {
		for k := i + 1; k < len(toks) && k < i+6; k++ {
			if toks[k].Text == "," {
				i = k + 1
				break
			}
		}
		i = skipWords(toks, i, parentheticalAdverb) // "would, however, only be realised"
	}
	return i
}

// skipWords is the index of the first token from toks[i] on that is not
// a word for which skip holds.
func skipWords(toks []doc.Token, i int, skip func(w string) bool) int {
	for i < len(toks) && toks[i].Kind == doc.Word && skip(toks[i].Lower) {
		i++
	}
	return i
}

// modalAdverb may stand between a modal and its verb: "will not",
// "would only", "will always".
func modalAdverb(w string) bool {
	return lex.Adverbs[w] && !haveWords[w] || hedge(w) || lex.StandingAdverbs[w]
}

// parentheticalAdverb may follow a parenthetical after a modal: "would,
// however, only be".
func parentheticalAdverb(w string) bool {
	return lex.Adverbs[w] && !haveWords[w] || w == "only" || lex.StandingAdverbs[w]
}

// hedge tells whether w is one of the words besides adverbs that may
// stand after a modal.
func hedge(w string) bool {
	switch w {
	case "not", "only", "certainly", "potentially", "likely", "really", "very", "probably":
		return true
	}
	return false
}

// planVerbVetoes tell a modal's verb that makes no plan.
var planVerbVetoes = []func(modalVerb) bool{
	standingPrinciple, brokenOff, predictsEffect, statesLasting, counterfactualHave, needNotDone, beAssesses,
}

// standingPrinciple: "should always be aware of" says how things are,
// not what will be done.
func standingPrinciple(x modalVerb) bool {
	for k := x.m + 1; k < x.v; k++ {
		if lex.StandingAdverbs[x.toks[k].Lower] {
			return true
		}
	}
	return false
}

// brokenOff: "we'll raise -- we can raise rates" is broken off.
func brokenOff(x modalVerb) bool {
	return x.v+1 < len(x.toks) && doc.IsDash(x.toks[x.v+1])
}

// predictsEffect: "will help improve services" predicts, but "a
// consultant who will help us with reports" undertakes.
func predictsEffect(x modalVerb) bool {
	w := x.word()
	return lex.EffectVerbs[w] && !(doc.LowerAt(x.toks, x.m-1) == "who" && lex.PersonEffects[w])
}

// statesLasting: "will last three years", "will have no resolution".
func statesLasting(x modalVerb) bool {
	w := x.word()
	return lex.StateVerbs[w] || w == "have" && x.at(1) == "no"
}

// counterfactualHave: "would have", "will have been".
func counterfactualHave(x modalVerb) bool {
	return x.word() == "have" && (x.would || x.at(1) == "been")
}

// needNotDone: "will need" counts only as "will need to be done".
func needNotDone(x modalVerb) bool {
	return x.word() == "need" && !(x.at(1) == "to" && x.at(2) == "be")
}

// beAssesses: "would be key", "will be the benefit", "savings will be
// realised": "be" and what follows weigh something up.
func beAssesses(x modalVerb) bool {
	if x.word() != "be" {
		return false
	}
	for _, veto := range beVetoes {
		if veto(x) {
			return true
		}
	}
	return false
}

// beVetoes tell what after "will be" is an assessment or a state.
var beVetoes = []func(modalVerb) bool{beAdjective, beMatterFor, beEffect, heldToAccount, completeNow, beNothing}

// beAdjective: "would be helpful".
func beAdjective(x modalVerb) bool { return lex.PredicateAdjectives[x.at(1)] }

// beEffect: "savings will be realised", "will be based on"; but "will be
// generated by this development" is something done.
func beEffect(x modalVerb) bool {
	n := x.at(1)
	return (lex.EffectParticiples[n] || lex.StateParticiples[n]) && !nounAfter(x.toks, x.v+2)
}

// heldToAccount: accountability, not a meeting to be held.
func heldToAccount(x modalVerb) bool {
	return x.at(1) == "held" && x.at(2) == "to" && x.at(3) == "account"
}

// completeNow: "the automation would be complete"; but "complete by
// June" is a deadline.
func completeNow(x modalVerb) bool { return x.at(1) == "complete" && !lex.TimePrepositions[x.at(2)] }

// beNothing: "will be --", or "will be" at the end: nothing said.
func beNothing(x modalVerb) bool { return x.v+1 >= len(x.toks) || doc.IsDash(x.toks[x.v+1]) }

// beMatterFor: "would be a matter for", "will be the benefit".
func beMatterFor(x modalVerb) bool {
	n := x.at(1)
	if n != "a" && n != "an" && n != "the" {
		return false
	}
	return n != "the" && lex.PredicateAdjectives[x.at(2)] || lex.PredicateNouns[x.at(2)]
}

// hypothetical tells whether "would" at toks[i] sits in a condition or an
// indirect question: "if ... would", "what would be".
func hypothetical(toks []doc.Token, i int) bool {
	// "much like a business would run its operations": a comparison.
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if (toks[k].Lower == "like" || toks[k].Lower == "as") && (doc.LowerAt(toks, k+1) == "a" || doc.LowerAt(toks, k+1) == "an" || doc.LowerAt(toks, k+1) == "any") {
			return true
		}
	}
	for k := i - 1; k >= 0; k-- {
		w := toks[k].Lower
		if w == "if" || (k >= i-10 && (w == "what" || w == "whether" || w == "why" || w == "how")) {
			return true
		}
	}
	return false
}

// isParticiple tells whether a word completes "to be ..." as an action:
// "to be signed", "to be held".
func isParticiple(t doc.Token) bool {
	if t.Kind != doc.Word {
		return false
	}
	w := t.Lower
	if lex.PredicateAdjectives[w] && w != "required" {
		return false
	}
	return lex.IrregularParticiples[w] || (len(w) > 3 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en")))
}

// agreedPlan tells whether the clause after "agreed that" is a plan ("the
// Clerk approach Biomass", "a £100 donation be made") rather than a
// finding ("the minutes ... were correct").
func agreedPlan(toks []doc.Token, i int) bool {
	for k := i; k < len(toks); k++ {
		switch toks[k].Lower {
		case "was", "were", "is", "are", "had", "has", "have":
			return false
		case "will", "would", "should", "shall", "must":
			_, ok := planVerb(toks, k+1, false)
			return ok
		case "be", "to":
			n := doc.LowerAt(toks, k+1)
			return !lex.PredicateAdjectives[n] && !decisionAtMeeting[n]
		case ";", ".":
			return true
		}
	}
	return true
}

// askedTo tells whether "asked" at toks[i] asks someone to act ("The Clerk
// was asked to write", "Hazel asked the relevant leads ... to sign"),
// rather than asks a question.
func askedTo(toks []doc.Token, i int) bool {
	if doc.LowerAt(toks, i-1) == "frequently" || doc.LowerAt(toks, i+1) == "questions" {
		return false // "frequently asked questions"
	}
	for k := i + 1; k < len(toks) && k <= i+22; k++ {
		w := toks[k].Lower
		switch w {
		case "if", "whether", "what", "why", "how", "about", "for", "who", "when", "where", "which":
			return false
		case "to":
			if doc.LowerAt(toks, k+1) == "be" && lex.PredicateAdjectives[doc.LowerAt(toks, k+2)] {
				return false // "asked them to be mindful of the guidance"
			}
			return k+1 < len(toks) && toks[k+1].Kind == doc.Word && !commonNonVerbs[toks[k+1].Lower]
		}
	}
	return false
}

// needIsPlan tells whether "need(s/ed) to be done" at toks[i] is a
// requirement the minutes record ("the bid needs to be submitted by 23
// November", "The post of PMO Lead needs to be re-recruited") rather than
// a member's opinion. The past "needed" is reported opinion unless a body
// decided it or a date or urgency is given ("their view that this
// decision needed to be taken urgently"); the present is opinion when a
// verb of stance introduces it ("recognised that care needs to be taken").
func needIsPlan(toks []doc.Token, i int, trigger bool) bool {
	if hasMonth(toks) {
		return true
	}
	for _, t := range toks[i:] {
		if urgencyWords[t.Lower] {
			return true
		}
	}
	for _, t := range toks[:i] {
		if stanceVerbs[t.Lower] {
			return false
		}
	}
	return trigger || toks[i].Lower != "needed"
}

// haveWords are skipped as adverbs in decisions ("has unanimously
// agreed") but after a modal they are the verb: "would have" is a
// counterfactual, "will have no resolution" a prediction.
var haveWords = map[string]bool{"have": true, "has": true, "had": true}

// nounAfter tells whether toks[i] goes on a noun phrase, so that the
// participle before it is an adjective ("would be increased detail")
// rather than a passive ("will be generated by this development").
func nounAfter(toks []doc.Token, i int) bool {
	return i < len(toks) && toks[i].Kind == doc.Word && !doc.IsCapitalised(toks[i]) && !linkWords[toks[i].Lower]
}

// linkWords may follow a passive participle.
var linkWords = map[string]bool{
	"by": true, "in": true, "with": true, "through": true, "as": true, "at": true, "for": true,
	"over": true, "from": true, "and": true, "or": true, "if": true, "on": true, "to": true,
	"when": true, "once": true, "because": true, "but": true, "only": true, "further": true,
	"significantly": true, "considerably": true, "greatly": true, "under": true, "across": true,
}

// urgencyWords give a requirement its time when no date does.
var urgencyWords = map[string]bool{
	"urgently": true, "immediately": true, "soon": true, "shortly": true, "promptly": true,
	"asap": true, "quickly": true,
}

// stanceVerbs introduce a member's view, not a decision.
var stanceVerbs = map[string]bool{
	"recognised": true, "recognized": true, "acknowledged": true, "stressed": true,
	"emphasised": true, "emphasized": true, "felt": true, "argued": true, "warned": true,
	"cautioned": true, "said": true, "thought": true, "believed": true,
}

// itAssesses tells whether "it" + modal at toks[m] weighs something up
// ("it would be at the kiosk", "it will take conscientiousness on your
// part") rather than says what will be done to it ("it will be
// circulated", "it will take place in May").
func itAssesses(toks []doc.Token, m, v int) bool {
	if doc.LowerAt(toks, m-1) != "it" {
		return false
	}
	switch toks[v].Lower {
	case "take":
		// "it will take conscientiousness on your part to see it done",
		// but "it would take an approach of adopting FHIR".
		if doc.LowerAt(toks, v+1) == "place" {
			return false
		}
		for k := v + 1; k+1 < len(toks); k++ {
			if toks[k].Lower == "to" && toks[k+1].Kind == doc.Word && !commonNonVerbs[toks[k+1].Lower] {
				return true
			}
		}
		return false
	case "be":
		return toks[m].Lower == "would" && (v+1 >= len(toks) || !isParticiple(toks[v+1]))
	}
	return false
}

// decisionAtMeeting after "agreed to" or "agreed that ... be" are the
// decision being taken at the meeting ("It was unanimously agreed to
// approve the renewal", "agreed that the Annual Return be approved"):
// recorded as decisions, with nothing left to do afterwards.
var decisionAtMeeting = map[string]bool{
	"approve": true, "approved": true, "adopt": true, "adopted": true, "accept": true,
	"accepted": true, "ratify": true, "ratified": true, "endorse": true, "endorsed": true,
	"confirm": true, "confirmed": true, "note": true, "noted": true, "receive": true,
	"received": true, "reject": true, "rejected": true, "carried": true,
}
