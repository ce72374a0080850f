package lex

import (
	"slices"
	"strings"
	"testing"
)

// The data file is the published list as documented in givennames.go:
// lower case, one name a line, deduplicated and sorted.
func TestGivenNamesData(t *testing.T) {
	lines := strings.Split(strings.TrimSuffix(givenNamesData, "\n"), "\n")
	if len(lines) < 8000 {
		t.Fatalf("givennames.txt has %d names, want the whole published list", len(lines))
	}
	if !slices.IsSorted(lines) {
		t.Error("givennames.txt is not sorted")
	}
	for i, l := range lines {
		if l == "" || l != strings.ToLower(strings.TrimSpace(l)) || strings.ContainsAny(l, " \t\r") {
			t.Errorf("line %d %q is not one lower-case name", i+1, l)
		}
		if i > 0 && lines[i-1] == l {
			t.Errorf("line %d %q is repeated", i+1, l)
		}
	}
}

// Every exclusion is a name of the data set (a word that is not in it needs
// no exclusion), and it is applied.
func TestGivenNamesExclusions(t *testing.T) {
	data := map[string]bool{}
	for _, w := range strings.Fields(givenNamesData) {
		data[w] = true
	}
	for w := range notGivenNames {
		if !data[w] {
			t.Errorf("exclusion %q is not in givennames.txt", w)
		}
		if PublishedGivenNames[w] {
			t.Errorf("exclusion %q is still a given name", w)
		}
	}
	for _, w := range []string{"hazel", "john", "mary", "mark", "bill", "will", "april", "june"} {
		if !PublishedGivenNames[w] {
			t.Errorf("%q is not a given name", w)
		}
	}
	for _, w := range []string{"adams", "may", "august", "grant", "chase", "faith", "hope", "lane", "hall", "page", "ward", "sterling", "court", "park"} {
		if PublishedGivenNames[w] {
			t.Errorf("%q, an everyday word, is a given name", w)
		}
	}
}
