package decisions

import (
	"slices"
	"strconv"

	"github.com/minutes-tool/minutes/extract/internal/doc"
	"github.com/minutes-tool/minutes/extract/internal/lex"
	"github.com/minutes-tool/minutes/schema"
)

// motionVerbs give a motion's kind from the verb after "to": a carried
// motion to approve is an approval.
var motionVerbs = map[string]string{
	"approve": "approved", "adopt": "approved", "accept": "approved", "authorize": "approved",
	"authorise": "approved", "ratify": "approved", "confirm": "approved", "pass": "approved",
	"deny": "rejected", "reject": "rejected", "refuse": "rejected", "table": "deferred",
	"defer": "deferred", "postpone": "deferred", "continue": "deferred", "note": "noted",
	"receive": "noted", "endorse": "endorsed", "support": "endorsed", "recommend": "recommended",
	"refer": "other", "agree": "agreed",
}

// VoteOf reads a vote from a decision's tokens: tallies in any of the
// usual spellings ("carried 5-0", "Ayes: 4 Nays: 1", "For 7, Against 2,
// Abstentions 1", "(Y-5)"), and the outcome. It returns nil when the
// tokens record no vote.
func VoteOf(toks []doc.Token) *schema.Vote {
	if !voteIndex.Bypass && !hasVoteCue(toks) {
		return nil // no rule below could find one
	}
	r := &voteReader{labelled: labelledSides(toks)}
	for i := range toks {
		if toks[i].Kind != doc.Word {
			continue
		}
		for _, k := range voteIndex.Rules(toks[i].Lower) {
			if voteRules[k].read(r, toks, i) {
				break
			}
		}
	}
	r.settleUnanimous()
	if !r.found {
		return nil
	}
	r.settleByTally()
	return &r.v
}

// A voteRule reads one way minutes write a vote, at a word it starts
// from.
type voteRule struct {
	name   string
	starts lex.Starts
	// read reads the vote at the word toks[i] into r. It reports whether
	// it took the word, so that no later rule reads it.
	read    func(r *voteReader, toks []doc.Token, i int) bool
	example string
}

// voteRules, in the order they are tried at one word.
var voteRules = []voteRule{
	{name: "unanimous", starts: unanimousWords, read: readUnanimous, example: "Carried unanimously."},
	{name: "outcome", starts: lex.Keys(lex.Outcomes), read: readOutcome, example: "MOTION CARRIED (5–0)"},
	{name: "roll-call", starts: lex.Keys(lex.RollLetters), read: readRollCall, example: "On a Y-5 roll call, the Consent Agenda was adopted."},
	{name: "labelled-tally", starts: lex.Keys(lex.VoteCount), read: readLabelledTally, example: "The budget was approved. For 7, Against 2, Abstentions 1"},
	{name: "named-side", starts: namedSideWords, read: readNamedSide, example: "All say aye (Jeremy, Kevin)."},
	{name: "named-voters", starts: lex.Words("voted"), read: readNamedVoters, example: "Mozart and Akhilesh had voted by email to switch provider."},
	{name: "names-then-sides", starts: sideAfterNameWords, read: readNamesThenSides, example: "Motion carried by Smith yea, Jones yea, Lee nay."},
	{name: "counted-tally", starts: countedWords, read: readCountedTally, example: "The motion passed with 15 in favor and 0 against."},
}

// countedWords follow a count in a tally: "15 in favour", "0 against",
// "2 abstentions", "5 votes for", "1 opposed".
var countedWords = lex.Keys(lex.VoteCount).Plus(lex.Words("favour", "favor", "opposed"))

// readCountedTally reads a count written before its side: "4 in favour,
// 1 against", "The motion passed with 15 in favor (...) and 0 against".
func readCountedTally(r *voteReader, toks []doc.Token, i int) bool {
	w := toks[i].Lower
	side, back := lex.VoteCount[w], 1
	switch {
	case w == "favour" || w == "favor":
		side, back = "for", 2 // "15 in favour"
		if i < 2 || toks[i-1].Lower != "in" {
			return false
		}
	case w == "opposed":
		side = "against"
	case side == "":
		return false
	}
	if i >= back+1 && toks[i-back].Lower == "votes" && back == 1 {
		back = 2 // "5 votes for"
	} else if w == "for" && r.labelled == 0 {
		return false // "2 for decisions" counts no vote; "4 for, 1 against" does
	}
	k := i - back
	if k < 0 || toks[k].Kind != doc.Number {
		return false
	}
	if n, err := strconv.Atoi(toks[k].Text); err == nil {
		r.set(side, n)
	}
	return false
}

// voteIndex says which vote rules can start at a word; it is built from
// the rules' starts.
var voteIndex = func() *lex.Index {
	starts := make([]lex.Starts, len(voteRules))
	for i, r := range voteRules {
		starts[i] = r.starts
	}
	return lex.NewIndex(starts...)
}()

// voteReader is the vote as the rules read it so far.
type voteReader struct {
	v     schema.Vote
	found bool
	// labelled counts the tally words of a side other than "for": a
	// labelled tally counts only when there is one, so that "for 12
	// weeks" is not a vote.
	labelled  int
	unanimous bool // "unanimously", "unanimous" or "nem. con."
	// runEnd is the index after the roll call readNamesThenSides took.
	runEnd int
}

// set records n votes for side, unless the side has its count already.
func (r *voteReader) set(side string, n int) {
	n2 := n
	switch side {
	case "for":
		if r.v.For == nil {
			r.v.For = &n2
		}
	case "against":
		if r.v.Against == nil {
			r.v.Against = &n2
		}
	case "abstain":
		if r.v.Abstain == nil {
			r.v.Abstain = &n2
		}
	}
	r.found = true
}

// setOutcome records the vote's outcome.
func (r *voteReader) setOutcome(o string) {
	oc := o
	r.v.Outcome = &oc
}

// labelledSides counts the tally words of the sides other than "for".
func labelledSides(toks []doc.Token) int {
	n := 0
	for _, t := range toks {
		if side := voteCounts.Get(t.Lower); side != "" && side != "for" && t.Kind == doc.Word {
			n++
		}
	}
	return n
}

// voteCounts is lex.VoteCount as a word table.
var voteCounts = lex.TableOf(lex.VoteCount)

// unanimousWords say that no one voted against.
var unanimousWords = lex.Words("unanimously", "unanimous", "nem")

// readUnanimous notes "unanimously": it settles the outcome at the end.
func readUnanimous(r *voteReader, toks []doc.Token, i int) bool {
	if slices.Contains(unanimousWords, toks[i].Lower) {
		r.unanimous = true
	}
	return false
}

// readOutcome reads the first outcome word and the tally after it:
// "carried 5-0", "CARRIED (5–0)", "carried 5-0-1".
func readOutcome(r *voteReader, toks []doc.Token, i int) bool {
	o, ok := lex.Outcomes[toks[i].Lower]
	if !ok || r.v.Outcome != nil {
		return false
	}
	r.setOutcome(o)
	r.found = true
	j := i + 1
	if doc.LowerAt(toks, j) == "resolution" && doc.LowerAt(toks, j+1) == "no" {
		// "CARRIED RESOLUTION NO.2017/GM2012 5/0": past the number
		// the resolution was given, a tally
		for j += 2; j < len(toks) && (!toks[j].SpaceBefore || toks[j].Text == "."); j++ {
		}
	}
	if a, b, c, ok := slashTally(toks, j); ok {
		r.set("for", a)
		r.set("against", b)
		if c >= 0 {
			r.set("abstain", c)
		}
	} else if a, b, c, ok := tally(toks, i+1); ok {
		r.set("for", a)
		r.set("against", b)
		if c >= 0 {
			r.set("abstain", c)
		}
	}
	return false
}

// readRollCall reads a roll call's count: "Y-5", "N-1". It takes the
// letter whether or not the count reads as a number.
func readRollCall(r *voteReader, toks []doc.Token, i int) bool {
	t := toks[i]
	side, ok := lex.RollLetters[t.Lower]
	if !ok || len(t.Text) != 1 || i+2 >= len(toks) || !doc.IsDash(toks[i+1]) || toks[i+2].Kind != doc.Number || toks[i+1].SpaceBefore {
		return false
	}
	if n, err := strconv.Atoi(toks[i+2].Text); err == nil {
		r.set(side, n)
	}
	return true
}

// readLabelledTally reads a side's tally word and its count: "Ayes: 4",
// "Against 2", "Nays = 1"; only beside a side other than "for".
func readLabelledTally(r *voteReader, toks []doc.Token, i int) bool {
	side, ok := lex.VoteCount[toks[i].Lower]
	if !ok || r.labelled == 0 {
		return false
	}
	j := i + 1
	if j < len(toks) && toks[j].Kind == doc.Punct && (toks[j].Text == ":" || toks[j].Text == "-" || toks[j].Text == "=") {
		j++
	}
	if j < len(toks) && toks[j].Kind == doc.Number {
		if n, err := strconv.Atoi(toks[j].Text); err == nil {
			r.set(side, n)
		}
	}
	return false
}

// settleUnanimous: a unanimous vote is carried, and a carried one with
// no count is "carried unanimously" ("Carried unanimously.").
func (r *voteReader) settleUnanimous() {
	if !r.unanimous {
		return
	}
	if r.found && r.v.Outcome == nil {
		r.setOutcome("carried")
	}
	if r.v.Outcome != nil && *r.v.Outcome == "carried" && r.v.For == nil {
		r.setOutcome("carried unanimously")
		r.found = true
	}
}

// settleByTally: a count without an outcome word carried unless as many
// voted against.
func (r *voteReader) settleByTally() {
	if r.v.Outcome == nil && r.v.For != nil {
		oc := "carried"
		if r.v.Against != nil && *r.v.Against >= *r.v.For {
			oc = "failed"
		}
		r.setOutcome(oc)
	}
}

// tally reads "5-0", "(5–0)" or "5-0-1" at toks[i]; c is -1 without a
// third number.
func tally(toks []doc.Token, i int) (a, b, c int, ok bool) {
	if i < len(toks) && (toks[i].Text == "(" || toks[i].Text == "[") {
		i++
	}
	if i+2 >= len(toks) || toks[i].Kind != doc.Number || !joinsTally(toks[i+1]) || toks[i+2].Kind != doc.Number {
		return 0, 0, -1, false
	}
	a, err1 := strconv.Atoi(toks[i].Text)
	b, err2 := strconv.Atoi(toks[i+2].Text)
	if err1 != nil || err2 != nil {
		return 0, 0, -1, false
	}
	c = -1
	if i+4 < len(toks) && doc.IsDash(toks[i+3]) && toks[i+4].Kind == doc.Number {
		if n, err := strconv.Atoi(toks[i+4].Text); err == nil {
			c = n
		}
	}
	return a, b, c, true
}

// slashTally reads a tally written with a slash right after the outcome:
// "CARRIED 5/0", "carried 4/1/1"; c is -1 without a third number. A
// slash joins a tally only there, where no date or fraction stands.
func slashTally(toks []doc.Token, i int) (a, b, c int, ok bool) {
	if i+2 >= len(toks) || toks[i].Kind != doc.Number || toks[i+1].Text != "/" || toks[i+2].Kind != doc.Number || toks[i+1].SpaceBefore || toks[i+2].SpaceBefore {
		return 0, 0, -1, false
	}
	a, err1 := strconv.Atoi(toks[i].Text)
	b, err2 := strconv.Atoi(toks[i+2].Text)
	if err1 != nil || err2 != nil || a > 99 || b > 99 {
		return 0, 0, -1, false
	}
	c = -1
	if i+4 < len(toks) && toks[i+3].Text == "/" && toks[i+4].Kind == doc.Number && !toks[i+3].SpaceBefore {
		if n, err := strconv.Atoi(toks[i+4].Text); err == nil && n <= 99 {
			c = n
		}
	}
	return a, b, c, true
}

// joinsTally tells whether t joins the two sides of a tally: a dash
// ("5-0") or "to" ("PASSED [14 TO 1]").
func joinsTally(t doc.Token) bool {
	return doc.IsDash(t) || t.Lower == "to"
}

// moverSeconder finds who moved and who seconded: "proposed by Cllr. P.
// Harries, seconded by Cllr. W. Loynton", "Motion by X, second by Y",
// "Moved by Commissioner Fish and seconded by Commissioner Fritz".
func moverSeconder(text string, toks []doc.Token) (mover, seconder *string) {
	for i := 0; i+1 < len(toks); i++ {
		w := toks[i].Lower
		if n := toks[i+1].Lower; n != "by" && (n != ":" || !doc.IsUpperWord(toks[i])) {
			continue // "moved by", or a record's label: "MOVED: Cr Barnes"
		}
		var target **string
		switch w {
		case "proposed", "moved", "motion", "proposal":
			target = &mover
		case "seconded", "second":
			target = &seconder
		default:
			continue
		}
		if *target != nil {
			continue
		}
		at := i + 2
		if doc.LowerAt(toks, at) == ":" {
			at++ // "Proposed by: Cart"
		}
		if name, ok := doc.NameAt(text, toks[:nextLabel(toks, at)], at); ok {
			*target = &name
		}
	}
	return mover, seconder
}

// nextLabel is the index of the first word from toks[i] on that labels
// the next field of a motion's record or gives its outcome, where a name
// written before it ends: "MOVED: Cr Barnes SECONDED: Cr Bethel CARRIED".
// len(toks) when there is none.
func nextLabel(toks []doc.Token, i int) int {
	for ; i < len(toks); i++ {
		if _, ok := lex.Outcomes[toks[i].Lower]; ok || doc.LowerAt(toks, i+1) == ":" {
			return i
		}
	}
	return len(toks)
}

// motionNouns give a motion's kind from the noun a mover moves: "moved
// approval of the minutes", "proposed adoption of the report".
var motionNouns = map[string]string{
	"adoption": "approved", "approval": "approved", "acceptance": "approved", "ratification": "approved",
	"deferral": "deferred", "postponement": "deferred", "rejection": "rejected", "refusal": "rejected",
}

// motionKind gives the kind of a motion from the verb after "to" ("Motion
// to approve the minutes") or the noun after the mover's verb ("moved
// adoption of"), or "" when there is none.
func motionKind(toks []doc.Token) string {
	for i := 0; i+1 < len(toks); i++ {
		switch toks[i].Lower {
		case "to":
			if k, ok := motionVerbs[toks[i+1].Lower]; ok {
				return k
			}
		case "moved", "proposed", "moves", "proposes":
			if k, ok := motionNouns[toks[i+1].Lower]; ok {
				return k
			}
		}
	}
	return ""
}
