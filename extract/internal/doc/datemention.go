package doc

import (
	"github.com/minutes-tool/minutes/extract/internal/lex"
)

import "time"

// Date grains, as the contract names them.
const (
	GrainDay           = "day"
	GrainMonth         = "month"
	GrainSeason        = "season"
	GrainPartOfYear    = "part_of_year"
	GrainQuarter       = "quarter"
	GrainHalfYear      = "half_year"
	GrainYear          = "year"
	GrainFinancialYear = "financial_year"
)

// DateMention is a calendar expression as found, before its year is
// resolved. Month and day fields name the first and last day or month the
// expression covers; year fields are 0 where the text gives none.
type DateMention struct {
	Start, End int // bytes, without leading prepositions
	Grain      string
	Y1, M1, D1 int // d1 == 0: the whole month m1
	Y2, M2, D2 int // the range's last month and day; m2 == 0: same as the first
	Season     int // 1 spring … 4 winter, for GrainSeason (s2 for "spring and summer")
	Season2    int
	Part       int // 1 early, 2 mid, 3 late, for GrainPartOfYear
	Quarter    int
	Fy         int // first calendar year of a financial year
	// Moveable marks a moveable feast ("Easter Monday") whose year the
	// text does not give: it falls FromEaster days after Easter Sunday of
	// the year it is given, and M1 and D1 are 0 until then.
	Moveable   bool
	FromEaster int
	Weekday    time.Weekday
	HasWeekday bool
	// RelYear is set for "this year" (0) and "next year" (1): the year is
	// the meeting's plus relYear.
	RelYear    int
	HasRelYear bool
	Prep       string // the preposition before the expression, lower case
	// Order is 'd' for "5 March", 'm' for "March 5": how the document
	// writes dates, which decides how it writes 03/05.
	Order byte
}

// RangeIn returns the inclusive days the mention covers when its year (or
// first year) is y.
func (m DateMention) RangeIn(y int) (lex.Civil, lex.Civil) {
	switch m.Grain {
	case GrainDay:
		if m.Moveable {
			d := lex.Feast{Easter: m.FromEaster, Moveable: true}.Day(y)
			return d, d
		}
		from := lex.Civil{Y: y, M: m.M1, D: m.D1}
		if m.M2 > 0 {
			return from, lex.Civil{Y: m.secondYear(y), M: m.M2, D: m.D2}
		}
		return from, from
	case GrainMonth:
		from := lex.Civil{Y: y, M: m.M1, D: 1}
		if m.M2 > 0 {
			return from, lex.LastDay(m.secondYear(y), m.M2)
		}
		return from, lex.LastDay(y, m.M1)
	case GrainSeason:
		from := lex.Civil{Y: y, M: lex.SeasonMonths[m.Season], D: 1}
		last := m.Season
		if m.Season2 > last {
			last = m.Season2
		}
		endMonth, endYear := lex.SeasonMonths[last]+2, y
		if endMonth > 12 {
			endMonth -= 12
			endYear++
		}
		return from, lex.LastDay(endYear, endMonth)
	case GrainPartOfYear:
		first := 1 + (m.Part-1)*4
		return lex.Civil{Y: y, M: first, D: 1}, lex.LastDay(y, first+3)
	case GrainQuarter:
		first := 1 + (m.Quarter-1)*3
		return lex.Civil{Y: y, M: first, D: 1}, lex.LastDay(y, first+2)
	case GrainHalfYear: // Quarter holds the half: 1 or 2
		first := 1 + (m.Quarter-1)*6
		return lex.Civil{Y: y, M: first, D: 1}, lex.LastDay(y, first+5)
	case GrainYear:
		y2 := y
		if m.Y2 > 0 {
			y2 = m.Y2
		}
		return lex.Civil{Y: y, M: 1, D: 1}, lex.Civil{Y: y2, M: 12, D: 31}
	case GrainFinancialYear:
		// A span of financial years ("2022/23 – 2024/25") runs to the
		// end of the last.
		return lex.Civil{Y: m.Fy, M: 4, D: 1}, lex.Civil{Y: max(m.Fy, m.Y2) + 1, M: 3, D: 31}
	}
	return lex.Civil{}, lex.Civil{}
}

// secondYear is the year of a range's last month when the first is in y:
// as written, or the next year when the months wrap ("November to
// February").
func (m DateMention) secondYear(y int) int {
	switch {
	case m.Y2 > 0:
		return m.Y2
	case m.M2 < m.M1:
		return y + 1
	}
	return y
}

// HasYear reports whether the text itself fixes the year.
func (m DateMention) HasYear() bool {
	return m.Y1 > 0 || m.Grain == GrainFinancialYear
}
