package extract

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/minutes-tool/minutes/extract/internal/doc"
	"github.com/minutes-tool/minutes/extract/internal/figures"
	"github.com/minutes-tool/minutes/extract/internal/lex"
	"github.com/minutes-tool/minutes/extract/internal/people"
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
		for _, tok := range doc.Tokenize(string(data), 0, len(data)) {
			seen[tok.Lower], seen[tok.Text] = true, true
		}
	}
	words := []string{"", strings.Repeat("a", 40)}
	for w := range seen {
		words = append(words, w)
	}
	checkTable(t, words, "badSuffixes", figures.BadSuffixes, figures.BadSuffixesTable)
	checkTable(t, words, "currencyCodes", lex.CurrencyCodes, lex.CurrencyCodesTable)
	checkTable(t, words, "currencySymbols", lex.CurrencySymbols, lex.CurrencySymbolsTable)
	checkTable(t, words, "currencyWords", lex.CurrencyWords, lex.CurrencyWordsTable)
	checkTable(t, words, "denominators", lex.Denominators, lex.DenominatorsTable)
	checkTable(t, words, "durationAdjectives", figures.DurationAdjectives, figures.DurationAdjectivesTable)
	checkTable(t, words, "durationUnits", figures.DurationUnits, figures.DurationUnitsTable)
	checkTable(t, words, "fractions", lex.Fractions, lex.FractionsTable)
	checkTable(t, words, "gluedOK", figures.GluedOK, figures.GluedOKTable)
	checkTable(t, words, "labelJoiners", figures.LabelJoiners, figures.LabelJoinersTable)
	checkTable(t, words, "labelWords", figures.LabelWords, figures.LabelWordsTable)
	checkTable(t, words, "moneyScales", lex.MoneyScales, lex.MoneyScalesTable)
	checkTable(t, words, "monthNames", lex.MonthNames, lex.MonthNamesTable)
	checkTable(t, words, "nameOpeners", figures.NameOpeners, figures.NameOpenersTable)
	checkTable(t, words, "nounStop", figures.NounStop, figures.NounStopTable)
	checkTable(t, words, "notNames", people.NotNames, people.NotNamesTable)
	checkTable(t, words, "numberStarts", lex.NumberStarts, lex.NumberStartsTable)
	checkTable(t, words, "numberWords", lex.NumberWords, lex.NumberWordsTable)
	checkTable(t, words, "oneNext", figures.OneNext, figures.OneNextTable)
	checkTable(t, words, "onePrev", figures.OnePrev, figures.OnePrevTable)
	checkTable(t, words, "ordinalWords", lex.OrdinalWords, lex.OrdinalWordsTable)
	checkTable(t, words, "partNames", lex.PartNames, lex.PartNamesTable)
	checkTable(t, words, "prepositions", lex.Prepositions, lex.PrepositionsTable)
	checkTable(t, words, "qualifiersByLast", figures.QualifiersByLast, figures.QualifiersByLastTable)
	checkTable(t, words, "rangeJoiners", figures.RangeJoiners, figures.RangeJoinersTable)
	checkTable(t, words, "seasonNames", lex.SeasonNames, lex.SeasonNamesTable)
	checkTable(t, words, "timeWords", figures.TimeWords, figures.TimeWordsTable)
	checkTable(t, words, "vagueScales", lex.VagueScales, lex.VagueScalesTable)
	checkTable(t, words, "weekdayNames", lex.WeekdayNames, lex.WeekdayNamesTable)
}

func checkTable[V any](t *testing.T, words []string, name string, m map[string]V, table *lex.WordTable[V]) {
	t.Helper()
	try := func(w string) {
		got, ok := table.Lookup(w)
		want, wantOK := m[w]
		if ok != wantOK || !reflect.DeepEqual(got, want) || !reflect.DeepEqual(table.Get(w), want) {
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
