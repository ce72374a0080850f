package lex

import "strings"

// phraseTrie looks up phrases of words one token at a time: the words of
// "apologies for absence were received from" are a path from the root, so a
// scan asks one map per word and builds no string. Most tokens end the walk
// at the root.
type phraseTrie struct {
	next  map[string]*phraseTrie
	Value string
	Ok    bool // a phrase ends here
}

// NewPhraseTrie builds a trie from phrases of lower-case words separated by
// single spaces, each with its value.
func NewPhraseTrie(phrases map[string]string) *phraseTrie {
	root := &phraseTrie{}
	for p, v := range phrases {
		n := root
		for _, w := range strings.Split(p, " ") {
			c := n.next[w]
			if c == nil {
				if n.next == nil {
					n.next = map[string]*phraseTrie{}
				}
				c = &phraseTrie{}
				n.next[w] = c
			}
			n = c
		}
		n.Value, n.Ok = v, true
	}
	return root
}

// Child is the node after word w, or nil.
func (n *phraseTrie) Child(w string) *phraseTrie {
	if n == nil {
		return nil
	}
	return n.next[w]
}
