package lex

import "slices"

// Starts are the words a rule can start from, declared beside the rule:
// a scanner tries the rule only at those words. Words are lower case.
type Starts []string

// Words declares a rule's start words.
func Words(ws ...string) Starts { return ws }

// Keys declares every word of a word class as start words.
func Keys[V any](m map[string]V) Starts {
	out := make(Starts, 0, len(m))
	for w := range m {
		out = append(out, w)
	}
	slices.Sort(out)
	return out
}

// Plus is s with the words of more added.
func (s Starts) Plus(more ...Starts) Starts {
	out := slices.Clone(s)
	for _, m := range more {
		out = append(out, m...)
	}
	return out
}

// Index says which rules can start at a word. It is built at start-up
// from the rules' own Starts, never kept by hand, so a rule cannot be
// missing from it: a rule whose word is not declared is never tried, and
// the recogniser's bypass test (every rule tried at every word) fails.
type Index struct {
	table *WordTable[[]int]
	all   []int
	// Bypass makes Rules return every rule for every word: tests set it
	// to show that the index changes no result.
	Bypass bool
}

// NewIndex builds the index of rules 0..len(starts)-1, rule i starting
// from starts[i].
func NewIndex(starts ...Starts) *Index {
	m := map[string][]int{}
	all := make([]int, len(starts))
	for i, s := range starts {
		all[i] = i
		for _, w := range s {
			if l := m[w]; len(l) == 0 || l[len(l)-1] != i {
				m[w] = append(l, i)
			}
		}
	}
	return &Index{table: TableOf(m), all: all}
}

// Rules returns the rules that can start at the lower-case word w, in the
// order they were declared.
func (x *Index) Rules(w string) []int {
	if x.Bypass {
		return x.all
	}
	return x.table.Get(w)
}

// Has tells whether any rule can start at w.
func (x *Index) Has(w string) bool { return len(x.Rules(w)) > 0 }
