package extract

import "strings"

// Cues: which of the recognisers' word tables a word belongs to, as bits,
// so that a sentence is read with one table look-up per word instead of
// one per table and phrase. Each unit carries its words' cues and their
// union (units), and the decision and commitment recognisers skip the
// words, and the units, that hold none of the words a rule starts from.
// The cues are derived from the tables themselves, so that they cannot
// drift apart; the lists below are the words the rules compare with
// literally.

// cue is a set of word classes.
type cue uint32

const (
	cueDecisionVerb cue = 1 << iota // decisionVerbs
	cuePhrase                       // the first word of a phraseDecisionAt phrase
	cueVote                         // an outcome, a tally word against or abstaining, a roll call (in a unit's cues)
	cueRollLetter                   // rollLetters: y, n, a
	cueMotion                       // moved, motion, proposed: isMotion
	cueTrigger                      // obligationTriggers
	cueOpinion                      // opinionWords
	cueCommit                       // a word some case of commitmentCue starts from
	cueModal                        // futureModals, or a word ending in 'll
	cueObligation                   // obligationModals
	cuePlan                         // planWords
	cueIntent                       // intentVerbs
	cueSchedule                     // scheduleVerbs
	cueObjection                    // objection, objections: chairsFormula
	cueWithin                       // at, under, later: withinMeeting
	cueTo                           // to: actionItem
	cueNo                           // no: phraseDecisionAt's "NO OBJECTIONS"
	cueQuestion                     // (a unit's cues only) its last token is "?"
	cueNumbered                     // (a unit's cues only) it opens on a number and a full stop: "3."
	cueDateStart                    // a date expression may begin with it: canStartDate
	cueNumberStart                  // a number may begin with it: numberStarts, "c300"
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

// cueWords gives each word in the tables its cues.
var cueWords = tableOf(cueMap())

// cueMap gives each word in the tables its cues.
func cueMap() map[string]cue {
	m := map[string]cue{}
	add := func(c cue, words ...string) {
		for _, w := range words {
			m[w] |= c
		}
	}
	set := func(c cue, table map[string]bool) {
		for w, ok := range table {
			if ok {
				m[w] |= c
			}
		}
	}
	for w := range decisionVerbs {
		add(cueDecisionVerb, w)
	}
	add(cuePhrase, phraseFirstWords...)
	set(cuePhrase, viewVerbs)
	for w := range outcomes {
		add(cueVote, w)
	}
	for w, side := range voteCount {
		if side != "for" {
			add(cueVote, w) // "for" alone counts only beside a labelled side
		}
	}
	for w := range rollLetters {
		add(cueRollLetter, w)
	}
	add(cueMotion, "moved", "motion", "proposed")
	set(cueTrigger, obligationTriggers)
	set(cueOpinion, opinionWords)
	add(cueCommit, commitWords...)
	set(cueModal|cueCommit, futureModals)
	set(cueObligation|cueCommit, obligationModals)
	set(cuePlan|cueCommit, planWords)
	set(cueIntent|cueCommit, intentVerbs)
	set(cueSchedule|cueCommit, scheduleVerbs)
	add(cueObjection, "objection", "objections")
	add(cueWithin, "at", "under", "later")
	add(cueTo, "to")
	add(cueNo, "no")
	set(cueDateStart, dateStarters)
	set(cueNumberStart, numberStarts)
	return m
}

// cueOf returns the cues of a word's lower-case text.
func cueOf(w string) cue {
	c := asciiWordCue(w)
	if n := len(w); n > 0 && w[n-1] == 'l' && willSuffix(w) {
		c |= cueModal | cueCommit
	}
	// A compound starts a number by its head ("twenty-five", "three-stage");
	// numberStarts holds no compounds.
	if h := numberHead(w); len(h) < len(w) && numberStartsTable.get(h) {
		c |= cueNumberStart
	}
	return c
}

// asciiWordCue is cueOf for a word of ASCII letters and digits alone,
// which the tokenizer's fast path reads: no apostrophe or hyphen.
func asciiWordCue(w string) cue {
	c := cueWords.get(w)
	if len(w) >= 2 {
		switch w[0] {
		case 'q': // "Q3"
			if len(w) == 2 {
				c |= cueDateStart
			}
		case 'f': // "FY2019"
			if w[1] == 'y' {
				c |= cueDateStart
			}
		case 'c': // "c300"
			if w[1] >= '0' && w[1] <= '9' {
				c |= cueNumberStart
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
func cuesOf(toks []Token) cue {
	var all cue
	for k := range toks {
		c := toks[k].cue
		if c&cueRollLetter != 0 && rollCallAt(toks, k) {
			c |= cueVote
		}
		all |= c
	}
	return all
}

// rollCallAt tells whether the one-letter word at toks[i] opens a roll
// call's count as voteOf reads it: "Y-5".
func rollCallAt(toks []Token, i int) bool {
	return len(toks[i].Text) == 1 && i+2 < len(toks) && isDash(toks[i+1]) && toks[i+2].Kind == Number && !toks[i+1].SpaceBefore
}

// hasVoteCue tells whether any token could make voteOf find a vote: an
// outcome, a tally word for a side other than "for", or a roll call.
func hasVoteCue(toks []Token) bool {
	for k, t := range toks {
		if t.Kind != Word {
			continue
		}
		c := t.cue
		if c&cueVote != 0 || c&cueRollLetter != 0 && rollCallAt(toks, k) {
			return true
		}
	}
	return false
}
