package commitments

import (
	"strings"

	"github.com/minutes-tool/minutes/extract/internal/doc"
	"github.com/minutes-tool/minutes/extract/internal/lex"
)

// Owners the words just before a cue do not give: a pronoun that stands
// for a person named before it ("Simon Denison said he would raise
// this", "MW explained ... He said that he wished to"), and the speaker
// of a labelled line who says what they will do ("Ryan: Figure out video
// recording meetings").

// personalPronouns stand for one person named before them.
var personalPronouns = map[string]bool{"he": true, "she": true}

// pronounAt is the index of the pronoun that is the subject of the cue at
// toks[cue], past adverbs, auxiliaries and "that": "he would", "she has
// agreed to"; or -1.
func pronounAt(toks []doc.Token, cue int) int {
	k := cue - 1
	for k >= 0 && toks[k].Kind == doc.Word && (lex.Adverbs[toks[k].Lower] || lex.PassiveAux[toks[k].Lower] || lex.FutureModals[toks[k].Lower]) {
		k--
	}
	if k >= 0 && personalPronouns[toks[k].Lower] {
		return k
	}
	return -1
}

// speakerBefore is the person who speaks in toks before index end: the
// name before the last verb of speech ("Simon Denison said", "MW
// explained").
func speakerBefore(text string, toks []doc.Token, end int) (*string, bool) {
	for k := end - 1; k > 0; k-- {
		if toks[k].Kind != doc.Word || !speechVerb(toks[k].Lower) {
			continue
		}
		j := k
		for j > 0 && lex.AdverbsBeforeVerb[toks[j-1].Lower] {
			j--
		}
		if o, ok := namedBefore(text, toks, j); ok && o != nil {
			return o, true
		}
	}
	return nil, false
}

// speechVerb tells whether w is a verb of speech: one of
// lex.SpeechVerbs, which minutes write in the past tense, or its present
// form, as notes write ("reports", "confirms", "advises": "reported",
// "confirmed", "advised" are speech verbs).
func speechVerb(w string) bool {
	if lex.SpeechVerbs[w] {
		return true
	}
	stem, ok := strings.CutSuffix(w, "s")
	if !ok || len(stem) < 3 || strings.HasSuffix(stem, "s") {
		return false
	}
	if strings.HasSuffix(stem, "e") {
		return lex.SpeechVerbs[stem+"d"] // "advises": "advised"
	}
	return lex.SpeechVerbs[stem+"ed"] // "reports": "reported"
}

// pronounOwner resolves the pronoun subject of the cue at toks[cue] of
// unit us[i] to the person it stands for: the speaker named before it in
// the same sentence, or in an earlier sentence of the same paragraph.
func pronounOwner(text string, us []doc.Unit, i, cue int) *string {
	toks := us[i].Toks
	p := pronounAt(toks, cue)
	if p < 0 {
		return nil
	}
	if o, ok := speakerBefore(text, toks, p); ok {
		return o
	}
	for j := i - 1; j >= 0 && us[j].Block == us[i].Block; j-- {
		if o, ok := speakerBefore(text, us[j].Toks, len(us[j].Toks)); ok {
			return o
		}
	}
	return nil
}

// speakerOwner is the speaker of a labelled line ("Ryan: Figure out
// video recording meetings", "Khio: Would like to be a part of the
// group") when what follows the label has no subject of its own: the
// speaker undertakes it. The label must be a person's name, first word
// a given name, not a heading word ("Decision:", "Proposal:").
func speakerOwner(text string, toks []doc.Token) *string {
	return labelOwner(text, toks, func(w string) bool { return lex.GivenNames[w] }, nil)
}

// turnOwner is speakerOwner where the label may be any word that labels
// other sentences of the document too: notes that give each speaker's
// words under their name ("Khio: Would like to talk with JoshG") name
// people the list of given names does not hold, and chat logs name them
// by lower-case nicks ("sam: we should file a bug"). A later sentence of
// a labelled line is the label's speaker's too ("Jack: I have ideas.
// Happy to write them down").
func turnOwner(text string, us []doc.Unit, i int) *string {
	nick := func(w string) bool {
		return !lex.NotNameWords[w] && !lex.RoleNouns[w] && !actionLabels[w] && labelsOthers(us, w)
	}
	turn := func(w string) bool { return lex.GivenNames[w] || nick(w) }
	if o := labelOwner(text, us[i].Toks, turn, nick); o != nil {
		return o
	}
	j := i
	for j > 0 && us[j-1].Block == us[i].Block && len(us[j].Toks) > 0 && !us[j].Toks[0].NewlineBefore {
		j--
	}
	k := firstWord(us[i].Toks)
	if j == i || k >= len(us[i].Toks) || notOwner(us[i].Toks[k:k+1]) || !subjectless(us[i].Toks, k) {
		return nil // "Someone would maybe be responsible", "Personally would like": no plain clause of the speaker's
	}
	name, _, ok := labelName(text, us[j].Toks, turn, nick)
	if !ok {
		return nil
	}
	return &name
}

// labelsOthers tells whether the word w, as a label ("w:"), opens at
// least two more sentences of us.
func labelsOthers(us []doc.Unit, w string) bool {
	n := 0
	for _, u := range us {
		k := firstWord(u.Toks)
		if k+1 < len(u.Toks) && u.Toks[k].Lower == w && u.Toks[k+1].Text == ":" {
			if n++; n > 2 {
				return true
			}
		}
	}
	return false
}

// labelOwner is the speaker of a labelled line whose first word speaker
// accepts, when what follows the label has no subject but the speaker.
func labelOwner(text string, toks []doc.Token, speaker, nick func(w string) bool) *string {
	name, c, ok := labelName(text, toks, speaker, nick)
	if !ok || !subjectless(toks, c+1) && !firstPerson(toks, c+1) {
		return nil
	}
	return &name
}

// labelName is the name of the label that opens a line, whose first
// word speaker accepts, and the index of its colon: capitalised words
// ("Eric Holk:"), or a chat's lower-case nick that nick accepts ("sam:"),
// when nick is not nil.
func labelName(text string, toks []doc.Token, speaker, nick func(w string) bool) (string, int, bool) {
	i := firstWord(toks)
	c := i
	for c < len(toks) && c-i < 3 && doc.IsCapitalised(toks[c]) {
		c++
	}
	if c == i && nick != nil && i+1 < len(toks) && toks[i].Kind == doc.Word && toks[i+1].Text == ":" && !toks[i+1].SpaceBefore {
		if !nick(toks[i].Lower) {
			return "", 0, false
		}
		c = i + 1 // "sam:"
	}
	if c == i || c >= len(toks) || toks[c].Text != ":" || !speaker(toks[i].Lower) {
		return "", 0, false
	}
	for k := i; k < c; k++ {
		if lex.NotNameWords[toks[k].Lower] {
			return "", 0, false
		}
	}
	return text[toks[i].Start:toks[c-1].End], c, true
}

// firstPerson tells whether the clause at toks[i] has the speaker as its
// subject: "I can take over", or the speaker proposes what all should do
// ("we should file a bug"); what "we would" do is the group's.
func firstPerson(toks []doc.Token, i int) bool {
	w := doc.LowerAt(toks, i)
	return w == "i" || w == "we" && doc.LowerAt(toks, i+1) == "should"
}

// subjectless tells whether the clause at toks[i] starts with its verb:
// a modal ("Would like to"), a lower-case word ("check RFC"), or a
// capitalised word that is no pronoun, article or name ("Figure out",
// "Send out").
func subjectless(toks []doc.Token, i int) bool {
	if i+1 >= len(toks) || toks[i].Kind != doc.Word {
		return false
	}
	w := toks[i].Lower
	if lex.FutureModals[w] || w == "can" || w == "happy" {
		return true
	}
	if pronoun[w] || lex.NotNameWords[w] || lex.GivenNames[w] || toks[i+1].Kind != doc.Word {
		return false
	}
	if !doc.IsCapitalised(toks[i]) {
		return true // "check RFC for absence policy"
	}
	return !doc.IsCapitalised(toks[i+1])
}

// askedOwner reads "Hazel asked the relevant leads ... to sign", "The
// Chair asked the Clerk to investigate": the one asked acts, not the one
// who asked. A passive ("The Clerk was asked to") is left to the words
// before it.
func askedOwner(text string, toks []doc.Token, cue int) (*string, bool) {
	w := toks[cue].Lower
	if w != "asked" && w != "requested" || lex.PassiveAux[doc.LowerAt(toks, cue-1)] {
		return nil, false
	}
	to := -1
	for k := cue + 1; k < len(toks) && k <= cue+22; k++ {
		if toks[k].Lower == "to" {
			to = k
			break
		}
	}
	end, depth := to, 0
	for k := cue + 1; k < to && end == to; k++ {
		switch toks[k].Text {
		case "(":
			depth++
		case ")":
			depth--
		case ",":
			if depth == 0 {
				end = k
			}
		}
	}
	s := cue + 1
	if s < len(toks) && toks[s].Lower == "the" {
		s++
	}
	if end <= s || toks[s].Kind != doc.Word || pronoun[toks[s].Lower] || objectPronouns[toks[s].Lower] {
		return nil, false
	}
	o := withoutAside(text, toks[s:end])
	return &o, true
}

// withoutAside is the words of toks less any parenthesis: "the relevant
// leads (eg chief executives) of all partner organisations".
func withoutAside(text string, toks []doc.Token) string {
	var b strings.Builder
	depth, from := 0, -1
	flush := func(k int) {
		if from >= 0 {
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(strings.TrimSpace(text[toks[from].Start:toks[k-1].End]))
			from = -1
		}
	}
	for k, t := range toks {
		switch {
		case t.Text == "(":
			flush(k)
			depth++
		case t.Text == ")":
			depth--
		case depth == 0 && from < 0:
			from = k
		}
	}
	flush(len(toks))
	return b.String()
}

// coordinatedOwner reads a verb joined to the sentence's first clause
// ("The Board approved these plans and will receive updates", "The Chair
// was concerned ... but agreed to consider this"): the first clause's
// subject acts.
func coordinatedOwner(text string, toks []doc.Token, cue int) *string {
	k := cue - 1
	for k >= 0 && toks[k].Kind == doc.Word && lex.Adverbs[toks[k].Lower] {
		k--
	}
	if k < 0 || toks[k].Lower != "and" && toks[k].Lower != "but" {
		return nil
	}
	return clauseSubject(text, toks, clauseStart(toks, k), k)
}

// clauseStart is the index of the first word of the clause that holds
// toks[k]: after the last semicolon before it, or after a label's colon
// ("Podcast: NL has been invited"), or the sentence's first word ("7 of
// the 24 departments were reporting; the Treasury were consulting
// others").
func clauseStart(toks []doc.Token, k int) int {
	for j := k - 1; j > 0; j-- {
		if toks[j].Text == ";" || toks[j].Text == ":" && j <= firstWord(toks)+3 {
			return j + 1
		}
	}
	return firstWord(toks)
}

// clauseSubject is the capitalised name that opens a clause at toks[s],
// past an article, when a lower-case word (its verb) follows it before
// toks[k]: "The Board approved", "Thanet CCG are not pursuing".
func clauseSubject(text string, toks []doc.Token, s, k int) *string {
	if w := doc.LowerAt(toks, s); w == "the" || w == "a" || w == "an" {
		s++
	}
	e := s
	for e < k && doc.IsCapitalised(toks[e]) && !pronoun[toks[e].Lower] {
		e++
	}
	if e == s || e >= k || toks[e].Kind != doc.Word || doc.IsCapitalised(toks[e]) || lex.SmallWords[toks[e].Lower] {
		return nil // "Senators and we've been told": no verb after the name
	}
	if w := toks[s].Lower; strings.HasSuffix(w, "ing") || w == "not" || notOwner(toks[s:e]) {
		return nil // "Having received", "Not happy but would"
	}
	o := text[toks[s].Start:toks[e-1].End]
	return &o
}

// theyOwner resolves "they" as the subject of the cue at toks[cue] of
// unit us[i]: the name that opens the sentence's first clause ("Thanet
// CCG are not pursuing ..., however, they will continue to work"), or
// else the previous sentence's in the same paragraph. A passive ("they
// will be discussed") has no owner to find.
func theyOwner(text string, us []doc.Unit, i, cue int) *string {
	toks := us[i].Toks
	k := cue - 1
	for k >= 0 && toks[k].Kind == doc.Word && (lex.Adverbs[toks[k].Lower] || lex.FutureModals[toks[k].Lower]) {
		k--
	}
	if k < 0 || toks[k].Lower != "they" || doc.LowerAt(toks, cue+1) == "be" || doc.LowerAt(toks, cue) == "be" {
		return nil
	}
	if k > firstWord(toks) {
		return clauseSubject(text, toks, firstWord(toks), k)
	}
	if i > 0 && us[i-1].Block == us[i].Block {
		prev := us[i-1].Toks
		return clauseSubject(text, prev, firstWord(prev), len(prev))
	}
	return nil
}

// agreedByOwner reads "It was agreed by the Board that ... it would take
// an approach": the body that agreed acts.
func agreedByOwner(text string, toks []doc.Token, cue int) *string {
	for k := 1; k+1 < cue; k++ {
		if toks[k].Lower == "by" && clauseVerbs[toks[k-1].Lower] {
			return agentAt(text, toks, k+1)
		}
	}
	return nil
}

// actionLabels open a line that records an action: "ACTION: Simon to
// ...", "AI: Dana check the boiler quote", "Action 3: MW to circulate".
var actionLabels = map[string]bool{"action": true, "actions": true, "ai": true, "todo": true}

// labelledAction is the index of the first word after an action label
// and its colon ("AI: Dana check the boiler quote"), or -1.
func labelledAction(toks []doc.Token) int {
	i := firstWord(toks)
	if i >= len(toks) || !actionLabels[toks[i].Lower] {
		return -1
	}
	k := i + 1
	for k < len(toks) && (toks[k].Kind == doc.Number || toks[k].Lower == "item" || toks[k].Lower == "point") {
		k++
	}
	if k+2 >= len(toks) || toks[k].Text != ":" || toks[k+1].Kind != doc.Word {
		return -1
	}
	return k + 1
}

// bareSubjectOwner reads who acts in an action written without "to" or
// a modal: "Dana check the boiler quote", "Clerk inform the tenants",
// "MW circulate the paper". The subject must name a person: a given
// name, initials or a role word, followed by a lower-case verb.
func bareSubjectOwner(text string, toks []doc.Token, i int) *string {
	if i >= len(toks) || !personWord(toks[i]) {
		return nil
	}
	e := i + 1
	for e < len(toks) && e-i < 4 && (doc.IsCapitalised(toks[e]) || toks[e].Lower == "and" || toks[e].Text == "/") {
		e++
	}
	if e >= len(toks) || toks[e].Kind != doc.Word || doc.IsCapitalised(toks[e]) || joiningWords[toks[e].Lower] {
		return nil
	}
	if subjectStop[toks[e].Lower] && !lex.FutureModals[toks[e].Lower] {
		return nil // "Matt will:" heads a list of what Matt will do
	}
	o := text[toks[i].Start:toks[e-1].End]
	return &o
}

// personWord tells whether a capitalised word names a person: a given
// name, initials ("MW"), or a role ("Clerk", "Treasurer").
func personWord(t doc.Token) bool {
	if !doc.IsCapitalised(t) {
		return false
	}
	return lex.GivenNames[t.Lower] || actionRoles[t.Lower] || lex.RoleWords[t.Lower] || doc.IsUpperWord(t) && len(t.Text) <= 4 && !lex.NotNameWords[t.Lower]
}

// trailingActionItem finds an action item whose subject names a person
// and that closes a sentence after a comma, semicolon, dash or a label's
// colon ("Decision: Jeremy to add Mason as a cosigner") ("maybe to also include 5mm axials, HC to look
// at this", "Seemed to trend towards it, Michael to confirm"): the index
// where its clause starts and of its "to", or false.
func trailingActionItem(toks []doc.Token) (start, to int, ok bool) {
	return actionItemAfter(toks, func(t doc.Token) bool { return t.Text == "," || t.Text == ";" || t.Text == ":" || doc.IsDash(t) })
}

// joinedActionOwner is the subject of an action item joined by "and" to
// a sentence that has a cue of its own: "Financial review meeting planned
// for May 6 and Jeremy to update the Board".
func joinedActionOwner(text string, toks []doc.Token) *string {
	st, to, ok := actionItemAfter(toks, func(t doc.Token) bool { return t.Lower == "and" })
	if !ok {
		return nil
	}
	o := text[toks[st].Start:toks[to-1].End]
	return &o
}

// actionItemAfter finds an action item whose subject names a person and
// that follows a token sep accepts: the index where its clause starts and
// of its "to", or false.
func actionItemAfter(toks []doc.Token, sep func(doc.Token) bool) (start, to int, ok bool) {
	for k := 1; k+3 < len(toks); k++ {
		if !sep(toks[k]) {
			continue
		}
		if !personWord(toks[k+1]) {
			continue // ", Apache Bigtop, to serve": no person
		}
		if i, ok := actionItem(toks[k+1:]); ok {
			return k + 1, k + 1 + i, true
		}
	}
	return 0, 0, false
}
