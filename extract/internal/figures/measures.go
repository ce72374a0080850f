package figures

import (
	"github.com/minutes-tool/minutes/extract/internal/doc"
	"github.com/minutes-tool/minutes/extract/internal/lex"
	"github.com/minutes-tool/minutes/extract/internal/numbers"
)

import "strings"

// durationUnit is a unit of time and how many of the contract's units it
// holds ("a decade" is ten years).
type durationUnit struct {
	unit string
	mult float64
}

// DurationUnits are the words that make a number a duration, singular and
// plural: "ten weeks", "5 year plan", "three-month".
var DurationUnits = map[string]durationUnit{
	"minute": {"minute", 1}, "minutes": {"minute", 1}, "min": {"minute", 1}, "mins": {"minute", 1},
	"hour": {"hour", 1}, "hours": {"hour", 1}, "hr": {"hour", 1}, "hrs": {"hour", 1},
	"day": {"day", 1}, "days": {"day", 1}, "week": {"week", 1}, "weeks": {"week", 1},
	"fortnight": {"week", 2}, "fortnights": {"week", 2}, "month": {"month", 1}, "months": {"month", 1},
	"year": {"year", 1}, "years": {"year", 1}, "yr": {"year", 1}, "yrs": {"year", 1},
	"decade": {"year", 10}, "decades": {"year", 10}, "seconds": {"second", 1},
}

// MeasureUnits are the abbreviated units of length, mass, volume and
// speed that make a number a measurement ("0.625mm", "a 30mph limit",
// "5 kg"), with the unit the figure carries. Spelled-out words ("three
// miles") are counts of their noun.
var MeasureUnits = map[string]string{
	"mm": "mm", "cm": "cm", "km": "km", "kg": "kg", "mg": "mg", "ml": "ml",
	"mph": "mph", "kph": "km/h", "kmh": "km/h",
}

// measureUnitAfter reads the unit of measure after a number written in
// digits, glued or spaced. It returns the unit and the token after it.
func measureUnitAfter(toks []doc.Token, n *numbers.Number) (string, int, bool) {
	j := n.End
	if !n.Digits || n.Suffix != "" || j >= len(toks) || toks[j].Kind != doc.Word || toks[j].NewlineBefore {
		return "", 0, false
	}
	u, ok := measureUnit(toks[j].Lower)
	return u, j + 1, ok
}

// measureUnit looks a word up in MeasureUnits, less a hyphenated tail
// ("0.625mm-below mastoids").
func measureUnit(l string) (string, bool) {
	head, _, _ := strings.Cut(l, "-")
	return MeasureUnitsTable.Lookup(head)
}

// cellBreak tells whether the space between two tokens, text[from:to],
// holds a tab: a table's cell boundary, which no noun phrase crosses.
func cellBreak(text string, from, to int) bool {
	return from < to && strings.IndexByte(text[from:to], '\t') >= 0
}

// DurationAdjectives may stand between a number and its unit of time:
// "two additional years", "ten working days".
var DurationAdjectives = map[string]bool{
	"additional": true, "further": true, "more": true, "full": true, "consecutive": true,
	"calendar": true, "working": true, "whole": true, "extra": true, "successive": true,
	"straight": true, "clear": true, "long": true, "short": true, "business": true, "school": true,
}

// durationAfter reads the unit of time of a number: its compound suffix
// ("five-year") or the word after it, past a few adjectives. It returns
// the unit, its multiplier and the token after the unit.
func durationAfter(toks []doc.Token, n *numbers.Number) (durationUnit, int, bool) {
	if n.Suffix != "" {
		head, _, _ := strings.Cut(n.Suffix, "-")
		u, ok := DurationUnitsTable.Lookup(head)
		return u, n.End, ok
	}
	j := n.End
	for k := 0; k < 2 && j < len(toks) && DurationAdjectivesTable.Get(toks[j].Lower); k++ {
		j++
	}
	if j < len(toks) && toks[j].Kind == doc.Word {
		if u, ok := DurationUnitsTable.Lookup(toks[j].Lower); ok {
			return u, j + 1, true
		}
	}
	return durationUnit{}, 0, false
}

// percentAfter returns the token after a percent sign or words ("12%",
// "12 per cent", "twelve percent"), or 0 when there are none.
func percentAfter(toks []doc.Token, n *numbers.Number) int {
	j := n.End
	if n.Suffix != "" || j >= len(toks) {
		return 0
	}
	switch l := toks[j].Lower; {
	case l == "%":
		return j + 1
	case l == "percent" || l == "per-cent" || l == "pct":
		return j + 1
	case l == "per" && j+1 < len(toks) && toks[j+1].Lower == "cent":
		return j + 2
	}
	return 0
}

// NounStop are the words that end the noun phrase after a number: a
// count's noun is never one of them ("three of the", "five were").
var NounStop = map[string]bool{
	"a": true, "an": true, "the": true, "of": true, "to": true, "in": true, "on": true, "at": true,
	"by": true, "for": true, "from": true, "with": true, "without": true, "into": true, "onto": true,
	"and": true, "or": true, "but": true, "nor": true, "as": true, "than": true, "that": true,
	"which": true, "who": true, "whom": true, "whose": true, "this": true, "these": true, "those": true,
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true,
	"am": true, "pm": true, "has": true, "have": true, "had": true, "having": true, "do": true,
	"does": true, "did": true, "will": true, "would": true, "shall": true, "should": true,
	"can": true, "could": true, "may": true, "might": true, "must": true, "not": true, "no": true,
	"it": true, "its": true, "they": true, "them": true, "their": true, "he": true, "she": true,
	"we": true, "you": true, "i": true, "his": true, "her": true, "our": true, "your": true,
	"my": true, "me": true, "us": true, "there": true, "here": true, "then": true, "so": true,
	"if": true, "when": true, "where": true, "while": true, "because": true, "per": true,
	"each": true, "every": true, "all": true, "both": true, "either": true, "any": true,
	"some": true, "out": true, "up": true, "down": true, "over": true, "under": true,
	"about": true, "around": true, "between": true, "through": true, "after": true, "before": true,
	"since": true, "until": true, "during": true, "within": true, "via": true, "also": true,
	"only": true, "just": true, "still": true, "already": true, "yet": true, "ago": true,
	"more": true, "less": true, "fewer": true, "most": true, "least": true, "again": true,
	"too": true, "very": true, "against": true,
	"respectively": true, "what": true, "how": true, "why": true,
	"s": true, "th": true, "st": true, "nd": true, "rd": true, "etc": true, "eg": true, "ie": true,
}

// countNoun reads the noun a number counts, from token j on: a few
// words up to the first plural ("three highly-specialist units" →
// "units"), stopping at function words and punctuation. Capitalised
// words join only a number written in words or a plural ("eight Kent
// and Medway CCGs"); after digits they are more often a title ("38
// Request of ...").
func countNoun(text string, toks []doc.Token, j int, n *numbers.Number) (string, bool) {
	first, head := -1, -1
	for k := 0; k < 5 && j < len(toks); k, j = k+1, j+1 {
		t := &toks[j]
		if t.Kind != doc.Word || j > 0 && cellBreak(text, toks[j-1].End, t.Start) {
			break
		}
		if t.Lower == "and" && first >= 0 && j+1 < len(toks) && isCapital(toks[j-1].Text) && isCapital(toks[j+1].Text) {
			continue // "Kent and Medway": a name goes on
		}
		if endsNoun(t, k, n.Digits) {
			break
		}
		if first < 0 {
			first = j
		}
		head = j
		if plural(t.Lower) {
			break
		}
	}
	if head < 0 {
		return "", false
	}
	if n.Value == 1 && !plural(toks[head].Lower) {
		// "one accountable officer": the singular noun with its modifiers.
		return text[toks[first].Start:toks[head].End], true
	}
	return toks[head].Text, true
}

// endsNoun tells whether word t, the k-th after the number, ends the
// noun phrase before it is taken: a function word or a single letter
// ("three of the", "5 a side"); another number or, past the first word,
// a unit of time, unless capitalised as part of a name ("the three Five
// Year Forward View gaps"); after digits, a capitalised singular that
// starts a title ("38 Request of ...").
func endsNoun(t *doc.Token, k int, digits bool) bool {
	if NounStopTable.Get(t.Lower) || len(t.Lower) == 1 {
		return true
	}
	if isCapital(t.Text) {
		return digits && !plural(t.Lower) && !isUpper(t.Text)
	}
	if _, isNum := lex.NumberWordsTable.Lookup(t.Lower); isNum {
		return true
	}
	_, isDur := DurationUnitsTable.Lookup(t.Lower)
	return isDur && k > 0
}

// plural guesses whether a lower-case word is a plural noun.
func plural(l string) bool {
	return len(l) > 2 && strings.HasSuffix(l, "s") && !strings.HasSuffix(l, "ss") &&
		!strings.HasSuffix(l, "us") && !strings.HasSuffix(l, "is")
}

// compoundUnit turns a compound's suffix into the counted noun: "stage"
// in "three-stage" counts stages, "tiered" in "two-tiered" tiers.
func compoundUnit(suffix string) string {
	s := strings.TrimSuffix(suffix, "ed")
	if strings.HasSuffix(s, "s") {
		return s
	}
	return s + "s"
}

// isCapital tells whether a word starts with an upper-case ASCII letter.
func isCapital(s string) bool { return s != "" && s[0] >= 'A' && s[0] <= 'Z' }

// isUpper tells whether a word of two letters or more is all capitals
// ("CCGs" is not; "ONE" and "COMMENT" are).
func isUpper(s string) bool {
	if len(s) < 2 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] >= 'a' && s[i] <= 'z' {
			return false
		}
	}
	return true
}
