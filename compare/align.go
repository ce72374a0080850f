package compare

import (
	"cmp"
	"slices"
)

// pair is one element of the old meeting matched with one of the new.
type pair struct {
	i, j  int
	score float64
}

// cand is a pair while it is a candidate: smaller, as a long record has
// many.
type cand struct {
	score float64
	i, j  int32
}

// assign pairs old vectors with new ones one-to-one, greedy best-first:
// every candidate at or above threshold is sorted by similarity and taken
// when both sides are still free. adjust, when not nil, may veto a
// candidate (figures of incompatible kinds) by returning ok false, or nudge
// its score to break ties; the threshold applies to the plain cosine.
// Ties break by position so the answer is the same on every run.
//
// Only pairs that share a term can reach the threshold (it is above
// zero), so each old vector is scored against the new ones an inverted
// index finds for it (see maxCandidates), not against all of them.
func assign(old, new []vector, threshold float64, adjust func(i, j int, s float64) (float64, bool)) []pair {
	var cands []cand
	ix := newIndex(new, nil)
	for i := range old {
		for _, j := range ix.candidates(old[i], nil, nil) {
			s := cosine(old[i], new[j])
			if s < threshold {
				continue
			}
			if adjust != nil {
				var ok bool
				if s, ok = adjust(i, j, s); !ok {
					continue
				}
			}
			cands = append(cands, cand{s, int32(i), int32(j)})
		}
	}
	slices.SortFunc(cands, func(a, b cand) int {
		if a.score != b.score {
			return cmp.Compare(b.score, a.score)
		}
		if a.i != b.i {
			return cmp.Compare(a.i, b.i)
		}
		return cmp.Compare(a.j, b.j)
	})
	usedOld := make([]bool, len(old))
	usedNew := make([]bool, len(new))
	var out []pair
	for _, c := range cands {
		if usedOld[c.i] || usedNew[c.j] {
			continue
		}
		usedOld[c.i], usedNew[c.j] = true, true
		out = append(out, pair{int(c.i), int(c.j), c.score})
	}
	slices.SortFunc(out, func(a, b pair) int { return cmp.Compare(a.i, b.i) })
	return out
}
