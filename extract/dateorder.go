package extract

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/minutes-tool/minutes/extract/internal/doc"
)

// How a document writes 03/04/2018 is a convention of the country it
// comes from, and the document shows it in other ways: how it writes
// dates in words ("March 4, 2018" against "4 March 2018"), its currency,
// its postal codes and how it spells a member of a council.
var (
	usZIP      = regexp.MustCompile(`\b[A-Z]{2},? [0-9]{5}(?:-[0-9]{4})?\b`)
	ukPostcode = regexp.MustCompile(`\b[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}\b`)
	numericDay = regexp.MustCompile(`\b([0-9]{1,2})[/.]([0-9]{1,2})[/.](?:[0-9]{4}|[0-9]{2})\b`)
)

// councilWords are the spellings of a council's members: American
// "Councilmember", British and Commonwealth "Councillor".
var councilWords = map[string]int{
	"councilmember": 1, "councilmembers": 1, "councilman": 1, "councilwoman": 1, "alderman": 1,
	"councillor": -1, "councillors": -1, "cllr": -1, "cllrs": -1,
}

// dateOrder decides whether numeric dates are read month first: as
// forced, else by the dates written in words, else by the document's
// other conventions. byDefault is set when nothing in the document says,
// and day first was taken.
func dateOrder(text string, mentions []doc.DateMention, forced string) (monthFirst, byDefault bool) {
	switch forced {
	case "mdy":
		return true, false
	case "dmy":
		return false, false
	}
	dayFirst, monFirst := 0, 0
	for _, m := range mentions {
		switch m.Order {
		case 'd':
			dayFirst++
		case 'm':
			monFirst++
		}
	}
	if dayFirst != monFirst {
		return monFirst > dayFirst, false
	}
	if v := conventionVote(text); v != 0 {
		return v > 0, false
	}
	return false, true
}

// conventionVote is positive for American conventions, negative for
// British and Commonwealth ones: one vote each for the currency, the
// postal codes and the council's spelling.
func conventionVote(text string) int {
	v := sign(strings.Count(text, "$") - strings.Count(text, "£") - strings.Count(text, "€"))
	v += sign(len(usZIP.FindAllStringIndex(text, 8)) - len(ukPostcode.FindAllStringIndex(text, 8)))
	council := 0
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !('a' <= r && r <= 'z') }) {
		council += councilWords[w]
	}
	return v + sign(council)
}

func sign(n int) int {
	switch {
	case n > 0:
		return 1
	case n < 0:
		return -1
	}
	return 0
}

// ambiguousDay returns the first numeric date whose day and month could be
// either way round ("04/02/2024"), or "".
func ambiguousDay(text string) string {
	for _, m := range numericDay.FindAllStringSubmatchIndex(text, -1) {
		a, _ := strconv.Atoi(text[m[2]:m[3]])
		b, _ := strconv.Atoi(text[m[4]:m[5]])
		if a != b && a >= 1 && a <= 12 && b >= 1 && b <= 12 {
			return text[m[0]:m[1]]
		}
	}
	return ""
}

// defaultOrderWarning says that numeric dates were read by default.
func defaultOrderWarning(day string) string {
	return fmt.Sprintf("numeric dates such as %s were read day first by default: nothing in the document shows its convention (--date-order mdy reads them month first)", day)
}
