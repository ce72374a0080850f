package extract

// Owners: who a commitment says is to act.

import "strings"

// ownerOf finds who is to act: the names or role just before the cue
// ("Cllr. O. Williams would send", "MW to create", "The Clerk was asked
// to"), or the agent of a passive ("will be determined by the Joint
// Committee"). Pronouns and things give no owner.
func ownerOf(text string, toks []Token, cue int) *string {
	if cue < 0 || cue >= len(toks) {
		return nil
	}
	k := cue - 1
	for k >= 0 && toks[k].Kind == Word && (adverbs[toks[k].Lower] || passiveAux[toks[k].Lower]) {
		k--
	}
	for k >= 0 && toks[k].Kind == Word && (toks[k].Lower == "and" || toks[k].Lower == "of" || toks[k].Lower == "the" || toks[k].Lower == "unanimously") {
		k-- // "seconded by Cllr. A. Thomas and unanimously agreed": no trailing "and"
	}
	end := k
	for k >= 0 {
		t := toks[k]
		if isCapitalised(t) || t.Text == "." || t.Text == "/" || (t.Kind == Word && (t.Lower == "and" || t.Lower == "of" || t.Lower == "the")) {
			k--
			continue
		}
		break
	}
	start := k + 1
	for start <= end && toks[start].Kind == Word && (toks[start].Lower == "and" || toks[start].Lower == "of" || toks[start].Lower == "the" || honorifics[toks[start].Lower] || toks[start].Lower == "action") {
		start++
		for start <= end && toks[start].Kind == Punct {
			start++
		}
	}
	if start <= end && isCapitalised(toks[start]) && !pronoun[toks[start].Lower] {
		s := strings.TrimSpace(text[toks[start].Start:toks[end].End])
		return &s
	}
	// The agent of a passive: "by the Joint Committee of the ten CCGs".
	for j := cue + 1; j+1 < len(toks); j++ {
		if toks[j].Lower == "by" {
			n := j + 1
			if toks[n].Lower == "the" && n+1 < len(toks) {
				n++
			}
			if isCapitalised(toks[n]) && !monthWords[toks[n].Lower] {
				if name, ok := nameAt(text, toks, n); ok {
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
