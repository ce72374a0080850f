package compare

import (
	"math"
	"sort"
)

// vector is a TF-IDF weighted bag of terms, L2-normalised so that the dot
// product of two vectors is their cosine similarity.
type vector map[string]float64

// model holds the inverse document frequencies of one comparison.
type model struct {
	df map[string]int
	n  int
}

// newModel counts document frequencies over docs, each a list of terms.
func newModel(docs [][]string) *model {
	m := &model{df: map[string]int{}, n: len(docs)}
	for _, d := range docs {
		seen := map[string]bool{}
		for _, t := range d {
			if !seen[t] {
				seen[t] = true
				m.df[t]++
			}
		}
	}
	return m
}

// idf is smoothed (as scikit-learn's) so that a term found in every
// document still counts a little and an unseen term counts most.
func (m *model) idf(t string) float64 {
	return math.Log(float64(m.n+1)/float64(m.df[t]+1)) + 1
}

// vector weights terms by sublinear frequency (1 + ln tf) times IDF and
// normalises. Sublinear, because a sentence that says "consultation"
// three times is not three times as much about consultation, and a
// repeated word should not pair two different consultations by itself.
func (m *model) vector(terms []string) vector {
	v := vector{}
	for _, t := range terms {
		v[t]++
	}
	var norm float64
	for t, tf := range v {
		w := (1 + math.Log(tf)) * m.idf(t)
		v[t] = w
		norm += w * w
	}
	if norm == 0 {
		return v
	}
	norm = math.Sqrt(norm)
	for t := range v {
		v[t] /= norm
	}
	return v
}

// cosine is the similarity of two normalised vectors, 0 to 1.
func cosine(a, b vector) float64 {
	if len(b) < len(a) {
		a, b = b, a
	}
	var s float64
	for t, w := range a {
		s += w * b[t]
	}
	return s
}

// topTerms returns the n heaviest terms that both vectors share (or all of
// a's when b is nil), heaviest first, ties by name for stable output.
func topTerms(a, b vector, n int) []string {
	type tw struct {
		t string
		w float64
	}
	var all []tw
	for t, w := range a {
		if b != nil {
			if b[t] == 0 {
				continue
			}
			w *= b[t]
		}
		all = append(all, tw{t, w})
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].w != all[j].w {
			return all[i].w > all[j].w
		}
		return all[i].t < all[j].t
	})
	var out []string
	for i := 0; i < len(all) && i < n; i++ {
		out = append(out, all[i].t)
	}
	return out
}

// shared counts the terms two vectors have in common.
func shared(a, b vector) int {
	if len(b) < len(a) {
		a, b = b, a
	}
	n := 0
	for t := range a {
		if _, ok := b[t]; ok && !weakTerms[t] {
			n++
		}
	}
	return n
}

// weakTerms are the words of council business that any two sentences of
// one body's minutes may share ("Councillors", "the Council", "held",
// "work"): they still weigh in the cosine, but they do not count towards
// minShared, so they cannot make a topic on their own.
var weakTerms = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range terms("council councils councillor councillors community communities clerk chair chairperson " +
		"work worked held hold thanked thanks arrangements issue issues discussed agreed noted previous previously " +
		"circulated councillors' local") {
		m[w] = true
	}
	return m
}()

// minShared is the fewest terms two elements must share to be one topic:
// one word in common ("Councillors", "work") is a coincidence however rare
// the word, two make a subject.
const minShared = 2
