package lex

import (
	"slices"
	"testing"
)

func TestIndex(t *testing.T) {
	x := NewIndex(Words("will", "shall"), Keys(map[string]bool{"agreed": true, "will": true}), Words("to").Plus(Words("be")))
	for _, c := range []struct {
		word string
		want []int
	}{
		{"will", []int{0, 1}},
		{"shall", []int{0}},
		{"agreed", []int{1}},
		{"be", []int{2}},
		{"to", []int{2}},
		{"council", nil},
	} {
		if got := x.Rules(c.word); !slices.Equal(got, c.want) {
			t.Errorf("Rules(%q) = %v, want %v", c.word, got, c.want)
		}
	}
	x.Bypass = true
	if got := x.Rules("council"); !slices.Equal(got, []int{0, 1, 2}) {
		t.Errorf("bypassed Rules = %v, want every rule", got)
	}
}
