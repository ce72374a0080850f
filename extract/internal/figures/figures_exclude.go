package figures

import (
	"github.com/minutes-tool/minutes/extract/internal/doc"
	"github.com/minutes-tool/minutes/extract/internal/lex"
	"github.com/minutes-tool/minutes/extract/internal/numbers"
)

import "strings"

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
	"account": true, "acct": true, "a/c": true, "code": true, "grade": true, "issue": true, "lot": true,
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
// quantity: multipliers and pence ("£3m", "50p"); the MeasureUnits may
// too ("0.625mm"). Anything else ("7TE",
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
// should go on (past a whole list of labels or a time of day). A label
// word before the number excludes it; then the rules for numbers in
// digits (digitExclusions) or in words (wordExclusions) are tried.
func excluded(toks []doc.Token, n *numbers.Number) (int, bool) {
	if to, ok := labelled(toks, n); ok {
		return to, true
	}
	rules := wordExclusions
	if n.Digits {
		if toks[n.First].Kind != doc.Number {
			if slashed(toks, n.First) {
				return n.End, true // "A/C300": an account number, not circa 300
			}
			return n.First, false // "c300"
		}
		rules = digitExclusions
	}
	if _, to := rules.first(toks, atOf(n)); to >= 0 {
		return to, true
	}
	return n.First, false
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
	if slashed(toks, k) && k >= 2 {
		l = toks[k-2].Lower + "/" + l // "A/C 300": an abbreviation with a slash
	}
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

// exclusion is one rule that says a number in digits is not a quantity.
// needs is its trigger: the neighbours the rule reads, which the number
// must have before veto is asked. veto looks at the tokens around n
// (whose first token is a Number) and returns where scanning goes on
// when the rule fires.
type exclusion struct {
	name  string
	needs shape
	veto  func(toks []doc.Token, n numberAt) (to int, fired bool)
}

// shape says, as bits, what stands around a number in digits: most
// numbers in minutes stand between spaces, and only the rules for what
// they have are asked.
type shape uint16

const (
	hasPrev       shape = 1 << iota // a token before the number
	hasNext                         // a token after the number
	gluedBefore                     // the number follows the token before with no space
	gluedAfter                      // the token after follows the number with no space
	twoDecimals                     // written with two decimals, as a time is ("7.30")
	lone                            // the single word "one"
	capital                         // the number's first word is capitalised: "Five"
	capitalBefore                   // a capitalised word stands before it: "Covid 19"

	shapes = capitalBefore << 1 // how many shapes there are
)

// shapeOf is the shape of n's neighbours.
func shapeOf(toks []doc.Token, n numberAt) shape {
	var sh shape
	i := n.First
	t := &toks[i]
	if isCapital(t.Text) {
		sh |= capital
	}
	if i > 0 {
		sh |= hasPrev
		if !t.SpaceBefore {
			sh |= gluedBefore
		}
		if p := &toks[i-1]; p.Kind == doc.Word && isCapital(p.Text) {
			sh |= capitalBefore
		}
	}
	if i+1 < len(toks) {
		sh |= hasNext
		if !toks[i+1].SpaceBefore {
			sh |= gluedAfter
		}
	}
	if n.Decimals == 2 {
		sh |= twoDecimals
	}
	if n.Lone {
		sh |= lone
	}
	return sh
}

// numberAt is what the exclusion rules read of a number. It is passed by
// value: a *numbers.Number handed to a function from a table would
// escape, and every number scanned would cost an allocation.
type numberAt struct {
	First, End int // tokens [First, End) of the number
	Decimals   int
	Value      float64
	Lone       bool // the single word "one"
}

// atOf is what the exclusion rules read of n.
func atOf(n *numbers.Number) numberAt {
	return numberAt{First: n.First, End: n.End, Decimals: n.Decimals, Value: n.Value, Lone: n.Lone}
}

// digitExclusions are the rules for numbers written in digits (times,
// ordinals, codes glued to letters or slashes, page counts, digits inside
// a name such as "Covid 19"), tried in order: the first that fires
// decides where scanning goes on, so the times of day, which skip their
// "am" or "pm", come before the rules that skip one token. A rule's needs
// must hold whenever its veto fires: TestTriggersChangeNothing asks every
// rule at every number.
var digitExclusions = newExclusions(
	exclusion{"clock time", hasNext | gluedAfter, clockTime},
	exclusion{"time word", hasNext, timeWordAfter},
	exclusion{"vote tally", hasNext, voteTally},
	exclusion{"ordinal", hasNext | gluedAfter, ordinal},
	exclusion{"glued letters", hasNext | gluedAfter, gluedLetters},
	exclusion{"slashed reference", hasNext | gluedAfter, slashedReference},
	exclusion{"page of pages", hasNext, pageOfPages},
	exclusion{"time after preposition", hasPrev | twoDecimals, timeAfterPreposition},
	exclusion{"glued code", hasPrev | gluedBefore, gluedCode},
	exclusion{"glued second half", hasPrev | gluedBefore, gluedSecondHalf},
	exclusion{"inside a name", hasPrev | capitalBefore, insideName},
	exclusion{"abbreviated year", hasPrev | gluedBefore, abbreviatedYear},
	exclusion{"list of digits", 0, digitList},
)

// exclusions is a table of exclusion rules, indexed by shape: for each
// shape a number can have, the rules whose triggers it meets, in the
// table's order. The index is built from the rules' own needs, so a
// number between spaces after a lower-case word asks two rules of ten,
// and an ordinary number word none.
type exclusions struct {
	rules   []exclusion
	byShape [shapes][]uint8
}

// newExclusions builds the table of rules, tried in the order given.
func newExclusions(rules ...exclusion) *exclusions {
	x := &exclusions{rules: rules}
	for sh := range x.byShape {
		for r := range rules {
			if rules[r].needs&^shape(sh) == 0 {
				x.byShape[sh] = append(x.byShape[sh], uint8(r))
			}
		}
	}
	return x
}

// first returns the first rule that fires for the number at, and where
// scanning goes on; -1, -1 when none does. Only the rules whose trigger
// the number's shape meets are asked.
func (x *exclusions) first(toks []doc.Token, at numberAt) (rule, to int) {
	for _, r := range x.byShape[shapeOf(toks, at)&(shapes-1)] {
		if to, fired := x.rules[r].veto(toks, at); fired {
			return int(r), to
		}
	}
	return -1, -1
}

// gluedNumberAt tells whether token k is a Number written with no space
// before it: the "00" of "14:00", the "18" of "3/18".
func gluedNumberAt(toks []doc.Token, k int) bool {
	return k < len(toks) && toks[k].Kind == doc.Number && !toks[k].SpaceBefore
}

// clockTime reads a time of day written with a colon: "14:00", "9:30
// a.m.". Scanning goes on past its "am" or "pm".
func clockTime(toks []doc.Token, n numberAt) (int, bool) {
	i := n.First
	if i+1 < len(toks) && toks[i+1].Text == ":" && !toks[i+1].SpaceBefore && gluedNumberAt(toks, i+2) {
		j := i + 3
		if j+1 < len(toks) && toks[j].Text == ":" && !toks[j].SpaceBefore && gluedNumberAt(toks, j+1) {
			j += 2 // the seconds of "18:02:43"
		}
		return skipTimeWords(toks, j), true
	}
	return 0, false
}

// tallyWords follow a count of votes: "15 in favour", "0 against", "12
// votes", "1 opposed".
var tallyWords = map[string]bool{
	"against": true, "opposed": true, "votes": true, "vote": true, "abstentions": true,
	"abstention": true, "abstained": true, "ayes": true, "nays": true, "noes": true,
}

// tallyVerbs may stand between a count of votes and its tally word: "5
// were in favour", "3 voted against", "7 voted for".
var tallyVerbs = map[string]bool{"were": true, "was": true, "are": true, "voted": true}

// voteTally reads a count of votes, which is part of its decision, not
// a figure: "15 in favor", "0 against", "12 votes", "5 were in favour",
// and "[14 TO 1]" after an outcome.
func voteTally(toks []doc.Token, n numberAt) (int, bool) {
	i := n.End
	if i+1 < len(toks) && tallyVerbs[toks[i].Lower] {
		i++
	}
	if i >= len(toks) {
		return 0, false
	}
	w := toks[i].Lower
	switch {
	case tallyWords[w], w == "for" && toks[i-1].Lower == "voted":
		return i + 1, true
	case w == "in" && i+1 < len(toks) && (toks[i+1].Lower == "favour" || toks[i+1].Lower == "favor"):
		return i + 2, true
	case w == "to" && i+1 < len(toks) && toks[i+1].Kind == doc.Number && n.First >= 2 &&
		(toks[n.First-1].Text == "[" || toks[n.First-1].Text == "(") && lex.Outcomes[toks[n.First-2].Lower] != "":
		return i + 2, true // "PASSED [14 TO 1]"
	}
	return 0, false
}

// timeWordAfter reads a time of day marked by the word after it: "7.30pm",
// "7 o'clock", "9 a.m.".
func timeWordAfter(toks []doc.Token, n numberAt) (int, bool) {
	i := n.First
	if i+1 >= len(toks) {
		return 0, false
	}
	nx := &toks[i+1]
	if TimeWordsTable.Get(nx.Lower) || ((nx.Lower == "a" || nx.Lower == "p") && isAbbrevM(toks, i+2)) {
		return skipTimeWords(toks, i+1), true
	}
	return 0, false
}

// ordinal reads digits with an ordinal suffix glued on: "1st", "12TH".
func ordinal(toks []doc.Token, n numberAt) (int, bool) {
	i := n.First
	if i+1 < len(toks) && ordinalSuffixes[toks[i+1].Lower] && !toks[i+1].SpaceBefore {
		return i + 2, true
	}
	return 0, false
}

// gluedLetters reads digits with letters glued after them that are not a
// multiplier or pence: a code or a name ("7TE", "4G", "1990s").
func gluedLetters(toks []doc.Token, n numberAt) (int, bool) {
	i := n.First
	if i+1 >= len(toks) {
		return 0, false
	}
	nx := &toks[i+1]
	if nx.Kind == doc.Word && !nx.SpaceBefore && !GluedOKTable.Get(nx.Lower) && !TimeWordsTable.Get(nx.Lower) && !isMeasureUnit(nx.Lower) {
		if _, rate := RatePeriodsTable.Lookup(nx.Lower); rate && i > 0 && lex.CurrencySymbolsTable.Get(toks[i-1].Text) != "" {
			return 0, false // "£75pa": an amount per year
		}
		return i + 2, true
	}
	return 0, false
}

// slashedReference reads digits glued by a slash to more digits: a
// reference or a date ("21/0345", "12/3").
func slashedReference(toks []doc.Token, n numberAt) (int, bool) {
	i := n.First
	if i+1 >= len(toks) || n.End > i+1 {
		return 0, false // read over its slash: a proportion, "2/3"
	}
	nx := &toks[i+1]
	if (nx.Text == "/" || nx.Text == "\\") && !nx.SpaceBefore && gluedNumberAt(toks, i+2) {
		return i + 3, true
	}
	return 0, false
}

// pageOfPages reads "2 of 18": a page, or a place in a list.
func pageOfPages(toks []doc.Token, n numberAt) (int, bool) {
	i := n.First
	if i+2 < len(toks) && toks[i+1].Lower == "of" && n.End == i+1 && toks[i+2].Kind == doc.Number {
		return i + 3, true
	}
	return 0, false
}

// timeAfterPreposition reads a time of day written as a decimal after
// "at", "from", "until" or a dash: "at 7.30", "6.00 – 8.15". The minutes
// must be under 60.
func timeAfterPreposition(toks []doc.Token, n numberAt) (int, bool) {
	i := n.First
	if n.Decimals != 2 || n.Value >= 24 || i == 0 {
		return 0, false
	}
	switch toks[i-1].Lower {
	case "at", "from", "until", "till", "-", "–", "by", "between":
		if n.Value-float64(int(n.Value)) < 0.595 {
			return i + 1, true
		}
	}
	return 0, false
}

// gluedCode reads digits glued to a word or a mark before them: a code
// or a reference ("E/40554", "Y5", "*43", "#7").
func gluedCode(toks []doc.Token, n numberAt) (int, bool) {
	i := n.First
	if i == 0 || toks[i].SpaceBefore {
		return 0, false
	}
	if p := &toks[i-1]; p.Kind == doc.Word || p.Text == "/" || p.Text == "\\" || p.Text == "*" || p.Text == "#" {
		return i + 1, true
	}
	return 0, false
}

// digitList reads digits joined by commas in groups that are not
// thousands: a list written without spaces ("tiers set 1,2,3 based"),
// not one number.
func digitList(toks []doc.Token, n numberAt) (int, bool) {
	t := toks[n.First].Text
	if toks[n.First].Kind != doc.Number || strings.IndexByte(t, ',') < 0 {
		return 0, false
	}
	whole, _, _ := strings.Cut(t, ".")
	groups := strings.Split(whole, ",")
	for _, g := range groups[1:] {
		if len(g) != 3 {
			return n.First + 1, true
		}
	}
	return 0, false
}

// abbreviatedYear reads two digits glued after an apostrophe: a year cut
// short, in a name or alone ("eResNZ'20 workshop", "Summer '22").
func abbreviatedYear(toks []doc.Token, n numberAt) (int, bool) {
	i := n.First
	if i == 0 || toks[i].SpaceBefore || len(toks[i].Text) != 2 {
		return 0, false
	}
	if p := toks[i-1].Text; p == "'" || p == "’" {
		return i + 1, true
	}
	return 0, false
}

// gluedSecondHalf reads digits glued by a dash or a point to what stands
// before them: the second half of a score, a span of times or a code
// ("6-0", "14:00-17:00", "Y-5", "1.2.3"). "c.300" is the clerk's circa.
func gluedSecondHalf(toks []doc.Token, n numberAt) (int, bool) {
	i := n.First
	if i < 2 || toks[i].SpaceBefore {
		return 0, false
	}
	p := &toks[i-1]
	if (p.Text != "-" && p.Text != "–" && p.Text != ".") || p.SpaceBefore {
		return 0, false
	}
	if l := toks[i-2].Lower; p.Text == "." && (l == "c" || l == "ca" || l == "approx") {
		return 0, false // "c.300"
	}
	if p.Text != "." && lex.CurrencySymbolsTable.Get(toks[i-2].Text) != "" {
		return 0, false // "$-3K": a minus sign
	}
	return i + 1, true
}

// insideName reads digits that are part of a name: a capitalised word
// that is not the sentence's first stands before them ("Covid 19", "Room
// 8", "NHS 111"), and is neither a word that opens a number phrase ("The
// 24 main departments") nor a currency code ("GBP 300").
func insideName(toks []doc.Token, n numberAt) (int, bool) {
	i := n.First
	if i == 0 {
		return 0, false
	}
	p := &toks[i-1]
	if p.Kind == doc.Word && isCapital(p.Text) && !NameOpenersTable.Get(p.Lower) && !atSentenceStart(toks, i-1) && !shoutedJoiner(p) {
		if _, isCur := lex.CurrencyCodesTable.Lookup(p.Lower); !isCur {
			return i + 1, true
		}
	}
	return 0, false
}

// isMeasureUnit tells whether a word glued to digits is a unit of
// measure ("1mm", "0.625mm-below").
func isMeasureUnit(l string) bool {
	_, ok := measureUnit(l)
	return ok
}

// shoutedJoiner tells whether a capitalised word is a range's joiner in
// capitals, "0.5mm OR 0.625mm", "5 TO 10": emphasis, not a name.
func shoutedJoiner(t *doc.Token) bool {
	return isUpper(t.Text) && RangeJoinersTable.Get(t.Lower)
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

// wordExclusions are the rules for numbers written in words ("Five
// Year Forward View", "no one"), tried in order: names, and "one" the
// pronoun or determiner. Each returns the end of the number when it
// fires.
var wordExclusions = newExclusions(
	exclusion{"title-case name", capital | hasNext, titleName},
	exclusion{"one after a determiner or verb", lone | hasPrev, oneAfterDeterminer},
	exclusion{"one ending the line", lone, oneEndingLine},
	exclusion{"one before a function word", lone | hasNext, oneBeforeFunctionWord},
	exclusion{"hour in words", hasNext, hourInWords},
)

// titleName reads a number word in title case inside a name: "Five Year
// Forward View", "‘One Year On’". At a sentence's start, a title-case
// word after it is not enough ("Three Members attended"); two are.
func titleName(toks []doc.Token, n numberAt) (int, bool) {
	i, e := n.First, n.End
	if !isTitle(toks[i].Text) || e >= len(toks) || !isTitle(toks[e].Text) {
		return 0, false
	}
	if !atSentenceStart(toks, i) || (e+1 < len(toks) && isTitle(toks[e+1].Text)) {
		return e, true
	}
	return 0, false
}

// oneAfterDeterminer reads "one" after a determiner or a verb: "no one",
// "the one", "is one potential option". After "there is" it counts:
// "There is one position vacant".
func oneAfterDeterminer(toks []doc.Token, n numberAt) (int, bool) {
	if n.Lone && n.First > 0 && OnePrevTable.Get(toks[n.First-1].Lower) && !existential(toks, n.First) {
		return n.End, true
	}
	return 0, false
}

// existential tells whether "there is/are/was/were" (or "there are now")
// stands just before toks[i].
func existential(toks []doc.Token, i int) bool {
	k := i - 1
	if k > 0 && toks[k].Lower == "now" {
		k--
	}
	if k < 0 {
		return false
	}
	switch toks[k].Lower {
	case "is", "are", "was", "were":
		return k > 0 && toks[k-1].Lower == "there"
	}
	return false
}

// hourInWords reads a time of day written in words: "two o'clock",
// "eleven am".
func hourInWords(toks []doc.Token, n numberAt) (int, bool) {
	if n.End < len(toks) && TimeWordsTable.Get(toks[n.End].Lower) {
		return n.End, true
	}
	return 0, false
}

// oneEndingLine reads "one" with nothing after it in its block: "the
// preferred one".
func oneEndingLine(toks []doc.Token, n numberAt) (int, bool) {
	if n.Lone && n.End >= len(toks) {
		return n.End, true
	}
	return 0, false
}

// oneBeforeFunctionWord reads "one" before punctuation or a function
// word: "one of the", "one in East Kent", "one being best", "one, and".
func oneBeforeFunctionWord(toks []doc.Token, n numberAt) (int, bool) {
	if !n.Lone || n.End >= len(toks) {
		return 0, false
	}
	if nx := &toks[n.End]; nx.Kind != doc.Word || OneNextTable.Get(nx.Lower) {
		return n.End, true
	}
	return 0, false
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
