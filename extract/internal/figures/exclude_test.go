package figures

import (
	"testing"

	"github.com/minutes-tool/minutes/extract/internal/input"
	"github.com/minutes-tool/minutes/extract/internal/numbers"
)

// TestDigitExclusions names the exclusion rule that fires for the number
// in digits marked in each line, or "" when the number stays a candidate.
func TestDigitExclusions(t *testing.T) {
	cases := []struct {
		in, at string // the line, and the number's token in it
		rule   string
		skip   string // the text of the token scanning goes on at ("" for the end)
	}{
		{"The meeting opened at 14:00 sharp.", "14", "clock time", "sharp"},
		{"Starting 9:30 a.m. in the hall.", "9", "clock time", "in"},
		{"Posted Tue Jul 28 18:02:43 BST 2009.", "18", "clock time", "BST"},
		{"The motion passed with 15 in favor and 0 against.", "15", "vote tally", "and"},
		{"It was put to a vote: 12 votes cast.", "12", "vote tally", "cast"},
		{"Of 12 present, 5 were in favour and 3 were against.", "5", "vote tally", "and"},
		{"Then 7 voted for the motion.", "7", "vote tally", "the"},
		{"The item was PASSED [14 TO 1] by the board.", "14", "vote tally", "]"},
		{"The meeting closed at 7.30pm tonight.", "7.30", "time word", "tonight"},
		{"Doors open 7 o'clock prompt.", "7", "time word", "prompt"},
		{"Arrive by 9 a.m. please.", "9", "time word", "please"},
		{"The 1st meeting of the year.", "1", "ordinal", "meeting"},
		{"On the 12TH floor.", "12", "ordinal", "floor"},
		{"Upgrade to 4G masts.", "4", "glued letters", "masts"},
		{"Housing built in the 1990s was reviewed.", "1990", "glued letters", "was"},
		{"Decision 21/0345 was approved.", "21", "slashed reference", "was"},
		{"Application 21/0345 was approved.", "21", "", ""}, // a label first,
		{"See page 2 of 18 attached.", "2", "", ""},         // a label first: "page"
		{"Attached 2 of 18 sheets.", "2", "page of pages", "sheets"},
		{"The committee met at 7.30 in the hall.", "7.30", "time after preposition", "in"},
		{"It ran from 6.45 onwards.", "6.45", "time after preposition", "onwards"},
		{"Reference E/40554 noted.", "40554", "glued code", "noted"},
		{"Seats *43 reserved.", "43", "glued code", "reserved"},
		{"The motion carried 6-0 today.", "0", "glued second half", "today"},
		{"Members called NHS 111 often.", "111", "inside a name", "often"},
		{"Listeners to Radio 4 wrote in.", "4", "inside a name", "wrote"},
		{"A post on the eResNZ'20 workshop.", "20", "abbreviated year", "workshop"},
		{"Plans for Summer ’22 events.", "22", "abbreviated year", "events"},
		{"Payment tiers set 1,2,3 based on time.", "1,2,3", "list of digits", "based"},
		{"Some 1,240 volunteers came.", "1,240", "", ""},
		// Numbers no rule excludes.
		{"The scheme cost £300 in total.", "300", "", ""},
		{"About c.300 people came.", "300", "", ""},
		{"The 24 main departments agreed.", "24", "", ""},
		{"Costs of GBP 300 were noted.", "300", "", ""},
		{"Interest at 5.75 was paid.", "5.75", "", ""},
		{"Price at 7.30 was fair.", "7.30", "time after preposition", "was"},
		{"Twelve people came, 15 apologised.", "15", "", ""},
	}
	fired := map[string]bool{}
	for _, c := range cases {
		toks := input.TextDocument(c.in).Tokens(0)
		i := 0
		for i < len(toks) && toks[i].Text != c.at {
			i++
		}
		if i == len(toks) {
			t.Fatalf("%q: no token %q", c.in, c.at)
		}
		n, ok := numbers.ParseNumber(toks, i)
		if !ok {
			t.Fatalf("%q: %q is not a number", c.in, c.at)
		}
		if _, isLabel := labelled(toks, &n); isLabel {
			if c.rule != "" {
				t.Errorf("%q: labelled before rule %q could fire", c.in, c.rule)
			}
			continue
		}
		r, to := digitExclusions.first(toks, atOf(&n))
		got, skip := "", ""
		if r >= 0 {
			got = digitExclusions.rules[r].name
			if to < len(toks) {
				skip = toks[to].Text
			}
		}
		fired[got] = true
		if got != c.rule || skip != c.skip {
			t.Errorf("%q at %q: rule %q going on at %q, want %q at %q", c.in, c.at, got, skip, c.rule, c.skip)
		}
	}
	for _, x := range digitExclusions.rules {
		if !fired[x.name] {
			t.Errorf("no case for rule %q", x.name)
		}
	}
}

// TestWordExclusions names the exclusion rule that fires for the number
// in words marked in each line, or "" when it stays a candidate.
func TestWordExclusions(t *testing.T) {
	cases := []struct {
		in, at string
		rule   string
	}{
		{"The Five Year Forward View was noted.", "Five", "title-case name"},
		{"Members read One Year On closely.", "One", "title-case name"},
		{"Three Members attended.", "Three", ""},
		{"Three Year Plans Approved.", "Three", "title-case name"},
		{"There was no one present.", "one", "one after a determiner or verb"},
		{"This is one potential option.", "one", "one after a determiner or verb"},
		{"There is one position vacant.", "one", ""},
		{"Members chose one", "one", "one ending the line"},
		{"Members chose one of the sites.", "one", "one before a function word"},
		{"Members chose one, then left.", "one", "one before a function word"},
		{"Members chose one site.", "one", ""},
		{"Members chose three sites.", "three", ""},
		{"Members chose three of the sites.", "three", ""},
		{"We met at two o'clock sharp.", "two", "hour in words"},
	}
	fired := map[string]bool{}
	for _, c := range cases {
		toks := input.TextDocument(c.in).Tokens(0)
		i := 0
		for i < len(toks) && toks[i].Text != c.at {
			i++
		}
		if i == len(toks) {
			t.Fatalf("%q: no token %q", c.in, c.at)
		}
		n, ok := numbers.ParseNumber(toks, i)
		if !ok || n.Digits {
			t.Fatalf("%q: %q is not a number in words", c.in, c.at)
		}
		got := ""
		if r, to := wordExclusions.first(toks, atOf(&n)); r >= 0 {
			got = wordExclusions.rules[r].name
			if to != n.End {
				t.Errorf("%q: rule %q goes on at token %d, want the number's end %d", c.in, got, to, n.End)
			}
		}
		fired[got] = true
		if got != c.rule {
			t.Errorf("%q at %q: rule %q, want %q", c.in, c.at, got, c.rule)
		}
	}
	for _, x := range wordExclusions.rules {
		if !fired[x.name] {
			t.Errorf("no case for rule %q", x.name)
		}
	}
}
