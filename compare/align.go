package compare

import "sort"

// pair is one element of the old meeting matched with one of the new.
type pair struct {
	i, j  int
	score float64
}

// assign pairs old vectors with new ones one-to-one, greedy best-first:
// every candidate at or above threshold is sorted by similarity and taken
// when both sides are still free. adjust, when not nil, may veto a
// candidate (figures of incompatible kinds) by returning ok false, or nudge
// its score to break ties; the threshold applies to the plain cosine.
// Ties break by position so the answer is the same on every run.
func assign(old, new []vector, threshold float64, adjust func(i, j int, s float64) (float64, bool)) []pair {
	var cands []pair
	for i := range old {
		for j := range new {
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
			cands = append(cands, pair{i, j, s})
		}
	}
	sort.SliceStable(cands, func(a, b int) bool {
		if cands[a].score != cands[b].score {
			return cands[a].score > cands[b].score
		}
		if cands[a].i != cands[b].i {
			return cands[a].i < cands[b].i
		}
		return cands[a].j < cands[b].j
	})
	usedOld := make([]bool, len(old))
	usedNew := make([]bool, len(new))
	var out []pair
	for _, c := range cands {
		if usedOld[c.i] || usedNew[c.j] {
			continue
		}
		usedOld[c.i], usedNew[c.j] = true, true
		out = append(out, c)
	}
	sort.Slice(out, func(a, b int) bool { return out[a].i < out[b].i })
	return out
}
