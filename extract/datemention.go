package extract

import "time"

// Date grains, as the contract names them.
const (
	GrainDay           = "day"
	GrainMonth         = "month"
	GrainSeason        = "season"
	GrainPartOfYear    = "part_of_year"
	GrainQuarter       = "quarter"
	GrainYear          = "year"
	GrainFinancialYear = "financial_year"
)

// dateMention is a calendar expression as found, before its year is
// resolved. Month and day fields name the first and last day or month the
// expression covers; year fields are 0 where the text gives none.
type dateMention struct {
	start, end int // bytes, without leading prepositions
	grain      string
	y1, m1, d1 int // d1 == 0: the whole month m1
	y2, m2, d2 int // the range's last month and day; m2 == 0: same as the first
	season     int // 1 spring … 4 winter, for GrainSeason (s2 for "spring and summer")
	season2    int
	part       int // 1 early, 2 mid, 3 late, for GrainPartOfYear
	quarter    int
	fy         int // first calendar year of a financial year
	weekday    time.Weekday
	hasWeekday bool
	// relYear is set for "this year" (0) and "next year" (1): the year is
	// the meeting's plus relYear.
	relYear    int
	hasRelYear bool
	prep       string // the preposition before the expression, lower case
	// order is 'd' for "5 March", 'm' for "March 5": how the document
	// writes dates, which decides how it writes 03/05.
	order byte
}

// rangeIn returns the inclusive days the mention covers when its year (or
// first year) is y.
func (m dateMention) rangeIn(y int) (civil, civil) {
	switch m.grain {
	case GrainDay:
		from := civil{y, m.m1, m.d1}
		if m.m2 > 0 {
			return from, civil{m.secondYear(y), m.m2, m.d2}
		}
		return from, from
	case GrainMonth:
		from := civil{y, m.m1, 1}
		if m.m2 > 0 {
			return from, lastDay(m.secondYear(y), m.m2)
		}
		return from, lastDay(y, m.m1)
	case GrainSeason:
		from := civil{y, seasonMonths[m.season], 1}
		last := m.season
		if m.season2 > last {
			last = m.season2
		}
		endMonth, endYear := seasonMonths[last]+2, y
		if endMonth > 12 {
			endMonth -= 12
			endYear++
		}
		return from, lastDay(endYear, endMonth)
	case GrainPartOfYear:
		first := 1 + (m.part-1)*4
		return civil{y, first, 1}, lastDay(y, first+3)
	case GrainQuarter:
		first := 1 + (m.quarter-1)*3
		return civil{y, first, 1}, lastDay(y, first+2)
	case GrainYear:
		y2 := y
		if m.y2 > 0 {
			y2 = m.y2
		}
		return civil{y, 1, 1}, civil{y2, 12, 31}
	case GrainFinancialYear:
		return civil{m.fy, 4, 1}, civil{m.fy + 1, 3, 31}
	}
	return civil{}, civil{}
}

// secondYear is the year of a range's last month when the first is in y:
// as written, or the next year when the months wrap ("November to
// February").
func (m dateMention) secondYear(y int) int {
	switch {
	case m.y2 > 0:
		return m.y2
	case m.m2 < m.m1:
		return y + 1
	}
	return y
}

// hasYear reports whether the text itself fixes the year.
func (m dateMention) hasYear() bool {
	return m.y1 > 0 || m.grain == GrainFinancialYear
}
