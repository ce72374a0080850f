package numbers

import (
	"github.com/minutes-tool/minutes/extract/internal/doc"
	"github.com/minutes-tool/minutes/extract/internal/lex"
)

import (
	"math"
	"strconv"
	"strings"
)

// IsNumberWord reports whether w (lower case) is a cardinal number word:
// after "to" it makes a range or a count ("changing to three sites"), not
// an action.
func IsNumberWord(w string) bool {
	_, ok := lex.NumberWordsTable.Lookup(w)
	return ok
}

// Number is the core of a figure: the number itself as written, before
// currency, units or qualifiers are looked at.
type Number struct {
	First, End int     // tokens [first, end)
	Value      float64 // value, scale words applied
	Digits     bool    // written in digits
	Decimals   int     // digits after the decimal point
	Scaled     bool    // a scale word or letter was applied ("2 million", "£3m")
	Approx     bool    // vague by its own words: "c300", "tens of thousands"
	Lone       bool    // the single word "one", which is often a pronoun
	Fraction   bool    // a proportion: "one third of", "two-thirds of", "2/3"
	Power      bool    // a power written with a caret: "2^10"
	Suffix     string  // the rest of a hyphenated compound: "stage" in "three-stage"
	suffixTok  int     // token of a digit compound's suffix ("minute" in "15-minute"), or -1
}

// CanStart tells whether a number may start at the word t: a word of
// lex.NumberStarts ("a" only before another), a compound by its head
// ("twenty-five", "three-stage") or "c300". Most words of a page cannot,
// and callers skip them without parsing.
func CanStart(t *doc.Token) bool {
	l := t.Lower
	switch {
	case t.Kind != doc.Word:
		return false
	case lex.NumberStartsTable.Get(l):
		return true
	case len(l) > 1 && l[0] == 'c' && l[1] >= '0' && l[1] <= '9':
		return true
	}
	h := lex.NumberHead(l)
	return len(h) < len(l) && lex.NumberStartsTable.Get(h)
}

// ParseNumber reads the number starting at token i, if there is one.
func ParseNumber(toks []doc.Token, i int) (Number, bool) {
	if i < 0 || i >= len(toks) {
		return Number{}, false // callers look ahead: "six of the" ends the block
	}
	t := &toks[i]
	switch t.Kind {
	case doc.Number:
		return parseDigits(toks, i)
	case doc.Word:
		if !CanStart(t) {
			return Number{}, false
		}
		l := t.Lower
		if len(l) > 1 && l[0] == 'c' && l[1] >= '0' && l[1] <= '9' {
			return parseCirca(toks, i)
		}
		// "a" and "an" start a number only before a number word: "a
		// dozen", "a million", "a quarter of a million".
		if (l == "a" || l == "an") && (i+1 >= len(toks) || !CanStart(&toks[i+1])) {
			return Number{}, false
		}
		if n, ok := parseFraction(toks, i); ok {
			return n, true
		}
		if n, ok := parseProportion(toks, i); ok {
			return n, true
		}
		if n, ok := parseVague(toks, i); ok {
			return n, true
		}
		return parseWords(toks, i)
	}
	return Number{}, false
}

// parseDigits reads "1,366", "2.5" or "300", with a spaced scale word
// after it ("2 million"). Glued letters ("£3m") are money's business.
func parseDigits(toks []doc.Token, i int) (Number, bool) {
	v, dec, ok := DigitValue(toks[i].Text)
	if !ok {
		return Number{}, false
	}
	n := Number{First: i, End: i + 1, Value: v, Digits: true, Decimals: dec, suffixTok: -1}
	if p, ok := power(toks, i, v, dec); ok {
		n.Value, n.End, n.Power = p, i+3, true
		return n, true
	}
	if f, ok := slashFraction(toks, i); ok {
		n.Value, n.End, n.Fraction = f, i+3, true
		return n, true
	}
	if v2, dec2, ok := spacedGroup(toks, i); ok {
		n.Value, n.Decimals, n.End = v*1e3+v2, dec2, i+3
		return n, true
	}
	// A compound in digits: "15-minute", "3-stage".
	if j := i + 2; j < len(toks) && toks[i+1].Text == "-" && !toks[i+1].SpaceBefore && toks[j].Kind == doc.Word && !toks[j].SpaceBefore {
		n.Suffix, n.suffixTok, n.End = toks[j].Lower, j, j+1
		return n, true
	}
	if j := i + 1; j < len(toks) && toks[j].Kind == doc.Word && toks[j].SpaceBefore {
		if w, ok := lex.NumberWordsTable.Lookup(toks[j].Lower); ok && w.Class == lex.NumScale {
			n.Value *= w.Value
			n.Scaled = true
			n.End = j + 1
		}
	}
	return n, true
}

// power reads an exponent written with a caret, "2^10": the base at
// token i (value v, dec decimals), the caret and a whole exponent glued
// to it. It returns the power.
func power(toks []doc.Token, i int, v float64, dec int) (float64, bool) {
	if i+2 >= len(toks) || toks[i+1].Text != "^" || toks[i+1].SpaceBefore || toks[i+2].SpaceBefore || dec > 0 {
		return 0, false
	}
	e, err := strconv.Atoi(toks[i+2].Text)
	if err != nil || e < 0 || e > 99 {
		return 0, false
	}
	return math.Pow(v, float64(e)), true
}

// slashFraction reads a proportion written with a slash at token i:
// "Need 2/3", "with 9/9 consent". Both are single digits, the numerator
// no larger than the denominator, with nothing glued on either side ("9/9/
// 2013" is a date, "A2/3" a code) and no preposition before that would
// make it a day and month ("on 3/4").
func slashFraction(toks []doc.Token, i int) (float64, bool) {
	if i+2 >= len(toks) || toks[i+1].Text != "/" || toks[i+1].SpaceBefore || toks[i+2].SpaceBefore ||
		toks[i+2].Kind != doc.Number || i > 0 && !toks[i].SpaceBefore && toks[i-1].Text != "(" {
		return 0, false
	}
	a, b := toks[i].Text, toks[i+2].Text
	if len(a) != 1 || len(b) != 1 || a > b || b < "2" || a < "1" {
		return 0, false
	}
	if i+3 < len(toks) && !toks[i+3].SpaceBefore && (toks[i+3].Text == "/" || toks[i+3].Kind != doc.Punct) {
		return 0, false
	}
	if i > 0 && lex.PrepositionsTable.Get(toks[i-1].Lower) {
		return 0, false
	}
	return float64(a[0]-'0') / float64(b[0]-'0'), true
}

// spacedGroup reads an amount whose thousands comma a stray space
// follows, "$2, 310.5K": a currency symbol glued before one to three
// digits at token i, the comma glued to them, then one space and a group
// of three digits that ends the amount with its pence or a glued
// multiplier. A list ("$2, 310 members") has neither. It returns the
// group's value and decimals.
func spacedGroup(toks []doc.Token, i int) (float64, int, bool) {
	if i < 1 || i+2 >= len(toks) || toks[i].SpaceBefore || lex.CurrencySymbolsTable.Get(toks[i-1].Text) == "" ||
		len(toks[i].Text) > 3 || strings.ContainsAny(toks[i].Text, ",.") {
		return 0, 0, false
	}
	c, g := &toks[i+1], &toks[i+2]
	if c.Text != "," || c.SpaceBefore || g.Kind != doc.Number || !g.SpaceBefore || g.NewlineBefore {
		return 0, 0, false
	}
	whole, _, _ := strings.Cut(g.Text, ".")
	if len(whole) != 3 || g.Start-c.End != 1 {
		return 0, 0, false
	}
	v, dec, ok := DigitValue(g.Text)
	glued := i+3 < len(toks) && toks[i+3].Kind == doc.Word && !toks[i+3].SpaceBefore
	if !ok || dec == 0 && !glued {
		return 0, 0, false
	}
	return v, dec, true
}

// DigitValue parses a Number token. Thousands separators must group by
// three ("1,366"); more than one decimal point ("16.40.030") is a section
// number, not a quantity.
func DigitValue(s string) (v float64, decimals int, ok bool) {
	if v, decimals, ok := digitValueShort(s); ok {
		return v, decimals, true
	}
	return DigitValueSlow(s)
}

// pow10s are the powers of ten a float64 holds exactly.
var pow10s = [...]float64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15}

// digitValueShort is digitValue in one pass for the numbers minutes
// write: digits, at most 15 of them, grouped by three when commas
// separate them, with at most one decimal point. Their value is exact as
// an integer, and one division from exact as a decimal: the quotient of
// two exact floats is rounded once, as strconv.ParseFloat rounds (its own
// fast path). It reports false for anything else, which digitValueSlow
// reads.
func digitValueShort(s string) (v float64, decimals int, ok bool) {
	var m uint64
	digits := 0
	dot, group := -1, -1 // where the point is; digits since the last comma, -1 before one
	for k := 0; k < len(s); k++ {
		switch c := s[k]; {
		case c >= '0' && c <= '9':
			m = m*10 + uint64(c-'0')
			digits++
			if group >= 0 {
				group++
			}
		case c == ',':
			if dot >= 0 || group >= 0 && group != 3 || group < 0 && (digits == 0 || digits > 3) {
				return 0, 0, false
			}
			group = 0
		case c == '.':
			if dot >= 0 || group >= 0 && group != 3 {
				return 0, 0, false
			}
			dot, group = k, -1
		default:
			return 0, 0, false
		}
	}
	if digits == 0 || digits > 15 || group >= 0 && group != 3 || s[0] == '.' || s[len(s)-1] == '.' {
		return 0, 0, false
	}
	if dot < 0 {
		return float64(m), 0, true
	}
	decimals = len(s) - dot - 1
	return float64(m) / pow10s[decimals], decimals, true
}

// DigitValueSlow is digitValue for any string.
func DigitValueSlow(s string) (v float64, decimals int, ok bool) {
	if strings.Count(s, ".") > 1 {
		return 0, 0, false
	}
	intPart, frac, hasFrac := strings.Cut(s, ".")
	if strings.Contains(frac, ",") {
		return 0, 0, false
	}
	if strings.Contains(intPart, ",") {
		first, rest, _ := strings.Cut(intPart, ",")
		if len(first) > 3 || len(rest)%4 != 3 {
			return 0, 0, false
		}
		for k := 3; k < len(rest); k += 4 {
			if rest[k] != ',' {
				return 0, 0, false
			}
		}
		intPart = strings.ReplaceAll(intPart, ",", "")
	}
	if hasFrac {
		decimals = len(frac)
		intPart += "." + frac
	}
	v, err := strconv.ParseFloat(intPart, 64)
	return v, decimals, err == nil
}

// parseCirca reads "c300", the clerk's shorthand for about 300.
func parseCirca(toks []doc.Token, i int) (Number, bool) {
	l := toks[i].Lower
	if len(l) < 2 || l[0] != 'c' {
		return Number{}, false
	}
	for k := 1; k < len(l); k++ {
		if l[k] < '0' || l[k] > '9' {
			return Number{}, false
		}
	}
	v, err := strconv.ParseFloat(l[1:], 64)
	if err != nil {
		return Number{}, false
	}
	return Number{First: i, End: i + 1, Value: v, Digits: true, Approx: true, suffixTok: -1}, true
}

// parseFraction reads "a quarter of a million", "three-quarters of a
// million" and "half a million": a fraction that only counts as a number
// when a scale word follows.
func parseFraction(toks []doc.Token, i int) (Number, bool) {
	j := i
	if l := toks[j].Lower; l == "a" || l == "an" || l == "one" {
		j++
	}
	if j >= len(toks) || toks[j].Kind != doc.Word {
		return Number{}, false
	}
	f, ok := lex.FractionsTable.Lookup(toks[j].Lower)
	if !ok || (j == i && (toks[j].Lower == "quarter" || toks[j].Lower == "third")) {
		return Number{}, false
	}
	j++
	if j < len(toks) && toks[j].Lower == "of" {
		j++
	}
	if j < len(toks) && (toks[j].Lower == "a" || toks[j].Lower == "an") {
		j++
	}
	if j >= len(toks) {
		return Number{}, false
	}
	w, ok := lex.NumberWordsTable.Lookup(toks[j].Lower)
	if !ok || w.Class != lex.NumScale {
		return Number{}, false
	}
	return Number{First: i, End: j + 1, Value: f * w.Value, Scaled: true, suffixTok: -1}, true
}

// parseProportion reads a proportion in words: a numerator ("one",
// "two", "a") and a denominator ("third", "thirds", "quarter"), or the
// two as one compound ("two-thirds"). "a third" and "one third" are
// also ordinals ("a third meeting", "one third party"), so the
// proportion must be of something ("a third of the budget"), or, with a
// numerator in words, end the phrase ("cut by two thirds.").
func parseProportion(toks []doc.Token, i int) (Number, bool) {
	l := toks[i].Lower
	num, den := l, ""
	j := i + 1
	if h := strings.IndexByte(l, '-'); h > 0 {
		num, den = l[:h], l[h+1:]
	} else if j < len(toks) && toks[j].Kind == doc.Word && toks[j].SpaceBefore {
		den = toks[j].Lower
		j++
	}
	d, ok := lex.DenominatorsTable.Lookup(den)
	if !ok {
		return Number{}, false
	}
	top := 1.0
	if num != "a" && num != "an" {
		w, ok := lex.NumberWordsTable.Lookup(num)
		if !ok || w.Class != lex.NumUnit {
			return Number{}, false
		}
		top = w.Value
	}
	if (top == 1) == strings.HasSuffix(den, "s") {
		return Number{}, false // "one thirds", "two third"
	}
	of := j < len(toks) && toks[j].Lower == "of"
	ends := j >= len(toks) || toks[j].Kind == doc.Punct
	if !of && (num == "a" || num == "an" || !ends) {
		return Number{}, false
	}
	return Number{First: i, End: j, Value: top / d, Fraction: true, suffixTok: -1}, true
}

// parseVague reads "tens of thousands": a scale given only by its order.
// Alone, "hundreds of hours" is not a quantity anyone would quote.
func parseVague(toks []doc.Token, i int) (Number, bool) {
	m, ok := lex.VagueScalesTable.Lookup(toks[i].Lower)
	if !ok || i+2 >= len(toks) || toks[i+1].Lower != "of" {
		return Number{}, false
	}
	l := strings.TrimSuffix(toks[i+2].Lower, "s")
	w, ok := lex.NumberWordsTable.Lookup(l)
	if !ok || w.Class != lex.NumScale {
		return Number{}, false
	}
	return Number{First: i, End: i + 3, Value: m * w.Value, Approx: true, suffixTok: -1}, true
}

// parseWords reads number words across tokens: "ten", "twenty-five",
// "one hundred and twenty", "three dozen", "a dozen", "a million". A
// hyphenated token whose tail is not a number ("three-stage") ends the
// number and keeps the tail as its suffix.
func parseWords(toks []doc.Token, i int) (Number, bool) {
	var r wordsReader
	j := i
	if l := toks[i].Lower; (l == "a" || l == "an") && i+1 < len(toks) {
		if !articleCounts(toks[i+1].Lower) {
			return Number{}, false
		}
		r.cur, r.last, j = 1, lex.NumUnit, i+1 // "a dozen": one dozen
	}
	for ; j < len(toks); j++ {
		t := &toks[j]
		if t.Kind != doc.Word {
			break
		}
		if t.Lower == "and" && r.andJoins(toks, j) {
			continue
		}
		if !r.word(t.Lower) {
			break
		}
		if r.suffix != "" || !r.seen {
			j++
			break
		}
	}
	if !r.seen {
		return Number{}, false
	}
	return Number{
		First: i, End: j, suffixTok: -1,
		Value:  r.total + r.cur,
		Scaled: r.last == lex.NumScale,
		Suffix: r.suffix,
		Lone:   j == i+1 && r.suffix == "" && toks[i].Lower == "one",
	}, true
}

// articleCounts tells whether "a" or "an" before word w is the number
// one: before a scale, "hundred" or "dozen" ("a million", "a dozen").
func articleCounts(w string) bool {
	n, ok := lex.NumberWordsTable.Lookup(w)
	return ok && (n.Class == lex.NumScale || n.Class == lex.NumHundred || n.Class == lex.NumDozen)
}

// wordsReader folds number words into a value, word by word.
type wordsReader struct {
	total, cur float64      // the closed groups, and the group being read
	last       lex.NumClass // the class of the last word taken
	seen       bool         // a number word was taken
	suffix     string       // a compound's tail that is not a number: "stage"
}

// andJoins tells whether "and" at token j goes on with the number: after
// a hundred or a scale and before a unit, teen or tens ("one hundred and
// twenty", "two million and five").
func (r *wordsReader) andJoins(toks []doc.Token, j int) bool {
	if (r.last != lex.NumHundred && r.last != lex.NumScale) || j+1 >= len(toks) {
		return false
	}
	w, ok := lex.NumberWordsTable.Lookup(toks[j+1].Lower)
	return ok && w.Class <= lex.NumTens
}

// word takes the number words of one token, split at hyphens
// ("twenty-five"). It reports false when the token's first part is not a
// number word that fits; a later part that is not ("three-stage") ends
// the number and becomes its suffix.
func (r *wordsReader) word(l string) bool {
	for first := true; l != ""; first = false {
		part, tail, _ := strings.Cut(l, "-")
		w, ok := lex.NumberWordsTable.Lookup(part)
		if !ok || !fits(r.last, w.Class, r.seen || r.cur > 0) {
			if first {
				return false
			}
			r.suffix = l
			return true
		}
		r.total, r.cur = apply(r.total, r.cur, w)
		r.last = w.Class
		r.seen = true
		l = tail
	}
	return true
}

// fits tells whether a number word of class c may follow one of class
// last: "twenty five" and "five hundred" do, "four five" does not.
func fits(last, c lex.NumClass, started bool) bool {
	if !started {
		return c == lex.NumUnit || c == lex.NumTeen || c == lex.NumTens
	}
	switch last {
	case lex.NumUnit:
		return c == lex.NumHundred || c == lex.NumScale || c == lex.NumDozen
	case lex.NumTeen:
		return c == lex.NumHundred || c == lex.NumScale
	case lex.NumTens:
		return c == lex.NumUnit || c == lex.NumScale
	case lex.NumHundred:
		return c == lex.NumUnit || c == lex.NumTeen || c == lex.NumTens || c == lex.NumScale
	case lex.NumScale:
		return c == lex.NumUnit || c == lex.NumTeen || c == lex.NumTens
	case lex.NumDozen:
		return false
	}
	return false
}

// apply folds one number word into the running total: scale words close
// a group ("two million three hundred" → 2,000,000 + 300).
func apply(total, cur float64, w lex.NumWord) (float64, float64) {
	switch w.Class {
	case lex.NumHundred, lex.NumDozen:
		if cur == 0 {
			cur = 1
		}
		return total, cur * w.Value
	case lex.NumScale:
		if cur == 0 {
			cur = 1
		}
		return total + cur*w.Value, 0
	}
	return total, cur + w.Value
}
