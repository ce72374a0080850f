// Package phrase is the one matcher of word phrases the recognisers
// share: decision phrases ("permission was granted"), motion wording
// ("seconded by") and commitment frames ("due to", "request was made")
// are all written as patterns and read by it, so a phrase is one line of
// a rule table, never a chain of word comparisons.
package phrase

import (
	"slices"
	"strings"

	"github.com/minutes-tool/minutes/extract/internal/doc"
	"github.com/minutes-tool/minutes/extract/internal/lex"
)

// Pattern is a run of words, each slot holding the lower-case words it
// accepts. The word a rule starts from is in slots[At]: a phrase may
// begin before it ("the record will [note]").
type Pattern struct {
	Slots [][]string
	At    int
}

// Parse reads patterns written as words with "|" between the words one
// slot accepts; the slot in brackets is the one the rule starts from, the
// first one when none is: "permission|approval was given|granted",
// "the record will [note]". It panics on an empty pattern or slot, which
// only a rule table could hold.
func Parse(pats ...string) []Pattern {
	out := make([]Pattern, len(pats))
	for k, pat := range pats {
		var p Pattern
		for i, f := range strings.Fields(pat) {
			if strings.HasPrefix(f, "[") && strings.HasSuffix(f, "]") {
				f, p.At = f[1:len(f)-1], i
			}
			slot := strings.Split(f, "|")
			if slices.Contains(slot, "") {
				panic("phrase: empty word in " + pat)
			}
			p.Slots = append(p.Slots, slot)
		}
		if len(p.Slots) == 0 {
			panic("phrase: empty pattern")
		}
		out[k] = p
	}
	return out
}

// MatchAt tells whether the pattern is in toks with its start slot at
// toks[i].
func (p Pattern) MatchAt(toks []doc.Token, i int) bool {
	from := i - p.At
	if from < 0 || from+len(p.Slots) > len(toks) {
		return false
	}
	for k, slot := range p.Slots {
		if !slices.Contains(slot, toks[from+k].Lower) {
			return false
		}
	}
	return true
}

// AnyAt tells whether any of the patterns matches with its start slot at
// toks[i].
func AnyAt(ps []Pattern, toks []doc.Token, i int) bool {
	for _, p := range ps {
		if p.MatchAt(toks, i) {
			return true
		}
	}
	return false
}

// Starts are the words of the patterns' start slots: the words a rule
// made of them can start from.
func Starts(ps []Pattern) lex.Starts {
	var out lex.Starts
	for _, p := range ps {
		for _, w := range p.Slots[p.At] {
			if !slices.Contains(out, w) {
				out = append(out, w)
			}
		}
	}
	return out
}
