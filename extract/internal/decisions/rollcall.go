package decisions

import (
	"github.com/minutes-tool/minutes/extract/internal/doc"
	"github.com/minutes-tool/minutes/schema"
)

// Transcripts record a roll call as the members' own turns: the clerk
// calls the roll, each member answers in a turn of their own ("Fish:
// Aye.", "Fritz: ... Pleased to vote aye."), and the chair announces the
// outcome ("Adams: Aye. [gavel pounded] consent agenda is approved"). A
// decision announced at the end of such a roll has the count of its
// turns: each speaker counted once, by the last answer in their turns.

// maxRollUnits bounds how far before a decision its roll call may start.
const maxRollUnits = 150

// rollAnswers are the one-word answers of a roll call, by side.
var rollAnswers = map[string]string{"aye": "for", "yes": "for", "yea": "for", "nay": "against", "no": "against"}

// rollCallVote counts the roll call that ends in unit i, before its
// token cue (the whole unit when cue < 0), starting no earlier than unit
// from (the unit after the previous decision). It returns nil unless the
// unit or the one before it holds an answer and a call for the vote
// opens the roll.
func rollCallVote(us []unit, i, cue, from int) *schema.Vote {
	head := us[i].Toks
	if cue >= 0 && cue < len(head) {
		head = head[:cue]
	}
	if !hasAye(head) && (i == 0 || !hasAye(us[i-1].Toks)) {
		return nil
	}
	open := callFor(us, i, max(from, i-maxRollUnits)-1, -1)
	if open < 0 {
		return nil
	}
	sides, speaker := map[string]string{}, ""
	for j := open; j <= i; j++ {
		toks := us[j].Toks
		if j == i {
			toks = head
		}
		speaker = countTurns(toks, speaker, sides)
	}
	return countSides(sides)
}

// countSides is the vote of the speakers' answers; nil for fewer than
// two, which is no roll.
func countSides(sides map[string]string) *schema.Vote {
	var yes, no int
	for _, side := range sides {
		if side == "for" {
			yes++
		} else {
			no++
		}
	}
	if yes+no < 2 {
		return nil
	}
	v := &schema.Vote{For: &yes}
	if no > 0 {
		v.Against = &no
	}
	return v
}

// maxRollDistance bounds how far after a motion the call for its vote may
// come.
const maxRollDistance = 12

// rollCallAfter counts the roll call that follows a motion ending in unit
// i: the call for the vote within a few sentences, then the members'
// turns up to the sentence that declares the outcome.
func rollCallAfter(us []unit, i int) *schema.Vote {
	open := callFor(us, i+1, min(len(us), i+maxRollDistance+1), 1)
	if open < 0 {
		return nil
	}
	sides, speaker := map[string]string{}, ""
	for j := open; j < len(us) && j <= open+maxRollUnits; j++ {
		speaker = countTurns(us[j].Toks, speaker, sides)
		if len(sides) >= 2 && hasOutcomeWord(us[j].Toks) || declaresOutcome(us[j].Toks) && len(sides) >= 2 {
			break
		}
	}
	return countSides(sides)
}

// declaresOutcome tells whether a sentence declares a vote's result in
// words: "... is approved", "the substitution has been accepted".
func declaresOutcome(toks []doc.Token) bool {
	for _, t := range toks {
		switch t.Lower {
		case "approved", "accepted", "adopted", "carried", "passed", "failed", "rejected":
			return true
		}
	}
	return false
}

// callFor is the first unit from j towards stop (exclusive), by step,
// that calls for the vote; -1 when none does.
func callFor(us []unit, j, stop, step int) int {
	for ; step > 0 && j < stop || step < 0 && j > stop; j += step {
		if callsVote(us[j].Toks) {
			return j
		}
	}
	return -1
}

// hasAye tells whether the tokens hold "aye".
func hasAye(toks []doc.Token) bool {
	for _, t := range toks {
		if t.Lower == "aye" {
			return true
		}
	}
	return false
}

// callsVote tells whether a sentence calls the roll or the vote: "Please
// call the vote on item 61", "Item 61 roll", "Consent Agenda roll".
func callsVote(toks []doc.Token) bool {
	for k, t := range toks {
		switch t.Lower {
		case "roll":
			return true
		case "vote":
			if doc.LowerAt(toks, k-2) == "call" || doc.LowerAt(toks, k-1) == "call" {
				return true
			}
		}
	}
	return false
}

// countTurns reads the turns of named speakers in toks into sides: the
// speaker of a turn is a capitalised word before a colon that opens a
// sentence ("Fish:"), and their answer is an aye anywhere in the turn, or
// "no"/"nay" as the whole of a sentence. speaker is who speaks as toks
// begin; it returns who speaks as they end.
func countTurns(toks []doc.Token, speaker string, sides map[string]string) string {
	for k := 0; k < len(toks); k++ {
		t := toks[k]
		if t.Kind != doc.Word {
			continue
		}
		if speakerLabelAt(toks, k) {
			speaker = t.Lower
			k++
			continue
		}
		side, ok := rollAnswers[t.Lower]
		if !ok || speaker == "" {
			continue
		}
		if side == "against" && !wholeAnswer(toks, k) {
			continue
		}
		sides[speaker] = side
	}
	return speaker
}

// speakerLabelAt tells whether toks[k] is a speaker's label: a capitalised
// word and a colon, opening the sentence.
func speakerLabelAt(toks []doc.Token, k int) bool {
	if k+1 >= len(toks) || toks[k+1].Text != ":" || !doc.IsCapitalised(toks[k]) {
		return false
	}
	return k == 0 || toks[k-1].Kind == doc.Punct
}

// wholeAnswer tells whether the word at k is a sentence on its own:
// "Fish: No."
func wholeAnswer(toks []doc.Token, k int) bool {
	before := k == 0 || toks[k-1].Text == ":" || toks[k-1].Text == "."
	after := k+1 >= len(toks) || toks[k+1].Text == "."
	return before && after
}
