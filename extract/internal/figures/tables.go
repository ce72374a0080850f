package figures

import (
	"github.com/minutes-tool/minutes/extract/internal/lex"
)

// The word tables the figure and date recognisers ask about the words
// around every number and calendar word, as wordTables: the same words and
// values as the maps they are made from, which stay the tables' source
// (and what the other code ranges over), at a fraction of a map's cost
// for the words in none of them.
var (
	BadSuffixesTable        = lex.TableOf(BadSuffixes)
	DurationAdjectivesTable = lex.TableOf(DurationAdjectives)
	DurationUnitsTable      = lex.TableOf(DurationUnits)
	GluedOKTable            = lex.TableOf(GluedOK)
	LabelJoinersTable       = lex.TableOf(LabelJoiners)
	LabelWordsTable         = lex.TableOf(LabelWords)
	MeasureUnitsTable       = lex.TableOf(MeasureUnits)
	NameOpenersTable        = lex.TableOf(NameOpeners)
	NounStopTable           = lex.TableOf(NounStop)
	OneNextTable            = lex.TableOf(OneNext)
	OnePrevTable            = lex.TableOf(OnePrev)
	QualifiersByLastTable   = lex.TableOf(QualifiersByLast)
	RangeJoinersTable       = lex.TableOf(RangeJoiners)
	RatePeriodsTable        = lex.TableOf(RatePeriods)
	TimeWordsTable          = lex.TableOf(TimeWords)
)
