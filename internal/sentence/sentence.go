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
// this way (extract.SentenceSpans is Spans over the whole text).
func Spans(text string) [][2]int {
	if out := AppendSpans(nil, text, 0, len(text)); out != nil {
		return out
	}
	return [][2]int{}
}

// AppendSpans appends the sentences of text[start:end] to out, as Spans
// does, with offsets into text. Abbreviations are looked for in
// text[start:i] only: a block is cut on its own, whatever stands before it.
func AppendSpans(out [][2]int, text string, start, end int) [][2]int {
	s := start
	emit := func(e int) {
		for s < e && isSpaceByte(text[s]) {
			s++
		}
		t := e
		for t > s && isSpaceByte(text[t-1]) {
			t--
		}
		if t > s {
			out = append(out, [2]int{s, t})
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
		if !isSpaceByte(text[j]) {
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
		if c == '.' && endsWithAbbreviation(text[start:i]) {
			continue
		}
		emit(j)
	}
	emit(end)
	return out
}

// endsWithAbbreviation reports whether the word before a full stop at the
// end of s is an abbreviation or a single initial ("J. Smith").
func endsWithAbbreviation(s string) bool {
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
	return abbreviations[strings.TrimSuffix(w, ".")]
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r'
}
