// Package sentence cuts text into sentences by the rules the extractor
// uses, so that the extracting and the comparing halves of the tool agree
// on what a sentence is. It depends on nothing but the standard library,
// so that either half may import it without the other's dependencies.
package sentence

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// abbreviations end with a full stop that does not end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "cllr": true, "cllrs": true, "prof": true,
	"no": true, "nos": true, "st": true, "e.g": true, "i.e": true, "eg": true, "ie": true,
	"etc": true, "vs": true, "v": true, "approx": true, "c": true, "co": true, "ltd": true,
	"inc": true, "a.m": true, "p.m": true, "cf": true, "rev": true, "hon": true, "jr": true,
	"sr": true, "fig": true, "para": true, "ref": true, "dept": true, "govt": true, "mt": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "cou": true,
}

// IsAbbreviation reports whether w, lower-cased and without its full stop
// ("cllr", "e.g"), is an abbreviation whose full stop ends no sentence.
func IsAbbreviation(w string) bool { return abbreviations[w] }

// Spans cuts text into sentences as byte offsets [start, end), trimmed of
// white space (space, tab, CR, LF), in order. A sentence ends:
//
//   - at every line break, since minutes put headings, list items and
//     table rows on lines of their own;
//   - after . ! or ?, and any closing quotes and brackets that follow,
//     when white space and then a capital, a digit, an opening quote, a
//     bullet or an opening bracket come next; but not after a full stop
//     that ends an abbreviation ("Cllr.", "e.g.") or an initial ("J.").
//
// Spans holding only white space are left out; a text with no sentence
// gives an empty slice, not nil. The extractor cuts each of its blocks
// this way (Each).
func Spans(text string) [][2]int {
	out := [][2]int{}
	Each(text, 0, len(text), func(s, e int) { out = append(out, [2]int{s, e}) })
	return out
}

// Each calls yield with the span of every sentence of text[start:end], in
// order, with offsets into text. A sentence ends at every line break, and
// at a full stop, question or exclamation mark that ends one
// (sentenceStopEnd). Abbreviations are looked for in text[start:i] only:
// a block is cut on its own, whatever stands before it.
func Each(text string, start, end int, yield func(s, e int)) {
	s := start // where the current sentence starts
	// Tests, not a switch over the byte: the switch made the split, a
	// pass over every byte of the page, half as slow again.
	for i := start; i < end; i++ {
		c := text[i]
		if c == '\n' {
			trimmed(text, s, i, yield)
			s = i
			continue
		}
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		if e := sentenceStopEnd(text, start, end, i); e >= 0 {
			trimmed(text, s, e, yield)
			s = e
		}
	}
	trimmed(text, s, end, yield)
}

// trimmed yields text[s:e], trimmed of white space, unless nothing is
// left of it.
func trimmed(text string, s, e int, yield func(s, e int)) {
	for s < e && isSpaceByte(text[s]) {
		s++
	}
	for e > s && isSpaceByte(text[e-1]) {
		e--
	}
	if e > s {
		yield(s, e)
	}
}

// sentenceStopEnd reads the . ! or ? at text[i], inside the block
// text[start:end], and returns where the sentence it ends stops: after its
// closing quotes and brackets. It returns -1 when the mark ends no
// sentence: nothing but closers after it in the block, no space after it
// ("2.5", "e.g.x"), no sentence opening after the space ("the cost etc. of
// the"), or a full stop after an abbreviation or an initial ("Cllr. Smith",
// "J. Smith").
func sentenceStopEnd(text string, start, end, i int) int {
	j := afterClosers(text, i+1, end)
	if j >= end || !isSpaceByte(text[j]) {
		return -1
	}
	k := afterBlanks(text, j, end)
	if k >= end || !opensSentence(text[k:]) {
		return -1
	}
	if text[i] == '.' && isAbbreviation(text[start:i]) {
		return -1
	}
	return j
}

// afterClosers skips, from text[j], the closing quotes and brackets that
// stay with the sentence they end: 'He said "No."' ends after the quote.
func afterClosers(text string, j, end int) int {
	for j < end {
		r, n := utf8.DecodeRuneInString(text[j:])
		if !isCloser(r) {
			break
		}
		j += n
	}
	return j
}

// isCloser reports whether r closes a quotation or a bracket.
func isCloser(r rune) bool {
	return r == '"' || r == '\'' || r == '’' || r == '”' || r == ')'
}

// afterBlanks skips spaces and tabs, not line breaks, from text[k].
func afterBlanks(text string, k, end int) int {
	for k < end && (text[k] == ' ' || text[k] == '\t') {
		k++
	}
	return k
}

// opensSentence reports whether s starts as a sentence does after a stop:
// with a capital ("Noted. The"), a digit ("item 4. 5 members"), an opening
// quote, a list bullet ("agreed. • Next"), or an opening bracket.
func opensSentence(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || isOpener(r)
}

// isOpener reports whether r is an opening quote, the list bullet the
// normaliser writes, or an opening bracket.
func isOpener(r rune) bool {
	return r == '‘' || r == '“' || r == '"' || r == '\'' || r == '•' || r == '('
}

// isAbbreviation reports whether the word before a full stop at the end of
// s is a single initial ("J. Smith") or an abbreviation ("Cllr. Smith",
// "e.g. The").
func isAbbreviation(s string) bool {
	w := wordBeforeStop(s)
	if w == "" {
		return false
	}
	return isInitial(w) || isAbbreviationWord(w)
}

// wordBeforeStop is the run of letters and full stops that ends s: "e.g"
// in "see e.g".
func wordBeforeStop(s string) string {
	i := len(s)
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if !(unicode.IsLetter(r) || r == '.') {
			break
		}
		i -= n
	}
	return s[i:]
}

// isInitial reports whether w is one capital letter: the initial of a
// name, "J. Smith". One small letter ("a.") is neither an initial nor an
// abbreviation.
func isInitial(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && unicode.IsUpper(r)
}

// isAbbreviationWord reports whether w, of more than one letter, is in
// the abbreviations, whatever its case and with a trailing full stop dropped.
func isAbbreviationWord(w string) bool {
	if utf8.RuneCountInString(w) == 1 {
		return false
	}
	return abbreviations[strings.TrimSuffix(strings.ToLower(w), ".")]
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r'
}
