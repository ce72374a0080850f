package extract

import (
	"strings"

	"github.com/minutes-tool/minutes/schema"
)

// findCommitments finds what the minutes say will or should happen after
// the meeting, one per sentence: plans, deadlines, expected events,
// action items and the next meeting. Spans are bytes and cover the
// sentence (and a "Due:" line after it), so that resolve can set Due from
// the dates inside; resolve sets Item.
func findCommitments(d *Document) []schema.Commitment {
	var out []schema.Commitment
	disp := findDispositions(d)
	for _, p := range disp {
		if p.later {
			s, e := trimSpan(d.Text, p.laterStart, p.end)
			out = append(out, schema.Commitment{Text: d.Text[s:e], Action: d.Text[s:e], Span: schema.Span{Start: s, End: e}})
		}
	}
	us := units(d)
	inActions, reviewing := false, false
	lastBlock := -1
	for i, u := range us {
		if u.Block != lastBlock {
			inActions = actionList(d, u.Block, inActions)
			lastBlock = u.Block
		}
		reviewing = reviewsActions(d.Text[u.Start:u.End], u.Toks, reviewing)
		if overlapsDisposition(disp, u.Start, u.End) {
			continue
		}
		cue, verb, ok := commitmentCue(u.Toks, !reviewing)
		if !ok && inActions && startsWithVerb(u.Toks) {
			cue, verb, ok = firstWord(u.Toks), firstWord(u.Toks), true
		}
		if !ok {
			continue
		}
		start, end := narrow(u.Toks, cue)
		// "Action: ... \nDue: September" — the due line belongs to it.
		if i+1 < len(us) && lowerAt(us[i+1].Toks, 0) == "due" && lowerAt(us[i+1].Toks, 1) == ":" {
			end = us[i+1].End
		}
		start, end = trimSpan(d.Text, start, end)
		if end <= start {
			continue
		}
		c := schema.Commitment{Text: d.Text[start:end], Span: schema.Span{Start: start, End: end}}
		c.Action = actionText(d.Text, u.Toks, verb, end)
		c.Owner = ownerOf(d.Text, u.Toks, cue)
		out = append(out, c)
	}
	return out
}

// reviewMarks in a line about actions say the actions below are old ones
// being reviewed ("Update on action points at last meeting", "Actions
// from meetings prior to 13 December"): done or not, they are not new.
var reviewMarks = []string{"last meeting", "previous meeting", "prior to", "from meetings",
	"from the last", "from previous", "matters arising", "outstanding actions"}

// reviewsActions tells whether the sentence starts (or continues) a
// review of earlier actions; a new numbered heading ends it.
func reviewsActions(s string, toks []Token, was bool) bool {
	low := strings.ToLower(s)
	if strings.Contains(low, "action") && len(toks) < 16 {
		for _, m := range reviewMarks {
			if strings.Contains(low, m) {
				return true
			}
		}
	}
	if len(toks) >= 2 && toks[0].Kind == Number && toks[1].Text == "." && (len(toks) == 2 || isCapitalised(toks[2])) {
		return false // "3. Police.uk": a new numbered item
	}
	return was
}

// actionList tells whether block bi is an item of an action list: it
// follows a heading such as "Actions" and keeps going while the blocks
// are numbered or bulleted items.
func actionList(d *Document, bi int, was bool) bool {
	t := strings.ToLower(strings.TrimSpace(strings.TrimRight(d.BlockText(bi), ": ")))
	if actionHeadings[t] {
		return false // the heading itself; the items follow
	}
	if bi > 0 {
		prev := strings.ToLower(strings.TrimSpace(strings.TrimRight(d.BlockText(bi-1), ": ")))
		if actionHeadings[prev] {
			return true
		}
	}
	if !was {
		return false
	}
	toks := tokenize(d.Text, d.Blocks[bi].Start, d.Blocks[bi].End)
	return d.Blocks[bi].Kind == ListItem || (len(toks) > 0 && toks[0].Kind == Number)
}

// firstWord is the index of the first word of a sentence, after any item
// number or bullet.
func firstWord(toks []Token) int {
	for i, t := range toks {
		if t.Kind == Word {
			return i
		}
	}
	return 0
}

// startsWithVerb tells whether an action item opens with a capitalised
// word that is not a name followed by "to" (that form is caught anyway):
// "Agree letter to health boards".
func startsWithVerb(toks []Token) bool {
	i := firstWord(toks)
	return i < len(toks) && isCapitalised(toks[i]) && len(toks)-i >= 3
}

// commitmentCue finds the word that makes a sentence a commitment, and
// the token where the action starts.
func commitmentCue(toks []Token, actions bool) (cue, verb int, ok bool) {
	if len(toks) == 0 || toks[len(toks)-1].Text == "?" {
		return -1, -1, false
	}
	if i, ok := actionItem(toks); ok {
		if !actions {
			return -1, -1, false
		}
		return i, i + 1, true
	}
	trigger, opinion := false, false
	body := subjectIsBody(toks, len(toks))
	for i, t := range toks {
		if t.Kind != Word {
			continue
		}
		w := t.Lower
		if obligationTriggers[w] && (body || passiveAux[lowerAt(toks, i-1)] || w == "consensus" || w == "agreed" || w == "recommended" || w == "resolved") {
			trigger = true
		}
		if opinionWords[w] && !body {
			opinion = true
		}
		if opinion {
			continue
		}
		if t.Text == "Will" && i+1 < len(toks) && isCapitalised(toks[i+1]) {
			continue // "Will Perrin"
		}
		next := lowerAt(toks, i+1)
		prev := lowerAt(toks, i-1)
		switch {
		case futureModals[w] || strings.HasSuffix(w, "'ll") || strings.HasSuffix(w, "’ll"):
			if nounWill[prev] || prev == "there" {
				continue
			}
			if w == "would" && hypothetical(toks, i) {
				continue
			}
			if v, ok := planVerb(toks, i+1, w == "would"); ok && !effectAfterThing(toks, i, v) {
				return i, v, true
			}
		case obligationModals[w] && trigger:
			if v, ok := planVerb(toks, i+1, false); ok {
				return i, v, true
			}
		case w == "to" && next == "be" && i+2 < len(toks) && isParticiple(toks[i+2]):
			if prev == "not" || prev == "have" || prev == "has" || prev == "less" || prev == "more" ||
				predicateAdjectives[prev] || (len(prev) > 3 && (strings.HasSuffix(prev, "ed") || strings.HasSuffix(prev, "ing"))) ||
				prev == "deserve" || prev == "deserves" {
				continue
			}
			return i, i + 2, true
		case (w == "need" || w == "needs" || w == "needed") && next == "to" && lowerAt(toks, i+2) == "be" && i+3 < len(toks) && isParticiple(toks[i+3]) &&
			prev != "might" && prev != "may" && prev != "could":
			return i, i + 3, true
		case w == "going" && next == "to" && i+2 < len(toks):
			if v, ok := planVerb(toks, i+2, false); ok {
				return i, v, true
			}
		case w == "due" && (next == "to" || next == "for") && lowerAt(toks, i+2) != "the" && lowerAt(toks, i+2) != "a":
			return i, i + 2, true
		case planWords[w] && w != "due" && (passiveAux[prev] || prev == "be" || planFollowers[next] || w == "forthcoming"):
			if w == "proposed" && next != "that" {
				continue
			}
			if (w == "hoped" || w == "expected" || w == "anticipated") && !passiveAux[prev] && prev != "be" && prev != "been" && (next == "that" || next == "to") {
				continue
			}
			if w == "likely" && (prev == "less" || prev == "more" || prev == "most") {
				continue
			}
			return i, i + 1, true
		case intentVerbs[w] && next == "to" && i+2 < len(toks) && toks[i+2].Kind == Word && !commonNonVerbs[lowerAt(toks, i+2)]:
			if (w == "plan" || w == "plans") && !(bodyNouns[prev] || pronoun[prev] || prev == "are" || prev == "has" || prev == "have") {
				continue
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
		case (w == "were" || w == "was") && next == "to" && i+2 < len(toks) && toks[i+2].Kind == Word && !commonNonVerbs[lowerAt(toks, i+2)] && lowerAt(toks, i+2) != "be" && !roleNouns[prev]:
			return i, i + 2, true
		case w == "request" && next == "was" && lowerAt(toks, i+2) == "made":
			return i, i + 3, true
		case w == "suggested" && (strings.HasSuffix(next, "ing") || next == "an" || next == "that" && trigger) && subjectIsBody(toks, i+1):
			return i, i + 1, true
		case w == "next" && next == "meeting" && hasMonth(toks):
			return i, i, true
		case scheduleVerbs[w] && hasMonth(toks) && i < 8:
			return i, i, true
		case (w == "committed" || w == "committing") && (next == "to" || next == "within"):
			return i, i + 1, true
		}
	}
	return -1, -1, false
}

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

// commonNonVerbs after "to" show it is a preposition: "agreed to the
// proposal".
var commonNonVerbs = map[string]bool{
	"the": true, "a": true, "an": true, "this": true, "that": true, "these": true, "those": true,
	"his": true, "her": true, "their": true, "its": true, "our": true, "my": true, "your": true,
	"be": false, "date": true, "all": true,
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

// actionItem recognises "Clerk to follow up", "MW to create ...",
// "Action 3: MW to circulate the paper", "Cllr. O. Williams and the Clerk
// to review": a short subject of names and roles, then "to" and a verb,
// with no verb of its own before. It returns the index of "to".
func actionItem(toks []Token) (int, bool) {
	i := 0
	// Skip a leading number, bullet or "Action 3:" label.
	for i < len(toks) && (toks[i].Kind != Word || toks[i].Lower == "action" || toks[i].Lower == "actions") {
		if toks[i].Kind == Word {
			i++
			for i < len(toks) && toks[i].Kind != Word {
				i++
			}
			break
		}
		i++
	}
	if i >= len(toks) || !isCapitalised(toks[i]) {
		return 0, false
	}
	for k := i; k < len(toks) && k <= i+14; k++ {
		t := toks[k]
		if t.Lower == "to" && k > i {
			n := lowerAt(toks, k+1)
			if k+1 < len(toks) && toks[k+1].Kind == Word && !commonNonVerbs[n] && !isCapitalised(toks[k+1]) && !smallNumberWords[n] {
				for _, r := range toks[k+1:] {
					if futureModals[r.Lower] || r.Lower == "could" || r.Lower == "should" {
						return 0, false // "A proposal to merge would require"
					}
				}
				return k, true
			}
			return 0, false
		}
		if t.Kind == Word && (subjectStop[t.Lower] || (!isCapitalised(t) && len(t.Lower) > 3 &&
			(strings.HasSuffix(t.Lower, "ed") || strings.HasSuffix(t.Lower, "ly") || strings.HasSuffix(t.Lower, "ing")))) {
			return 0, false
		}
		if t.Kind == Punct && t.Text != "." && t.Text != "/" && t.Text != "," && t.Text != "’" && t.Text != "'" && t.Text != "&" {
			return 0, false
		}
	}
	return 0, false
}

// subjectStop are words that cannot sit in an action item's subject: a
// verb or a function word shows the sentence is something else.
var subjectStop = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "has": true, "have": true, "had": true,
	"will": true, "would": true, "said": true, "asked": true, "agreed": true, "need": true,
	"needs": true, "went": true, "used": true, "want": true, "wanted": true, "due": true,
	"able": true, "going": true, "how": true, "what": true, "if": true, "be": true, "been": true,
	"continue": true, "continues": true, "back": true, "up": true, "welcome": true, "thanks": true,
	"it": true, "there": true, "in": true, "on": true, "for": true, "with": true, "from": true,
	"we": true, "i": true, "you": true, "they": true, "he": true, "she": true, "not": true,
	"likely": true, "unable": true, "access": true, "right": true, "order": true, "according": true,
	"prior": true, "due-to": true, "related": true, "next": true, "close": true, "similar": true,
	"compared": true, "contribution": true, "response": true, "addition": true, "relation": true,
	"should": true, "must": true, "can": true, "could": true, "may": true, "might": true,
	"shall": true, "that": true, "which": true, "who": true, "looks": true, "seems": true,
}

// hasMonth tells whether a sentence names a month.
func hasMonth(toks []Token) bool {
	for _, t := range toks {
		if monthWords[t.Lower] {
			return true
		}
	}
	return false
}

// actionText is what is to happen: the words from the action's verb to
// the end of the commitment.
func actionText(text string, toks []Token, verb, end int) string {
	if verb < 0 || verb >= len(toks) || toks[verb].Start >= end {
		if len(toks) == 0 {
			return ""
		}
		return strings.TrimSpace(text[toks[0].Start:end])
	}
	s, e := trimSpan(text, toks[verb].Start, end)
	return text[s:e]
}

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
