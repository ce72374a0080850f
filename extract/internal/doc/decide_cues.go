package doc

import (
	"github.com/minutes-tool/minutes/extract/internal/lex"
)

import "strings"

// Cues: which of the recognisers' word tables a word belongs to, as bits,
// so that a sentence is read with one table look-up per word instead of
// one per table and phrase. Each unit carries its words' cues and their
// union (units), and the decision and commitment recognisers skip the
// words, and the units, that hold none of the words a rule starts from.
// The cues are derived from the tables themselves, so that they cannot
// drift apart; the lists below are the words the rules compare with
// literally.

// Cue is a set of word classes.
type Cue uint32

const (
	CueDecisionVerb Cue = 1 << iota // decisionVerbs
	CuePhrase                       // the first word of a phraseDecisionAt phrase
	CueVote                         // an outcome, a tally word against or abstaining, a roll call (in a unit's cues)
	cueRollLetter                   // rollLetters: y, n, a
	CueMotion                       // moved, motion, proposed: isMotion
	CueTrigger                      // obligationTriggers
	CueOpinion                      // opinionWords
	CueCommit                       // a word some case of commitmentCue starts from
	CueModal                        // futureModals, or a word ending in 'll
	CueObligation                   // obligationModals
	CuePlan                         // planWords
	CueIntent                       // intentVerbs
	CueSchedule                     // scheduleVerbs
	CueObjection                    // objection, objections: chairsFormula
	CueWithin                       // at, under, later: withinMeeting
	CueTo                           // to: actionItem
	CueNo                           // no: phraseDecisionAt's "NO OBJECTIONS"
	CueQuestion                     // (a unit's cues only) its last token is "?"
	CueNumbered                     // (a unit's cues only) it opens on a number and a full stop: "3."
	CueDateStart                    // a date expression may begin with it: canStartDate
	CueNumberStart                  // a number may begin with it: numberStarts, "c300"
)

// phraseFirstWords open the phrases phraseDecisionAt looks for, besides
// viewVerbs.
var phraseFirstWords = []string{
	"in", "has", "have", "consensus", "permission", "approval", "consent", "led", "decision",
	"not", "keen", "would", "expressed", "set", "note",
}

// commitWords are the words commitmentCue's cases compare with, besides
// its tables.
var commitWords = []string{
	"to", "need", "needs", "needed", "going", "due", "agreed", "asked", "requested", "being",
	"set", "were", "was", "request", "suggested", "next", "later", "coming", "moves", "passes",
	"goes", "committed", "committing",
}

// CueWords gives each word in the tables its cues.
var CueWords = lex.TableOf(CueMap())

// CueMap gives each word in the tables its cues.
func CueMap() map[string]Cue {
	m := map[string]Cue{}
	add := func(c Cue, words ...string) {
		for _, w := range words {
			m[w] |= c
		}
	}
	set := func(c Cue, table map[string]bool) {
		for w, ok := range table {
			if ok {
				m[w] |= c
			}
		}
	}
	for w := range lex.DecisionVerbs {
		add(CueDecisionVerb, w)
	}
	add(CuePhrase, phraseFirstWords...)
	set(CuePhrase, lex.ViewVerbs)
	for w := range lex.Outcomes {
		add(CueVote, w)
	}
	for w, side := range lex.VoteCount {
		if side != "for" {
			add(CueVote, w) // "for" alone counts only beside a labelled side
		}
	}
	for w := range lex.RollLetters {
		add(cueRollLetter, w)
	}
	add(CueMotion, "moved", "motion", "proposed")
	set(CueTrigger, lex.ObligationTriggers)
	set(CueOpinion, lex.OpinionWords)
	add(CueCommit, commitWords...)
	set(CueModal|CueCommit, lex.FutureModals)
	set(CueObligation|CueCommit, lex.ObligationModals)
	set(CuePlan|CueCommit, lex.PlanWords)
	set(CueIntent|CueCommit, lex.IntentVerbs)
	set(CueSchedule|CueCommit, lex.ScheduleVerbs)
	add(CueObjection, "objection", "objections")
	add(CueWithin, "at", "under", "later")
	add(CueTo, "to")
	add(CueNo, "no")
	set(CueDateStart, lex.DateStarters)
	set(CueNumberStart, lex.NumberStarts)
	return m
}

// CueOf returns the cues of a word's lower-case text.
func CueOf(w string) Cue {
	c := asciiWordCue(w)
	if n := len(w); n > 0 && w[n-1] == 'l' && willSuffix(w) {
		c |= CueModal | CueCommit
	}
	// A compound starts a number by its head ("twenty-five", "three-stage");
	// numberStarts holds no compounds.
	if h := lex.NumberHead(w); len(h) < len(w) && lex.NumberStartsTable.Get(h) {
		c |= CueNumberStart
	}
	return c
}

// asciiWordCue is cueOf for a word of ASCII letters and digits alone,
// which the tokenizer's fast path reads: no apostrophe or hyphen.
func asciiWordCue(w string) Cue {
	c := CueWords.Get(w)
	if len(w) >= 2 {
		switch w[0] {
		case 'q': // "Q3"
			if len(w) == 2 {
				c |= CueDateStart
			}
		case 'f': // "FY2019"
			if w[1] == 'y' {
				c |= CueDateStart
			}
		case 'c': // "c300"
			if w[1] >= '0' && w[1] <= '9' {
				c |= CueNumberStart
			}
		}
	}
	return c
}

// willSuffix tells whether w ends in 'll ("i'll", "we’ll").
func willSuffix(w string) bool {
	return strings.HasSuffix(w, "'ll") || strings.HasSuffix(w, "’ll")
}

// cuesOf returns the union of the tokens' cues (numbers and punctuation
// have none). A roll call's letter ("Y-5") counts as a vote only in that
// shape, and only in the union: no rule reads cueVote off one token.
func cuesOf(toks []Token) Cue {
	var all Cue
	for k := range toks {
		c := toks[k].Cue
		if c&cueRollLetter != 0 && rollCallAt(toks, k) {
			c |= CueVote
		}
		all |= c
	}
	return all
}

// rollCallAt tells whether the one-letter word at toks[i] opens a roll
// call's count as voteOf reads it: "Y-5".
func rollCallAt(toks []Token, i int) bool {
	return len(toks[i].Text) == 1 && i+2 < len(toks) && IsDash(toks[i+1]) && toks[i+2].Kind == Number && !toks[i+1].SpaceBefore
}

// HasVoteCue tells whether any token could make voteOf find a vote: an
// outcome, a tally word for a side other than "for", or a roll call.
func HasVoteCue(toks []Token) bool {
	for k, t := range toks {
		if t.Kind != Word {
			continue
		}
		c := t.Cue
		if c&CueVote != 0 || c&cueRollLetter != 0 && rollCallAt(toks, k) {
			return true
		}
	}
	return false
}
