package extract

// wordFilter turns away, by its length and its first and last bytes, most
// words that are not in a set, before a map or table is asked: the
// recognisers look up every word of a page, and most are in no table.
// first[c] has bit n set when a word of n bytes in the set starts with
// byte c, last[c] when one ends with it. Words of 32 bytes or more are
// never in a set it filters for.
type wordFilter struct {
	first, last [256]uint32
}

// add puts w in the set; it reports false for a word too long to filter.
func (f *wordFilter) add(w string) bool {
	n := len(w)
	if n == 0 || n >= 32 {
		return false
	}
	f.first[w[0]] |= 1 << n
	f.last[w[n-1]] |= 1 << n
	return true
}

// maybe tells whether w could be in the set.
func (f *wordFilter) maybe(w string) bool {
	n := len(w)
	return n > 0 && n < 32 && f.first[w[0]]&f.last[w[n-1]]&(1<<n) != 0
}

// filterOf is the filter of a table's words; it panics on a word too long
// to filter, which the tables never hold.
func filterOf[V any](words map[string]V) *wordFilter {
	f := &wordFilter{}
	for w := range words {
		if !f.add(w) {
			panic("word too long for a wordFilter: " + w)
		}
	}
	return f
}
