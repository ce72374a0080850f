package extract

// The word tables the figure and date recognisers ask about the words
// around every number and calendar word, as wordTables: the same words and
// values as the maps they are made from, which stay the tables' source
// (and what the other code ranges over), at a fraction of a map's cost
// for the words in none of them.
var (
	badSuffixesTable        = tableOf(badSuffixes)
	durationAdjectivesTable = tableOf(durationAdjectives)
	durationUnitsTable      = tableOf(durationUnits)
	gluedOKTable            = tableOf(gluedOK)
	labelJoinersTable       = tableOf(labelJoiners)
	labelWordsTable         = tableOf(labelWords)
	nameOpenersTable        = tableOf(nameOpeners)
	nounStopTable           = tableOf(nounStop)
	oneNextTable            = tableOf(oneNext)
	onePrevTable            = tableOf(onePrev)
	qualifiersByLastTable   = tableOf(qualifiersByLast)
	rangeJoinersTable       = tableOf(rangeJoiners)
	timeWordsTable          = tableOf(timeWords)
)
