package extract

// Word tables of the word classes, as wordTables: the same words and values
// as the maps they are made from, which stay the tables' source, at a
// fraction of a map's cost for the words in none of them.
var (
	currencyCodesTable   = tableOf(currencyCodes)
	currencySymbolsTable = tableOf(currencySymbols)
	currencyWordsTable   = tableOf(currencyWords)
	fractionsTable       = tableOf(fractions)
	moneyScalesTable     = tableOf(moneyScales)
	monthNamesTable      = tableOf(monthNames)
	numberStartsTable    = tableOf(numberStarts)
	numberWordsTable     = tableOf(numberWords)
	ordinalWordsTable    = tableOf(ordinalWords)
	partNamesTable       = tableOf(partNames)
	prepositionsTable    = tableOf(prepositions)
	seasonNamesTable     = tableOf(seasonNames)
	vagueScalesTable     = tableOf(vagueScales)
	weekdayNamesTable    = tableOf(weekdayNames)
)
