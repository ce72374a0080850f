package extract

import (
	"strconv"
	"strings"
)

// isNumberWord reports whether w (lower case) is a cardinal number word:
// after "to" it makes a range or a count ("changing to three sites"), not
// an action.
func isNumberWord(w string) bool {
	_, ok := numberWordsTable.lookup(w)
	return ok
}

// number is the core of a figure: the number itself as written, before
// currency, units or qualifiers are looked at.
type number struct {
	first, end int     // tokens [first, end)
	value      float64 // value, scale words applied
	digits     bool    // written in digits
	decimals   int     // digits after the decimal point
	scaled     bool    // a scale word or letter was applied ("2 million", "£3m")
	approx     bool    // vague by its own words: "c300", "tens of thousands"
	lone       bool    // the single word "one", which is often a pronoun
	suffix     string  // the rest of a hyphenated compound: "stage" in "three-stage"
	suffixTok  int     // token of a digit compound's suffix ("minute" in "15-minute"), or -1
}

// parseNumber reads the number starting at token i, if there is one.
func parseNumber(toks []Token, i int) (number, bool) {
	if i < 0 || i >= len(toks) {
		return number{}, false // callers look ahead: "six of the" ends the block
	}
	t := &toks[i]
	switch t.Kind {
	case Number:
		return parseDigits(toks, i)
	case Word:
		// The word's cues say whether it is "c300" or starts with a
		// number word (numberStarts, by its head: "twenty-five").
		if t.cue&cueNumberStart == 0 {
			return number{}, false
		}
		l := t.Lower
		if len(l) > 1 && l[0] == 'c' && l[1] >= '0' && l[1] <= '9' {
			return parseCirca(toks, i)
		}
		// "a" and "an" start a number only before a number word: "a
		// dozen", "a million", "a quarter of a million".
		if (l == "a" || l == "an") && (i+1 >= len(toks) || toks[i+1].cue&cueNumberStart == 0) {
			return number{}, false
		}
		if n, ok := parseFraction(toks, i); ok {
			return n, true
		}
		if n, ok := parseVague(toks, i); ok {
			return n, true
		}
		return parseWords(toks, i)
	}
	return number{}, false
}

// parseDigits reads "1,366", "2.5" or "300", with a spaced scale word
// after it ("2 million"). Glued letters ("£3m") are money's business.
func parseDigits(toks []Token, i int) (number, bool) {
	v, dec, ok := digitValue(toks[i].Text)
	if !ok {
		return number{}, false
	}
	n := number{first: i, end: i + 1, value: v, digits: true, decimals: dec, suffixTok: -1}
	// A compound in digits: "15-minute", "3-stage".
	if j := i + 2; j < len(toks) && toks[i+1].Text == "-" && !toks[i+1].SpaceBefore && toks[j].Kind == Word && !toks[j].SpaceBefore {
		n.suffix, n.suffixTok, n.end = toks[j].Lower, j, j+1
		return n, true
	}
	if j := i + 1; j < len(toks) && toks[j].Kind == Word && toks[j].SpaceBefore {
		if w, ok := numberWordsTable.lookup(toks[j].Lower); ok && w.class == numScale {
			n.value *= w.value
			n.scaled = true
			n.end = j + 1
		}
	}
	return n, true
}

// digitValue parses a Number token. Thousands separators must group by
// three ("1,366"); more than one decimal point ("16.40.030") is a section
// number, not a quantity.
func digitValue(s string) (v float64, decimals int, ok bool) {
	if v, decimals, ok := digitValueShort(s); ok {
		return v, decimals, true
	}
	return digitValueSlow(s)
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

// digitValueSlow is digitValue for any string.
func digitValueSlow(s string) (v float64, decimals int, ok bool) {
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
func parseCirca(toks []Token, i int) (number, bool) {
	l := toks[i].Lower
	if len(l) < 2 || l[0] != 'c' {
		return number{}, false
	}
	for k := 1; k < len(l); k++ {
		if l[k] < '0' || l[k] > '9' {
			return number{}, false
		}
	}
	v, err := strconv.ParseFloat(l[1:], 64)
	if err != nil {
		return number{}, false
	}
	return number{first: i, end: i + 1, value: v, digits: true, approx: true, suffixTok: -1}, true
}

// parseFraction reads "a quarter of a million", "three-quarters of a
// million" and "half a million": a fraction that only counts as a number
// when a scale word follows.
func parseFraction(toks []Token, i int) (number, bool) {
	j := i
	if l := toks[j].Lower; l == "a" || l == "an" || l == "one" {
		j++
	}
	if j >= len(toks) || toks[j].Kind != Word {
		return number{}, false
	}
	f, ok := fractionsTable.lookup(toks[j].Lower)
	if !ok || (j == i && (toks[j].Lower == "quarter" || toks[j].Lower == "third")) {
		return number{}, false
	}
	j++
	if j < len(toks) && toks[j].Lower == "of" {
		j++
	}
	if j < len(toks) && (toks[j].Lower == "a" || toks[j].Lower == "an") {
		j++
	}
	if j >= len(toks) {
		return number{}, false
	}
	w, ok := numberWordsTable.lookup(toks[j].Lower)
	if !ok || w.class != numScale {
		return number{}, false
	}
	return number{first: i, end: j + 1, value: f * w.value, scaled: true, suffixTok: -1}, true
}

// parseVague reads "tens of thousands": a scale given only by its order.
// Alone, "hundreds of hours" is not a quantity anyone would quote.
func parseVague(toks []Token, i int) (number, bool) {
	m, ok := vagueScalesTable.lookup(toks[i].Lower)
	if !ok || i+2 >= len(toks) || toks[i+1].Lower != "of" {
		return number{}, false
	}
	l := strings.TrimSuffix(toks[i+2].Lower, "s")
	w, ok := numberWordsTable.lookup(l)
	if !ok || w.class != numScale {
		return number{}, false
	}
	return number{first: i, end: i + 3, value: m * w.value, approx: true, suffixTok: -1}, true
}

// parseWords reads number words across tokens: "ten", "twenty-five",
// "one hundred and twenty", "three dozen", "a dozen", "a million". A
// hyphenated token whose tail is not a number ("three-stage") ends the
// number and keeps the tail as its suffix.
func parseWords(toks []Token, i int) (number, bool) {
	n := number{first: i, suffixTok: -1}
	var total, cur float64
	var last numClass
	j := i
	if l := toks[i].Lower; (l == "a" || l == "an") && i+1 < len(toks) {
		w, ok := numberWordsTable.lookup(toks[i+1].Lower)
		if !ok || (w.class != numScale && w.class != numHundred && w.class != numDozen) {
			return number{}, false
		}
		cur, last, j = 1, numUnit, i+1
	}
	seen := false
	for ; j < len(toks); j++ {
		t := &toks[j]
		if t.Kind != Word {
			break
		}
		if t.Lower == "and" && (last == numHundred || last == numScale) && j+1 < len(toks) {
			if w, ok := numberWordsTable.lookup(toks[j+1].Lower); ok && w.class <= numTens {
				continue
			}
			break
		}
		rest := t.Lower
		partsTaken := 0
		stop := false
		for rest != "" {
			part, tail, _ := strings.Cut(rest, "-")
			w, ok := numberWordsTable.lookup(part)
			if ok && !fits(last, w.class, seen || cur > 0) {
				ok = false
			}
			if !ok {
				if partsTaken == 0 {
					stop = true
				} else {
					n.suffix = rest
				}
				break
			}
			total, cur = apply(total, cur, w)
			last = w.class
			seen = true
			partsTaken++
			rest = tail
		}
		if stop {
			break
		}
		if n.suffix != "" || !seen {
			j++
			break
		}
	}
	if !seen {
		return number{}, false
	}
	n.end = j
	n.value = total + cur
	n.scaled = last == numScale
	n.lone = n.end == i+1 && n.suffix == "" && toks[i].Lower == "one"
	return n, true
}

// fits tells whether a number word of class c may follow one of class
// last: "twenty five" and "five hundred" do, "four five" does not.
func fits(last, c numClass, started bool) bool {
	if !started {
		return c == numUnit || c == numTeen || c == numTens
	}
	switch last {
	case numUnit:
		return c == numHundred || c == numScale || c == numDozen
	case numTeen:
		return c == numHundred || c == numScale
	case numTens:
		return c == numUnit || c == numScale
	case numHundred:
		return c == numUnit || c == numTeen || c == numTens || c == numScale
	case numScale:
		return c == numUnit || c == numTeen || c == numTens
	case numDozen:
		return false
	}
	return false
}

// apply folds one number word into the running total: scale words close
// a group ("two million three hundred" → 2,000,000 + 300).
func apply(total, cur float64, w numWord) (float64, float64) {
	switch w.class {
	case numHundred, numDozen:
		if cur == 0 {
			cur = 1
		}
		return total, cur * w.value
	case numScale:
		if cur == 0 {
			cur = 1
		}
		return total + cur*w.value, 0
	}
	return total, cur + w.value
}
