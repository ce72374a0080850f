package lex

// WordFilter turns away, by its length and its first and last bytes, most
// words that are not in a set, before a map or table is asked: the
// recognisers look up every word of a page, and most are in no table.
// first[c] has bit n set when a word of n bytes in the set starts with
// byte c, last[c] when one ends with it. Words of 32 bytes or more are
// never in a set it filters for.
type WordFilter struct {
	first, Last [256]uint32
}

// Add puts w in the set; it reports false for a word too long to filter.
func (f *WordFilter) Add(w string) bool {
	n := len(w)
	if n == 0 || n >= 32 {
		return false
	}
	f.first[w[0]] |= 1 << n
	f.Last[w[n-1]] |= 1 << n
	return true
}

// maybe tells whether w could be in the set.
func (f *WordFilter) maybe(w string) bool {
	n := len(w)
	return n > 0 && n < 32 && f.first[w[0]]&f.Last[w[n-1]]&(1<<n) != 0
}

// FilterOf is the filter of a table's words; it panics on a word too long
// to filter, which the tables never hold.
func FilterOf[V any](words map[string]V) *WordFilter {
	f := &WordFilter{}
	for w := range words {
		if !f.Add(w) {
			panic("word too long for a wordFilter: " + w)
		}
	}
	return f
}

// WordTable is a map from words to V as an open-addressed hash table
// whose hash reads four bytes of a word, behind a wordFilter: the
// recognisers ask their tables about every word of a page, most words are
// in none, and a miss then costs two table reads, not a map's hash of the
// whole string. Its words are not empty and shorter than 32 bytes.
type WordTable[V any] struct {
	keys []string
	vals []V
	mask uint32
	WordFilter
}

// TableOf makes the table of m; it panics on a word it cannot hold, which
// the tables never have.
func TableOf[V any](m map[string]V) *WordTable[V] {
	n := 1
	for n < 8*len(m) {
		n *= 2
	}
	t := &WordTable[V]{keys: make([]string, n), vals: make([]V, n), mask: uint32(n - 1)}
	for w, v := range m {
		if !t.Add(w) {
			panic("word too long or empty for a wordTable: " + w)
		}
		i := wordHash(w) & t.mask
		for t.keys[i] != "" {
			i = (i + 1) & t.mask
		}
		t.keys[i], t.vals[i] = w, v
	}
	return t
}

// wordHash hashes a word that is not empty by its length and three of its
// bytes.
func wordHash(w string) uint32 {
	n := len(w)
	h := uint32(n) | uint32(w[0])<<8 | uint32(w[n-1])<<16 | uint32(w[n/2])<<24
	h *= 0x9e3779b1
	return h ^ h>>16
}

// Get returns the value of w, V's zero value for a word not in the table,
// as m[w] would.
func (t *WordTable[V]) Get(w string) V {
	v, _ := t.Lookup(w)
	return v
}

// Lookup returns the value of w and whether it is in the table, as
// v, ok := m[w] would.
func (t *WordTable[V]) Lookup(w string) (V, bool) {
	if !t.maybe(w) {
		var zero V
		return zero, false
	}
	return t.find(w)
}

// find is lookup for a word the filter let through.
func (t *WordTable[V]) find(w string) (V, bool) {
	for i := wordHash(w) & t.mask; ; i = (i + 1) & t.mask {
		switch t.keys[i] {
		case w:
			return t.vals[i], true
		case "":
			var zero V
			return zero, false
		}
	}
}
