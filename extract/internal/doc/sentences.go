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

func appendSentences(out []Sentence, text string, start, end, block int) []Sentence {
	s := start
	emit := func(e int) {
		// trim
		for s < e && IsSpaceByte(text[s]) {
			s++
		}
		t := e
		for t > s && IsSpaceByte(text[t-1]) {
			t--
		}
		if t > s {
			out = append(out, Sentence{Start: s, End: t, Block: block})
		}
		s = e
	}
	for i := start; i < end; i++ {
		c := text[i]
		if c == '\n' {
			emit(i)
			continue
		}
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		// Closing quotes and brackets stay with the sentence they end.
		j := i + 1
		for j < end {
			r, n := utf8.DecodeRuneInString(text[j:])
			if r == '"' || r == '\'' || r == '’' || r == '”' || r == ')' {
				j += n
				continue
			}
			break
		}
		if j >= end {
			continue
		}
		if !IsSpaceByte(text[j]) {
			continue
		}
		k := j
		for k < end && (text[k] == ' ' || text[k] == '\t') {
			k++
		}
		if k >= end {
			continue
		}
		r, _ := utf8.DecodeRuneInString(text[k:])
		if !(unicode.IsUpper(r) || unicode.IsDigit(r) || r == '‘' || r == '“' || r == '"' || r == '\'' || r == '•' || r == '(') {
			continue
		}
		if c == '.' && isAbbreviation(text[start:i]) {
			continue
		}
		emit(j)
	}
	emit(end)
	return out
}

// isAbbreviation reports whether the word before a full stop at the end of
// s is an abbreviation or a single initial ("J. Smith").
func isAbbreviation(s string) bool {
	i := len(s)
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if !(unicode.IsLetter(r) || r == '.') {
			break
		}
		i -= n
	}
	w := strings.ToLower(s[i:])
	if w == "" {
		return false
	}
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(s[i:])
		return unicode.IsUpper(r) // an initial
	}
	return Abbreviations[strings.TrimSuffix(w, ".")]
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
