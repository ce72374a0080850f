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
