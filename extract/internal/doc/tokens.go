package doc

import (
	"github.com/minutes-tool/minutes/extract/internal/lex"
)

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// TokenKind classifies a token.
type TokenKind uint8

// Token kinds.
const (
	Word   TokenKind = iota // letters, with inner apostrophes or hyphens: "don't", "three-stage"
	Number                  // digits, with inner , or . between digits: "1,366", "2.5"
	Punct                   // any other single character that is not space
)

// Token is a word, number or punctuation mark, with byte offsets into the
// text it came from.
type Token struct {
	Start, End int
	Text       string
	Lower      string // lower-cased Text, for Word tokens
	// Kind stands with the flags, so that a token takes 56 bytes, not 64:
	// a page has one for every five bytes of text or so. A token carries
	// no rule's meaning: each recogniser asks its own tables of Lower.
	Kind TokenKind
	// SpaceBefore is true when white space separates this token from the
	// previous one; NewlineBefore when that space holds a line break.
	// Scanned alone, a block's first token has no previous token;
	// LineStart is true when a line break of the document's text lies
	// before the token, its block's first or not (Document.Tokens sets it).
	SpaceBefore, NewlineBefore, LineStart bool
}

// Tokenize scans text[start:end] into tokens. It is the one scanner the
// table-driven recognisers share; most of them read its tokens through
// Document.Tokens, which scans each block once.
func Tokenize(text string, start, end int) []Token {
	return scanTokens(make([]Token, 0, (end-start)/4+1), text, nil, start, end)
}

// scanTokens is tokenize appending to toks. low, when not nil, holds the
// lowered copies of the ASCII words with capitals: each is written after
// the ones before and sliced from the builder's string, which no later
// write changes, so a page's capitalised words share one growing buffer
// instead of an allocation each. An ASCII word without capitals is its own
// Lower.
func scanTokens(toks []Token, text string, low *strings.Builder, start, end int) []Token {
	space, newline := true, false
	for i := start; i < end; {
		switch text[i] {
		case ' ', '\t', '\n', '\r':
			space = true
			if text[i] == '\n' {
				newline = true
			}
			i++
			continue
		}
		k, j, caps := asciiToken(text, i, end)
		ascii := j != 0 // letters and digits alone, for a word
		if !ascii {
			k, j, ascii = NextToken(text, i, end)
			caps = true // not known: lowered below
		}
		t := text[i:j]
		l := t
		if k == Word && caps {
			if ascii && low != nil {
				l = lowerInto(low, t)
			} else {
				l = lowerASCII(t)
			}
		}
		toks = append(toks, Token{Kind: k, Start: i, End: j, Text: t, Lower: l, SpaceBefore: space, NewlineBefore: newline})
		i = j
		space, newline = false, false
	}
	return toks
}

// lowerInto writes the ASCII word w to b with its capitals lowered and
// returns the copy, a slice of b's string.
func lowerInto(b *strings.Builder, w string) string {
	n := b.Len()
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b.WriteByte(c)
	}
	return b.String()[n:]
}

// MaxTokens is at least the number of tokens scanTokens would append, so
// that a page's tokens get one slice big enough: growing a slice of
// tokens, which hold pointers, cost more than scanning the page twice, and
// this bound costs much less than a second scan. A token can start only at
// a byte that is not white space and that follows white space, a byte
// that is not an ASCII letter or digit, or a digit when it is a letter
// (numbers end there: "5th"); or that is not one itself. Inner
// apostrophes, hyphens and separators, and the bytes of non-ASCII
// characters, count as starts they are not, so the bound runs a little
// over.
func MaxTokens(text string, start, end int) int {
	n := 0
	prev := uint8(byteSpace)
	for i := start; i < end; i++ {
		c := byteClasses[text[i]]
		n += int(startsToken[prev][c])
		prev = c
	}
	return n
}

// The classes of bytes maxTokens tells apart.
const (
	byteSpace  = iota // what the tokenizer skips: ' ', '\t', '\n', '\r'
	byteLetter        // an ASCII letter
	byteDigit         // an ASCII digit
	byteOther         // anything else, non-ASCII bytes included
)

var byteClasses = func() (t [256]uint8) {
	for c := range t {
		switch b := byte(c); {
		case b == ' ' || b == '\t' || b == '\n' || b == '\r':
			t[c] = byteSpace
		case IsASCIILetter(b):
			t[c] = byteLetter
		case b >= '0' && b <= '9':
			t[c] = byteDigit
		default:
			t[c] = byteOther
		}
	}
	return t
}()

// startsToken[p][c] is 1 when a byte of class c after one of class p may
// start a token (maxTokens).
var startsToken = func() (t [4][4]uint8) {
	for p := range t {
		for c := range t[p] {
			alnum := func(k int) bool { return k == byteLetter || k == byteDigit }
			if c != byteSpace && (!alnum(c) || !alnum(p) || p == byteDigit && c == byteLetter) {
				t[p][c] = 1
			}
		}
	}
	return t
}()

// asciiToken is nextToken for the tokens made of ASCII bytes alone and
// ended by an ASCII byte that cannot go on a word, as most of a page's
// are: read off the table of byte classes, without decoding. It returns
// an end of 0 for anything else, which nextToken then reads. caps tells
// whether a word has a capital letter: ASCII letters and digits all have
// bit 0x20 set but the capitals.
func asciiToken(text string, i, end int) (TokenKind, int, bool) {
	switch byteClasses[text[i]] {
	case byteLetter:
		and := text[i]
		j := i + 1
		for j < end {
			if k := byteClasses[text[j]]; k != byteLetter && k != byteDigit {
				break
			}
			and &= text[j]
			j++
		}
		if j < end {
			if c := text[j]; c >= utf8.RuneSelf || c == '\'' || c == '-' {
				return 0, 0, false // a letter or an inner apostrophe may follow
			}
		}
		return Word, j, and&0x20 == 0
	case byteDigit:
		return Number, numberEnd(text, i, end), false
	case byteOther:
		if text[i] < utf8.RuneSelf {
			return Punct, i + 1, false
		}
	}
	return 0, 0, false
}

// NextToken finds the token starting at text[i], which is not white space,
// and returns its kind, its end, and whether it is all ASCII.
func NextToken(text string, i, end int) (TokenKind, int, bool) {
	r, n := utf8.DecodeRuneInString(text[i:])
	switch {
	case r < utf8.RuneSelf && IsASCIILetter(byte(r)) || r >= utf8.RuneSelf && unicode.IsLetter(r):
		j := i + n
		ascii := r < utf8.RuneSelf
		for j < end {
			if c := text[j]; c < utf8.RuneSelf {
				if IsASCIILetter(c) || c >= '0' && c <= '9' {
					j++
					continue
				}
			}
			r2, n2 := utf8.DecodeRuneInString(text[j:])
			if unicode.IsLetter(r2) || unicode.IsDigit(r2) {
				ascii = ascii && r2 < utf8.RuneSelf
				j += n2
				continue
			}
			// Inner apostrophe or hyphen followed by a letter.
			if (r2 == '\'' || r2 == '’' || r2 == '-') && j+n2 < end {
				r3, _ := utf8.DecodeRuneInString(text[j+n2:])
				if unicode.IsLetter(r3) {
					ascii = ascii && r2 < utf8.RuneSelf
					j += n2
					continue
				}
			}
			break
		}
		return Word, j, ascii
	case r >= '0' && r <= '9':
		return Number, numberEnd(text, i, end), true
	}
	return Punct, i + n, r < utf8.RuneSelf
}

// numberEnd is the end of the number whose first digit is text[i]: digits,
// with a comma or a full stop between two digits ("1,366", "2.5").
func numberEnd(text string, i, end int) int {
	j := i + 1
	for j < end {
		c := text[j]
		if c >= '0' && c <= '9' {
			j++
			continue
		}
		if (c == ',' || c == '.') && j+1 < end && text[j+1] >= '0' && text[j+1] <= '9' {
			j += 2
			continue
		}
		break
	}
	return j
}

func IsASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// LowerBytes returns s with ASCII capitals lowered and every other byte
// kept, so that its offsets are s's.
func LowerBytes(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	run := 0 // start of the bytes not yet written
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b.WriteString(s[run:i])
			b.WriteByte(c + 'a' - 'A')
			run = i + 1
		}
	}
	b.WriteString(s[run:])
	return b.String()
}

// lowerASCII lower-cases s, cheaply when it is ASCII.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return lex.Lower(s)
		}
		if c >= 'A' && c <= 'Z' {
			b := []byte(s)
			for k := i; k < len(b); k++ {
				if b[k] >= 'A' && b[k] <= 'Z' {
					b[k] += 'a' - 'A'
				} else if b[k] >= utf8.RuneSelf {
					return lex.Lower(s)
				}
			}
			return string(b)
		}
	}
	return s
}
