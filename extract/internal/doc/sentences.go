package doc

import (
	"unicode"

	"github.com/minutes-tool/minutes/internal/sentence"
)

// SplitSentences cuts every block into sentences: at . ! or ? followed by
// space and a capital, digit or opening quote, except after abbreviations
// and initials; at a line break inside a block when the line is complete.
// The rules are internal/sentence's, which the comparing package shares.
func SplitSentences(d *Document) []Sentence {
	var out []Sentence
	for bi, b := range d.Blocks {
		sentence.Each(d.Text, b.Start, b.End, func(s, e int) {
			out = append(out, Sentence{Start: s, End: e, Block: bi})
		})
	}
	return out
}

func IsSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r'
}

func CountLetters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}
