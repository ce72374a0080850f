package extract

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestWordTables holds every wordTable to the map it is made from: each
// word's value, and no value for the words of the testdata and for near
// misses that are in neither.
func TestWordTables(t *testing.T) {
	seen := map[string]bool{}
	files, _ := filepath.Glob("../testdata/*/*.*")
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, tok := range tokenize(string(data), 0, len(data)) {
			seen[tok.Lower], seen[tok.Text] = true, true
		}
	}
	words := []string{"", strings.Repeat("a", 40)}
	for w := range seen {
		words = append(words, w)
	}
	checkTable(t, words, "badSuffixes", badSuffixes, badSuffixesTable)
	checkTable(t, words, "currencyCodes", currencyCodes, currencyCodesTable)
	checkTable(t, words, "currencySymbols", currencySymbols, currencySymbolsTable)
	checkTable(t, words, "currencyWords", currencyWords, currencyWordsTable)
	checkTable(t, words, "durationAdjectives", durationAdjectives, durationAdjectivesTable)
	checkTable(t, words, "durationUnits", durationUnits, durationUnitsTable)
	checkTable(t, words, "fractions", fractions, fractionsTable)
	checkTable(t, words, "gluedOK", gluedOK, gluedOKTable)
	checkTable(t, words, "labelJoiners", labelJoiners, labelJoinersTable)
	checkTable(t, words, "labelWords", labelWords, labelWordsTable)
	checkTable(t, words, "moneyScales", moneyScales, moneyScalesTable)
	checkTable(t, words, "monthNames", monthNames, monthNamesTable)
	checkTable(t, words, "nameOpeners", nameOpeners, nameOpenersTable)
	checkTable(t, words, "nounStop", nounStop, nounStopTable)
	checkTable(t, words, "notNames", notNames, notNamesTable)
	checkTable(t, words, "numberStarts", numberStarts, numberStartsTable)
	checkTable(t, words, "numberWords", numberWords, numberWordsTable)
	checkTable(t, words, "oneNext", oneNext, oneNextTable)
	checkTable(t, words, "onePrev", onePrev, onePrevTable)
	checkTable(t, words, "ordinalWords", ordinalWords, ordinalWordsTable)
	checkTable(t, words, "partNames", partNames, partNamesTable)
	checkTable(t, words, "prepositions", prepositions, prepositionsTable)
	checkTable(t, words, "qualifiersByLast", qualifiersByLast, qualifiersByLastTable)
	checkTable(t, words, "rangeJoiners", rangeJoiners, rangeJoinersTable)
	checkTable(t, words, "seasonNames", seasonNames, seasonNamesTable)
	checkTable(t, words, "timeWords", timeWords, timeWordsTable)
	checkTable(t, words, "vagueScales", vagueScales, vagueScalesTable)
	checkTable(t, words, "weekdayNames", weekdayNames, weekdayNamesTable)
	checkTable(t, words, "cues", cueMap(), cueWords)
}

func checkTable[V any](t *testing.T, words []string, name string, m map[string]V, table *wordTable[V]) {
	t.Helper()
	try := func(w string) {
		got, ok := table.lookup(w)
		want, wantOK := m[w]
		if ok != wantOK || !reflect.DeepEqual(got, want) || !reflect.DeepEqual(table.get(w), want) {
			t.Errorf("%s: lookup(%q) = %v, %v; the map has %v, %v", name, w, got, ok, want, wantOK)
		}
	}
	for w := range m {
		try(w)
		try(w + "s")
		try(w[:len(w)-1])
		try(strings.ToUpper(w))
	}
	for _, w := range words {
		try(w)
	}
}
