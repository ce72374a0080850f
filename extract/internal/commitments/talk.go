package commitments

import (
	"strings"

	"github.com/minutes-tool/minutes/extract/internal/doc"
	"github.com/minutes-tool/minutes/extract/internal/lex"
)

// Sentences that have the shape of a plan but are not one: what a
// speaker does in the meeting itself ("I'll turn this over to Ron", "the
// record will note that"), courtesies ("I would like to thank"),
// questions, forecasts of quantities, and clauses where "to be done" is
// the complement of a need or a permission ("allow the data to be
// shared"). Spoken transcripts after US city minutes are full of them;
// written minutes have them too, in reported speech.

// meetingActs after a first-person "I'll" / "we'll" are the speaker
// running the meeting in front of us, over before the minutes are
// written: "We'll begin with communications", "I'll refer it back".
var meetingActs = map[string]bool{
	"begin": true, "start": true, "turn": true, "hand": true, "move": true, "go": true,
	"call": true, "open": true, "close": true, "read": true, "hear": true, "note": true,
	"refer": true, "entertain": true, "recognize": true, "recognise": true, "say": true,
	"just": true, "ask": true, "add": true, "mention": true, "thank": true, "introduce": true,
	"stop": true, "end": true, "conclude": true, "keep": true, "pass": true, "vote": true,
	"recess": true, "adjourn": true, "second": true, "let": false,
}

// courtesyVerbs after "would like to" / "want to" are things said, not
// done: "I would like to thank members of your staff".
var courtesyVerbs = map[string]bool{
	"thank": true, "introduce": true, "welcome": true, "acknowledge": true, "congratulate": true,
	"commend": true, "recognise": true, "recognize": true, "say": true, "add": true,
	"remind": true, "echo": true, "mention": true, "point": true, "express": true, "note": true,
	"highlight": true, "stress": true, "emphasise": true, "emphasize": true, "reiterate": true,
	"speak": true, "comment": true, "ask": true, "clarify": true, "know": true, "hear": true,
	"understand": true, "see": false, "begin": true, "start": true, "share": true, "put": true,
	"take": true, "make": false, "apologise": true, "apologize": true, "applaud": true,
}

// perceptionVerbs after "you will" are asides: "as you will see".
var perceptionVerbs = map[string]bool{
	"see": true, "know": true, "recall": true, "remember": true, "notice": true, "note": true,
	"appreciate": true, "understand": true, "recognise": true, "recognize": true, "be": false,
	"hear": true, "find": true, "agree": true, "imagine": true,
}

// attitudeGerunds after a first-person "I'll be" are a stance, not an
// undertaking: "So i'll be watching that closely".
var attitudeGerunds = map[string]bool{
	"watching": true, "listening": true, "looking": true, "following": true, "thinking": true,
	"waiting": true, "hoping": true, "interested": true,
}

// firstPersonModal tells whether the modal at toks[m] has "I" or "we" as
// its subject, written apart or contracted ("i'll", "We'll").
func firstPersonModal(toks []doc.Token, m int) bool {
	w := toks[m].Lower
	for _, p := range []string{"i'", "i’", "we'", "we’"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	p := doc.LowerAt(toks, m-1)
	for m-1 >= 0 && toks[m-1].Kind == doc.Word && lex.Adverbs[p] {
		m--
		p = doc.LowerAt(toks, m-1)
	}
	return p == "i" || p == "we"
}

// spokenAct tells whether the modal at toks[m] with its verb at toks[v]
// is talk: a first-person act of running the meeting, a stance, or a
// courtesy ("would like to thank", "want to say").
func spokenAct(toks []doc.Token, m, v int) bool {
	w := toks[v].Lower
	if firstPersonModal(toks, m) {
		if meetingActs[w] {
			return true
		}
		if w == "be" && attitudeGerunds[doc.LowerAt(toks, v+1)] {
			return true
		}
	}
	if w == "like" && doc.LowerAt(toks, v+1) == "to" && courtesyVerbs[doc.LowerAt(toks, v+2)] {
		return true
	}
	// "as you will see from the report", "as members will recall": an
	// aside to the listener.
	if perceptionVerbs[w] && (doc.LowerAt(toks, m-1) == "you" || strings.HasPrefix(toks[m].Lower, "you") || doc.LowerAt(toks, m-2) == "as") {
		return true
	}
	// "the record will note that as a scrivener's error".
	return w == "note" && (doc.LowerAt(toks, m-1) == "record" || doc.LowerAt(toks, v+1) == "for" && doc.LowerAt(toks, v+3) == "record")
}

// chairsFormula tells whether the sentence is the chair disposing of an
// item at the meeting: "Unless there's objection, I'll refer it back",
// "Without objection, so ordered".
func chairsFormula(toks []doc.Token) bool {
	for i, t := range toks {
		if t.Lower != "objection" && t.Lower != "objections" {
			continue
		}
		for k := i - 1; k >= 0 && k >= i-4; k-- {
			switch toks[k].Lower {
			case "unless", "without", "no", "any", "hearing":
				return true
			}
		}
	}
	return false
}

// whWords open a question, direct or indirect.
var whWords = map[string]bool{
	"how": true, "what": true, "when": true, "where": true, "why": true,
}

// questionModal tells whether the modal at toks[m] asks rather than says:
// "how will this be cooperated", "how much will it cost", "asked whether
// public feedback will be acted on", "asked if the Clerk would".
func questionModal(toks []doc.Token, m int) bool {
	p := doc.LowerAt(toks, m-1)
	if whWords[p] || (whWords[doc.LowerAt(toks, m-2)] && (p == "much" || p == "many" || p == "long" || p == "soon" || p == "often" || p == "else" || p == "exactly")) {
		return true
	}
	for k := m - 1; k >= 0 && k >= m-12; k-- {
		w := toks[k].Lower
		if w == "whether" {
			return true
		}
		if w == "if" && k > 0 && askVerbs[toks[k-1].Lower] {
			return true
		}
	}
	return false
}

// askVerbs before "if" make it an indirect question, not a condition.
var askVerbs = map[string]bool{
	"asked": true, "ask": true, "asks": true, "wondered": true, "queried": true, "know": true,
	"enquired": true, "inquired": true, "questioned": true, "see": true, "check": true,
}

// complementHeads before "X to be done" make it what is needed, allowed
// or provided for, not what is planned: "the need for disclosure to be
// driven by local needs", "it does not allow the data to be shared",
// "the process requires all options to be evaluated".
var complementHeads = map[string]bool{
	"allow": true, "allows": true, "allowing": true, "allowed": true,
	"enable": true, "enables": true, "enabling": true, "permit": true, "permits": true,
	"require": true, "requires": true, "required": true, "requiring": true, "need": true,
	"provision": true, "possibility": true, "want": true, "wants": true, "wanted": true,
	"like": true, "expect": true, "expects": true, "deserve": true, "deserves": true,
	"enough": true, "cause": true, "causes": true, "help": true, "helps": true,
	"scope": true, "room": true, "call": true, "calls": true, "case": true, "argument": true,
	"desire": true, "wish": true, "appetite": true, "pressure": true,
}

// toBeComplement tells whether "to be" at toks[i] completes a need, a
// permission, a condition or an existential ("there was still work to be
// done") in its own clause. A date in the sentence makes it a plan again:
// "arrangements for the meeting to be held on 5 May".
func toBeComplement(toks []doc.Token, i int) bool {
	if hasMonth(toks) {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-10; k-- {
		w := toks[k].Lower
		if w == "," || w == ";" || w == ":" || w == "." || w == "that" {
			break
		}
		if complementHeads[w] || w == "if" || (w == "there" && lex.PassiveAux[doc.LowerAt(toks, k+1)]) {
			return true
		}
	}
	return false
}

// withinMeeting tells whether the sentence points to a later part of the
// same meeting ("is to be discussed at item 6"), not to after it.
func withinMeeting(toks []doc.Token) bool {
	for i := 0; i+1 < len(toks); i++ {
		w, n := toks[i].Lower, toks[i+1].Lower
		if (w == "at" || w == "under") && (n == "item" || n == "agenda") {
			return true
		}
		if w == "later" && n == "in" && (doc.LowerAt(toks, i+3) == "meeting" || doc.LowerAt(toks, i+3) == "agenda") {
			return true
		}
		if (w == "in" || w == "at" || w == "during") && n == "this" && (doc.LowerAt(toks, i+2) == "meeting" || doc.LowerAt(toks, i+2) == "session") {
			return true // "what we are going to discuss in this meeting"
		}
	}
	return false
}

// forecastsQuantity tells whether a plan word at toks[i] ("anticipated",
// "expected", "likely") forecasts an amount ("are anticipated to be $66
// million", "it is expected that about 60% of crimes"): a projection,
// not something that will be done.
func forecastsQuantity(toks []doc.Token, i int) bool {
	k := i + 1
	switch doc.LowerAt(toks, k) {
	case "to":
		if doc.LowerAt(toks, k+1) != "be" {
			return false
		}
		k += 2
	case "that":
		k++
	default:
		return false
	}
	for k < len(toks) && approxWords[toks[k].Lower] {
		k++
	}
	if k >= len(toks) {
		return false
	}
	t := toks[k]
	return t.Kind == doc.Number || t.Text == "£" || t.Text == "$" || t.Text == "€"
}

// approxWords may stand before a forecast amount.
var approxWords = map[string]bool{
	"about": true, "around": true, "approximately": true, "roughly": true, "nearly": true,
	"almost": true, "over": true, "under": true, "some": true, "c": true, "circa": true,
	"up": true, "more": true, "less": true, "than": true, "at": true, "least": true,
}

// firstPersonSingular tells whether a speaker talks about themselves
// ("I", "i've"): with "was going to" that is a story of what happened
// ("when I told her that ordinance was going to kick in"), not a plan.
func firstPersonSingular(toks []doc.Token) bool {
	for i, t := range toks {
		w := t.Lower
		if (w == "i" && t.Kind == doc.Word && doc.LowerAt(toks, i-1) != "(" && doc.LowerAt(toks, i-1) != "phase") ||
			strings.HasPrefix(w, "i'") || strings.HasPrefix(w, "i’") {
			return true
		}
	}
	return false
}
