package decisions

import (
	"strings"

	"github.com/minutes-tool/minutes/extract/internal/doc"
	"github.com/minutes-tool/minutes/extract/internal/lex"
	"github.com/minutes-tool/minutes/extract/internal/phrase"
	"github.com/minutes-tool/minutes/schema"
)

// A motion is often minuted over several sentences and lines: who moved it
// and to do what, who seconded it, how the vote went (a sentence, a
// RESULT table), and the chair's declaration:
//
//	Director Williams made the motion to approve the minutes.
//	Director Catlin seconded the motion.
//	The motion passed with 15 in favor (...) and 0 against.
//	RESULT: ACCEPTED [UNANIMOUS]
//	Chair Tisdale declared the motion PASSED unanimously.
//
// It is one decision: the motion's sentence, with the kind its verb gives
// and the vote, mover and seconder the rest of the frame gives. The
// frame's other sentences are not decisions of their own.

// maxFrameUnits bounds how far after its motion a frame reaches.
const maxFrameUnits = 40

// motionFrame is one motion and the sentences that settle it.
type motionFrame struct {
	opener   int   // the unit that moves the motion
	end      int   // where the motion's sentence ends: past the opener when it wraps onto the next line
	parts    []int // the units that second it, vote on it or declare it
	vote     *schema.Vote
	second   *string
	seconded bool // by second, named or not
	// fate is what became of the motion short of a vote (motionFates),
	// when a sentence of the frame says.
	fate    string
	hasFate bool
}

// findFrames returns the motion frames of the units, by opener.
func findFrames(text string, us []unit) map[int]*motionFrame {
	var out map[int]*motionFrame
	for i := 0; i < len(us); i++ {
		if !movesMotion(us[i].Toks) {
			continue
		}
		f := &motionFrame{opener: i, end: us[i].End}
		j := i + 1
		if wrapsOnto(text, us, i) {
			f.end = us[j].End
			f.parts = append(f.parts, j)
			j++
		}
		for ; j < len(us) && j-i <= maxFrameUnits && !movesMotion(us[j].Toks); j++ {
			f.take(text, us, j)
		}
		if f.vote == nil && !f.seconded && !f.hasFate && !secondedWithin(us[i].Toks) {
			continue // a motion alone: the sentence rules judge it
		}
		if out == nil {
			out = map[int]*motionFrame{}
		}
		out[i] = f
		i = j - 1
	}
	return out
}

// wrapsOnto tells whether the motion's sentence us[i] goes on in the next
// unit, a line the splitter took for a new sentence: "Director Broom made
// the motion to approve items" / "A and B on the unanimous consent
// agenda." The opener ends on a word, the next line follows with no blank
// line between, ends the sentence, and neither seconds nor votes.
func wrapsOnto(text string, us []unit, i int) bool {
	if i+1 >= len(us) || len(us[i].Toks) == 0 {
		return false
	}
	a, b := us[i], us[i+1]
	toks := b.Toks
	if a.Toks[len(a.Toks)-1].Kind != doc.Word || len(toks) == 0 || toks[len(toks)-1].Text != "." {
		return false
	}
	if gap := text[a.End:b.Start]; strings.Count(gap, "\n") != 1 || strings.TrimSpace(gap) != "" {
		return false
	}
	return !secondsMotion(toks) && b.cues&cueVote == 0 && !movesMotion(toks)
}

// take adds unit j to the frame when it seconds, votes on or declares
// the motion.
func (f *motionFrame) take(text string, us []unit, j int) {
	toks := us[j].Toks
	if kind, ok := motionFate(toks); ok && !f.hasFate && !secondsMotion(toks) {
		f.fate, f.hasFate = kind, true // "The motion was tabled."
		f.parts = append(f.parts, j)
		return
	}
	switch {
	case secondsMotion(toks):
		f.seconded = true
		if k, ok := seconderWithin(toks); ok && f.second == nil {
			if n, ok := doc.NameAt(text, toks, k); ok {
				f.second = &n
			}
		}
	case us[j].cues&cueVote != 0 || hasOutcomeWord(toks):
		if v := VoteOf(toks); v != nil {
			f.vote = mergeVotes(f.vote, v)
		}
	case us[j].cues&cueNamed != 0:
		v := VoteOf(toks) // "All say aye (Jeremy, Kevin)"
		if v == nil {
			return
		}
		f.vote = mergeVotes(f.vote, v)
	default:
		return
	}
	f.parts = append(f.parts, j)
}

// movesMotion tells whether a sentence moves a motion in its own words
// (motionOpeners).
func movesMotion(toks []doc.Token) bool {
	for i := range toks {
		for _, k := range motionIndex.Rules(toks[i].Lower) {
			o := &motionOpeners[k]
			if phrase.AnyAt(o.phrases, toks, i) && (o.when == nil || o.when(toks, i)) {
				return true
			}
		}
	}
	return false
}

// motionIndex says which motion openers can start at a word; it is built
// from their phrases.
var motionIndex = func() *lex.Index {
	starts := make([]lex.Starts, len(motionOpeners))
	for i, o := range motionOpeners {
		starts[i] = phrase.Starts(o.phrases)
	}
	return lex.NewIndex(starts...)
}()

// motionOpeners are the ways a sentence moves a motion, past or present:
// minutes in prose ("X moved that") and notes ("Kevin moves to elect
// Jeremy", "Mason nominates Jeremy, Kevin seconds").
var motionOpeners = []struct {
	name    string
	phrases []phrase.Pattern
	when    func(toks []doc.Token, i int) bool // nil: the words suffice
}{
	{"made the motion", phrase.Parse("made|makes the|a motion to"), nil},
	{"moved", phrase.Parse("moved to|that"), func(_ []doc.Token, i int) bool { return i > 0 }},
	{"motion to", phrase.Parse("motion to"), func(_ []doc.Token, i int) bool { return i == 0 }},
	{"moves", phrase.Parse("moves to|that|we"), afterName},
	{"proposes", phrase.Parse("proposes"), afterName},
	{"proposed, seconded within", phrase.Parse("proposed|moved"), func(toks []doc.Token, i int) bool {
		return afterName(toks, i) && secondedWithin(toks) // "Cllr Ames proposed adoption of the report seconded by Cllr Boyd"
	}},
	{"nominates", phrase.Parse("nominates"), func(toks []doc.Token, i int) bool {
		return afterName(toks, i) && i+1 < len(toks) && doc.IsCapitalised(toks[i+1])
	}},
}

// afterName tells whether a capitalised word, a name, stands just before
// toks[i] and opens the sentence, past a bullet or number: "Kevin moves".
func afterName(toks []doc.Token, i int) bool {
	if i == 0 || !doc.IsCapitalised(toks[i-1]) {
		return false
	}
	k := i - 1
	for k > 0 && doc.IsCapitalised(toks[k-1]) && toks[k-1].Kind == doc.Word {
		k-- // "Jeremy Boyd nominates"
	}
	return k == entryStart(toks)
}

// entryStart is the index of a sentence's first word past a bullet or a
// list's number ("•", "1.", "2)").
func entryStart(toks []doc.Token) int {
	switch {
	case len(toks) > 0 && toks[0].Text == "•":
		return 1
	case len(toks) > 1 && toks[0].Kind == doc.Number && (toks[1].Text == "." || toks[1].Text == ")"):
		return 2
	}
	return 0
}

// secondedWithin tells whether the sentence that moves a motion seconds
// it too: "Mason nominates Jeremy, Kevin seconds", "Tom Boyd seconded
// the motion", "seconded by Cllr Boyd".
func secondedWithin(toks []doc.Token) bool {
	_, ok := seconderWithin(toks)
	return ok
}

// seconderWithin finds the token the seconder's name starts at in a
// sentence that seconds a motion by name: before "seconded" or
// "seconds", or after "seconded by". ok is false when none does.
func seconderWithin(toks []doc.Token) (int, bool) {
	for i := 0; i < len(toks); i++ {
		if w := toks[i].Lower; w != "seconds" && w != "seconded" {
			continue
		}
		switch {
		case doc.LowerAt(toks, i+1) == "by":
			return i + 2, true
		case i > 0 && doc.IsCapitalised(toks[i-1]):
			k := i - 1
			for k > 0 && doc.IsCapitalised(toks[k-1]) {
				k--
			}
			return k, true
		}
	}
	return -1, false
}

// secondsMotion tells whether a sentence seconds a motion: "Director
// Catlin seconded the motion", "Seconded by ...".
func secondsMotion(toks []doc.Token) bool {
	for i := 0; i < len(toks) && i < 8; i++ {
		if w := toks[i].Lower; w == "seconded" || w == "seconds" {
			return true
		}
	}
	return false
}

// frameDecision is the decision a motion frame records.
func frameDecision(text string, us []unit, f *motionFrame) (schema.Decision, bool) {
	u := &us[f.opener]
	start, end := doc.TrimSpan(text, u.Start, f.end)
	if end <= start {
		return schema.Decision{}, false
	}
	toks := u.Toks
	kind := motionKind(toks)
	if kind == "" {
		kind = "agreed"
	}
	if v := VoteOf(toks); v != nil && f.vote == nil {
		f.vote = v
	}
	dec := schema.Decision{Text: text[start:end], Kind: kind, Span: schema.Span{Start: start, End: end}, Vote: f.vote}
	dec.Mover, dec.Seconder = moverSeconder(text, toks)
	// The mover opens the sentence, past a "Motion:" label: "Motion:
	// Director Folska made the motion to ..."; "Motion to adopt" names no
	// one.
	k := entryStart(toks)
	if doc.LowerAt(toks, k) == "motion" && doc.LowerAt(toks, k+1) == ":" {
		k += 2
	}
	if n, ok := doc.NameAt(text, toks, k); ok && dec.Mover == nil && !lex.SmallWords[doc.LowerAt(toks, k)] && doc.LowerAt(toks, k) != "motion" {
		dec.Mover = &n
	}
	if f.second != nil {
		dec.Seconder = f.second
	} else if k, ok := seconderWithin(toks); ok && dec.Seconder == nil {
		if n, ok := doc.NameAt(text, toks, k); ok {
			dec.Seconder = &n
		}
	}
	if dec.Vote != nil && dec.Vote.Outcome != nil && *dec.Vote.Outcome == "failed" {
		dec.Kind = "rejected"
	}
	if f.hasFate && dec.Vote == nil {
		dec.Kind = f.fate // put off, or withdrawn and no decision
		return dec, f.fate != ""
	}
	return dec, true
}

// mergeVotes fills what a is missing from b: a tally may be written over
// lines ("15 in favor (...) and 0" / "against"), and an outcome-only line
// ("ACCEPTED [UNANIMOUS]") adds nothing a count gave.
func mergeVotes(a, b *schema.Vote) *schema.Vote {
	if a == nil {
		return b
	}
	if a.For == nil {
		a.For = b.For
	}
	if a.Against == nil {
		a.Against = b.Against
	}
	if a.Abstain == nil {
		a.Abstain = b.Abstain
	}
	if a.Outcome == nil {
		a.Outcome = b.Outcome
	}
	return a
}
