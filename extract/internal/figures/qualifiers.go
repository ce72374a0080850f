package figures

import (
	"github.com/minutes-tool/minutes/extract/internal/doc"
)

// qualifier is what the words before a figure say about it: that it is
// approximate, or a bound.
type qualifier struct {
	approx bool
	bound  string // "max", "min" or ""
}

// qualifierPhrase is one entry of the qualifier table: the words, lower
// case, as tokens (a full stop is its own token).
type qualifierPhrase struct {
	words []string
	q     qualifier
}

// qualifierPhrases are the words that make a figure approximate or a
// bound. Longer phrases come first so that "a little over" wins over
// "over" and "no more than" over "more than".
var qualifierPhrases = []qualifierPhrase{
	{[]string{"a", "little", "over"}, qualifier{approx: true}},
	{[]string{"a", "little", "more", "than"}, qualifier{approx: true}},
	{[]string{"a", "bit", "over"}, qualifier{approx: true}},
	{[]string{"a", "maximum", "of"}, qualifier{bound: "max"}},
	{[]string{"a", "minimum", "of"}, qualifier{bound: "min"}},
	{[]string{"no", "more", "than"}, qualifier{bound: "max"}},
	{[]string{"not", "more", "than"}, qualifier{bound: "max"}},
	{[]string{"no", "less", "than"}, qualifier{bound: "min"}},
	{[]string{"not", "less", "than"}, qualifier{bound: "min"}},
	{[]string{"no", "fewer", "than"}, qualifier{bound: "min"}},
	{[]string{"in", "excess", "of"}, qualifier{bound: "min"}},
	{[]string{"upwards", "of"}, qualifier{bound: "min"}},
	{[]string{"maximum", "of"}, qualifier{bound: "max"}},
	{[]string{"minimum", "of"}, qualifier{bound: "min"}},
	{[]string{"up", "to"}, qualifier{bound: "max"}},
	{[]string{"at", "most"}, qualifier{bound: "max"}},
	{[]string{"at", "least"}, qualifier{bound: "min"}},
	{[]string{"just", "over"}, qualifier{bound: "min"}},
	{[]string{"just", "under"}, qualifier{bound: "max"}},
	{[]string{"more", "than"}, qualifier{bound: "min"}},
	{[]string{"fewer", "than"}, qualifier{bound: "max"}},
	{[]string{"less", "than"}, qualifier{bound: "max"}},
	{[]string{"an", "estimated"}, qualifier{approx: true}},
	{[]string{"approx", "."}, qualifier{approx: true}},
	{[]string{"ca", "."}, qualifier{approx: true}},
	{[]string{"c", "."}, qualifier{approx: true}},
	{[]string{"over"}, qualifier{bound: "min"}},
	{[]string{"above"}, qualifier{bound: "min"}},
	{[]string{"exceeding"}, qualifier{bound: "min"}},
	{[]string{"under"}, qualifier{bound: "max"}},
	{[]string{"below"}, qualifier{bound: "max"}},
	{[]string{"almost"}, qualifier{bound: "max"}},
	{[]string{"maximum"}, qualifier{bound: "max"}},
	{[]string{"max"}, qualifier{bound: "max"}},
	{[]string{"minimum"}, qualifier{bound: "min"}},
	{[]string{"min"}, qualifier{bound: "min"}},
	{[]string{"nearly"}, qualifier{approx: true}},
	{[]string{"about"}, qualifier{approx: true}},
	{[]string{"around"}, qualifier{approx: true}},
	{[]string{"approximately"}, qualifier{approx: true}},
	{[]string{"approx"}, qualifier{approx: true}},
	{[]string{"roughly"}, qualifier{approx: true}},
	{[]string{"circa"}, qualifier{approx: true}},
	{[]string{"some"}, qualifier{approx: true}},
	{[]string{"estimated"}, qualifier{approx: true}},
	{[]string{"ca"}, qualifier{approx: true}},
	{[]string{"c"}, qualifier{approx: true}},
}

// QualifiersByLast indexes the table by each phrase's last word, longest
// first, so that most tokens cost one map look-up.
var QualifiersByLast = func() map[string][]qualifierPhrase {
	m := map[string][]qualifierPhrase{}
	for _, p := range qualifierPhrases {
		last := p.words[len(p.words)-1]
		m[last] = append(m[last], p)
	}
	return m
}()

// qualifierBefore matches the qualifier table against the tokens that end
// just before token k. It returns the qualifier, the first token of the
// phrase, and whether that phrase is the clerk's glued shorthand ("c.300")
// that belongs in the figure's own text.
func qualifierBefore(toks []doc.Token, k int) (q qualifier, first int, glued bool, ok bool) {
	if k == 0 {
		return qualifier{}, k, false, false
	}
	for _, p := range QualifiersByLastTable.Get(toks[k-1].Lower) {
		n := len(p.words)
		if k-n < 0 {
			continue
		}
		match := true
		for m := 0; m < n; m++ {
			if toks[k-n+m].Lower != p.words[m] {
				match = false
				break
			}
		}
		if !match {
			continue
		}
		first = k - n
		if slashed(toks, first) {
			return qualifier{}, k, false, false // the "c" of "A/C": an account
		}
		w := p.words[0]
		glued = (w == "c" || w == "ca") && !toks[k].SpaceBefore
		return p.q, first, glued, true
	}
	return qualifier{}, k, false, false
}

// slashed tells whether token k is glued after a slash, as the "C" of
// "A/C" is: part of an abbreviation, not a word of its own.
func slashed(toks []doc.Token, k int) bool {
	return k > 0 && toks[k-1].Text == "/" && !toks[k].SpaceBefore
}
