package compare

import (
	"regexp"
	"strings"
	"time"

	"github.com/minutes-tool/minutes/schema"
)

var hasYear = regexp.MustCompile(`\b(19|20)\d\d\b`)

// dueText writes a due date as a committee member would quote it: the
// minutes' own words when they name the year ("early 2018"), a plain day
// when they name one without it ("13 April 2018" for "Friday 13 April"),
// else the words with the year the extractor inferred.
func dueText(d *schema.Due) string {
	t := strings.TrimSpace(d.Text)
	if hasYear.MatchString(t) {
		return t
	}
	start, err1 := time.Parse("2006-01-02", d.Start)
	if err1 != nil {
		return t
	}
	if d.Start == d.End {
		return start.Format("2 January 2006")
	}
	if t == "" {
		return start.Format("2 January 2006")
	}
	if strings.Contains(strings.ToLower(t), "year") {
		return t + " (" + start.Format("2006") + ")" // "the autumn this year (2018)"
	}
	return t + " " + start.Format("2006") // "September 2017"
}

// daysBetween is the number of days from the start of an old due date to
// the start of a new one: how far a commitment slipped.
func daysBetween(oldStart string, d *schema.Due) (int, bool) {
	if d == nil {
		return 0, false
	}
	a, err := time.Parse("2006-01-02", oldStart)
	if err != nil {
		return 0, false
	}
	b, err := time.Parse("2006-01-02", d.Start)
	if err != nil {
		return 0, false
	}
	return int(b.Sub(a).Hours() / 24), true
}
