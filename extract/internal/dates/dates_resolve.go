package dates

import (
	"github.com/minutes-tool/minutes/extract/internal/doc"
	"github.com/minutes-tool/minutes/extract/internal/lex"
)

import (
	"fmt"
	"sort"
)

// Resolved is a date mention with its range fixed.
type Resolved struct {
	doc.DateMention
	From, To lex.Civil
}

// usFinancialYear moves financial years to July–June, as US cities keep
// them.
func (r *Resolved) usFinancialYear() {
	if r.Grain == doc.GrainFinancialYear {
		r.From, r.To = lex.Civil{Y: r.Fy, M: 7, D: 1}, lex.Civil{Y: max(r.Fy, r.Y2) + 1, M: 6, D: 30}
	}
}

// inferYear picks the year for a mention whose text gives none: the year
// that puts it nearest the reference day, among those whose weekday fits
// when a weekday is written. It returns a warning when no year fits the
// weekday.
func inferYear(m doc.DateMention, ref lex.Civil) (int, string) {
	if m.HasRelYear {
		return ref.Y + m.RelYear, ""
	}
	best, bestDist := 0, 1<<30
	for y := ref.Y - 1; y <= ref.Y+1; y++ {
		from, to := m.RangeIn(y)
		if !from.Valid() || !to.Valid() {
			continue
		}
		if m.HasWeekday && from.Time().Weekday() != m.Weekday {
			continue
		}
		mid := from.Time().Add(to.Time().Sub(from.Time()) / 2)
		dist := abs(int(mid.Sub(ref.Time()).Hours() / 24))
		if dist < bestDist {
			best, bestDist = y, dist
		}
	}
	if best != 0 {
		return best, ""
	}
	if m.HasWeekday {
		// The weekday fits no year near the reference: keep the nearest
		// year and say so, rather than guess silently.
		m.HasWeekday = false
		y, _ := inferYear(m, ref)
		return y, fmt.Sprintf("%s %d %s fits no year near %d; took %d", m.Weekday, m.D1, MonthName(m.M1), ref.Y, y)
	}
	return 0, ""
}

// AnchorYear picks a year for a meeting date written without one, from the
// years the document does write: the weekday decides among them when one
// is given, else their median.
func AnchorYear(m doc.DateMention, years []int) (int, bool) {
	if len(years) == 0 {
		return 0, false
	}
	ys := append([]int(nil), years...)
	sort.Ints(ys)
	median := ys[len(ys)/2]
	if !m.HasWeekday {
		return median, true
	}
	for d := 0; d <= 10; d++ {
		for _, y := range []int{median + d, median - d} {
			c := lex.Civil{Y: y, M: m.M1, D: m.D1}
			if c.Valid() && c.Time().Weekday() == m.Weekday {
				return y, true
			}
		}
	}
	return median, true
}

func MonthName(m int) string {
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

// ResolveDates fixes every mention's range. ref is the meeting day when
// known; otherwise each mention is placed relative to the nearest dated
// mention before it (or after it, for the first ones).
func ResolveDates(ms []doc.DateMention, meeting lex.Civil, hasMeeting, us bool) ([]Resolved, []string) {
	var out []Resolved
	var warns []string
	// Anchors: mentions whose text fixes a full day or month and year.
	lastRef, hasLast := lex.Civil{}, false
	firstRef, hasFirst := firstAnchor(ms)
	for _, m := range ms {
		r := Resolved{DateMention: m}
		if m.HasYear() {
			y := m.Y1
			r.From, r.To = m.RangeIn(y)
			if us {
				r.usFinancialYear()
			}
			if m.Grain == doc.GrainDay || m.Grain == doc.GrainMonth {
				lastRef, hasLast = r.From, true
			}
		} else {
			ref, ok := firstKnown(meeting, hasMeeting, lastRef, hasLast, firstRef, hasFirst)
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
			r.Y1 = 0
			r.From, r.To = m.RangeIn(y)
		}
		if !r.From.Valid() || !r.To.Valid() || r.To.Before(r.From) {
			continue
		}
		out = append(out, r)
	}
	return out, warns
}

// firstAnchor is the start of the first mention that writes its year and
// is shorter than a year: the reference for mentions before any other.
func firstAnchor(ms []doc.DateMention) (lex.Civil, bool) {
	for _, m := range ms {
		if m.HasYear() && m.Grain != doc.GrainFinancialYear && m.Grain != doc.GrainYear {
			from, _ := m.RangeIn(m.Y1)
			return from, true
		}
	}
	return lex.Civil{}, false
}

// firstKnown is the first of the references a mention with no year is
// placed by that is known: the meeting day, the last anchor before it,
// the first anchor of the document.
func firstKnown(meeting lex.Civil, hasMeeting bool, last lex.Civil, hasLast bool, first lex.Civil, hasFirst bool) (lex.Civil, bool) {
	switch {
	case hasMeeting:
		return meeting, true
	case hasLast:
		return last, true
	}
	return first, hasFirst
}
