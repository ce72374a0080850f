package extract

// The word tables the figure and date recognisers ask about the words
// around every number and calendar word, as wordTables: the same words and
// values as the maps they are made from, which stay the tables' source
// (and what the other code ranges over), at a fraction of a map's cost
// for the words in none of them.
var (
	badSuffixesTable        = tableOf(badSuffixes)
	currencyCodesTable      = tableOf(currencyCodes)
	currencySymbolsTable    = tableOf(currencySymbols)
	currencyWordsTable      = tableOf(currencyWords)
	durationAdjectivesTable = tableOf(durationAdjectives)
	durationUnitsTable      = tableOf(durationUnits)
	fractionsTable          = tableOf(fractions)
	gluedOKTable            = tableOf(gluedOK)
	labelJoinersTable       = tableOf(labelJoiners)
	labelWordsTable         = tableOf(labelWords)
	moneyScalesTable        = tableOf(moneyScales)
	monthNamesTable         = tableOf(monthNames)
	nameOpenersTable        = tableOf(nameOpeners)
	nounStopTable           = tableOf(nounStop)
	numberStartsTable       = tableOf(numberStarts)
	numberWordsTable        = tableOf(numberWords)
	oneNextTable            = tableOf(oneNext)
	onePrevTable            = tableOf(onePrev)
	ordinalWordsTable       = tableOf(ordinalWords)
	partNamesTable          = tableOf(partNames)
	prepositionsTable       = tableOf(prepositions)
	qualifiersByLastTable   = tableOf(qualifiersByLast)
	rangeJoinersTable       = tableOf(rangeJoiners)
	seasonNamesTable        = tableOf(seasonNames)
	timeWordsTable          = tableOf(timeWords)
	vagueScalesTable        = tableOf(vagueScales)
	weekdayNamesTable       = tableOf(weekdayNames)
)
