package extract

// Checks on the words after a cue that tell a plan from a prediction, an
// assessment, a hypothetical or a question.

import "strings"

// effectAfterThing tells whether the verb at toks[v] after the modal at
// toks[m] predicts what a thing will do ("it will provide consistency")
// rather than what a person undertakes ("Simon will provide the data").
func effectAfterThing(toks []Token, m, v int) bool {
	if !undertakingVerbs[toks[v].Lower] {
		return false
	}
	p := m - 1
	for p >= 0 && toks[p].Kind == Word && adverbs[toks[p].Lower] {
		p--
	}
	if p < 0 || !isCapitalised(toks[p]) || pronoun[toks[p].Lower] {
		return true
	}
	// The name must open its clause: "across CCGs will provide" is a thing.
	for p >= 0 && (isCapitalised(toks[p]) || toks[p].Text == ".") {
		p--
	}
	return p >= 0 && toks[p].Text != "," && toks[p].Lower != "and" && toks[p].Lower != "that" && toks[p].Text != ":"
}

// planVerb tells whether the words after a modal at toks[i] make a plan:
// not a prediction ("will help"), not an assessment ("would be key"),
// not a counterfactual ("would have").
func planVerb(toks []Token, i int, would bool) (int, bool) {
	for i < len(toks) && toks[i].Kind == Word && (adverbs[toks[i].Lower] || toks[i].Lower == "not" || toks[i].Lower == "only" || toks[i].Lower == "certainly" || toks[i].Lower == "potentially" || toks[i].Lower == "likely" || toks[i].Lower == "really" || toks[i].Lower == "very" || toks[i].Lower == "probably") {
		i++
	}
	// "will, in future, have": skip a parenthetical between commas.
	if i < len(toks) && toks[i].Text == "," {
		for k := i + 1; k < len(toks) && k < i+6; k++ {
			if toks[k].Text == "," {
				i = k + 1
				break
			}
		}
	}
	if i >= len(toks) || toks[i].Kind != Word {
		return 0, false
	}
	w := toks[i].Lower
	if effectVerbs[w] {
		return 0, false
	}
	if w == "have" && (would || lowerAt(toks, i+1) == "been") {
		return 0, false
	}
	if w == "need" && !(lowerAt(toks, i+1) == "to" && lowerAt(toks, i+2) == "be") {
		return 0, false
	}
	if w == "be" {
		n := lowerAt(toks, i+1)
		if predicateAdjectives[n] {
			return 0, false
		}
		if n == "a" || n == "an" {
			if predicateAdjectives[lowerAt(toks, i+2)] {
				return 0, false
			}
		}
	}
	return i, true
}

// hypothetical tells whether "would" at toks[i] sits in a condition or an
// indirect question: "if ... would", "what would be".
func hypothetical(toks []Token, i int) bool {
	for k := i - 1; k >= 0; k-- {
		w := toks[k].Lower
		if w == "if" || (k >= i-10 && (w == "what" || w == "whether" || w == "why" || w == "how")) {
			return true
		}
	}
	return false
}

// isParticiple tells whether a word completes "to be ..." as an action:
// "to be signed", "to be held".
func isParticiple(t Token) bool {
	if t.Kind != Word {
		return false
	}
	w := t.Lower
	if predicateAdjectives[w] && w != "required" {
		return false
	}
	return irregularParticiples[w] || (len(w) > 3 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en")))
}

// agreedPlan tells whether the clause after "agreed that" is a plan ("the
// Clerk approach Biomass", "a £100 donation be made") rather than a
// finding ("the minutes ... were correct").
func agreedPlan(toks []Token, i int) bool {
	for k := i; k < len(toks); k++ {
		switch toks[k].Lower {
		case "was", "were", "is", "are", "had", "has", "have":
			return false
		case "will", "would", "should", "shall", "must":
			_, ok := planVerb(toks, k+1, false)
			return ok
		case "be", "to":
			return !predicateAdjectives[lowerAt(toks, k+1)]
		case ";", ".":
			return true
		}
	}
	return true
}

// askedTo tells whether "asked" at toks[i] asks someone to act ("The Clerk
// was asked to write", "Hazel asked the relevant leads ... to sign"),
// rather than asks a question.
func askedTo(toks []Token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+22; k++ {
		w := toks[k].Lower
		switch w {
		case "if", "whether", "what", "why", "how", "about", "for", "who", "when", "where", "which":
			return false
		case "to":
			return k+1 < len(toks) && toks[k+1].Kind == Word && !commonNonVerbs[toks[k+1].Lower]
		}
	}
	return false
}
