package figures

import (
	"github.com/minutes-tool/minutes/extract/internal/doc"
	"github.com/minutes-tool/minutes/extract/internal/lex"
	"github.com/minutes-tool/minutes/extract/internal/numbers"
)

// This file holds the numbers that are not quantities: labels ("item 5",
// "category three"), times of day, references, ordinals, tallies, names
// and "one" the pronoun. Each test looks only at the tokens next to the
// number, so the rules travel to minutes nobody has seen.

// LabelWords name a thing by number: the number after them is a label or a
// reference, not a quantity ("Item 38", "Contract No. 32000289", "Room 8",
// "category three", "years four and five").
var LabelWords = map[string]bool{
	"item": true, "items": true, "report": true, "nos": true, "number": true, "numbers": true, "num": true,
	"minute": true, "page": true, "pages": true, "paragraph": true, "paragraphs": true,
	"para": true, "paras": true, "section": true, "sections": true, "agenda": true,
	"ordinance": true, "ordinances": true, "resolution": true, "contract": true, "invoice": true,
	"inv": true, "cheque": true, "cheques": true, "chq": true, "check": true, "application": true,
	"ref": true, "reference": true, "room": true, "category": true, "phase": true, "option": true,
	"appendix": true, "annex": true, "clause": true, "clauses": true, "year": true, "years": true,
	"stage": true, "level": true, "tier": true, "band": true, "step": true, "part": true,
	"chapter": true, "schedule": true, "table": true, "figure": true, "version": true,
	"round": true, "local": true, "position": true, "route": true, "ward": true, "unit": true,
	"line": true, "question": true, "recommendation": true, "action": true, "motion": true,
	"amendment": true, "covid": true, "bill": true, "rule": true, "article": true, "policy": true,
	"objective": true, "priority": true, "flat": true, "plot": true, "box": true, "bus": true,
	"platform": true, "exhibit": true, "attachment": true, "file": true, "case": true,
	"account": true, "acct": true, "code": true, "grade": true, "issue": true, "lot": true,
	"note": true, "block": true, "floor": true, "gate": true, "house": true, "lane": true,
	"tranche": true, "wave": true, "week": true, "month": true, "day": true,
}

// LabelJoiners continue a list of labels: "Item Nos. 47 and 51", "years
// one through three".
var LabelJoiners = map[string]bool{
	"and": true, "&": true, ",": true, "through": true, "to": true, "-": true, "–": true, "or": true,
}

// sentenceMarks end a sentence or open a list entry, so a capital after
// them says nothing about a name.
var sentenceMarks = map[string]bool{
	".": true, "!": true, "?": true, ":": true, ";": true, "•": true, "·": true, "*": true,
	"–": true, "—": true, "-": true, "(": true, ")": true, "[": true, "]": true,
}

// NameOpeners may stand before digits inside a sentence with a capital
// ("The 24 main departments", "Over 50 practices"): they do not make the
// number part of a name as "Covid 19" or "Room 8" do.
var NameOpeners = map[string]bool{
	"the": true, "over": true, "about": true, "around": true, "some": true, "with": true,
	"and": true, "of": true, "in": true, "to": true, "at": true, "by": true, "for": true,
	"from": true, "all": true, "only": true, "nearly": true, "almost": true, "approximately": true,
	"just": true, "up": true, "under": true, "total": true, "exactly": true, "circa": true,
	"these": true, "those": true, "its": true, "their": true, "our": true, "another": true,
	"further": true, "additional": true, "least": true, "than": true, "maximum": true,
	"minimum": true, "approx": true, "estimated": true, "there": true, "are": true, "were": true,
}

// TimeWords after a number make it a time of day: "7.30pm", "9:30 a.m.".
var TimeWords = map[string]bool{
	"am": true, "pm": true, "a.m": true, "p.m": true, "o'clock": true, "oclock": true,
	"hrs": false, "noon": true,
}

// ordinalSuffixes glued to digits make an ordinal: "1st", "12TH".
var ordinalSuffixes = map[string]bool{"st": true, "nd": true, "rd": true, "th": true}

// GluedOK are the letters that may follow digits without a space in a
// quantity: multipliers and pence ("£3m", "50p"). Anything else ("7TE",
// "4G", "1990s") makes the number part of a code or a name.
var GluedOK = map[string]bool{
	"m": true, "mn": true, "bn": true, "b": true, "k": true, "p": true, "pence": true,
}

// OnePrev and oneNext are the neighbours that make "one" a pronoun or a
// determiner rather than a count: "no one", "is one potential option",
// "one of the", "one in East Kent", "one being best".
var OnePrev = map[string]bool{
	"the": true, "no": true, "any": true, "every": true, "each": true, "this": true, "that": true,
	"which": true, "only": true, "another": true, "is": true, "was": true, "be": true, "are": true,
	"were": true, "been": true, "it": true, "all": true, "single": true, "such": true, "last": true,
	"little": true, "big": true, "new": true, "right": true, "wrong": true, "same": true,
	"other": true, "good": true, "bad": true, "everyone": true, "someone": true, "as": true,
}

var OneNext = map[string]bool{
	"of": true, "another": true, "or": true, "and": true, "in": true, "at": true, "on": true,
	"from": true, "by": true, "to": true, "who": true, "which": true, "that": true, "is": true,
	"was": true, "being": true, "were": true, "will": true, "would": true, "can": true,
	"could": true, "has": true, "had": true, "have": true, "does": true, "did": true,
	"should": true, "must": true, "may": true, "might": true, "for": true, "with": true,
	"as": true, "than": true, "but": true, "more": true, "less": true, "day": true, "time": true,
	"way": true, "thing": true, "things": true, "point": true, "side": true, "hand": true,
	"such": true, "it": true, "he": true, "she": true, "they": true, "we": true, "you": true,
	"i": true, "if": true, "where": true, "when": true, "so": true, "else": true, "too": true,
	"another's": true, "off": true, "here": true, "there": true,
}

// BadSuffixes are compound tails that do not count anything: "one-off",
// "two-way", "three-fold", "one-to-one".
var BadSuffixes = map[string]bool{
	"off": true, "way": true, "fold": true, "sided": true, "thirds": true, "quarters": true,
	"half": true, "hand": true, "time": true, "up": true, "all": true, "on": true, "third": true,
	"quarter": true, "nil": true, "all-time": true, "liner": true, "liners": true,
}

// excluded tells whether number n is not a quantity, and where scanning
// should go on (past a whole list of labels or a time of day).
func excluded(toks []doc.Token, n *numbers.Number) (int, bool) {
	i := n.First
	if to, ok := labelled(toks, n); ok {
		return to, true
	}
	if n.Digits {
		if to, ok := digitsExcluded(toks, n); ok {
			return to, true
		}
	} else if wordsExcluded(toks, n) {
		return n.End, true
	}
	return i, false
}

// labelled tells whether a label word stands before the number, and skips
// the list it heads.
func labelled(toks []doc.Token, n *numbers.Number) (int, bool) {
	k := n.First - 1
	for k >= 0 && (toks[k].Text == "." || toks[k].Text == "#" || toks[k].Text == ":") {
		k--
	}
	if k < 0 || toks[k].Kind != doc.Word {
		return 0, false
	}
	l := toks[k].Lower
	if !LabelWordsTable.Get(l) && !((l == "no" || l == "nr") && n.Digits) {
		return 0, false
	}
	// Skip the rest of the list: "47 and 51", "one through three".
	j := n.End
	for j+1 < len(toks) && LabelJoinersTable.Get(toks[j].Lower) {
		m, ok := numbers.ParseNumber(toks, j+1)
		if !ok {
			break
		}
		j = m.End
	}
	return j, true
}

// digitsExcluded applies the rules for numbers written in digits: times,
// ordinals, codes glued to letters or slashes, page counts ("2 of 18"),
// and digits inside a name ("Covid 19").
func digitsExcluded(toks []doc.Token, n *numbers.Number) (int, bool) {
	i := n.First
	t := &toks[i]
	if t.Kind != doc.Number {
		return 0, false // "c300"
	}
	next := func(k int) *doc.Token {
		if k < len(toks) {
			return &toks[k]
		}
		return nil
	}
	// Time of day: "14:00", "9:30 a.m.", "7.30pm", "at 7.30".
	if nx := next(i + 1); nx != nil {
		if nx.Text == ":" && !nx.SpaceBefore {
			if n2 := next(i + 2); n2 != nil && n2.Kind == doc.Number && !n2.SpaceBefore {
				return skipTimeWords(toks, i+3), true
			}
		}
		if TimeWordsTable.Get(nx.Lower) || ((nx.Lower == "a" || nx.Lower == "p") && isAbbrevM(toks, i+2)) {
			return skipTimeWords(toks, i+1), true
		}
		if ordinalSuffixes[nx.Lower] && !nx.SpaceBefore {
			return i + 2, true
		}
		if nx.Kind == doc.Word && !nx.SpaceBefore && !GluedOKTable.Get(nx.Lower) && !TimeWordsTable.Get(nx.Lower) {
			return i + 2, true
		}
		if (nx.Text == "/" || nx.Text == "\\") && !nx.SpaceBefore {
			if n2 := next(i + 2); n2 != nil && n2.Kind == doc.Number && !n2.SpaceBefore {
				return i + 3, true
			}
		}
		if nx.Lower == "of" && n.End == i+1 {
			if n2 := next(i + 2); n2 != nil && n2.Kind == doc.Number {
				return i + 3, true // "2 of 18": a page or a place in a list
			}
		}
	}
	if n.Decimals == 2 && n.Value < 24 && i > 0 {
		frac := n.Value - float64(int(n.Value))
		switch toks[i-1].Lower {
		case "at", "from", "until", "till", "-", "–", "by", "between":
			if frac < 0.595 {
				return i + 1, true
			}
		}
	}
	// Glued on the left: "E/40554", "Y-5", "*43", the second half of
	// "6-0" or "14:00-17:00".
	if i > 0 && !t.SpaceBefore {
		p := &toks[i-1]
		switch {
		case p.Kind == doc.Word || p.Text == "/" || p.Text == "\\" || p.Text == "*" || p.Text == "#":
			return i + 1, true
		case (p.Text == "-" || p.Text == "–" || p.Text == ".") && i > 1 && !p.SpaceBefore:
			if l := toks[i-2].Lower; p.Text == "." && (l == "c" || l == "ca" || l == "approx") {
				break // "c.300"
			}
			return i + 1, true
		}
	}
	// Inside a name: a capitalised word that is not the sentence's first
	// stands before the digits ("Covid 19", "Room 8", "NHS 111").
	if i > 0 {
		p := &toks[i-1]
		if p.Kind == doc.Word && isCapital(p.Text) && !NameOpenersTable.Get(p.Lower) && !atSentenceStart(toks, i-1) {
			if _, isCur := lex.CurrencyCodesTable.Lookup(p.Lower); !isCur {
				return i + 1, true
			}
		}
	}
	return 0, false
}

// skipTimeWords moves past "am", "a.m.", "pm" after a time.
func skipTimeWords(toks []doc.Token, j int) int {
	for k := 0; k < 4 && j < len(toks); k++ {
		l := toks[j].Lower
		if TimeWordsTable.Get(l) || l == "." || l == "a" || l == "p" || l == "m" {
			j++
			continue
		}
		break
	}
	return j
}

// isAbbrevM tells whether tokens from j read ".m" (the rest of "a.m.").
func isAbbrevM(toks []doc.Token, j int) bool {
	return j+1 < len(toks) && toks[j].Text == "." && toks[j+1].Lower == "m"
}

// wordsExcluded applies the rules for numbers in words: names ("Five
// Year Forward View", "‘One Year On’") and "one" the pronoun.
func wordsExcluded(toks []doc.Token, n *numbers.Number) bool {
	i := n.First
	t := &toks[i]
	if isTitle(t.Text) && n.End < len(toks) && isTitle(toks[n.End].Text) {
		if !atSentenceStart(toks, i) || (n.End+1 < len(toks) && isTitle(toks[n.End+1].Text)) {
			return true
		}
	}
	if !n.Lone {
		return false
	}
	if i > 0 && OnePrevTable.Get(toks[i-1].Lower) {
		return true
	}
	if n.End >= len(toks) {
		return true
	}
	nx := &toks[n.End]
	return nx.Kind != doc.Word || OneNextTable.Get(nx.Lower)
}

// atSentenceStart tells whether token k opens a sentence or a list entry.
func atSentenceStart(toks []doc.Token, k int) bool {
	if k == 0 {
		return true
	}
	p := &toks[k-1]
	return p.Kind == doc.Number || (p.Kind == doc.Punct && sentenceMarks[p.Text])
}

// isTitle tells whether a word is capitalised but not all capitals.
func isTitle(s string) bool {
	return len(s) > 1 && isCapital(s) && !isUpper(s)
}
