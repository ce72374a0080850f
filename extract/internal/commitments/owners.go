package commitments

import (
	"github.com/minutes-tool/minutes/extract/internal/doc"
	"github.com/minutes-tool/minutes/extract/internal/lex"
)

// Owners: who a commitment says is to act.

import "strings"

// OwnerOf finds who is to act: the names or role just before the cue
// ("Cllr. O. Williams would send", "MW to create", "The Clerk was asked
// to"), or the agent of a passive ("will be determined by the Joint
// Committee"). Pronouns and things give no owner.
func OwnerOf(text string, toks []doc.Token, cue int) *string {
	if cue < 0 || cue >= len(toks) {
		return nil
	}
	if clauseVerbs[toks[cue].Lower] && doc.LowerAt(toks, cue+1) == "that" {
		// "proposed by Cllr. J. Davies, seconded by Cllr. A. Thomas and
		// unanimously agreed that the Clerk write": the mover and seconder
		// decided; whoever the clause names is to act. With no one named
		// there, a motion has no owner, but "The Board agreed that a
		// website would be created" is the Board's.
		if o := clauseOwner(text, toks, cue+2); o != nil || moved(toks[:cue]) {
			return o
		}
	}
	if clauseVerbs[toks[cue].Lower] && moved(toks[:cue]) {
		return nil // "seconded by Cllr. Arwel Davies and unanimously agreed to purchase"
	}
	if toks[cue].Lower == "to" {
		if k, ok := actionItem(toks); ok && k == cue {
			// "HMT financial reporting policy team to consider": the whole
			// subject, lower-case role words included.
			s := actionSubjectStart(toks)
			for s < cue && (lex.Honorifics[toks[s].Lower] || toks[s].Text == "." || toks[s].Lower == "the") {
				s++
			}
			if s < cue && !pronoun[toks[s].Lower] {
				name := strings.TrimSpace(text[toks[s].Start:toks[cue-1].End])
				return &name
			}
		}
	}
	k := cue - 1
	for k >= 0 && toks[k].Kind == doc.Word && (lex.Adverbs[toks[k].Lower] || lex.PassiveAux[toks[k].Lower]) {
		k--
	}
	for k >= 0 && toks[k].Kind == doc.Word && (toks[k].Lower == "and" || toks[k].Lower == "of" || toks[k].Lower == "the" || toks[k].Lower == "unanimously") {
		k-- // "seconded by Cllr. A. Thomas and unanimously agreed": no trailing "and"
	}
	end := k
	for k >= 0 {
		t := toks[k]
		if doc.IsCapitalised(t) || t.Text == "." || t.Text == "/" || (t.Kind == doc.Word && (t.Lower == "and" || t.Lower == "of" || t.Lower == "the")) {
			k--
			continue
		}
		break
	}
	start := k + 1
	for start <= end && toks[start].Kind == doc.Word && (toks[start].Lower == "and" || toks[start].Lower == "of" || toks[start].Lower == "the" || lex.Honorifics[toks[start].Lower] || toks[start].Lower == "action") {
		start++
		for start <= end && toks[start].Kind == doc.Punct {
			start++
		}
	}
	if start <= end && doc.IsCapitalised(toks[start]) && !pronoun[toks[start].Lower] {
		s := strings.TrimSpace(text[toks[start].Start:toks[end].End])
		return &s
	}
	// The agent of a passive: "will be determined by the Joint Committee
	// of the ten CCGs". Only the commitment's own verb counts: the "by"
	// must follow "be" and its participle closely, not another verb later
	// in the sentence ("an approach ... taken by NHS Digital").
	j := cue + 1
	for j < len(toks) && lex.Adverbs[toks[j].Lower] {
		j++
	}
	if j >= len(toks) || (toks[j].Lower != "be" && toks[j].Lower != "been") {
		return nil
	}
	limit := j + 5
	for j++; j+1 < len(toks) && j <= limit; j++ {
		if toks[j].Lower == "by" {
			n := j + 1
			if toks[n].Lower == "the" && n+1 < len(toks) {
				n++
			}
			if doc.IsCapitalised(toks[n]) && !lex.MonthWords[toks[n].Lower] {
				if name, ok := doc.NameAt(text, toks, n); ok {
					return &name
				}
			}
			break
		}
	}
	return nil
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
