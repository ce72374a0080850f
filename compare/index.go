package compare

import (
	"slices"
)

// maxCandidates bounds how many elements or sentences of the other
// meeting one element is scored against. Scoring every pair made diff
// quadratic: two 1 MB documents took seconds, 5 MB minutes (#17). Only
// those sharing a term with it can score above zero, and an inverted index
// finds them; but in a long document the words of council business are
// shared by thousands of sentences, and a document that repeats its items
// (a year of meetings in one file) shares even its rare words with every
// copy. So candidates are gathered rarest term first, and no more than
// maxCandidates of them: the pairs that matter share the words that are
// rare. The seed meetings never gather more than 74; the longest meetings
// of the test corpus gather up to a thousand, and every diff and track of
// them is the same with the bound as without it (TestCandidateBound).
// It is a variable only so that the test can lift it.
var maxCandidates = 128

// stepsPerCandidate bounds the posting entries one search walks,
// candidates or not, as a multiple of maxCandidates.
const stepsPerCandidate = 8

// index is an inverted index from term id to the vectors holding it, in
// order.
type index struct {
	post  [][]int32 // by term id: indices of the vectors holding it, ascending
	seen  []uint32  // by vector: the search that last met it
	stamp uint32
	order []entry // the search's terms, reused
	out   []int   // the search's candidates, reused
}

// newIndex indexes vs, each by the terms keep accepts (all when keep is
// nil).
func newIndex(vs []vector, keep func(e entry) bool) *index {
	ix := &index{seen: make([]uint32, len(vs))}
	for j, v := range vs {
		for _, e := range v {
			if keep != nil && !keep(e) {
				continue
			}
			for int(e.id) >= len(ix.post) {
				ix.post = append(ix.post, nil)
			}
			ix.post[e.id] = append(ix.post[e.id], int32(j))
		}
	}
	return ix
}

// candidates returns the indexed vectors that share a term with q that
// use accepts (all when use is nil) and that ok accepts (all when ok is
// nil): at most maxCandidates, gathered from q's heaviest (rarest) terms
// first, in the order gathered. The slice is the index's own, good until
// the next search.
func (ix *index) candidates(q vector, use func(e entry) bool, ok func(j int) bool) []int {
	ix.stamp++
	if ix.stamp == 0 { // wrapped: forget every earlier search
		clear(ix.seen)
		ix.stamp = 1
	}
	order := ix.order[:0]
	for _, e := range q {
		if int(e.id) < len(ix.post) && len(ix.post[e.id]) > 0 && (use == nil || use(e)) {
			order = append(order, e)
		}
	}
	slices.SortFunc(order, func(a, b entry) int {
		switch {
		case a.w > b.w:
			return -1
		case a.w < b.w:
			return 1
		}
		return int(a.id - b.id)
	})
	ix.order = order
	out := ix.out[:0]
	steps, maxSteps := 0, stepsPerCandidate*maxCandidates
search:
	for _, e := range order {
		for _, j := range ix.post[e.id] {
			if steps++; steps > maxSteps {
				break search
			}
			if ix.seen[j] == ix.stamp {
				continue
			}
			ix.seen[j] = ix.stamp
			if ok != nil && !ok(int(j)) {
				continue
			}
			out = append(out, int(j))
			if len(out) >= maxCandidates {
				break search
			}
		}
	}
	ix.out = out
	return out
}
