package extract

import (
	"fmt"
	"sort"
)

// resolved is a date mention with its range fixed.
type resolved struct {
	dateMention
	from, to civil
}

// seasonMonths gives a season's first month (winter starts in December of
// the year named and runs into the next).
var seasonMonths = [5]int{0, 3, 6, 9, 12}

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

// usFinancialYear moves financial years to July–June, as US cities keep
// them.
func (r *resolved) usFinancialYear() {
	if r.grain == GrainFinancialYear {
		r.from, r.to = civil{r.fy, 7, 1}, civil{r.fy + 1, 6, 30}
	}
}

// inferYear picks the year for a mention whose text gives none: the year
// that puts it nearest the reference day, among those whose weekday fits
// when a weekday is written. It returns a warning when no year fits the
// weekday.
func inferYear(m dateMention, ref civil) (int, string) {
	if m.hasRelYear {
		return ref.y + m.relYear, ""
	}
	best, bestDist := 0, 1<<30
	for y := ref.y - 1; y <= ref.y+1; y++ {
		from, to := m.rangeIn(y)
		if !from.valid() || !to.valid() {
			continue
		}
		if m.hasWeekday && from.time().Weekday() != m.weekday {
			continue
		}
		mid := from.time().Add(to.time().Sub(from.time()) / 2)
		dist := abs(int(mid.Sub(ref.time()).Hours() / 24))
		if dist < bestDist {
			best, bestDist = y, dist
		}
	}
	if best != 0 {
		return best, ""
	}
	if m.hasWeekday {
		// The weekday fits no year near the reference: keep the nearest
		// year and say so, rather than guess silently.
		m.hasWeekday = false
		y, _ := inferYear(m, ref)
		return y, fmt.Sprintf("%s %d %s fits no year near %d; took %d", m.weekday, m.d1, monthName(m.m1), ref.y, y)
	}
	return 0, ""
}

// anchorYear picks a year for a meeting date written without one, from the
// years the document does write: the weekday decides among them when one
// is given, else their median.
func anchorYear(m dateMention, years []int) (int, bool) {
	if len(years) == 0 {
		return 0, false
	}
	ys := append([]int(nil), years...)
	sort.Ints(ys)
	median := ys[len(ys)/2]
	if !m.hasWeekday {
		return median, true
	}
	for d := 0; d <= 10; d++ {
		for _, y := range []int{median + d, median - d} {
			c := civil{y, m.m1, m.d1}
			if c.valid() && c.time().Weekday() == m.weekday {
				return y, true
			}
		}
	}
	return median, true
}

func monthName(m int) string {
	if m < 1 || m > 12 {
		return "?"
	}
	return [...]string{"January", "February", "March", "April", "May", "June", "July", "August",
		"September", "October", "November", "December"}[m-1]
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// resolveDates fixes every mention's range. ref is the meeting day when
// known; otherwise each mention is placed relative to the nearest dated
// mention before it (or after it, for the first ones).
func resolveDates(ms []dateMention, meeting civil, hasMeeting, us bool) ([]resolved, []string) {
	var out []resolved
	var warns []string
	// Anchors: mentions whose text fixes a full day or month and year.
	lastRef, hasLast := civil{}, false
	firstRef, hasFirst := civil{}, false
	for _, m := range ms {
		if m.hasYear() && m.grain != GrainFinancialYear && m.grain != GrainYear {
			from, _ := m.rangeIn(m.y1)
			firstRef, hasFirst = from, true
			break
		}
	}
	for _, m := range ms {
		r := resolved{dateMention: m}
		if m.hasYear() {
			y := m.y1
			r.from, r.to = m.rangeIn(y)
			if us {
				r.usFinancialYear()
			}
			if m.grain == GrainDay || m.grain == GrainMonth {
				lastRef, hasLast = r.from, true
			}
		} else {
			ref, ok := meeting, hasMeeting
			if !ok {
				ref, ok = lastRef, hasLast
			}
			if !ok {
				ref, ok = firstRef, hasFirst
			}
			if !ok {
				continue // no year anywhere to place it by
			}
			y, warn := inferYear(m, ref)
			if y == 0 {
				continue
			}
			if warn != "" {
				warns = append(warns, warn)
			}
			r.y1 = 0
			r.from, r.to = m.rangeIn(y)
		}
		if !r.from.valid() || !r.to.valid() || r.to.before(r.from) {
			continue
		}
		out = append(out, r)
	}
	return out, warns
}
