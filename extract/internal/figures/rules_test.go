package figures

import (
	"fmt"
	"strings"
	"testing"

	"github.com/minutes-tool/minutes/extract/internal/input"
)

// ruleCases name the rule behind the figures of each line, written "text
// kind value unit" and joined by "; ". FuzzFigureRules starts from them.
var ruleCases = []struct {
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
	{"a pipe row's plural label counts the number in the next cell", "| Volunteers | 1,240 |\n| Total | 1,300 |\n| Item | 7 | 8 |",
		"1,240 count 1240 volunteers"},
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
	{"a minus sign between the currency and the digits", "The loss was $-3K this year.",
		"$-3K money -3000 USD"},
	{"a stray space after the thousands comma of an amount", "Income was $2, 310.5K overall.",
		"$2, 310.5K money 2.3105e+06 USD"},
	{"an amount and a count after a comma are a list", "Prizes of $2, 310 members voted.",
		"$2 money 2 USD; 310 count 310 members"},
	{"a period glued to an amount is its rate", "The clerk is paid £75pa for the role.",
		"£75pa money 75 GBP"},
	{"a period glued to digits with no currency is a code", "Ticket 75pa was lost.",
		""},
	{"a unit of speed glued to digits", "A limit of 30mph was asked for.",
		"30mph number 30 mph"},
	{"a proportion in words is a fraction", "Roughly one third of residents replied.",
		"one third number 0.3333333333333333"},
	{"a proportion written as a compound", "Two-thirds of members agreed; costs fell by two thirds.",
		"Two-thirds number 0.6666666666666666; two thirds number 0.6666666666666666"},
	{"an ordinal is no proportion", "A third meeting was held. He is one third party.",
		""},
	{"an exponent with a caret", "Storage is 2^10 bytes.",
		"2^10 count 1024 bytes"},
	{"a power with no noun is a number", "The key space is 2^10.",
		"2^10 number 1024"},
	{"a proportion with a slash is a fraction", "Need 2/3 so we need to get to 8 votes; with 9/9 consent (1/2).",
		"2/3 number 0.6666666666666666; 9/9 number 1; 1/2 number 0.5"},
	{"a slash between digits that is no proportion", "Meet on 3/4; ref 21/0345, dated 9/9/2013, code A2/3, score 5/3, 1/2/3.",
		""},
	{"a bare number subject of a verb takes the noun of the count before it", "212 forms were sent out 140 have come back",
		"212 count 212 forms; 140 count 140 forms"},
	{"a bare number in the next sentence takes no noun", "212 forms were sent out. 140 have come back.",
		"212 count 212 forms"},
	{"a cheque number is a reference", "Cheque number 1234 was signed; chq no 102 too.",
		""},
	{"an item number is a label", "Item 7 was deferred.",
		""},
	{"a page number is a label", "See page 12 of the pack.",
		""},
	{"the C of A/C is an account, not circa", "Paid from A/C300 and a/c 55 today, A/C 12 yesterday.",
		""},
}

func TestFigureRules(t *testing.T) {
	for _, c := range ruleCases {
		if g := describe(c.in); g != c.want {
			t.Errorf("%s: %q gives %q, want %q", c.rule, c.in, g, c.want)
		}
	}
}

// describe gives the figures of a line as ruleCases write them.
func describe(in string) string {
	var got []string
	for _, f := range Find(input.TextDocument(in)) {
		u := ""
		if f.Unit != nil {
			u = " " + *f.Unit
		}
		got = append(got, fmt.Sprintf("%s %s %v%s", f.Text, f.Kind, f.Value, u))
	}
	return strings.Join(got, "; ")
}

// FuzzFigureRules starts from the lines of ruleCases: every figure's span
// lies inside the text, ends after it starts and holds the figure's text.
func FuzzFigureRules(f *testing.F) {
	for _, c := range ruleCases {
		f.Add(c.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := input.TextDocument(s)
		for _, fg := range Find(d) {
			if fg.Span.Start < 0 || fg.Span.End > len(d.Text) || fg.Span.Start >= fg.Span.End {
				t.Fatalf("span %v outside text of %d bytes", fg.Span, len(d.Text))
			}
			if d.Text[fg.Span.Start:fg.Span.End] != fg.Text {
				t.Fatalf("text %q != span text %q", fg.Text, d.Text[fg.Span.Start:fg.Span.End])
			}
		}
	})
}
