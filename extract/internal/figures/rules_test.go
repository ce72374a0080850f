package figures

import (
	"fmt"
	"strings"
	"testing"

	"github.com/minutes-tool/minutes/extract/internal/input"
)

// TestFigureRules names the rule behind the figures of each line, written
// "text kind value unit" and joined by "; ".
func TestFigureRules(t *testing.T) {
	for _, c := range []struct {
		rule, in, want string
	}{
		{"a k glued to digits is thousands in the document's currency", "Sponsors paid $5k. Total around 71k",
			"$5k money 5000 USD; 71k money 71000 USD"},
		{"a k range shares its thousands", "Spent $100. Likely 20-30k in the green",
			"$100 money 100 USD; 20 money 20000 USD; 30k money 30000 USD"},
		{"a spaced k is no multiplier", "Group k 40 members",
			"40 count 40 members"},
		{"a unit of measure glued to digits", "A maximum of 1mm, recons",
			"1mm number 1 mm"},
		{"a unit of measure before a hyphenated word", "0.625mm-below mastoids",
			"0.625mm number 0.625 mm"},
		{"a spaced unit of speed", "A limit of 30 mph was asked for.",
			"30 mph number 30 mph"},
		{"a range's joiner in capitals is no name", "0.5mm OR 0.625mm bone",
			"0.5mm number 0.5 mm; 0.625mm number 0.625 mm"},
		{"a table row's cells are no tally label", "Treasurer\tTinker: 24",
			""},
		{"a count's noun does not cross into the next cell", "Treasurer\t24\tPat Regan",
			""},
		{"a row's plural label counts the number in the next cell", "Volunteers\t1,240",
			"1,240 count 1240 volunteers"},
		{"a row's singular label is no unit", "Total\t1,240",
			""},
		{"a stray point before a multiplier", "The deficit was $48.K this year.",
			"$48.K money 48000 USD"},
		{"a decimal of three places or more is a number", "The rate was 0.0045120 per unit.",
			"0.0045120 number 0.004512"},
		{"pence after a hyphen, and the bare amounts listed after it", "Balance of salary £1030-92 PAYE 1839-20 donation 200-00",
			"£1030-92 money 1030.92 GBP; 1839-20 money 1839.2 GBP; 200-00 money 200 GBP"},
		{"a bare amount with a hyphen and two digits alone is no money", "Years 2019-20 were hard.",
			""},
		{"a larger second end makes a range, not pence", "Tickets at £20-30 each.",
			"£20 money 20 GBP; 30 money 30 GBP"},
		{"a unit of time after 'for' or 'within' is a duration", "Leave it open for a week. We meet once a week.",
			"a week duration 1 week"},
		{"an hour in words is a time", "We met at two o'clock.",
			""},
	} {
		d := input.TextDocument(c.in)
		var got []string
		for _, f := range Find(d) {
			u := ""
			if f.Unit != nil {
				u = " " + *f.Unit
			}
			got = append(got, fmt.Sprintf("%s %s %v%s", f.Text, f.Kind, f.Value, u))
		}
		if g := strings.Join(got, "; "); g != c.want {
			t.Errorf("%s: %q gives %q, want %q", c.rule, c.in, g, c.want)
		}
	}
}
