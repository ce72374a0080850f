package lex

import "strings"

// NumberWords are the cardinal number words, lower case. Ordinals
// ("first", "third") are labels, not quantities, and are left out.
var NumberWords = map[string]NumWord{
	"one": {1, NumUnit}, "two": {2, NumUnit}, "three": {3, NumUnit}, "four": {4, NumUnit},
	"five": {5, NumUnit}, "six": {6, NumUnit}, "seven": {7, NumUnit}, "eight": {8, NumUnit},
	"nine": {9, NumUnit}, "ten": {10, NumTeen}, "eleven": {11, NumTeen}, "twelve": {12, NumTeen},
	"thirteen": {13, NumTeen}, "fourteen": {14, NumTeen}, "fifteen": {15, NumTeen},
	"sixteen": {16, NumTeen}, "seventeen": {17, NumTeen}, "eighteen": {18, NumTeen},
	"nineteen": {19, NumTeen}, "twenty": {20, NumTens}, "thirty": {30, NumTens},
	"forty": {40, NumTens}, "fourty": {40, NumTens}, "fifty": {50, NumTens}, "sixty": {60, NumTens},
	"seventy": {70, NumTens}, "eighty": {80, NumTens}, "ninety": {90, NumTens},
	"hundred": {100, NumHundred}, "thousand": {1e3, NumScale}, "million": {1e6, NumScale},
	"billion": {1e9, NumScale}, "trillion": {1e12, NumScale}, "dozen": {12, NumDozen},
}

// Fractions are the parts of a scale word minutes write out: "a quarter
// of a million", "three-quarters of a million", "half a million".
var Fractions = map[string]float64{
	"half": 0.5, "quarter": 0.25, "third": 1.0 / 3, "three-quarters": 0.75, "three-quarter": 0.75,
	"two-thirds": 2.0 / 3, "one-third": 1.0 / 3, "one-quarter": 0.25, "one-half": 0.5,
}

// Denominators are the parts a proportion in words is counted in, singular
// and plural: "one third", "two thirds", "three-quarters of".
var Denominators = map[string]float64{
	"third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5,
	"sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8, "tenth": 10, "tenths": 10,
}

// VagueScales are the plural number words that head a vague quantity:
// "tens of thousands", "hundreds of millions".
var VagueScales = map[string]float64{"tens": 10, "hundreds": 100, "dozens": 12}

// NumberStarts are the words a number may start with: number words, the
// first words of fractions and vague scales, and "a" ("a dozen").
var NumberStarts = func() map[string]bool {
	m := map[string]bool{"a": true, "an": true}
	for w := range NumberWords {
		m[w] = true
	}
	for w := range Fractions {
		head, _, _ := strings.Cut(w, "-")
		m[head] = true
	}
	for w := range VagueScales {
		m[w] = true
	}
	return m
}()

// NumberHead is the part of a word before its first hyphen, which says
// whether a compound starts with a number: "twenty" in "twenty-five",
// "three" in "three-stage".
func NumberHead(l string) string {
	if h := strings.IndexByte(l, '-'); h >= 0 {
		return l[:h]
	}
	return l
}

// NumWord is one entry of the number-word table.
type NumWord struct {
	Value float64
	Class NumClass
}

// NumClass says how a number word combines with its neighbours, so that
// "one hundred and twenty" reads as 120 and "four five" as two numbers.
type NumClass uint8

const (
	NumUnit    NumClass = iota + 1 // one … nine
	NumTeen                        // ten … nineteen
	NumTens                        // twenty … ninety
	NumHundred                     // hundred
	NumScale                       // thousand, million, billion
	NumDozen                       // dozen
)
