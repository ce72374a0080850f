package compare

import (
	"math"
	"sort"
)

// vector is a TF-IDF weighted bag of terms, L2-normalised so that the dot
// product of two vectors is their cosine similarity. Its entries are
// sorted by term id, and every sum over them runs in that order: a map's
// order changes from run to run, and with it the last bit of a sum, which
// made tied scores differ between runs and the position tie-breaks never
// fire (#17).
type vector []entry

// entry is one term of a vector and its weight.
type entry struct {
	id   int32 // the term's id in the model: its place in sorted order
	w    float64
	term string
}

// model holds the inverse document frequencies of one comparison, and
// numbers the terms.
type model struct {
	ids map[string]int32
	df  []int // by id
	n   int
}

// newModel counts document frequencies over docs, each a list of terms.
// Terms are numbered in sorted order, so that ids, and with them every
// sum, do not depend on which record is old and which new.
func newModel(docs [][]string) *model {
	df := map[string]int{}
	seen := map[string]int{}
	for k, d := range docs {
		for _, t := range d {
			if last, ok := seen[t]; !ok || last != k {
				seen[t] = k
				df[t]++
			}
		}
	}
	names := make([]string, 0, len(df))
	for t := range df {
		names = append(names, t)
	}
	sort.Strings(names)
	m := &model{ids: make(map[string]int32, len(names)), df: make([]int, len(names)), n: len(docs)}
	for i, t := range names {
		m.ids[t] = int32(i)
		m.df[i] = df[t]
	}
	return m
}

// id numbers a term; one no document holds gets the next free id.
func (m *model) id(t string) int32 {
	if id, ok := m.ids[t]; ok {
		return id
	}
	id := int32(len(m.df))
	m.ids[t] = id
	m.df = append(m.df, 0)
	return id
}

// idf is smoothed (as scikit-learn's) so that a term found in every
// document still counts a little and an unseen term counts most.
func (m *model) idf(id int32) float64 {
	return math.Log(float64(m.n+1)/float64(m.df[id]+1)) + 1
}

// vector weights terms by sublinear frequency (1 + ln tf) times IDF and
// normalises. Sublinear, because a sentence that says "consultation"
// three times is not three times as much about consultation, and a
// repeated word should not pair two different consultations by itself.
// It is never nil, even with no terms.
func (m *model) vector(terms []string) vector {
	all := make(vector, len(terms))
	for i, t := range terms {
		all[i] = entry{id: m.id(t), term: t}
	}
	sort.Slice(all, func(a, b int) bool { return all[a].id < all[b].id })
	v := all[:0]
	for i := 0; i < len(all); {
		k := i + 1
		for k < len(all) && all[k].id == all[i].id {
			k++
		}
		e := all[i]
		e.w = (1 + math.Log(float64(k-i))) * m.idf(e.id)
		v = append(v, e)
		i = k
	}
	var norm float64
	for _, e := range v {
		norm += e.w * e.w
	}
	if norm == 0 {
		return v
	}
	norm = math.Sqrt(norm)
	for i := range v {
		v[i].w /= norm
	}
	return v
}

// cosine is the similarity of two normalised vectors, 0 to 1: the sum of
// the products of shared terms' weights, in term id order.
func cosine(a, b vector) float64 {
	var s float64
	eachShared(a, b, func(i, j int) { s += a[i].w * b[j].w })
	return s
}

// eachShared calls f with the positions in a and b of every term the two
// vectors share, in term id order: the order a sum must take to give the
// same bits every run.
func eachShared(a, b vector, f func(i, j int)) {
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i].id < b[j].id:
			i++
		case a[i].id > b[j].id:
			j++
		default:
			f(i, j)
			i++
			j++
		}
	}
}

// weight is the weight of term id in v, 0 when v lacks it.
func (v vector) weight(id int32) float64 {
	k := sort.Search(len(v), func(k int) bool { return v[k].id >= id })
	if k < len(v) && v[k].id == id {
		return v[k].w
	}
	return 0
}

// topTerms returns the n heaviest terms that both vectors share (or all of
// a's when b is nil), heaviest first, ties by name for stable output.
func topTerms(a, b vector, n int) []string {
	type tw struct {
		t string
		w float64
	}
	var all []tw
	for _, e := range a {
		w := e.w
		if b != nil {
			bw := b.weight(e.id)
			if bw == 0 {
				continue
			}
			w *= bw
		}
		all = append(all, tw{e.term, w})
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
	n := 0
	eachShared(a, b, func(i, _ int) {
		if !weakTerms[a[i].term] {
			n++
		}
	})
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
