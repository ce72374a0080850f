package decisions

import (
	"github.com/minutes-tool/minutes/extract/internal/doc"
	"github.com/minutes-tool/minutes/extract/internal/lex"
	"github.com/minutes-tool/minutes/extract/internal/phrase"
)

// Before its rules read a sentence word by word, Find asks which of the
// word classes they start from it holds at all, and skips the rules whose
// class it lacks: most sentences hold no decision verb, no vote and no
// motion. The classes are the rules' own declarations, gathered into one
// table so that a sentence is read once.

// cue is a set of the classes a sentence's words belong to.
type cue uint8

const (
	cueVerb   cue = 1 << iota // a decision verb: lex.DecisionVerbs, which decisionKind reads
	cueVote                   // an outcome, or a tally word for a side other than "for"
	cueLetter                 // a roll call's letter (lex.RollLetters), a vote only as "Y-5"
	cueMotion                 // a start word of movedPhrase, which isMotion reads
	cuePhrase                 // a start word of a phrase rule (phraseIndex)
	cueModal                  // shall, should, must, will: proposesByModal
	cueNamed                  // a side or "voted" that names may go with: named_votes.go
)

// cueWords gives each word of the classes its cues.
var cueWords = lex.TableOf(func() map[string]cue {
	m := map[string]cue{}
	add := func(c cue, words lex.Starts) {
		for _, w := range words {
			m[w] |= c
		}
	}
	add(cueVerb, lex.Keys(lex.DecisionVerbs))
	add(cueVote, lex.Keys(lex.Outcomes))
	for w, side := range lex.VoteCount {
		if side != "for" { // "for" alone counts only beside a labelled side
			add(cueVote, lex.Words(w))
		}
	}
	add(cueLetter, lex.Keys(lex.RollLetters))
	add(cueNamed, namedSideWords.Plus(sideAfterNameWords).Plus(lex.Words("voted")))
	add(cueMotion, phrase.Starts([]phrase.Pattern{movedPhrase}))
	for _, r := range phraseRules {
		add(cuePhrase, phrase.Starts(r.phrases))
	}
	add(cueModal, proposalModals)
	return m
}())

// unit is a sentence with the classes of its words.
type unit struct {
	doc.Unit
	cues cue
}

// readUnits gives each unit its cues. A roll call's letter counts as a
// vote only in that shape ("Y-5"). With the indexes bypassed (the tests'
// every rule at every word), every unit has every cue.
func readUnits(us []doc.Unit) []unit {
	out := make([]unit, len(us))
	if phraseIndex.Bypass || voteIndex.Bypass {
		for i := range us {
			out[i] = unit{Unit: us[i], cues: cueVerb | cueVote | cueLetter | cueMotion | cuePhrase | cueModal | cueNamed}
		}
		return out
	}
	for i := range us {
		toks := us[i].Toks
		var all cue
		for k := range toks {
			if toks[k].Kind != doc.Word {
				continue
			}
			c := cueWords.Get(toks[k].Lower)
			if c&cueLetter != 0 && rollCallAt(toks, k) {
				c |= cueVote
			}
			all |= c
		}
		out[i] = unit{Unit: us[i], cues: all}
	}
	return out
}

// rollCallAt tells whether the one-letter word at toks[i] opens a roll
// call's count as voteOf reads it: "Y-5".
func rollCallAt(toks []doc.Token, i int) bool {
	return len(toks[i].Text) == 1 && i+2 < len(toks) && doc.IsDash(toks[i+1]) && toks[i+2].Kind == doc.Number && !toks[i+1].SpaceBefore
}

// hasVoteCue tells whether any token could make VoteOf find a vote: an
// outcome, a tally word for a side other than "for", or a roll call.
func hasVoteCue(toks []doc.Token) bool {
	for k := range toks {
		if toks[k].Kind != doc.Word {
			continue
		}
		c := cueWords.Get(toks[k].Lower)
		if c&cueVote != 0 || c&cueNamed != 0 && namedAt(toks, k) || c&cueLetter != 0 && rollCallAt(toks, k) {
			return true
		}
	}
	return false
}

// namedAt tells whether a word that names may go with opens a vote as the
// named-vote rules read it: "voted", a side's label before its names
// ("Ayes:", "aye ("), or an answer after a name ("Lee nay"). A "no" or
// "yes" anywhere else is no vote, and costs no reading.
func namedAt(toks []doc.Token, k int) bool {
	if toks[k].Lower == "voted" || answersName(toks, k) {
		return true
	}
	n := doc.LowerAt(toks, k+1)
	return n == ":" || n == "("
}
