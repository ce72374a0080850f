package commitments

import (
	"strings"

	"github.com/minutes-tool/minutes/extract/internal/doc"
	"github.com/minutes-tool/minutes/extract/internal/lex"
)

// Owners: who a commitment says is to act.

// OwnerOf finds who is to act: the names or role just before the cue
// ("Cllr. O. Williams would send", "MW to create", "The Clerk was asked
// to"), or the agent of a passive ("will be determined by the Joint
// Committee"). Pronouns and things give no owner. The readings of
// ownerReadings are tried in order; the first that decides gives the
// owner, or none.
func OwnerOf(text string, toks []doc.Token, cue int) *string {
	if cue < 0 || cue >= len(toks) {
		return nil
	}
	for _, read := range ownerReadings {
		if o, decided := read(text, toks, cue); decided {
			return o
		}
	}
	return nil
}

// ownerReadings read who is to act from the words around a cue; each
// tells whether it decided, with the owner or none.
var ownerReadings = []func(text string, toks []doc.Token, cue int) (*string, bool){
	motionOwner, actionItemOwner, askedOwner, possessiveOwner, toBeDoneOwner, namesBeforeDash, namedBefore, passiveAgent,
}

// namesBeforeDash reads notes that put who acts before a dash and what
// they do after it: "Jack, Khio - happy to help here", "Helen C and
// Helen J - organising". The names must open the sentence.
func namesBeforeDash(text string, toks []doc.Token, cue int) (*string, bool) {
	d := cue - 1
	if d < 1 || !doc.IsDash(toks[d]) {
		return nil, false
	}
	s := firstWord(toks)
	for k := s; k < d; k++ {
		t := toks[k]
		if !(doc.IsCapitalised(t) && !lex.NotNameWords[t.Lower]) && t.Text != "," && t.Lower != "and" && t.Text != "&" {
			return nil, false
		}
	}
	if s >= d || !doc.IsCapitalised(toks[s]) {
		return nil, false
	}
	o := text[toks[s].Start:toks[d-1].End]
	return &o, true
}

// toBeDoneOwner reads "Returns to be submitted by 30th June": the
// subject of "to be" and a participle is what is done, so only the
// passive's agent, if any, acts.
func toBeDoneOwner(text string, toks []doc.Token, cue int) (*string, bool) {
	if toks[cue].Lower != "to" || doc.LowerAt(toks, cue+1) != "be" {
		return nil, false
	}
	return passiveAgent(text, toks, cue)
}

// possessiveOwner reads "Matt confirmed his intention to": the cue's
// possessive stands for the sentence's subject, a name opening it.
func possessiveOwner(text string, toks []doc.Token, cue int) (*string, bool) {
	switch doc.LowerAt(toks, cue-1) {
	case "his", "her", "their":
	default:
		return nil, false
	}
	start := firstWord(toks)
	end := start
	for end < cue-1 && doc.IsCapitalised(toks[end]) {
		end++
	}
	if end == start || pronoun[toks[start].Lower] || notOwner(toks[start:end]) {
		return nil, false
	}
	s := text[toks[start].Start:toks[end-1].End]
	return &s, true
}

// motionOwner reads "agreed that the Clerk write": whoever the clause
// names is to act. In a motion ("proposed by Cllr. J. Davies, seconded
// by Cllr. A. Thomas and unanimously agreed") the mover and seconder
// decided and own nothing: with no one named in the clause the motion
// has no owner, but "The Board agreed that a website would be created"
// is the Board's.
func motionOwner(text string, toks []doc.Token, cue int) (*string, bool) {
	if !clauseVerbs[toks[cue].Lower] {
		return nil, false
	}
	motion := moved(toks[:cue])
	if doc.LowerAt(toks, cue+1) == "that" {
		if o := clauseOwner(text, toks, cue+2); o != nil || motion {
			return o, true
		}
		if o := laterThatOwner(text, toks, cue+2); o != nil {
			return o, true // "agreed that a website would be created, and that MW would manage it"
		}
	}
	return nil, motion // "seconded by Cllr. Arwel Davies and unanimously agreed to purchase"
}

// actionItemOwner reads an action item's whole subject, lower-case role
// words included: "HMT financial reporting policy team to consider".
func actionItemOwner(text string, toks []doc.Token, cue int) (*string, bool) {
	if toks[cue].Lower != "to" {
		return nil, false
	}
	if k, ok := actionItem(toks); !ok || k != cue {
		return nil, false
	}
	if doc.LowerAt(toks, cue+1) == "be" {
		// "The Return to be signed by the Chairperson": the subject is
		// what is done; the agent, if any, does it.
		return passiveAgent(text, toks, cue)
	}
	s := actionSubjectStart(toks)
	for s < cue && (lex.Honorifics[toks[s].Lower] || toks[s].Text == "." || toks[s].Lower == "the") {
		s++
	}
	if s >= cue || pronoun[toks[s].Lower] {
		return nil, false
	}
	name := strings.TrimSpace(text[toks[s].Start:toks[cue-1].End])
	return &name, true
}

// namedBefore reads the capitalised names just before the cue, past
// adverbs and auxiliaries: "Cllr. O. Williams would send", "The Clerk
// was asked".
func namedBefore(text string, toks []doc.Token, cue int) (*string, bool) {
	k := cue - 1
	for k >= 0 && toks[k].Kind == doc.Word && (lex.Adverbs[toks[k].Lower] || lex.PassiveAux[toks[k].Lower]) {
		k--
	}
	joined := false
	for k >= 0 && toks[k].Kind == doc.Word && trailingJoin(toks[k].Lower) {
		k-- // "seconded by Cllr. A. Thomas and unanimously agreed": no trailing "and"
		joined = true
	}
	end := k
	if o, ok := bodyNounBefore(text, toks, end); ok {
		return o, true // "The committee agreed to investigate"
	}
	if o, ok := bodyPhraseBefore(text, toks, end); ok {
		return o, true // "the team working on e-prescribing were to attend"
	}
	for k >= 0 && inName(toks[k]) {
		k--
	}
	if joined && k >= 0 && toks[k].Lower != "by" && k+1 > clauseStart(toks, end) {
		// "NL has been invited to a podcast called RSE Stories and will
		// keep": the name before "and" is an object, not who acts.
		return nil, false
	}
	if k >= 0 && objectPrepositions[toks[k].Lower] {
		// "A decision on stroke care in Kent and Medway will be
		// determined by ...": a place or thing after a preposition.
		return nil, false
	}
	start := k + 1
	first := start
	for start <= end && toks[start].Kind == doc.Word && leadingJoin(toks[start].Lower) {
		start++
		for start <= end && toks[start].Kind == doc.Punct {
			start++
		}
	}
	if start > end && first == end && lex.Honorifics[toks[first].Lower] && doc.IsCapitalised(toks[first]) {
		start = first // "Councillors were asked": the title is who
	}
	if start > end || !doc.IsCapitalised(toks[start]) || pronoun[toks[start].Lower] || notOwner(toks[start:end+1]) {
		return nil, false
	}
	s := strings.TrimSpace(text[toks[start].Start:toks[end].End])
	return &s, true
}

// bodyNounBefore reads a body named in lower case as the subject just
// before a cue, after an article or possessive and up to two words that
// qualify it: "The committee agreed to", "The programme board will".
func bodyNounBefore(text string, toks []doc.Token, end int) (*string, bool) {
	if end < 1 || toks[end].Kind != doc.Word || doc.IsCapitalised(toks[end]) {
		return nil, false
	}
	w := toks[end].Lower
	if !lex.BodyNouns[w] || pronoun[w] || w == "it" || w == "they" || w == "meeting" {
		return nil, false
	}
	for k := end - 1; k >= 0 && k >= end-3 && toks[k].Kind == doc.Word; k-- {
		switch {
		case toks[k].Lower == "the" || toks[k].Lower == "our" || toks[k].Lower == "this":
			if k+1 == end || !pronoun[toks[k+1].Lower] {
				s := text[toks[k+1].Start:toks[end].End] // "The programme board will"
				return &s, true
			}
		case k == clauseStart(toks, end) && doc.IsCapitalised(toks[k]) && !pronoun[toks[k].Lower] && !notOwner(toks[k:k+1]) && (!lex.RoleWords[w] || strings.HasSuffix(w, "s")):
			// A group named by what it does: "Lang team is planning to",
			// "SIG members were happy to"; not an office ("Next chair
			// will be").
			s := text[toks[k].Start:toks[end].End]
			return &s, true
		case k == end-1 && opensClause(toks, k) && !lex.RoleWords[w] && !subjectStop[toks[k].Lower] && !commonNonVerbs[toks[k].Lower] && !objectPrepositions[toks[k].Lower]:
			// Notes in lower case: "Ryan: that sounds good. librarians
			// team will make that decision."
			s := text[toks[k].Start:toks[end].End]
			return &s, true
		}
	}
	return nil, false
}

// opensClause tells whether toks[k] opens a sentence or a clause after a
// label's colon or a full stop.
func opensClause(toks []doc.Token, k int) bool {
	return k == 0 || toks[k-1].Text == "." || toks[k-1].Text == ":"
}

// maxBodyPhrase bounds the words of a body and what qualifies it after
// its noun.
const maxBodyPhrase = 6

// bodyPhraseBefore reads a body named in lower case and qualified after
// its noun, as the whole subject of its clause just before a cue: "at the
// next meeting, the team working on e-prescribing were to attend".
func bodyPhraseBefore(text string, toks []doc.Token, end int) (*string, bool) {
	s := end
	for s > 0 && end-s < maxBodyPhrase && toks[s-1].Text != "," && toks[s-1].Text != ";" {
		s--
	}
	if s > 0 && toks[s-1].Text != "," && toks[s-1].Text != ";" || doc.LowerAt(toks, s) != "the" || s+2 > end {
		return nil, false
	}
	w := toks[s+1].Lower
	if toks[s+1].Kind != doc.Word || doc.IsCapitalised(toks[s+1]) || !lex.BodyNouns[w] || pronoun[w] || w == "it" || w == "they" || w == "meeting" {
		return nil, false
	}
	o := text[toks[s+1].Start:toks[end].End]
	return &o, true
}

// notOwner tells whether a capitalised word before a cue is no one: an
// adverb opening the sentence ("Personally would like", "Conservatively
// agreed") or someone unnamed ("Someone would").
func notOwner(toks []doc.Token) bool {
	if len(toks) != 1 {
		return false
	}
	w := toks[0].Lower
	return strings.HasSuffix(w, "ly") && len(w) > 4 && !lex.GivenNames[w] || indefinite[w] || w == "a" || w == "an" || w == "the" // "Kelly would" is hers
}

// indefinite are the pronouns that name no one.
var indefinite = map[string]bool{
	"someone": true, "somebody": true, "anyone": true, "anybody": true, "nobody": true,
	"everyone": true, "everybody": true, "no-one": true, "people": true, "folks": true,
}

// trailingJoin tells whether w may stand between a name and its verb:
// "Cllr. A. Thomas and unanimously agreed".
func trailingJoin(w string) bool {
	return w == "and" || w == "of" || w == "the" || w == "unanimously"
}

// inName tells whether a token may be part of the names before a cue:
// capitalised words, initials' stops, "/", and the words that join
// names.
func inName(t doc.Token) bool {
	return doc.IsCapitalised(t) || t.Text == "." || t.Text == "/" || (t.Kind == doc.Word && (t.Lower == "and" || t.Lower == "of" || t.Lower == "the"))
}

// leadingJoin tells whether a word before the names is no part of them:
// a joining word, an honorific, or "Action".
func leadingJoin(w string) bool {
	return w == "and" || w == "of" || w == "the" || lex.Honorifics[w] || w == "action"
}

// passiveAgent reads the agent of a passive: "will be determined by the
// Joint Committee of the ten CCGs". Only the commitment's own verb
// counts: the "by" must follow "be" and its participle closely, not
// another verb later in the sentence ("an approach ... taken by NHS
// Digital").
func passiveAgent(text string, toks []doc.Token, cue int) (*string, bool) {
	j := cue + 1
	for j < len(toks) && lex.Adverbs[toks[j].Lower] {
		j++
	}
	if j >= len(toks) || (toks[j].Lower != "be" && toks[j].Lower != "been") {
		return nil, true
	}
	limit := j + 5
	for j++; j+1 < len(toks) && j <= limit; j++ {
		if toks[j].Lower == "by" {
			return agentAt(text, toks, j+1), true
		}
	}
	return nil, true
}

// agentAt is the name at toks[n] after "by", past "the", unless it is a
// month ("by March"), with the names "and" joins to it ("by the
// Chairperson and the Clerk/RFO").
func agentAt(text string, toks []doc.Token, n int) *string {
	if toks[n].Lower == "the" && n+1 < len(toks) {
		n++
	}
	if !doc.IsCapitalised(toks[n]) || lex.MonthWords[toks[n].Lower] {
		return nil
	}
	start, end := toks[n].Start, -1
	for {
		for n < len(toks) && (doc.IsCapitalised(toks[n]) || end >= 0 && (toks[n].Text == "/" || toks[n].Text == "." && len(toks[n-1].Text) == 1)) {
			end = toks[n].End
			n++
		}
		j := n + 1 // past "and", and "the"
		if doc.LowerAt(toks, j) == "the" {
			j++
		}
		if doc.LowerAt(toks, n) != "and" || j >= len(toks) || !doc.IsCapitalised(toks[j]) || lex.MonthWords[toks[j].Lower] {
			break
		}
		n = j
	}
	s := text[start:end]
	return &s
}

// objectPrepositions before a name make it their object, not a subject.
var objectPrepositions = map[string]bool{
	"in": true, "of": true, "for": true, "to": true, "at": true, "on": true, "with": true, "from": true,
	"about": true, "into": true, "across": true, "within": true,
}

// pronoun words give no owner.
var pronoun = map[string]bool{
	"he": true, "she": true, "they": true, "it": true, "we": true, "i": true, "this": true,
	"that": true, "there": true, "these": true, "you": true,
}

// clauseVerbs introduce a clause that says who is to act.
var clauseVerbs = map[string]bool{"agreed": true, "resolved": true, "decided": true, "requested": true}

// clauseOwner is the subject of the clause at toks[i] when it names who
// acts ("that the Clerk write to the county council"), or nil when the
// subject is what is acted on ("that the Annual Return be approved") or
// not a name.
func clauseOwner(text string, toks []doc.Token, i int) *string {
	if doc.LowerAt(toks, i) == "the" {
		i++
	}
	if i >= len(toks) || !doc.IsCapitalised(toks[i]) || pronoun[toks[i].Lower] {
		return nil
	}
	name, ok := doc.NameAt(text, toks, i)
	if !ok {
		return nil
	}
	k := i
	for k < len(toks) && (doc.IsCapitalised(toks[k]) || toks[k].Text == "." || lex.Honorifics[toks[k].Lower]) {
		k++
	}
	for k < len(toks) && (lex.FutureModals[toks[k].Lower] || lex.ObligationModals[toks[k].Lower] || lex.Adverbs[toks[k].Lower]) {
		k++
	}
	if k >= len(toks) || toks[k].Lower == "be" || lex.PassiveAux[toks[k].Lower] {
		return nil // "the AGM would be held remotely": what is done, not who
	}
	return &name
}

// moved tells whether the words are a motion's mover and seconder.
func moved(toks []doc.Token) bool {
	for _, t := range toks {
		if t.Lower == "seconded" || t.Lower == "proposed" || t.Lower == "moved" {
			return true
		}
	}
	return false
}

// laterThatOwner is the subject of a later clause of the same decision,
// "and that MW would manage it", when it names who acts.
func laterThatOwner(text string, toks []doc.Token, from int) *string {
	for k := from; k+1 < len(toks); k++ {
		if toks[k].Lower == "and" && toks[k+1].Lower == "that" {
			if o := clauseOwner(text, toks, k+2); o != nil {
				return o
			}
		}
	}
	return nil
}
