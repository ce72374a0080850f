package decisions

import (
	"slices"
	"strings"

	"github.com/minutes-tool/minutes/extract/internal/doc"
	"github.com/minutes-tool/minutes/extract/internal/lex"
	"github.com/minutes-tool/minutes/schema"
)

// Votes recorded by name rather than by number: a side and the members
// who took it ("Ayes: Kim, Ortiz, Webb. Nays: Hale", "All say aye
// (Jeremy, Kevin)"), or the members who voted ("Mozart and Akhilesh had
// voted by email to switch ..."). Each name counts one vote.

// namedSideWords label a side of a vote that a list of names may follow.
var namedSideWords = lex.Words("aye", "ayes", "yea", "yeas", "nay", "nays", "noes", "abstain", "abstained", "abstaining", "abstentions")

// sideAfterNameWords are the answers a member's name may be followed by
// in a roll call written in one line ("Smith yea, Jones yea, Lee nay"):
// a roll call's answers (rollAnswers), or "abstain".
var sideAfterNameWords = lex.Keys(rollAnswers).Plus(lex.Words("abstain"))

// answerSide is the side of a roll call's answer, "" for a word that
// is none.
func answerSide(w string) string {
	if w == "abstain" {
		return "abstain"
	}
	return rollAnswers[w]
}

// readNamesThenSides reads a roll call written as names each followed by
// its answer: "Motion carried by Smith yea, Jones yea, Lee nay". It takes
// the run at its first answer, counts each member once, and needs two
// answers at least: "Lee nay" alone may be anything.
func readNamesThenSides(r *voteReader, toks []doc.Token, i int) bool {
	if i < r.runEnd || !answersName(toks, i) {
		return false
	}
	counts := map[string]int{}
	seen := map[string]bool{}
	pairs, j := 0, i
	for answersName(toks, j) {
		if name := toks[j-1].Text; !seen[name] {
			seen[name] = true
			counts[answerSide(toks[j].Lower)]++
		}
		pairs++
		j++
		if j < len(toks) && (toks[j].Text == "," || toks[j].Text == ";" || toks[j].Lower == "and") {
			j++
		}
		// past the next member's name to its answer: "Cllr Webb aye"
		k := j
		for k < len(toks) && k < j+4 && (doc.IsCapitalised(toks[k]) || toks[k].Text == ".") && answerSide(toks[k].Lower) == "" {
			k++
		}
		if k == j || !answersName(toks, k) {
			break
		}
		j = k
	}
	if pairs < 2 {
		return false
	}
	r.runEnd = j
	for _, side := range []string{"for", "against", "abstain"} {
		if counts[side] > 0 {
			r.set(side, counts[side])
		}
	}
	return true
}

// answersName tells whether toks[i] is a roll call's answer after a
// member's name: "Jones yea".
func answersName(toks []doc.Token, i int) bool {
	return i > 0 && i < len(toks) && answerSide(toks[i].Lower) != "" && doc.IsCapitalised(toks[i-1]) && answerSide(toks[i-1].Lower) == ""
}

// readNamedSide reads a side and the names that took it: "Ayes: Kim,
// Ortiz and Webb", "aye (Jeremy, Kevin)". A count after the label
// ("Ayes: 5 (Kim, ...)") is the labelled tally's to read.
func readNamedSide(r *voteReader, toks []doc.Token, i int) bool {
	if !slices.Contains(namedSideWords, toks[i].Lower) {
		return false
	}
	side := lex.VoteCount[toks[i].Lower]
	j := i + 1
	if j >= len(toks) || (toks[j].Text != ":" && toks[j].Text != "(") {
		return false
	}
	n, _ := countNames(toks, j+1)
	if n == 0 {
		return false
	}
	r.set(side, n)
	return true
}

// countNames counts the names listed from toks[i]: capitalised words,
// with honorifics and initials, separated by commas, "and" or "&", up to
// the first word that is none of these. It returns the count and the
// index after the list.
func countNames(toks []doc.Token, i int) (n, end int) {
	inName := false
	for ; i < len(toks); i++ {
		t := toks[i]
		switch {
		case t.Kind == doc.Word && lex.VoteCount[t.Lower] != "" && i+1 < len(toks) && toks[i+1].Text == ":":
			return n, i // the next side's label
		case doc.IsCapitalised(t) || lex.Honorifics[t.Lower]:
			if !inName {
				n++
			}
			inName = true
		case t.Text == "." && inName && len(toks[i-1].Text) == 1:
			// an initial's stop
		case t.Text == "," || t.Text == "&" || t.Text == ";" || t.Lower == "and":
			inName = false
		default:
			return n, i
		}
	}
	return n, i
}

// readNamedVoters reads the members named as having voted: "Mozart and
// Akhilesh had voted by email to switch", "Cllr Hale voted against".
// Bodies and groups ("The Directors voted", "All members voted") name no
// one to count.
func readNamedVoters(r *voteReader, toks []doc.Token, i int) bool {
	if toks[i].Lower != "voted" {
		return false
	}
	k := i - 1
	for k >= 0 && toks[k].Kind == doc.Word && (lex.PassiveAux[toks[k].Lower] || lex.Adverbs[toks[k].Lower] || toks[k].Lower == "have" || toks[k].Lower == "has") {
		k--
	}
	start := k
	for start >= 0 && (doc.IsCapitalised(toks[start]) || lex.Honorifics[toks[start].Lower] || toks[start].Text == "," || toks[start].Lower == "and" || toks[start].Text == "." && start > 0 && len(toks[start-1].Text) == 1) {
		start--
	}
	start++
	if start > k || !doc.IsCapitalised(toks[start]) && !lex.Honorifics[toks[start].Lower] {
		return false
	}
	for j := start; j <= k; j++ {
		if lex.BodyNouns[toks[j].Lower] || toks[j].Lower == "all" || toks[j].Lower == "the" {
			return false
		}
	}
	n, end := countNames(toks, start)
	if n == 0 || end <= k {
		return false
	}
	r.set(votedSide(toks, i+1), n)
	return true
}

// votedSide is the side the words after "voted" give: "against", "to
// abstain", or, for "in favour", "for" and "to" with a verb, "for".
func votedSide(toks []doc.Token, j int) string {
	for stop := j + 4; j < len(toks) && j < stop; j++ {
		switch toks[j].Lower {
		case "against":
			return "against"
		case "abstain":
			return "abstain"
		case "favour", "favor", "for", "to":
			return "for"
		}
	}
	return "for"
}

// maxVotesAfter bounds how many sentences after a decision may add a
// member's vote to it.
const maxVotesAfter = 2

// votesAfter adds to a decision's named vote the members who say in the
// sentences after it how they voted: "Mozart and Akhilesh had voted by
// email to switch ... Matt confirmed that he had voted in favour". Only a
// vote counted from names is added to, each later member once; a later
// sentence with a decision verb of its own ends the run.
func votesAfter(text string, us []unit, i int, v *schema.Vote, decided []doc.Token) {
	if v == nil || !namedVote(decided) {
		return
	}
	for j := i + 1; j < len(us) && j <= i+maxVotesAfter; j++ {
		name, side, ok := memberVote(text, us[j].Toks)
		if !ok && us[j].cues&cueVerb != 0 {
			return // "The Directors decided ...": another decision
		}
		if !ok || named(decided, name) {
			continue
		}
		switch {
		case side == "for" && v.For != nil:
			*v.For++
		case side == "against" && v.Against != nil:
			*v.Against++
		case side == "against" && v.For != nil:
			one := 1
			v.Against = &one
		}
	}
}

// memberVote reads a sentence in which one member says how they voted:
// a name opens it, and "vote(d) in favour" or "vote(d) against" follows
// ("Matt confirmed that he had voted in favour of the decision", "Cllr
// Hale voted against").
func memberVote(text string, toks []doc.Token) (name, side string, ok bool) {
	name, ok = doc.NameAt(text, toks, entryStart(toks))
	if !ok || lex.BodyNouns[strings.ToLower(name)] {
		return "", "", false
	}
	for k, t := range toks {
		if t.Lower != "voted" && t.Lower != "vote" {
			continue
		}
		switch {
		case doc.LowerAt(toks, k+1) == "against":
			return name, "against", true
		case doc.LowerAt(toks, k+1) == "in" && (doc.LowerAt(toks, k+2) == "favour" || doc.LowerAt(toks, k+2) == "favor"):
			return name, "for", true
		}
	}
	return "", "", false
}

// namedVote tells whether a decision's vote was counted from names.
func namedVote(toks []doc.Token) bool {
	var r voteReader
	for i := range toks {
		switch {
		case readNamedSide(&r, toks, i), readNamedVoters(&r, toks, i):
			return true
		}
	}
	return false
}

// named tells whether the name's last word is one of the words of toks.
func named(toks []doc.Token, name string) bool {
	f := strings.Fields(name)
	for _, t := range toks {
		if t.Text == f[len(f)-1] {
			return true
		}
	}
	return false
}
