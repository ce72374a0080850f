package doc

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Abbreviations end with a full stop that does not end a sentence.
var Abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "cllr": true, "cllrs": true, "prof": true,
	"no": true, "nos": true, "st": true, "e.g": true, "i.e": true, "eg": true, "ie": true,
	"etc": true, "vs": true, "v": true, "approx": true, "c": true, "co": true, "ltd": true,
	"inc": true, "a.m": true, "p.m": true, "cf": true, "rev": true, "hon": true, "jr": true,
	"sr": true, "fig": true, "para": true, "ref": true, "dept": true, "govt": true, "mt": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "cou": true,
}

// SplitSentences cuts every block into sentences: at . ! or ? followed by
// space and a capital, digit or opening quote, except after abbreviations
// and initials; at a line break inside a block when the line is complete.
func SplitSentences(d *Document) []Sentence {
	var out []Sentence
	for bi, b := range d.Blocks {
		out = appendSentences(out, d.Text, b.Start, b.End, bi)
	}
	return out
}

// appendSentences appends the sentences of text[start:end], one block, to
// out. A sentence ends at every line break, and at a full stop, question or
// exclamation mark that ends one (sentenceStopEnd).
func appendSentences(out []Sentence, text string, start, end, block int) []Sentence {
	s := start // where the current sentence starts
	// Tests, not a switch over the byte: the switch made the split, a
	// pass over every byte of the page, half as slow again.
	for i := start; i < end; i++ {
		c := text[i]
		if c == '\n' {
			out, s = appendTrimmed(out, text, s, i, block), i
			continue
		}
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		if e := sentenceStopEnd(text, start, end, i); e >= 0 {
			out, s = appendTrimmed(out, text, s, e, block), e
		}
	}
	return appendTrimmed(out, text, s, end, block)
}

// appendTrimmed appends text[s:e], trimmed of white space, as a sentence
// of the block, unless nothing is left of it.
func appendTrimmed(out []Sentence, text string, s, e, block int) []Sentence {
	for s < e && IsSpaceByte(text[s]) {
		s++
	}
	for e > s && IsSpaceByte(text[e-1]) {
		e--
	}
	if e > s {
		out = append(out, Sentence{Start: s, End: e, Block: block})
	}
	return out
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
	if j >= end || !IsSpaceByte(text[j]) {
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
// Abbreviations, whatever its case and with a trailing full stop dropped.
func isAbbreviationWord(w string) bool {
	if utf8.RuneCountInString(w) == 1 {
		return false
	}
	return Abbreviations[strings.TrimSuffix(strings.ToLower(w), ".")]
}

func IsSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r'
}

// SentenceSpans cuts any text into sentences by the same rules the
// extractor uses (full stops not after abbreviations or initials, and every
// line break), as byte offsets [start, end) trimmed of white space. The
// comparing package splits records' texts with it, so both halves of the
// tool agree on what a sentence is.
func SentenceSpans(text string) [][2]int {
	ss := appendSentences(nil, text, 0, len(text), 0)
	out := make([][2]int, len(ss))
	for i, s := range ss {
		out[i] = [2]int{s.Start, s.End}
	}
	return out
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
