package compare

import (
	"strings"
	"unicode"
)

// sentence is a span of a record's text, in code points, and its words.
type sentence struct {
	start, end int // code points, end exclusive, trimmed of spaces
	text       string
}

// abbreviations end in a full stop without ending the sentence.
var abbreviations = map[string]bool{
	"eg": true, "e.g": true, "ie": true, "i.e": true, "etc": true, "no": true,
	"cllr": true, "dr": true, "mr": true, "mrs": true, "ms": true, "st": true,
	"vs": true, "cf": true, "approx": true, "inc": true, "ltd": true,
}

// splitSentences cuts text into sentences: at ., ! or ? followed by a
// space and not after a known abbreviation, and at every line break, since
// minutes put headings, list items and table rows on lines of their own.
// It is kept apart from the extractor's segmenter on purpose: a record is
// all this package gets, and records may come from other extractors.
func splitSentences(text string) []sentence {
	rs := []rune(text)
	var out []sentence
	start := 0
	emit := func(end int) {
		s, e := start, end
		for s < e && (unicode.IsSpace(rs[s]) || rs[s] == '•' || rs[s] == '-' || rs[s] == '*') {
			s++
		}
		for e > s && unicode.IsSpace(rs[e-1]) {
			e--
		}
		if e > s {
			out = append(out, sentence{start: s, end: e, text: string(rs[s:e])})
		}
		start = end
	}
	for i, r := range rs {
		switch {
		case r == '\n':
			emit(i + 1)
		case r == '.' || r == '!' || r == '?':
			if i+1 < len(rs) && !unicode.IsSpace(rs[i+1]) {
				continue
			}
			if r == '.' && abbreviations[strings.ToLower(lastWord(rs[start:i]))] {
				continue
			}
			emit(i + 1)
		}
	}
	emit(len(rs))
	return out
}

func lastWord(rs []rune) string {
	i := len(rs)
	for i > 0 && (unicode.IsLetter(rs[i-1]) || rs[i-1] == '.') {
		i--
	}
	return string(rs[i:])
}

// sentenceAt returns the index of the sentence holding code point p, or -1.
func sentenceAt(ss []sentence, p int) int {
	lo, hi := 0, len(ss)
	for lo < hi {
		m := (lo + hi) / 2
		if ss[m].end <= p {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(ss) && ss[lo].start <= p {
		return lo
	}
	return -1
}

// slice returns text[start:end] in code points, clamped, so that a record
// with spans out of range (a hand-edited one) cannot panic the comparison.
func slice(rs []rune, start, end int) string {
	if start < 0 {
		start = 0
	}
	if end > len(rs) {
		end = len(rs)
	}
	if start >= end {
		return ""
	}
	return string(rs[start:end])
}

// clauses cuts a sentence at commas, semicolons, colons and dashes.
// Minutes pack several facts into one sentence ("following a meeting of
// the JCCCG on 31 January, the consultation was launched on 2 February"),
// and a long sentence's words dilute the one clause that answers a
// commitment. Clauses of fewer than minClauseTerms content words are
// left out: a bare "the consultation" would match any consultation.
func clauses(text []rune, se sentence) []sentence {
	const minClauseTerms = 4
	rs := text[se.start:se.end]
	var out []sentence
	start := 0
	cut := func(end int) {
		s, e := start, end
		for s < e && (unicode.IsSpace(rs[s]) || unicode.IsPunct(rs[s])) {
			s++
		}
		for e > s && (unicode.IsSpace(rs[e-1]) || unicode.IsPunct(rs[e-1])) {
			e--
		}
		if e > s && !(s == 0 && e >= len(rs)-1) {
			t := string(rs[s:e])
			if len(terms(t)) >= minClauseTerms {
				out = append(out, sentence{start: se.start + s, end: se.start + e, text: t})
			}
		}
		start = end + 1
	}
	for i, r := range rs {
		if r == ',' || r == ';' || r == ':' || r == '–' || r == '—' {
			cut(i)
		}
	}
	if start > 0 {
		cut(len(rs))
	}
	return out
}
