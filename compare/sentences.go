package compare

import (
	"strings"
	"unicode"
	"unicode/utf8"

	// Aliased: sentence is this package's type for a sentence of a record.
	sentences "github.com/minutes-tool/minutes/internal/sentence"
)

// sentence is a span of a record's text, in code points, and its words.
type sentence struct {
	start, end int // code points, end exclusive, trimmed of spaces
	text       string
}

// splitSentences cuts a record's text into sentences with the
// extractor's rules (sentences.Spans: full stops not after
// abbreviations or initials, and every line break, since minutes put
// headings, list items and table rows on lines of their own), leaving a
// leading bullet out of each, and counts offsets in code points.
func splitSentences(text string) []sentence {
	spans := sentences.Spans(text)
	out := make([]sentence, 0, len(spans))
	bytePos, runePos := 0, 0
	toRunes := func(b int) int { // spans come in order
		runePos += utf8.RuneCountInString(text[bytePos:b])
		bytePos = b
		return runePos
	}
	for _, sp := range spans {
		s, e := sp[0], sp[1]
		for s < e {
			r, n := utf8.DecodeRuneInString(text[s:])
			if !strings.ContainsRune("•·-* \t", r) {
				break
			}
			s += n
		}
		if s >= e {
			continue
		}
		rs := toRunes(s)
		out = append(out, sentence{start: rs, end: toRunes(e), text: text[s:e]})
	}
	return out
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
