package lex

// Word tables of the word classes, as wordTables: the same words and values
// as the maps they are made from, which stay the tables' source, at a
// fraction of a map's cost for the words in none of them.
var (
	CurrencyCodesTable   = TableOf(CurrencyCodes)
	CurrencySymbolsTable = TableOf(CurrencySymbols)
	CurrencyWordsTable   = TableOf(CurrencyWords)
	DenominatorsTable    = TableOf(Denominators)
	FractionsTable       = TableOf(Fractions)
	MoneyScalesTable     = TableOf(MoneyScales)
	MonthNamesTable      = TableOf(MonthNames)
	NumberStartsTable    = TableOf(NumberStarts)
	NumberWordsTable     = TableOf(NumberWords)
	OrdinalWordsTable    = TableOf(OrdinalWords)
	PartNamesTable       = TableOf(PartNames)
	PrepositionsTable    = TableOf(Prepositions)
	SeasonNamesTable     = TableOf(SeasonNames)
	VagueScalesTable     = TableOf(VagueScales)
	WeekdayNamesTable    = TableOf(WeekdayNames)
)
