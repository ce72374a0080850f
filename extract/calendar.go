package extract

import (
	"fmt"
	"strings"
	"time"
)

// Word tables for dates: one place each, matched over lower-cased tokens.

var monthNames = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
	"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
	"september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
	"december": 12, "dec": 12,
}

var weekdayNames = map[string]time.Weekday{
	"monday": time.Monday, "mon": time.Monday, "tuesday": time.Tuesday, "tue": time.Tuesday, "tues": time.Tuesday,
	"wednesday": time.Wednesday, "wed": time.Wednesday, "thursday": time.Thursday, "thu": time.Thursday,
	"thur": time.Thursday, "thurs": time.Thursday, "friday": time.Friday, "fri": time.Friday,
	"saturday": time.Saturday, "sat": time.Saturday, "sunday": time.Sunday, "sun": time.Sunday,
}

// civil is a calendar day with no time zone.
type civil struct{ y, m, d int }

func (c civil) String() string { return fmt.Sprintf("%04d-%02d-%02d", c.y, c.m, c.d) }

func (c civil) time() time.Time { return time.Date(c.y, time.Month(c.m), c.d, 12, 0, 0, 0, time.UTC) }

func (c civil) valid() bool {
	if c.y < 1 || c.m < 1 || c.m > 12 || c.d < 1 {
		return false
	}
	return c.d <= daysIn(c.y, c.m)
}

func (c civil) before(o civil) bool {
	if c.y != o.y {
		return c.y < o.y
	}
	if c.m != o.m {
		return c.m < o.m
	}
	return c.d < o.d
}

func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 12, 0, 0, 0, time.UTC).Day()
}

func lastDay(y, m int) civil { return civil{y, m, daysIn(y, m)} }

func parseCivil(s string) (civil, bool) {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return civil{}, false
	}
	return civil{t.Year(), int(t.Month()), t.Day()}, true
}

func lower(s string) string { return strings.ToLower(s) }

// Word tables for the calendar expressions that are not months or weekdays.
var (
	seasonNames  = map[string]int{"spring": 1, "summer": 2, "autumn": 3, "fall": 3, "winter": 4}
	partNames    = map[string]int{"early": 1, "beginning": 1, "start": 1, "mid": 2, "middle": 2, "late": 3, "end": 3}
	ordinalWords = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
	prepositions = map[string]bool{"by": true, "on": true, "from": true, "until": true, "till": true, "in": true,
		"during": true, "before": true, "after": true, "since": true, "of": true, "at": true, "to": true,
		"for": true, "throughout": true, "within": true, "between": true, "around": true, "circa": true, "dated": true}
	ordinalSuffix = map[string]bool{"st": true, "nd": true, "rd": true, "th": true}
)

// dateStarters is every word a date expression may begin with.
var dateStarters = func() map[string]bool {
	m := map[string]bool{"the": true, "quarter": true}
	for _, tbl := range []map[string]int{monthNames, seasonNames, partNames, ordinalWords} {
		for w := range tbl {
			m[w] = true
		}
	}
	for w := range weekdayNames {
		m[w] = true
	}
	return m
}()

// monthWords let a disposition run on through a date in capitals.
var monthWords = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true,
	"december": true,
}

// seasonMonths gives a season's first month (winter starts in December of
// the year named and runs into the next).
var seasonMonths = [5]int{0, 3, 6, 9, 12}
