package extract

import "strings"

// numberWords are the cardinal number words, lower case. Ordinals
// ("first", "third") are labels, not quantities, and are left out.
var numberWords = map[string]numWord{
	"one": {1, numUnit}, "two": {2, numUnit}, "three": {3, numUnit}, "four": {4, numUnit},
	"five": {5, numUnit}, "six": {6, numUnit}, "seven": {7, numUnit}, "eight": {8, numUnit},
	"nine": {9, numUnit}, "ten": {10, numTeen}, "eleven": {11, numTeen}, "twelve": {12, numTeen},
	"thirteen": {13, numTeen}, "fourteen": {14, numTeen}, "fifteen": {15, numTeen},
	"sixteen": {16, numTeen}, "seventeen": {17, numTeen}, "eighteen": {18, numTeen},
	"nineteen": {19, numTeen}, "twenty": {20, numTens}, "thirty": {30, numTens},
	"forty": {40, numTens}, "fourty": {40, numTens}, "fifty": {50, numTens}, "sixty": {60, numTens},
	"seventy": {70, numTens}, "eighty": {80, numTens}, "ninety": {90, numTens},
	"hundred": {100, numHundred}, "thousand": {1e3, numScale}, "million": {1e6, numScale},
	"billion": {1e9, numScale}, "trillion": {1e12, numScale}, "dozen": {12, numDozen},
}

// fractions are the parts of a scale word minutes write out: "a quarter
// of a million", "three-quarters of a million", "half a million".
var fractions = map[string]float64{
	"half": 0.5, "quarter": 0.25, "third": 1.0 / 3, "three-quarters": 0.75, "three-quarter": 0.75,
	"two-thirds": 2.0 / 3, "one-third": 1.0 / 3, "one-quarter": 0.25, "one-half": 0.5,
}

// vagueScales are the plural number words that head a vague quantity:
// "tens of thousands", "hundreds of millions".
var vagueScales = map[string]float64{"tens": 10, "hundreds": 100, "dozens": 12}

// numberStarts are the words a number may start with: number words, the
// first words of fractions and vague scales, and "a" ("a dozen").
var numberStarts = func() map[string]bool {
	m := map[string]bool{"a": true, "an": true}
	for w := range numberWords {
		m[w] = true
	}
	for w := range fractions {
		head, _, _ := strings.Cut(w, "-")
		m[head] = true
	}
	for w := range vagueScales {
		m[w] = true
	}
	return m
}()

// numberHead is the part of a word before its first hyphen, which says
// whether a compound starts with a number: "twenty" in "twenty-five",
// "three" in "three-stage".
func numberHead(l string) string {
	if h := strings.IndexByte(l, '-'); h >= 0 {
		return l[:h]
	}
	return l
}

// numWord is one entry of the number-word table.
type numWord struct {
	value float64
	class numClass
}

// numClass says how a number word combines with its neighbours, so that
// "one hundred and twenty" reads as 120 and "four five" as two numbers.
type numClass uint8

const (
	numUnit    numClass = iota + 1 // one … nine
	numTeen                        // ten … nineteen
	numTens                        // twenty … ninety
	numHundred                     // hundred
	numScale                       // thousand, million, billion
	numDozen                       // dozen
)
