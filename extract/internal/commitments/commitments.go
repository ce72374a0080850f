package commitments

import (
	"github.com/minutes-tool/minutes/extract/internal/dispositions"
	"github.com/minutes-tool/minutes/extract/internal/doc"
	"github.com/minutes-tool/minutes/extract/internal/lex"
)

import (
	"strings"

	"github.com/minutes-tool/minutes/schema"
)

// findCommitments finds what the minutes say will or should happen after
// the meeting, one per sentence: plans, deadlines, expected events,
// action items and the next meeting. Spans are bytes and cover the
// sentence (and a "Due:" line after it), so that resolve can set Due from
// the dates inside; resolve sets Item. us and disp are the document's
// units and dispositions (their own stages), read only.
func Find(d *doc.Document, us []doc.Unit, disp []dispositions.Disposition) []schema.Commitment {
	var out []schema.Commitment
	for _, p := range disp {
		if p.Later {
			s, e := doc.TrimSpan(d.Text, p.LaterStart, p.End)
			out = append(out, schema.Commitment{Text: d.Text[s:e], Action: d.Text[s:e], Span: schema.Span{Start: s, End: e}})
		}
	}
	inActions, reviewing := false, false
	lastBlock := -1
	var headings headingMemo
	for i, u := range us {
		if u.Block != lastBlock {
			inActions = actionList(d, u.Block, inActions, &headings)
			lastBlock = u.Block
		}
		reviewing = reviewsActions(d.Text[u.Start:u.End], u, reviewing)
		if dispositions.OverlapsDisposition(disp, u.Start, u.End) {
			continue
		}
		cue, verb, ok := commitmentCue(u, !reviewing)
		if !ok && inActions && startsWithVerb(u.Toks) {
			cue, verb, ok = firstWord(u.Toks), firstWord(u.Toks), true
		}
		if !ok {
			continue
		}
		start, end := doc.Narrow(u.Toks, cue)
		// "Action: ... \nDue: September" — the due line belongs to it.
		if i+1 < len(us) && doc.LowerAt(us[i+1].Toks, 0) == "due" && doc.LowerAt(us[i+1].Toks, 1) == ":" {
			end = us[i+1].End
		}
		start, end = doc.TrimSpan(d.Text, start, end)
		if end <= start {
			continue
		}
		c := schema.Commitment{Text: d.Text[start:end], Span: schema.Span{Start: start, End: end}}
		c.Action = actionText(d.Text, u.Toks, verb, end)
		c.Owner = OwnerOf(d.Text, u.Toks, cue)
		out = append(out, c)
	}
	return out
}

// commitmentCue finds the word that makes a unit a commitment, and the
// token where the action starts. Only the words whose cues start a case
// are read: every case, and actionItem's "to", starts from a word with
// cueCommit.
func commitmentCue(u doc.Unit, actions bool) (cue, verb int, ok bool) {
	toks := u.Toks
	if len(toks) == 0 || u.Cues&(doc.CueCommit|doc.CueQuestion) != doc.CueCommit {
		return -1, -1, false
	}
	if i, ok := actionItemCued(toks, u.Cues); ok {
		if !actions {
			return -1, -1, false
		}
		return i, i + 1, true
	}
	if u.Cues&doc.CueObjection != 0 && chairsFormula(toks) || u.Cues&doc.CueWithin != 0 && withinMeeting(toks) {
		return -1, -1, false
	}
	trigger := false
	body := doc.LazySubjectIsBody(toks)
	for i := range toks {
		c := toks[i].Cue
		if c&(doc.CueTrigger|doc.CueOpinion|doc.CueCommit) == 0 {
			continue // a number, punctuation, or a word no case reads
		}
		t := &toks[i]
		w := t.Lower
		if c&doc.CueTrigger != 0 && (body() || lex.PassiveAux[doc.LowerAt(toks, i-1)] || w == "consensus" || w == "agreed" || w == "recommended" || w == "resolved") {
			trigger = true
		}
		if c&doc.CueOpinion != 0 && !body() {
			break // an opinion: no later word counts
		}
		if c&doc.CueCommit == 0 {
			continue
		}
		if t.Text == "Will" && (i == firstWord(toks) || i+1 < len(toks) && doc.IsCapitalised(toks[i+1])) {
			continue // "Will Perrin", "Will also thought": a name, not a modal
		}
		next := doc.LowerAt(toks, i+1)
		if c&doc.CueTo != 0 && !(next == "be" && i+2 < len(toks) && isParticiple(toks[i+2])) {
			continue // no case but "to be done" reads a "to"
		}
		prev := doc.LowerAt(toks, i-1)
		switch {
		case c&doc.CueModal != 0:
			if lex.NounWill[prev] || prev == "there" {
				continue
			}
			if w == "would" && hypothetical(toks, i) || questionModal(toks, i) {
				continue
			}
			if v, ok := planVerb(toks, i+1, w == "would"); ok && !effectAfterThing(toks, i, v) && !spokenAct(toks, i, v) && !itAssesses(toks, i, v) {
				return i, v, true
			}
		case c&doc.CueObligation != 0 && trigger:
			if v, ok := planVerb(toks, i+1, false); ok {
				return i, v, true
			}
		case w == "to" && next == "be" && i+2 < len(toks) && isParticiple(toks[i+2]):
			if toBeComplement(toks, i) || prev == "yet" || prev == "need" || prev == "needs" || prev == "needed" || prev == "likely" && !lex.PassiveAux[doc.LowerAt(toks, i-2)] {
				continue // "have yet to be determined", "less likely to be involved"
			}
			if prev == "not" || prev == "have" || prev == "has" || prev == "less" || prev == "more" ||
				lex.PredicateAdjectives[prev] || (len(prev) > 3 && (strings.HasSuffix(prev, "ed") || strings.HasSuffix(prev, "ing"))) ||
				prev == "deserve" || prev == "deserves" {
				continue
			}
			return i, i + 2, true
		case (w == "need" || w == "needs" || w == "needed") && next == "to" && doc.LowerAt(toks, i+2) == "be" && i+3 < len(toks) && isParticiple(toks[i+3]) &&
			prev != "might" && prev != "may" && prev != "could":
			if !needIsPlan(toks, i, trigger) {
				continue
			}
			return i, i + 3, true
		case w == "going" && next == "to" && i+2 < len(toks):
			if (prev == "was" || prev == "were") && firstPersonSingular(toks) {
				continue // "I just assumed it was going to come back": a story
			}
			if v, ok := planVerb(toks, i+2, false); ok {
				return i, v, true
			}
		case w == "due" && (next == "to" || next == "for") && dueIsPlan(toks, i):
			return i, i + 2, true
		case c&doc.CuePlan != 0 && w != "due" && (lex.PassiveAux[prev] || prev == "be" || lex.PlanFollowers[next] || w == "forthcoming"):
			if (prev == "was" || prev == "were") && (next == "" || next == ".") {
				continue // "include all workers it was intended": a past intention
			}
			if w == "proposed" && next != "that" {
				continue
			}
			if (w == "hoped" || w == "expected" || w == "anticipated") && !lex.PassiveAux[prev] && prev != "be" && prev != "been" && (next == "that" || next == "to") {
				continue
			}
			if w == "likely" && (prev == "less" || prev == "more" || prev == "most") || prev == "not" || forecastsQuantity(toks, i) {
				continue // "not likely to be available", "anticipated to be $66 million"
			}
			return i, i + 1, true
		case c&doc.CueIntent != 0 && next == "to" && i+2 < len(toks) && toks[i+2].Kind == doc.Word && !commonNonVerbs[doc.LowerAt(toks, i+2)]:
			if (w == "plan" || w == "plans") && !(lex.BodyNouns[prev] || pronoun[prev] || prev == "are" || prev == "has" || prev == "have") {
				continue
			}
			if decisionAtMeeting[doc.LowerAt(toks, i+2)] || (w == "want" || w == "wants") && (courtesyVerbs[doc.LowerAt(toks, i+2)] || !lex.WantSubjects[prev]) {
				continue // "agreed to approve the renewal": the decision itself; "want to say"
			}
			return i, i + 2, true
		case w == "agreed" && next == "that" && agreedPlan(toks, i+2):
			return i, i + 2, true
		case (w == "asked" || w == "requested") && askedTo(toks, i):
			return i, i + 1, true
		case w == "being" && (next == "arranged" || next == "planned" || next == "organised" || next == "organized" || next == "scheduled"):
			return i, i + 1, true
		case w == "set" && next == "for":
			return i, i + 1, true
		case (w == "were" || w == "was") && next == "to" && i+2 < len(toks) && toks[i+2].Kind == doc.Word && !commonNonVerbs[doc.LowerAt(toks, i+2)] && doc.LowerAt(toks, i+2) != "be" && !lex.RoleNouns[prev] &&
			!(prev == "which" && lex.RoleNouns[doc.LowerAt(toks, i-3)]): // "the purpose of which was to give"
			return i, i + 2, true
		case w == "request" && next == "was" && doc.LowerAt(toks, i+2) == "made":
			return i, i + 3, true
		case w == "suggested" && (strings.HasSuffix(next, "ing") || next == "an" || next == "that" && trigger) && doc.SubjectIsBody(toks, i+1):
			return i, i + 1, true
		case w == "next" && next == "meeting" && hasMonth(toks):
			return i, i, true
		case c&doc.CueSchedule != 0 && hasMonth(toks) && i < 8:
			return i, i, true
		case futureTimeAt(toks, i) && progressiveBefore(toks, i):
			return i, i, true // "are working with citizens to bring a plan later this year"
		case w == "coming" && next == "up" && hasMonth(toks):
			return i, i, true // "our lobbying training coming up on january 18th"
		case (w == "moves" || w == "passes" || w == "goes") && secondReadingAfter(toks, i):
			return i, i, true // "moves on to a second reading next week"
		case (w == "committed" || w == "committing") && (next == "to" || next == "within"):
			return i, i + 1, true
		}
	}
	return -1, -1, false
}

// commonNonVerbs after "to" show it is a preposition: "agreed to the
// proposal".
var commonNonVerbs = map[string]bool{
	"the": true, "a": true, "an": true, "this": true, "that": true, "these": true, "those": true,
	"his": true, "her": true, "their": true, "its": true, "our": true, "my": true, "your": true,
	"be": false, "date": true, "all": true,
}

// hasMonth tells whether a sentence names a month.
func hasMonth(toks []doc.Token) bool {
	for i, t := range toks {
		if lex.MonthWords[t.Lower] && isMonthAt(toks, i) {
			return true
		}
	}
	return false
}

// isMonthAt tells whether the month word at toks[i] names a month: "may"
// and "march" are verbs too ("closer involvement may add value"), so
// they count in capitals inside a sentence ("in May") or next to a
// number ("march 1st").
func isMonthAt(toks []doc.Token, i int) bool {
	w := toks[i].Lower
	if w != "may" && w != "march" {
		return true
	}
	if i > 0 && toks[i-1].Kind == doc.Number || i+1 < len(toks) && toks[i+1].Kind == doc.Number {
		return true
	}
	return doc.IsCapitalised(toks[i]) && i > firstWord(toks)
}

// actionText is what is to happen: the words from the action's verb to
// the end of the commitment.
func actionText(text string, toks []doc.Token, verb, end int) string {
	if verb < 0 || verb >= len(toks) || toks[verb].Start >= end {
		if len(toks) == 0 {
			return ""
		}
		return strings.TrimSpace(text[toks[0].Start:end])
	}
	s, e := doc.TrimSpan(text, toks[verb].Start, end)
	return text[s:e]
}
