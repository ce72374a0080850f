package decisions

import (
	"github.com/minutes-tool/minutes/extract/internal/doc"
	"github.com/minutes-tool/minutes/extract/internal/lex"
)

import (
	"strconv"

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
	if !doc.HasVoteCue(toks) {
		return nil // no word below could find one
	}
	var v schema.Vote
	found := false
	set := func(side string, n int) {
		n2 := n
		switch side {
		case "for":
			if v.For == nil {
				v.For = &n2
			}
		case "against":
			if v.Against == nil {
				v.Against = &n2
			}
		case "abstain":
			if v.Abstain == nil {
				v.Abstain = &n2
			}
		}
		found = true
	}
	// labelled tallies count only when two sides are named, so that "for
	// 12 weeks" is not a vote.
	labelled := 0
	for _, t := range toks {
		if side, ok := lex.VoteCount[t.Lower]; ok && side != "for" && t.Kind == doc.Word {
			labelled++
		}
	}
	unanimous := false
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.Kind != doc.Word {
			continue
		}
		if t.Lower == "unanimously" || t.Lower == "unanimous" || t.Lower == "nem" {
			unanimous = true
		}
		if o, ok := lex.Outcomes[t.Lower]; ok && v.Outcome == nil {
			oc := o
			v.Outcome = &oc
			found = true
			// "carried 5-0", "CARRIED (5–0)", "carried 5-0-1"
			if a, b, c, ok := tally(toks, i+1); ok {
				set("for", a)
				set("against", b)
				if c >= 0 {
					set("abstain", c)
				}
			}
		}
		// Roll call: Y-5, N-1.
		if side, ok := lex.RollLetters[t.Lower]; ok && len(t.Text) == 1 && i+2 < len(toks) &&
			doc.IsDash(toks[i+1]) && toks[i+2].Kind == doc.Number && !toks[i+1].SpaceBefore {
			if n, err := strconv.Atoi(toks[i+2].Text); err == nil {
				set(side, n)
			}
			continue
		}
		if side, ok := lex.VoteCount[t.Lower]; ok && labelled > 0 {
			j := i + 1
			if j < len(toks) && toks[j].Kind == doc.Punct && (toks[j].Text == ":" || toks[j].Text == "-" || toks[j].Text == "=") {
				j++
			}
			if j < len(toks) && toks[j].Kind == doc.Number {
				if n, err := strconv.Atoi(toks[j].Text); err == nil {
					set(side, n)
				}
			}
		}
	}
	if unanimous && found && v.Outcome == nil {
		oc := "carried"
		v.Outcome = &oc
	}
	if unanimous && v.Outcome != nil && *v.Outcome == "carried" && v.For == nil {
		oc := "carried unanimously"
		v.Outcome = &oc
		found = true
	}
	if !found {
		return nil
	}
	if v.Outcome == nil && v.For != nil {
		oc := "carried"
		if v.Against != nil && *v.Against >= *v.For {
			oc = "failed"
		}
		v.Outcome = &oc
	}
	return &v
}

// tally reads "5-0", "(5–0)" or "5-0-1" at toks[i]; c is -1 without a
// third number.
func tally(toks []doc.Token, i int) (a, b, c int, ok bool) {
	if i < len(toks) && toks[i].Text == "(" {
		i++
	}
	if i+2 >= len(toks) || toks[i].Kind != doc.Number || !doc.IsDash(toks[i+1]) || toks[i+2].Kind != doc.Number {
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

// moverSeconder finds who moved and who seconded: "proposed by Cllr. P.
// Harries, seconded by Cllr. W. Loynton", "Motion by X, second by Y",
// "Moved by Commissioner Fish and seconded by Commissioner Fritz".
func moverSeconder(text string, toks []doc.Token) (mover, seconder *string) {
	for i := 0; i+1 < len(toks); i++ {
		w := toks[i].Lower
		if toks[i+1].Lower != "by" {
			continue
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
		if name, ok := doc.NameAt(text, toks, i+2); ok {
			*target = &name
		}
	}
	return mover, seconder
}

// motionKind gives the kind of a motion from the verb after "to" ("Motion
// to approve the minutes"), or "" when there is none.
func motionKind(toks []doc.Token) string {
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].Lower == "to" {
			if k, ok := motionVerbs[toks[i+1].Lower]; ok {
				return k
			}
		}
	}
	return ""
}
