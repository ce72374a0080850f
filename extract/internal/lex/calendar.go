package lex

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

// Word tables for dates: one place each, matched over lower-cased tokens.

var MonthNames = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
	"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
	"september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
	"december": 12, "dec": 12,
}

var WeekdayNames = map[string]time.Weekday{
	"monday": time.Monday, "mon": time.Monday, "tuesday": time.Tuesday, "tue": time.Tuesday, "tues": time.Tuesday,
	"wednesday": time.Wednesday, "wed": time.Wednesday, "thursday": time.Thursday, "thu": time.Thursday,
	"thur": time.Thursday, "thurs": time.Thursday, "friday": time.Friday, "fri": time.Friday,
	"saturday": time.Saturday, "sat": time.Saturday, "sunday": time.Sunday, "sun": time.Sunday,
}

// Civil is a calendar day with no time zone.
type Civil struct{ Y, M, D int }

func (c Civil) String() string { return fmt.Sprintf("%04d-%02d-%02d", c.Y, c.M, c.D) }

func (c Civil) Time() time.Time { return time.Date(c.Y, time.Month(c.M), c.D, 12, 0, 0, 0, time.UTC) }

func (c Civil) Valid() bool {
	if c.Y < 1 || c.M < 1 || c.M > 12 || c.D < 1 {
		return false
	}
	return c.D <= daysIn(c.Y, c.M)
}

func (c Civil) Before(o Civil) bool {
	if c.Y != o.Y {
		return c.Y < o.Y
	}
	if c.M != o.M {
		return c.M < o.M
	}
	return c.D < o.D
}

func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 12, 0, 0, 0, time.UTC).Day()
}

func LastDay(y, m int) Civil { return Civil{Y: y, M: m, D: daysIn(y, m)} }

func ParseCivil(s string) (Civil, bool) {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return Civil{}, false
	}
	return Civil{Y: t.Year(), M: int(t.Month()), D: t.Day()}, true
}

func Lower(s string) string { return strings.ToLower(s) }

// Word tables for the calendar expressions that are not months or weekdays.
var (
	SeasonNames  = map[string]int{"spring": 1, "summer": 2, "autumn": 3, "fall": 3, "winter": 4}
	PartNames    = map[string]int{"early": 1, "beginning": 1, "start": 1, "mid": 2, "middle": 2, "late": 3, "end": 3}
	OrdinalWords = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
	Prepositions = map[string]bool{"by": true, "on": true, "from": true, "until": true, "till": true, "in": true,
		"during": true, "before": true, "after": true, "since": true, "of": true, "at": true, "to": true,
		"for": true, "throughout": true, "within": true, "between": true, "around": true, "circa": true, "dated": true}
	OrdinalSuffix = map[string]bool{"st": true, "nd": true, "rd": true, "th": true}
)

// MonthWords let a disposition run on through a date in capitals.
var MonthWords = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true,
	"december": true,
}

// SeasonMonths gives a season's first month (winter starts in December of
// the year named and runs into the next).
var SeasonMonths = [5]int{0, 3, 6, 9, 12}

// Feast is a named day of the year: a fixed day ("Christmas Day", 25
// December) or a moveable feast, Easter days after Easter Sunday ("Good
// Friday" is -2).
type Feast struct {
	M, D     int
	Easter   int
	Moveable bool
}

// Feasts are the named days minutes date things by, their words in lower
// case joined by spaces ("new year's day"; a typographic apostrophe is
// read as "'").
var Feasts = map[string]Feast{
	"new year's day": {M: 1, D: 1}, "new years day": {M: 1, D: 1}, "new year's eve": {M: 12, D: 31},
	"christmas eve": {M: 12, D: 24}, "christmas day": {M: 12, D: 25}, "boxing day": {M: 12, D: 26},
	"shrove tuesday": {Easter: -47, Moveable: true}, "ash wednesday": {Easter: -46, Moveable: true},
	"maundy thursday": {Easter: -3, Moveable: true}, "good friday": {Easter: -2, Moveable: true},
	"easter sunday": {Moveable: true}, "easter day": {Moveable: true},
	"easter monday": {Easter: 1, Moveable: true}, "ascension day": {Easter: 39, Moveable: true},
	"pentecost": {Easter: 49, Moveable: true}, "whit sunday": {Easter: 49, Moveable: true},
	"whitsunday": {Easter: 49, Moveable: true}, "whit monday": {Easter: 50, Moveable: true},
}

// FeastStarts are the first words of the Feasts.
var FeastStarts = func() Starts {
	var ws []string
	seen := map[string]bool{}
	for k := range Feasts {
		w, _, _ := strings.Cut(k, " ")
		if !seen[w] {
			seen[w] = true
			ws = append(ws, w)
		}
	}
	slices.Sort(ws)
	return Words(ws...)
}()

// Easter is the day of Easter Sunday in year y, by the anonymous
// Gregorian algorithm (Meeus/Jones/Butcher).
func Easter(y int) Civil {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return Civil{Y: y, M: month, D: day}
}

// Day is the feast's day in year y.
func (f Feast) Day(y int) Civil {
	if !f.Moveable {
		return Civil{Y: y, M: f.M, D: f.D}
	}
	t := Easter(y).Time().AddDate(0, 0, f.Easter)
	return Civil{Y: t.Year(), M: int(t.Month()), D: t.Day()}
}
